//! Finding a returning person from a few letters, whatever the spelling, the script or where
//! the words break.
//!
//! Like the name matchers used for identity checks, a search finds candidates cheaply from
//! keys, then scores them word by word:
//!
//! 1. each word typed is read by the traditions' rules ([`names`]) and scored against each
//!    distinct word of the register once ([`lexicon`]);
//! 2. a person matches when every word typed matches one of their words, in any order. Words
//!    typed may also be read **fused** (`Salah Eddine` finds `Salaheddine`) or **split** where
//!    the first part is a name of the register (`Gebremedhin` finds `Gebre Medhin`), at a
//!    small cost, so that the spacing typed ranks first;
//! 3. when fewer than a screenful of persons match word by word, a **near-match** pass scores
//!    every person carrying a word close to one typed, weighing rare words more, and lists
//!    them after, marked as near: a search is never a dead end while a likely person exists.
//!
//! A 4-digit year narrows by birth year; a person code finds its person directly; recent
//! visitors rank first among equals.

pub mod lexicon;

use std::cmp::Reverse;
use std::convert::Infallible;

use rustc_hash::FxHashMap;

use super::code;
use super::names::{self, QueryWord};
pub use lexicon::Lexicon;
use lexicon::Probe;

/// What the index knows of one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indexed {
    pub id: i64,
    pub code: String,
    pub birth_year: Option<u16>,
    /// Day of the last visit (days since 1970-01-01), if any.
    pub last_seen_day: Option<i32>,
    /// The person's languages, as [`speaks`] gives them.
    pub speaks: u8,
    pub keys: Vec<names::TokenKey>,
}

/// Languages of the scripts a query may be typed in: Arabic, and the Ethiopic languages.
const SPEAKS_ARABIC: u8 = 1;
const SPEAKS_ETHIOPIC: u8 = 2;

/// What of a person's languages (`ar,fr`, as stored) tells which script their name may be
/// typed in: a name typed in Arabic letters more likely belongs to someone who speaks Arabic.
pub fn speaks<'a>(languages: impl IntoIterator<Item = &'a str>) -> u8 {
    languages.into_iter().fold(0, |m, l| match l.trim() {
        "ar" => m | SPEAKS_ARABIC,
        "ti" | "am" | "tig" => m | SPEAKS_ETHIOPIC,
        _ => m,
    })
}

/// Which languages the letters of a text point to.
fn typed_in(text: &str) -> u8 {
    text.chars()
        .fold(0, |m, c| match names::script::script_of(c) {
            names::script::Script::Arabic => m | SPEAKS_ARABIC,
            names::script::Script::Ethiopic => m | SPEAKS_ETHIOPIC,
            _ => m,
        })
}

/// One search result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub id: i64,
    pub score: u32,
    /// Found by the near-match pass: no word-by-word match.
    pub near: bool,
}

/// The best results of a search, and how many persons matched in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub total: usize,
}

/// The longest query read: longer text is cut (no name has more).
pub const MAX_QUERY_CHARS: usize = 200;
/// The most words of a query used.
pub const MAX_WORDS: usize = 8;
/// Below this many word-by-word matches, near matches are added.
pub const NEAR_BELOW: usize = 5;
/// How alike a near match must be on average over the words typed (0 to 100).
const NEAR_AT_LEAST: u32 = 35;

/// A query, read from what was typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub words: Vec<QueryWord>,
    pub year: Option<u16>,
    pub code: Option<String>,
    /// Whether the last word may still be being typed (no space after it).
    pub open: bool,
    /// The languages its letters point to ([`speaks`]): persons speaking them rank first
    /// among equals.
    pub typed: u8,
}

impl Query {
    /// Reads a query: words of a name, a birth year (`1987`), or a person code (`K7F-3Q`).
    pub fn parse(text: &str) -> Query {
        let visible = names::visible(text);
        let cut: String = visible.chars().take(MAX_QUERY_CHARS).collect();
        let trimmed = cut.trim();
        let code = code::normalise(trimmed);
        let mut year = None;
        let mut rest = String::new();
        for part in trimmed.split_whitespace() {
            match part.parse::<u16>() {
                Ok(y) if part.len() == 4 && (1900..=2100).contains(&y) => year = Some(y),
                // A year being typed (`moh 19`) is not a name.
                Ok(_) if part.len() < 4 => {}
                _ => {
                    rest.push_str(part);
                    rest.push(' ');
                }
            }
        }
        let mut words = names::query_words(&rest);
        words.truncate(MAX_WORDS);
        let last_is_year = trimmed
            .split_whitespace()
            .last()
            .is_some_and(|p| p.len() == 4 && p.parse::<u16>().is_ok());
        Query {
            words,
            year,
            code,
            open: !cut.ends_with(char::is_whitespace) && !last_is_year,
            typed: typed_in(&cut),
        }
    }

