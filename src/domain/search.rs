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

mod index;
pub mod lexicon;
mod matching;

use std::cmp::Reverse;

use super::code;
use super::names::{self, QueryWord};
pub use index::Index;
pub use lexicon::Lexicon;
pub use matching::{Scratch, score_names};

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

/// The year of a word written as a date (digits and `/`, `.` or `-`, at least one separator),
/// `Some(None)` when it is a date whose year is not written with four digits.
fn date_year(word: &str) -> Option<Option<u16>> {
    let is_sep = |c: char| matches!(c, '/' | '.' | '-');
    if !word.contains(is_sep) || !word.chars().all(|c| c.is_ascii_digit() || is_sep(c)) {
        return None;
    }
    let groups: Vec<&str> = word.split(is_sep).collect();
    if groups.len() < 2 || groups.iter().any(|g| g.is_empty()) {
        return None;
    }
    Some(
        groups
            .iter()
            .find(|g| g.len() == 4)
            .and_then(|g| g.parse::<u16>().ok())
            .filter(|y| (1900..=2100).contains(y)),
    )
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
            // A birth date typed whole (12/05/1987, 1987-05-12) narrows by its year; it is no
            // name either way.
            if let Some(y) = date_year(part) {
                year = year.or(y);
                continue;
            }
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

#[cfg(test)]
mod tests;

#[cfg(test)]
mod devset;
