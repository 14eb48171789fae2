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
use rustc_hash::{FxHashMap, FxHashSet};

use super::session::{self, Change, Op};
use super::tables::{self, Key, LOCAL_COLUMNS};
use crate::store::capture::key_text;

/// Tables whose edits the coordinator reviews when two sites disagree.
const REVIEWED: &[&str] = &[
    "person",
    "coverage",
    "care_access",
    "mediation_need",
    "tdi_episode",
    "partner",
];

/// Columns that follow from others or only say when: never on the review list.
const QUIET: &[&str] = &[
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
type Edit = (i64, i64, i64);

/// A record of this site that gave way: its fields edited since it was made, and its row.
type GaveWay = (Vec<Edit>, Vec<Value>);

/// Applies changes within the caller's transaction, remembering the tables' columns.
pub struct Applier<'c> {
    conn: &'c Connection,
    columns: FxHashMap<String, Vec<String>>,
    /// Persons inserted or edited: their search words are written again after.
    pub persons: FxHashSet<i64>,
    at: String,
    /// Records known here under another id (`sync_alias`), by table and id.
    aliases: Option<FxHashMap<(String, i64), i64>>,
    /// Each table's references: the column and the table it refers to.
    refs: FxHashMap<String, Vec<(usize, String)>>,
    /// A record of this site that gave way to the same one of another site: its fields
    /// edited since it was made (column, clock, site), and its row.
    gave_way: Option<GaveWay>,
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

    fn alias(&mut self, table: &str, id: i64) -> rusqlite::Result<Option<i64>> {
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

    fn add_alias(&mut self, table: &str, from: i64, to: i64) -> rusqlite::Result<()> {
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
    fn refs_of(&mut self, table: &str, cols: &[String]) -> rusqlite::Result<Vec<(usize, String)>> {
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
    fn redirect(&mut self, c: &mut Change, cols: &[String]) -> rusqlite::Result<()> {
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

    fn columns_of(&mut self, c: &Change) -> Result<Vec<String>, ApplyError> {
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
    fn current(
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

    fn insert(
        &mut self,
        c: &Change,
        cols: &[String],
        key: &[Value],
        hlc: i64,
        from: i64,
        kind: Key,
    ) -> Result<usize, ApplyError> {
        if self.current(c, cols, key)?.is_some() {
            // Inserted here already: the same row again, or (under a key the rows carry
            // themselves) the same record inserted at two sites, its fields compared.
            if kind == Key::Natural {
                return self.fields(c, cols, key, &c.new, hlc, from);
            }
            return Ok(0);
        }
        let values: Vec<Value> = c
            .new
            .iter()
            .zip(cols)
            .map(|(v, name)| {
                if is_local(&c.table, name) {
                    Value::Null
                } else {
                    v.clone().unwrap_or(Value::Null)
                }
            })
            .collect();
        let list = cols
            .iter()
            .map(|n| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let marks = (1..=cols.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!("INSERT INTO \"{}\" ({list}) VALUES ({marks})", c.table);
        let mut values = values;
        let mut conflicts = 0;
        for attempt in 0.. {
            let Err(e) = self.conn.execute(&sql, params_from_iter(values.clone())) else {
                break;
            };
            let refused = || ApplyError::Refused {
                table: c.table.clone(),
                detail: e.to_string(),
            };
            // Two sites gave the same name (a partner, a place) or drew the same code before
            // they joined: both records are kept everywhere, the one with the higher id takes
            // another, the same on every site, and the coordinator is told.
            if let (Some(ucols), Some(Value::Integer(theirs)), true) =
                (unique_columns(&e, &c.table, cols), key.first(), attempt < 8)
                && ucols.len() > 1
            {
                match self.same_record(c, cols, &ucols, &values, *theirs)? {
                    Some(true) => continue,
                    Some(false) => return Ok(conflicts + 1),
                    None => return Err(refused()),
                }
            }
            let (Some(col), Some(Value::Integer(theirs)), true) =
                (unique_column(&e, &c.table, cols), key.first(), attempt < 8)
            else {
                return Err(refused());
            };
            let Value::Text(taken) = values[col].clone() else {
                return Err(refused());
            };
            let here: Option<i64> = self
                .conn
                .query_row(
                    &format!(
                        "SELECT id FROM \"{}\" WHERE \"{}\" = ?1",
                        c.table, cols[col]
                    ),
                    [&taken],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(here) = here else {
                return Err(refused());
            };
            let higher = here.max(*theirs);
            let other = renamed(&c.table, &cols[col], &taken, higher, attempt);
            if here > *theirs {
                self.conn.execute(
                    &format!(
                        "UPDATE \"{}\" SET \"{}\" = ?1 WHERE id = ?2",
                        c.table, cols[col]
                    ),
                    params![other, here],
                )?;
            } else {
                values[col] = Value::Text(other.clone());
            }
            conflicts += self.conn.execute(
                "INSERT OR IGNORE INTO sync_conflict (tbl, pk, col, kept, other, kept_site,
                    other_site, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    c.table,
                    key_text(&[Value::Integer(higher)]),
                    cols[col],
                    json(&Value::Text(other)),
                    json(&Value::Text(taken)),
                    higher >> 40,
                    here.min(*theirs) >> 40,
                    self.at
                ],
            )?;
        }
        if let (Some((edited, row)), Some(Value::Integer(theirs))) =
            (self.gave_way.take(), key.first())
        {
            // The fields this site had edited on its own copy, kept on the record kept.
            let k = key_text(key);
            for (col, hlc, site) in edited {
                let i = usize::try_from(col).unwrap_or(usize::MAX);
                if let (Some(name), Some(v)) = (cols.get(i), row.get(i)) {
                    self.conn.execute(
                        &format!("UPDATE \"{}\" SET \"{name}\" = ?1 WHERE id = ?2", c.table),
                        params![v, theirs],
                    )?;
                    stamp(self.conn, &c.table, &k, i, hlc, site)?;
                }
            }
            conflicts += 1;
        }
        if kind == Key::Natural {
            let k = key_text(key);
            for (i, v) in c.new.iter().enumerate() {
                if v.is_some() && !c.pk[i] {
                    stamp(self.conn, &c.table, &k, i, hlc, from)?;
                }
            }
        }
        Ok(conflicts)
    }

    /// The record an insert clashed with on a unique set of columns is the same record, made at
    /// two sites under two ids: the lower id is kept everywhere. `Some(false)`: the incoming
    /// one is read as this site's from now on; `Some(true)`: this site's gave way (what
    /// referred to it now refers to the incoming one), insert again.
    fn same_record(
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
        self.conn.execute(
            "INSERT OR IGNORE INTO sync_conflict (tbl, pk, col, kept, other, kept_site,
                other_site, at) VALUES (?1, ?2, '(record)', ?3, ?4, ?5, ?6, ?7)",
            params![
                c.table,
                key_text(&[Value::Integer(kept)]),
                kept.to_string(),
                other.to_string(),
                kept >> 40,
                other >> 40,
                self.at
            ],
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

    fn update(
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
    fn fields(
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
                conflicts += self.conn.execute(
                    "INSERT OR IGNORE INTO sync_conflict (tbl, pk, col, kept, other, kept_site,
                        other_site, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        c.table,
                        k,
                        cols[i],
                        json(kept),
                        json(other),
                        kept_site,
                        other_site,
                        self.at
                    ],
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

fn is_local(table: &str, column: &str) -> bool {
    LOCAL_COLUMNS
        .iter()
        .any(|(t, c)| *t == table && *c == column)
}

fn stamp(
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
fn where_key(c: &Change, cols: &[String], key: &[Value], first: usize) -> (String, Vec<Value>) {
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
fn json(v: &Value) -> String {
    key_text(std::slice::from_ref(v))
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string()
}

/// Two sites that merged two records into each other at once leave a loop of merges: no
/// record of the loop would be found. Every site breaks it the same way (the record with the
/// lowest id is kept) and puts it on the review list.
pub fn break_merge_loops(
    conn: &Connection,
    touched: &FxHashSet<i64>,
    at: &str,
) -> rusqlite::Result<usize> {
    let mut broken = 0;
    for &start in touched {
        let mut chain = vec![start];
        let mut current = start;
        loop {
            let up: Option<i64> = conn
                .query_row(
                    "SELECT merged_into FROM person WHERE id = ?1",
                    [current],
                    |r| r.get(0),
                )
                .optional()?
                .flatten();
            let Some(next) = up else { break };
            if let Some(pos) = chain.iter().position(|&c| c == next) {
                let ring = &chain[pos..];
                let keep = ring.iter().copied().min().unwrap_or(next);
                let was = conn.query_row(
                    "SELECT merged_into FROM person WHERE id = ?1",
                    [keep],
                    |r| r.get::<_, Option<i64>>(0),
                )?;
                conn.execute("UPDATE person SET merged_into = NULL WHERE id = ?1", [keep])?;
                conn.execute(
                    "INSERT OR IGNORE INTO sync_conflict (tbl, pk, col, kept, other, kept_site,
                        other_site, at) VALUES ('person', ?1, 'merged_into', 'null', ?2, ?3, ?3, ?4)",
                    params![
                        key_text(&[Value::Integer(keep)]),
                        was.map_or_else(|| "null".to_string(), |w| w.to_string()),
                        keep >> 40,
                        at
                    ],
                )?;
                broken += 1;
                break;
            }
            chain.push(next);
            current = next;
            if chain.len() > 64 {
                break;
            }
        }
    }
    Ok(broken)
}

/// The columns of the UNIQUE constraint an insert failed on.
fn unique_columns(e: &rusqlite::Error, table: &str, cols: &[String]) -> Option<Vec<usize>> {
    let rusqlite::Error::SqliteFailure(f, Some(detail)) = e else {
        return None;
    };
    if f.extended_code != rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE {
        return None;
    }
    let list = detail.strip_prefix("UNIQUE constraint failed: ")?;
    list.split(", ")
        .map(|tc| {
            let (t, col) = tc.split_once('.')?;
            (t == table).then(|| cols.iter().position(|c| c == col))?
        })
        .collect()
}

/// The one column of a UNIQUE constraint an insert failed on, if it is one column of text.
fn unique_column(e: &rusqlite::Error, table: &str, cols: &[String]) -> Option<usize> {
    let rusqlite::Error::SqliteFailure(f, Some(detail)) = e else {
        return None;
    };
    if f.extended_code != rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE {
        return None;
    }
    let list = detail.strip_prefix("UNIQUE constraint failed: ")?;
    let (t, col) = list.split_once('.')?;
    if t != table || col.contains(',') {
        return None;
    }
    cols.iter().position(|c| c == col)
}

/// What the record with id `id` is called when another record holds `taken`: a person's code
/// drawn again from the id (a code like any other, the same on every site), a name with the
/// site's number after it.
fn renamed(table: &str, column: &str, taken: &str, id: i64, attempt: u64) -> String {
    if (table, column) == ("person", "code") {
        let mut rng = fastrand::Rng::with_seed((id as u64) ^ (attempt << 56));
        let drawn = crate::domain::code::from_draws(|| rng.usize(..));
        let letter = crate::domain::code::ALPHABET
            .get(usize::try_from((id >> 40) - 1).unwrap_or(usize::MAX))
            .map_or(String::new(), |b| char::from(*b).to_string());
        return format!("{letter}{}", &drawn[1..]);
    }
    match attempt {
        0 => format!("{taken} · {}", id >> 40),
        n => format!("{taken} · {} ({})", id >> 40, n + 1),
    }
}
