//! The hand-built register of the treatment report's tests, with the figures it holds.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use seuil::domain::person::{Draft, Fields, Sex};
use seuil::store::Store;
use seuil::store::queues::Actor;
use seuil::store::tdi::NewEpisode;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn at(d: NaiveDate) -> NaiveDateTime {
    d.and_hms_opt(9, 0, 0).unwrap()
}

pub fn who(d: NaiveDate) -> Actor<'static> {
    Actor {
        by: "Inès",
        desk: Some("2"),
        at: d.and_hms_opt(10, 0, 0).unwrap(),
    }
}

pub fn fields(name: &str, birth: &str, sex: Sex) -> Fields {
    Draft {
        given_name: name.into(),
        birth: birth.into(),
        sex: Some(sex),
        ..Draft::default()
    }
    .check(day(2025, 1, 1))
    .unwrap()
}

/// A course: one prescription over the days, a dose on each day but those skipped; a
/// take-home on Saturdays and Sundays when asked. Returns the doses written.
struct Course {
    person: i64,
    from: NaiveDate,
    to: NaiveDate,
    skip: Vec<NaiveDate>,
    take_home: bool,
}

fn write(s: &mut Store, courses: &[Course]) -> u64 {
    let b = s.bulk().unwrap();
    let mut written = 0;
    for (i, c) in courses.iter().enumerate() {
        let rx = b
            .add_prescription(
                c.person,
                "methadone-syrup",
                60.0,
                c.from,
                c.to,
                2,
                at(c.from),
                "t",
            )
            .unwrap();
        let mut d = c.from;
        while d <= c.to {
            if !c.skip.contains(&d) {
                let weekend = matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
                let delivery = (i as i64 + 1) * 10_000 + d.ordinal() as i64;
                b.add_dose(
                    rx,
                    c.person,
                    d,
                    c.take_home && weekend,
                    60.0,
                    delivery,
                    at(d),
                    "t",
                )
                .unwrap();
                written += 1;
            }
            d += Duration::days(1);
        }
    }
    b.commit().unwrap();
    written
}

fn items(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

pub fn episode(s: &Store, person: i64, on: NaiveDate, pairs: &[(&str, &str)]) {
    let new = NewEpisode {
        started: Some(on),
        items: items(pairs),
    };
    s.open_episode(person, &new, who(on)).unwrap();
}

/// Awa (woman, 1990) dosed all year from 5 January but 10–12 March, and 1–3 June (the dose of
/// 1 June reversed); Bilal (man, no birth year) from 1 February to 20 March of a prescription
/// running to 31 March, then back in July; Dan (man, 1980) in treatment since November 2025
/// on one record and from 2 January on a second one, merged into the first on 1 February;
/// Eve (woman, 2001) from 1 October, with take-homes at weekends.
pub struct Register {
    pub store: Store,
    /// Doses that count in 2026.
    pub doses: u64,
}

pub fn register() -> Register {
    let mut s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(11);
    let t0 = at(day(2025, 10, 1));
    let mut add = |name: &str, birth: &str, sex: Sex| {
        s.add_person(&fields(name, birth, sex), "t", t0, &mut rng)
            .unwrap()
    };
    let awa = add("Awa", "1990", Sex::Female);
    let bilal = add("Bilal", "", Sex::Male);
    let dan = add("Dan", "1980", Sex::Male);
    let dan2 = add("Dan bis", "1980", Sex::Male);
    let eve = add("Eve", "2001", Sex::Female);
    let mut skip: Vec<NaiveDate> = (10..=12).map(|d| day(2026, 3, d)).collect();
    skip.extend([day(2026, 6, 2), day(2026, 6, 3)]);
    let dosed = write(
        &mut s,
        &[
            Course {
                person: awa.id,
                from: day(2026, 1, 5),
                to: day(2026, 12, 31),
                skip,
                take_home: false,
            },
            Course {
                person: bilal.id,
                from: day(2026, 2, 1),
                to: day(2026, 3, 31),
                skip: (21..=31).map(|d| day(2026, 3, d)).collect(),
                take_home: false,
            },
            Course {
                person: bilal.id,
                from: day(2026, 7, 1),
                to: day(2026, 7, 31),
                skip: vec![],
                take_home: false,
            },
            Course {
                person: dan.id,
                from: day(2025, 11, 1),
                to: day(2026, 1, 10),
                // The second record takes over from 2 January.
                skip: (1..=10).map(|d| day(2026, 1, d)).collect(),
                take_home: false,
            },
            Course {
                person: dan2.id,
                from: day(2026, 1, 2),
                to: day(2026, 1, 31),
                skip: vec![],
                take_home: false,
            },
            Course {
                person: eve.id,
                from: day(2026, 10, 1),
                to: day(2026, 12, 31),
                skip: vec![],
                take_home: true,
            },
        ],
    );
    // The dose of 1 June was recorded for the wrong person and taken back that day.
    s.reverse_dose(awa.id, Some("wrong person"), who(day(2026, 6, 1)))
        .unwrap();
    // Dan's doses of 2025 (61 days: 1 November to 31 December) are outside the period.
    let doses = dosed - 1 - 61;
    episode(
        &s,
        awa.id,
        day(2026, 1, 6),
        &[
            ("status", "1"),
            ("referral", "6"),
            ("primary_drug", "1.1"),
            ("route", "1"),
            ("first_use_age", "19"),
            ("injecting", "2.3"),
            ("sharing", "1"),
            ("hiv_test", "2.2"),
            ("hcv_test", "1"),
        ],
    );
    let dan_items = [
        ("primary_drug", "1.1"),
        ("injecting", "2.3"),
        ("hiv_test", "2.1"),
    ];
    let mut first = dan_items.to_vec();
    first.push(("status", "1"));
    episode(&s, dan.id, day(2026, 1, 3), &first);
    let mut second = dan_items.to_vec();
    second.push(("status", "2"));
    episode(&s, dan2.id, day(2026, 1, 20), &second);
    s.merge(&dan.code, &dan2.code, "t", at(day(2026, 2, 1)))
        .unwrap();
    episode(
        &s,
        bilal.id,
        day(2026, 2, 2),
        &[
            ("status", "2"),
            ("primary_drug", "2.2"),
            ("route", "2"),
            ("first_use_age", "25"),
            ("injecting", "1"),
            ("hiv_test", "1"),
            ("hcv_test", "1"),
        ],
    );
    episode(
        &s,
        eve.id,
        day(2026, 10, 2),
        &[
            ("status", "1"),
            ("route", "2"),
            ("first_use_age", "22"),
            ("injecting", "1"),
            ("hiv_test", "3"),
        ],
    );
    Register { store: s, doses }
}
