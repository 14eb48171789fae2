//! The development set of `tests/names/devset.tsv`: registered names, the spellings a worker
//! types for the same person another day, and look-alikes (different people) that must not
//! rank above them. Printed per tradition with `cargo test devset -- --nocapture`.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::matching::{Plan, unit_matches};
use super::*;

const DEVSET: &str = include_str!("../../../tests/names/devset.tsv");

struct Case<'a> {
    tradition: &'a str,
    registered: &'a str,
    query: &'a str,
    lookalike: Option<&'a str>,
}

fn cases() -> Vec<Case<'static>> {
    DEVSET
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Some(Case {
                tradition: cols.first()?,
                registered: cols.get(1)?,
                query: cols.get(2)?,
                lookalike: cols.get(3).filter(|s| !s.trim().is_empty()).copied(),
            })
        })
        .collect()
}

/// Namesakes: given names and family names of the set recombined, so that most words typed
/// are carried by several persons, as in a real register.
fn namesakes(names: &[&str], count: usize) -> Vec<String> {
    let mut rng = fastrand::Rng::with_seed(7);
    let words: Vec<Vec<&str>> = names
        .iter()
        .map(|n| n.split_whitespace().collect())
        .collect();
    let mut out = Vec::new();
    while out.len() < count {
        let a = &words[rng.usize(..words.len())];
        let b = &words[rng.usize(..words.len())];
        if a.is_empty() || b.len() < 2 {
            continue;
        }
        out.push(format!("{} {}", a[0], b[1..].join(" ")));
    }
    out
}

struct Register {
    index: Index,
    ids: FxHashMap<String, i64>,
}

fn register(cases: &[Case<'_>]) -> Register {
    let mut ids: FxHashMap<String, i64> = FxHashMap::default();
    let mut persons = Vec::new();
    fn add(name: &str, ids: &mut FxHashMap<String, i64>, persons: &mut Vec<Indexed>) {
        let next = persons.len() as i64 + 1;
        let id = *ids.entry(name.to_string()).or_insert(next);
        if id == next {
            persons.push(Indexed {
                id,
                code: format!("P{id:05}"),
                birth_year: None,
                last_seen_day: Some(100 - (id % 90) as i32),
                speaks: 0,
                keys: names::record_keys(name),
            });
        }
    }
    let all: Vec<&str> = cases.iter().map(|c| c.registered).collect();
    for c in cases {
        add(c.registered, &mut ids, &mut persons);
        if let Some(l) = c.lookalike {
            add(l, &mut ids, &mut persons);
        }
    }
    // Namesakes that would be one of the set's persons are left out: they are that person.
    let known: Vec<String> = ids.keys().map(|n| flat_name(n)).collect();
    for n in namesakes(&all, 3000) {
        if !known.contains(&flat_name(&n)) {
            add(&n, &mut ids, &mut persons);
        }
    }
    Register {
        index: Index::build(persons),
        ids,
    }
}

fn flat_name(n: &str) -> String {
    let mut w: Vec<String> = n.split_whitespace().map(|w| w.to_lowercase()).collect();
    w.sort();
    w.join(" ")
}

#[derive(Default)]
struct Tally {
    cases: u32,
    found: u32,
    empty: u32,
    lookalikes: u32,
    kept_off: u32,
}

fn evaluate(open: bool) -> BTreeMap<&'static str, Tally> {
    let cases = cases();
    let reg = register(&cases);
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for c in &cases {
        let text = if open {
            c.query.to_string()
        } else {
            format!("{} ", c.query)
        };
        let found = reg.index.search(&Query::parse(&text), 5, 100);
        let target = reg.ids[c.registered];
        let t = tallies.entry(c.tradition).or_default();
        t.cases += 1;
        let rank = found.hits.iter().position(|h| h.id == target);
        if rank.is_some() {
            t.found += 1;
        } else {
            let names: Vec<String> = found
                .hits
                .iter()
                .map(|h| {
                    let name = reg
                        .ids
                        .iter()
                        .find(|(_, id)| **id == h.id)
                        .map(|(n, _)| n.as_str());
                    format!(
                        "{}{} {}",
                        if h.near { "≈" } else { "" },
                        name.unwrap_or("?"),
                        h.score
                    )
                })
                .collect();
            misses.push(format!(
                "{}: {} ← {}  [{}]",
                c.tradition,
                c.registered,
                c.query,
                names.join(", ")
            ));
        }
        if found.hits.is_empty() {
            t.empty += 1;
        }
        if let Some(l) = c.lookalike {
            t.lookalikes += 1;
            let other = reg.ids[l];
            let full = reg.index.search(&Query::parse(&text), 50, 100);
            let at = |id: i64| full.hits.iter().position(|h| h.id == id);
            match (at(target), at(other)) {
                (Some(a), Some(b)) if b < a => {
                    misses.push(format!(
                        "{}: look-alike {l} above {} ← {}",
                        c.tradition, c.registered, c.query
                    ));
                }
                (None, Some(_)) => {
                    misses.push(format!(
                        "{}: look-alike {l} found, not {} ← {}",
                        c.tradition, c.registered, c.query
                    ));
                }
                _ => t.kept_off += 1,
            }
        }
    }
    if std::env::var_os("SEUIL_DEVSET_MISSES").is_some() {
        for m in &misses {
            println!("  miss {m}");
        }
    }
    tallies
}

