//! Applying another site's changes, so that every site reaches the same content whatever
//! order the files arrive in.
//!
//! A row inserted is inserted once (its id is the writing site's alone; inserting it again
//! changes nothing). A field edited takes the edit with the latest clock, the site's number
//! breaking a tie: each field remembers the clock of the edit it holds (`sync_clock`), and an
//! older edit arriving later is passed over. Rows under keys the rows carry themselves (a
//! person's free care) may be inserted at two sites at once: their fields are compared the same
//! way. A deleted row stays deleted. When both sites had changed the same field of an identity
//! or clinical record each without the other's edit, the review list keeps both values.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
pub(super) use rustc_hash::{FxHashMap, FxHashSet};

pub use super::insert::break_merge_loops;
pub(super) use super::same::{Review, review};
pub(super) use super::session::{self, Change, Op};
pub(super) use super::tables::{self, Key, LOCAL_COLUMNS};
pub(super) use crate::store::capture::key_text;

/// Tables whose edits the coordinator reviews when two sites disagree.
pub(super) const REVIEWED: &[&str] = &[
    "person",
    "coverage",
    "care_access",
    "mediation_need",
    "tdi_episode",
    "partner",
];

/// Columns that follow from others or only say when: never on the review list.
pub(super) const QUIET: &[&str] = &[
    "last_seen",
    "search_keys",
    "updated_at",
    "updated_by",
    "changed_at",
    "next_due",
];

/// Why a change could not be applied: the whole file is then held, nothing of it applied.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("{0}")]
    Changeset(#[from] session::SessionError),
    #[error("table {table} has {found} columns here, {given} in the file")]
    Columns {
        table: String,
        found: usize,
        given: usize,
    },
    #[error("{table}: {detail}")]
    Refused { table: String, detail: String },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

/// What applying did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Applied {
    pub changes: usize,
    pub conflicts: usize,
}

/// A field's last edit: its column, clock and site.
pub(super) type Edit = (i64, i64, i64);

/// A record of this site that gave way: its fields edited since it was made, and its row.
pub(super) type GaveWay = (Vec<Edit>, Vec<Value>);

/// Applies changes within the caller's transaction, remembering the tables' columns.
pub struct Applier<'c> {
    pub(super) conn: &'c Connection,
    pub(super) columns: FxHashMap<String, Vec<String>>,
    /// Persons inserted or edited: their search words are written again after.
    pub persons: FxHashSet<i64>,
    pub(super) at: String,
    /// Records known here under another id (`sync_alias`), by table and id.
    pub(super) aliases: Option<FxHashMap<(String, i64), i64>>,
    /// Each table's references: the column and the table it refers to.
    pub(super) refs: FxHashMap<String, Vec<(usize, String)>>,
    /// A record of this site that gave way to the same one of another site: its fields
    /// edited since it was made (column, clock, site), and its row.
    pub(super) gave_way: Option<GaveWay>,
}

