//! SQLite's session extension, the few calls the sites need: a session recording one write
//! transaction's changes to the replicated tables, the changeset it makes, and the changes a
//! changeset holds, read back as values.
//!
//! The bundled SQLCipher is compiled with the extension (`.cargo/config.toml`) and
//! libsqlite3-sys declares its functions; rusqlite's own wrapper would need libclang on every
//! machine that builds the desk, so the calls are made here, each checked.

use std::ffi::{CStr, CString, c_char, c_int, c_void};
use std::ptr;

use rusqlite::Connection;
use rusqlite::ffi;
use rusqlite::types::Value;

/// A failure of the session extension, with SQLite's code.
#[derive(Debug, thiserror::Error)]
#[error("session extension: {what} (code {code})")]
pub struct SessionError {
    pub what: String,
    pub code: i32,
}

fn check(code: c_int, what: &str) -> Result<(), SessionError> {
    if code == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(SessionError {
            what: what.to_string(),
            code,
        })
    }
}

/// Records the changes made through one connection to the tables attached, until dropped.
pub struct Session<'c> {
    raw: *mut ffi::sqlite3_session,
    _conn: std::marker::PhantomData<&'c Connection>,
}

impl<'c> Session<'c> {
    /// A session on the main database of `conn`, recording the tables named.
    pub fn new(conn: &'c Connection, tables: &[&str]) -> Result<Session<'c>, SessionError> {
        let mut raw = ptr::null_mut();
        let main = c"main";
        // SAFETY: the handle is the open connection's, alive as long as `'c`; `raw` receives a
        // new session or stays null on failure.
        check(
            unsafe { ffi::sqlite3session_create(conn.handle(), main.as_ptr(), &mut raw) },
            "create",
        )?;
        let session = Session {
            raw,
            _conn: std::marker::PhantomData,
        };
        for t in tables {
            let name = CString::new(*t).map_err(|_| SessionError {
                what: format!("table name {t}"),
                code: ffi::SQLITE_MISUSE,
            })?;
            // SAFETY: a live session and a NUL-terminated name SQLite copies.
            check(
                unsafe { ffi::sqlite3session_attach(session.raw, name.as_ptr()) },
                &format!("attach {t}"),
            )?;
        }
        Ok(session)
    }

    /// Records as inserted every row of `table` that the attached database `from` lacks, as
    /// if each had been written now: a whole table's content as one changeset.
    pub fn diff_from(&self, from: &str, table: &str) -> Result<(), SessionError> {
        let bad = |what: &str| SessionError {
            what: what.to_string(),
            code: ffi::SQLITE_MISUSE,
        };
        let from = CString::new(from).map_err(|_| bad("database name"))?;
        let name = CString::new(table).map_err(|_| bad("table name"))?;
        let mut err: *mut c_char = ptr::null_mut();
        // SAFETY: a live session, NUL-terminated names; SQLite allocates `err` on failure,
        // freed below.
        let code =
            unsafe { ffi::sqlite3session_diff(self.raw, from.as_ptr(), name.as_ptr(), &mut err) };
        let detail = if err.is_null() {
            String::new()
        } else {
            // SAFETY: SQLite's NUL-terminated message, freed once read.
            let s = unsafe { CStr::from_ptr(err) }
                .to_string_lossy()
                .into_owned();
            unsafe { ffi::sqlite3_free(err.cast()) };
            s
        };
        check(code, &format!("diff {table}: {detail}"))
    }

    /// The changeset of what was recorded so far (empty when nothing changed).
    pub fn changeset(&self) -> Result<Vec<u8>, SessionError> {
        let mut n: c_int = 0;
        let mut buf: *mut c_void = ptr::null_mut();
        // SAFETY: a live session; SQLite allocates `buf` (n bytes), copied then freed.
        check(
            unsafe { ffi::sqlite3session_changeset(self.raw, &mut n, &mut buf) },
            "changeset",
        )?;
        let out = if buf.is_null() || n <= 0 {
            Vec::new()
        } else {
            // SAFETY: `buf` holds `n` bytes written by SQLite.
            unsafe { std::slice::from_raw_parts(buf.cast::<u8>(), n as usize) }.to_vec()
        };
        // SAFETY: freeing what SQLite allocated (null is allowed).
        unsafe { ffi::sqlite3_free(buf) };
        Ok(out)
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        // SAFETY: the session was created by `new` and is deleted once, before its connection
        // closes (the lifetime ties it to the connection).
        unsafe { ffi::sqlite3session_delete(self.raw) };
    }
}

/// What a change did to its row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Insert,
    Update,
    Delete,
}

