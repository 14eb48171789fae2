//! The person's prescriptions, doses, prescribers' decisions and TDI episodes in their export.

use super::{Columns, Kind};

pub(super) const PRESCRIPTIONS: Columns = &[
    ("product", "export-col-product", Kind::Product),
    ("mg", "export-col-mg", Kind::Text),
    ("starts", "export-col-from", Kind::When),
    ("ends", "export-col-until", Kind::When),
    ("prescriber", "export-col-prescriber", Kind::Text),
    ("take_home_days", "export-col-take-home-days", Kind::Text),
    ("note", "field-note", Kind::Text),
    ("created_at", "export-col-written", Kind::When),
    ("created_by", "export-col-by", Kind::Who),
];
pub(super) const DOSES: Columns = &[
    ("day", "export-col-day", Kind::When),
    ("outcome", "export-col-outcome", Kind::Outcome),
    ("mg", "export-col-mg", Kind::Text),
    ("reason", "export-col-reason", Kind::Text),
    ("at", "export-col-written", Kind::When),
    ("by", "export-col-by", Kind::Who),
    ("desk", "export-col-desk", Kind::Text),
];
pub(super) const DECISIONS: Columns = &[
    ("at", "export-col-written", Kind::When),
    ("prescriber", "export-col-prescriber", Kind::Text),
    ("decision", "export-col-decision", Kind::Text),
    ("mg", "export-col-mg", Kind::Text),
    ("by", "export-col-by", Kind::Who),
];
pub(super) const TDI_EPISODES: Columns = &[
    ("started", "export-col-from", Kind::When),
    ("items", "export-col-tdi-items", Kind::Text),
    ("opened_at", "export-col-written", Kind::When),
    ("opened_by", "export-col-by", Kind::Who),
];
