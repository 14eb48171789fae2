//! What the benches on generated data share: the register (generated once, or kept between
//! runs with `SEUIL_BENCH_DB`), and how a set of timings is printed.
// Each bench uses part of it.
#![allow(dead_code)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use seuil::store::Store;

/// A generated register of `SEUIL_BENCH_PERSONS` persons (`persons` when unset), opened as a
/// desk opens it; the folder lives as long as the first value.
pub fn register(persons: u32) -> (tempfile::TempDir, PathBuf, Store, NaiveDateTime) {
    register_over(persons, 90)
}

/// [`register`] with `days` of visits behind today (a year for the reports).
pub fn register_over(
    persons: u32,
    days: i64,
) -> (tempfile::TempDir, PathBuf, Store, NaiveDateTime) {
    let persons: u32 = std::env::var("SEUIL_BENCH_PERSONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(persons);
    let dir = tempfile::tempdir().unwrap();
    let kept = std::env::var_os("SEUIL_BENCH_DB").map(PathBuf::from);
    let path = kept.unwrap_or_else(|| dir.path().join("bench.db"));
    let now = chrono::Local::now().naive_local();
    if !path.exists() {
        let mut store = Store::open(&path).unwrap();
        let t = Instant::now();
        seuil::cli::generate::populate(&mut store, persons, days, 7, now, &|_| {}).unwrap();
        println!(
            "generate {persons} persons (and their year of treatment, counter and outreach): {:.1} s",
            t.elapsed().as_secs_f64()
        );
    }
    let store = Store::open(&path).unwrap();
    store.desk_memory().unwrap();
    (dir, path, store, now)
}

/// Prints the median, the 95th percentile and the worst of `times`.
pub fn percentiles(label: &str, mut times: Vec<Duration>) {
    if times.is_empty() {
        println!("{label:<40} (nothing to time on this register: generate more persons)");
        return;
    }
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
