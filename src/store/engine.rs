//! Which SQLite and SQLCipher this build carries, asked of the library itself: a support call
//! reads them from `seuil --version` rather than guessing from the package.

use rusqlite::Connection;

/// The database engine compiled into this program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Engine {
    /// `select sqlite_version()`, e.g. `3.46.1`.
    pub sqlite: String,
    /// `pragma cipher_version`, e.g. `4.6.1 community`; `None` if the engine has no cipher.
    pub cipher: Option<String>,
}

/// Asks an in-memory connection, which touches no file; `None` only if SQLite cannot start.
pub fn engine() -> Option<Engine> {
    let conn = Connection::open_in_memory().ok()?;
    let sqlite = conn
        .query_row("SELECT sqlite_version()", [], |r| r.get::<_, String>(0))
        .unwrap_or_else(|_| rusqlite::version().to_string());
    let cipher = conn
        .query_row("PRAGMA cipher_version", [], |r| r.get::<_, String>(0))
        .ok();
    Some(Engine { sqlite, cipher })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_is_sqlcipher() {
        let e = engine().expect("SQLite starts");
        assert!(e.sqlite.starts_with('3'), "{e:?}");
        assert!(e.cipher.is_some_and(|c| c.starts_with('4')), "cipher");
    }
}
