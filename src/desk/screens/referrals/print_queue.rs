//! The print queue of the Referrals screen: what did not reach a printer first; retry, or
//! save as a PDF file.

use std::path::PathBuf;

use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed};
use crate::desk::widgets::input::TextInput;
use crate::i18n::Msg;
use crate::store::print_jobs::PrintJob;

/// What the print queue shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PrintQueue {
    pub open: bool,
    pub jobs: Vec<PrintJob>,
    pub selected: usize,
    /// The file name being typed to save the selected printout as a PDF.
    pub saving: Option<TextInput>,
    pub status: Option<Msg>,
}

/// A key on the print queue.
pub fn on_key(q: &mut PrintQueue, key: &Pressed) -> Vec<Effect> {
    if let Some(input) = q.saving.as_mut() {
        match key.action {
            Some(Action::Close) => q.saving = None,
            Some(Action::Confirm) => {
                let path = PathBuf::from(input.text().trim());
                q.saving = None;
                if let Some(job) = q.jobs.get(q.selected) {
                    return vec![Effect::SavePrint(job.id, path)];
                }
            }
            _ => {
                input.handle(key);
            }
        }
        return Vec::new();
    }
    match key.action {
        Some(Action::Close) => q.open = false,
        Some(Action::Up) => q.selected = q.selected.saturating_sub(1),
        Some(Action::Down) => q.selected = (q.selected + 1).min(q.jobs.len().saturating_sub(1)),
        Some(Action::Retry) => {
            if let Some(job) = q.jobs.get(q.selected) {
                q.status = None;
                return vec![Effect::RetryPrint(job.id)];
            }
        }
        // Where to offer saving it (a USB stick if one is in) is for the runner to look.
        Some(Action::SavePdf) => {
            if let Some(job) = q.jobs.get(q.selected) {
                return vec![Effect::OfferSavePath(job.id)];
            }
        }
        _ => {}
    }
    Vec::new()
}

/// The runner found where to offer saving the selected printout: the file name to edit.
pub fn offer_path(q: &mut PrintQueue, path: String) {
    if q.open {
        q.saving = Some(TextInput::with_text(&path));
    }
}
