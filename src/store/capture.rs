//! Write transactions, and what they leave for the other sites.
//!
//! Every write of the store runs in a [`WriteTx`]: `BEGIN IMMEDIATE` (the write lock first, so
//! what it reads cannot change under it) … `COMMIT`, rolled back if dropped uncommitted. Once
//! the database takes part in an exchange between sites, a session of SQLite's session
//! extension records the transaction's changes to the replicated tables, and its changeset goes
//! into the outbox, stamped by the site's hybrid logical clock, inside the same transaction:
//! committed together or not at all. A session sees only its own connection's writes, so each
//! desk and each command captures its own.

use std::ops::Deref;
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OptionalExtension, params};

use super::Store;
use crate::sync::session::{self, Op, Session};
use crate::sync::tables;
use rusqlite::Result as SqlResult;

/// One write transaction (or, inside another, a part of it: the outer one commits and
/// captures).
pub struct WriteTx<'c> {
    conn: &'c Connection,
    outer: bool,
    capture: Option<(Session<'c>, i64)>,
    done: bool,
}

impl Deref for WriteTx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Store {
    /// Starts a write transaction on this store's connection.
    pub fn write_tx(&self) -> SqlResult<WriteTx<'_>> {
        WriteTx::begin(&self.conn)
    }

    /// One statement as a write transaction of its own (what `execute` does in autocommit).
    pub fn write_one(&self, sql: &str, params: impl rusqlite::Params) -> SqlResult<usize> {
        let tx = self.write_tx()?;
        let n = tx.execute(sql, params)?;
        tx.commit()?;
        Ok(n)
    }
}

