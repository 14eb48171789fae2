//! The desk's search index of the active persons, held in memory: the lexicon of their
//! words, who carries each word, and per person only what ranking needs.

use std::convert::Infallible;

use rustc_hash::FxHashMap;

use super::lexicon::Lexicon;
use super::{Found, Hit, Indexed, NameScore, Postings, Query, Scratch, rank, score_names};
use crate::domain::names;

/// A person code kept inline (codes are six ASCII bytes, `K7F-3Q`).
type Code = [u8; 6];

fn code_bytes(code: &str) -> Code {
    let mut out = [b' '; 6];
    for (o, b) in out.iter_mut().zip(code.bytes()) {
        *o = b;
    }
    out
}

/// A birth year in the index: none known, or a slot left empty (merged away).
const NO_YEAR: u16 = 0;
const EMPTY: u16 = u16::MAX;

/// The search index of the active (not merged) persons. Per person it keeps only what ranking
/// needs; names live once per distinct word, with the list of persons carrying it.
#[derive(Debug, Default, Clone)]
pub struct Index {
    lexicon: Lexicon,
    /// Word → persons (slots) carrying it.
    postings: Vec<Vec<u32>>,
    /// Per slot, side by side so that ranking thousands of candidates reads little memory:
    /// the person's id, code, birth year ([`NO_YEAR`], or [`EMPTY`] once merged away) and
    /// day of last visit (`i32::MIN` when never seen).
    ids: Vec<i64>,
    codes: Vec<Code>,
    years: Vec<u16>,
    seen: Vec<i32>,
    speaks: Vec<u8>,
    by_id: FxHashMap<i64, u32>,
    by_code: FxHashMap<Code, u32>,
}

struct InMemory<'a>(&'a [Vec<u32>]);

impl Postings for InMemory<'_> {
    type Error = Infallible;
    fn persons(&mut self, word: u32) -> Result<&[u32], Infallible> {
        Ok(self.0.get(word as usize).map(Vec::as_slice).unwrap_or(&[]))
    }
}

impl Index {
    /// An index of these persons.
    pub fn build(persons: impl IntoIterator<Item = Indexed>) -> Index {
        let mut index = Index::default();
        for p in persons {
            index.insert(p);
        }
        index
    }

    /// Number of persons indexed.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether no person is indexed.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// Number of distinct words (and readings) of all names.
    pub fn words(&self) -> usize {
        self.lexicon.len()
    }

    /// Adds a person, or replaces them if already there (after an edit).
    pub fn insert(&mut self, person: Indexed) {
        let keys = names::encode(&person.keys);
        self.insert_encoded(
            person.id,
            &person.code,
            person.birth_year,
            person.last_seen_day,
            person.speaks,
            &keys,
        );
    }

    /// Adds a person from their stored keys (`fold:sound` pairs), copying only new words:
    /// how the desk loads 100,000 persons without holding them twice.
    pub fn insert_encoded(
        &mut self,
        id: i64,
        code: &str,
        birth_year: Option<u16>,
        last_seen_day: Option<i32>,
        speaks: u8,
        keys: &str,
    ) {
        self.remove(id);
        let at = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        let mut seen: Vec<u32> = Vec::new();
        for pair in keys.split(' ') {
            let Some((fold, sound)) = pair.split_once(':') else {
                continue;
            };
            let word = self.lexicon.add(fold, sound);
            if self.postings.len() <= word as usize {
                self.postings.resize_with(word as usize + 1, Vec::new);
            }
            if !seen.contains(&word) {
                seen.push(word);
                self.postings[word as usize].push(at);
            }
        }
        let code = code_bytes(code);
        self.by_id.insert(id, at);
        self.by_code.insert(code, at);
        self.ids.push(id);
        self.codes.push(code);
        self.years
            .push(birth_year.filter(|y| *y != EMPTY).unwrap_or(NO_YEAR));
        self.seen.push(last_seen_day.unwrap_or(i32::MIN));
        self.speaks.push(speaks);
    }

    /// Removes a person (merged away); their slot stays empty.
    pub fn remove(&mut self, id: i64) {
        if let Some(at) = self.by_id.remove(&id)
            && let Some(year) = self.years.get_mut(at as usize)
        {
            *year = EMPTY;
            if let Some(code) = self.codes.get(at as usize) {
                self.by_code.remove(code);
            }
        }
    }

    /// Marks a visit today, so the person ranks first among equals.
    pub fn touch(&mut self, id: i64, day: i32) {
        if let Some(at) = self.by_id.get(&id)
            && let Some(seen) = self.seen.get_mut(*at as usize)
        {
            *seen = day;
        }
    }

    /// The best `limit` persons for a query, best first, and how many matched in all.
    /// `today` is in days since 1970-01-01.
    pub fn search(&self, query: &Query, limit: usize, today: i32) -> Found {
        self.search_with(query, limit, today, &mut Scratch::default())
    }

    /// As [`Index::search`], with working memory kept from one search to the next.
    pub fn search_with(
        &self,
        query: &Query,
        limit: usize,
        today: i32,
        scratch: &mut Scratch,
    ) -> Found {
        if let Some(code) = &query.code
            && let Some(id) = self
                .by_code
                .get(&code_bytes(code))
                .and_then(|at| self.ids.get(*at as usize))
        {
            return Found {
                hits: vec![Hit {
                    id: *id,
                    score: 1000,
                    near: false,
                }],
                total: 1,
            };
        }
        let candidates: Vec<NameScore> = if query.words.is_empty() {
            match query.year {
                Some(y) => self
                    .years
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b == y)
                    .map(|(i, _)| NameScore {
                        slot: i as u32,
                        score: 1,
                        near: false,
                    })
                    .collect(),
                None => Vec::new(),
            }
        } else {
            let mut postings = InMemory(&self.postings);
            match score_names(&self.lexicon, query, self.ids.len(), &mut postings, scratch) {
                Ok(c) => c,
                Err(never) => match never {},
            }
        };
        rank(
            query,
            candidates.into_iter().filter_map(|m| {
                let i = m.slot as usize;
                let year = *self.years.get(i)?;
                if year == EMPTY {
                    return None;
                }
                let seen = self.seen[i];
                Some((
                    self.ids[i],
                    m,
                    (year != NO_YEAR).then_some(year),
                    (seen != i32::MIN).then_some(seen),
                    self.speaks[i],
                ))
            }),
            limit,
            today,
        )
    }
}