    /// A query for the records that may be the same person as a name (likely duplicates).
    pub fn name(text: &str, year: Option<u16>) -> Query {
        let mut words = names::query_words(text);
        words.truncate(MAX_WORDS);
        Query {
            words,
            year,
            code: None,
            open: false,
            typed: typed_in(text),
        }
    }

    /// Whether there is nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.year.is_none() && self.code.is_none()
    }
}

/// Where the persons carrying a word are: the desk's index in memory, or the database.
pub trait Postings {
    type Error;
    /// The slots of the persons carrying word `word` of the lexicon.
    fn persons(&mut self, word: u32) -> Result<&[u32], Self::Error>;
}

/// How well a person's names matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameScore {
    pub slot: u32,
    pub score: u32,
    pub near: bool,
}

/// A way to read the query: which typed words (units), at what cost.
struct Reading {
    units: Vec<usize>,
    cost: u32,
}

/// The words typed, fused and split, each with the lexicon words it matches.
struct Plan {
    units: Vec<Vec<Probe>>,
    readings: Vec<Reading>,
    typed: usize,
}

fn probes(word: &QueryWord, open: bool) -> Vec<Probe> {
    word.readings.iter().map(|k| Probe::new(k, open)).collect()
}

fn exact_probes(word: &QueryWord, open: bool) -> Vec<Probe> {
    word.readings
        .iter()
        .map(|k| Probe::exact(k, open))
        .collect()
}

impl Plan {
    fn new(lex: &Lexicon, query: &Query) -> Plan {
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
fn unit_matches(lex: &Lexicon, unit: &[Probe], loose: bool) -> Vec<(u32, u16)> {
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

/// A candidate, for ordering: word-by-word matches first, then score, last visit, oldest id.
type Ranked = (bool, u32, i32, i64);

/// The final score of a person whose name matched: the birth year narrows (a different known
/// year excludes). Recent visitors come first among equals only ([`best`] orders by the last
/// visit after the score), so a closer spelling is never passed by a more recent one.
fn ranked(
    query: &Query,
    (id, m, birth_year, seen, langs): Candidate,
    today: i32,
) -> Option<Ranked> {
    let mut score = m.score;
    // A name typed in Arabic or Ethiopic letters: among close spellings, those who speak
    // the language come first.
    if query.typed & langs != 0 {
        score += 2;
    }
    if let Some(y) = query.year {
        match birth_year {
            Some(b) if b == y => score += 30,
            Some(_) => return None,
            None => {}
        }
    }
    let _ = today;
    Some((m.near, score, seen.unwrap_or(i32::MIN), id))
}

/// The `limit` best candidates, best first, and how many there were.
fn best(mut hits: Vec<Ranked>, limit: usize) -> Found {
    let total = hits.len();
    let key = |h: &Ranked| (h.0, Reverse(h.1), Reverse(h.2), h.3);
    if hits.len() > limit && limit > 0 {
        hits.select_nth_unstable_by_key(limit - 1, key);
        hits.truncate(limit);
    }
    hits.sort_unstable_by_key(key);
    hits.truncate(limit);
    Found {
        hits: hits
            .into_iter()
            .map(|(near, score, _, id)| Hit { id, score, near })
            .collect(),
        total,
    }
}

/// A person whose names matched: id, name score, birth year, last visit day, [`speaks`].
pub type Candidate = (i64, NameScore, Option<u16>, Option<i32>, u8);

/// Ranks candidates found elsewhere (the database's word tables) exactly as [`Index::search`]
/// does.
pub fn rank(
    query: &Query,
    candidates: impl IntoIterator<Item = Candidate>,
    limit: usize,
    today: i32,
) -> Found {
    let hits = candidates
        .into_iter()
        .filter_map(|c| ranked(query, c, today))
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
            &keys,
        );
        if let Some(s) = self.speaks.last_mut() {
            *s = person.speaks;
        }
    }

    /// Records the languages of the person just inserted ([`speaks`]).
    pub fn set_speaks(&mut self, id: i64, speaks: u8) {
        if let Some(at) = self.by_id.get(&id)
            && let Some(s) = self.speaks.get_mut(*at as usize)
        {
            *s = speaks;
        }
    }

    /// Adds a person from their stored keys (`fold:sound` pairs), copying only new words:
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
        self.speaks.push(0);
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

#[cfg(test)]
mod tests;

#[cfg(test)]
mod devset;