impl<'c> Applier<'c> {
    pub fn new(conn: &'c Connection, at: &str) -> Applier<'c> {
        Applier {
            conn,
            columns: FxHashMap::default(),
            persons: FxHashSet::default(),
            at: at.to_string(),
            aliases: None,
            refs: FxHashMap::default(),
            gave_way: None,
        }
    }

    /// Applies one write transaction of site `from`, made at clock `hlc`.
    pub fn apply(&mut self, changeset: &[u8], hlc: i64, from: i64) -> Result<Applied, ApplyError> {
        let mut done = Applied::default();
        for mut c in session::changes(changeset)? {
            let Some(table) = tables::replicated(&c.table) else {
                continue;
            };
            let cols = self.columns_of(&c)?;
            self.redirect(&mut c, &cols)?;
            let key = c.key();
            if c.table == "person"
                && let Some(Value::Integer(id)) = key.first()
            {
                self.persons.insert(*id);
                if c.op == Op::Insert {
                    self.conn
                        .prepare_cached(
                            "INSERT OR IGNORE INTO sync_dup_todo (person_id) VALUES (?1)",
                        )?
                        .execute([id])?;
                }
            }
            let conflicts = match c.op {
                Op::Insert => self.insert(&c, &cols, &key, hlc, from, table.key)?,
                Op::Update => self.update(&c, &cols, &key, hlc, from)?,
                Op::Delete => {
                    let (w, p) = where_key(&c, &cols, &key, 1);
                    self.conn.execute(
                        &format!("DELETE FROM \"{}\" WHERE {w}", c.table),
                        params_from_iter(p),
                    )?;
                    0
                }
            };
            done.changes += 1;
            done.conflicts += conflicts;
        }
        Ok(done)
    }

    pub(super) fn columns_of(&mut self, c: &Change) -> Result<Vec<String>, ApplyError> {
        if !self.columns.contains_key(&c.table) {
            let mut stmt = self
                .conn
                .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
            let names: Vec<String> = stmt
                .query_map([&c.table], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            self.columns.insert(c.table.clone(), names);
        }
        let cols = self.columns.get(&c.table).cloned().unwrap_or_default();
        if cols.len() != c.pk.len() {
            return Err(ApplyError::Columns {
                table: c.table.clone(),
                found: cols.len(),
                given: c.pk.len(),
            });
        }
        Ok(cols)
    }

    /// The row as it is here, `None` when absent.
    pub(super) fn current(
        &self,
        c: &Change,
        cols: &[String],
        key: &[Value],
    ) -> rusqlite::Result<Option<Vec<Value>>> {
        let (w, p) = where_key(c, cols, key, 1);
        let list = cols
            .iter()
            .map(|n| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(", ");
        self.conn
            .query_row(
                &format!("SELECT {list} FROM \"{}\" WHERE {w}", c.table),
                params_from_iter(p),
                |r| (0..cols.len()).map(|i| r.get::<_, Value>(i)).collect(),
            )
            .optional()
    }

    pub(super) fn update(
        &mut self,
        c: &Change,
        cols: &[String],
        key: &[Value],
        hlc: i64,
        from: i64,
    ) -> Result<usize, ApplyError> {
        let Some(here) = self.current(c, cols, key)? else {
            // Deleted here: it stays deleted.
            return Ok(0);
        };
        // A record merged elsewhere leaves the one it was merged into here: that one's
        // search keys lose its names.
        if c.table == "person"
            && let Some(i) = cols.iter().position(|n| n == "merged_into")
            && let Value::Integer(before) = here[i]
        {
            self.persons.insert(before);
        }
        self.fields(c, cols, key, &c.new, hlc, from)
    }

    /// Sets each field `new` gives whose edit is later than the one the field holds here.
    pub(super) fn fields(
        &mut self,
        c: &Change,
        cols: &[String],
        key: &[Value],
        new: &[Option<Value>],
        hlc: i64,
        from: i64,
    ) -> Result<usize, ApplyError> {
        let Some(here) = self.current(c, cols, key)? else {
            return Ok(0);
        };
        let k = key_text(key);
        let mut conflicts = 0;
        for (i, v) in new.iter().enumerate() {
            let Some(theirs) = v else { continue };
            if c.pk[i] || is_local(&c.table, &cols[i]) {
                continue;
            }
            let held: Option<(i64, i64)> = self
                .conn
                .prepare_cached(
                    "SELECT hlc, site FROM sync_clock WHERE tbl = ?1 AND pk = ?2 AND col = ?3",
                )?
                .query_row(params![c.table, k, i as i64], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let ours = &here[i];
            let later = held.is_none_or(|h| (hlc, from) > h);
            // Both sides changed it from the same starting value: an edit each, unseen by the
            // other. (An insert met here has no starting value: two sites recorded it.)
            let before = if c.op == Op::Update {
                c.old[i].as_ref()
            } else {
                None
            };
            let both = held.is_some() && ours != theirs && before.is_none_or(|b| b != ours);
            if both && REVIEWED.contains(&c.table.as_str()) && !QUIET.contains(&cols[i].as_str()) {
                let (kept, other, kept_site, other_site) = match (later, held) {
                    (true, Some((_, s))) => (theirs, ours, from, s),
                    (false, Some((_, s))) => (ours, theirs, s, from),
                    _ => (theirs, ours, from, from),
                };
                conflicts += review(
                    self.conn,
                    Review {
                        table: &c.table,
                        key: k.clone(),
                        field: &cols[i],
                        kept: json(kept),
                        other: json(other),
                        kept_site,
                        other_site,
                    },
                    &self.at,
                )?;
            }
            if later {
                if ours != theirs {
                    let (w, mut p) = where_key(c, cols, key, 2);
                    p.insert(0, theirs.clone());
                    self.conn
                        .execute(
                            &format!("UPDATE \"{}\" SET \"{}\" = ?1 WHERE {w}", c.table, cols[i]),
                            params_from_iter(p),
                        )
                        .map_err(|e| ApplyError::Refused {
                            table: c.table.clone(),
                            detail: e.to_string(),
                        })?;
                }
                stamp(self.conn, &c.table, &k, i, hlc, from)?;
            }
        }
        Ok(conflicts)
    }
}

pub(super) fn is_local(table: &str, column: &str) -> bool {
    LOCAL_COLUMNS
        .iter()
        .any(|(t, c)| *t == table && *c == column)
}

pub(super) fn stamp(
    conn: &Connection,
    table: &str,
    key: &str,
    col: usize,
    hlc: i64,
    site: i64,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_clock (tbl, pk, col, hlc, site) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (tbl, pk, col) DO UPDATE SET hlc = excluded.hlc, site = excluded.site",
    )?
    .execute(params![table, key, col as i64, hlc, site])?;
    Ok(())
}

/// `pk1 = ?n AND pk2 = ?n+1 …`, numbered from `first`, and the values.
pub(super) fn where_key(
    c: &Change,
    cols: &[String],
    key: &[Value],
    first: usize,
) -> (String, Vec<Value>) {
    let names: Vec<&String> = cols
        .iter()
        .zip(&c.pk)
        .filter(|(_, k)| **k)
        .map(|(n, _)| n)
        .collect();
    let w = names
        .iter()
        .enumerate()
        .map(|(i, n)| format!("\"{n}\" = ?{}", first + i))
        .collect::<Vec<_>>()
        .join(" AND ");
    (w, key.to_vec())
}

/// A value as the review list shows it.
pub(super) fn json(v: &Value) -> String {
    key_text(std::slice::from_ref(v))
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string()
}
