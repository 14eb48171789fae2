//! The database: one SQLite file in WAL mode shared by the desks of a site.
//!
//! Opening checks, before writing a single byte, that the file is a seuil database and not one
//! made by a newer seuil; then sets the pragmas and applies the missing migrations.

pub mod appointments;
pub mod audit;
pub mod backup;
mod bulk;
pub mod capture;
pub mod counter;
pub mod coverage;
pub mod days;
mod drafts;
mod due;
pub mod encrypt;
mod engine;
mod entries;
mod error;
mod export;
pub mod ids;
pub mod key;
pub mod mediation;
mod merges;
pub mod migrate;
pub mod outreach;
pub mod partners;
pub mod persons;
pub mod print_jobs;
mod queue_error;
pub mod queues;
pub mod referrals;
pub mod retention;
mod search;
mod services;
pub mod staff;
pub mod stock;
pub mod tdi;
pub mod treatment;
mod visits;
mod words;
pub use words::words_after_exchange;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

pub use bulk::Bulk;
pub use engine::{Engine, engine};
pub use error::{StoreError, StoreResult};
pub use key::Key;
pub use migrate::{APPLICATION_ID, latest_version};
pub use persons::{Person, PersonError};
pub use seuil_cipher::PROVIDER as CIPHER_PROVIDER;

/// First 16 bytes of every SQLite 3 database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// How long a write waits for another desk's transaction before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open, migrated database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    key: Option<Key>,
}

impl Store {
    /// Opens (creating it and its folders if needed) the database at `path`, checks it, migrates it.
    pub fn open(path: &Path) -> StoreResult<Store> {
        Store::open_keyed(path, None)
    }

    /// Opens a database encrypted with `key` (or a plain one when `None`).
    pub fn open_keyed(path: &Path, key: Option<&Key>) -> StoreResult<Store> {
        Store::open_keyed_with(path, key, &mut |_, _| {})
    }

    /// As [`Store::open_keyed`], telling `progress` how far a recomputation of the search keys
    /// has come (done, of how many) when the name rules changed since they were written.
    pub fn open_keyed_with(
        path: &Path,
        key: Option<&Key>,
        progress: &mut dyn FnMut(u64, u64),
    ) -> StoreResult<Store> {
        // SQLite alone opens the file (see `starts_like_sqlite`); a foreign one fails its first
        // read below, before anything is written.
        if path.is_dir() {
            return Err(StoreError::NotADatabase {
                path: path.to_path_buf(),
            });
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(|e| StoreError::CreateDir {
                path: parent.to_path_buf(),
                detail: e.to_string(),
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| StoreError::Open {
            path: path.to_path_buf(),
            detail: e.to_string(),
        })?;
        Store::prepare(conn, Some(path.to_path_buf()), key.cloned(), progress)
    }

    /// Another connection to the same database, with the same key.
    pub fn reopen(&self) -> StoreResult<Store> {
        match &self.path {
            Some(p) => Store::open_keyed(p, self.key.as_ref()),
            None => Store::open_in_memory(),
        }
    }

    /// The key this database was opened with.
    pub fn key(&self) -> Option<&Key> {
        self.key.as_ref()
    }

    /// A fresh database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> StoreResult<Store> {
        Store::prepare(Connection::open_in_memory()?, None, None, &mut |_, _| {})
    }

    fn prepare(
        mut conn: Connection,
        path: Option<PathBuf>,
        key: Option<Key>,
        progress: &mut dyn FnMut(u64, u64),
    ) -> StoreResult<Store> {
        let shown = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        if let Some(k) = &key {
            k.apply(&conn)?;
        }
        // Wait for other desks' locks from the very first read (this writes nothing).
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Read-only checks first: a foreign or newer file must stay byte-for-byte as it was.
        let not_a_db = |_| match key {
            Some(_) => StoreError::WrongKey {
                path: shown.clone(),
            },
            None => StoreError::NotADatabase {
                path: shown.clone(),
            },
        };
        // One statement, so one snapshot: another desk may be creating the file this instant.
        let (app_id, version, tables): (i64, i64, i64) = conn
            .query_row(
                "SELECT (SELECT application_id FROM pragma_application_id()),
                        (SELECT user_version FROM pragma_user_version()),
                        (SELECT count(*) FROM sqlite_schema)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(not_a_db)?;
        let fresh = app_id == 0 && version == 0 && tables == 0;
        if !fresh && app_id != APPLICATION_ID {
            return Err(StoreError::NotADatabase { path: shown });
        }
        if version > latest_version() {
            return Err(StoreError::Newer {
                path: shown,
                found: version,
                supported: latest_version(),
            });
        }
        if path.is_some() {
            retry_when_busy(|| {
                conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
                    .map_err(StoreError::from)
            })?;
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Reads through the page cache of the system rather than copies: searches read a lot.
        // (Not for an encrypted database: SQLCipher reads through its own page cipher.)
        if key.is_none() {
            conn.execute_batch("PRAGMA mmap_size = 268435456")?;
        }
        retry_when_busy(|| migrate::migrate(&mut conn))?;
        retry_when_busy(|| refresh_keys(&mut conn, progress))?;
        audit::install(&conn, &audit::os_user())?;
        #[cfg(debug_assertions)]
        capture::guard(&conn)?;
        Ok(Store { conn, path, key })
    }

    /// How long a write waits for another program's lock before giving up with
    /// [`StoreError::Busy`] (tests shorten it).
    pub fn set_busy_timeout(&self, wait: Duration) -> StoreResult<()> {
        self.conn.busy_timeout(wait)?;
        Ok(())
    }

    /// For a long-running desk: no memory-mapped reads, a small page cache, so that what it
    /// holds stays small whatever the size of the register.
    pub fn desk_memory(&self) -> StoreResult<()> {
        self.conn
            .execute_batch("PRAGMA mmap_size = 0; PRAGMA cache_size = -4096;")?;
        Ok(())
    }

    /// The connection, for the table modules of the store.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The file of the database (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> StoreResult<i64> {
        migrate::current_version(&self.conn)
    }

    /// Runs SQLite's full integrity check; `Ok(None)` when intact, or the first problems found.
    pub fn integrity_problems(&self) -> StoreResult<Option<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check(20)")?;
        let lines: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<_, _>>()?;
        if lines.len() == 1 && lines[0] == "ok" {
            Ok(None)
        } else {
            Ok(Some(lines.join("; ")))
        }
    }

    /// A site-wide setting.
    pub fn setting(&self, key: &str) -> StoreResult<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Sets a site-wide setting, in its own transaction.
    pub fn set_setting(&self, key: &str, value: &str) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }
}

