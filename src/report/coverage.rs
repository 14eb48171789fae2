//! Coverage (definitions `coverage` in `docs/indicators.md`): of the persons seen, the share
//! with their health insurance in order, with a social-protection route granted (CPAS, AMU,
//! MediPrima, BIM), under free care while their coverage is sorted out; and the routes
//! requested, granted, and the CPAS deadlines missed, by route and by period.

mod held;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use self::held::Held;
use super::grid::{Grid, bounds, bucket_of, day_of};
use super::people::{Counted, counted};
use super::{Def, Progress, Query};
use crate::domain::coverage::{Route, State};
use crate::domain::indicators::{Bucket, Fact, Label, Row, Table, Value, buckets, by_band_and_sex};
use crate::store::{Store, StoreError};

pub const DEF: Def = Def {
    name: "coverage",
    title: "report-coverage",
    version: 1,
    build,
};

/// The routes a person asks for, in the order screens list them (`none` and `unknown` are no
/// route to request).
const ROUTES: [Route; 7] = [
    Route::Mutuelle,
    Route::Bim,
    Route::Cpas,
    Route::Amu,
    Route::MediPrima,
    Route::Fedasil207,
    Route::FedasilNoShow,
];

/// The routes that are social protection.
fn protection(r: Route) -> bool {
    matches!(r, Route::Cpas | Route::Amu | Route::MediPrima | Route::Bim)
}

