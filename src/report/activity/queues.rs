//! The activity report's queues: tickets by service and how they ended, the waits from the
//! ticket to the call (median, 90th percentile) by service and by period, appointments kept
//! and missed.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::indicators::{Label, Row, Table, Value, buckets};
use crate::report::{Query, stamp};
use crate::store::{Store, StoreError};

/// How a ticket ended, as the report counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Ended {
    Seen,
    LeftUnseen,
    NoShow,
}

/// The nearest-rank percentile of sorted minutes.
fn percentile(sorted: &[i64], p: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    Some(sorted[rank - 1] as f64)
}

fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

fn waits_row(label: Label, minutes: &mut [i64]) -> Row {
    minutes.sort_unstable();
    let n = minutes.len() as u64;
    Row {
        label,
        cells: vec![
            Value::Count(n),
            Value::Measure {
                value: median(minutes),
                n,
            },
            Value::Measure {
                value: percentile(minutes, 0.9),
                n,
            },
        ],
    }
}

/// Tickets of the period by service: seen, left unseen, no-shows; and the waits from the
/// ticket drawn to the call.
pub(super) fn tickets(store: &Store, q: &Query) -> Result<(Table, Table, Table), StoreError> {
    let services = store.services()?;
    let period = [q.from.to_string(), q.to.to_string()];
    // One pass over the period's tickets: how each ended, and the wait from the ticket to the
    // call in minutes, read from the stored text (no string kept, no date function asked).
    let mut stmt = store.conn().prepare(
        "SELECT service_id, status, day, joined_at, called_at FROM queue_entry
         WHERE day BETWEEN ?1 AND ?2",
    )?;
    let mut ended: HashMap<(i64, Ended), u64> = HashMap::new();
    let mut called: Vec<(i64, Option<NaiveDate>, i64)> = Vec::new();
    let mut rows = stmt.query(rusqlite::params![period[0], period[1]])?;
    while let Some(r) = rows.next()? {
        let service: i64 = r.get(0)?;
        let text = |i: usize| r.get_ref(i).ok().and_then(|v| v.as_str().ok());
        let how = match text(1) {
            Some("done" | "in_service") => Some(Ended::Seen),
            Some("left_unseen") => Some(Ended::LeftUnseen),
            Some("no_show") => Some(Ended::NoShow),
            _ => None,
        };
        if let Some(how) = how {
            *ended.entry((service, how)).or_default() += 1;
        }
        let wait = text(4)
            .and_then(stamp::seconds)
            .zip(text(3).and_then(stamp::seconds))
            .map(|(called, joined)| called - joined);
        if let Some(s) = wait.filter(|s| *s >= 0) {
            called.push((service, text(2).and_then(stamp::day), s / 60));
        }
    }
    let cols = vec![
        Label::Msg("report-col-seen"),
        Label::Msg("report-col-left-unseen"),
        Label::Msg("report-col-no-show"),
        Label::Total,
    ];
    let mut per = Table::new("tickets-by-service", "report-tickets-by-service", cols);
    let waits_cols = vec![
        Label::Msg("report-col-called"),
        Label::Msg("report-col-median-minutes"),
        Label::Msg("report-col-p90-minutes"),
    ];
    let mut waits = Table::new(
        "waits-by-service",
        "report-waits-by-service",
        waits_cols.clone(),
    );
    let mut by_month = Table::new("waits-by-period", "report-waits-by-period", waits_cols);
    let periods = buckets(q.from, q.to, q.by);
    let mut month_minutes: Vec<Vec<i64>> = periods.iter().map(|_| Vec::new()).collect();
    let mut all_minutes = Vec::new();
    let mut totals = [0u64; 4];
    for s in &services {
        let counts = [Ended::Seen, Ended::LeftUnseen, Ended::NoShow]
            .map(|how| ended.get(&(s.id, how)).copied().unwrap_or(0));
        let mut minutes = Vec::new();
        for &(_, day, m) in called.iter().filter(|t| t.0 == s.id) {
            minutes.push(m);
            all_minutes.push(m);
            if let Some(i) = day.and_then(|d| periods.iter().position(|b| b.from <= d && d <= b.to))
            {
                month_minutes[i].push(m);
            }
        }
        let sum: u64 = counts.iter().sum();
        for (i, n) in counts.iter().chain(std::iter::once(&sum)).enumerate() {
            totals[i] += n;
        }
        let name = Label::Text(s.name(q.lang).to_string());
        per.rows.push(Row {
            label: name.clone(),
            cells: counts
                .iter()
                .chain(std::iter::once(&sum))
                .map(|n| Value::Count(*n))
                .collect(),
        });
        waits.rows.push(waits_row(name, &mut minutes));
    }
    per.rows.push(Row {
        label: Label::Total,
        cells: totals.iter().map(|n| Value::Count(*n)).collect(),
    });
    per.total_col = true;
    per.total_row = true;
    waits.rows.push(waits_row(Label::Total, &mut all_minutes));
    for (b, m) in periods.iter().zip(month_minutes.iter_mut()) {
        by_month
            .rows
            .push(waits_row(Label::Text(b.label.clone()), m));
    }
    Ok((per, waits, by_month))
}

/// Appointments of the period by service: kept (checked in), missed, cancelled.
pub(super) fn appointments(store: &Store, q: &Query) -> Result<Table, StoreError> {
    let services = store.services()?;
    let cols = vec![
        Label::Msg("report-col-kept"),
        Label::Msg("report-col-missed"),
        Label::Msg("report-col-cancelled"),
        Label::Total,
    ];
    let mut t = Table::new(
        "appointments-by-service",
        "report-appointments-by-service",
        cols,
    );
    let mut stmt = store.conn().prepare(
        "SELECT service_id, status, count(*) FROM appointment
         WHERE day BETWEEN ?1 AND ?2 GROUP BY service_id, status",
    )?;
    let rows: Vec<(i64, String, u64)> = stmt
        .query_map([q.from.to_string(), q.to.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)?.unsigned_abs()))
        })?
        .collect::<Result<_, _>>()?;
    let mut totals = [0u64; 4];
    for s in &services {
        let of = |status: &str| {
            rows.iter()
                .filter(|(id, st, _)| *id == s.id && st == status)
                .map(|(_, _, n)| *n)
                .sum::<u64>()
        };
        let counts = [of("checked_in"), of("no_show"), of("cancelled")];
        let sum: u64 = counts.iter().sum();
        let cells: Vec<u64> = counts.iter().copied().chain(std::iter::once(sum)).collect();
        for (i, n) in cells.iter().enumerate() {
            totals[i] += n;
        }
        t.rows.push(Row {
            label: Label::Text(s.name(q.lang).to_string()),
            cells: cells.into_iter().map(Value::Count).collect(),
        });
    }
    t.rows.push(Row {
        label: Label::Total,
        cells: totals.into_iter().map(Value::Count).collect(),
    });
    t.total_col = true;
    t.total_row = true;
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_ninetieth_percentile_by_nearest_rank() {
        let mut m = vec![10, 2, 4, 8, 6];
        m.sort_unstable();
        assert_eq!(median(&m), Some(6.0));
        assert_eq!(percentile(&m, 0.9), Some(10.0));
        assert_eq!(median(&[1, 3]), Some(2.0));
        assert_eq!(median(&[]), None);
    }
}
