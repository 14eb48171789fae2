//! The Reports screen's effect: a report computed with the centre's small-count rule, so the
//! screen can mark what an export would hide while showing the true figures.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use super::Services;
use crate::desk::message::Message;
use crate::desk::screens::reports::{Computed, Reply};
use crate::i18n::Localised;
use crate::report::{self, Query, Rule};

impl Services {
    /// Computes a report for the screen (a year of 100,000 persons is under two seconds).
    pub(super) fn run_report(&mut self, name: &'static str, query: Query) -> Message {
        let rule = Rule::of(&self.store);
        let reply = match report::run(&self.store, name, query, rule, &mut |_, _| {}) {
            Ok(r) => Reply::Computed(Box::new(Computed {
                name: r.def.name,
                version: r.def.version,
                from: r.query.from,
                to: r.query.to,
                threshold: r.rule.threshold,
                tables: r.tables,
            })),
            Err(e) => Reply::Failed(e.msg()),
        };
        Message::Reports(reply)
    }
}

impl Services {
    /// Saves a report as it leaves the centre (small counts hidden), in the worker's language;
    /// the audit trail says which report and period left.
    pub(super) fn save_report(
        &mut self,
        name: &'static str,
        query: Query,
        path: &Path,
        _now: NaiveDateTime,
    ) -> Message {
        let i18n = crate::i18n::I18n::new(query.lang);
        let rule = Rule::of(&self.store);
        let detail = format!("{name} {} {} {}", query.from, query.to, path.display());
        let saved = report::run(&self.store, name, query, rule, &mut |_, _| {})
            .map_err(|e| e.msg())
            .and_then(|r| {
                let site = self.store.site().map_err(|e| e.msg())?;
                crate::report::file::save(&r, &site, &i18n, path)
            });
        if saved.is_ok() {
            let _ = self
                .store
                .log("report-export", "report", None, Some(&detail));
        }
        Message::Reports(Reply::Saved(saved))
    }
}

/// Where to offer saving a report: the first USB stick mounted for this user, else home;
/// named by the report and its period, a spreadsheet.
pub fn default_path(name: &str, query: &Query) -> String {
    let user = std::env::var("USER").unwrap_or_default();
    let stick = ["/media", "/run/media"]
        .iter()
        .filter_map(|m| std::fs::read_dir(PathBuf::from(m).join(&user)).ok())
        .flat_map(|d| d.flatten().map(|e| e.path()))
        .find(|p| p.is_dir());
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("."), PathBuf::from);
    stick
        .unwrap_or(home)
        .join(format!("seuil-{name}-{}-{}.xlsx", query.from, query.to))
        .display()
        .to_string()
}
