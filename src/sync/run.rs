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
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::apply::{Applied, Applier};
use super::exchange::{
    self, Entry, Header, OrgKey, SITE_FILE, SiteFile, Unreadable, file_number, file_path,
    site_folder,
};
use super::session::Session;
use super::tables::{self, MAX_SITES};
use crate::i18n::{Localised, Msg};
use crate::store::capture::{self, stamp_fields, tick};
use crate::store::ids::{Joined, SiteError};
use crate::store::{Store, StoreError, latest_version};

/// A file holds at most this much of changesets; more go into the next.
const FILE_BYTES: usize = 8 << 20;

/// A clock further ahead than this of the machine's is taken for a wrong date.
const CLOCK_AHEAD_MS: i64 = 24 * 3600 * 1000;

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

/// What `sync init` did.
#[derive(Debug, Clone, Serialize)]
pub struct Started {
    pub number: i64,
    pub name: String,
    pub folder: PathBuf,
    pub key_file: PathBuf,
    /// A new organisation key was made (the first site): it is to be copied to the others.
    pub new_key: bool,
}

/// Why a file waits unapplied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Hold {
    NewerSchema { found: i64, ours: i64 },
    Waiting { site: i64, file: i64 },
    NotOurs,
    OtherKey,
    Damaged,
    ClockAhead { days: i64 },
    Refused { detail: String },
    TwoMachines,
}

impl Hold {
    fn code(&self) -> &'static str {
        match self {
            Hold::NewerSchema { .. } => "newer-schema",
            Hold::Waiting { .. } => "waiting",
            Hold::NotOurs => "not-ours",
            Hold::OtherKey => "other-key",
            Hold::Damaged => "damaged",
            Hold::ClockAhead { .. } => "clock-ahead",
            Hold::Refused { .. } => "refused",
            Hold::TwoMachines => "two-machines",
        }
    }

    /// The message saying why `path` of site `site` is held and what to do.
    pub fn msg(&self, path: &Path, site: i64) -> Msg {
        let m = Msg::new(match self {
            Hold::NewerSchema { .. } => "sync-held-newer-schema",
            Hold::Waiting { .. } => "sync-held-waiting",
            Hold::NotOurs => "sync-held-not-ours",
            Hold::OtherKey => "sync-held-other-key",
            Hold::Damaged => "sync-held-damaged",
            Hold::ClockAhead { .. } => "sync-held-clock",
            Hold::Refused { .. } => "sync-held-refused",
            Hold::TwoMachines => "sync-held-two-machines",
        })
        .arg("path", path.display().to_string())
        .arg("site", site);
        match self {
            Hold::NewerSchema { found, ours } => m.arg("found", *found).arg("ours", *ours),
            Hold::Waiting { site: s, file } => m.arg("other", *s).arg("file", *file),
            Hold::ClockAhead { days } => m.arg("days", *days),
            Hold::Refused { detail } => m.arg("detail", detail.as_str()),
            _ => m,
        }
    }
}

/// A file held, as `sync run` and `sync status` report it.
#[derive(Debug, Clone, Serialize)]
pub struct Held {
    pub site: i64,
    pub file: i64,
    pub path: PathBuf,
    #[serde(flatten)]
    pub hold: Hold,
}

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

/// A person dosed twice the same day for one prescription, at two sites that could not see
/// each other's dose: every site that has both records shows it, the same.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoubleDose {
    pub person: String,
    pub day: String,
    pub prescription: i64,
    /// The sites that gave a dose, and the total given.
    pub sites: Vec<i64>,
    pub mg: f64,
}

