//! The layout of a TDI file, as one mapping: column name → where its value comes from. The
//! official batch format is not public (TDI.md); when it is, it is a new table like this one.

use chrono::NaiveDate;

use super::{Items, Kind, UNKNOWN, age_band, item};

/// Where a column's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The episode's number in this register.
    Episode,
    /// The start date, `YYYY-MM-DD`.
    Started,
    /// The age band at the start, from the birth year.
    AgeBand,
    /// An item: a coded one by its EMCDDA code, any other as stored; unknown is `99`.
    Item(&'static str),
}

/// One column of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub source: Source,
}

const fn col(name: &'static str, source: Source) -> Column {
    Column { name, source }
}

/// The per-episode CSV with the EMCDDA codes, in the questionnaire's order.
pub const EXPORT: &[Column] = &[
    col("episode", Source::Episode),
    col("niss", Source::Item("niss")),
    col("centre_type", Source::Item("centre_type")),
    col("centre_unit", Source::Item("centre_unit")),
    col("start_date", Source::Started),
    col("treatment_status", Source::Item("status")),
    col("referral_source", Source::Item("referral")),
    col("sex", Source::Item("sex")),
    col("birth_year", Source::Item("birth_year")),
    col("age_band", Source::AgeBand),
    col("living_with", Source::Item("living_with")),
    col("living_with_children", Source::Item("living_with_children")),
    col("living_where", Source::Item("living_where")),
    col("nationality", Source::Item("nationality")),
    col("labour_status", Source::Item("labour")),
    col("education", Source::Item("education")),
    col("primary_drug", Source::Item("primary_drug")),
    col("route", Source::Item("route")),
    col("frequency", Source::Item("frequency")),
    col("first_use_age", Source::Item("first_use_age")),
    col("secondary_drug_1", Source::Item("secondary_drug_1")),
    col("secondary_drug_2", Source::Item("secondary_drug_2")),
    col("secondary_drug_3", Source::Item("secondary_drug_3")),
    col("secondary_drug_4", Source::Item("secondary_drug_4")),
    col("polydrug", Source::Item("polydrug")),
    col("injecting", Source::Item("injecting")),
    col("first_injection_age", Source::Item("first_injection_age")),
    col("needle_sharing", Source::Item("sharing")),
    col("hiv_test", Source::Item("hiv_test")),
    col("hcv_test", Source::Item("hcv_test")),
    col("ost", Source::Item("ost")),
    col("ost_first_year", Source::Item("ost_first_year")),
];

/// The header line's names.
pub fn header(layout: &[Column]) -> Vec<&'static str> {
    layout.iter().map(|c| c.name).collect()
}

/// One episode's values, in the layout's order.
pub fn row(layout: &[Column], episode: i64, started: NaiveDate, items: &Items) -> Vec<String> {
    layout
        .iter()
        .map(|c| match c.source {
            Source::Episode => episode.to_string(),
            Source::Started => started.format("%Y-%m-%d").to_string(),
            Source::AgeBand => items
                .get("birth_year")
                .and_then(|y| y.parse().ok())
                .and_then(|y| age_band(y, started))
                .unwrap_or(UNKNOWN)
                .to_string(),
            Source::Item(key) => {
                let value = items.get(key);
                match (item(key).map(|i| i.kind), value) {
                    (_, None) => UNKNOWN.to_string(),
                    (Some(Kind::Codes(codes)), Some(v)) => codes
                        .iter()
                        .find(|code| code.code == v)
                        .map_or(UNKNOWN, |code| code.emcdda)
                        .to_string(),
                    (_, Some(v)) => v.to_string(),
                }
            }
        })
        .collect()
}
