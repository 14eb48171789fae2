//! Facts into tables: each fact is one thing counted (a visit, a dose, an item given) on a day,
//! with the sex and age band of the person, and a group (a service, a kind). A fact with a
//! `unit` (a person's id) counts that unit once per cell: "persons seen" in a month is the
//! number of different persons, whatever their visits.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::{Bucket, Label, Row, Table, Value};
use crate::domain::outreach::{AGE_BANDS, SEXES, band_index, sex_index};

/// One thing counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// What is counted once per cell (a person's id); `None`: each fact counts.
    pub unit: Option<i64>,
    pub day: NaiveDate,
    /// `f`, `m`, `x` or `u`.
    pub sex: &'static str,
    /// A TDI age band (`25-29`) or `u`.
    pub band: &'static str,
    /// The group it belongs to, for [`by_group`] (a service's code, an item's kind).
    pub group: Option<String>,
    /// How many it stands for (items given: their count); 1 for a person or a visit.
    pub weight: u64,
}

impl Fact {
    pub fn new(unit: Option<i64>, day: NaiveDate) -> Fact {
        Fact {
            unit,
            day,
            sex: "u",
            band: "u",
            group: None,
            weight: 1,
        }
    }
}

/// Counts facts: distinct units when they have one, else the sum of weights. The units are
/// kept as they come and told apart once, when the cell is read (a year of visits is hundreds
/// of thousands of facts: a sort beats a set).
#[derive(Default)]
struct Tally {
    units: Vec<i64>,
    weights: u64,
}

impl Tally {
    fn add(&mut self, f: &Fact) {
        match f.unit {
            Some(u) => self.units.push(u),
            None => self.weights += f.weight,
        }
    }

    fn value(&mut self) -> u64 {
        self.units.sort_unstable();
        self.units.dedup();
        self.units.len() as u64 + self.weights
    }
}

/// Whether the facts count units (persons): then a period's total is not the sum of its
/// months (a person seen in two months is one person), and the total row is no margin.
fn distinct(facts: &[Fact]) -> bool {
    facts.iter().any(|f| f.unit.is_some())
}

/// One column of counts, a row per bucket, then the whole period.
pub fn by_period(name: &str, title: &'static str, facts: &[Fact], buckets: &[Bucket]) -> Table {
    let mut t = Table::new(name, title, vec![Label::Msg(title)]);
    let mut all = Tally::default();
    let mut per: Vec<Tally> = buckets.iter().map(|_| Tally::default()).collect();
    for f in facts {
        if let Some(i) = buckets
            .iter()
            .position(|b| b.from <= f.day && f.day <= b.to)
        {
            per[i].add(f);
            all.add(f);
        }
    }
    for (b, tally) in buckets.iter().zip(&mut per) {
        t.rows.push(Row {
            label: Label::Text(b.label.clone()),
            cells: vec![Value::Count(tally.value())],
        });
    }
    t.rows.push(Row {
        label: Label::Total,
        cells: vec![Value::Count(all.value())],
    });
    t.total_row = !distinct(facts);
    t
}

/// Age bands down, sexes across, with their totals. A unit counts in the band and sex of its
/// first fact, so the margins add up.
pub fn by_band_and_sex(name: &str, title: &'static str, facts: &[Fact]) -> Table {
    let mut columns: Vec<Label> = SEXES.iter().map(|s| Label::Sex(s)).collect();
    columns.push(Label::Total);
    let mut t = Table::new(name, title, columns);
    let mut seen = HashSet::with_capacity(facts.len().min(1 << 20));
    let mut cells = [[0u64; SEXES.len()]; AGE_BANDS.len()];
    for f in facts {
        if let Some(u) = f.unit
            && !seen.insert(u)
        {
            continue;
        }
        let (r, c) = (band_index(f.band), sex_index(f.sex));
        cells[r][c] += if f.unit.is_some() { 1 } else { f.weight };
    }
    let mut col_totals = vec![0u64; SEXES.len() + 1];
    for (band, counts) in AGE_BANDS.iter().zip(&cells) {
        let mut row = counts.to_vec();
        row.push(row.iter().sum());
        for (i, n) in row.iter().enumerate() {
            col_totals[i] += n;
        }
        t.rows.push(Row {
            label: Label::Band(band),
            cells: row.into_iter().map(Value::Count).collect(),
        });
    }
    t.rows.push(Row {
        label: Label::Total,
        cells: col_totals.into_iter().map(Value::Count).collect(),
    });
    t.total_col = true;
    t.total_row = true;
    t
}

