//! Tables of counts that add up (items given, sessions, routes requested): the total row, and
//! the total column when asked, are computed here as true sums, so the small-count rule can
//! protect every line a reader could subtract along.

use chrono::NaiveDate;

use crate::domain::indicators::{Bucket, Label, Row, Table, Value};

/// Counts laid out by row and column before they become a table.
pub struct Grid {
    labels: Vec<Label>,
    cells: Vec<Vec<u64>>,
}

impl Grid {
    /// A grid of zeros: one row per label, `cols` columns.
    pub fn new(labels: Vec<Label>, cols: usize) -> Grid {
        let cells = labels.iter().map(|_| vec![0; cols]).collect();
        Grid { labels, cells }
    }

    /// A row per slice of the period.
    pub fn by_period(buckets: &[Bucket], cols: usize) -> Grid {
        Grid::new(
            buckets
                .iter()
                .map(|b| Label::Text(b.label.clone()))
                .collect(),
            cols,
        )
    }

    /// Adds `n` to a cell (nothing when out of the grid).
    pub fn add(&mut self, row: usize, col: usize, n: u64) {
        if let Some(c) = self.cells.get_mut(row).and_then(|r| r.get_mut(col)) {
            *c += n;
        }
    }

    /// The table, with a total row and (`total_col`) a total column after `columns`.
    pub fn table(
        self,
        name: &str,
        title: &'static str,
        mut columns: Vec<Label>,
        total_col: bool,
    ) -> Table {
        if total_col {
            columns.push(Label::Total);
        }
        let width = columns.len();
        let mut t = Table::new(name, title, columns);
        let mut totals = vec![0u64; width];
        for (label, mut cells) in self.labels.into_iter().zip(self.cells) {
            if total_col {
                cells.push(cells.iter().sum());
            }
            for (sum, n) in totals.iter_mut().zip(&cells) {
                *sum += n;
            }
            t.rows.push(Row {
                label,
                cells: cells.into_iter().map(Value::Count).collect(),
            });
        }
        t.rows.push(Row {
            label: Label::Total,
            cells: totals.into_iter().map(Value::Count).collect(),
        });
        t.total_col = total_col;
        t.total_row = true;
        t
    }
}

/// The slice a day falls in.
pub fn bucket_of(buckets: &[Bucket], day: NaiveDate) -> Option<usize> {
    buckets.iter().position(|b| b.from <= day && day <= b.to)
}

/// The day of a stored date or time stamp (`2026-03-02`, `2026-03-02 09:00:00`), read digit
/// by digit: a year's report reads hundreds of thousands of them.
pub fn day_of(stamp: &str) -> Option<NaiveDate> {
    let b = stamp.as_bytes().get(..10)?;
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

/// The period's bounds as stored text: its first day, and the day after its last (time stamps
/// of the last day are before it).
pub fn bounds(from: NaiveDate, to: NaiveDate) -> (String, String) {
    (from.to_string(), to.succ_opt().unwrap_or(to).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn margins_are_true_sums() {
        let mut g = Grid::new(vec![Label::Text("a".into()), Label::Text("b".into())], 2);
        g.add(0, 0, 3);
        g.add(1, 1, 4);
        g.add(1, 0, 1);
        g.add(9, 9, 100);
        let t = g.table("t", "report-total", vec![Label::Total, Label::Total], true);
        assert_eq!(t.cell(2, 0), Some(Value::Count(4)));
        assert_eq!(t.cell(1, 2), Some(Value::Count(5)));
        assert_eq!(t.cell(2, 2), Some(Value::Count(8)));
        assert!(t.total_col && t.total_row);
        assert_eq!(
            day_of("2026-03-02 09:00:00"),
            NaiveDate::from_ymd_opt(2026, 3, 2)
        );
        assert_eq!(day_of("2026-3-2"), None);
        assert_eq!(day_of("2026-02-30"), None);
    }
}
