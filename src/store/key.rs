//! The key of an encrypted database (SQLCipher): a site passphrase, typed at the desk or read
//! from a key file (for example on a USB stick). SQLCipher derives the page key from it
//! (PBKDF2-HMAC-SHA512, 256,000 rounds) with the salt kept in the file.

use std::path::Path;

use super::StoreError;

/// A passphrase. Never printed: `Debug` shows nothing of it.
#[derive(Clone, PartialEq, Eq)]
pub struct Key(String);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

/// The shortest passphrase accepted.
pub const MIN_CHARS: usize = 8;

impl Key {
    /// A typed passphrase; too short a one is refused.
    pub fn passphrase(text: &str) -> Result<Key, StoreError> {
        let text = text.trim_end_matches(['\r', '\n']);
        if text.chars().count() < MIN_CHARS {
            return Err(StoreError::KeyTooShort { min: MIN_CHARS });
        }
        Ok(Key(text.to_string()))
    }

    /// The key in a key file: its text without the final line break.
    pub fn from_file(path: &Path) -> Result<Key, StoreError> {
        let text = std::fs::read_to_string(path).map_err(|e| StoreError::KeyFile {
            path: path.to_path_buf(),
            detail: e.to_string(),
        })?;
        Key::passphrase(&text).map_err(|_| StoreError::KeyFile {
            path: path.to_path_buf(),
            detail: format!("shorter than {MIN_CHARS} characters"),
        })
    }

    /// Sets the key on a connection, before anything is read.
    pub(super) fn apply(&self, conn: &rusqlite::Connection) -> rusqlite::Result<()> {
        // A wrong key is answered in the user's language; SQLCipher's own log stays quiet.
        let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE");
        conn.pragma_update(None, "key", &self.0)
    }

    /// The passphrase as an SQL string literal (for `ATTACH … KEY`).
    pub(super) fn literal(&self) -> String {
        format!("'{}'", self.0.replace('\'', "''"))
    }
}
