//! Coverage in the database: routes with history, the due list, free care.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::coverage::{Coverage, DateProblem, RENEW_DAYS, Route, State, Step};
use seuil::domain::person::Fields;
use seuil::store::Store;
use seuil::store::coverage::{CareAccess, CoverageError, CoverageInput};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn at(m: u32, day: u32) -> NaiveDateTime {
    d(m, day).and_hms_opt(10, 0, 0).unwrap()
}

fn input(route: Route, state: State, requested: Option<NaiveDate>) -> CoverageInput {
    CoverageInput {
        coverage: Coverage {
            route: Some(route),
            state: Some(state),
            requested,
            acknowledged: requested,
            commune: Some("1030".into()),
            ..Coverage::default()
        },
        ..CoverageInput::default()
    }
}

fn person(s: &Store, rng: &mut fastrand::Rng) -> i64 {
    s.add_person(&Fields::default(), "t", at(1, 1), rng)
        .unwrap()
        .id
}

#[test]
fn a_route_is_recorded_once_per_person_with_its_history() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(1);
    let p = person(&s, &mut rng);
    s.save_coverage(
        p,
        &input(Route::Amu, State::ToStart, None),
        RENEW_DAYS,
        "social",
        at(11, 1),
    )
    .unwrap();
    let mut req = input(Route::Amu, State::Requested, Some(d(11, 10)));
    req.reference = Some("AMU-2026-114".into());
    let row = s
        .save_coverage(p, &req, RENEW_DAYS, "social2", at(11, 10))
        .unwrap();
    assert_eq!(
        s.coverage_of(p).unwrap().len(),
        1,
        "updated, not duplicated"
    );
    assert_eq!(row.coverage.state, Some(State::Requested));
    let history: Vec<(String, Option<String>, Option<String>, String)> = s
        .conn()
        .prepare("SELECT field, old_value, new_value, by FROM coverage_event WHERE coverage_id = ?1 ORDER BY id")
        .unwrap()
        .query_map([row.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(history.contains(&(
        "state".into(),
        Some("to-start".into()),
        Some("requested".into()),
        "social2".into()
    )));
    assert!(history.contains(&(
        "reference".into(),
        None,
        Some("AMU-2026-114".into()),
        "social2".into()
    )));
}

#[test]
fn impossible_dates_are_refused_and_nothing_is_saved() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(2);
    let p = person(&s, &mut rng);
    let mut bad = input(Route::Cpas, State::Requested, Some(d(11, 10)));
    bad.coverage.decided = Some(d(11, 5));
    assert!(matches!(
        s.save_coverage(p, &bad, RENEW_DAYS, "t", at(11, 20)),
        Err(CoverageError::Dates(DateProblem::BeforeRequest))
    ));
    let future = input(Route::Cpas, State::Requested, Some(d(12, 1)));
    assert!(matches!(
        s.save_coverage(p, &future, RENEW_DAYS, "t", at(11, 20)),
        Err(CoverageError::Dates(DateProblem::InTheFuture))
    ));
    assert!(s.coverage_of(p).unwrap().is_empty());
}

#[test]
fn the_due_list_puts_overdue_first_then_the_next_days() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(3);
    let (a, b, c, e) = (
        person(&s, &mut rng),
        person(&s, &mut rng),
        person(&s, &mut rng),
        person(&s, &mut rng),
    );
    // a: AMU requested 1 Oct: decision was due 31 Oct (overdue on 20 Nov).
    s.save_coverage(
        a,
        &input(Route::Amu, State::Requested, Some(d(10, 1))),
        RENEW_DAYS,
        "t",
        at(10, 1),
    )
    .unwrap();
    // b: CPAS requested 1 Nov: decision due 1 Dec (within 14 days of 20 Nov).
    s.save_coverage(
        b,
        &input(Route::Cpas, State::Requested, Some(d(11, 1))),
        RENEW_DAYS,
        "t",
        at(11, 1),
    )
    .unwrap();
    // c: MediPrima valid until 31 Dec: renewal flagged from 17 Dec, outside 14 days of 20 Nov.
    let mut mp = input(Route::MediPrima, State::Granted, None);
    mp.coverage.valid_from = Some(d(6, 1));
    mp.coverage.valid_until = Some(d(12, 31));
    s.save_coverage(c, &mp, RENEW_DAYS, "t", at(6, 1)).unwrap();
    // e: free care to review on 25 Nov.
    s.set_care_access(
        e,
        &CareAccess {
            low_income: true,
            free_care_from: Some(d(11, 1)),
            free_care_review: Some(d(11, 25)),
        },
        "t",
        at(11, 1),
    )
    .unwrap();

    let mut due = s.due(d(11, 20), 14, RENEW_DAYS, None, None, None).unwrap();
    s.label_due(&mut due).unwrap();
    assert!(due.iter().all(|i| !i.person_code.is_empty()));
    let summary: Vec<(i64, Option<Step>, NaiveDate, bool)> = due
        .iter()
        .map(|i| (i.person_id, i.step, i.due, i.overdue))
        .collect();
    assert_eq!(
        summary,
        vec![
            (a, Some(Step::DecisionDue), d(10, 31), true),
            (e, None, d(11, 25), false),
            (b, Some(Step::DecisionDue), d(12, 1), false),
        ]
    );
    let later = s
        .due(
            d(12, 20),
            14,
            RENEW_DAYS,
            Some(Route::MediPrima),
            None,
            None,
        )
        .unwrap();
    assert_eq!(later.len(), 1);
    assert_eq!(later[0].step, Some(Step::Renew));
    assert!(
        s.due(d(11, 20), 14, RENEW_DAYS, None, Some("1000"), None)
            .unwrap()
            .is_empty(),
        "filtered by commune"
    );
    assert!(
        s.due(d(11, 20), 14, RENEW_DAYS, None, None, Some("someone else"))
            .unwrap()
            .is_empty(),
        "filtered by worker"
    );
    assert_eq!(
        s.due(d(11, 20), 14, RENEW_DAYS, None, None, Some("t"))
            .unwrap()
            .len(),
        3
    );
    let counts = s.coverage_counts().unwrap();
    assert!(counts.contains(&(Route::Amu, State::Requested, 1)));
}
