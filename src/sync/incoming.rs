//! The other sites' files, applied in their order, each once and whole.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};

use super::run::*;
use crate::store::{Store, StoreError, latest_version};

pub(super) fn read_others(
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
