//! The due list on 100,000 generated persons with their coverage routes: the whole
//! computation as the desk and `seuil coverage due` do it. Prints percentiles.
//!
//! `cargo bench --bench coverage`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Instant;

use seuil::domain::coverage::RENEW_DAYS;
use seuil::store::Store;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("coverage.db");
    let now = chrono::Local::now().naive_local();
    let mut store = Store::open(&path).unwrap();
    seuil::cli::generate::populate(&mut store, 100_000, 90, 7, now, &|_| {}).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    let routes: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM coverage", [], |r| r.get(0))
        .unwrap();
    for within in [7, 30] {
        let mut times = Vec::new();
        let mut items = 0;
        for _ in 0..21 {
            let t = Instant::now();
            items = store
                .due(now.date(), within, RENEW_DAYS, None, None, None)
                .unwrap()
                .len();
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "due list, next {within} days, 100,000 persons / {routes} routes: {items} items, p50 {:.1} ms, max {:.1} ms",
            times[10], times[20]
        );
    }
}
