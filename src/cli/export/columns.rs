//! The columns of the export's sections: the stored column, the words of its heading, how its
//! value is said.

use super::{Columns, Kind};

pub(super) const VISITS: Columns = &[
    ("arrived_at", "export-col-arrived", Kind::When),
    ("left_at", "export-col-left", Kind::When),
    ("desk", "export-col-desk", Kind::Text),
    ("by", "export-col-by", Kind::Who),
];
pub(super) const TICKETS: Columns = &[
    ("ticket", "export-col-ticket", Kind::Text),
    ("service", "export-col-service", Kind::Service),
    ("day", "export-col-day", Kind::When),
    ("priority", "export-col-priority", Kind::Priority),
    ("status", "export-col-status", Kind::Status),
    ("note", "field-note", Kind::Text),
    ("arrived_at", "export-col-arrived", Kind::When),
    ("called_at", "export-col-called", Kind::When),
    ("started_at", "export-col-started", Kind::When),
    ("finished_at", "export-col-finished", Kind::When),
    ("room", "export-col-room", Kind::Text),
    ("desk", "export-col-desk", Kind::Text),
];
pub(super) const APPOINTMENTS: Columns = &[
    ("day", "export-col-day", Kind::When),
    ("time", "export-col-time", Kind::Text),
    ("minutes", "export-col-duration", Kind::Minutes),
    ("service", "export-col-service", Kind::Service),
    ("worker", "export-col-worker", Kind::Text),
    ("status", "export-col-status", Kind::Kept),
];
pub(super) const COVERAGE: Columns = &[
    ("route", "field-route", Kind::Route),
    ("state", "field-state", Kind::State),
    ("fund", "field-fund", Kind::Text),
    ("commune", "field-commune-cpas", Kind::Commune),
    ("requested", "field-requested", Kind::When),
    ("acknowledged", "field-acknowledged", Kind::When),
    ("decided", "field-decided", Kind::When),
    ("notified", "field-notified", Kind::When),
    ("valid_from", "field-valid-from", Kind::When),
    ("valid_until", "field-valid-until", Kind::When),
    ("reference", "field-reference", Kind::Text),
    ("note", "field-note", Kind::Text),
    ("updated_at", "export-col-updated", Kind::When),
    ("updated_by", "export-col-by", Kind::Who),
];
pub(super) const REFERRALS: Columns = &[
    ("created_at", "export-col-written", Kind::When),
    ("partner", "export-col-partner", Kind::Text),
    ("reason", "export-col-reason", Kind::Text),
    ("urgency", "export-col-urgency", Kind::Urgency),
    ("appointment", "export-col-appointment", Kind::When),
    ("consent", "composer-consent", Kind::Consent),
    ("letter_lang", "composer-letter-lang", Kind::Langs),
    ("slip_lang", "composer-slip-lang", Kind::Langs),
    ("created_by", "export-col-by", Kind::Who),
];
pub(super) const MEDIATION_NEED: Columns = &[
    ("language", "export-col-language", Kind::Langs),
    ("marked_at", "export-col-marked", Kind::When),
    ("marked_by", "export-col-by", Kind::Who),
];
pub(super) const MEDIATIONS: Columns = &[
    ("joined_at", "export-col-joined", Kind::When),
    ("ticket", "export-col-ticket", Kind::Text),
    ("language", "export-col-language", Kind::Langs),
    ("staff", "export-col-mediator", Kind::Who),
];
pub(super) const FREE_CARE: Columns = &[
    ("low_income", "export-col-low-income", Kind::YesNo),
    ("free_care_from", "export-col-free-from", Kind::When),
    ("free_care_review", "export-col-free-review", Kind::When),
    ("updated_at", "export-col-updated", Kind::When),
    ("updated_by", "export-col-by", Kind::Who),
];
