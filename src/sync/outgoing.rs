//! This site's files: its own folder checked, the outbox written into numbered files.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::Path;

use chrono::NaiveDateTime;
use rusqlite::params;

use super::run::*;
use crate::store::{Store, latest_version};

/// Writes `bytes` at `path` whole or not at all: a copy beside it, flushed to the disk, then
/// renamed over.
pub(super) fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), SyncError> {
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

/// This site's folder is this database's alone: its mark in `site.toml`, and no file beyond
/// the last it wrote.
pub(super) fn check_own(store: &Store, own: &Path, st: &State) -> Result<(), SyncError> {
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

pub(super) fn write_outbox(
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
