//! A year of the mobile teams: places, two teams' sessions a few times a week, tallies and
//! some persons met, material, accompaniments and vaccinations, written through the store's
//! own insertions in the generation's transaction.

use chrono::{Datelike, Duration, NaiveDateTime, Weekday};

use crate::domain::outreach::{AGE_BANDS, SEXES, Tally};
use crate::store::outreach::{
    Met, NewContact, NewVaccination, OResult, check_vaccination, insert_contact, insert_session,
};
use crate::store::queues::Actor;
use crate::store::{Bulk, StoreResult};

const PLACES: [(&str, &str); 14] = [
    ("Gare du Nord", "metro"),
    ("Gare du Midi", "metro"),
    ("Porte de Hal", "metro"),
    ("Clemenceau", "metro"),
    ("Parc Maximilien", "park"),
    ("Parc de la Porte de Hal", "park"),
    ("Square Albert", "street"),
    ("Rue Haute", "street"),
    ("Squat Rue du Progrès", "squat"),
    ("Squat Kuregem", "squat"),
    ("Hub humanitaire", "partner"),
    ("Centre de jour", "partner"),
    ("Hébergement de nuit", "shelter"),
    ("Sous le pont", "other"),
];
const TEAMS: [(&str, [Weekday; 3], &[&str]); 2] = [
    (
        "A",
        [Weekday::Mon, Weekday::Wed, Weekday::Fri],
        &["Inès", "Karim"],
    ),
    (
        "B",
        [Weekday::Tue, Weekday::Thu, Weekday::Sat],
        &["Tesfay", "Ola"],
    ),
];
const ITEMS: [&str; 8] = [
    "syringe-1ml",
    "needle",
    "cup",
    "filter",
    "water",
    "swab",
    "crack-pipe",
    "condom",
];

fn adults(rng: &mut fastrand::Rng) -> &'static str {
    // Mostly 20 to 54; some under 20, some older, some not known.
    AGE_BANDS[match rng.u32(..100) {
        0..2 => 0,
        2..8 => 1,
        8..90 => rng.usize(2..9),
        90..96 => rng.usize(9..12),
        _ => 12,
    }]
}

/// A year of outreach up to today; returns how many contacts were written.
pub fn year(bulk: &Bulk<'_>, rng: &mut fastrand::Rng, now: NaiveDateTime) -> StoreResult<u32> {
    let c = bulk.tx();
    let known: Vec<i64> = {
        let mut stmt =
            c.prepare("SELECT id FROM person WHERE merged_into IS NULL AND id % 40 = 3")?;
        stmt.query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    let partners: Vec<i64> = {
        let mut stmt = c.prepare("SELECT id FROM partner ORDER BY id")?;
        stmt.query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    // Generated contacts keep every rule; a refusal here is a bug of the generator, said as
    // the store's own error.
    written(bulk, rng, now, &known, &partners).map_err(|e| match e {
        crate::store::outreach::OutreachError::Store(s) => s,
        other => crate::store::StoreError::Sqlite(rusqlite::Error::InvalidParameterName(
            other.to_string(),
        )),
    })
}

fn written(
    bulk: &Bulk<'_>,
    rng: &mut fastrand::Rng,
    now: NaiveDateTime,
    known: &[i64],
    partners: &[i64],
) -> OResult<u32> {
    let c = bulk.tx();
    let today = now.date();
    let mut contacts = 0;
    let mut opened = 0usize;
    for day in (0..365).rev().map(|d| today - Duration::days(d)) {
        for (team, days, staff) in TEAMS {
            if !days.contains(&day.weekday()) || rng.u32(..10) == 0 {
                continue;
            }
            // New places open through the year: four at first, then one a month or so.
            let open = (4 + opened / 30).min(PLACES.len());
            opened += 1;
            let (place, kind) = PLACES[rng.usize(..open)];
            let at = day
                .and_hms_opt(if team == "A" { 10 } else { 19 }, 0, 0)
                .unwrap_or(now);
            let who = Actor {
                by: staff[0],
                desk: None,
                at,
            };
            let staff: Vec<String> = staff.iter().map(|s| s.to_string()).collect();
            let session =
                insert_session(c, place, Some((kind, None)), day, Some(team), &staff, who)?;
            for n in 0..rng.u32(6..30) {
                let at = at + Duration::minutes(i64::from(n) * 4);
                let who = Actor { at, ..who };
                let met = if !known.is_empty() && rng.u32(..100) < 15 {
                    Met::Person(known[rng.usize(..known.len())])
                } else {
                    Met::Tally(Tally {
                        sex: SEXES[match rng.u32(..10) {
                            0..7 => 1,
                            7..9 => 0,
                            _ => rng.usize(2..4),
                        }],
                        band: adults(rng),
                        new: rng.u32(..100) < 18,
                        people: if rng.u32(..10) == 0 { rng.u32(2..5) } else { 1 },
                    })
                };
                let mut k = NewContact::new(session, met);
                if rng.u32(..100) < 60 {
                    for item in ITEMS {
                        if rng.u32(..3) == 0 {
                            k.given.push((item.to_string(), rng.u32(1..11)));
                        }
                    }
                }
                if !partners.is_empty() && rng.u32(..100) < 4 {
                    k.accompanied_to = Some(partners[rng.usize(..partners.len())]);
                }
                k.information = rng.u32(..4) == 0;
                if rng.u32(..100) < 3 {
                    k.care = Some("soins de plaie".into());
                }
                let vaccination = if rng.u32(..100) < 2 {
                    Some(check_vaccination(&NewVaccination {
                        vaccine: if rng.bool() {
                            "Hépatite B"
                        } else {
                            "Tétanos-diphtérie"
                        }
                        .into(),
                        lot: format!("LOT-{}-{}", day.month(), rng.u32(100..999)),
                        dose_number: rng.u32(1..4),
                        reaction: None,
                    })?)
                } else {
                    None
                };
                insert_contact(c, &k, vaccination, who, rng)?;
                contacts += 1;
            }
        }
    }
    Ok(contacts)
}
