//! Queue operations with four desks writing at once: each desk (its own connection, its own
//! thread) registers a person, puts them in the queue and calls the next, 300 times. Prints
//! the latency of each commit, percentiles over all desks.
//!
//! `cargo bench --bench queue`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use seuil::domain::person::Fields;
use seuil::domain::queue::Priority;
use seuil::store::Store;
use seuil::store::queues::{Actor, QueueError};

const DESKS: usize = 4;
const ROUNDS: usize = 300;

/// Runs once on a plain database, then once on an encrypted one (SQLCipher).
fn main() {
    let key = seuil::store::Key::passphrase("correct horse battery").unwrap();
    for key in [None, Some(key)] {
        println!(
            "== {} database",
            if key.is_some() { "encrypted" } else { "plain" }
        );
        run(key);
    }
}

fn run(key: Option<seuil::store::Key>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("queue.db");
    drop(Store::open_keyed(&path, key.as_ref()).unwrap());
    let started = Instant::now();
    let handles: Vec<_> = (0..DESKS)
        .map(|desk| {
            let path = path.clone();
            let key = key.clone();
            std::thread::spawn(move || {
                let store = Store::open_keyed(&path, key.as_ref()).unwrap();
                let mut rng = fastrand::Rng::with_seed(desk as u64);
                let by = format!("desk-{desk}");
                let mut joins = Vec::new();
                let mut calls = Vec::new();
                for _ in 0..ROUNDS {
                    let now = chrono::Local::now().naive_local();
                    let who = Actor {
                        by: &by,
                        desk: Some(&by),
                        at: now,
                    };
                    let p = store
                        .add_person(&Fields::default(), &by, now, &mut rng)
                        .unwrap();
                    let t = Instant::now();
                    store
                        .join(&p.code, "M", Priority::Normal, None, who)
                        .unwrap();
                    joins.push(t.elapsed());
                    let t = Instant::now();
                    match store.call_next("M", None, who) {
                        Ok(_) | Err(QueueError::NobodyWaiting(_)) => {}
                        Err(e) => panic!("{e}"),
                    }
                    calls.push(t.elapsed());
                }
                (joins, calls)
            })
        })
        .collect();
    let mut joins = Vec::new();
    let mut calls = Vec::new();
    for h in handles {
        let (j, c) = h.join().unwrap();
        joins.extend(j);
        calls.extend(c);
    }
    let total = started.elapsed();
    for (name, mut v) in [("join (ticket drawn)", joins), ("call next", calls)] {
        v.sort();
        let p = |q: f64| v[((v.len() as f64 - 1.0) * q).round() as usize].as_secs_f64() * 1e3;
        println!(
            "{name}, {DESKS} desks writing at once, {} commits: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            v.len(),
            p(0.5),
            p(0.99),
            v.last().copied().unwrap_or(Duration::ZERO).as_secs_f64() * 1e3
        );
    }
    println!("whole run: {:.1} s", total.as_secs_f64());
}
