//! The exchange between sites, on this machine:
//!
//! 1. one exchange of 10,000 changes between two sites: the time to write the file, its size,
//!    the time to apply it;
//! 2. what capture costs a desk's write: a registration's p50/p99 on a register that exchanges
//!    and on one that does not;
//! 3. an organisation of 20 sites and 100,000 persons (5,000 registered at each), every site
//!    then applying the 19 others' files (`SEUIL_BENCH_SITES`, `SEUIL_BENCH_PERSONS` change
//!    the figures).
//!
//! `cargo bench --bench sync`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/mod.rs"]
mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use seuil::domain::person::{Draft, Fields};
use seuil::store::Store;
use seuil::sync::run;
use support::percentiles;

const GIVEN: [&str; 8] = [
    "Ahmed", "Tesfay", "ሳባ", "Łukasz", "محمد", "Awa", "Fatima", "Yonas",
];
const FAMILY: [&str; 6] = ["Benali", "Gebre", "Kowalski", "Diallo", "الأمين", "Haile"];

fn fields(i: usize, now: NaiveDateTime) -> Fields {
    Draft {
        given_name: GIVEN[i % GIVEN.len()].into(),
        family_name: format!("{} {}", FAMILY[(i / 8) % FAMILY.len()], i),
        birth: format!("{}", 1950 + i % 50),
        ..Draft::default()
    }
    .check(now.date())
    .unwrap()
}

fn site(dir: &Path, name: &str, shared: &Path) -> Store {
    let mut s = Store::open(&dir.join(format!("{name}.db"))).unwrap();
    let now = chrono::Local::now().naive_local();
    run::init(&mut s, name, shared, &dir.join("org.key"), "bench", now).unwrap();
    s
}

fn folder_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.metadata().map(|m| m.len()).unwrap_or(0))
        .sum()
}

fn main() {
    let now = chrono::Local::now().naive_local();
    exchange_of_ten_thousand(now);
    capture_cost(now);
    organisation(now);
}

fn exchange_of_ten_thousand(now: NaiveDateTime) {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    let a = site(dir.path(), "a", &shared);
    let b = site(dir.path(), "b", &shared);
    run::run(&a, now).unwrap();
    run::run(&b, now).unwrap();
    run::run(&a, now).unwrap();
    let mut rng = fastrand::Rng::with_seed(1);
    // 5,000 registrations and 2,500 visits (each a visit and the person's last visit day):
    // 10,000 rows changed.
    for i in 0..5_000 {
        let p = a
            .add_person(&fields(i, now), "bench", now, &mut rng)
            .unwrap();
        if i % 2 == 0 {
            a.record_visit(p.id, None, "bench", now).unwrap();
        }
    }
    let own = shared.join("site-01");
    let before = folder_bytes(&own);
    let t = Instant::now();
    let sent = run::run(&a, now).unwrap();
    let write = t.elapsed();
    let t = Instant::now();
    let got = run::run_with(&b, now, Duration::ZERO).unwrap();
    let apply = t.elapsed();
    let t = Instant::now();
    let again = run::run_with(&b, now, Duration::from_secs(600)).unwrap();
    let compare = t.elapsed();
    println!(
        "exchange of {} changes: written in {:.2} s ({:.1} MB in {} file(s)), applied in {:.2} s ({} changes)",
        sent.changes_written,
        write.as_secs_f64(),
        (folder_bytes(&own) - before) as f64 / 1e6,
        sent.files_written,
        apply.as_secs_f64(),
        got.changes_applied
    );
    println!(
        "the 5,000 persons received compared with the site's own for duplicates in {:.2} s ({} proposed)",
        compare.as_secs_f64(),
        again.duplicates
    );
}

fn capture_cost(now: NaiveDateTime) {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    let plain = Store::open(&dir.path().join("plain.db")).unwrap();
    let joined = site(dir.path(), "joined", &shared);
    let mut rng = fastrand::Rng::with_seed(2);
    for (label, store) in [("without capture", &plain), ("with capture", &joined)] {
        let times: Vec<Duration> = (0..2_000)
            .map(|i| {
                let f = fields(i, now);
                let t = Instant::now();
                store.add_person(&f, "bench", now, &mut rng).unwrap();
                t.elapsed()
            })
            .collect();
        let mut sorted = times.clone();
        sorted.sort();
        let p99 = sorted[sorted.len() * 99 / 100];
        percentiles(&format!("a registration {label}"), times);
        println!("{:<40} p99 {:>7.2} ms", "", p99.as_secs_f64() * 1e3);
    }
}

fn organisation(now: NaiveDateTime) {
    let sites: usize = std::env::var("SEUIL_BENCH_SITES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let persons: usize = std::env::var("SEUIL_BENCH_PERSONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let each = persons / sites;
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    let t = Instant::now();
    let stores: Vec<Store> = (0..sites)
        .map(|i| site(dir.path(), &format!("site{i}"), &shared))
        .collect();
    let mut rng = fastrand::Rng::with_seed(3);
    for (n, s) in stores.iter().enumerate() {
        for i in 0..each {
            s.add_person(&fields(n * each + i, now), "bench", now, &mut rng)
                .unwrap();
        }
        run::run(s, now).unwrap();
    }
    println!(
        "{sites} sites registered {} persons and wrote their files in {:.1} s",
        each * sites,
        t.elapsed().as_secs_f64()
    );
    let mut times = Vec::new();
    for s in &stores {
        let t = Instant::now();
        let r = run::run_with(s, now, Duration::ZERO).unwrap();
        assert!(r.held.is_empty());
        times.push(t.elapsed());
    }
    percentiles(
        &format!("a site applying the {} others' files", sites - 1),
        times,
    );
    let count: i64 = stores[0]
        .conn()
        .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .unwrap();
    let size = std::fs::metadata(dir.path().join("site0.db"))
        .map(|m| m.len())
        .unwrap_or(0);
    let total: u64 = std::fs::read_dir(&shared)
        .unwrap()
        .flatten()
        .map(|d| folder_bytes(&d.path()))
        .sum();
    println!(
        "every site holds {count} persons; a site's database {:.0} MB; the shared folder {:.0} MB",
        size as f64 / 1e6,
        total as f64 / 1e6
    );
}
