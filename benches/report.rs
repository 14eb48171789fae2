//! Every report over the last year of a generated register (100,000 persons, a year of visits,
//! treatment, counter and outreach): the time from asking to the tables with their small
//! counts hidden, as `seuil report run` and the Reports screen spend it. Target: under 2 s.
//!
//! `cargo bench --bench report` (`SEUIL_BENCH_PERSONS`, `SEUIL_BENCH_DB` as the others)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/mod.rs"]
mod support;

use std::time::Instant;

use seuil::domain::indicators::By;
use seuil::i18n::Lang;
use seuil::report::{self, Query, REPORTS, Rule};
use support::percentiles;

fn main() {
    let (_dir, _path, store, now) = support::register_over(100_000, 365);
    let visits: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM visit", [], |r| r.get(0))
        .unwrap();
    println!("{visits} visits in the register");
    let to = now.date();
    let from = to - chrono::Duration::days(364);
    for def in REPORTS {
        for by in [By::Month, By::Quarter] {
            let times: Vec<_> = (0..5)
                .map(|_| {
                    let q = Query {
                        from,
                        to,
                        by,
                        lang: Lang::Fr,
                    };
                    let t = Instant::now();
                    let r =
                        report::run(&store, def.name, q, Rule::of(&store), &mut |_, _| {}).unwrap();
                    assert!(!r.tables.is_empty());
                    t.elapsed()
                })
                .collect();
            percentiles(&format!("{} over a year by {}", def.name, by.code()), times);
        }
    }
}
