//! `seuil generate`: a synthetic population for demos and benchmarks, the same for the same seed.
//!
//! Persons of the origins Brussels centres see, names in the spellings they reach the desk in,
//! some written in Arabic or Ethiopic script by a mediator, street names, partial birth dates,
//! anonymous walk-ins, and real duplicates (the same person registered again under another
//! spelling). Visits are spread over the last D days, so the demo always looks current.

mod counter;
mod coverage;
mod outreach;
mod pools;
mod tickets;
mod treatment;

use std::io::IsTerminal;
use std::time::Instant;

use chrono::{Duration, Local, NaiveDate, NaiveDateTime};

use super::args::GenerateArgs;
use super::{Context, Failure, exit};
use crate::domain::birth::Birth;
use crate::domain::code;
use crate::domain::niss::Niss;
use crate::domain::person::{Fields, Sex};
use crate::i18n::Msg;
use crate::store::{Store, StoreResult};
use pools::{ALIASES, ORIGINS, Origin};

/// Most persons one run creates.
pub const MAX_PERSONS: u32 = 2_000_000;

/// What a generated person is made of, kept to make duplicates of them later.
#[derive(Clone, Copy)]
struct Made {
    origin: usize,
    given: usize,
    family: usize,
    father: usize,
    birth: Option<Birth>,
}

fn pick<'a, T>(rng: &mut fastrand::Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

fn origin(rng: &mut fastrand::Rng) -> usize {
    let total: u32 = ORIGINS.iter().map(|o| o.weight).sum();
    let mut n = rng.u32(..total);
    for (i, o) in ORIGINS.iter().enumerate() {
        if n < o.weight {
            return i;
        }
        n -= o.weight;
    }
    0
}

fn birth(rng: &mut fastrand::Rng, today: NaiveDate) -> Option<Birth> {
    let year = u16::try_from(chrono::Datelike::year(&today) - 18 - rng.i32(0..50)).unwrap_or(1980);
    let month = rng.u8(1..=12);
    let day = rng.u8(1..=28);
    match rng.u32(..100) {
        0..60 => Some(Birth {
            year,
            month: None,
            day: None,
        }),
        60..65 => Some(Birth {
            year,
            month: Some(month),
            day: None,
        }),
        65..85 => Some(Birth {
            year,
            month: Some(month),
            day: Some(day),
        }),
        _ => None,
    }
}

fn niss(rng: &mut fastrand::Rng, b: &Birth) -> Option<Niss> {
    let first9 = format!(
        "{:02}{:02}{:02}{:03}",
        b.year % 100,
        b.month.unwrap_or(0),
        b.day.unwrap_or(0),
        rng.u32(1..998)
    );
    let n: u64 = first9.parse().ok()?;
    let base = if b.year >= 2000 { 2_000_000_000 + n } else { n };
    Niss::parse(&format!("{first9}{:02}", 97 - base % 97)).ok()
}

/// Builds the fields of one person; `variant` picks spellings (a duplicate uses another one).
fn fields(rng: &mut fastrand::Rng, m: &Made) -> Fields {
    let o: &Origin = &ORIGINS[m.origin];
    let spell = |rng: &mut fastrand::Rng, variants: &[&str]| -> String {
        // Most people keep the common spelling; a third of the time another one reaches the desk.
        if variants.len() > 1 && rng.u32(..3) == 0 {
            pick(rng, variants).to_string()
        } else {
            variants[0].to_string()
        }
    };
    let mut f = Fields::default();
    let native = !o.native.is_empty() && rng.u32(..100) < 12;
    if native {
        let (g, fam) = o.native[m.given % o.native.len()];
        f.given_name = Some(g.to_string());
        f.family_name = Some(fam.to_string());
    } else if o.patronymic {
        // Given name, father's, grandfather's; no family name. Order sometimes swapped on forms.
        let own = spell(rng, o.given[m.given]);
        let father = spell(rng, o.given[m.father]);
        let grand = spell(rng, o.family[m.family]);
        f.given_name = Some(if rng.u32(..10) == 0 {
            format!("{father} {own} {grand}")
        } else {
            format!("{own} {father} {grand}")
        });
    } else {
        f.given_name = Some(spell(rng, o.given[m.given]));
        f.family_name = Some(spell(rng, o.family[m.family]));
    }
    if rng.u32(..100) < 20 {
        f.alias = Some(pick(rng, ALIASES).to_string());
    }
    f.birth = m.birth;
    f.sex = match rng.u32(..10) {
        0..4 => Some(Sex::Male),
        4..7 => Some(Sex::Female),
        7 => Some(Sex::NotSaid),
        _ => None,
    };
    f.languages = o
        .languages
        .iter()
        .take(rng.usize(1..=o.languages.len()))
        .map(|s| s.to_string())
        .collect();
    f.nationality = (rng.u32(..3) > 0).then(|| o.nationality.to_string());
    if o.nationality == "BE"
        && let Some(b) = &m.birth
        && rng.u32(..3) == 0
    {
        f.niss = niss(rng, b);
    }
    if rng.u32(..4) == 0 {
        f.phone = Some(format!(
            "+32 4{:02} {:02} {:02} {:02}",
            rng.u32(60..100),
            rng.u32(..100),
            rng.u32(..100),
            rng.u32(..100)
        ));
    }
    f.commune = match rng.u32(..10) {
        0..3 => Some("nfa".into()),
        3..9 => Some(
            pick(
                rng,
                &[
                    "1000", "1030", "1060", "1070", "1080", "1210", "1190", "1050",
                ],
            )
            .to_string(),
        ),
        _ => None,
    };
    f
}

