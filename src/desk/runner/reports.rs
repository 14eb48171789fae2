//! The Reports screen's effect: a report computed with the centre's small-count rule, so the
//! screen can mark what an export would hide while showing the true figures.

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
