//! Joining the organisation's exchange: `seuil sync init`.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::params;
use serde::Serialize;

use super::run::*;
use crate::store::{Store, StoreError};

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
