//! The person's outreach contacts and vaccinations in their export.

use super::{Columns, Kind};

pub(super) const CONTACTS: Columns = &[
    ("day", "export-col-day", Kind::When),
    ("place", "export-col-place", Kind::Text),
    ("new", "export-col-new", Kind::YesNo),
    ("care", "export-col-care", Kind::Text),
    ("information", "export-col-information", Kind::YesNo),
    ("referral", "export-col-referral-to", Kind::Text),
    ("partner", "export-col-accompanied", Kind::Text),
    ("reversed", "export-col-reversed", Kind::YesNo),
    ("by", "export-col-by", Kind::Who),
];

pub(super) const VACCINATIONS: Columns = &[
    ("given_on", "export-col-day", Kind::When),
    ("vaccine", "export-col-vaccine", Kind::Text),
    ("lot", "export-col-lot", Kind::Text),
    ("dose_number", "export-col-dose-number", Kind::Text),
    ("reaction", "export-col-reaction", Kind::Text),
    ("place", "export-col-place", Kind::Text),
    ("vaccinator", "export-col-vaccinator", Kind::Who),
];
