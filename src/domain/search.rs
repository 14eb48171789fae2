//! Finding a returning person from a few letters: an index over the distinct words of all names.
//!
//! Names repeat a lot (thousands of Mohameds), so a query is matched against each *distinct*
//! word once, then the persons carrying the matching words are scored. A person matches when
//! every word of the query matches one of their words, in any order, by prefix, skeleton
//! (spelling and script variants) or one or two typos. A 4-digit year narrows by birth year;
//! a person code finds its person directly; recent visitors rank first among equals.

use rustc_hash::FxHashMap;

use super::code;
use super::names::{self, TokenKey};

/// What the index knows of one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indexed {
    pub id: i64,
    pub code: String,
    pub birth_year: Option<u16>,
    /// Day of the last visit (days since 1970-01-01), if any.
    pub last_seen_day: Option<i32>,
    pub keys: Vec<TokenKey>,
}

/// One search result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub id: i64,
    pub score: u32,
}

/// A query, read from what was typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub words: Vec<TokenKey>,
    pub year: Option<u16>,
    pub code: Option<String>,
}

impl Query {
    /// Reads a query: words of a name, a birth year (`1987`), or a person code (`K7F-3Q`).
    pub fn parse(text: &str) -> Query {
        let trimmed = text.trim();
        let code = code::normalise(trimmed);
        let mut year = None;
        let mut rest = String::new();
        for part in trimmed.split_whitespace() {
            match part.parse::<u16>() {
                Ok(y) if part.len() == 4 && (1900..=2100).contains(&y) => year = Some(y),
                _ => {
                    rest.push_str(part);
                    rest.push(' ');
                }
            }
        }
        Query {
            words: names::keys(&rest),
            year,
            code,
        }
    }

    /// Whether there is nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.year.is_none() && self.code.is_none()
    }
}

/// How well one query word matches one name word (0: not at all).
pub fn word_score(q: &TokenKey, n: &TokenKey) -> u32 {
    if n.fold == q.fold {
        return 100;
    }
    if n.fold.starts_with(&q.fold) {
        return 90;
    }
    let long_enough = q.fold.len() >= 3 && q.skeleton.len() >= 2;
    if long_enough && n.skeleton == q.skeleton {
        return 80;
    }
    if long_enough && n.skeleton.starts_with(&q.skeleton) {
        return 70;
    }
    if q.fold.len() >= 4 && n.fold.len() + 2 >= q.fold.len() {
        let allowed = if q.fold.len() >= 7 { 2 } else { 1 };
        // A typo in what was typed so far: compare with the same length of the name word too.
        let cut = n
            .fold
            .get(..q.fold.len().min(n.fold.len()))
            .unwrap_or(&n.fold);
        let d = strsim::osa_distance(&q.fold, cut).min(strsim::osa_distance(&q.fold, &n.fold));
        if d <= allowed {
            return if d == 1 { 60 } else { 50 };
        }
    }
    0
}

/// A candidate with its final score and last visit day, for ordering.
type Ranked = (u32, i32, i64);

/// The final score of a person whose name matched with `score`: the birth year narrows (a
/// different known year excludes), recent visitors come first among equals.
fn ranked(
    query: &Query,
    score: u32,
    id: i64,
    birth_year: Option<u16>,
    seen: Option<i32>,
    today: i32,
) -> Option<Ranked> {
    let mut score = score;
    if let Some(y) = query.year {
        match birth_year {
            Some(b) if b == y => score += 30,
            Some(_) => return None,
            None => {}
        }
    }
    let seen = seen.unwrap_or(i32::MIN);
    score += match today.saturating_sub(seen) {
        0..=30 => 5,
        31..=365 => 2,
        _ => 0,
    };
    Some((score, seen, id))
}

