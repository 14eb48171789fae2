//! A row received inserted once; when it clashes with one of this site's on a unique name or
//! code, both records kept, told apart the same way on every site; loops of merges made at two
//! sites at once put right.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::apply::*;
use super::session::Change;
use crate::store::capture::key_text;

impl Applier<'_> {
    pub(super) fn insert(
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
            conflicts += review(
                self.conn,
                Review {
                    table: &c.table,
                    key: key_text(&[Value::Integer(higher)]),
                    field: &cols[col],
                    kept: json(&Value::Text(other)),
                    other: json(&Value::Text(taken)),
                    kept_site: higher >> 40,
                    other_site: here.min(*theirs) >> 40,
                },
                &self.at,
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
                review(
                    conn,
                    Review {
                        table: "person",
                        key: key_text(&[Value::Integer(keep)]),
                        field: "merged_into",
                        kept: "null".into(),
                        other: was.map_or_else(|| "null".to_string(), |w| w.to_string()),
                        kept_site: keep >> 40,
                        other_site: keep >> 40,
                    },
                    at,
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
pub(super) fn unique_columns(
    e: &rusqlite::Error,
    table: &str,
    cols: &[String],
) -> Option<Vec<usize>> {
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
pub(super) fn unique_column(e: &rusqlite::Error, table: &str, cols: &[String]) -> Option<usize> {
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
pub(super) fn renamed(table: &str, column: &str, taken: &str, id: i64, attempt: u64) -> String {
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
