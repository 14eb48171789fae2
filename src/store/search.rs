//! Finding persons straight from the database, for one-shot commands (`seuil person find`):
//! the distinct name words are read and scored, then only the persons carrying a matching
//! word are read. The desk keeps the same data in memory ([`crate::domain::search::Index`]);
//! both score with [`score_names`], so they answer alike.

use rusqlite::Statement;
use rustc_hash::FxHashMap;

use super::{Store, StoreResult};
use crate::domain::search::{
    Found, Hit, Lexicon, NameScore, Postings, Query, Scratch, rank, score_names, speaks,
};
use crate::store::days::day_number;

/// The persons of a word, read from `person_word` once per word and kept for the search.
struct FromDb<'a, 'c> {
    stmt: Statement<'c>,
    /// Lexicon word → `name_word.id`.
    ids: &'a [i64],
    cache: FxHashMap<u32, Vec<u32>>,
    /// Persons' ids by slot, and slots by id: ids are drawn from each site's range (site N
    /// from N × 2^40), slots are dense from 0.
    persons: Vec<i64>,
    slot_of: FxHashMap<i64, u32>,
}

impl FromDb<'_, '_> {
    fn slot(&mut self, id: i64) -> u32 {
        *self.slot_of.entry(id).or_insert_with(|| {
            self.persons.push(id);
            u32::try_from(self.persons.len() - 1).unwrap_or(u32::MAX)
        })
    }
}

impl Postings for FromDb<'_, '_> {
    type Error = rusqlite::Error;
    fn persons(&mut self, word: u32) -> rusqlite::Result<&[u32]> {
        if !self.cache.contains_key(&word) {
            let id = self.ids.get(word as usize).copied().unwrap_or(-1);
            let found: Vec<i64> = self
                .stmt
                .query_map([id], |r| r.get::<_, i64>(0))?
                .collect::<Result<_, _>>()?;
            let list = found.into_iter().map(|p| self.slot(p)).collect();
            self.cache.insert(word, list);
        }
        Ok(self.cache.get(&word).map(Vec::as_slice).unwrap_or(&[]))
    }
}

impl Store {
    /// The best `limit` persons for a query, best first, and how many matched in all; `today`
    /// in days since 1970-01-01.
    pub fn find(&self, query: &Query, limit: usize, today: i32) -> StoreResult<Found> {
        // One read transaction: the file is locked once, not once per small query.
        let tx = self.conn.unchecked_transaction()?;
        let found = self.find_in(query, limit, today)?;
        tx.commit()?;
        Ok(found)
    }

    fn find_in(&self, query: &Query, limit: usize, today: i32) -> StoreResult<Found> {
        if let Some(code) = &query.code {
            let id: Option<i64> = self
                .conn
                .prepare_cached("SELECT id FROM person WHERE code = ?1 AND merged_into IS NULL")?
                .query_map([code], |r| r.get(0))?
                .next()
                .transpose()?;
            if let Some(id) = id {
                return Ok(Found {
                    hits: vec![Hit {
                        id,
                        score: 1000,
                        near: false,
                    }],
                    total: 1,
                });
            }
        }
        let mut details = self.conn.prepare_cached(
            "SELECT birth_year, last_seen, languages FROM person
             WHERE id = ?1 AND merged_into IS NULL",
        )?;
        // Birth year, last visit day and languages of an active person.
        type Detail = (Option<u16>, Option<i32>, u8);
        let mut detail = |id: i64| -> StoreResult<Option<Detail>> {
            let mut rows = details.query([id])?;
            Ok(match rows.next()? {
                Some(r) => {
                    let seen: Option<String> = r.get(1)?;
                    let langs: Option<String> = r.get(2)?;
                    Some((
                        r.get(0)?,
                        seen.as_deref().and_then(day_number),
                        speaks(langs.as_deref().unwrap_or("").split(',')),
                    ))
                }
                None => None,
            })
        };
        let mut persons: Vec<i64> = Vec::new();
        let scores: Vec<NameScore> = if query.words.is_empty() {
            let Some(year) = query.year else {
                return Ok(Found::default());
            };
            self.conn
                .prepare_cached(
                    "SELECT id FROM person WHERE birth_year = ?1 AND merged_into IS NULL",
                )?
                .query_map([year], |r| r.get::<_, i64>(0))?
                .filter_map(Result::ok)
                .map(|id| {
                    persons.push(id);
                    NameScore {
                        slot: u32::try_from(persons.len() - 1).unwrap_or(u32::MAX),
                        score: 1,
                        near: false,
                    }
                })
                .collect()
        } else {
            let mut lexicon = Lexicon::default();
            let mut ids: Vec<i64> = Vec::new();
            {
                let mut stmt = self
                    .conn
                    .prepare_cached("SELECT id, fold, sound FROM name_word")?;
                let mut rows = stmt.query([])?;
                while let Some(r) = rows.next()? {
                    let text = |i: usize| -> rusqlite::Result<&str> {
                        r.get_ref(i)?.as_str().map_err(rusqlite::Error::from)
                    };
                    let w = lexicon.add(text(1)?, text(2)?) as usize;
                    if ids.len() <= w {
                        ids.resize(w + 1, -1);
                    }
                    ids[w] = r.get(0)?;
                }
            }
            // Every person's slot is below the count of persons.
            let slots: i64 = self
                .conn
                .query_row("SELECT count(*) + 1 FROM person", [], |r| r.get(0))?;
            let mut postings = FromDb {
                stmt: self
                    .conn
                    .prepare("SELECT person_id FROM person_word WHERE word_id = ?1")?,
                ids: &ids,
                cache: FxHashMap::default(),
                persons: Vec::new(),
                slot_of: FxHashMap::default(),
            };
            let scores = score_names(
                &lexicon,
                query,
                usize::try_from(slots).unwrap_or(0),
                &mut postings,
                &mut Scratch::default(),
            )?;
            persons = postings.persons;
            scores
        };
        let mut candidates = Vec::with_capacity(scores.len());
        for m in scores {
            let Some(&id) = persons.get(m.slot as usize) else {
                continue;
            };
            if let Some((y, seen, langs)) = detail(id)? {
                candidates.push((id, m, y, seen, langs));
            }
        }
        Ok(rank(query, candidates, limit, today))
    }
}