/// Fills `store` with `persons` synthetic persons and their visits over the last `days` days;
/// the same seed gives the same persons. Returns the number of visits. `progress` is told how
/// many persons are done, every thousand.
pub fn populate(
    store: &mut Store,
    persons: u32,
    days: i64,
    seed: u64,
    now: NaiveDateTime,
    progress: &dyn Fn(u64),
) -> StoreResult<u64> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let today = now.date();
    let by = "generate";
    let bulk = store.bulk()?;
    let mut made: Vec<Made> = Vec::with_capacity(persons as usize);
    let mut visits = 0u64;
    let mut named: Vec<i64> = Vec::new();
    // Tickets draw from their own generator: the persons and visits of a seed stay the same.
    let mut tickets = tickets::Tickets::new(bulk.services()?, seed);
    for i in 0..persons {
        let anonymous = rng.u32(..100) < 5;
        let m = if i > 20 && rng.u32(..100) < 3 {
            // A real duplicate: the same person registered again, another spelling may reach the desk.
            let earlier = made[rng.usize(..made.len())];
            Made {
                birth: if rng.bool() {
                    earlier.birth
                } else {
                    earlier.birth.map(|b| Birth {
                        year: b.year,
                        month: None,
                        day: None,
                    })
                },
                ..earlier
            }
        } else {
            let o = origin(&mut rng);
            Made {
                origin: o,
                given: rng.usize(..ORIGINS[o].given.len()),
                family: rng.usize(..ORIGINS[o].family.len()),
                father: rng.usize(..ORIGINS[o].given.len()),
                birth: birth(&mut rng, today),
            }
        };
        made.push(m);
        let f = if anonymous {
            Fields::default()
        } else {
            fields(&mut rng, &m)
        };
        let created: NaiveDateTime =
            now - Duration::days(days + rng.i64(0..365)) - Duration::minutes(rng.i64(0..600));
        let id = loop {
            let c = code::from_draws(|| rng.usize(..));
            if let Some(id) = bulk.add_person(&c, &f, created, by)? {
                break id;
            }
        };
        if !anonymous {
            named.push(id);
            let nationality = ORIGINS[m.origin].nationality;
            for c in coverage::routes(&mut rng, nationality, today) {
                bulk.add_coverage(id, &c, created, by)?;
            }
            if rng.u32(..10) == 0 {
                let from = today - Duration::days(rng.i64(0..60));
                bulk.set_free_care(
                    id,
                    from,
                    from + Duration::days(rng.i64(30..120)),
                    created,
                    by,
                )?;
            }
        }
        let count = match rng.u32(..10) {
            0..3 => 0,
            3..6 => 1,
            6..8 => rng.u32(2..5),
            _ => rng.u32(5..30),
        };
        for _ in 0..count {
            let day = today - Duration::days(rng.i64(0..days));
            let at = day
                .and_hms_opt(rng.u32(8..18), rng.u32(0..60), 0)
                .unwrap_or(now);
            let desk = if rng.bool() { "1" } else { "2" };
            bulk.add_visit(id, at.min(now), desk, by)?;
            tickets.draw(&bulk, id, at.min(now), by)?;
            visits += 1;
        }
        // One person in fifty is in substitution treatment, with a year of daily doses.
        if i % 50 == 7 {
            treatment::year_of_doses(&bulk, &mut rng, id, now, by)?;
        }
        if i % 1000 == 0 {
            progress(u64::from(i));
        }
    }
    // A year at the harm-reduction counter: one exchange for two persons registered.
    counter::year(&bulk, &mut rng, &named, persons / 2, now, by)?;
    outreach::year(&bulk, &mut rng, now)?;
    bulk.commit()?;
    Ok(visits)
}

/// Runs `seuil generate`.
pub fn run(ctx: &Context, args: &GenerateArgs) -> Result<(), Failure> {
    if args.persons == 0 || args.persons > MAX_PERSONS {
        return Err(Failure::new(
            exit::USAGE,
            Msg::new("cli-error-invalid-value")
                .arg("arg", "--persons")
                .arg("value", args.persons.to_string()),
        ));
    }
    let started = Instant::now();
    let mut store = ctx.open_store()?;
    // Generated persons are for trying the desk: none goes into a register the other sites
    // receive.
    if crate::sync::run::status(&store, chrono::Local::now().date_naive()).is_ok() {
        return Err(Failure::new(
            exit::REFUSED,
            Msg::new("generate-error-exchanging"),
        ));
    }
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(u64::from(args.persons));
        if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {eta}") {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let visits = populate(
        &mut store,
        args.persons,
        i64::from(args.days.unwrap_or(90).clamp(1, 3650)),
        args.seed.unwrap_or(1),
        Local::now().naive_local(),
        &|done| bar.set_position(done),
    )?;
    bar.finish_and_clear();
    out!(
        "{}",
        ctx.i18n.render(
            &Msg::new("generate-done")
                .arg("persons", args.persons)
                .arg("visits", visits.to_string())
                .arg("seconds", format!("{:.1}", started.elapsed().as_secs_f64()))
        )
    );
    Ok(())
}
