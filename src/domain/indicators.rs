//! Indicators as tables: periods cut into months, quarters or years, the cells of a table (counts,
//! shares, measures such as a median wait), and the small-count rule that hides what could point
//! at a person once a table leaves the centre ([`suppress`]). Pure: the figures come from
//! `crate::report`, the words from Fluent.

mod linked;
pub mod nationality;
mod suppress;
mod tabulate;

pub use linked::suppress_linked;
pub use suppress::{Hidden, recoverable, suppress};
pub use tabulate::{Fact, by_band_and_sex, by_group, by_period};

use chrono::{Datelike, NaiveDate};

/// How a period is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum By {
    #[default]
    Month,
    Quarter,
    Year,
}

impl By {
    pub fn read(text: &str) -> Option<By> {
        match text.trim().to_lowercase().as_str() {
            "month" | "m" => Some(By::Month),
            "quarter" | "q" => Some(By::Quarter),
            "year" | "y" => Some(By::Year),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            By::Month => "month",
            By::Quarter => "quarter",
            By::Year => "year",
        }
    }
}

/// One slice of a period: its label (`2026-03`, `2026-Q1`, `2026`) and its days, both included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    pub label: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

fn first_of(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN)
}

/// The slices of `from..=to` (the first and last cut at the period's own ends).
pub fn buckets(from: NaiveDate, to: NaiveDate, by: By) -> Vec<Bucket> {
    let mut out = Vec::new();
    let mut start = from;
    while start <= to {
        let (y, m) = (start.year(), start.month());
        let (label, next) = match by {
            By::Month => {
                let next = if m == 12 {
                    first_of(y + 1, 1)
                } else {
                    first_of(y, m + 1)
                };
                (format!("{y}-{m:02}"), next)
            }
            By::Quarter => {
                let q = (m - 1) / 3 + 1;
                let next = if q == 4 {
                    first_of(y + 1, 1)
                } else {
                    first_of(y, q * 3 + 1)
                };
                (format!("{y}-Q{q}"), next)
            }
            By::Year => (format!("{y}"), first_of(y + 1, 1)),
        };
        let end = next.pred_opt().unwrap_or(next).min(to);
        out.push(Bucket {
            label,
            from: start,
            to: end,
        });
        if next <= start {
            break;
        }
        start = next;
    }
    out
}

/// What a row or column is called: a message, words as they are (a service's name, a bucket's
/// label), an age band, a sex, the total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    Msg(&'static str),
    Text(String),
    Band(&'static str),
    Sex(&'static str),
    /// Two labels read together, a row of a table of three ways (a type of centre, then a
    /// treatment status).
    Pair(&'static str, &'static str),
    Total,
}

/// A cell of a table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    /// How many (persons, visits, items…).
    Count(u64),
    /// A share: `num` of `den`.
    Share { num: u64, den: u64 },
    /// A measure over `n` units (a median, a mean); `None` when there are none.
    Measure { value: Option<f64>, n: u64 },
}

impl Value {
    pub fn count(self) -> Option<u64> {
        match self {
            Value::Count(n) => Some(n),
            _ => None,
        }
    }

    /// The share as a percentage, when it has a denominator.
    pub fn percent(self) -> Option<f64> {
        match self {
            Value::Share { num, den } if den > 0 => Some(num as f64 * 100.0 / den as f64),
            _ => None,
        }
    }
}

/// A row: its label and one cell per column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: Label,
    pub cells: Vec<Value>,
}

/// A table of a report.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Stable name (`persons-by-month`), what exports and tests use.
    pub name: String,
    /// Message id of its title.
    pub title: &'static str,
    pub columns: Vec<Label>,
    pub rows: Vec<Row>,
    /// The last column is the sum of the others in each row.
    pub total_col: bool,
    /// The last row is the sum of the others in each column.
    pub total_row: bool,
    /// A breakdown that could single a person out sooner (nationality, language): the higher
    /// threshold applies.
    pub sensitive: bool,
    /// The grand total (the last cell of the last row) is the same figure as that of every
    /// other table of the report with the same key (persons seen, by month and by age band):
    /// hidden in one, it is hidden in all ([`suppress_linked`]).
    pub same_total: Option<&'static str>,
}

impl Table {
    pub fn new(name: impl Into<String>, title: &'static str, columns: Vec<Label>) -> Table {
        Table {
            name: name.into(),
            title,
            columns,
            rows: Vec::new(),
            total_col: false,
            total_row: false,
            sensitive: false,
            same_total: None,
        }
    }

    /// The table with its grand total linked to the other tables' of the same key.
    pub fn linked(mut self, key: &'static str) -> Table {
        self.same_total = Some(key);
        self
    }

    pub fn cell(&self, row: usize, col: usize) -> Option<Value> {
        self.rows.get(row).and_then(|r| r.cells.get(col)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn a_period_is_cut_at_its_own_ends() {
        let b = buckets(day(2026, 2, 15), day(2026, 5, 3), By::Month);
        let labels: Vec<&str> = b.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, ["2026-02", "2026-03", "2026-04", "2026-05"]);
        assert_eq!((b[0].from, b[0].to), (day(2026, 2, 15), day(2026, 2, 28)));
        assert_eq!((b[3].from, b[3].to), (day(2026, 5, 1), day(2026, 5, 3)));
        let q = buckets(day(2025, 11, 1), day(2026, 12, 31), By::Quarter);
        let labels: Vec<&str> = q.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(
            labels,
            ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
        );
        assert_eq!(q[1].to, day(2026, 3, 31));
        let y = buckets(day(2025, 6, 1), day(2026, 6, 1), By::Year);
        assert_eq!(y.len(), 2);
        assert!(buckets(day(2026, 2, 1), day(2026, 1, 1), By::Year).is_empty());
    }
}
