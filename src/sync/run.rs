//! The exchange between sites: joining (`seuil sync init`), one exchange (`seuil sync run`),
//! and what a coordinator asks of it (`status`, `conflicts`).
//!
//! A site writes only its own folder of the shared folder (`site-03/`), files numbered from 1,
//! and never touches another's. The outbox's entries are given their file number in the
//! register first, then the file is written: a file lost to a crash or a full disk is written
//! again, the same, at the next exchange. Another site's files are applied one at a time, in
//! their order, each in one transaction with the mark of how far that site's files have been
//! applied: a file is applied once, whole or not at all.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::OptionalExtension;
use serde::Serialize;

pub(super) use super::apply::{Applied, Applier};
pub(super) use super::exchange::{
    self, Entry, Header, OrgKey, SITE_FILE, SiteFile, Unreadable, file_number, file_path,
    site_folder,
};
pub(super) use super::session::Session;
pub(super) use super::tables::{self, MAX_SITES};
pub(super) use crate::store::Store;
pub(super) use crate::store::capture::{self, stamp_fields, tick};
pub(super) use crate::store::ids::{Joined, SiteError};

pub use super::error::SyncError;
pub(super) use super::incoming::read_others;
pub use super::init::{Started, init};
pub(super) use super::outgoing::{check_own, write_outbox, write_whole};
pub(super) use super::review::propose_duplicates;
pub use super::review::{
    Conflict, DoubleDose, Duplicate, Held, Hold, Peer, Status, conflicts, double_doses, duplicates,
    reviewed, status,
};

/// A file holds at most this much of changesets; more go into the next.
pub(super) const FILE_BYTES: usize = 8 << 20;

/// A clock further ahead than this of the machine's is taken for a wrong date.
pub(super) const CLOCK_AHEAD_MS: i64 = 24 * 3600 * 1000;

/// What one exchange did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub files_written: usize,
    pub changes_written: usize,
    pub files_applied: usize,
    pub changes_applied: usize,
    pub held: Vec<Held>,
    pub conflicts: usize,
    /// Doses of one prescription given the same day at two sites.
    pub double_doses: Vec<DoubleDose>,
    /// Likely duplicates across sites, for review.
    pub duplicates: usize,
}

/// The exchange's settings, as `sync init` recorded them.
pub(super) struct State {
    pub(super) folder: PathBuf,
    pub(super) key_file: PathBuf,
    pub(super) machine: String,
    pub(super) written: i64,
    pub(super) site: Joined,
}

pub(super) fn state(store: &Store) -> Result<State, SyncError> {
    let row: Option<(String, String, String, i64)> = store
        .conn()
        .query_row(
            "SELECT folder, key_file, machine, written FROM sync_state",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let (Some((folder, key_file, machine, written)), Some(site)) = (row, store.joined()?) else {
        return Err(SyncError::NotStarted);
    };
    Ok(State {
        folder: folder.into(),
        key_file: key_file.into(),
        machine,
        written,
        site,
    })
}

pub(super) fn read_key(path: &Path) -> Result<OrgKey, SyncError> {
    let text = fs::read_to_string(path).map_err(|e| SyncError::Key {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    OrgKey::parse(&text).ok_or_else(|| SyncError::NoKey(path.to_path_buf()))
}

pub(super) fn folder_error(path: &Path) -> impl Fn(std::io::Error) -> SyncError + '_ {
    move |e| SyncError::Folder {
        path: path.to_path_buf(),
        detail: e.to_string(),
    }
}

/// The sites that have a folder in the shared folder, by number.
pub(super) fn sites_in(
    shared: &Path,
) -> Result<BTreeMap<i64, (PathBuf, Option<SiteFile>)>, SyncError> {
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(shared).map_err(folder_error(shared))? {
        let entry = entry.map_err(folder_error(shared))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(n) = name
            .strip_prefix("site-")
            .and_then(|d| d.parse::<i64>().ok())
        else {
            continue;
        };
        let file = fs::read_to_string(entry.path().join(SITE_FILE))
            .ok()
            .and_then(|t| toml::from_str::<SiteFile>(&t).ok());
        out.insert(n, (entry.path(), file));
    }
    Ok(out)
}

/// One exchange: this site's new changes written, then every other site's new files applied,
/// in order, each once.
pub fn run(store: &Store, at: NaiveDateTime) -> Result<Report, SyncError> {
    run_with(store, at, std::time::Duration::from_secs(20))
}

/// [`run`], comparing the persons received with this site's records for at most `compare`
/// (what is left is compared at the next exchange).
pub fn run_with(
    store: &Store,
    at: NaiveDateTime,
    compare: std::time::Duration,
) -> Result<Report, SyncError> {
    let st = state(store)?;
    let key = read_key(&st.key_file)?;
    let own = site_folder(&st.folder, st.site.number);
    check_own(store, &own, &st)?;
    let mut report = Report::default();
    write_outbox(store, &key, &own, &st, at, &mut report)?;
    read_others(store, &key, &st, at, &mut report)?;
    store.conn().execute(
        "UPDATE sync_state SET last_run = ?1",
        [at.format("%Y-%m-%d %H:%M:%S").to_string()],
    )?;
    propose_duplicates(store, at, compare)?;
    report.duplicates = duplicates(store)?.len();
    report.double_doses = double_doses(store, at.date())?;
    report.conflicts = store.conn().query_row(
        "SELECT count(*) FROM sync_conflict WHERE reviewed IS NULL",
        [],
        |r| r.get::<_, i64>(0),
    )? as usize;
    Ok(report)
}