/// Runs a step that SQLite may refuse at once, without waiting, to avoid a deadlock: two desks
/// started together both switching a new file to WAL, or both wanting to migrate it. Both steps
/// are safe to repeat; a short pause and another try always settles it.
/// Recomputes the stored search keys once, when they were written by older name rules; the
/// write lock is taken first, so desks opening together do it once.
fn refresh_keys(conn: &mut Connection, progress: &mut dyn FnMut(u64, u64)) -> StoreResult<()> {
    if !words::keys_stale(conn)? {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    if words::keys_stale(&tx)? {
        words::rebuild_search_keys(&tx, progress)?;
    }
    tx.commit()?;
    Ok(())
}

fn retry_when_busy<T>(mut step: impl FnMut() -> StoreResult<T>) -> StoreResult<T> {
    let mut tries = 0;
    loop {
        match step() {
            Err(StoreError::Busy(_)) if tries < 100 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(10 + 5 * tries));
            }
            other => return other,
        }
    }
}

/// The first 16 bytes of a file and how many there were (a file may be shorter), without
/// reading the rest of it.
fn read_head(file: &mut fs::File) -> std::io::Result<([u8; 16], usize)> {
    let mut head = [0u8; 16];
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..])? {
            0 => break,
            n => read += n,
        }
    }
    Ok((head, read))
}

/// Whether the file at `path` starts like a plain SQLite database (`None`: it cannot be read).
/// An encrypted database does not: its first bytes are its salt.
///
/// Never for a file this process has open as a database: closing any descriptor of a file drops
/// all the locks the process holds on it, and without them the next program to close the file
/// takes it for unused and deletes the write-ahead log under the open connection. So a database
/// is opened by SQLite alone, which judges a foreign file itself (see [`Store::open_keyed`]).
pub fn starts_like_sqlite(path: &Path) -> Option<bool> {
    let mut file = fs::File::open(path).ok()?;
    let (head, _) = read_head(&mut file).ok()?;
    Some(&head == SQLITE_HEADER)
}

#[cfg(test)]
mod tests;
