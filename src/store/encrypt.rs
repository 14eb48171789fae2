//! Encrypting a plain database, or changing the key of an encrypted one: an encrypted copy is
//! written beside it (`sqlcipher_export`), checked with the new key, then put in its place. The
//! database must be closed at every other desk, so nothing is written meanwhile.

use std::path::{Path, PathBuf};

use super::migrate::APPLICATION_ID;
use super::{Key, Store, StoreError, StoreResult};

impl Store {
    /// Writes an encrypted copy of this database to `target` (which must not exist) with `key`,
    /// and checks it opens with that key and is intact.
    fn export_encrypted(&self, target: &Path, key: &Key) -> StoreResult<()> {
        let version = self.schema_version()?;
        let target_text = target.to_string_lossy();
        // Memory-mapped pages would bypass the cipher of the attached copy.
        self.conn.execute_batch("PRAGMA mmap_size = 0")?;
        self.conn.execute(
            &format!("ATTACH DATABASE ?1 AS enc KEY {}", key.literal()),
            [target_text],
        )?;
        let exported = self.conn.execute_batch(&format!(
            "SELECT sqlcipher_export('enc');
             PRAGMA enc.user_version = {version};
             PRAGMA enc.application_id = {APPLICATION_ID};"
        ));
        let detached = self.conn.execute_batch("DETACH DATABASE enc");
        exported?;
        detached?;
        let copy = Store::open_keyed(target, Some(key))?;
        if let Some(problems) = copy.integrity_problems()? {
            return Err(StoreError::Open {
                path: target.to_path_buf(),
                detail: problems,
            });
        }
        Ok(())
    }
}

fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Encrypts the database at `path` with `new` (`old`: `None` for a plain database, or its
/// current key). Refused while another desk has it open; the file is unchanged on any failure.
pub fn convert(path: &Path, old: Option<&Key>, new: &Key) -> StoreResult<()> {
    let store = Store::open_keyed(path, old)?;
    // Leaving WAL mode needs the database alone: the surest sign no other desk has it open.
    let mode: String = store
        .conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .map_err(|e| match StoreError::from(e) {
            StoreError::Busy(_) => StoreError::InUse,
            other => other,
        })?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(StoreError::InUse);
    }
    let target = beside(path, ".encrypting");
    let _ = std::fs::remove_file(&target);
    let done = store.export_encrypted(&target, new);
    drop(store);
    if let Err(e) = done {
        let _ = std::fs::remove_file(&target);
        return Err(e);
    }
    std::fs::rename(&target, path).map_err(|e| StoreError::Open {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    for leftover in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(beside(path, leftover));
    }
    // Back to WAL, with the new key, for the desks.
    Store::open_keyed(path, Some(new)).map(|_| ())
}
