//! `seuil --version`: the version, the commit it was built from and its date, and the SQLite
//! and SQLCipher inside, so that whoever takes a support call knows what runs at the centre.

use crate::i18n::{I18n, Msg};

/// The commit this program was built from (`build.rs`), or "unknown" outside git.
pub const COMMIT: &str = env!("SEUIL_COMMIT");
/// The day of that commit, or `SOURCE_DATE_EPOCH`'s (`build.rs`).
pub const DATE: &str = env!("SEUIL_DATE");

/// The lines `--version` prints, in the interface language.
pub fn describe(i18n: &I18n) -> String {
    let first = format!("seuil {}", env!("CARGO_PKG_VERSION"));
    let build = i18n.render(
        &Msg::new("cli-version-build")
            .arg("commit", COMMIT)
            .arg("date", DATE),
    );
    let engine = match crate::store::engine() {
        Some(e) => {
            let cipher = e.cipher.as_deref().unwrap_or("-");
            format!(
                "SQLite {} · SQLCipher {cipher} · {}",
                e.sqlite,
                crate::store::CIPHER_PROVIDER
            )
        }
        None => "SQLite ?".to_string(),
    };
    format!("{first}\n{build}\n{engine}")
}
