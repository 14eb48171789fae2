//! The mobile teams on a generated year (two teams' sessions a few times a week, tallies and
//! some persons, material, accompaniments, vaccinations): saving a tally contact with its
//! material (one transaction, as the desk's two keys do), the open session's figures after it,
//! and the year's totals.
//!
//! `cargo bench --bench outreach` (`SEUIL_BENCH_PERSONS`, `SEUIL_BENCH_DB` as the others)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use seuil::domain::outreach::Tally;
use seuil::store::Store;
use seuil::store::outreach::{Met, NewContact, NewSession};
use seuil::store::queues::Actor;

fn percentiles(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |p: usize| times[(times.len() * p / 100).min(times.len() - 1)];
    println!(
        "{label:<44} median {:>7.2} ms   p95 {:>7.2} ms   max {:>7.2} ms   (n = {})",
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
        .unwrap_or(20_000);
    let dir = tempfile::tempdir().unwrap();
    let kept = std::env::var_os("SEUIL_BENCH_DB").map(std::path::PathBuf::from);
    let path = kept.unwrap_or_else(|| dir.path().join("bench.db"));
    let now = chrono::Local::now().naive_local();
    if !path.exists() {
        let mut store = Store::open(&path).unwrap();
        let t = Instant::now();
        seuil::cli::generate::populate(&mut store, persons, 90, 7, now, &|_| {}).unwrap();
        println!(
            "generate {persons} persons and a year of outreach: {:.1} s",
            t.elapsed().as_secs_f64()
        );
    }
    let store = Store::open(&path).unwrap();
    store.desk_memory().unwrap();
    let count = |table: &str| -> i64 {
        store
            .conn()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    println!(
        "{} sessions, {} contacts, {} vaccinations, {} exchanges in the register",
        count("outreach_session"),
        count("outreach_contact"),
        count("vaccination"),
        count("counter_exchange")
    );
    let who = Actor {
        by: "bench",
        desk: Some("laptop"),
        at: now,
    };
    let session = store
        .start_session(
            &NewSession {
                place: "Gare du Nord".into(),
                new_place: Some("metro".into()),
                ..Default::default()
            },
            who,
        )
        .unwrap();
    let mut rng = fastrand::Rng::with_seed(5);
    let (mut save, mut figures) = (Vec::new(), Vec::new());
    for i in 0..300u32 {
        let mut k = NewContact::new(
            session,
            Met::Tally(Tally {
                sex: "m",
                band: "30-34",
                new: i % 5 == 0,
                people: 1,
            }),
        );
        if i % 2 == 0 {
            k.given = vec![("syringe-1ml".into(), 10), ("water".into(), 10)];
        }
        let t = Instant::now();
        store.add_contact(&k, who, &mut rng).unwrap();
        save.push(t.elapsed());
        let t = Instant::now();
        let _ = store.session(session).unwrap();
        let _ = store.session_contacts(session, 12).unwrap();
        figures.push(t.elapsed());
    }
    percentiles("save a tally contact (one transaction)", save);
    percentiles("the open session's figures and last contacts", figures);
    let from = now.date() - chrono::Duration::days(364);
    let mut year = Vec::new();
    let mut totals = None;
    for _ in 0..50 {
        let t = Instant::now();
        totals = Some(store.outreach_totals(from, now.date()).unwrap());
        year.push(t.elapsed());
    }
    percentiles("the year's totals", year);
    let mut listed = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        let _ = store.sessions(from, now.date()).unwrap();
        listed.push(t.elapsed());
    }
    percentiles("the year's sessions, each with its figures", listed);
    println!("{totals:?}");
}
