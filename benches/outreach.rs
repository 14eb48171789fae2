//! The mobile teams on a generated year (two teams' sessions a few times a week, tallies and
//! some persons, material, accompaniments, vaccinations): saving a tally contact with its
//! material (one transaction, as the desk's two keys do), the open session's figures after it,
//! and the year's totals.
//!
//! `cargo bench --bench outreach` (`SEUIL_BENCH_PERSONS`, `SEUIL_BENCH_DB` as the others)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/mod.rs"]
mod support;

use support::percentiles;

use std::time::Instant;

use seuil::domain::outreach::Tally;
use seuil::store::outreach::{Met, NewContact, NewSession};
use seuil::store::queues::Actor;

fn main() {
    let (_dir, _path, store, now) = support::register(20_000);
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
