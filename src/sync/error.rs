//! Why an exchange could not start or finish, in the user's language.

use std::path::{Path, PathBuf};

use super::run::*;
use crate::i18n::{Localised, Msg};
use crate::store::StoreError;

/// Why an exchange could not start or finish. What was done before is kept.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("this register does not exchange with other sites")]
    NotStarted,
    #[error("already exchanging through {0}")]
    Started(PathBuf),
    #[error("key file {path}: {detail}")]
    Key { path: PathBuf, detail: String },
    #[error("key file {0} holds no key")]
    NoKey(PathBuf),
    #[error("folder {path}: {detail}")]
    Folder { path: PathBuf, detail: String },
    #[error("{path} is written by another machine")]
    Taken { path: PathBuf, number: i64 },
    #[error("no site number left")]
    Full,
    #[error("no entry {0} on the review list")]
    UnknownReview(i64),
    #[error("{path} holds files up to {found}; this register wrote up to {written}")]
    Behind {
        path: PathBuf,
        written: i64,
        found: i64,
    },
    #[error("cannot write {path}: {detail}")]
    Write { path: PathBuf, detail: String },
    #[error(transparent)]
    Site(#[from] SiteError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for SyncError {
    fn from(e: rusqlite::Error) -> Self {
        SyncError::Store(e.into())
    }
}

impl Localised for SyncError {
    fn msg(&self) -> Msg {
        let path = |p: &Path| p.display().to_string();
        match self {
            SyncError::NotStarted => Msg::new("sync-error-not-started"),
            SyncError::Started(folder) => {
                Msg::new("sync-error-started").arg("folder", path(folder))
            }
            SyncError::Key { path: p, detail } => Msg::new("sync-error-key")
                .arg("path", path(p))
                .arg("detail", detail.as_str()),
            SyncError::NoKey(p) => Msg::new("sync-error-no-key").arg("path", path(p)),
            SyncError::Folder { path: p, detail } => Msg::new("sync-error-folder")
                .arg("path", path(p))
                .arg("detail", detail.as_str()),
            SyncError::Taken { path: p, number } => Msg::new("sync-error-taken")
                .arg("path", path(p))
                .arg("number", *number),
            SyncError::Full => Msg::new("sync-error-full").arg("max", MAX_SITES),
            SyncError::UnknownReview(id) => Msg::new("sync-error-unknown-review").arg("id", *id),
            SyncError::Behind {
                path: p,
                written,
                found,
            } => Msg::new("sync-error-behind")
                .arg("path", path(p))
                .arg("written", *written)
                .arg("found", *found),
            SyncError::Write { path: p, detail } => Msg::new("sync-error-write")
                .arg("path", path(p))
                .arg("detail", detail.as_str()),
            SyncError::Site(e) => e.msg(),
            SyncError::Store(e) => e.msg(),
        }
    }
}
