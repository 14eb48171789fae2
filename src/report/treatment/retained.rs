//! Retention as tables: at 3, 6 and 12 months, of those who started treatment in the period,
//! those still in treatment, no longer, and not yet measurable; the share still in treatment;
//! and that share by sex and by age band.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::course::{HORIZONS, Kept};
use crate::domain::indicators::{Label, Row, Table, Value};
use crate::domain::outreach::{AGE_BANDS, SEXES, band_index, sex_index};
use crate::report::people::Counted;

fn horizon(months: u32) -> &'static str {
    match months {
        3 => "report-col-after-3-months",
        6 => "report-col-after-6-months",
        _ => "report-col-after-12-months",
    }
}

/// Retention: persons still in treatment, no longer, not yet measurable, at each horizon
/// (the columns add up to those who started); and the share still in treatment of those
/// measurable.
pub(super) fn tables(kept: &[Kept; 3]) -> (Table, Table) {
    let cols: Vec<Label> = HORIZONS.iter().map(|m| Label::Msg(horizon(*m))).collect();
    let mut t = Table::new("retention", "report-retention", cols);
    type Line = (&'static str, fn(&Kept) -> u64);
    let lines: [Line; 3] = [
        ("report-row-still-in-treatment", |k| k.still),
        ("report-row-no-longer-in-treatment", |k| k.gone),
        ("report-row-not-yet-measurable", |k| k.not_yet),
    ];
    for (msg, of) in lines {
        t.rows.push(Row {
            label: Label::Msg(msg),
            cells: kept.iter().map(|k| Value::Count(of(k))).collect(),
        });
    }
    t.rows.push(Row {
        label: Label::Msg("report-row-started"),
        cells: kept
            .iter()
            .map(|k| Value::Count(k.still + k.gone + k.not_yet))
            .collect(),
    });
    t.total_row = true;
    let mut share = Table::new(
        "retention-share",
        "report-retention-share",
        vec![Label::Msg("report-col-share-still")],
    );
    for (m, k) in HORIZONS.iter().zip(kept) {
        share.rows.push(Row {
            label: Label::Msg(horizon(*m)),
            cells: vec![retained_share(k)],
        });
    }
    (t, share)
}

/// The share still in treatment of those measurable, in %, as a measure over the smallest
/// non-zero count of its horizon: beside the counts table, a share shown while one of the
/// counts is hidden (as a complement of a small "not yet measurable") would give it back, so
/// it is hidden whenever any of the three is under the threshold, not only its own two.
fn retained_share(k: &Kept) -> Value {
    let measurable = k.still + k.gone;
    let value = (measurable > 0).then(|| k.still as f64 * 100.0 / measurable as f64);
    let n = [k.still, k.gone, k.not_yet]
        .into_iter()
        .filter(|n| *n > 0)
        .min()
        .unwrap_or(0);
    Value::Measure { value, n }
}

/// The persons who started, by sex and by age band (on the day they started): how many, and
/// the share of those measurable still in treatment at each horizon (in %).
pub(super) fn by_sex_and_band(
    started: &[(i64, NaiveDate)],
    outcomes: &[[Option<bool>; 3]],
    people: &HashMap<i64, Counted>,
) -> [Table; 2] {
    let mut by_sex = vec![[Kept::default(); 3]; SEXES.len()];
    let mut by_band = vec![[Kept::default(); 3]; AGE_BANDS.len()];
    let mut all = [Kept::default(); 3];
    for (&(id, day), outcome) in started.iter().zip(outcomes) {
        let (sex, band) = people.get(&id).map_or(("u", "u"), |p| (p.sex, p.band(day)));
        for k in 0..HORIZONS.len() {
            by_sex[sex_index(sex)][k].add(outcome[k]);
            by_band[band_index(band)][k].add(outcome[k]);
            all[k].add(outcome[k]);
        }
    }
    let table = |name: &str, title: &'static str, groups: Vec<(Label, [Kept; 3])>| {
        let mut cols = vec![Label::Msg("report-col-started")];
        cols.extend(HORIZONS.iter().map(|m| Label::Msg(horizon(*m))));
        let mut t = Table::new(name, title, cols);
        for (label, kept) in groups
            .into_iter()
            .chain(std::iter::once((Label::Total, all)))
        {
            let started = kept[0].still + kept[0].gone + kept[0].not_yet;
            let mut cells = vec![Value::Count(started)];
            // As the share of the retention table: hidden whenever one of its three counts
            // is small, not only its own two.
            cells.extend(kept.iter().map(retained_share));
            t.rows.push(Row { label, cells });
        }
        // The persons who started add up down the first column, to the retention table's.
        t.total_row = true;
        t
    };
    [
        table(
            "retention-by-sex",
            "report-retention-by-sex",
            SEXES
                .iter()
                .zip(by_sex)
                .map(|(s, k)| (Label::Sex(s), k))
                .collect(),
        ),
        table(
            "retention-by-band",
            "report-retention-by-band",
            AGE_BANDS
                .iter()
                .zip(by_band)
                .map(|(b, k)| (Label::Band(b), k))
                .collect(),
        ),
    ]
}
