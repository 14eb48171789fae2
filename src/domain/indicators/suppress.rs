//! Small counts, as statistical offices hide them (the threshold rule, then complementary cell
//! suppression): a non-zero count under the threshold is hidden (`< 5`, never shown as 0), a
//! share or measure over fewer units too; then, in every line that adds up to a total (a row
//! with its total column, a column with its total row), a single hidden cell would be given
//! back by subtraction, so the smallest other non-zero cell of that line is hidden as well (the
//! total itself when nothing else is left), until no line has exactly one. A share or measure in
//! a row with a hidden count is hidden with it. Zero is never hidden: it tells nothing about a
//! person.

use std::collections::BTreeSet;

use super::{Table, Value};

/// The cells hidden, as (row, column).
pub type Hidden = BTreeSet<(usize, usize)>;

/// The cells to hide in `table` under `threshold` (counts from 1 to `threshold - 1`).
pub fn suppress(table: &Table, threshold: u64) -> Hidden {
    let mut hidden = primary(table, threshold);
    protect(table, &mut hidden);
    hidden
}

/// The small counts themselves, and the shares and measures over too few.
pub(super) fn primary(table: &Table, threshold: u64) -> Hidden {
    let mut hidden = Hidden::new();
    for (r, row) in table.rows.iter().enumerate() {
        for (c, v) in row.cells.iter().enumerate() {
            let small = |n: u64| n > 0 && n < threshold;
            let primary = match *v {
                Value::Count(n) => small(n),
                Value::Share { num, den } => small(num) || small(den) || small(den - num.min(den)),
                Value::Measure { n, .. } => small(n),
            };
            if primary {
                hidden.insert((r, c));
            }
        }
    }
    hidden
}

/// Hides, beside the cells already `hidden`, what keeps each of them from being given back:
/// complementary cells line by line, then the shares and measures beside a hidden count.
pub(super) fn protect(table: &Table, hidden: &mut Hidden) {
    loop {
        let mut more = false;
        for line in lines(table) {
            let in_line: Vec<&(usize, usize)> =
                line.cells.iter().filter(|p| hidden.contains(p)).collect();
            if in_line.len() != 1 {
                continue;
            }
            if let Some(p) = second_cell(table, &line, hidden) {
                hidden.insert(p);
                more = true;
            }
        }
        if !more {
            break;
        }
    }
    // A share or a measure in a row with a hidden count is hidden too: beside the count it is
    // computed from, it would give that count back (a percentage of a hidden cell).
    for (r, row) in table.rows.iter().enumerate() {
        if !(0..row.cells.len()).any(|c| hidden.contains(&(r, c)) && is_count(table, (r, c))) {
            continue;
        }
        for (c, v) in row.cells.iter().enumerate() {
            if !matches!(v, Value::Count(_)) {
                hidden.insert((r, c));
            }
        }
    }
}

/// The lines with exactly one hidden cell: what could be recovered by subtraction (empty after
/// [`suppress`]).
pub fn recoverable(table: &Table, hidden: &Hidden) -> Vec<(usize, usize)> {
    lines(table)
        .into_iter()
        .filter_map(|line| {
            let mut it = line.cells.iter().filter(|p| hidden.contains(p));
            match (it.next(), it.next()) {
                (Some(p), None) => Some(*p),
                _ => None,
            }
        })
        .collect()
}

/// A line that adds up: its cells, the total last.
struct Line {
    cells: Vec<(usize, usize)>,
}

fn is_count(table: &Table, (r, c): (usize, usize)) -> bool {
    matches!(table.cell(r, c), Some(Value::Count(_)))
}

fn lines(table: &Table) -> Vec<Line> {
    let rows = table.rows.len();
    let cols = table.columns.len();
    let mut out = Vec::new();
    if table.total_col && cols >= 2 {
        for r in 0..rows {
            let cells: Vec<_> = (0..cols).map(|c| (r, c)).collect();
            if cells.iter().all(|p| is_count(table, *p)) {
                out.push(Line { cells });
            }
        }
    }
    if table.total_row && rows >= 2 {
        for c in 0..cols {
            let cells: Vec<_> = (0..rows).map(|r| (r, c)).collect();
            if cells.iter().all(|p| is_count(table, *p)) {
                out.push(Line { cells });
            }
        }
    }
    out
}

