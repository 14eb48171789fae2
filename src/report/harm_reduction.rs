//! Harm reduction (definitions `harm-reduction` in `docs/indicators.md`): the material given at
//! the counter and by the outreach teams, by kind and by period, the used material returned
//! against the exchange items given, naloxone kits given and used, exchanges, and what was taken
//! for others. An exchange taken back counts nowhere, as in the counter's day totals.

use super::grid::{Grid, bounds, bucket_of, day_of};
use super::{Def, Progress, Query};
use crate::domain::counter::KINDS;
use crate::domain::indicators::{Label, Table, Value, buckets};
use crate::store::counter::Outcome;
use crate::store::{Store, StoreError};

pub const DEF: Def = Def {
    name: "harm-reduction",
    title: "report-harm-reduction",
    version: 1,
    build,
};

/// Exchanges that count: not a reversing row, not taken back (as `Store::counter_day`).
const COUNTS: &str = "+e.reverses IS NULL
     AND NOT EXISTS (SELECT 1 FROM counter_exchange r WHERE r.reverses = e.id)";

/// Message id of a kind of material.
fn kind_msg(kind: &str) -> &'static str {
    match kind {
        "injection" => "counter-kind-injection",
        "smoking" => "counter-kind-smoking",
        "sniffing" => "counter-kind-sniffing",
        "sex" => "counter-kind-sex",
        "naloxone" => "counter-kind-naloxone",
        "test" => "counter-kind-test",
        "disposal" => "counter-kind-disposal",
        "care" => "counter-kind-care",
        _ => "counter-kind-other",
    }
}

fn where_given() -> Vec<Label> {
    vec![
        Label::Msg("report-col-counter"),
        Label::Msg("report-col-outreach"),
    ]
}

/// Items given by kind and by period, at the counter and in the street; and the exchange
/// items (sterile injection material) given, by period.
fn items(
    store: &Store,
    q: &Query,
    exchange_given: &mut [u64],
) -> Result<(Table, Table), StoreError> {
    let periods = buckets(q.from, q.to, q.by);
    let mut by_kind = Grid::new(KINDS.iter().map(|k| Label::Msg(kind_msg(k))).collect(), 2);
    let mut by_period = Grid::by_period(&periods, 2);
    let mut stmt = store.conn().prepare(&format!(
        "SELECT substr(e.at, 1, 10), e.session_id IS NOT NULL, coalesce(i.kind, 'other'),
                sum(l.count), sum(CASE WHEN i.exchange THEN l.count ELSE 0 END)
         FROM counter_exchange e
         JOIN counter_line l ON l.exchange_id = e.id
         LEFT JOIN counter_item i ON i.code = l.item
         WHERE e.at >= ?1 AND e.at < ?2 AND {COUNTS}
         GROUP BY 1, 2, 3"
    ))?;
    let (from, to) = bounds(q.from, q.to);
    let mut rows = stmt.query([from, to])?;
    while let Some(r) = rows.next()? {
        let Some(day) = day_of(&r.get::<_, String>(0)?) else {
            continue;
        };
        let col = usize::from(r.get::<_, bool>(1)?);
        let kind: String = r.get(2)?;
        let n = r.get::<_, i64>(3)?.unsigned_abs();
        let kind_row = KINDS
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(KINDS.len() - 1);
        by_kind.add(kind_row, col, n);
        if let Some(b) = bucket_of(&periods, day) {
            by_period.add(b, col, n);
            if let Some(e) = exchange_given.get_mut(b) {
                *e += r.get::<_, i64>(4)?.unsigned_abs();
            }
        }
    }
    Ok((
        by_kind.table("items-by-kind", "report-items-by-kind", where_given(), true),
        by_period.table(
            "items-by-period",
            "report-items-by-period",
            where_given(),
            true,
        ),
    ))
}

