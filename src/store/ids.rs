//! Ids no other site draws: a row of a replicated table takes the next id of this site's range
//! (site N: from N × 2^40 + 1), read from the `site` table within the writing statement, so a
//! desk that was open when its database joined an organisation draws from the right range at
//! once. Before a database joins, its range starts at 1, as ids always did.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};

use super::persons::stamp;
use super::{Store, StoreError};
use crate::i18n::{Localised, Msg};
use crate::sync::tables::{JSON_ID_LISTS, Key, MAX_SITES, REPLICATED, SPAN};

/// This database's site, once it has joined an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joined {
    pub name: String,
    pub number: i64,
    pub base: i64,
}

/// SQL of the first id of this site's range, less one.
const BASE: &str = "(SELECT ifnull(max(base), 0) FROM site)";

/// SQL giving the next id of `table` in this site's range: the highest id in the range plus
/// one (an index seek), or the range's first.
pub fn next(table: &str) -> String {
    format!(
        "(coalesce((SELECT max(id) FROM {table} WHERE id > {BASE} AND id < {BASE} + {SPAN}), \
         {BASE}) + 1)"
    )
}

/// Why a database did not join an organisation. Nothing was changed.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error("already site {number} ({name})")]
    Already { name: String, number: i64 },
    #[error("site number {0} out of 1 to {MAX_SITES}")]
    Number(i64),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for SiteError {
    fn from(e: rusqlite::Error) -> Self {
        SiteError::Store(e.into())
    }
}

impl Localised for SiteError {
    fn msg(&self) -> Msg {
        match self {
            SiteError::Already { name, number } => Msg::new("sync-error-already-joined")
                .arg("name", name.as_str())
                .arg("number", *number),
            SiteError::Number(n) => Msg::new("sync-error-site-number")
                .arg("number", *n)
                .arg("max", MAX_SITES),
            SiteError::Store(e) => e.msg(),
        }
    }
}

/// SQL giving the code `drawn` (a parameter) as this site writes it: after the database
/// joined an organisation, with the site's letter first, so that no two sites draw the same
/// code (read in the writing statement, as [`next`]: a desk open when its database joined
/// draws right at once, and no read comes before the write that would have to wait).
pub fn code(drawn: &str) -> String {
    let alphabet = std::str::from_utf8(crate::domain::code::ALPHABET).unwrap_or_default();
    format!(
        "(CASE WHEN (SELECT number FROM site) BETWEEN 1 AND {MAX_SITES}
               THEN substr('{alphabet}', (SELECT number FROM site), 1) || substr({drawn}, 2)
               ELSE {drawn} END)"
    )
}

impl Store {
    /// The site this database is, if it has joined an organisation.
    pub fn joined(&self) -> Result<Option<Joined>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT name, number, base FROM site", [], |r| {
                Ok(Joined {
                    name: r.get(0)?,
                    number: r.get(1)?,
                    base: r.get(2)?,
                })
            })
            .optional()?)
    }

    /// Makes this database site `number` of its organisation, in one transaction: the rows it
    /// made itself in replicated tables move into the site's range, and every reference to
    /// them follows (foreign keys, the id lists a merge keeps for its undo, the audit trail's
    /// lines); the codes persons carry stay as they are. From then on its new rows take ids of
    /// that range. A database joins once, before it has received anything from another site,
    /// so every id below the first range is its own (but the rows its migrations made).
    pub fn join_site(
        &mut self,
        name: &str,
        number: i64,
        by: &str,
        at: NaiveDateTime,
    ) -> Result<Joined, SiteError> {
        if !(1..=MAX_SITES).contains(&number) {
            return Err(SiteError::Number(number));
        }
        if let Some(site) = self.joined()? {
            return Err(SiteError::Already {
                name: site.name,
                number: site.number,
            });
        }
        let base = number * SPAN;
        let tx = self.conn.transaction()?;
        super::capture::open_guard(&tx, true)?;
        tx.pragma_update(None, "defer_foreign_keys", true)?;
        // Moving ids is no edit of what the rows say: the rules that keep records from being
        // changed step aside for this transaction, and the trail records it as one line.
        let guards: Vec<(String, String)> = {
            let mut stmt = tx.prepare(
                "SELECT name, sql FROM main.sqlite_master
                 WHERE type = 'trigger' AND sql LIKE '%BEFORE UPDATE%'",
            )?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?
        };
        for (name, _) in &guards {
            tx.execute_batch(&format!("DROP TRIGGER main.\"{name}\""))?;
        }
        tx.execute("UPDATE temp.actor SET quiet = 1", [])?;
        let keyed: Vec<_> = REPLICATED.iter().filter(|t| t.key == Key::Id).collect();
        let moved = |t: &crate::sync::tables::Replicated| {
            let own = t.own.map_or(String::new(), |own| format!(" AND ({own})"));
            format!("SELECT id FROM {} WHERE id < {SPAN}{own}", t.name)
        };
        // The trail first, while the rows still have the ids its lines name.
        tx.execute(
            "UPDATE audit SET person_id = person_id + ?1 WHERE person_id < ?2",
            params![base, SPAN],
        )?;
        for t in &keyed {
            tx.execute(
                &format!(
                    "UPDATE audit SET row_id = row_id + ?1
                     WHERE subject = ?2 AND row_id IN ({})",
                    moved(t)
                ),
                params![base, t.name],
            )?;
        }
        for (table, column) in JSON_ID_LISTS {
            tx.execute(
                &format!(
                    "UPDATE {table} SET {column} = (SELECT json_group_array(value + ?1)
                                                    FROM json_each({table}.{column}))"
                ),
                [base],
            )?;
        }
        for t in &keyed {
            // Every column of every table that refers to this one, then its own ids.
            let refs: Vec<(String, String)> = {
                let mut stmt = tx.prepare(
                    "SELECT m.name, f.\"from\" FROM main.sqlite_master m
                     JOIN pragma_foreign_key_list(m.name) f
                     WHERE m.type = 'table' AND f.\"table\" = ?1",
                )?;
                stmt.query_map([t.name], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<Result<_, _>>()?
            };
            for (child, column) in refs {
                tx.execute(
                    &format!(
                        "UPDATE {child} SET {column} = {column} + ?1 WHERE {column} IN ({})",
                        moved(t)
                    ),
                    [base],
                )?;
            }
            tx.execute(
                &format!(
                    "UPDATE {} SET id = id + ?1 WHERE id IN ({})",
                    t.name,
                    moved(t)
                ),
                [base],
            )?;
        }
        for (_, sql) in &guards {
            tx.execute_batch(sql)?;
        }
        tx.execute(
            "INSERT INTO site (id, name, number, base, joined_at, joined_by)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)",
            params![name, number, base, stamp(at), by],
        )?;
        tx.execute("UPDATE temp.actor SET quiet = 0", [])?;
        tx.execute(
            "INSERT INTO audit (at, staff, desk, action, subject, row_id, person_id, detail)
             SELECT ?1, staff, desk, 'site-joined', 'site', ?2, NULL, ?3 FROM temp.actor",
            params![stamp(at), number, name],
        )?;
        super::capture::open_guard(&tx, false)?;
        tx.commit()?;
        Ok(Joined {
            name: name.to_string(),
            number,
            base,
        })
    }
}