fn pct(a: u32, b: u32) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * f64::from(a) / f64::from(b)
    }
}

#[test]
fn devset_recall_and_lookalikes_per_tradition() {
    for open in [true, false] {
        let tallies = evaluate(open);
        println!(
            "development set, last word {}:",
            if open { "as typed (open)" } else { "finished" }
        );
        println!("  tradition      cases  recall@5  empty  look-alikes kept off first");
        let mut worst = (100.0f64, 100.0f64);
        for (name, t) in &tallies {
            let r = pct(t.found, t.cases);
            let l = pct(t.kept_off, t.lookalikes);
            worst = (worst.0.min(r), worst.1.min(l));
            println!(
                "  {name:<14} {:>5}  {:>7.1}%  {:>5}  {:>6.1}% of {}",
                t.cases, r, t.empty, l, t.lookalikes
            );
        }
        assert!(
            tallies.values().all(|t| t.empty == 0),
            "a variant answered with nothing"
        );
        assert!(worst.0 >= 97.0, "recall@5 under 97% in a tradition");
        assert!(
            worst.1 >= 97.0,
            "look-alikes first in more than 3% of a tradition"
        );
    }
}

/// `SEUIL_DEBUG_QUERY=… SEUIL_DEBUG_NAME=… cargo test --lib explain -- --ignored --nocapture`:
/// how each word typed scores against each key of a name, word by word and as a near match.
#[test]
#[ignore]
fn explain() {
    let (Ok(q), Ok(n)) = (
        std::env::var("SEUIL_DEBUG_QUERY"),
        std::env::var("SEUIL_DEBUG_NAME"),
    ) else {
        return;
    };
    let query = Query::parse(&q);
    let keys = names::record_keys(&n);
    println!("name keys: {}", names::encode(&keys));
    let mut lex = Lexicon::default();
    for k in &keys {
        lex.add(&k.fold, &k.sound);
    }
    let plan = Plan::new(&lex, &query);
    for (i, unit) in plan.units.iter().enumerate() {
        let readings: Vec<String> = unit.iter().map(|p| p.flat().to_string()).collect();
        let (strict, near) = (
            unit_matches(&lex, unit, false),
            unit_matches(&lex, unit, true),
        );
        println!("unit {i} {readings:?}: {strict:?}, near {near:?}");
    }
    for r in &plan.readings {
        println!("reading {:?} cost {}", r.units, r.cost);
    }
    let index = Index::build([Indexed {
        id: 1,
        code: "X".into(),
        birth_year: None,
        last_seen_day: None,
        speaks: 0,
        keys,
    }]);
    println!("{:?}", index.search(&query, 5, 0));
}