/// Every route by the person it counts for: one per person and route, the kept record's own
/// when a merged record had the same route.
fn routes(
    store: &Store,
    people: &HashMap<i64, Counted>,
) -> Result<HashMap<i64, Vec<Held>>, StoreError> {
    let mut stmt = store.conn().prepare(
        "SELECT id, person_id, route, state, requested, decided, notified, valid_from,
                valid_until FROM coverage",
    )?;
    let mut rows = stmt.query([])?;
    let mut chosen: BTreeMap<(i64, &'static str), (bool, i64, Held)> = BTreeMap::new();
    while let Some(r) = rows.next()? {
        let route = r.get_ref(2)?.as_str().unwrap_or("");
        let Some(route) = Route::ALL.into_iter().find(|x| x.code() == route) else {
            continue;
        };
        let state = r.get_ref(3)?.as_str().unwrap_or("");
        let id: i64 = r.get(0)?;
        let record: i64 = r.get(1)?;
        let kept = people.get(&record).map_or(record, |p| p.id);
        let day = |i: usize| -> rusqlite::Result<Option<NaiveDate>> {
            Ok(r.get_ref(i)?
                .as_str_or_null()
                .ok()
                .flatten()
                .and_then(day_of))
        };
        let held = Held {
            route,
            state: State::ALL.into_iter().find(|x| x.code() == state),
            requested: day(4)?,
            decided: day(5)?,
            notified: day(6)?,
            valid_from: day(7)?,
            valid_until: day(8)?,
        };
        // The kept record's own row first, then the oldest.
        let rank = (record != kept, id);
        let slot = chosen
            .entry((kept, route.code()))
            .or_insert((rank.0, rank.1, held));
        if rank < (slot.0, slot.1) {
            *slot = (rank.0, rank.1, held);
        }
    }
    let mut out: HashMap<i64, Vec<Held>> = HashMap::new();
    for ((kept, _), (_, _, held)) in chosen {
        out.entry(kept).or_default().push(held);
    }
    Ok(out)
}

/// Since when each person (as counted) is under free care, the earliest of their records.
fn free_care(
    store: &Store,
    people: &HashMap<i64, Counted>,
) -> Result<HashMap<i64, NaiveDate>, StoreError> {
    let mut stmt = store.conn().prepare(
        "SELECT person_id, free_care_from FROM care_access WHERE free_care_from IS NOT NULL",
    )?;
    let mut rows = stmt.query([])?;
    let mut out: HashMap<i64, NaiveDate> = HashMap::new();
    while let Some(r) = rows.next()? {
        let record: i64 = r.get(0)?;
        let Some(from) = day_of(&r.get::<_, String>(1)?) else {
            continue;
        };
        let kept = people.get(&record).map_or(record, |p| p.id);
        let e = out.entry(kept).or_insert(from);
        *e = (*e).min(from);
    }
    Ok(out)
}

/// The persons seen (a visit in the period) with the days they came, by kept record.
fn seen(
    store: &Store,
    q: &Query,
    people: &HashMap<i64, Counted>,
) -> Result<Vec<(i64, Vec<NaiveDate>)>, StoreError> {
    // The index by person holds both columns: scanning it whole reads no row of the table,
    // where the index by day would fetch every visit of the year one by one (4 s against
    // 0.1 s on a year of 100,000 persons).
    let mut stmt = store.conn().prepare(
        "SELECT person_id, arrived_at FROM visit INDEXED BY visit_person
         WHERE arrived_at >= ?1 AND arrived_at < ?2",
    )?;
    let (from, to) = bounds(q.from, q.to);
    let mut rows = stmt.query([from, to])?;
    let mut visits: Vec<(i64, NaiveDate)> = Vec::new();
    while let Some(r) = rows.next()? {
        let record: i64 = r.get(0)?;
        let Some(day) = r.get_ref(1)?.as_str().ok().and_then(day_of) else {
            continue;
        };
        if let Some(p) = people.get(&record) {
            visits.push((p.id, day));
        }
    }
    visits.sort_unstable();
    visits.dedup();
    let mut out: Vec<(i64, Vec<NaiveDate>)> = Vec::new();
    for (id, day) in visits {
        match out.last_mut() {
            Some((last, days)) if *last == id => days.push(day),
            _ => out.push((id, vec![day])),
        }
    }
    Ok(out)
}

/// What a person seen in a slice had: insurance in order, social protection, free care.
fn situation(
    held: &[Held],
    free_from: Option<NaiveDate>,
    from: NaiveDate,
    to: NaiveDate,
) -> [bool; 3] {
    let valid = |pick: fn(Route) -> bool| {
        held.iter()
            .any(|h| pick(h.route) && h.valid_within(from, to))
    };
    [
        valid(|r| r == Route::Mutuelle),
        valid(protection),
        free_from.is_some_and(|f| f <= to),
    ]
}

/// The shares of the persons seen, a row per slice then the whole period; and the persons in
/// each situation by age band and sex (on the day of their first visit in the period).
fn persons(
    q: &Query,
    people: &HashMap<i64, Counted>,
    seen: &[(i64, Vec<NaiveDate>)],
    held: &HashMap<i64, Vec<Held>>,
    free: &HashMap<i64, NaiveDate>,
) -> Vec<Table> {
    let periods = buckets(q.from, q.to, q.by);
    let whole = Bucket {
        label: String::new(),
        from: q.from,
        to: q.to,
    };
    // persons seen, insured, protected, free care; per slice and the whole period
    let mut counts = vec![[0u64; 4]; periods.len() + 1];
    let mut facts: [Vec<Fact>; 4] = Default::default();
    let none = Vec::new();
    for (id, days) in seen {
        let (Some(p), Some(first)) = (people.get(id), days.first()) else {
            continue;
        };
        let routes = held.get(id).unwrap_or(&none);
        let free_from = free.get(id).copied();
        let mut slices: Vec<(usize, &Bucket)> = periods
            .iter()
            .enumerate()
            .filter(|(_, b)| days.iter().any(|d| b.from <= *d && *d <= b.to))
            .collect();
        slices.push((periods.len(), &whole));
        for (i, b) in slices {
            let s = situation(routes, free_from, b.from, b.to);
            counts[i][0] += 1;
            for (k, yes) in s.iter().enumerate() {
                counts[i][k + 1] += u64::from(*yes);
            }
            if i == periods.len() {
                let fact = Fact {
                    sex: p.sex,
                    band: p.band(*first),
                    ..Fact::new(Some(p.id), *first)
                };
                facts[0].push(fact.clone());
                for (k, yes) in s.iter().enumerate() {
                    if *yes {
                        facts[k + 1].push(fact.clone());
                    }
                }
            }
        }
    }
    let mut shares = Table::new(
        "coverage-shares-by-period",
        "report-coverage-shares",
        vec![
            Label::Msg("report-col-persons-seen"),
            Label::Msg("report-col-insured"),
            Label::Msg("report-col-protected"),
            Label::Msg("report-col-free-care"),
        ],
    );
    for (i, c) in counts.iter().enumerate() {
        let label = periods
            .get(i)
            .map_or(Label::Total, |b| Label::Text(b.label.clone()));
        let mut cells = vec![Value::Count(c[0])];
        cells.extend(c[1..].iter().map(|n| Value::Share { num: *n, den: c[0] }));
        shares.rows.push(Row { label, cells });
    }
    let [all, insured, protected, free_care] = facts;
    vec![
        shares,
        by_band_and_sex("seen-by-band-sex", "report-persons-seen", &all),
        by_band_and_sex(
            "insured-by-band-sex",
            "report-insured-by-band-sex",
            &insured,
        ),
        by_band_and_sex(
            "protected-by-band-sex",
            "report-protected-by-band-sex",
            &protected,
        ),
        by_band_and_sex(
            "free-care-by-band-sex",
            "report-free-care-by-band-sex",
            &free_care,
        ),
    ]
}

/// Routes requested, granted, decisions late and notifications late, by route and by period.
fn steps(q: &Query, held: &HashMap<i64, Vec<Held>>, today: NaiveDate) -> Vec<Table> {
    let periods = buckets(q.from, q.to, q.by);
    let mut by_route = Grid::new(
        ROUTES.iter().map(|r| Label::Msg(r.message_id())).collect(),
        4,
    );
    let mut by_period = Grid::by_period(&periods, 4);
    for h in held.values().flatten() {
        let Some(row) = ROUTES.iter().position(|r| *r == h.route) else {
            continue;
        };
        let days = [
            h.requested,
            h.granted_on(),
            h.decision_missed(today),
            h.notification_missed(today),
        ];
        for (col, day) in days.into_iter().enumerate() {
            if let Some(b) = day.and_then(|d| bucket_of(&periods, d)) {
                by_route.add(row, col, 1);
                by_period.add(b, col, 1);
            }
        }
    }
    let columns = || {
        vec![
            Label::Msg("report-col-requested"),
            Label::Msg("report-col-granted"),
            Label::Msg("report-col-decision-late"),
            Label::Msg("report-col-notification-late"),
        ]
    };
    vec![
        by_route.table(
            "routes-by-route",
            "report-routes-by-route",
            columns(),
            false,
        ),
        by_period.table(
            "routes-by-period",
            "report-routes-by-period",
            columns(),
            false,
        ),
    ]
}

fn build(store: &Store, q: &Query, progress: Progress<'_>) -> Result<Vec<Table>, StoreError> {
    const STEPS: usize = 3;
    progress(0, STEPS);
    let people = counted(store.conn())?;
    let seen = seen(store, q, &people)?;
    progress(1, STEPS);
    let held = routes(store, &people)?;
    let free = free_care(store, &people)?;
    progress(2, STEPS);
    let mut out = persons(q, &people, &seen, &held, &free);
    out.extend(steps(q, &held, chrono::Local::now().date_naive()));
    progress(STEPS, STEPS);
    Ok(out)
}
