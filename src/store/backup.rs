//! Backups while desks work (SQLite's online backup API), checked before they are called done;
//! restoring one, checked before anything is replaced.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::migrate::{self, APPLICATION_ID, latest_version};
use super::{Key, Store, StoreError};
use crate::i18n::{Localised, Msg};

/// Why a backup or a restore was refused.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The target file exists: a backup never overwrites.
    #[error("{0} exists")]
    Exists(PathBuf),
    /// The file to restore is not a seuil database (or not one this seuil can read).
    #[error("{0} is not a seuil backup")]
    NotABackup(PathBuf),
    /// The file to restore was made by a newer seuil.
    #[error("{0} is from a newer seuil")]
    Newer(PathBuf),
    /// The backup could not be written where asked (a full or read-only stick, a removed one).
    #[error("cannot write {0}: {1}")]
    Target(PathBuf, String),
    /// The copy is damaged: what `integrity_check` said.
    #[error("damaged: {0}")]
    Damaged(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for BackupError {
    fn from(e: rusqlite::Error) -> Self {
        BackupError::Store(StoreError::from(e))
    }
}

/// Copies `from` into `to` page by page, telling `progress` the share done (0–100); waits when a
/// desk holds the lock, so desks keep working meanwhile.
fn copy(
    from: &Connection,
    to: &mut Connection,
    progress: &mut dyn FnMut(u32),
) -> Result<(), BackupError> {
    let backup = Backup::new(from, to)?;
    loop {
        let step = backup.step(256)?;
        let p = backup.progress();
        if p.pagecount > 0 {
            let done = (p.pagecount - p.remaining).max(0);
            progress(u32::try_from(done * 100 / p.pagecount).unwrap_or(100));
        }
        match step {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            _ => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

fn integrity(conn: &Connection) -> Result<(), BackupError> {
    let result: String = conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?;
    if result == "ok" {
        Ok(())
    } else {
        Err(BackupError::Damaged(result))
    }
}

/// Opens a file read-only, with the key when there is one.
fn open_read_only(path: &Path, key: Option<&Key>) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    if let Some(k) = key {
        k.apply(&conn)?;
    }
    Ok(conn)
}

/// Checks, read-only, that `path` is an intact seuil database this seuil can read (with `key`
/// when the database is encrypted: a backup has the key of the database it was made from).
pub fn check_backup(path: &Path, key: Option<&Key>) -> Result<(), BackupError> {
    let not = || BackupError::NotABackup(path.to_path_buf());
    if key.is_none() && super::starts_like_sqlite(path) != Some(true) {
        return Err(not());
    }
    let conn = open_read_only(path, key).map_err(|_| not())?;
    let app: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|_| not())?;
    if app != APPLICATION_ID {
        return Err(not());
    }
    if migrate::current_version(&conn).map_err(|_| not())? > latest_version() {
        return Err(BackupError::Newer(path.to_path_buf()));
    }
    integrity(&conn)
}

impl Store {
    /// Writes a backup to `target` (never over an existing file) while desks keep working,
    /// then checks it; a failed or damaged copy is removed, never left looking like a backup.
    pub fn backup_to(
        &self,
        target: &Path,
        progress: &mut dyn FnMut(u32),
    ) -> Result<(), BackupError> {
        if target.exists() {
            return Err(BackupError::Exists(target.to_path_buf()));
        }
        let result = (|| {
            let mut to = Connection::open(target)
                .and_then(|c| {
                    if let Some(k) = &self.key {
                        k.apply(&c)?;
                    }
                    Ok(c)
                })
                .map_err(|e| StoreError::Open {
                    path: target.to_path_buf(),
                    detail: e.to_string(),
                })?;
            copy(&self.conn, &mut to, progress)?;
            // A backup is one self-contained file: no write-ahead log beside it when read.
            to.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
            integrity(&to)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(target);
        }
        // Writing the copy failed: the place it goes is the problem, not the database.
        result.map_err(|e| match e {
            BackupError::Store(StoreError::Sqlite(e) | StoreError::DiskFull(e)) => {
                BackupError::Target(target.to_path_buf(), e.to_string())
            }
            other => other,
        })
    }

    /// Replaces this database's content with a checked backup, then brings its schema up to
    /// date. Other desks see the restored content.
    pub fn restore_from(
        &mut self,
        source: &Path,
        progress: &mut dyn FnMut(u32),
    ) -> Result<(), BackupError> {
        check_backup(source, self.key.as_ref())?;
        let from = open_read_only(source, self.key.as_ref())?;
        copy(&from, &mut self.conn, progress)?;
        migrate::migrate(&mut self.conn)?;
        integrity(&self.conn)
    }
}

/// Name of the daily backup of `day`.
fn daily_name(day: chrono::NaiveDate) -> String {
    format!("seuil-{}.db", day.format("%Y-%m-%d"))
}

impl Store {
    /// The automatic daily backup: once a day into `dir` (made if missing), checked like any
    /// backup, keeping the `keep` newest. `Ok(None)` when today's is already there (another
    /// desk made it). Written under a temporary name first, so a half-made copy never looks
    /// like a backup.
    pub fn daily_backup(
        &self,
        dir: &Path,
        today: chrono::NaiveDate,
        keep: u32,
    ) -> Result<Option<PathBuf>, BackupError> {
        let target = dir.join(daily_name(today));
        if target.exists() {
            return Ok(None);
        }
        std::fs::create_dir_all(dir).map_err(|e| StoreError::CreateDir {
            path: dir.to_path_buf(),
            detail: e.to_string(),
        })?;
        let part = dir.join(format!("{}.part", daily_name(today)));
        match self.backup_to(&part, &mut |_| {}) {
            Ok(()) => {}
            // Another desk is making it right now.
            Err(BackupError::Exists(_)) => return Ok(None),
            Err(e) => return Err(e),
        }
        std::fs::rename(&part, &target).map_err(|e| StoreError::Open {
            path: target.clone(),
            detail: e.to_string(),
        })?;
        let mut daily: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| {
                        p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with("seuil-") && n.ends_with(".db"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        daily.sort();
        let excess = daily.len().saturating_sub(keep.max(1) as usize);
        for old in daily.iter().take(excess) {
            let _ = std::fs::remove_file(old);
        }
        Ok(Some(target))
    }
}

impl Localised for BackupError {
    fn msg(&self) -> Msg {
        match self {
            BackupError::Exists(p) => Msg::new("db-backup-exists").arg("path", p.as_path()),
            BackupError::NotABackup(p) => {
                Msg::new("db-restore-not-backup").arg("path", p.as_path())
            }
            BackupError::Newer(p) => Msg::new("db-restore-newer").arg("path", p.as_path()),
            BackupError::Target(p, detail) => Msg::new("db-backup-target")
                .arg("path", p.as_path())
                .arg("detail", detail.as_str()),
            BackupError::Damaged(detail) => {
                Msg::new("db-backup-damaged").arg("detail", detail.as_str())
            }
            BackupError::Store(s) => s.msg(),
        }
    }
}
