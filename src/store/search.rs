//! Finding persons straight from the database, for one-shot commands (`seuil person find`):
//! the distinct name words are scored, then only the persons carrying a matching word are read.
//! The desk keeps the same data in memory ([`crate::domain::search::Index`]).

use rustc_hash::FxHashMap;

use super::{Store, StoreResult};
use crate::domain::names::TokenKey;
use crate::domain::search::{Hit, Query, rank, word_score};
use crate::store::persons::day_number;

impl Store {
    /// The best `limit` persons for a query, best first; `today` in days since 1970-01-01.
    pub fn find(&self, query: &Query, limit: usize, today: i32) -> StoreResult<Vec<Hit>> {
        // One read transaction: the file is locked once, not once per small query.
        let tx = self.conn.unchecked_transaction()?;
        let hits = self.find_in(query, limit, today)?;
        tx.commit()?;
        Ok(hits)
    }

    fn find_in(&self, query: &Query, limit: usize, today: i32) -> StoreResult<Vec<Hit>> {
        if let Some(code) = &query.code {
            let id: Option<i64> = self
                .conn
                .prepare_cached("SELECT id FROM person WHERE code = ?1 AND merged_into IS NULL")?
                .query_map([code], |r| r.get(0))?
                .next()
                .transpose()?;
            if let Some(id) = id {
                return Ok(vec![Hit { id, score: 1000 }]);
            }
        }
        let mut details = self.conn.prepare_cached(
            "SELECT birth_year, last_seen FROM person WHERE id = ?1 AND merged_into IS NULL",
        )?;
        let mut detail = |id: i64| -> StoreResult<Option<(Option<u16>, Option<i32>)>> {
            let mut rows = details.query([id])?;
            Ok(match rows.next()? {
                Some(r) => {
                    let seen: Option<String> = r.get(1)?;
                    Some((r.get(0)?, seen.as_deref().and_then(day_number)))
                }
                None => None,
            })
        };
        if query.words.is_empty() {
            let Some(year) = query.year else {
                return Ok(Vec::new());
            };
            let ids: Vec<i64> = self
                .conn
                .prepare_cached(
                    "SELECT id FROM person WHERE birth_year = ?1 AND merged_into IS NULL",
                )?
                .query_map([year], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let mut candidates = Vec::with_capacity(ids.len());
            for id in ids {
                if let Some((y, seen)) = detail(id)? {
                    candidates.push((id, 1, y, seen));
                }
            }
            return Ok(rank(query, candidates, limit, today));
        }
        // Score every distinct word once, per query word.
        let mut matching: Vec<Vec<(i64, u16)>> = vec![Vec::new(); query.words.len()];
        {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT id, fold, skeleton FROM name_word")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let word = TokenKey {
                    fold: r.get(1)?,
                    skeleton: r.get(2)?,
                };
                for (q, list) in query.words.iter().zip(matching.iter_mut()) {
                    let s = word_score(q, &word);
                    if s > 0 {
                        list.push((r.get(0)?, s as u16));
                    }
                }
            }
        }
        // Persons carrying a matching word for every query word, with their best score for each.
        let mut postings = self
            .conn
            .prepare_cached("SELECT person_id FROM person_word WHERE word_id = ?1")?;
        let mut total: FxHashMap<i64, (u32, usize)> = FxHashMap::default();
        for (round, list) in matching.iter().enumerate() {
            let mut best: FxHashMap<i64, u16> = FxHashMap::default();
            for (word_id, score) in list {
                let ids = postings.query_map([word_id], |r| r.get::<_, i64>(0))?;
                for id in ids {
                    let e = best.entry(id?).or_insert(0);
                    *e = (*e).max(*score);
                }
            }
            for (id, score) in best {
                if round == 0 {
                    total.insert(id, (u32::from(score), 1));
                } else if let Some(t) = total.get_mut(&id)
                    && t.1 == round
                {
                    *t = (t.0 + u32::from(score), round + 1);
                }
            }
        }
        let mut candidates = Vec::new();
        for (id, (score, rounds)) in total {
            if rounds == query.words.len()
                && let Some((y, seen)) = detail(id)?
            {
                candidates.push((id, score, y, seen));
            }
        }
        Ok(rank(query, candidates, limit, today))
    }
}
