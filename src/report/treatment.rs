//! Substitution treatment (definitions `treatment` in `docs/indicators.md`): persons in
//! treatment, new inductions, retention at 3, 6 and 12 months, doses given, runs of missed
//! days that reached the withholding threshold, TDI episodes opened and their items unknown.

mod course;
mod retained;

use std::collections::HashMap;

use chrono::NaiveDate;

use super::people::{Counted, counted_of};
use super::{Def, Progress, Query};
use crate::domain::indicators::{
    Bucket, Fact, Label, Row, Table, Value, buckets, by_band_and_sex, by_period,
};
use crate::domain::tdi::{ITEMS, Items, Kind};
use crate::domain::treatment::Thresholds;
use crate::store::{Store, StoreError};

pub use course::{AROUND_DAYS, HORIZONS};

pub const DEF: Def = Def {
    name: "treatment",
    title: "report-treatment",
    version: 2,
    build,
};

/// The centre's treatment thresholds (settings `treatment_*`), the defaults where unset.
fn thresholds(store: &Store) -> Result<Thresholds, StoreError> {
    let mut limits = Thresholds::default();
    for name in Thresholds::SETTINGS {
        if let Some(days) = store.setting(name)?.and_then(|v| v.trim().parse().ok()) {
            limits.set(name, days);
        }
    }
    Ok(limits)
}

fn fact(p: &Counted, day: NaiveDate, unit: bool) -> Fact {
    Fact {
        sex: p.sex,
        band: p.band(day),
        ..Fact::new(unit.then_some(p.id), day)
    }
}

fn within(b: &Bucket, d: NaiveDate) -> bool {
    b.from <= d && d <= b.to
}

/// One fact per person and slice in which one of their prescriptions ran, on the first day
/// of the slice it ran.
fn in_treatment(
    courses: &HashMap<i64, course::Person>,
    people: &HashMap<i64, Counted>,
    periods: &[Bucket],
) -> Vec<Fact> {
    let mut facts = Vec::new();
    for (id, c) in courses {
        let Some(p) = people.get(id) else { continue };
        for b in periods {
            let first = c
                .prescriptions
                .iter()
                .filter(|r| r.starts <= b.to && r.ends >= b.from)
                .map(|r| r.starts.max(b.from))
                .min();
            if let Some(d) = first {
                facts.push(fact(p, d, true));
            }
        }
    }
    facts.sort_by_key(|f| (f.day, f.unit));
    facts
}

