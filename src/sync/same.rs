//! The same record made at two sites under two ids (a person's route started at both): the
//! lower id is kept everywhere, and what refers to the other is read as referring to it.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::apply::*;
use super::session::Change;
use crate::store::capture::key_text;

impl Applier<'_> {
    pub(super) fn alias(&mut self, table: &str, id: i64) -> rusqlite::Result<Option<i64>> {
        if self.aliases.is_none() {
            let mut stmt = self
                .conn
                .prepare("SELECT tbl, from_id, to_id FROM sync_alias")?;
            let all = stmt
                .query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?
                .collect::<Result<FxHashMap<_, _>, _>>()?;
            self.aliases = Some(all);
        }
        Ok(self
            .aliases
            .as_ref()
            .and_then(|a| a.get(&(table.to_string(), id)).copied()))
    }

    pub(super) fn add_alias(&mut self, table: &str, from: i64, to: i64) -> rusqlite::Result<()> {
        self.alias(table, from)?;
        self.conn.execute(
            "INSERT OR REPLACE INTO sync_alias (tbl, from_id, to_id) VALUES (?1, ?2, ?3)",
            params![table, from, to],
        )?;
        if let Some(a) = self.aliases.as_mut() {
            a.insert((table.to_string(), from), to);
        }
        Ok(())
    }

    /// The columns of `table` that refer to another table's ids.
    pub(super) fn refs_of(
        &mut self,
        table: &str,
        cols: &[String],
    ) -> rusqlite::Result<Vec<(usize, String)>> {
        if !self.refs.contains_key(table) {
            let mut stmt = self
                .conn
                .prepare("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1)")?;
            let found: Vec<(String, String)> = stmt
                .query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            let refs = found
                .into_iter()
                .filter_map(|(col, parent)| {
                    cols.iter().position(|c| *c == col).map(|i| (i, parent))
                })
                .collect();
            self.refs.insert(table.to_string(), refs);
        }
        Ok(self.refs.get(table).cloned().unwrap_or_default())
    }

    /// The change as it reads here: its key and its references through the records known
    /// under another id.
    pub(super) fn redirect(&mut self, c: &mut Change, cols: &[String]) -> rusqlite::Result<()> {
        let table = c.table.clone();
        let mut targets: Vec<(usize, String)> =
            c.pk.iter()
                .enumerate()
                .filter(|(_, k)| **k)
                .map(|(i, _)| (i, table.clone()))
                .collect();
        targets.extend(self.refs_of(&table, cols)?);
        for (i, parent) in targets {
            if let Some(Value::Integer(id)) = c.old[i]
                && let Some(to) = self.alias(&parent, id)?
            {
                c.old[i] = Some(Value::Integer(to));
            }
            if let Some(Value::Integer(id)) = c.new[i]
                && let Some(to) = self.alias(&parent, id)?
            {
                c.new[i] = Some(Value::Integer(to));
            }
        }
        Ok(())
    }

    /// The record an insert clashed with on a unique set of columns is the same record, made at
    /// two sites under two ids: the lower id is kept everywhere. `Some(false)`: the incoming
    /// one is read as this site's from now on; `Some(true)`: this site's gave way (what
    /// referred to it now refers to the incoming one), insert again.
    pub(super) fn same_record(
        &mut self,
        c: &Change,
        cols: &[String],
        ucols: &[usize],
        values: &[Value],
        theirs: i64,
    ) -> Result<Option<bool>, ApplyError> {
        let cond = ucols
            .iter()
            .enumerate()
            .map(|(k, i)| format!("\"{}\" = ?{}", cols[*i], k + 1))
            .collect::<Vec<_>>()
            .join(" AND ");
        let here: Option<i64> = self
            .conn
            .query_row(
                &format!("SELECT id FROM \"{}\" WHERE {cond}", c.table),
                params_from_iter(ucols.iter().map(|i| values[*i].clone())),
                |r| r.get(0),
            )
            .optional()?;
        let Some(here) = here else { return Ok(None) };
        let (kept, other) = (here.min(theirs), here.max(theirs));
        review(
            self.conn,
            Review {
                table: &c.table,
                key: key_text(&[Value::Integer(kept)]),
                field: "(record)",
                kept: kept.to_string(),
                other: other.to_string(),
                kept_site: kept >> 40,
                other_site: other >> 40,
            },
            &self.at,
        )?;
        if here < theirs {
            self.add_alias(&c.table, theirs, here)?;
            return Ok(Some(false));
        }
        let old_key = key_text(&[Value::Integer(here)]);
        let edited: Vec<Edit> = {
            let mut stmt = self
                .conn
                .prepare("SELECT col, hlc, site FROM sync_clock WHERE tbl = ?1 AND pk = ?2")?;
            stmt.query_map(params![c.table, old_key], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?
            .collect::<Result<_, _>>()?
        };
        let row: Vec<Value> = self.conn.query_row(
            &format!("SELECT * FROM \"{}\" WHERE id = ?1", c.table),
            [here],
            |r| (0..cols.len()).map(|i| r.get::<_, Value>(i)).collect(),
        )?;
        let children: Vec<(String, String)> = {
            let mut stmt = self.conn.prepare(
                "SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
                 WHERE m.type = 'table' AND f.\"table\" = ?1",
            )?;
            stmt.query_map([&c.table], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?
        };
        for (child, col) in &children {
            self.conn.execute(
                &format!("UPDATE \"{child}\" SET \"{col}\" = ?1 WHERE \"{col}\" = ?2"),
                params![theirs, here],
            )?;
        }
        self.conn.execute(
            "DELETE FROM sync_clock WHERE tbl = ?1 AND pk = ?2",
            params![c.table, old_key],
        )?;
        self.conn.execute(
            &format!("DELETE FROM \"{}\" WHERE id = ?1", c.table),
            [here],
        )?;
        self.add_alias(&c.table, here, theirs)?;
        self.gave_way = Some((edited, row));
        Ok(Some(true))
    }
}

/// A line of the review list: a field (or a whole record) two sites gave two values.
pub(super) struct Review<'a> {
    pub(super) table: &'a str,
    pub(super) key: String,
    pub(super) field: &'a str,
    pub(super) kept: String,
    pub(super) other: String,
    pub(super) kept_site: i64,
    pub(super) other_site: i64,
}

/// Puts a line on the review list (once); how many lines it added.
pub(super) fn review(conn: &Connection, r: Review<'_>, at: &str) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO sync_conflict (tbl, pk, col, kept, other, kept_site, other_site, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        r.table,
        r.key,
        r.field,
        r.kept,
        r.other,
        r.kept_site,
        r.other_site,
        at
    ])
}
