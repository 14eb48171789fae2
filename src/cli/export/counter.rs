//! What the counter gave the person, the naloxone kits and the reversals reported, in their
//! export.

use super::{Columns, Kind};

pub(super) const EXCHANGES: Columns = &[
    ("at", "export-col-day", Kind::When),
    ("given", "export-col-given", Kind::Given),
    ("session", "export-col-session", Kind::Text),
    ("returned", "export-col-returned", Kind::Text),
    ("for_others", "export-col-for-others", Kind::Text),
    ("emergency", "export-col-emergency", Kind::YesNo),
    ("taken_back", "export-col-taken-back", Kind::YesNo),
    ("by", "export-col-by", Kind::Who),
];
pub(super) const KITS: Columns = &[
    ("kit", "export-col-kit", Kind::Text),
    ("at", "export-col-day", Kind::When),
    ("lot", "export-col-lot", Kind::Text),
    ("expires", "export-col-expires", Kind::When),
    ("by", "export-col-by", Kind::Who),
];
pub(super) const REVERSALS: Columns = &[
    ("happened_on", "export-col-happened", Kind::When),
    ("kit", "export-col-kit", Kind::Text),
    ("emergency_called", "export-col-called", Kind::YesNo),
    ("outcome", "export-col-reversal-outcome", Kind::Text),
    ("note", "field-note", Kind::Text),
    ("at", "export-col-written", Kind::When),
    ("by", "export-col-by", Kind::Who),
];
