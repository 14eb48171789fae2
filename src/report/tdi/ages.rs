//! Age at the start of the episode and at first use of the primary drug, per primary drug
//! group: how many episodes give the age, its mean and its standard deviation.

use chrono::Datelike;

use super::{Episode, codes};
use crate::domain::indicators::{Label, Row, Table, Value};
use crate::domain::tdi::{Code, UNKNOWN_MSG};

/// The mean and the sample standard deviation (n − 1) of ages.
pub fn mean_sd(ages: &[f64]) -> (Option<f64>, Option<f64>) {
    let n = ages.len() as f64;
    if ages.is_empty() {
        return (None, None);
    }
    let mean = ages.iter().sum::<f64>() / n;
    if ages.len() < 2 {
        return (Some(mean), None);
    }
    let var = ages.iter().map(|a| (a - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (Some(mean), Some(var.sqrt()))
}

/// The age the person reaches in the year the episode starts (TDI's age at start).
pub(super) fn age_at_start(e: &Episode) -> Option<f64> {
    let born: i32 = e.items.get("birth_year")?.parse().ok()?;
    let age = e.started.year() - born;
    (age >= 0).then_some(f64::from(age))
}

fn first_use(e: &Episode) -> Option<f64> {
    e.items
        .get("first_use_age")?
        .parse::<u8>()
        .ok()
        .map(f64::from)
}

/// Three cells: how many, mean, standard deviation.
pub(super) fn cells(ages: &[f64]) -> [Value; 3] {
    let n = ages.len() as u64;
    let (mean, sd) = mean_sd(ages);
    [
        Value::Count(n),
        Value::Measure { value: mean, n },
        Value::Measure { value: sd, n },
    ]
}

/// The primary drug groups (1 opioids … 9 other substances), without their sub-codes.
pub(super) fn drug_groups() -> Vec<&'static Code> {
    codes("primary_drug")
        .iter()
        .filter(|c| !c.code.contains('.'))
        .collect()
}

/// The row of an episode's primary drug group (a sub-code in its group), or the last
/// (unknown).
pub(super) fn group_of(groups: &[&Code], e: &Episode) -> usize {
    e.items
        .get("primary_drug")
        .and_then(|v| v.split('.').next())
        .and_then(|g| groups.iter().position(|c| c.code == g))
        .unwrap_or(groups.len())
}

/// A row per primary drug group (opioids, cocaine, …; a sub-code counts in its group), then
/// unknown, then all episodes.
pub fn by_primary_drug(episodes: &[Episode]) -> Table {
    let groups = drug_groups();
    let cols = vec![
        Label::Msg("report-col-age-start-n"),
        Label::Msg("report-col-age-start-mean"),
        Label::Msg("report-col-age-start-sd"),
        Label::Msg("report-col-first-use-n"),
        Label::Msg("report-col-first-use-mean"),
        Label::Msg("report-col-first-use-sd"),
    ];
    let mut t = Table::new("ages-by-primary-drug", "report-tdi-ages", cols);
    let mut start = vec![Vec::new(); groups.len() + 1];
    let mut first = vec![Vec::new(); groups.len() + 1];
    for e in episodes {
        let group = group_of(&groups, e);
        start[group].extend(age_at_start(e));
        first[group].extend(first_use(e));
    }
    let all_start: Vec<f64> = start.iter().flatten().copied().collect();
    let all_first: Vec<f64> = first.iter().flatten().copied().collect();
    let labels = groups
        .iter()
        .map(|c| Label::Msg(c.msg))
        .chain([Label::Msg(UNKNOWN_MSG), Label::Total]);
    let rows = start
        .iter()
        .zip(&first)
        .map(|(s, f)| (s.as_slice(), f.as_slice()))
        .chain(std::iter::once((
            all_start.as_slice(),
            all_first.as_slice(),
        )));
    for (label, (s, f)) in labels.zip(rows) {
        t.rows.push(Row {
            label,
            cells: cells(s).into_iter().chain(cells(f)).collect(),
        });
    }
    t.total_row = true;
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_and_sample_standard_deviation() {
        let (mean, sd) = mean_sd(&[30.0, 40.0]);
        assert_eq!(mean, Some(35.0));
        let sd = sd.unwrap_or(0.0);
        assert!((sd - 7.0711).abs() < 1e-3, "{sd}");
        assert_eq!(mean_sd(&[25.0]), (Some(25.0), None));
        assert_eq!(mean_sd(&[]), (None, None));
    }
}