impl<'c> WriteTx<'c> {
    /// `BEGIN IMMEDIATE`, with a session recording the replicated tables when this database
    /// exchanges with other sites; inside a transaction already open, a part of it.
    pub fn begin(conn: &'c Connection) -> SqlResult<WriteTx<'c>> {
        if !conn.is_autocommit() {
            return Ok(WriteTx {
                conn,
                outer: false,
                capture: None,
                done: false,
            });
        }
        conn.execute_batch("BEGIN IMMEDIATE")?;
        #[cfg(debug_assertions)]
        conn.execute_batch("UPDATE temp.write_open SET open = 1")?;
        let mut tx = WriteTx {
            conn,
            outer: true,
            capture: None,
            done: false,
        };
        // Read after the lock is taken: a desk open when its database joined captures at once.
        let site: Option<i64> = conn
            .query_row("SELECT site.number FROM site JOIN sync_state", [], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(site) = site {
            let s = Session::new(conn, &tables::replicated_names()).map_err(capture_error)?;
            tx.capture = Some((s, site));
        }
        Ok(tx)
    }

    /// Commits, the outbox first when capturing.
    pub fn commit(mut self) -> SqlResult<()> {
        self.done = true;
        if !self.outer {
            return Ok(());
        }
        let captured = match self.capture.take() {
            Some((s, site)) => s
                .changeset()
                .map_err(capture_error)
                .and_then(|cs| outbox(self.conn, &cs, site)),
            None => Ok(()),
        };
        #[cfg(debug_assertions)]
        let captured = captured.and_then(|()| {
            self.conn
                .execute_batch("UPDATE temp.write_open SET open = 0")
        });
        match captured.and_then(|()| self.conn.execute_batch("COMMIT")) {
            Ok(()) => Ok(()),
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }
}

impl Drop for WriteTx<'_> {
    fn drop(&mut self) {
        // The session goes first: it must not outlive the transaction it records.
        self.capture = None;
        if self.outer && !self.done {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

fn capture_error(e: session::SessionError) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(e.code),
        Some(format!("changes for the other sites: {e}")),
    )
}

/// This site's clock, moved forward for one more transaction: past the last it gave or
/// received, and at least the time now.
pub fn tick(conn: &Connection) -> SqlResult<i64> {
    let now = now_ms();
    conn.query_row(
        "UPDATE sync_state SET hlc = max(hlc + 1, ?1) RETURNING hlc",
        [now],
        |r| r.get(0),
    )
}

/// Milliseconds since 1970 by this machine's clock.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// A row's key as the clocks and the review list write it.
pub fn key_text(values: &[rusqlite::types::Value]) -> String {
    use rusqlite::types::Value;
    let parts: Vec<serde_json::Value> = values
        .iter()
        .map(|v| match v {
            Value::Integer(i) => serde_json::Value::from(*i),
            Value::Real(f) => serde_json::Value::from(*f),
            Value::Text(t) => serde_json::Value::from(t.as_str()),
            Value::Blob(b) => serde_json::Value::from(b.clone()),
            Value::Null => serde_json::Value::Null,
        })
        .collect();
    serde_json::Value::Array(parts).to_string()
}

/// Puts one transaction's changeset in the outbox, and marks the fields it edited as edited
/// now by this site.
fn outbox(conn: &Connection, changeset: &[u8], site: i64) -> SqlResult<()> {
    if changeset.is_empty() {
        return Ok(());
    }
    let hlc = tick(conn)?;
    conn.execute(
        "INSERT INTO sync_outbox (hlc, changeset) VALUES (?1, ?2)",
        params![hlc, changeset],
    )?;
    stamp_fields(conn, changeset, hlc, site)
}

/// Records `(hlc, site)` as the last edit of every field a changeset's updates set.
pub fn stamp_fields(conn: &Connection, changeset: &[u8], hlc: i64, site: i64) -> SqlResult<()> {
    let changes = session::changes(changeset).map_err(capture_error)?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO sync_clock (tbl, pk, col, hlc, site) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (tbl, pk, col) DO UPDATE SET hlc = excluded.hlc, site = excluded.site",
    )?;
    // An update's fields; and every field of a row inserted under a key the rows carry
    // themselves (a person's free care), which another site may insert at the same time.
    let stamped = |c: &&session::Change| match c.op {
        Op::Update => true,
        Op::Insert => tables::replicated(&c.table).is_some_and(|t| t.key == tables::Key::Natural),
        Op::Delete => false,
    };
    for c in changes.iter().filter(stamped) {
        let key = key_text(&c.key());
        for (col, v) in c.new.iter().enumerate() {
            if v.is_some() && !c.pk[col] {
                stmt.execute(params![c.table, key, col as i64, hlc, site])?;
            }
        }
    }
    Ok(())
}

/// In builds for testing, every write to a replicated table outside a [`WriteTx`] (or a
/// step that opens the guard itself: an exchange applying another site's changes) is refused,
/// so that the whole test suite finds a write the other sites would never receive.
#[cfg(debug_assertions)]
pub fn guard(conn: &Connection) -> SqlResult<()> {
    let mut sql = String::from(
        "CREATE TEMP TABLE IF NOT EXISTS write_open (open INTEGER NOT NULL);
         DELETE FROM temp.write_open; INSERT INTO temp.write_open VALUES (0);",
    );
    for t in tables::replicated_names() {
        for op in ["INSERT", "UPDATE", "DELETE"] {
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS write_open_{t}_{op} BEFORE {op} ON main.{t}
                 WHEN (SELECT open FROM temp.write_open) = 0
                 BEGIN SELECT RAISE(ABORT, '{op} on {t} outside a write transaction'); END;"
            ));
        }
    }
    conn.execute_batch(&sql)
}

/// Opens (or closes) the guard of [`guard`] for a step that writes replicated tables on its
/// own terms, inside its own transaction.
pub fn open_guard(conn: &Connection, open: bool) -> SqlResult<()> {
    #[cfg(debug_assertions)]
    conn.execute("UPDATE temp.write_open SET open = ?1", [i64::from(open)])?;
    let _ = (conn, open);
    Ok(())
}
