//! `seuil db check / backup / restore`.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use super::{Context, Failure, exit};
use crate::i18n::{Localised, Msg};
use crate::store::backup::{BackupError, check_backup};

impl From<BackupError> for Failure {
    fn from(e: BackupError) -> Self {
        let code = match e {
            BackupError::Store(s) => return Failure::from(s),
            BackupError::Exists(_) | BackupError::NotABackup(_) => exit::USAGE,
            _ => exit::REFUSED,
        };
        Failure::new(code, e.msg())
    }
}

fn bar() -> indicatif::ProgressBar {
    if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(100);
        if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}%") {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    }
}

/// `db check`: SQLite's full integrity check.
pub fn check(ctx: &Context) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let path = store
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    match store.integrity_problems()? {
        None => {
            out!(
                "{}",
                ctx.i18n.render(&Msg::new("db-check-ok").arg("path", path))
            );
            Ok(())
        }
        Some(detail) => Err(Failure::new(
            exit::REFUSED,
            Msg::new("db-check-damaged")
                .arg("path", path)
                .arg("detail", detail),
        )),
    }
}

/// `db backup FILE`: a checked copy while desks keep working.
pub fn backup(ctx: &Context, file: &Path) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let bar = bar();
    store.backup_to(file, &mut |pct| bar.set_position(u64::from(pct)))?;
    bar.finish_and_clear();
    let size = std::fs::metadata(file).map(|m| m.len() / 1024).unwrap_or(0);
    out!(
        "{}",
        ctx.i18n.render(
            &Msg::new("db-backup-done")
                .arg("path", file)
                .arg("size", size.to_string())
        )
    );
    Ok(())
}

/// `db restore FILE [--yes]`: replaces the database with a checked backup, after confirmation.
pub fn restore(ctx: &Context, file: &Path, yes: bool) -> Result<(), Failure> {
    check_backup(file, ctx.key()?.as_ref())?;
    let mut store = ctx.open_store()?;
    let db = store
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Failure::new(exit::USAGE, Msg::new("db-restore-needs-yes")));
        }
        eprint!(
            "{} ",
            ctx.i18n.render(
                &Msg::new("db-restore-confirm")
                    .arg("db", db.as_str())
                    .arg("file", file)
            )
        );
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        let answer = answer.trim().to_lowercase();
        let word = ctx.i18n.tr("db-restore-yes-word").to_lowercase();
        if answer != word && answer != "yes" {
            ctx.say(&Msg::new("db-restore-cancelled"));
            return Ok(());
        }
    }
    let bar = bar();
    store.restore_from(file, &mut |pct| bar.set_position(u64::from(pct)))?;
    bar.finish_and_clear();
    out!(
        "{}",
        ctx.i18n
            .render(&Msg::new("db-restore-done").arg("db", db).arg("file", file))
    );
    Ok(())
}
