//! The dispensary on 100,000 generated persons, 2,000 of them with a year of daily doses:
//! opening a person's dose screen (the chart) and confirming today's dose, per person; then
//! `seuil treatment dose` as a whole process.
//!
//! `cargo bench --bench treatment`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/mod.rs"]
mod support;

use support::percentiles;

use std::time::Instant;

use seuil::domain::treatment::Outcome;
use seuil::store::queues::Actor;
use seuil::store::treatment::DoseAsk;

fn main() {
    let (_dir, path, store, now) = support::register(100_000);
    let treated: Vec<(i64, String)> = {
        let mut stmt = store
            .conn()
            .prepare(
                "SELECT p.id, p.code FROM person p WHERE EXISTS
                   (SELECT 1 FROM prescription x WHERE x.person_id = p.id AND x.ends >= ?1)
                 AND NOT EXISTS (SELECT 1 FROM dose_event d WHERE d.person_id = p.id AND d.day = ?1)
                 ORDER BY p.id LIMIT 300",
            )
            .unwrap();
        stmt.query_map([now.date().to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let doses: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM dose_event", [], |r| r.get(0))
        .unwrap();
    println!(
        "{} persons to dose today; {doses} dose rows in the register",
        treated.len()
    );
    let (mut open, mut confirm, mut refused_again) = (Vec::new(), Vec::new(), Vec::new());
    let mut given = 0;
    for (id, _) in treated.iter().take(200) {
        let t = Instant::now();
        let chart = store.treatment_chart(*id, now.date()).unwrap();
        open.push(t.elapsed());
        let who = Actor {
            by: "bench",
            desk: Some("3"),
            at: chrono::Local::now().naive_local(),
        };
        let ask = DoseAsk {
            day: now.date(),
            outcome: Outcome::Given,
            mg: None,
            reason: None,
        };
        let t = Instant::now();
        let done = store.dose(*id, &ask, who);
        confirm.push(t.elapsed());
        if done.is_ok() {
            given += 1;
            let t = Instant::now();
            let _ = store.treatment_chart(*id, now.date()).unwrap();
            let again = store.dose(*id, &ask, who);
            refused_again.push(t.elapsed());
            assert!(again.is_err());
        } else {
            assert!(chart.hold.is_some(), "refused only when the chart said so");
        }
    }
    println!("{given} doses given (the others held by missed days)");
    percentiles("dose screen open (chart)", open);
    percentiles("confirm today's dose (one transaction)", confirm);
    percentiles("reload + second confirm refused", refused_again);

    // The whole process, as a script or another terminal runs it.
    let exe = std::env::current_exe().unwrap();
    let bin = exe
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.join("seuil"));
    match bin.filter(|b| b.exists()) {
        Some(bin) => {
            let mut whole = Vec::new();
            for (_, code) in treated.iter().skip(200).take(50) {
                let t = Instant::now();
                let _ = std::process::Command::new(&bin)
                    .args(["--lang", "en", "treatment", "dose", code])
                    .env("SEUIL_DB", &path)
                    .output()
                    .unwrap();
                whole.push(t.elapsed());
            }
            percentiles("`seuil treatment dose` whole process", whole);
        }
        None => println!("(no release binary beside the bench: cargo build --release first)"),
    }
}
