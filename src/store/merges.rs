//! Merging two records of one person, undoing a merge exactly, and remembering pairs that are
//! two different people so that they are never proposed again.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};

use super::Store;
use super::persons::{Person, PersonError, stamp};
use super::words::{forget_words, refresh_search_keys};
use crate::domain::search::{Index, Query};

type PResult<T> = Result<T, PersonError>;

impl Store {
    fn active(&self, code: &str) -> PResult<Person> {
        let p = self
            .person_by_code(code)?
            .ok_or_else(|| PersonError::UnknownCode(code.to_string()))?;
        if p.merged_into.is_some() {
            return Err(PersonError::AlreadyMerged(p.code));
        }
        Ok(p)
    }

    /// Merges `other` into `keep`: visits move over, `other` is hidden from search, and its names
    /// keep finding `keep`. Returns the merge number, which `unmerge` takes.
    pub fn merge(&self, keep: &str, other: &str, by: &str, at: NaiveDateTime) -> PResult<i64> {
        let kept = self.active(keep)?;
        let merged = self.active(other)?;
        if kept.id == merged.id {
            return Err(PersonError::SameRecord);
        }
        if self.is_not_same(kept.id, merged.id)? {
            return Err(PersonError::MarkedNotSame(kept.code, merged.code));
        }
        let tx = self.write_tx()?;
        let moved: Vec<i64> = {
            let mut stmt = tx.prepare("SELECT id FROM visit WHERE person_id = ?1 ORDER BY id")?;
            stmt.query_map([merged.id], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        let before: (String, Option<String>) = tx.query_row(
            "SELECT search_keys, last_seen FROM person WHERE id = ?1",
            [kept.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let moved_coverage: Vec<i64> = {
            let mut stmt = tx.prepare(
                "SELECT id FROM coverage WHERE person_id = ?1
                 AND route NOT IN (SELECT route FROM coverage WHERE person_id = ?2) ORDER BY id",
            )?;
            stmt.query_map(params![merged.id, kept.id], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        for id in &moved_coverage {
            tx.execute(
                "UPDATE coverage SET person_id = ?1 WHERE id = ?2",
                params![kept.id, id],
            )?;
        }
        let kept_before =
            serde_json::json!({ "search_keys": before.0, "last_seen": before.1 }).to_string();
        tx.execute(
            "UPDATE visit SET person_id = ?1 WHERE person_id = ?2",
            params![kept.id, merged.id],
        )?;
        tx.execute(
            "UPDATE person SET merged_into = ?1 WHERE id = ?2",
            params![kept.id, merged.id],
        )?;
        forget_words(&tx, merged.id)?;
        tx.execute(
            "UPDATE person SET last_seen = (SELECT max(substr(arrived_at, 1, 10)) FROM visit WHERE person_id = ?1)
             WHERE id = ?1 AND EXISTS (SELECT 1 FROM visit WHERE person_id = ?1)",
            [kept.id],
        )?;
        refresh_search_keys(&tx, kept.id)?;
        tx.execute(
            &format!("INSERT INTO person_merge (id, kept_id, merged_id, moved_visits, kept_before, at, by, moved_coverage)
             VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7)", ID = crate::store::ids::next("person_merge")),
            params![
                kept.id,
                merged.id,
                serde_json::to_string(&moved).unwrap_or_default(),
                kept_before,
                stamp(at),
                by,
                serde_json::to_string(&moved_coverage).unwrap_or_default()
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// Undoes a merge: the merged record comes back with exactly its visits, the kept record's
    /// keys and last visit are restored. Refused when the kept record was merged since.
    pub fn unmerge(&self, merge_id: i64, by: &str, at: NaiveDateTime) -> PResult<(Person, Person)> {
        let row: Option<(i64, i64, String, String, Option<String>, String)> = self
            .conn
            .query_row(
                "SELECT kept_id, merged_id, moved_visits, kept_before, undone_at, moved_coverage
                 FROM person_merge WHERE id = ?1",
                [merge_id],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get::<_, String>(5)?,
                    ))
                },
            )
            .optional()?;
        let (kept_id, merged_id, moved, before, undone, moved_coverage) =
            row.ok_or(PersonError::UnknownMerge(merge_id))?;
        if undone.is_some() {
            return Err(PersonError::AlreadyUndone(merge_id));
        }
        let kept = self
            .person(kept_id)?
            .ok_or(PersonError::UnknownMerge(merge_id))?;
        if kept.merged_into.is_some() {
            return Err(PersonError::LaterMerge(merge_id, kept.code));
        }
        let moved: Vec<i64> = serde_json::from_str(&moved).unwrap_or_default();
        let moved_coverage: Vec<i64> = serde_json::from_str(&moved_coverage).unwrap_or_default();
        let before: serde_json::Value = serde_json::from_str(&before).unwrap_or_default();
        let tx = self.write_tx()?;
        for id in &moved_coverage {
            tx.execute(
                "UPDATE coverage SET person_id = ?1 WHERE id = ?2 AND person_id = ?3",
                params![merged_id, id, kept_id],
            )?;
        }
        {
            let mut stmt =
                tx.prepare("UPDATE visit SET person_id = ?1 WHERE id = ?2 AND person_id = ?3")?;
            for visit in &moved {
                stmt.execute(params![merged_id, visit, kept_id])?;
            }
        }
        tx.execute(
            "UPDATE person SET merged_into = NULL WHERE id = ?1",
            [merged_id],
        )?;
        refresh_search_keys(&tx, merged_id)?;
        let last_seen = before
            .get("last_seen")
            .and_then(|v| v.as_str())
            .map(str::to_string);
        tx.execute(
            "UPDATE person SET last_seen = (
                SELECT max(x) FROM (SELECT ?2 AS x UNION ALL
                    SELECT substr(arrived_at, 1, 10) FROM visit WHERE person_id = ?1))
             WHERE id = ?1",
            params![kept_id, last_seen],
        )?;
        refresh_search_keys(&tx, kept_id)?;
        tx.execute(
            "UPDATE person_merge SET undone_at = ?1, undone_by = ?2 WHERE id = ?3",
            params![stamp(at), by, merge_id],
        )?;
        tx.commit()?;
        let kept = self
            .person(kept_id)?
            .ok_or(PersonError::UnknownMerge(merge_id))?;
        let merged = self
            .person(merged_id)?
            .ok_or(PersonError::UnknownMerge(merge_id))?;
        Ok((kept, merged))
    }

    /// Remembers that two records are two different people.
    pub fn mark_not_same(
        &self,
        a: &str,
        b: &str,
        by: &str,
        at: NaiveDateTime,
    ) -> PResult<(Person, Person)> {
        let pa = self
            .person_by_code(a)?
            .ok_or_else(|| PersonError::UnknownCode(a.to_string()))?;
        let pb = self
            .person_by_code(b)?
            .ok_or_else(|| PersonError::UnknownCode(b.to_string()))?;
        if pa.id == pb.id {
            return Err(PersonError::SameRecord);
        }
        self.write_one(
            "INSERT OR IGNORE INTO not_same (a, b, at, by) VALUES (?1, ?2, ?3, ?4)",
            params![pa.id.min(pb.id), pa.id.max(pb.id), stamp(at), by],
        )?;
        Ok((pa, pb))
    }

    /// Whether two records were marked as different people.
    pub fn is_not_same(&self, a: i64, b: i64) -> Result<bool, PersonError> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM not_same WHERE a = ?1 AND b = ?2",
                params![a.min(b), a.max(b)],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Records that may be the same person as `person`: found by their names and birth year,
    /// never one marked as a different person, best first.
    pub fn likely_duplicates(
        &self,
        index: &Index,
        person: &Person,
        limit: usize,
        today: i32,
    ) -> PResult<Vec<Person>> {
        let text = [&person.given_name, &person.family_name, &person.alias]
            .into_iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        let query = Query::name(&text, person.birth_year);
        if query.words.is_empty() {
            return Ok(Vec::new());
        }
        let mut ids = Vec::new();
        for hit in index.search(&query, limit + 20, today).hits {
            if hit.id != person.id && !self.is_not_same(hit.id, person.id)? {
                ids.push(hit.id);
            }
            if ids.len() == limit {
                break;
            }
        }
        Ok(self.persons(&ids)?)
    }
}