/// One row's change, as a changeset holds it: for each column, the value before (`old`: an
/// update has the key and the changed columns, a delete every column) and after (`new`: an
/// insert has every column, an update the changed ones).
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub table: String,
    pub op: Op,
    /// Which columns are the table's primary key.
    pub pk: Vec<bool>,
    pub old: Vec<Option<Value>>,
    pub new: Vec<Option<Value>>,
}

impl Change {
    /// The primary key's values, from the old values (update, delete) or the new (insert).
    pub fn key(&self) -> Vec<Value> {
        let side = if self.op == Op::Insert {
            &self.new
        } else {
            &self.old
        };
        self.pk
            .iter()
            .zip(side)
            .filter(|(k, _)| **k)
            .map(|(_, v)| v.clone().unwrap_or(Value::Null))
            .collect()
    }
}

/// Every change a changeset holds, in its order. A changeset that is not one (damaged, cut
/// short) is an error, and nothing of it is returned.
pub fn changes(changeset: &[u8]) -> Result<Vec<Change>, SessionError> {
    let Ok(n) = c_int::try_from(changeset.len()) else {
        return Err(SessionError {
            what: "changeset over 2 GB".into(),
            code: ffi::SQLITE_TOOBIG,
        });
    };
    if n == 0 {
        return Ok(Vec::new());
    }
    let mut iter = ptr::null_mut();
    // SAFETY: the iterator reads the buffer, which outlives it (finalized below); SQLite does
    // not write to it.
    check(
        unsafe { ffi::sqlite3changeset_start(&mut iter, n, changeset.as_ptr().cast_mut().cast()) },
        "start",
    )?;
    let mut out = Vec::new();
    let result = loop {
        // SAFETY: a live iterator.
        match unsafe { ffi::sqlite3changeset_next(iter) } {
            ffi::SQLITE_ROW => match read_change(iter) {
                Ok(c) => out.push(c),
                Err(e) => break Err(e),
            },
            ffi::SQLITE_DONE => break Ok(()),
            code => {
                break Err(SessionError {
                    what: "next".into(),
                    code,
                });
            }
        }
    };
    // SAFETY: finalized once; its code repeats an error already met.
    let fin = unsafe { ffi::sqlite3changeset_finalize(iter) };
    result?;
    check(fin, "finalize")?;
    Ok(out)
}

fn read_change(iter: *mut ffi::sqlite3_changeset_iter) -> Result<Change, SessionError> {
    let mut table: *const c_char = ptr::null();
    let (mut ncol, mut op, mut indirect): (c_int, c_int, c_int) = (0, 0, 0);
    // SAFETY: a live iterator on a row; the table name lives until the next step.
    check(
        unsafe { ffi::sqlite3changeset_op(iter, &mut table, &mut ncol, &mut op, &mut indirect) },
        "op",
    )?;
    let table = if table.is_null() {
        String::new()
    } else {
        // SAFETY: SQLite's NUL-terminated name, copied at once.
        unsafe { CStr::from_ptr(table) }
            .to_string_lossy()
            .into_owned()
    };
    let op = match op {
        ffi::SQLITE_INSERT => Op::Insert,
        ffi::SQLITE_UPDATE => Op::Update,
        ffi::SQLITE_DELETE => Op::Delete,
        code => {
            return Err(SessionError {
                what: "unknown operation".into(),
                code,
            });
        }
    };
    let mut flags: *mut u8 = ptr::null_mut();
    let mut npk: c_int = 0;
    // SAFETY: as above; the flags array holds `npk` bytes until the next step.
    check(
        unsafe { ffi::sqlite3changeset_pk(iter, &mut flags, &mut npk) },
        "pk",
    )?;
    let pk: Vec<bool> = if flags.is_null() {
        vec![false; ncol as usize]
    } else {
        // SAFETY: `npk` bytes written by SQLite.
        unsafe { std::slice::from_raw_parts(flags, npk as usize) }
            .iter()
            .map(|b| *b != 0)
            .collect()
    };
    let mut old = Vec::with_capacity(ncol as usize);
    let mut new = Vec::with_capacity(ncol as usize);
    for i in 0..ncol {
        old.push(if op == Op::Insert {
            None
        } else {
            // SAFETY: a live iterator; column index within the row's count.
            value(|p| unsafe { ffi::sqlite3changeset_old(iter, i, p) })?
        });
        new.push(if op == Op::Delete {
            None
        } else {
            // SAFETY: as above.
            value(|p| unsafe { ffi::sqlite3changeset_new(iter, i, p) })?
        });
    }
    Ok(Change {
        table,
        op,
        pk,
        old,
        new,
    })
}