/// The cell to hide beside a line's single hidden one: its smallest other non-zero count,
/// preferring cells that are not totals; the total when no other is left.
fn second_cell(table: &Table, line: &Line, hidden: &Hidden) -> Option<(usize, usize)> {
    let total = line.cells.last().copied();
    let count = |p: &(usize, usize)| table.cell(p.0, p.1).and_then(Value::count).unwrap_or(0);
    line.cells
        .iter()
        .filter(|p| Some(**p) != total && !hidden.contains(p) && count(p) > 0)
        .min_by_key(|p| (count(p), **p))
        .copied()
        .or_else(|| total.filter(|t| !hidden.contains(t) && count(t) > 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::indicators::{Label, Row};

    /// A table of counts with its margins (the last row and column are totals).
    fn with_margins(inner: &[Vec<u64>]) -> Table {
        let cols = inner.first().map_or(0, Vec::len);
        let mut t = Table::new(
            "t",
            "report-title",
            (0..=cols).map(|_| Label::Total).collect(),
        );
        let mut totals = vec![0; cols + 1];
        for r in inner {
            let mut cells: Vec<Value> = r.iter().map(|n| Value::Count(*n)).collect();
            let sum: u64 = r.iter().sum();
            cells.push(Value::Count(sum));
            for (i, n) in r.iter().chain(std::iter::once(&sum)).enumerate() {
                totals[i] += n;
            }
            t.rows.push(Row {
                label: Label::Total,
                cells,
            });
        }
        t.rows.push(Row {
            label: Label::Total,
            cells: totals.into_iter().map(Value::Count).collect(),
        });
        t.total_col = true;
        t.total_row = true;
        t
    }

    #[test]
    fn a_small_count_is_hidden_with_another_in_its_row_and_column() {
        let t = with_margins(&[vec![20, 3, 40], vec![30, 25, 12]]);
        let h = suppress(&t, 5);
        assert!(h.contains(&(0, 1)), "the 3");
        assert!(recoverable(&t, &h).is_empty(), "{h:?}");
        // Its row: the next smallest there (20); its column: 25.
        assert!(h.contains(&(0, 0)) && h.contains(&(1, 1)), "{h:?}");
        // Zero is never hidden; a table with nothing small hides nothing.
        let t = with_margins(&[vec![0, 10], vec![7, 9]]);
        assert!(suppress(&t, 5).is_empty());
    }

    #[test]
    fn a_row_of_small_counts_and_zeros_hides_its_total() {
        let t = with_margins(&[vec![3, 0, 0], vec![8, 9, 10]]);
        let h = suppress(&t, 5);
        assert!(h.contains(&(0, 0)));
        assert!(
            h.contains(&(0, 3)),
            "the row's total, nothing else is left: {h:?}"
        );
        assert!(recoverable(&t, &h).is_empty(), "{h:?}");
        assert!(!h.contains(&(0, 1)) && !h.contains(&(0, 2)), "zeros stay");
    }

    #[test]
    fn random_tables_never_give_a_hidden_cell_back_by_subtraction() {
        let mut rng = fastrand::Rng::with_seed(20);
        for _ in 0..2000 {
            let rows = rng.usize(1..7);
            let cols = rng.usize(1..6);
            let inner: Vec<Vec<u64>> = (0..rows)
                .map(|_| {
                    (0..cols)
                        .map(|_| match rng.u8(0..4) {
                            0 => 0,
                            1 => rng.u64(1..5),
                            _ => rng.u64(5..60),
                        })
                        .collect()
                })
                .collect();
            let t = with_margins(&inner);
            let h = suppress(&t, 5);
            assert!(recoverable(&t, &h).is_empty(), "{inner:?} {h:?}");
            for (r, row) in t.rows.iter().enumerate() {
                for (c, v) in row.cells.iter().enumerate() {
                    let n = v.count().unwrap_or(0);
                    if n > 0 && n < 5 {
                        assert!(h.contains(&(r, c)), "{inner:?}: ({r},{c}) = {n} shown");
                    }
                    if n == 0 {
                        assert!(!h.contains(&(r, c)), "{inner:?}: a zero hidden");
                    }
                }
            }
        }
    }

    #[test]
    fn shares_and_measures_over_few_units_are_hidden() {
        let mut t = Table::new("s", "report-title", vec![Label::Total, Label::Total]);
        t.rows.push(Row {
            label: Label::Total,
            cells: vec![
                Value::Share { num: 3, den: 40 },
                Value::Measure {
                    value: Some(12.0),
                    n: 4,
                },
            ],
        });
        t.rows.push(Row {
            label: Label::Total,
            cells: vec![
                Value::Share { num: 38, den: 40 },
                Value::Measure {
                    value: Some(9.0),
                    n: 40,
                },
            ],
        });
        let h = suppress(&t, 5);
        // 3 of 40, and 38 of 40 (the 2 left out point at people too); a median of 4 waits.
        assert_eq!(h, [(0, 0), (0, 1), (1, 0)].into_iter().collect());
    }

    #[test]
    fn a_rate_beside_a_hidden_count_is_hidden_with_it() {
        // Given, returned, rate: the 20 returned in the second month is hidden beside the 3 of
        // the first; its rate would give it back.
        let mut t = Table::new(
            "r",
            "report-title",
            vec![Label::Total, Label::Total, Label::Total],
        );
        for (given, returned) in [(40, 3), (50, 20), (90, 23)] {
            t.rows.push(Row {
                label: Label::Total,
                cells: vec![
                    Value::Count(given),
                    Value::Count(returned),
                    Value::Share {
                        num: returned,
                        den: given,
                    },
                ],
            });
        }
        t.total_row = true;
        let h = suppress(&t, 5);
        assert!(h.contains(&(1, 1)), "{h:?}");
        assert!(h.contains(&(1, 2)), "its rate: {h:?}");
        assert!(!h.contains(&(2, 2)), "the period's rate stays: {h:?}");
    }
}
