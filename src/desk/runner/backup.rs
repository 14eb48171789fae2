//! The automatic daily backup, made aside by the desk that first runs on a given day.

use std::path::PathBuf;
use std::sync::mpsc;

use chrono::NaiveDateTime;

use super::Services;
use crate::desk::message::Message;
use crate::i18n::Msg;

/// Where and how many daily backups, and what became of today's.
#[derive(Default)]
pub struct DailyBackup {
    /// Folder and number kept (from the desk's `backup_dir` and `backup_keep`).
    pub target: Option<(PathBuf, u32)>,
    day: Option<chrono::NaiveDate>,
    running: Option<mpsc::Receiver<Result<(), String>>>,
}

impl Services {
    /// Starts today's backup aside if it is not done yet; a failure comes back from
    /// [`Services::poll_backup`] as a notice on the desk.
    pub fn daily_backup(&mut self, now: NaiveDateTime) {
        let today = now.date();
        let Some((dir, keep)) = self.backup.target.clone() else {
            return;
        };
        let Some(path) = self.store.path().map(std::path::Path::to_path_buf) else {
            return;
        };
        if self.backup.day == Some(today) || self.backup.running.is_some() {
            return;
        }
        self.backup.day = Some(today);
        let key = self.store.key().cloned();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let done = crate::store::Store::open_keyed(&path, key.as_ref())
                .map_err(|e| e.to_string())
                .and_then(|s| {
                    s.daily_backup(&dir, today, keep)
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                });
            let _ = tx.send(done);
        });
        self.backup.running = Some(rx);
    }

    /// The outcome of today's backup once it is over: `Some` only when it failed.
    pub fn poll_backup(&mut self) -> Option<Message> {
        let outcome = self.backup.running.as_ref()?.try_recv().ok()?;
        self.backup.running = None;
        let dir = self
            .backup
            .target
            .as_ref()
            .map(|(d, _)| d.clone())
            .unwrap_or_default();
        outcome.err().map(|detail| {
            Message::Failed(
                Msg::new("backup-daily-failed")
                    .arg("path", dir.as_path())
                    .arg("detail", detail),
            )
        })
    }
}