/// The `limit` best candidates, best first: score, then most recent visit, then oldest record.
fn best(mut hits: Vec<Ranked>, limit: usize) -> Vec<Hit> {
    let key = |h: &Ranked| (std::cmp::Reverse(h.0), std::cmp::Reverse(h.1), h.2);
    if hits.len() > limit && limit > 0 {
        hits.select_nth_unstable_by_key(limit - 1, key);
        hits.truncate(limit);
    }
    hits.sort_unstable_by_key(key);
    hits.truncate(limit);
    hits.into_iter()
        .map(|(score, _, id)| Hit { id, score })
        .collect()
}

/// Ranks candidates found elsewhere (the database's word tables) exactly as [`Index::search`]
/// does: `(id, name score, birth year, last visit day)`.
pub fn rank(
    query: &Query,
    candidates: impl IntoIterator<Item = (i64, u32, Option<u16>, Option<i32>)>,
    limit: usize,
    today: i32,
) -> Vec<Hit> {
    let hits = candidates
        .into_iter()
        .filter_map(|(id, score, year, seen)| ranked(query, score, id, year, seen, today))
        .collect();
    best(hits, limit)
}

/// A person code kept inline (codes are six ASCII bytes, `K7F-3Q`).
type Code = [u8; 6];

fn code_bytes(code: &str) -> Code {
    let mut out = [b' '; 6];
    for (o, b) in out.iter_mut().zip(code.bytes()) {
        *o = b;
    }
    out
}

/// What the index keeps of a person once their words are in the postings.
#[derive(Debug, Clone, Copy)]
struct Entry {
    id: i64,
    code: Code,
    birth_year: Option<u16>,
    last_seen_day: Option<i32>,
}

/// The search index of the active (not merged) persons. Per person it keeps only what ranking
/// needs; names live once per distinct word, with the list of persons carrying it.
#[derive(Debug, Default, Clone)]
pub struct Index {
    words: Vec<TokenKey>,
    word_ids: FxHashMap<String, u32>,
    /// Word id → persons (entry positions) carrying it.
    postings: Vec<Vec<u32>>,
    entries: Vec<Option<Entry>>,
    by_id: FxHashMap<i64, u32>,
    by_code: FxHashMap<Code, u32>,
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

    /// Adds a person, or replaces them if already there (after an edit).
    pub fn insert(&mut self, person: Indexed) {
        let keys = names::encode(&person.keys);
        self.insert_encoded(
            person.id,
            &person.code,
            person.birth_year,
            person.last_seen_day,
            &keys,
        );
    }

    /// Adds a person from their stored keys (`fold:skeleton` pairs), copying only new words:
    /// how the desk loads 100,000 persons without holding them twice.
    pub fn insert_encoded(
        &mut self,
        id: i64,
        code: &str,
        birth_year: Option<u16>,
        last_seen_day: Option<i32>,
        keys: &str,
    ) {
        self.remove(id);
        let at = u32::try_from(self.entries.len()).unwrap_or(u32::MAX);
        let mut seen: Vec<u32> = Vec::new();
        for pair in keys.split(' ') {
            let Some((fold, skeleton)) = pair.split_once(':') else {
                continue;
            };
            let word = match self.word_ids.get(fold) {
                Some(w) => *w,
                None => {
                    let w = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
                    self.words.push(TokenKey {
                        fold: fold.to_string(),
                        skeleton: skeleton.to_string(),
                    });
                    self.word_ids.insert(fold.to_string(), w);
                    self.postings.push(Vec::new());
                    w
                }
            };
            if !seen.contains(&word) {
                seen.push(word);
                if let Some(list) = self.postings.get_mut(word as usize) {
                    list.push(at);
                }
            }
        }
        let code = code_bytes(code);
        self.by_id.insert(id, at);
        self.by_code.insert(code, at);
        self.entries.push(Some(Entry {
            id,
            code,
            birth_year,
            last_seen_day,
        }));
    }

