//! The counter on a generated year: 100,000 persons, about 50,000 exchanges. An exchange saved
//! (one transaction, as the desk's Enter) and the day's totals (as the screen reads after each
//! save), today and on days of the year.
//!
//! `cargo bench --bench counter` (`SEUIL_BENCH_PERSONS`, `SEUIL_BENCH_DB` to keep the data)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use seuil::store::Store;
use seuil::store::counter::Giving;
use seuil::store::queues::Actor;

fn percentiles(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |p: usize| times[(times.len() * p / 100).min(times.len() - 1)];
    println!(
        "{label:<40} median {:>7.2} ms   p95 {:>7.2} ms   max {:>7.2} ms   (n = {})",
        at(50).as_secs_f64() * 1e3,
        at(95).as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        times.len()
    );
}

fn main() {
    let persons: u32 = std::env::var("SEUIL_BENCH_PERSONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let kept = std::env::var_os("SEUIL_BENCH_DB").map(std::path::PathBuf::from);
    let path = kept.unwrap_or_else(|| dir.path().join("bench.db"));
    let now = chrono::Local::now().naive_local();
    if !path.exists() {
        let mut store = Store::open(&path).unwrap();
        let t = Instant::now();
        seuil::cli::generate::populate(&mut store, persons, 90, 7, now, &|_| {}).unwrap();
        println!(
            "generate {persons} persons: {:.1} s",
            t.elapsed().as_secs_f64()
        );
    }
    let store = Store::open(&path).unwrap();
    store.desk_memory().unwrap();
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
