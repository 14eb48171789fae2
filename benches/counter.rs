//! The counter on a generated year: 100,000 persons, about 50,000 exchanges. An exchange saved
//! (one transaction, as the desk's Enter) and the day's totals (as the screen reads after each
//! save), today and on days of the year.
//!
//! `cargo bench --bench counter` (`SEUIL_BENCH_PERSONS`, `SEUIL_BENCH_DB` to keep the data)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/mod.rs"]
mod support;

use support::percentiles;

use std::time::Instant;

use seuil::store::counter::Giving;
use seuil::store::queues::Actor;

fn main() {
    let (_dir, _path, store, now) = support::register(100_000);
    let (exchanges, kits): (i64, i64) = store
        .conn()
        .query_row(
            "SELECT (SELECT count(*) FROM counter_exchange), (SELECT count(*) FROM naloxone_kit)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    println!("{exchanges} exchanges in the year, {kits} naloxone kits given");

    let mut saved = Vec::new();
    for i in 0..200u32 {
        let g = Giving {
            lines: vec![
                ("syringe-1ml".into(), 10),
                ("needle".into(), 10),
                ("cup".into(), 5),
            ],
            returned: 10,
            for_others: i % 3,
            ..Default::default()
        };
        let who = Actor {
            by: "bench",
            desk: Some("1"),
            at: chrono::Local::now().naive_local(),
        };
        let t = Instant::now();
        store.give(&g, who).unwrap();
        saved.push(t.elapsed());
    }
    percentiles("exchange saved (one transaction)", saved);

    let mut today = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        let totals = store.counter_day(now.date()).unwrap();
        today.push(t.elapsed());
        assert!(totals.exchanges >= 200);
    }
    percentiles("day's totals, today", today);

    let mut days = Vec::new();
    for back in 0..200i64 {
        let day = now.date() - chrono::Duration::days(back * 365 / 200);
        let t = Instant::now();
        store.counter_day(day).unwrap();
        days.push(t.elapsed());
    }
    percentiles("day's totals, days of the year", days);
}
