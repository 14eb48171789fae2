//! Scoring the persons whose names match a query: the readings of what was typed (fused
//! and split words), word by word over the postings, then the near-match pass.

use std::cmp::Reverse;

use super::lexicon::{Lexicon, Probe};
use super::{NEAR_AT_LEAST, NEAR_BELOW, NameScore, Postings, Query};
use crate::domain::names::QueryWord;

/// A way to read the query: which typed words (units), at what cost.
pub(super) struct Reading {
    pub(super) units: Vec<usize>,
    pub(super) cost: u32,
}

/// The words typed, fused and split, each with the lexicon words it matches.
pub(super) struct Plan {
    pub(super) units: Vec<Vec<Probe>>,
    pub(super) readings: Vec<Reading>,
    typed: usize,
}

pub(super) fn probes(word: &QueryWord, open: bool) -> Vec<Probe> {
    word.readings.iter().map(|k| Probe::new(k, open)).collect()
}

fn exact_probes(word: &QueryWord, open: bool) -> Vec<Probe> {
    word.readings
        .iter()
        .map(|k| Probe::exact(k, open))
        .collect()
}

impl Plan {
    pub(super) fn new(lex: &Lexicon, query: &Query) -> Plan {
        let n = query.words.len();
        let open_at = |i: usize| query.open && i + 1 == n;
        let mut units: Vec<Vec<Probe>> = query
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| probes(w, open_at(i)))
            .collect();
        let mut readings = vec![Reading {
            units: (0..n).collect(),
            cost: 0,
        }];
        // Two words typed that may be one word of the name.
        for i in 0..n.saturating_sub(1) {
            let (a, b) = (query.words[i].text(), query.words[i + 1].text());
            if a.len() < 2 || b.is_empty() {
                continue;
            }
            let fused = QueryWord::fused(&query.words[i], &query.words[i + 1]);
            units.push(exact_probes(&fused, open_at(i + 1)));
            let mut r: Vec<usize> = (0..n).filter(|j| *j != i && *j != i + 1).collect();
            r.push(units.len() - 1);
            readings.push(Reading { units: r, cost: 4 });
        }
        // One word typed that may be two words of the name: split after a word the register has.
        for (i, w) in query.words.iter().enumerate() {
            let text = w.text();
            if text.len() < 5 || !text.is_ascii() {
                continue;
            }
            let mut splits = 0;
            for cut in (2..=text.len() - 2).rev() {
                let (head, tail) = text.split_at(cut);
                if tail.len() < 2 || !lex.has(head) || splits == 3 {
                    continue;
                }
                splits += 1;
                units.push(exact_probes(&QueryWord::of(head), false));
                units.push(exact_probes(&QueryWord::of(tail), open_at(i)));
                let mut r: Vec<usize> = (0..n).filter(|j| *j != i).collect();
                r.push(units.len() - 2);
                r.push(units.len() - 1);
                readings.push(Reading { units: r, cost: 4 });
            }
        }
        Plan {
            units,
            readings,
            typed: n,
        }
    }
}

/// The best score of each lexicon word for a unit (over its readings).
pub(super) fn unit_matches(lex: &Lexicon, unit: &[Probe], loose: bool) -> Vec<(u32, u16)> {
    let mut all = Vec::new();
    for probe in unit {
        lex.matching(probe, &mut all, loose);
    }
    if unit.len() > 1 {
        all.sort_unstable_by_key(|&(w, s)| (w, Reverse(s)));
        all.dedup_by_key(|&mut (w, _)| w);
    }
    all
}

/// Working memory of a search, one slot per person, all zero between searches. A desk keeps
/// one and passes it to each search, so that a keystroke does not allocate and fault in
/// several arrays the size of the register.
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    best: Vec<u16>,
    matched: Vec<u8>,
    total: Vec<u32>,
    kept: Vec<u32>,
}

impl Scratch {
    fn ready(&mut self, slots: usize) {
        if self.best.len() < slots {
            self.best.resize(slots, 0);
            self.matched.resize(slots, 0);
            self.total.resize(slots, 0);
            self.kept.resize(slots, 0);
        }
    }
}

