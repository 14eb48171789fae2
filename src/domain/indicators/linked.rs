//! Small counts across the tables of one report. Two tables that show the same figure (the
//! persons seen, by month in one and by age band and sex in the other) are read side by side:
//! a total hidden in one and shown in the other would be given back, and with it the cells it
//! protected. So a figure hidden in one table is hidden in every table showing it, each table
//! protects the cells so hidden in turn, and again, until no table hides anything more.

use super::suppress::{primary, protect};
use super::{Hidden, Table};

/// The cell holding a table's grand total.
fn grand_total(t: &Table) -> Option<(usize, usize)> {
    let r = t.rows.len().checked_sub(1)?;
    let c = t.rows[r].cells.len().checked_sub(1)?;
    Some((r, c))
}

/// The cells to hide in each table, each under its own threshold, linked tables agreeing.
pub fn suppress_linked(tables: &[Table], threshold: impl Fn(&Table) -> u64) -> Vec<Hidden> {
    let mut hidden: Vec<Hidden> = tables
        .iter()
        .map(|t| {
            let mut h = primary(t, threshold(t));
            protect(t, &mut h);
            h
        })
        .collect();
    // Hidden sets only grow and are bounded: this ends.
    loop {
        let mut more = false;
        let keys: Vec<&str> = tables
            .iter()
            .zip(&hidden)
            .filter_map(|(t, h)| {
                let key = t.same_total?;
                grand_total(t).filter(|p| h.contains(p)).map(|_| key)
            })
            .collect();
        for (t, h) in tables.iter().zip(hidden.iter_mut()) {
            let (Some(key), Some(p)) = (t.same_total, grand_total(t)) else {
                continue;
            };
            if keys.contains(&key) && h.insert(p) {
                protect(t, h);
                more = true;
            }
        }
        if !more {
            return hidden;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::indicators::{Label, Row, Value, recoverable};

    fn column(name: &str, counts: &[u64], key: &'static str) -> Table {
        let mut t = Table::new(name, "report-title", vec![Label::Total]);
        for n in counts.iter().chain(std::iter::once(&counts.iter().sum())) {
            t.rows.push(Row {
                label: Label::Total,
                cells: vec![Value::Count(*n)],
            });
        }
        t.total_row = true;
        t.same_total = Some(key);
        t
    }

    #[test]
    fn a_total_hidden_in_one_table_is_hidden_in_the_table_showing_it_too() {
        // Seven persons seen, all Belgian: under the higher threshold of the breakdown by
        // nationality, 7 and its total are hidden; the same seven by month, 2 and 5, hide the
        // 2 and the 5 but would show the total, and with it the 7 Belgians.
        let by_nationality = column("by-nationality", &[7, 0], "seen");
        let by_month = column("by-month", &[2, 5], "seen");
        let other = column("items", &[7, 0], "items");
        let tables = [by_nationality, by_month, other];
        let threshold = |t: &Table| if t.name == "by-nationality" { 10 } else { 5 };
        let alone: Vec<Hidden> = tables
            .iter()
            .map(|t| crate::domain::indicators::suppress(t, threshold(t)))
            .collect();
        assert!(alone[0].contains(&(2, 0)) && !alone[1].contains(&(2, 0)));
        let h = suppress_linked(&tables, threshold);
        assert!(h[1].contains(&(2, 0)), "the same figure, hidden: {h:?}");
        assert!(h[2].is_empty(), "another figure stays: {h:?}");
        for (t, h) in tables.iter().zip(&h) {
            assert!(recoverable(t, h).is_empty(), "{}: {h:?}", t.name);
        }
    }

    #[test]
    fn random_linked_tables_agree_and_give_nothing_back() {
        let mut rng = fastrand::Rng::with_seed(21);
        for _ in 0..500 {
            let total_parts = |rng: &mut fastrand::Rng, n: usize| -> Vec<u64> {
                (0..n)
                    .map(|_| match rng.u8(0..3) {
                        0 => 0,
                        1 => rng.u64(1..5),
                        _ => rng.u64(5..20),
                    })
                    .collect()
            };
            let n = rng.usize(1..5);
            let a = total_parts(&mut rng, n);
            let sum: u64 = a.iter().sum();
            // The same total cut another way.
            let mut b = vec![0u64; rng.usize(1..5)];
            for _ in 0..sum {
                let i = rng.usize(0..b.len());
                b[i] += 1;
            }
            let tables = [column("a", &a, "k"), column("b", &b, "k")];
            let h = suppress_linked(&tables, |t| if t.name == "a" { 10 } else { 5 });
            let hidden_total: Vec<bool> = tables
                .iter()
                .zip(&h)
                .map(|(t, h)| grand_total(t).is_some_and(|p| h.contains(&p)))
                .collect();
            assert_eq!(hidden_total[0], hidden_total[1], "{a:?} {b:?} {h:?}");
            for (t, h) in tables.iter().zip(&h) {
                assert!(recoverable(t, h).is_empty(), "{a:?} {b:?} {h:?}");
            }
        }
    }
}
