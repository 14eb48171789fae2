//! Per-keystroke search on 100,000 generated persons: every prefix of what a reception worker
//! types, as the desk does it (index search + fetching the rows shown). Prints percentiles.
//!
//! `cargo bench --bench search` (set SEUIL_BENCH_PERSONS to change the population).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use seuil::desk::screens::intake::RESULTS;
use seuil::domain::search::{Index, Query};
use seuil::store::Store;

const TYPED: &[&str] = &[
    "mohamed benali",
    "moh 1987",
    "tesfaye gebremedhin",
    "Abdelkader",
    "kowalsky",
    "Lukasz",
    "محمد",
    "ተስፋይ",
    "fatima el idrissi",
    "rasta",
    "Yohannes",
    "abdi warsame",
    "popescu ion",
    "xuseen cali",
    "vanderlinden",
    "salah eddine",
    "gebremedhin tesfay",
    "الشاذلي",
    "mohmaed bnealli",
    "qzxv",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Runs once on a plain database, then once on an encrypted one (SQLCipher), same data.
fn main() {
    let key = seuil::store::Key::passphrase("correct horse battery").unwrap();
    let keys = if std::env::var_os("SEUIL_BENCH_PLAIN").is_some() {
        vec![None]
    } else {
        vec![None, Some(&key)]
    };
    for key in keys {
        println!(
            "== {} database",
            if key.is_some() { "encrypted" } else { "plain" }
        );
        run(key);
    }
}

fn run(key: Option<&seuil::store::Key>) {
    let persons: u32 = std::env::var("SEUIL_BENCH_PERSONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    // SEUIL_BENCH_DB keeps the generated register between runs (to profile one query).
    let kept = std::env::var_os("SEUIL_BENCH_DB").map(std::path::PathBuf::from);
    let path = kept.clone().unwrap_or_else(|| dir.path().join("bench.db"));
    let now = chrono::Local::now().naive_local();
    if !path.exists() {
        let mut store = Store::open_keyed(&path, key).unwrap();
        let t = Instant::now();
        seuil::cli::generate::populate(&mut store, persons, 90, 7, now, &|_| {}).unwrap();
        println!(
            "generate {persons} persons: {:.1} s",
            t.elapsed().as_secs_f64()
        );
    }

    let t = Instant::now();
    let store = Store::open_keyed(&path, key).unwrap();
    let index: Index = store.load_index().unwrap();
    println!(
        "index load (desk, aside after the first frame): {:.1} ms, {} distinct words and readings",
        t.elapsed().as_secs_f64() * 1e3,
        index.words()
    );
    let today = seuil::store::persons::day_of(now.date());
    if let Ok(q) = std::env::var("SEUIL_BENCH_PROFILE") {
        // One query, many times: for a profiler.
        let mut scratch = seuil::domain::search::Scratch::default();
        let t = Instant::now();
        for _ in 0..200 {
            let hits = index.search_with(&Query::parse(&q), RESULTS, today, &mut scratch);
            std::hint::black_box(hits);
        }
        println!(
            "{q:?}: {:.3} ms per search",
            t.elapsed().as_secs_f64() * 1e3 / 200.0
        );
        return;
    }

    let mut scratch = seuil::domain::search::Scratch::default();
    let mut samples = Vec::new();
    let mut search_only = Vec::new();
    let mut slowest: Vec<(Duration, Duration, String)> = Vec::new();
    let mut worst = (Duration::ZERO, String::new());
    for round in 0..20 {
        for typed in TYPED {
            let chars: Vec<char> = typed.chars().collect();
            for n in 1..=chars.len() {
                let prefix: String = chars[..n].iter().collect();
                let t = Instant::now();
                let hits = index.search_with(&Query::parse(&prefix), RESULTS, today, &mut scratch);
                let searched = t.elapsed();
                let ids: Vec<i64> = hits.hits.iter().map(|h| h.id).collect();
                let shown = store.persons(&ids).unwrap();
                let took = t.elapsed();
                assert_eq!(shown.len(), ids.len());
                if round > 0 {
                    slowest.push((took, searched, prefix.clone()));
                    search_only.push(searched);
                    samples.push(took);
                    if took > worst.0 {
                        worst = (took, prefix);
                    }
                }
            }
        }
    }
    samples.sort();
    search_only.sort();
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    slowest.dedup_by(|a, b| a.2 == b.2);
    let list: Vec<String> = slowest
        .iter()
        .take(12)
        .map(|(t, s, q)| {
            format!(
                "{q:?} {:.2}/{:.2}",
                t.as_secs_f64() * 1e3,
                s.as_secs_f64() * 1e3
            )
        })
        .collect();
    println!("slowest prefixes (whole / search ms): {}", list.join(", "));
    keystrokes(&store, &index, today);
    println!(
        "index search alone: p50 {:.3} ms, p99 {:.3} ms; rows shown fetched: up to {RESULTS}",
        percentile(&search_only, 0.5).as_secs_f64() * 1e3,
        percentile(&search_only, 0.99).as_secs_f64() * 1e3,
    );
    println!(
        "per keystroke over {} searches: p50 {:.3} ms, p90 {:.3} ms, p99 {:.3} ms, max {:.3} ms (\"{}\")",
        samples.len(),
        percentile(&samples, 0.5).as_secs_f64() * 1e3,
        percentile(&samples, 0.9).as_secs_f64() * 1e3,
        percentile(&samples, 0.99).as_secs_f64() * 1e3,
        worst.0.as_secs_f64() * 1e3,
        worst.1
    );
}

/// Keystrokes to reach a returning person: type their first name letter by letter, or three
/// letters of it and then their second name letter by letter (then, if known, a space and the
/// birth year), press Down until they are selected, then Enter. The best of those for each of
/// 300 persons drawn from the register.
fn keystrokes(store: &Store, index: &Index, today: i32) {
    let mut costs = Vec::new();
    let step = (index.len() / 300).max(1) as i64;
    let mut stmt = store
        .conn()
        .prepare("SELECT id, given_name || ' ' || coalesce(family_name, ''), birth_year FROM person WHERE merged_into IS NULL AND given_name IS NOT NULL AND id % ?1 = 0 LIMIT 300")
        .unwrap();
    let people: Vec<(i64, String, Option<u16>)> = stmt
        .query_map([step], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (id, given, year) in &people {
        let words: Vec<&str> = given.split_whitespace().collect();
        let first: Vec<char> = words.first().copied().unwrap_or("").chars().collect();
        let second: Vec<char> = words.get(1).copied().unwrap_or("").chars().collect();
        let mut best = usize::MAX;
        let mut prefixes: Vec<String> = (1..=first.len())
            .map(|n| first[..n].iter().collect())
            .collect();
        let head: String = first.iter().take(3).collect();
        prefixes.extend(
            (1..=second.len())
                .map(|n| format!("{head} {}", second[..n].iter().collect::<String>())),
        );
        for prefix in prefixes {
            let mut tries = vec![prefix.clone()];
            if let Some(y) = year {
                tries.push(format!("{prefix} {y}"));
            }
            for q in tries {
                let hits = index.search(&Query::parse(&q), RESULTS, today);
                if let Some(rank) = hits.hits.iter().position(|h| h.id == *id) {
                    best = best.min(q.chars().count() + rank + 1);
                }
            }
        }
        if best != usize::MAX {
            costs.push(best);
        }
    }
    costs.sort();
    let median = costs.get(costs.len() / 2).copied().unwrap_or(0);
    let p90 = costs.get(costs.len() * 9 / 10).copied().unwrap_or(0);
    println!(
        "keystrokes to a returning person (letters of the first two names, year when known, arrows, Enter): median {median}, p90 {p90}, within the first {RESULTS} for {} of {}",
        costs.len(),
        people.len()
    );
}
