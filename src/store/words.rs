//! The words persons are found by: their stored keys, the `name_word` / `person_word` tables
//! that one-shot searches read, and the desk's in-memory index built from them.

use rusqlite::{OptionalExtension, Row, params};

use super::days::day_number;
use super::{Store, StoreError, StoreResult};
use crate::domain::names;
use crate::domain::search::{Index, Indexed, speaks};

/// The columns the search reads, for every active person (covered by the `person_search` index).
const SEARCH_COLUMNS: &str =
    "SELECT id, code, birth_year, last_seen, search_keys, languages FROM person";

fn indexed_from_row(r: &Row<'_>) -> rusqlite::Result<Indexed> {
    let seen: Option<String> = r.get(3)?;
    let keys: String = r.get(4)?;
    let langs: Option<String> = r.get(5)?;
    Ok(Indexed {
        id: r.get(0)?,
        code: r.get(1)?,
        birth_year: r.get(2)?,
        last_seen_day: seen.as_deref().and_then(day_number),
        speaks: speaks(langs.as_deref().unwrap_or("").split(',')),
        keys: names::decode(&keys),
    })
}

impl Store {
    /// What the search index needs of every active person.
    pub fn index_rows(&self) -> StoreResult<Vec<Indexed>> {
        let mut stmt = self
            .conn
            .prepare(&format!("{SEARCH_COLUMNS} WHERE merged_into IS NULL"))?;
        let rows = stmt.query_map([], indexed_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The desk's search index, read in one pass straight into the index.
    pub fn load_index(&self) -> StoreResult<Index> {
        let mut index = Index::default();
        let mut stmt = self
            .conn
            .prepare(&format!("{SEARCH_COLUMNS} WHERE merged_into IS NULL"))?;
        let mut rows = stmt.query([])?;
        let text = |e: rusqlite::types::FromSqlError| StoreError::from(rusqlite::Error::from(e));
        while let Some(r) = rows.next()? {
            let seen = r
                .get_ref(3)?
                .as_str_or_null()
                .map_err(text)?
                .and_then(day_number);
            let langs = r.get_ref(5)?.as_str_or_null().map_err(text)?;
            index.insert_encoded(
                r.get(0)?,
                r.get_ref(1)?.as_str().map_err(text)?,
                r.get(2)?,
                seen,
                speaks(langs.unwrap_or("").split(',')),
                r.get_ref(4)?.as_str().map_err(text)?,
            );
        }
        Ok(index)
    }

    /// The index entry of one person (after an edit or a merge); `None` once merged away.
    pub fn index_row(&self, id: i64) -> StoreResult<Option<Indexed>> {
        Ok(self
            .conn
            .query_row(
                &format!("{SEARCH_COLUMNS} WHERE id = ?1 AND merged_into IS NULL"),
                [id],
                indexed_from_row,
            )
            .optional()?)
    }
}

/// Recomputes a person's search keys from their names and those of records merged into them.
pub(super) fn refresh_search_keys(conn: &rusqlite::Connection, id: i64) -> rusqlite::Result<()> {
    let mut texts: Vec<String> = Vec::new();
    let mut stack = vec![id];
    // Records seen: two sites merging two records into each other at once make a loop.
    let mut seen = rustc_hash::FxHashSet::default();
    while let Some(current) = stack.pop() {
        if !seen.insert(current) {
            continue;
        }
        let names: (Option<String>, Option<String>, Option<String>) = conn.query_row(
            "SELECT given_name, family_name, alias FROM person WHERE id = ?1",
            [current],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        texts.extend([names.0, names.1, names.2].into_iter().flatten());
        let mut stmt = conn.prepare_cached("SELECT id FROM person WHERE merged_into = ?1")?;
        let merged: Vec<i64> = stmt
            .query_map([current], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        stack.extend(merged);
    }
    store_keys(conn, id, &names::record_keys(&texts.join(" ")))
}

/// Stores a person's keys and the words they are found by.
fn store_keys(
    conn: &rusqlite::Connection,
    id: i64,
    keys: &[names::TokenKey],
) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE person SET search_keys = ?1 WHERE id = ?2")?
        .execute(params![names::encode(keys), id])?;
    write_words(conn, id, keys)
}

/// Replaces the words a person is found by (`name_word`, `person_word`).
pub(super) fn write_words(
    conn: &rusqlite::Connection,
    id: i64,
    keys: &[names::TokenKey],
) -> rusqlite::Result<()> {
    forget_words(conn, id)?;
    let mut word = conn.prepare_cached(
        "INSERT INTO name_word (fold, sound) VALUES (?1, ?2)
         ON CONFLICT (fold) DO UPDATE SET sound = excluded.sound RETURNING id",
    )?;
    let mut link = conn
        .prepare_cached("INSERT OR IGNORE INTO person_word (word_id, person_id) VALUES (?1, ?2)")?;
    for k in keys {
        let word_id: i64 = word.query_row(params![k.fold, k.sound], |r| r.get(0))?;
        link.execute(params![word_id, id])?;
    }
    Ok(())
}

/// Forgets the words of a person (merged into another record).
pub(super) fn forget_words(conn: &rusqlite::Connection, id: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM person_word WHERE person_id = ?1")?
        .execute([id])?;
    Ok(())
}

/// The setting that says which version of the name rules wrote the stored keys.
const KEYS_VERSION_SETTING: &str = "search_keys_version";

/// Whether the stored search keys were written by older name rules.
pub(super) fn keys_stale(conn: &rusqlite::Connection) -> rusqlite::Result<bool> {
    let stored: Option<String> = conn
        .query_row(
            "SELECT value FROM setting WHERE key = ?1",
            [KEYS_VERSION_SETTING],
            |r| r.get(0),
        )
        .optional()?;
    Ok(stored.and_then(|v| v.parse::<u32>().ok()) != Some(names::KEYS_VERSION))
}

/// Records that the stored keys follow the current rules (a new database, or after a rebuild).
pub(super) fn mark_keys_current(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![KEYS_VERSION_SETTING, names::KEYS_VERSION.to_string()],
    )?;
    Ok(())
}

/// Recomputes the search keys of every person with the current rules, in one transaction:
/// the names of each active record and of those merged into it. `progress` is told how many
/// of how many are done.
pub(super) fn rebuild_search_keys(
    conn: &rusqlite::Connection,
    progress: &mut dyn FnMut(u64, u64),
) -> rusqlite::Result<()> {
    let mut children: std::collections::HashMap<i64, Vec<i64>> = Default::default();
    let mut texts: std::collections::HashMap<i64, String> = Default::default();
    let mut active: Vec<i64> = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT id, merged_into, given_name, family_name, alias FROM person ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let into: Option<i64> = r.get(1)?;
            let parts: [Option<String>; 3] = [r.get(2)?, r.get(3)?, r.get(4)?];
            texts.insert(
                id,
                parts.into_iter().flatten().collect::<Vec<_>>().join(" "),
            );
            match into {
                Some(k) => children.entry(k).or_default().push(id),
                None => active.push(id),
            }
        }
    }
    conn.execute_batch("DELETE FROM person_word; DELETE FROM name_word;")?;
    let total = active.len() as u64;
    for (done, id) in active.iter().enumerate() {
        let mut all: Vec<&str> = Vec::new();
        let mut stack = vec![*id];
        while let Some(current) = stack.pop() {
            if let Some(t) = texts.get(&current) {
                all.push(t);
            }
            if let Some(c) = children.get(&current) {
                stack.extend(c);
            }
        }
        store_keys(conn, *id, &names::record_keys(&all.join(" ")))?;
        if done % 1000 == 0 {
            progress(done as u64, total);
        }
    }
    progress(total, total);
    mark_keys_current(conn)
}

/// After an exchange: a person's search keys, computed again from the names that are now the
/// record's (and those of records merged into it), and so for each record it is merged into,
/// up to the one kept, which alone is found by its words. The keys follow from the names: two
/// sites that each changed one name of the same record end with the names of both edits, and
/// keys neither of them wrote.
pub fn words_after_exchange(conn: &rusqlite::Connection, id: i64) -> rusqlite::Result<()> {
    use rusqlite::OptionalExtension;
    let mut current = id;
    // At most a few merges deep; a chain that loops (two sites merging two records into each
    // other at once) stops where it began.
    for _ in 0..64 {
        let Some(up) = conn
            .query_row(
                "SELECT merged_into FROM person WHERE id = ?1",
                [current],
                |r| r.get::<_, Option<i64>>(0),
            )
            .optional()?
        else {
            return Ok(());
        };
        refresh_search_keys(conn, current)?;
        match up {
            Some(next) if next != id => {
                forget_words(conn, current)?;
                current = next;
            }
            _ => return Ok(()),
        }
    }
    Ok(())
}