/// Exchanges by period: where, returned, for others, emergencies; and the return rate.
fn exchanges(store: &Store, q: &Query, given: &[u64]) -> Result<Vec<Table>, StoreError> {
    let periods = buckets(q.from, q.to, q.by);
    let mut acts = Grid::by_period(&periods, 2);
    let mut returns = Grid::by_period(&periods, 2);
    for (b, n) in given.iter().enumerate() {
        returns.add(b, 0, *n);
    }
    let mut others = Grid::by_period(&periods, 3);
    let mut stmt = store.conn().prepare(&format!(
        "SELECT substr(e.at, 1, 10), e.session_id IS NOT NULL, count(*), sum(e.returned),
                sum(e.for_others > 0), sum(e.for_others), sum(e.emergency)
         FROM counter_exchange e
         WHERE e.at >= ?1 AND e.at < ?2 AND {COUNTS}
         GROUP BY 1, 2"
    ))?;
    let (from, to) = bounds(q.from, q.to);
    let mut rows = stmt.query([from, to])?;
    while let Some(r) = rows.next()? {
        let Some(b) = day_of(&r.get::<_, String>(0)?).and_then(|d| bucket_of(&periods, d)) else {
            continue;
        };
        let n = |i: usize| -> rusqlite::Result<u64> { Ok(r.get::<_, i64>(i)?.unsigned_abs()) };
        acts.add(b, usize::from(r.get::<_, bool>(1)?), n(2)?);
        returns.add(b, 1, n(3)?);
        for col in 0..3 {
            others.add(b, col, n(4 + col)?);
        }
    }
    let mut returns = returns.table(
        "returns-by-period",
        "report-returns-by-period",
        vec![
            Label::Msg("report-col-exchange-given"),
            Label::Msg("report-col-returned"),
        ],
        false,
    );
    returns.columns.push(Label::Msg("report-col-return-rate"));
    for row in &mut returns.rows {
        let den = row.cells[0].count().unwrap_or(0);
        let num = row.cells[1].count().unwrap_or(0);
        row.cells.push(Value::Share { num, den });
    }
    Ok(vec![
        returns,
        acts.table(
            "exchanges-by-period",
            "report-exchanges-by-period",
            where_given(),
            true,
        ),
        others.table(
            "for-others-by-period",
            "report-for-others-by-period",
            vec![
                Label::Msg("report-col-for-others-acts"),
                Label::Msg("report-col-for-others-people"),
                Label::Msg("report-col-emergency"),
            ],
            false,
        ),
    ])
}

/// Naloxone kits given (in exchanges that count) and kits used as reported, by period; the
/// reversals by outcome.
fn naloxone(store: &Store, q: &Query) -> Result<(Table, Table), StoreError> {
    let periods = buckets(q.from, q.to, q.by);
    let mut kits = Grid::by_period(&periods, 2);
    let (from, to) = bounds(q.from, q.to);
    let mut stmt = store.conn().prepare(&format!(
        "SELECT substr(e.at, 1, 10), count(*) FROM naloxone_kit k
         JOIN counter_exchange e ON e.id = k.exchange_id
         WHERE e.at >= ?1 AND e.at < ?2 AND {COUNTS} GROUP BY 1"
    ))?;
    let mut rows = stmt.query([&from, &to])?;
    while let Some(r) = rows.next()? {
        if let Some(b) = day_of(&r.get::<_, String>(0)?).and_then(|d| bucket_of(&periods, d)) {
            kits.add(b, 0, r.get::<_, i64>(1)?.unsigned_abs());
        }
    }
    let mut outcomes = Grid::new(
        Outcome::ALL
            .iter()
            .map(|o| Label::Msg(o.message_id()))
            .collect(),
        2,
    );
    let mut stmt = store.conn().prepare(
        "SELECT substr(at, 1, 10), outcome, count(*), sum(coalesce(emergency_called, 0))
         FROM naloxone_reversal WHERE at >= ?1 AND at < ?2 GROUP BY 1, 2",
    )?;
    let mut rows = stmt.query([&from, &to])?;
    while let Some(r) = rows.next()? {
        let Some(b) = day_of(&r.get::<_, String>(0)?).and_then(|d| bucket_of(&periods, d)) else {
            continue;
        };
        let n = r.get::<_, i64>(2)?.unsigned_abs();
        kits.add(b, 1, n);
        let outcome: String = r.get(1)?;
        let o = Outcome::ALL
            .iter()
            .position(|o| o.code() == outcome)
            .unwrap_or(Outcome::ALL.len() - 1);
        outcomes.add(o, 0, n);
        outcomes.add(o, 1, r.get::<_, i64>(3)?.unsigned_abs());
    }
    Ok((
        kits.table(
            "naloxone-by-period",
            "report-naloxone-by-period",
            vec![
                Label::Msg("report-col-kits-given"),
                Label::Msg("report-col-reversals"),
            ],
            false,
        ),
        outcomes.table(
            "reversals-by-outcome",
            "report-reversals-by-outcome",
            vec![
                Label::Msg("report-col-reversals"),
                Label::Msg("report-col-emergency-called"),
            ],
            false,
        ),
    ))
}

fn build(store: &Store, q: &Query, progress: Progress<'_>) -> Result<Vec<Table>, StoreError> {
    const STEPS: usize = 3;
    progress(0, STEPS);
    let mut given = vec![0u64; buckets(q.from, q.to, q.by).len()];
    let (by_kind, by_period) = items(store, q, &mut given)?;
    progress(1, STEPS);
    let mut out = vec![by_kind, by_period];
    out.extend(exchanges(store, q, &given)?);
    progress(2, STEPS);
    let (kits, outcomes) = naloxone(store, q)?;
    out.extend([kits, outcomes]);
    progress(STEPS, STEPS);
    Ok(out)
}