/// TDI episodes started in each slice, and the share of the items asked still unknown.
fn episodes(store: &Store, q: &Query, periods: &[Bucket]) -> Result<Table, StoreError> {
    let mut stmt = store
        .conn()
        .prepare("SELECT started, items FROM tdi_episode WHERE started BETWEEN ?1 AND ?2")?;
    let rows: Vec<(String, String)> = stmt
        .query_map([q.from.to_string(), q.to.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut per = vec![(0u64, 0u64, 0u64); periods.len()];
    for (d, items) in rows {
        let Some(d) = NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok() else {
            continue;
        };
        let items = Items::from_json(&items);
        let asked = ITEMS
            .iter()
            .filter(|i| i.kind != Kind::Date && items.applies(i))
            .count() as u64;
        let unknown = items.unknown().len() as u64;
        if let Some(i) = periods.iter().position(|b| within(b, d)) {
            per[i].0 += 1;
            per[i].1 += asked;
            per[i].2 += unknown;
        }
    }
    let cols = vec![
        Label::Msg("report-col-episodes"),
        Label::Msg("report-col-share-unknown"),
    ];
    let mut t = Table::new("tdi-episodes-by-period", "report-tdi-episodes", cols);
    let row = |label: Label, (n, asked, unknown): (u64, u64, u64)| Row {
        label,
        cells: vec![
            Value::Count(n),
            Value::Share {
                num: unknown,
                den: asked,
            },
        ],
    };
    let mut all = (0, 0, 0);
    for (b, c) in periods.iter().zip(per) {
        all = (all.0 + c.0, all.1 + c.1, all.2 + c.2);
        t.rows.push(row(Label::Text(b.label.clone()), c));
    }
    t.rows.push(row(Label::Total, all));
    t.total_row = true;
    Ok(t)
}

fn build(store: &Store, q: &Query, progress: Progress<'_>) -> Result<Vec<Table>, StoreError> {
    const STEPS: usize = 4;
    progress(0, STEPS);
    let limits = thresholds(store)?;
    // Only the persons ever prescribed (and the records of merges) are read.
    let people = counted_of(store.conn(), "id IN (SELECT person_id FROM prescription)")?;
    let periods = buckets(q.from, q.to, q.by);
    let course::Read { courses, doses } = course::read(store, q.from, q.to, &limits, &people)?;
    let doses: Vec<Fact> = doses
        .into_iter()
        .map(|(d, n)| Fact {
            weight: n,
            ..Fact::new(None, d)
        })
        .collect();
    progress(1, STEPS);
    let treated = in_treatment(&courses, &people, &periods);
    let (mut inducted, mut missed) = (Vec::new(), Vec::new());
    let mut started: Vec<(i64, NaiveDate)> = Vec::new();
    for (id, c) in &courses {
        let Some(p) = people.get(id) else { continue };
        let days: Vec<NaiveDate> = c
            .inductions(&limits)
            .into_iter()
            .filter(|d| q.from <= *d && *d <= q.to)
            .collect();
        if let Some(first) = days.first() {
            started.push((p.id, *first));
        }
        inducted.extend(days.into_iter().map(|d| fact(p, d, false)));
        missed.extend(
            c.missed_episodes(&limits, q.to)
                .into_iter()
                .filter(|d| q.from <= *d && *d <= q.to)
                .map(|d| fact(p, d, false)),
        );
    }
    started.sort_unstable();
    let mut families: HashMap<i64, Vec<i64>> = HashMap::new();
    for (id, p) in &people {
        families.entry(p.id).or_default().push(*id);
    }
    let outcomes = course::retention(store, &started, &families, q.to)?;
    progress(2, STEPS);
    let mut kept = [course::Kept::default(); 3];
    for o in &outcomes {
        for (k, outcome) in kept.iter_mut().zip(o) {
            k.add(*outcome);
        }
    }
    let (retained, share) = retained::tables(&kept);
    let [by_sex, by_band] = retained::by_sex_and_band(&started, &outcomes, &people);
    let mut out = vec![
        by_period(
            "persons-in-treatment-by-period",
            "report-persons-in-treatment",
            &treated,
            &periods,
        )
        .linked("persons-in-treatment"),
        by_band_and_sex(
            "persons-in-treatment-by-band-sex",
            "report-persons-in-treatment",
            &treated,
        )
        .linked("persons-in-treatment"),
        by_period(
            "inductions-by-period",
            "report-inductions",
            &inducted,
            &periods,
        )
        .linked("inductions"),
        by_band_and_sex("inductions-by-band-sex", "report-inductions", &inducted)
            .linked("inductions"),
        retained,
        share,
        by_sex,
        by_band,
        by_period("doses-by-period", "report-doses", &doses, &periods),
        by_period(
            "missed-dose-episodes-by-period",
            "report-missed-dose-episodes",
            &missed,
            &periods,
        ),
    ];
    progress(3, STEPS);
    out.push(episodes(store, q, &periods)?);
    progress(STEPS, STEPS);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::indicators::suppress;

    #[test]
    fn a_share_beside_a_hidden_count_is_hidden_too() {
        // 3 not yet measurable: hidden, with "no longer" (10) as its complement; a share of
        // 66.7 % shown beside 20 would give the 10 back, then the 3.
        let kept = [
            course::Kept {
                still: 20,
                gone: 10,
                not_yet: 3,
            },
            course::Kept {
                still: 20,
                gone: 10,
                not_yet: 0,
            },
            course::Kept::default(),
        ];
        let (counts, share) = retained::tables(&kept);
        let hidden = suppress(&counts, 5);
        assert!(
            hidden.contains(&(2, 0)) && hidden.contains(&(1, 0)),
            "{hidden:?}"
        );
        let hidden = suppress(&share, 5);
        assert!(hidden.contains(&(0, 0)));
        assert!(!hidden.contains(&(1, 0)), "nothing small at 6 months");
    }
}