/// The double doses across sites of the last `days` days before `today` (and today).
pub fn double_doses(store: &Store, today: chrono::NaiveDate) -> Result<Vec<DoubleDose>, SyncError> {
    let since = (today - chrono::Days::new(30)).to_string();
    let mut stmt = store.conn().prepare(
        "SELECT p.code, d.day, d.prescription_id, group_concat(DISTINCT d.id >> 40), sum(d.mg)
         FROM dose_event d JOIN person p ON p.id = d.person_id
         WHERE d.day >= ?1 AND d.outcome IN ('given', 'take_home')
           AND NOT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = d.id)
         GROUP BY d.prescription_id, d.day
         HAVING count(DISTINCT d.id >> 40) > 1
         ORDER BY d.day, p.code",
    )?;
    let rows = stmt
        .query_map([since], |r| {
            let sites: String = r.get(3)?;
            Ok(DoubleDose {
                person: r.get(0)?,
                day: r.get(1)?,
                prescription: r.get(2)?,
                sites: sites.split(',').filter_map(|s| s.parse().ok()).collect(),
                mg: r.get(4)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The exchange's settings, as `sync init` recorded them.
struct State {
    folder: PathBuf,
    key_file: PathBuf,
    machine: String,
    written: i64,
    site: Joined,
}

fn state(store: &Store) -> Result<State, SyncError> {
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

fn read_key(path: &Path) -> Result<OrgKey, SyncError> {
    let text = fs::read_to_string(path).map_err(|e| SyncError::Key {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    OrgKey::parse(&text).ok_or_else(|| SyncError::NoKey(path.to_path_buf()))
}

fn folder_error(path: &Path) -> impl Fn(std::io::Error) -> SyncError + '_ {
    move |e| SyncError::Folder {
        path: path.to_path_buf(),
        detail: e.to_string(),
    }
}

/// The sites that have a folder in the shared folder, by number.
fn sites_in(shared: &Path) -> Result<BTreeMap<i64, (PathBuf, Option<SiteFile>)>, SyncError> {
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

/// Writes `bytes` at `path` whole or not at all: a copy beside it, flushed to the disk, then
/// renamed over.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), SyncError> {
    let err = |e: std::io::Error| SyncError::Write {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    let written = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        if let Some(dir) = path.parent() {
            let _ = fs::File::open(dir).and_then(|d| d.sync_all());
        }
        Ok(())
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written.map_err(err)
}

fn machine_mark() -> String {
    format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

/// Joins the organisation as a site of `folder` (the next free number there, or the one this
/// database already has), with the organisation's key from `key_file` (made there when there
/// is none: the first site), and puts everything the register holds in the outbox for the
/// other sites.
pub fn init(
    store: &mut Store,
    name: &str,
    folder: &Path,
    key_file: &Path,
    by: &str,
    at: NaiveDateTime,
) -> Result<Started, SyncError> {
    if let Ok(s) = state(store) {
        return Err(SyncError::Started(s.folder));
    }
    let (key, new_key) = if key_file.exists() {
        (read_key(key_file)?, false)
    } else {
        let key = OrgKey::generate();
        write_key(key_file, &key)?;
        (key, true)
    };
    fs::create_dir_all(folder).map_err(folder_error(folder))?;
    let folder = fs::canonicalize(folder).map_err(folder_error(folder))?;
    let sites = sites_in(&folder)?;
    let number = match store.joined()? {
        Some(j) => j.number,
        None => (1..=MAX_SITES)
            .find(|n| !sites.contains_key(n))
            .ok_or(SyncError::Full)?,
    };
    if sites.contains_key(&number) {
        return Err(SyncError::Taken {
            path: site_folder(&folder, number),
            number,
        });
    }
    let machine = machine_mark();
    if store.joined()?.is_none() {
        store.join_site(name, number, by, at)?;
    }
    // Kept as a whole path: the exchange runs from any folder, the desk's too.
    let key_file = fs::canonicalize(key_file).unwrap_or_else(|_| key_file.to_path_buf());
    snapshot(store, &key, &folder, &key_file, &machine)?;
    // Last: a site folder names a site that exchanges (were this to fail, the next exchange
    // writes it).
    let own = site_folder(&folder, number);
    fs::create_dir_all(&own).map_err(folder_error(&own))?;
    let site = SiteFile {
        number,
        name: name.to_string(),
        machine,
    };
    write_whole(
        &own.join(SITE_FILE),
        toml::to_string(&site).unwrap_or_default().as_bytes(),
    )?;
    Ok(Started {
        number,
        name: name.to_string(),
        folder,
        key_file,
        new_key,
    })
}

fn write_key(path: &Path, key: &OrgKey) -> Result<(), SyncError> {
    let err = |e: std::io::Error| SyncError::Key {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(err)?;
    }
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).map_err(err)?;
    f.write_all(key.file_text().as_bytes()).map_err(err)?;
    f.sync_all().map_err(err)
}

/// Records the exchange's settings and, in the same transaction, the whole replicated content
/// as one entry of the outbox (every row, as inserted: SQLite's session extension compares
/// each table with an empty copy).
fn snapshot(
    store: &Store,
    key: &OrgKey,
    folder: &Path,
    key_file: &Path,
    machine: &str,
) -> Result<(), SyncError> {
    let conn = store.conn();
    conn.execute_batch("ATTACH ':memory:' AS seed KEY ''")?;
    let result = (|| -> Result<(), SyncError> {
        let tx = store.write_tx()?;
        for t in tables::replicated_names() {
            let sql: String = tx.query_row(
                "SELECT sql FROM main.sqlite_schema WHERE type = 'table' AND name = ?1",
                [t],
                |r| r.get(0),
            )?;
            tx.execute_batch(&sql.replacen("CREATE TABLE ", "CREATE TABLE seed.", 1))?;
        }
        tx.execute(
            "INSERT INTO sync_state (id, org, folder, key_file, machine) VALUES (1, ?1, ?2, ?3, ?4)",
            params![
                key.public(),
                folder.display().to_string(),
                key_file.display().to_string(),
                machine
            ],
        )?;
        // A table at a time, parents first: one entry each, so that a large register is never
        // held in memory whole.
        let site: i64 = tx.query_row("SELECT number FROM site", [], |r| r.get(0))?;
        for t in tables::replicated_names() {
            let session = Session::new(&tx, &[t]).map_err(session_error)?;
            session.diff_from("seed", t).map_err(session_error)?;
            let cs = session.changeset().map_err(session_error)?;
            drop(session);
            if !cs.is_empty() {
                let hlc = tick(&tx)?;
                tx.execute(
                    "INSERT INTO sync_outbox (hlc, changeset) VALUES (?1, ?2)",
                    params![hlc, cs],
                )?;
                stamp_fields(&tx, &cs, hlc, site)?;
            }
        }
        tx.commit()?;
        Ok(())
    })();
    let _ = conn.execute_batch("DETACH seed");
    result
}

fn session_error(e: super::session::SessionError) -> SyncError {
    SyncError::Store(StoreError::from(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(e.code),
        Some(e.to_string()),
    )))
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

/// This site's folder is this database's alone: its mark in `site.toml`, and no file beyond
/// the last it wrote.
fn check_own(store: &Store, own: &Path, st: &State) -> Result<(), SyncError> {
    let taken = || SyncError::Taken {
        path: own.to_path_buf(),
        number: st.site.number,
    };
    fs::create_dir_all(own).map_err(folder_error(own))?;
    match fs::read_to_string(own.join(SITE_FILE)) {
        Ok(t) => match toml::from_str::<SiteFile>(&t) {
            Ok(f) if f.machine == st.machine && f.number == st.site.number => {}
            _ => return Err(taken()),
        },
        Err(_) => {
            // Lost (the folder emptied by hand): written again.
            let site = SiteFile {
                number: st.site.number,
                name: st.site.name.clone(),
                machine: st.machine.clone(),
            };
            write_whole(
                &own.join(SITE_FILE),
                toml::to_string(&site).unwrap_or_default().as_bytes(),
            )?;
        }
    }
    let highest = fs::read_dir(own)
        .map_err(folder_error(own))?
        .flatten()
        .filter_map(|e| file_number(&e.file_name().to_string_lossy()))
        .max()
        .unwrap_or(0);
    // Read after the listing: a file this register wrote was numbered here first, even by
    // another desk exchanging at the same moment.
    let written: i64 = store
        .conn()
        .query_row("SELECT written FROM sync_state", [], |r| r.get(0))?;
    if highest > written {
        // Its own mark, and files it has no record of having written: this register is older
        // than its folder (put back from a backup).
        return Err(SyncError::Behind {
            path: own.to_path_buf(),
            written,
            found: highest,
        });
    }
    Ok(())
}

fn write_outbox(
    store: &Store,
    key: &OrgKey,
    own: &Path,
    st: &State,
    at: NaiveDateTime,
    report: &mut Report,
) -> Result<(), SyncError> {
    let conn = store.conn();
    // A file numbered but never written (a crash, a full disk): written now.
    if st.written > 0 && !file_path(own, st.written).exists() {
        write_file(store, key, own, st, st.written, at)?;
    }
    loop {
        let tx = store.write_tx()?;
        let pending: Vec<(i64, usize)> = {
            let mut stmt = tx.prepare(
                "SELECT seq, length(changeset) FROM sync_outbox WHERE file IS NULL ORDER BY seq",
            )?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as usize)))?
                .collect::<Result<_, _>>()?
        };
        if pending.is_empty() {
            break;
        }
        let mut size = 0;
        let last = pending
            .iter()
            .take_while(|(_, len)| {
                size += len;
                size <= FILE_BYTES
            })
            .last()
            .map_or(pending[0].0, |(seq, _)| *seq);
        let n: i64 = tx.query_row(
            "UPDATE sync_state SET written = written + 1 RETURNING written",
            [],
            |r| r.get(0),
        )?;
        tx.execute(
            "UPDATE sync_outbox SET file = ?1 WHERE file IS NULL AND seq <= ?2",
            params![n, last],
        )?;
        tx.commit()?;
        let count = write_file(store, key, own, st, n, at)?;
        report.files_written += 1;
        report.changes_written += count;
    }
    let _ = conn;
    Ok(())
}

/// Writes this site's file `n` from the outbox entries given that number.
fn write_file(
    store: &Store,
    key: &OrgKey,
    own: &Path,
    st: &State,
    n: i64,
    at: NaiveDateTime,
) -> Result<usize, SyncError> {
    let conn = store.conn();
    let entries: Vec<Entry> = {
        let mut stmt =
            conn.prepare("SELECT hlc, changeset FROM sync_outbox WHERE file = ?1 ORDER BY seq")?;
        stmt.query_map([n], |r| {
            Ok(Entry {
                hlc: r.get(0)?,
                changeset: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?
    };
    let seen: BTreeMap<i64, i64> = {
        let mut stmt = conn.prepare("SELECT site, applied FROM sync_peer WHERE applied > 0")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?
    };
    let header = Header {
        site: st.site.number,
        name: st.site.name.clone(),
        machine: st.machine.clone(),
        file: n,
        schema: latest_version(),
        seen,
        hlc: entries.iter().map(|e| e.hlc).max().unwrap_or(0),
        written_at: at.format("%Y-%m-%d %H:%M:%S").to_string(),
    };
    let path = file_path(own, n);
    let sealed = key
        .seal(&exchange::encode(&header, &entries))
        .map_err(|detail| SyncError::Write {
            path: path.clone(),
            detail,
        })?;
    write_whole(&path, &sealed)?;
    // Counted as rows changed, as the receiving site counts them.
    Ok(entries
        .iter()
        .map(|e| super::session::changes(&e.changeset).map_or(0, |c| c.len()))
        .sum())
}

fn read_others(
    store: &Store,
    key: &OrgKey,
    st: &State,
    at: NaiveDateTime,
    report: &mut Report,
) -> Result<(), SyncError> {
    let conn = store.conn();
    let sites = sites_in(&st.folder)?;
    for (n, (_, file)) in &sites {
        if *n == st.site.number {
            continue;
        }
        let name = file.as_ref().map(|f| f.name.clone()).unwrap_or_default();
        conn.execute(
            "INSERT INTO sync_peer (site, name) VALUES (?1, ?2)
             ON CONFLICT (site) DO UPDATE SET name = excluded.name WHERE excluded.name <> ''",
            params![n, name],
        )?;
    }
    let mut waiting: BTreeMap<i64, Held> = BTreeMap::new();
    // Round after round, as long as some site's next file could be applied: a file waiting
    // for another site's may be freed by it.
    loop {
        let mut progress = false;
        for (n, (dir, _)) in &sites {
            if *n == st.site.number {
                continue;
            }
            let applied: i64 =
                conn.query_row("SELECT applied FROM sync_peer WHERE site = ?1", [n], |r| {
                    r.get(0)
                })?;
            let next = applied + 1;
            let path = file_path(dir, next);
            if !path.exists() {
                waiting.remove(n);
                continue;
            }
            match one_file(store, key, st, *n, next, &path, at)? {
                Ok(done) => {
                    waiting.remove(n);
                    report.files_applied += 1;
                    report.changes_applied += done.changes;
                    progress = true;
                }
                Err(hold) => {
                    waiting.insert(
                        *n,
                        Held {
                            site: *n,
                            file: next,
                            path,
                            hold,
                        },
                    );
                }
            }
        }
        if !progress {
            break;
        }
    }
    let seen_at = at.format("%Y-%m-%d %H:%M:%S").to_string();
    for h in waiting.values() {
        conn.execute(
            "INSERT INTO sync_held (site, file, path, reason, detail, seen_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (site, file) DO UPDATE SET path = excluded.path, reason = excluded.reason,
                detail = excluded.detail, seen_at = excluded.seen_at",
            params![
                h.site,
                h.file,
                h.path.display().to_string(),
                h.hold.code(),
                serde_json::to_string(&h.hold).unwrap_or_default(),
                seen_at
            ],
        )?;
    }
    report.held = waiting.into_values().collect();
    Ok(())
}

/// Reads and applies site `site`'s file `n`; `Err(hold)` when it stays unapplied, and why.
fn one_file(
    store: &Store,
    key: &OrgKey,
    st: &State,
    site: i64,
    n: i64,
    path: &Path,
    at: NaiveDateTime,
) -> Result<Result<Applied, Hold>, SyncError> {
    let Ok(sealed) = fs::read(path) else {
        return Ok(Err(Hold::Damaged));
    };
    let plain = match key.open(&sealed) {
        Ok(p) => p,
        Err(Unreadable::NotOurs) => return Ok(Err(Hold::NotOurs)),
        Err(Unreadable::OtherKey) => return Ok(Err(Hold::OtherKey)),
        Err(Unreadable::Damaged) => return Ok(Err(Hold::Damaged)),
    };
    let Ok((header, entries)) = exchange::decode(&plain) else {
        return Ok(Err(Hold::Damaged));
    };
    if header.site != site || header.file != n {
        return Ok(Err(Hold::NotOurs));
    }
    if header.schema > latest_version() {
        return Ok(Err(Hold::NewerSchema {
            found: header.schema,
            ours: latest_version(),
        }));
    }
    let ahead = header.hlc - capture::now_ms();
    if ahead > CLOCK_AHEAD_MS {
        return Ok(Err(Hold::ClockAhead {
            days: (ahead + 24 * 3600 * 1000 - 1) / (24 * 3600 * 1000),
        }));
    }
    let conn = store.conn();
    // A site's files come from one machine: a second one writing as the same site (two
    // laptops given one number) is not mixed in.
    let machine: Option<String> = conn
        .query_row(
            "SELECT machine FROM sync_peer WHERE site = ?1",
            [site],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    if machine.is_some_and(|m| m != header.machine) {
        return Ok(Err(Hold::TwoMachines));
    }
    for (other, file) in &header.seen {
        if *other == st.site.number {
            continue;
        }
        let applied: i64 = conn
            .query_row(
                "SELECT applied FROM sync_peer WHERE site = ?1",
                [other],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0);
        if applied < *file {
            return Ok(Err(Hold::Waiting {
                site: *other,
                file: *file,
            }));
        }
    }
    let stamp = at.format("%Y-%m-%d %H:%M:%S").to_string();
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let applied = (|| -> Result<Option<Applied>, super::apply::ApplyError> {
        // Another desk of this site may have applied it meanwhile: once is enough.
        let done: i64 = conn.query_row(
            "SELECT applied FROM sync_peer WHERE site = ?1",
            [site],
            |r| r.get(0),
        )?;
        if done >= n {
            conn.execute_batch("ROLLBACK")?;
            return Ok(None);
        }
        capture::open_guard(conn, true)?;
        conn.pragma_update(None, "defer_foreign_keys", true)?;
        conn.execute("UPDATE temp.actor SET quiet = 1", [])?;
        let mut applier = Applier::new(conn, &stamp);
        let mut total = Applied::default();
        for e in &entries {
            let done = applier.apply(&e.changeset, e.hlc, site)?;
            total.changes += done.changes;
            total.conflicts += done.conflicts;
        }
        super::apply::break_merge_loops(conn, &applier.persons, &stamp)?;
        for id in &applier.persons {
            crate::store::words_after_exchange(conn, *id)?;
        }
        conn.execute("UPDATE sync_state SET hlc = max(hlc, ?1)", [header.hlc])?;
        conn.execute(
            "UPDATE sync_peer SET applied = ?2, last_at = ?3, machine = ?4 WHERE site = ?1",
            params![site, n, stamp, header.machine],
        )?;
        conn.execute(
            "DELETE FROM sync_held WHERE site = ?1 AND file = ?2",
            params![site, n],
        )?;
        conn.execute("UPDATE temp.actor SET quiet = 0", [])?;
        conn.execute(
            "INSERT INTO audit (at, staff, desk, action, subject, detail)
             SELECT ?1, staff, desk, 'sync-applied', 'site', ?2 FROM temp.actor",
            params![
                stamp,
                format!("site {site} file {n}: {} changes", total.changes)
            ],
        )?;
        capture::open_guard(conn, false)?;
        conn.execute_batch("COMMIT")?;
        Ok(Some(total))
    })();
    match applied {
        Ok(Some(done)) => Ok(Ok(done)),
        Ok(None) => Ok(Ok(Applied::default())),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            let _ = conn.execute("UPDATE temp.actor SET quiet = 0", []);
            // A full disk or a register busy for too long is this machine's trouble, not the
            // file's: said as such, and the file is applied at the next exchange.
            if let super::apply::ApplyError::Sqlite(s) = e {
                match StoreError::from(s) {
                    err @ (StoreError::DiskFull(_) | StoreError::Busy(_)) => return Err(err.into()),
                    other => {
                        return Ok(Err(Hold::Refused {
                            detail: other.to_string(),
                        }));
                    }
                }
            }
            Ok(Err(Hold::Refused {
                detail: e.to_string(),
            }))
        }
    }
}

/// How the exchange stands, for `sync status` and the desk's top bar.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub site: i64,
    pub name: String,
    pub folder: PathBuf,
    pub files_written: i64,
    pub changes_waiting: i64,
    pub last_run: Option<String>,
    pub peers: Vec<Peer>,
    pub held: Vec<Held>,
    pub conflicts: i64,
    pub double_doses: Vec<DoubleDose>,
    pub duplicates: usize,
}

/// Another site, as seen from here.
#[derive(Debug, Clone, Serialize)]
pub struct Peer {
    pub site: i64,
    pub name: String,
    pub applied: i64,
    pub last_at: Option<String>,
}

pub fn status(store: &Store, today: chrono::NaiveDate) -> Result<Status, SyncError> {
    let st = state(store)?;
    let conn = store.conn();
    let (changes_waiting, last_run): (i64, Option<String>) = conn.query_row(
        "SELECT (SELECT count(*) FROM sync_outbox WHERE file IS NULL), last_run FROM sync_state",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let peers = {
        let mut stmt =
            conn.prepare("SELECT site, name, applied, last_at FROM sync_peer ORDER BY site")?;
        stmt.query_map([], |r| {
            Ok(Peer {
                site: r.get(0)?,
                name: r.get(1)?,
                applied: r.get(2)?,
                last_at: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?
    };
    let held = {
        let mut stmt =
            conn.prepare("SELECT site, file, path, detail FROM sync_held ORDER BY site, file")?;
        stmt.query_map([], |r| {
            let detail: String = r.get(3)?;
            Ok(Held {
                site: r.get(0)?,
                file: r.get(1)?,
                path: PathBuf::from(r.get::<_, String>(2)?),
                hold: serde_json::from_str::<HoldRow>(&detail)
                    .map(HoldRow::into_hold)
                    .unwrap_or(Hold::Damaged),
            })
        })?
        .collect::<Result<_, _>>()?
    };
    let conflicts = conn.query_row(
        "SELECT count(*) FROM sync_conflict WHERE reviewed IS NULL",
        [],
        |r| r.get(0),
    )?;
    Ok(Status {
        site: st.site.number,
        name: st.site.name,
        folder: st.folder,
        files_written: st.written,
        changes_waiting,
        last_run,
        peers,
        held,
        conflicts,
        double_doses: double_doses(store, today)?,
        duplicates: duplicates(store)?.len(),
    })
}

/// A held file's reason as stored.
#[derive(serde::Deserialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
enum HoldRow {
    NewerSchema { found: i64, ours: i64 },
    Waiting { site: i64, file: i64 },
    NotOurs,
    OtherKey,
    Damaged,
    ClockAhead { days: i64 },
    Refused { detail: String },
    TwoMachines,
}

impl HoldRow {
    fn into_hold(self) -> Hold {
        match self {
            HoldRow::NewerSchema { found, ours } => Hold::NewerSchema { found, ours },
            HoldRow::Waiting { site, file } => Hold::Waiting { site, file },
            HoldRow::NotOurs => Hold::NotOurs,
            HoldRow::OtherKey => Hold::OtherKey,
            HoldRow::Damaged => Hold::Damaged,
            HoldRow::ClockAhead { days } => Hold::ClockAhead { days },
            HoldRow::Refused { detail } => Hold::Refused { detail },
            HoldRow::TwoMachines => Hold::TwoMachines,
        }
    }
}

/// A field two sites changed each without the other's edit.
#[derive(Debug, Clone, Serialize)]
pub struct Conflict {
    pub id: i64,
    pub table: String,
    pub key: String,
    /// The person's code, when the record is a person's.
    pub person: Option<String>,
    pub field: String,
    pub kept: Option<String>,
    pub other: Option<String>,
    pub kept_site: i64,
    pub other_site: i64,
    pub at: String,
}

pub fn conflicts(store: &Store) -> Result<Vec<Conflict>, SyncError> {
    state(store)?;
    let mut stmt = store.conn().prepare(
        "SELECT c.id, c.tbl, c.pk, c.col, c.kept, c.other, c.kept_site, c.other_site, c.at,
                (SELECT p.code FROM person p WHERE c.tbl = 'person'
                   AND p.id = CAST(trim(c.pk, '[]') AS INTEGER))
         FROM sync_conflict c WHERE c.reviewed IS NULL ORDER BY c.id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Conflict {
                id: r.get(0)?,
                table: r.get(1)?,
                key: r.get(2)?,
                field: r.get(3)?,
                kept: r.get(4)?,
                other: r.get(5)?,
                kept_site: r.get(6)?,
                other_site: r.get(7)?,
                at: r.get(8)?,
                person: r.get(9)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Compares the persons received from other sites with this site's records, for a few seconds
/// at most (the rest at the next exchange): a record of another site found by the same names
/// and birth year, nearly as well as the person's own, is proposed as a likely duplicate.
/// Never merged by itself; merging, or marking "not the same person", takes it off the list.
fn propose_duplicates(
    store: &Store,
    at: NaiveDateTime,
    budget: std::time::Duration,
) -> Result<usize, SyncError> {
    use crate::domain::search::Query;
    let started = std::time::Instant::now();
    let today = i32::try_from((at.date() - chrono::NaiveDate::default()).num_days()).unwrap_or(0);
    let stamp = at.format("%Y-%m-%d %H:%M:%S").to_string();
    let conn = store.conn();
    let mut found = 0;
    let waiting: i64 = conn.query_row("SELECT count(*) FROM sync_dup_todo", [], |r| r.get(0))?;
    if waiting == 0 || budget.is_zero() {
        return Ok(0);
    }
    // The desk's index of names, read once: a search of it takes a fraction of a millisecond.
    let index = store.load_index()?;
    while started.elapsed() < budget {
        let batch: Vec<i64> = {
            let mut stmt =
                conn.prepare("SELECT person_id FROM sync_dup_todo ORDER BY person_id LIMIT 100")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        if batch.is_empty() {
            break;
        }
        for id in batch {
            let person = store.person(id)?.filter(|p| p.merged_into.is_none());
            if let Some(p) = person {
                let text = [&p.given_name, &p.family_name, &p.alias]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ");
                let query = Query::name(&text, p.birth_year);
                if !query.words.is_empty() {
                    let hits = index.search(&query, 12, today).hits;
                    let own = hits.iter().find(|h| h.id == id).map(|h| h.score);
                    for h in &hits {
                        let other_site = h.id >> 40 != id >> 40;
                        let close =
                            own.is_some_and(|o| u64::from(h.score) * 10 >= u64::from(o) * 9);
                        if h.id == id || h.near || !other_site || !close {
                            continue;
                        }
                        let Some(q) = store.person(h.id)? else {
                            continue;
                        };
                        // Names alike and the same birth year; without one, the same names.
                        let same_year = p.birth_year.is_some() && p.birth_year == q.birth_year;
                        let same_names = p.birth_year.is_none()
                            && q.birth_year.is_none()
                            && p.display_name().map(|n| n.to_lowercase())
                                == q.display_name().map(|n| n.to_lowercase());
                        if !(same_year || same_names)
                            || store.is_not_same(id, h.id).unwrap_or(false)
                        {
                            continue;
                        }
                        found += conn.execute(
                            "INSERT OR IGNORE INTO sync_duplicate (a, b, found_at) VALUES (?1, ?2, ?3)",
                            params![id.min(h.id), id.max(h.id), stamp],
                        )?;
                    }
                }
            }
            conn.execute("DELETE FROM sync_dup_todo WHERE person_id = ?1", [id])?;
        }
    }
    Ok(found)
}

/// Two records of two sites that may be the same person.
#[derive(Debug, Clone, Serialize)]
pub struct Duplicate {
    pub a: String,
    pub a_name: String,
    pub b: String,
    pub b_name: String,
    pub found_at: String,
}

/// The likely duplicates still open: both records kept, not marked as different people.
pub fn duplicates(store: &Store) -> Result<Vec<Duplicate>, SyncError> {
    let mut stmt = store.conn().prepare(
        "SELECT d.a, d.b, d.found_at FROM sync_duplicate d
         JOIN person pa ON pa.id = d.a AND pa.merged_into IS NULL
         JOIN person pb ON pb.id = d.b AND pb.merged_into IS NULL
         WHERE NOT EXISTS (SELECT 1 FROM not_same n WHERE n.a = d.a AND n.b = d.b)
         ORDER BY d.found_at, d.a",
    )?;
    let pairs: Vec<(i64, i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (a, b, found_at) in pairs {
        let (Some(pa), Some(pb)) = (store.person(a)?, store.person(b)?) else {
            continue;
        };
        out.push(Duplicate {
            a_name: pa.display_name().unwrap_or_default(),
            a: pa.code,
            b_name: pb.display_name().unwrap_or_default(),
            b: pb.code,
            found_at,
        });
    }
    Ok(out)
}

/// Marks entries of the review list as looked at (`seuil sync reviewed ID…`); an id that is
/// on no list is refused, and nothing is marked.
pub fn reviewed(store: &Store, ids: &[i64], at: NaiveDateTime) -> Result<usize, SyncError> {
    state(store)?;
    let tx = store.write_tx()?;
    let stamp = at.format("%Y-%m-%d %H:%M:%S").to_string();
    let mut done = 0;
    for id in ids {
        let n = tx.execute(
            "UPDATE sync_conflict SET reviewed = ?2 WHERE id = ?1 AND reviewed IS NULL",
            params![id, stamp],
        )?;
        let known: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM sync_conflict WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        if !known {
            return Err(SyncError::UnknownReview(*id));
        }
        done += n;
    }
    tx.commit()?;
    Ok(done)
}