    /// Removes a person (merged away); their slot stays empty.
    pub fn remove(&mut self, id: i64) {
        if let Some(at) = self.by_id.remove(&id)
            && let Some(slot) = self.entries.get_mut(at as usize)
            && let Some(old) = slot.take()
        {
            self.by_code.remove(&old.code);
        }
    }

    /// Marks a visit today, so the person ranks first among equals.
    pub fn touch(&mut self, id: i64, day: i32) {
        if let Some(at) = self.by_id.get(&id)
            && let Some(Some(e)) = self.entries.get_mut(*at as usize)
        {
            e.last_seen_day = Some(day);
        }
    }

    /// The best `limit` persons for a query, best first. `today` is in days since 1970-01-01.
    pub fn search(&self, query: &Query, limit: usize, today: i32) -> Vec<Hit> {
        if let Some(code) = &query.code
            && let Some(Some(e)) = self
                .by_code
                .get(&code_bytes(code))
                .and_then(|at| self.entries.get(*at as usize))
        {
            return vec![Hit {
                id: e.id,
                score: 1000,
            }];
        }
        if query.words.is_empty() {
            return match query.year {
                Some(y) => self.rank(
                    self.entries
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| e.as_ref().is_some_and(|e| e.birth_year == Some(y)))
                        .map(|(i, _)| (i as u32, 1)),
                    query,
                    limit,
                    today,
                ),
                None => Vec::new(),
            };
        }
        let n = self.entries.len();
        let mut total = vec![0u32; n];
        let mut matched = vec![0u8; n];
        let mut best = vec![0u16; n];
        let mut touched: Vec<u32> = Vec::new();
        for (round, q) in query.words.iter().enumerate() {
            let mut this_round: Vec<u32> = Vec::new();
            for (word_id, word) in self.words.iter().enumerate() {
                let s = word_score(q, word);
                if s == 0 {
                    continue;
                }
                for &e in &self.postings[word_id] {
                    let slot = &mut best[e as usize];
                    if *slot == 0 {
                        this_round.push(e);
                    }
                    *slot = (*slot).max(s as u16);
                }
            }
            for &e in &this_round {
                let i = e as usize;
                if usize::from(matched[i]) == round {
                    matched[i] += 1;
                    total[i] += u32::from(best[i]);
                    if round == 0 {
                        touched.push(e);
                    }
                }
                best[i] = 0;
            }
        }
        let all = u8::try_from(query.words.len()).unwrap_or(u8::MAX);
        let candidates = touched
            .into_iter()
            .filter(|&e| matched[e as usize] == all)
            .map(|e| (e, total[e as usize]));
        self.rank(candidates, query, limit, today)
    }

    fn rank(
        &self,
        candidates: impl Iterator<Item = (u32, u32)>,
        query: &Query,
        limit: usize,
        today: i32,
    ) -> Vec<Hit> {
        let mut hits: Vec<(u32, i32, i64)> = Vec::new();
        for (at, score) in candidates {
            let Some(Some(e)) = self.entries.get(at as usize) else {
                continue;
            };
            let mut score = score;
            if let Some(y) = query.year {
                match e.birth_year {
                    Some(b) if b == y => score += 30,
                    Some(_) => continue,
                    None => {}
                }
            }
            let seen = e.last_seen_day.unwrap_or(i32::MIN);
            score += match today.saturating_sub(seen) {
                0..=30 => 5,
                31..=365 => 2,
                _ => 0,
            };
            hits.push((score, seen, e.id));
        }
        let key = |h: &(u32, i32, i64)| (std::cmp::Reverse(h.0), std::cmp::Reverse(h.1), h.2);
        if hits.len() > limit && limit > 0 {
            hits.select_nth_unstable_by_key(limit - 1, key);
            hits.truncate(limit);
        }
        hits.sort_unstable_by_key(key);
        hits.truncate(limit);
        hits.into_iter()
            .map(|(score, _, id)| Hit { id, score })
            .collect()
    }
}

#[cfg(test)]
mod tests;
