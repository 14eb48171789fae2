//! What can go wrong with the database, in words a person can act on.

use std::path::PathBuf;

use crate::i18n::{Localised, Msg};

/// An error of the store. Each variant says what happened and, through [`Localised`], what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not a SQLite database made by seuil. Nothing was written.
    #[error("{path} is not a seuil database")]
    NotADatabase { path: PathBuf },
    /// The database was migrated by a newer seuil. Nothing was written.
    #[error("{path} has schema {found}, newer than {supported}")]
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The folder of the database could not be created.
    #[error("cannot create {path}: {detail}")]
    CreateDir { path: PathBuf, detail: String },
    /// The file could not be opened.
    #[error("cannot open {path}: {detail}")]
    Open { path: PathBuf, detail: String },
    /// Another program held the database for longer than the busy timeout (a long backup,
    /// a stuck desk). Nothing was written.
    #[error("database busy: {0}")]
    Busy(rusqlite::Error),
    /// The disk is full: the write was refused and nothing was half-written.
    #[error("disk full: {0}")]
    DiskFull(rusqlite::Error),
    /// A key was given but does not open the file (or the file is not encrypted). Nothing was
    /// written.
    #[error("the key does not open {path}")]
    WrongKey { path: PathBuf },
    /// The key file could not be read.
    #[error("cannot read the key file {path}: {detail}")]
    KeyFile { path: PathBuf, detail: String },
    /// A passphrase shorter than the minimum.
    #[error("a passphrase has at least {min} characters")]
    KeyTooShort { min: usize },
    /// Other desks have the database open (encrypting needs it alone).
    #[error("other desks have the database open")]
    InUse,
    /// Any other SQLite error.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode::{DatabaseBusy, DatabaseLocked, DiskFull};
        match e.sqlite_error_code() {
            Some(DatabaseBusy | DatabaseLocked) => StoreError::Busy(e),
            Some(DiskFull) => StoreError::DiskFull(e),
            _ => StoreError::Sqlite(e),
        }
    }
}

impl Localised for StoreError {
    fn msg(&self) -> Msg {
        match self {
            StoreError::NotADatabase { path } => {
                Msg::new("error-not-a-database").arg("path", path.as_path())
            }
            StoreError::Newer {
                path,
                found,
                supported,
            } => Msg::new("error-db-newer")
                .arg("path", path.as_path())
                .arg("found", *found)
                .arg("supported", *supported),
            StoreError::CreateDir { path, detail } => Msg::new("error-db-create-dir")
                .arg("path", path.as_path())
                .arg("detail", detail.as_str()),
            StoreError::Open { path, detail } => Msg::new("error-db-open")
                .arg("path", path.as_path())
                .arg("detail", detail.as_str()),
            StoreError::WrongKey { path } => {
                Msg::new("error-wrong-key").arg("path", path.as_path())
            }
            StoreError::KeyFile { path, detail } => Msg::new("error-key-file")
                .arg("path", path.as_path())
                .arg("detail", detail.as_str()),
            StoreError::KeyTooShort { min } => Msg::new("error-key-short").arg("min", *min),
            StoreError::InUse => Msg::new("error-db-in-use"),
            StoreError::Busy(_) => Msg::new("error-db-busy"),
            StoreError::DiskFull(_) => Msg::new("error-disk-full"),
            StoreError::Sqlite(e) => Msg::new("error-db").arg("detail", e.to_string()),
        }
    }
}

/// Shorthand for results of the store.
pub type StoreResult<T> = Result<T, StoreError>;