/// Scores the persons whose names match a query: word by word, and by near match when few do.
/// `slots` bounds the slot numbers the postings give.
pub fn score_names<P: Postings>(
    lex: &Lexicon,
    query: &Query,
    slots: usize,
    postings: &mut P,
    scratch: &mut Scratch,
) -> Result<Vec<NameScore>, P::Error> {
    if query.words.is_empty() {
        return Ok(Vec::new());
    }
    scratch.ready(slots);
    let plan = Plan::new(lex, query);
    let matches: Vec<Vec<(u32, u16)>> = plan
        .units
        .iter()
        .map(|u| unit_matches(lex, u, false))
        .collect();
    let Scratch {
        best,
        matched,
        total,
        kept,
    } = scratch;
    // The best score of each person over the readings, and who has one.
    let mut found: Vec<u32> = Vec::new();
    let mut outcome = Ok(());
    for reading in &plan.readings {
        let mut touched: Vec<u32> = Vec::new();
        for (round, &unit) in reading.units.iter().enumerate() {
            let mut this_round: Vec<u32> = Vec::new();
            for &(word, s) in &matches[unit] {
                let list = match postings.persons(word) {
                    Ok(list) => list,
                    Err(e) => {
                        outcome = Err(e);
                        continue;
                    }
                };
                for &e in list {
                    let i = e as usize;
                    if i < slots && usize::from(matched[i]) == round {
                        if best[i] == 0 {
                            this_round.push(e);
                        }
                        best[i] = best[i].max(s);
                    }
                }
            }
            for &e in &this_round {
                let i = e as usize;
                matched[i] += 1;
                total[i] += u32::from(best[i]);
                best[i] = 0;
                if round == 0 {
                    touched.push(e);
                }
            }
            if this_round.is_empty() {
                break;
            }
        }
        let all = reading.units.len();
        for &e in &touched {
            let i = e as usize;
            if usize::from(matched[i]) == all {
                let scaled =
                    (total[i] * plan.typed as u32 / all as u32).saturating_sub(reading.cost);
                if kept[i] == 0 {
                    found.push(e);
                }
                kept[i] = kept[i].max(scaled.max(1));
            }
            matched[i] = 0;
            total[i] = 0;
        }
    }
    let mut scores: Vec<NameScore> = found
        .into_iter()
        .map(|slot| {
            let score = std::mem::take(&mut kept[slot as usize]);
            NameScore {
                slot,
                score,
                near: false,
            }
        })
        .collect();
    outcome?;
    if scores.len() < NEAR_BELOW {
        near_pass(lex, query, slots, postings, scratch, &mut scores)?;
    }
    Ok(scores)
}

/// Persons carrying words close to those typed, weighed by how rare each word is, added as
/// near matches after the word-by-word ones.
fn near_pass<P: Postings>(
    lex: &Lexicon,
    query: &Query,
    slots: usize,
    postings: &mut P,
    scratch: &mut Scratch,
    scores: &mut Vec<NameScore>,
) -> Result<(), P::Error> {
    let n = query.words.len();
    // `matched` marks the word-by-word matches (left out), `kept` sums, `total` holds the
    // best of the current word, `best` counts the words matched.
    let Scratch {
        best: words_of,
        matched: strict,
        total: this_word,
        kept: sum,
    } = scratch;
    for s in scores.iter() {
        strict[s.slot as usize] = 1;
    }
    let registered = slots.max(2) as f64;
    let mut everyone: Vec<u32> = Vec::new();
    for (i, w) in query.words.iter().enumerate() {
        let unit = probes(w, query.open && i + 1 == n);
        let mut touched: Vec<u32> = Vec::new();
        for (word, s) in unit_matches(lex, &unit, true) {
            let carriers = postings.persons(word)?;
            // A rare word says more about who this is than a common one.
            let rarity = ((registered / (carriers.len().max(1) as f64)).ln() / registered.ln())
                .clamp(0.25, 1.0);
            // How alike (low bits, for the threshold) and how telling (high bits, for the
            // order), in one number: the most alike word of the person counts.
            let weighted = ((f64::from(s) * rarity) as u32).max(1);
            let both = (weighted << 16) | u32::from(s);
            for &e in carriers {
                let i = e as usize;
                if i < slots && strict[i] == 0 {
                    if this_word[i] == 0 {
                        touched.push(e);
                    }
                    if this_word[i] & 0xFFFF < u32::from(s) {
                        this_word[i] = both;
                    }
                }
            }
        }
        for e in touched {
            let i = e as usize;
            if words_of[i] == 0 {
                everyone.push(e);
            }
            sum[i] += std::mem::take(&mut this_word[i]);
            words_of[i] = words_of[i].saturating_add(1);
        }
    }
    let needed = n.div_ceil(2).max(1) as u16;
    for e in everyone {
        let i = e as usize;
        let (score, words) = (
            std::mem::take(&mut sum[i]),
            std::mem::take(&mut words_of[i]),
        );
        // Half the words typed, and on average at least a loose likeness over all of them:
        // a string of random letters finds nobody.
        let alike = (score & 0xFFFF) / n as u32;
        if words >= needed && alike >= NEAR_AT_LEAST {
            scores.push(NameScore {
                slot: e,
                score: (score >> 16) / n as u32,
                near: true,
            });
        }
    }
    for s in scores.iter().filter(|s| !s.near) {
        strict[s.slot as usize] = 0;
    }
    Ok(())
}
