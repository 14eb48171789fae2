//! Reports for funders and Sciensano: each is a list of tables computed from the register over
//! a period (`crate::domain::indicators` cuts it, tabulates and hides small counts), with a
//! version that names the definitions used (`docs/indicators.md`). The writers ([`out`]) say
//! the tables as JSON, CSV, XLSX or a printed page, each with the suppression rule applied.

pub mod activity;
pub mod coverage;
pub mod docs;
pub mod file;
mod grid;
pub mod harm_reduction;
pub mod out;
pub mod outreach;
mod people;
mod stamp;
pub mod tdi;
pub mod treatment;
pub mod xlsx;

use chrono::NaiveDate;

use crate::domain::indicators::{By, Hidden, Table, suppress_linked};
use crate::i18n::{Lang, Localised, Msg};
use crate::store::{Store, StoreError};

/// What a report is asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub by: By,
    /// The language data names (services, items) are read in.
    pub lang: Lang,
}

/// The small-count rule: thresholds, and whether it applies (not for the coordinator's own
/// checks, `--no-suppress`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub threshold: u64,
    /// For breakdowns that single people out sooner (nationality, language).
    pub sensitive: u64,
    pub apply: bool,
}

impl Rule {
    pub const DEFAULT: Rule = Rule {
        threshold: 5,
        sensitive: 10,
        apply: true,
    };

    /// The centre's thresholds (settings `report_threshold`, `report_threshold_sensitive`).
    pub fn of(store: &Store) -> Rule {
        let read = |key: &str, default: u64| {
            store
                .setting(key)
                .ok()
                .flatten()
                .and_then(|v| v.trim().parse::<u64>().ok())
                .filter(|n| *n >= 1)
                .unwrap_or(default)
        };
        Rule {
            threshold: read("report_threshold", Rule::DEFAULT.threshold),
            sensitive: read("report_threshold_sensitive", Rule::DEFAULT.sensitive),
            apply: true,
        }
    }

    fn of_table(&self, t: &Table) -> u64 {
        if t.sensitive {
            self.sensitive
        } else {
            self.threshold
        }
    }
}

/// Where a report is: tables done of all, for the terminal's progress line.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// A report the centre can run.
pub struct Def {
    /// What `seuil report run` takes.
    pub name: &'static str,
    /// Message id of its title.
    pub title: &'static str,
    /// The version of its definitions in `docs/indicators.md`.
    pub version: u32,
    pub build: fn(&Store, &Query, Progress<'_>) -> Result<Vec<Table>, StoreError>,
}

/// Every report, in the order they are listed.
pub const REPORTS: &[Def] = &[
    activity::DEF,
    coverage::DEF,
    harm_reduction::DEF,
    outreach::DEF,
    // Substitution treatment, then the TDI tables for Sciensano.
    treatment::DEF,
    tdi::DEF,
];

/// A report by name.
pub fn find(name: &str) -> Option<&'static Def> {
    let name = name.trim().to_lowercase();
    REPORTS.iter().find(|d| d.name == name)
}

/// A report computed: its tables with the cells hidden under the rule.
pub struct Report {
    pub def: &'static Def,
    pub query: Query,
    pub rule: Rule,
    pub tables: Vec<(Table, Hidden)>,
}

/// Why a report was not run.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("no report {0}")]
    Unknown(String),
    #[error("period ends before it starts")]
    Period,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Localised for ReportError {
    fn msg(&self) -> Msg {
        match self {
            ReportError::Unknown(name) => Msg::new("report-error-unknown")
                .arg("name", name.as_str())
                .arg(
                    "names",
                    REPORTS
                        .iter()
                        .map(|d| d.name)
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ReportError::Period => Msg::new("report-error-period"),
            ReportError::Store(e) => e.msg(),
        }
    }
}

/// Computes a report and hides its small counts (unless the rule says not to).
pub fn run(
    store: &Store,
    name: &str,
    query: Query,
    rule: Rule,
    progress: Progress<'_>,
) -> Result<Report, ReportError> {
    let def = find(name).ok_or_else(|| ReportError::Unknown(name.to_string()))?;
    if query.to < query.from {
        return Err(ReportError::Period);
    }
    let tables = (def.build)(store, &query, progress)?;
    let hidden = if rule.apply {
        suppress_linked(&tables, |t| rule.of_table(t))
    } else {
        tables.iter().map(|_| Hidden::new()).collect()
    };
    let tables = tables.into_iter().zip(hidden).collect();
    Ok(Report {
        def,
        query,
        rule,
        tables,
    })
}
