//! How long the person has injected, per primary drug group, and how long since their first
//! substitution treatment, for those who had one: how many episodes give it, its mean and its
//! standard deviation, as the ages are given.

use chrono::Datelike;

use super::ages::{age_at_start, cells, drug_groups, group_of};
use super::{Episode, codes};
use crate::domain::indicators::{Label, Row, Table};
use crate::domain::tdi::{UNKNOWN_MSG, When, item};

/// The answer of an item only when it is asked (an age at first injection left over from an
/// earlier "ever injected" is not read once the answer is "never").
fn asked<'a>(e: &'a Episode, key: &str) -> Option<&'a str> {
    item(key)
        .filter(|i| e.items.applies(i))
        .and_then(|_| e.items.get(key))
}

/// Age at start minus age at first injection; none before the first injection.
fn since_first_injection(e: &Episode) -> Option<f64> {
    let first: u8 = asked(e, "first_injection_age")?.parse().ok()?;
    let years = age_at_start(e)? - f64::from(first);
    (years >= 0.0).then_some(years)
}

/// The start year minus the year of the first substitution treatment.
fn since_first_ost(e: &Episode) -> Option<f64> {
    let first: i32 = asked(e, "ost_first_year")?.parse().ok()?;
    let years = e.started.year() - first;
    (years >= 0).then_some(f64::from(years))
}

/// Whether this OST answer asks the year of the first treatment (before, now).
fn opens_first_year(code: &str) -> bool {
    matches!(
        item("ost_first_year").map(|i| i.when),
        Some(When::OneOf("ost", codes)) if codes.contains(&code)
    )
}

fn columns() -> Vec<Label> {
    vec![
        Label::Msg("report-col-years-n"),
        Label::Msg("report-col-years-mean"),
        Label::Msg("report-col-years-sd"),
    ]
}

/// One row per list of values, its label first, then all of them together.
fn table(name: &str, title: &'static str, rows: Vec<(Label, Vec<f64>)>) -> Table {
    let all: Vec<f64> = rows.iter().flat_map(|(_, v)| v.iter().copied()).collect();
    let mut t = Table::new(name, title, columns());
    for (label, values) in rows.into_iter().chain([(Label::Total, all)]) {
        t.rows.push(Row {
            label,
            cells: cells(&values).to_vec(),
        });
    }
    t.total_row = true;
    t
}

/// Years since the first injection, a row per primary drug group, then unknown, then all.
pub fn injecting_by_primary_drug(episodes: &[Episode]) -> Table {
    let groups = drug_groups();
    let mut values = vec![Vec::new(); groups.len() + 1];
    for e in episodes {
        values[group_of(&groups, e)].extend(since_first_injection(e));
    }
    let labels = groups
        .iter()
        .map(|c| Label::Msg(c.msg))
        .chain([Label::Msg(UNKNOWN_MSG)]);
    table(
        "injecting-years-by-primary-drug",
        "report-tdi-injecting-years",
        labels.zip(values).collect(),
    )
}

/// Years since the first substitution treatment, a row per answer that had one (before but
/// not now, now), then both.
pub fn by_ost(episodes: &[Episode]) -> Table {
    let had: Vec<_> = codes("ost")
        .iter()
        .filter(|c| opens_first_year(c.code))
        .collect();
    let rows = had
        .iter()
        .map(|c| {
            let values = episodes
                .iter()
                .filter(|e| e.items.get("ost") == Some(c.code))
                .filter_map(since_first_ost)
                .collect();
            (Label::Msg(c.msg), values)
        })
        .collect();
    table("ost-years-by-ost", "report-tdi-ost-years", rows)
}
