//! The exchange with the other sites, run aside by the desk every few minutes (with
//! `sync_folder` in desk.toml), first when it opens: an outreach laptop exchanges when it is
//! opened back at the centre, and at the chosen pace while it stays.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::Services;
use crate::desk::ctx::SyncLine;
use crate::desk::message::Message;
use crate::i18n::{Localised, Msg};

/// When the next exchange runs, and the one running.
#[derive(Default)]
pub struct Exchange {
    /// Minutes between exchanges, when the desk runs them.
    pub every: Option<Duration>,
    next: Option<Instant>,
    running: Option<mpsc::Receiver<Result<SyncLine, Msg>>>,
}

impl Services {
    /// Starts an exchange aside when one is due; its outcome comes back from
    /// [`Services::poll_exchange`].
    pub fn exchange_when_due(&mut self) {
        let Some(every) = self.exchange.every else {
            return;
        };
        if self.exchange.running.is_some() || self.exchange.next.is_some_and(|n| Instant::now() < n)
        {
            return;
        }
        let Some(path) = self.store.path().map(std::path::Path::to_path_buf) else {
            return;
        };
        self.exchange.next = Some(Instant::now() + every);
        let key = self.store.key().cloned();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(exchange(&path, key.as_ref()));
        });
        self.exchange.running = Some(rx);
    }

    /// What the exchange that ran aside did, once it is over.
    pub fn poll_exchange(&mut self) -> Option<Message> {
        let outcome = self.exchange.running.as_ref()?.try_recv().ok()?;
        self.exchange.running = None;
        Some(match outcome {
            Ok(line) => Message::Exchanged(line),
            Err(msg) => Message::Failed(msg),
        })
    }
}

/// One exchange on its own connection, and what the top bar says of it.
fn exchange(path: &std::path::Path, key: Option<&crate::store::Key>) -> Result<SyncLine, Msg> {
    let store = crate::store::Store::open_keyed(path, key).map_err(|e| e.msg())?;
    let now = chrono::Local::now().naive_local();
    let report = crate::sync::run::run(&store, now).map_err(|e| e.msg())?;
    Ok(SyncLine {
        at: Some(now),
        held: report.held.len(),
        review: report.conflicts + report.double_doses.len() + report.duplicates,
    })
}

/// What the top bar says of the exchange when the desk opens: the last one recorded.
pub fn line_of(store: &crate::store::Store) -> Option<SyncLine> {
    let today = chrono::Local::now().date_naive();
    let s = crate::sync::run::status(store, today).ok()?;
    Some(SyncLine {
        at: s
            .last_run
            .as_deref()
            .and_then(|t| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S").ok()),
        held: s.held.len(),
        review: usize::try_from(s.conflicts).unwrap_or(0) + s.double_doses.len() + s.duplicates,
    })
}

/// Whether desk.toml's folder is the one this register exchanges through (else a notice).
pub fn folder_matches(store: &crate::store::Store, folder: &std::path::Path) -> Result<(), Msg> {
    let today = chrono::Local::now().date_naive();
    let s = crate::sync::run::status(store, today).map_err(|e| e.msg())?;
    let given = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
    if given == s.folder {
        Ok(())
    } else {
        Err(Msg::new("sync-desk-other-folder")
            .arg("given", folder.display().to_string())
            .arg("folder", s.folder.display().to_string()))
    }
}