/// A value read through `get`, copied out of SQLite; `None` when the change holds none for
/// that column.
fn value(
    get: impl FnOnce(*mut *mut ffi::sqlite3_value) -> c_int,
) -> Result<Option<Value>, SessionError> {
    let mut v: *mut ffi::sqlite3_value = ptr::null_mut();
    check(get(&mut v), "value")?;
    if v.is_null() {
        return Ok(None);
    }
    // SAFETY: a protected value owned by the iterator, read before its next step; text and
    // blob pointers are read together with their byte counts.
    let value = unsafe {
        match ffi::sqlite3_value_type(v) {
            ffi::SQLITE_INTEGER => Value::Integer(ffi::sqlite3_value_int64(v)),
            ffi::SQLITE_FLOAT => Value::Real(ffi::sqlite3_value_double(v)),
            ffi::SQLITE_TEXT => {
                let p = ffi::sqlite3_value_text(v);
                let n = ffi::sqlite3_value_bytes(v) as usize;
                let bytes = if p.is_null() {
                    &[][..]
                } else {
                    std::slice::from_raw_parts(p, n)
                };
                Value::Text(String::from_utf8_lossy(bytes).into_owned())
            }
            ffi::SQLITE_BLOB => {
                let p = ffi::sqlite3_value_blob(v).cast::<u8>();
                let n = ffi::sqlite3_value_bytes(v) as usize;
                Value::Blob(if p.is_null() {
                    Vec::new()
                } else {
                    std::slice::from_raw_parts(p, n).to_vec()
                })
            }
            _ => Value::Null,
        }
    };
    Ok(Some(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let c = Connection::open_in_memory().unwrap_or_else(|e| unreachable!("{e}"));
        c.execute_batch(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER);
             CREATE TABLE other (id INTEGER PRIMARY KEY, x TEXT);",
        )
        .unwrap_or_else(|e| unreachable!("{e}"));
        c
    }

    #[test]
    fn a_session_records_the_attached_tables_changes_and_reads_them_back() {
        let c = db();
        c.execute("INSERT INTO t VALUES (1, 'Ahmed', 1)", [])
            .unwrap_or_else(|e| unreachable!("{e}"));
        let s = Session::new(&c, &["t"]).unwrap_or_else(|e| unreachable!("{e}"));
        c.execute_batch(
            "INSERT INTO t VALUES (2, 'ሳባ', 2);
             UPDATE t SET name = 'Ahmad' WHERE id = 1;
             INSERT INTO other VALUES (1, 'not recorded');
             INSERT INTO t VALUES (3, 'gone', 3); DELETE FROM t WHERE id = 3;",
        )
        .unwrap_or_else(|e| unreachable!("{e}"));
        let cs = s.changeset().unwrap_or_else(|e| unreachable!("{e}"));
        let all = changes(&cs).unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(all.len(), 2, "{all:?}");
        let upd = all.iter().find(|c| c.op == Op::Update);
        let upd = upd.unwrap_or_else(|| unreachable!("no update"));
        assert_eq!(upd.key(), vec![Value::Integer(1)]);
        assert_eq!(upd.old[1], Some(Value::Text("Ahmed".into())));
        assert_eq!(upd.new[1], Some(Value::Text("Ahmad".into())));
        assert_eq!(upd.new[2], None, "an unchanged column holds no value");
        let ins = all.iter().find(|c| c.op == Op::Insert);
        let ins = ins.unwrap_or_else(|| unreachable!("no insert"));
        assert_eq!(ins.new[1], Some(Value::Text("ሳባ".into())));
        assert_eq!(ins.pk, vec![true, false, false]);
    }

    #[test]
    fn a_damaged_changeset_is_refused_whole() {
        let c = db();
        let s = Session::new(&c, &["t"]).unwrap_or_else(|e| unreachable!("{e}"));
        c.execute_batch("INSERT INTO t VALUES (1, 'a', 1); INSERT INTO t VALUES (2, 'b', 2);")
            .unwrap_or_else(|e| unreachable!("{e}"));
        let cs = s.changeset().unwrap_or_else(|e| unreachable!("{e}"));
        assert!(changes(&cs[..cs.len() - 3]).is_err());
        assert!(changes(b"not a changeset at all").is_err());
    }

    #[test]
    fn a_whole_table_is_read_as_inserts_by_a_diff_with_an_empty_copy() {
        let c = db();
        c.execute_batch(
            "INSERT INTO t VALUES (1, 'a', 1), (2, 'b', 2);
             ATTACH ':memory:' AS seed;
             CREATE TABLE seed.t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER);",
        )
        .unwrap_or_else(|e| unreachable!("{e}"));
        let s = Session::new(&c, &["t"]).unwrap_or_else(|e| unreachable!("{e}"));
        s.diff_from("seed", "t")
            .unwrap_or_else(|e| unreachable!("{e}"));
        let all = changes(&s.changeset().unwrap_or_else(|e| unreachable!("{e}")))
            .unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(all.len(), 2);
        assert!(all.iter().all(|c| c.op == Op::Insert));
    }
}
