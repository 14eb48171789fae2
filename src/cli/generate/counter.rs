//! A year at the harm-reduction counter: exchanges spread over opening hours, most anonymous,
//! some for registered persons; injection kits given for used material, smoking and safer-sex
//! material, a few emergencies, secondary distribution; naloxone batches each quarter, kits
//! given from them, a few reversals reported. Written through the store's own
//! `insert_exchange`, so generated rows obey the counter's rules.

use chrono::{Duration, NaiveDateTime};
use rusqlite::params;

use crate::store::counter::{CounterError, Giving, insert_exchange};
use crate::store::persons::stamp;
use crate::store::queues::Actor;
use crate::store::{Bulk, StoreError, StoreResult};

fn store_error(e: CounterError) -> StoreError {
    match e {
        CounterError::Store(s) => s,
        // Not reached: the generator gives only listed items and naloxone it has received.
        other => StoreError::Sqlite(rusqlite::Error::ToSqlConversionFailure(Box::new(
            std::io::Error::other(other.to_string()),
        ))),
    }
}

/// What one person at the counter takes, by the material they use.
fn lines(rng: &mut fastrand::Rng) -> Vec<(String, u32)> {
    let mut out: Vec<(&str, u32)> = Vec::new();
    match rng.u32(..10) {
        // Injection: syringes and needles in tens, with cups, water, swabs, filters.
        0..6 => {
            let n = [5, 10, 10, 10, 20][rng.usize(..5)];
            out.push((
                if rng.u32(..4) == 0 {
                    "syringe-2ml"
                } else {
                    "syringe-1ml"
                },
                n,
            ));
            out.push(("needle", n));
            out.push(("cup", n / 2));
            out.push(("water", n));
            out.push(("swab", n));
            if rng.bool() {
                out.push(("filter", n / 2));
            }
            if rng.u32(..5) == 0 {
                out.push(("ascorbic-acid", 2));
            }
        }
        // Smoking.
        6..9 => {
            out.push(("crack-pipe", rng.u32(1..3)));
            out.push(("mouthpiece", rng.u32(2..6)));
            if rng.bool() {
                out.push(("foil", rng.u32(2..10)));
            }
        }
        _ => out.push(("snorting-kit", rng.u32(1..4))),
    }
    if rng.u32(..4) == 0 {
        out.push(("condom", rng.u32(2..10)));
    }
    out.into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(c, n)| (c.to_string(), n))
        .collect()
}

/// `exchanges` exchanges over the year before `now`, for `persons` now and then.
pub fn year(
    bulk: &Bulk<'_>,
    rng: &mut fastrand::Rng,
    persons: &[i64],
    exchanges: u32,
    now: NaiveDateTime,
    by: &str,
) -> StoreResult<()> {
    let c = bulk.conn();
    let today = now.date();
    // A batch a quarter, 18 months' shelf life: always one in date.
    let mut kits_left = 0u32;
    for q in 0..4 {
        let received = today - Duration::days(365 - q * 91);
        let kits = (exchanges / 100).max(10);
        c.execute(
            &format!(
                "INSERT INTO naloxone_batch (id, lot, expires, kits, received_at, by)
             VALUES ({ID}, ?1, ?2, ?3, ?4, ?5)",
                ID = crate::store::ids::next("naloxone_batch")
            ),
            params![
                format!("NX-{}-{q}", received.format("%Y%m")),
                (received + Duration::days(540)).to_string(),
                kits,
                stamp(received.and_hms_opt(8, 0, 0).unwrap_or(now)),
                by
            ],
        )?;
        kits_left += kits;
    }
    let mut kits_given: Vec<(i64, Option<i64>)> = Vec::new();
    for i in 0..exchanges {
        // Spread evenly over the year, opening hours 9:00–18:00, none in the future.
        let back = i64::from(exchanges - i) * 365 * 24 * 60 / i64::from(exchanges.max(1));
        let day = (now - Duration::minutes(back)).date();
        let at = day
            .and_hms_opt(rng.u32(9..18), rng.u32(0..60), rng.u32(0..60))
            .unwrap_or(now)
            .min(now);
        let person_id = (!persons.is_empty() && rng.u32(..100) < 15)
            .then(|| persons[rng.usize(..persons.len())]);
        let mut g = Giving {
            lines: lines(rng),
            person_id,
            emergency: rng.u32(..50) == 0,
            for_others: if rng.u32(..8) == 0 { rng.u32(1..4) } else { 0 },
            ..Default::default()
        };
        let exchange_items: u32 = g
            .lines
            .iter()
            .filter(|(c, _)| c.starts_with("syringe") || c == "needle")
            .map(|(_, n)| n)
            .sum();
        g.returned = if g.emergency {
            0
        } else {
            exchange_items * rng.u32(30..110) / 100
        };
        let naloxone = rng.u32(..100) == 0 && kits_left > 0;
        if naloxone {
            g.lines.push(("naloxone".into(), 1));
            kits_left -= 1;
        }
        let who = Actor {
            by,
            desk: Some("1"),
            at,
        };
        let id = insert_exchange(c, &g, who).map_err(store_error)?;
        if naloxone {
            let kit: i64 = c.query_row(
                "SELECT id FROM naloxone_kit WHERE exchange_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            kits_given.push((kit, person_id));
        }
    }
    // One kit in ten comes back as a reversal reported.
    for (n, (kit, person)) in kits_given.iter().enumerate().filter(|(n, _)| n % 10 == 3) {
        let outcome = ["recovered", "recovered", "hospital", "unknown"][n % 4];
        c.execute(
            &format!(
                "INSERT INTO naloxone_reversal (id, kit_id, person_id, happened_on,
                     emergency_called, outcome, at, by)
                 SELECT {ID}, ?1, ?2, date(k.at, '+10 days'), ?3, ?4, datetime(k.at, '+12 days'), ?5
                 FROM naloxone_kit k WHERE k.id = ?1 AND date(k.at, '+12 days') <= ?6",
                ID = crate::store::ids::next("naloxone_reversal")
            ),
            params![kit, person, n % 3 != 0, outcome, by, today.to_string()],
        )?;
    }
    Ok(())
}