/// A row per group, in the order given (a group no fact has shows 0), then the total.
pub fn by_group(
    name: &str,
    title: &'static str,
    facts: &[Fact],
    groups: &[(String, Label)],
) -> Table {
    let mut t = Table::new(name, title, vec![Label::Msg(title)]);
    let mut per: Vec<Tally> = groups.iter().map(|_| Tally::default()).collect();
    let mut all = Tally::default();
    let place: HashMap<&str, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, (code, _))| (code.as_str(), i))
        .collect();
    for f in facts {
        let Some(g) = &f.group else { continue };
        if let Some(&i) = place.get(g.as_str()) {
            per[i].add(f);
            all.add(f);
        }
    }
    for ((_, label), tally) in groups.iter().zip(&mut per) {
        t.rows.push(Row {
            label: label.clone(),
            cells: vec![Value::Count(tally.value())],
        });
    }
    t.rows.push(Row {
        label: Label::Total,
        cells: vec![Value::Count(all.value())],
    });
    t.total_row = !distinct(facts);
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::indicators::{By, buckets};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap_or(NaiveDate::MIN)
    }

    fn person(id: i64, m: u32, sex: &'static str, band: &'static str) -> Fact {
        Fact {
            sex,
            band,
            ..Fact::new(Some(id), day(m, 10))
        }
    }

    #[test]
    fn a_person_counts_once_per_month_and_once_in_the_period() {
        let facts = [
            person(1, 1, "f", "25-29"),
            person(1, 1, "f", "25-29"),
            person(1, 2, "f", "25-29"),
            person(2, 2, "m", "u"),
        ];
        let b = buckets(day(1, 1), day(3, 31), By::Month);
        let t = by_period("p", "report-title", &facts, &b);
        let counts: Vec<u64> = t.rows.iter().filter_map(|r| r.cells[0].count()).collect();
        assert_eq!(counts, [1, 2, 0, 2]);
        assert!(!t.total_row, "distinct persons do not add up over months");
        let s = by_band_and_sex("s", "report-title", &facts);
        let band = AGE_BANDS.iter().position(|b| *b == "25-29").unwrap_or(0);
        assert_eq!(s.cell(band, 0), Some(Value::Count(1)));
        assert_eq!(
            s.cell(AGE_BANDS.len() - 1, 1),
            Some(Value::Count(1)),
            "no birth year: unknown"
        );
        assert_eq!(s.cell(AGE_BANDS.len(), SEXES.len()), Some(Value::Count(2)));
    }

    #[test]
    fn events_add_up_and_weights_count_items() {
        let mut facts = vec![Fact::new(None, day(1, 5)), Fact::new(None, day(2, 5))];
        facts.push(Fact {
            weight: 10,
            group: Some("injection".into()),
            ..Fact::new(None, day(2, 6))
        });
        let b = buckets(day(1, 1), day(2, 28), By::Month);
        let t = by_period("e", "report-title", &facts, &b);
        let counts: Vec<u64> = t.rows.iter().filter_map(|r| r.cells[0].count()).collect();
        assert_eq!(counts, [1, 11, 12]);
        assert!(t.total_row);
        let g = by_group(
            "g",
            "report-title",
            &facts,
            &[
                ("injection".into(), Label::Text("injection".into())),
                ("smoking".into(), Label::Text("smoking".into())),
            ],
        );
        let counts: Vec<u64> = g.rows.iter().filter_map(|r| r.cells[0].count()).collect();
        assert_eq!(counts, [10, 0, 10]);
    }
}
