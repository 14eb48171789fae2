//! The Coverage screen driven by keys: the due list, a person's routes, the route form.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{Desk, keys, typed};
use chrono::{Days, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::domain::coverage::{Coverage, RENEW_DAYS, Route, State};
use seuil::i18n::Lang;
use seuil::store::coverage::{CareAccess, CoverageInput};

fn day(n: u64) -> NaiveDate {
    crate::support::now().date() - Days::new(n)
}

/// The register with routes: an AMU asked 40 days ago (overdue), a CPAS decision due soon,
/// MediPrima to renew, free care to review.
fn desk(lang: Lang) -> Desk {
    let mut d = Desk::with_register(lang);
    let s = &d.services.store;
    let id = |name: &str| {
        s.conn()
            .query_row("SELECT id FROM person WHERE given_name = ?1", [name], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap()
    };
    let route = |r: Route, state: State, requested: Option<NaiveDate>| CoverageInput {
        coverage: Coverage {
            route: Some(r),
            state: Some(state),
            requested,
            commune: Some("1030".into()),
            ..Coverage::default()
        },
        ..CoverageInput::default()
    };
    let at = crate::support::now();
    s.save_coverage(
        id("Mohamed Benali"),
        &route(Route::Amu, State::Requested, Some(day(40))),
        RENEW_DAYS,
        "t",
        at,
    )
    .unwrap();
    let mut cpas = route(Route::Cpas, State::Acknowledged, Some(day(26)));
    cpas.coverage.acknowledged = Some(day(25));
    s.save_coverage(id("Tesfay Gebremedhin"), &cpas, RENEW_DAYS, "t", at)
        .unwrap();
    let mut mp = route(Route::MediPrima, State::Granted, None);
    mp.coverage.valid_from = Some(day(170));
    mp.coverage.valid_until = Some(crate::support::now().date() + Days::new(10));
    s.save_coverage(id("Łukasz Kowalski"), &mp, RENEW_DAYS, "t", at)
        .unwrap();
    let review = crate::support::now().date() + Days::new(3);
    s.set_care_access(
        id("Fatima Zahra El Idrissi"),
        &CareAccess {
            low_income: true,
            free_care_from: Some(day(27)),
            free_care_review: Some(review),
        },
        "t",
        at,
    )
    .unwrap();
    keys(&mut d, &[KeyCode::F(6)]);
    d
}

#[test]
fn due_list_filters_and_person_panel() {
    let mut d = desk(Lang::Fr);
    let items = &d.state.coverage.items;
    assert!(items[0].overdue, "overdue first");
    assert_eq!(items[0].route, Some(Route::Amu));
    assert!(
        items.iter().any(|i| i.route == Some(Route::MediPrima)),
        "renewal within 14 days"
    );
    assert!(
        items.iter().any(|i| i.step.is_none()),
        "free care to review"
    );
    keys(&mut d, &[KeyCode::Char('4')]);
    assert!(
        d.state
            .coverage
            .items
            .iter()
            .all(|i| i.route == Some(Route::Amu))
    );
    keys(&mut d, &[KeyCode::Char('0'), KeyCode::Char('s')]);
    assert!(d.state.coverage.counts.as_ref().unwrap().contains(&(
        Route::Cpas,
        State::Acknowledged,
        1
    )));
    keys(&mut d, &[KeyCode::Char('s'), KeyCode::Enter]);
    let p = d.state.coverage.person.as_ref().unwrap();
    assert_eq!(p.routes.len(), 1);
    keys(&mut d, &[KeyCode::Esc]);
    assert!(d.state.coverage.person.is_none());
}

#[test]
fn add_a_route_refusing_a_decision_before_the_request() {
    let mut d = desk(Lang::Fr);
    let before = d.state.coverage.items.len();
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('a')]);
    typed(&mut d, "cpas");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "requested");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "Molenbeek");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, &day(5).to_string());
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, &day(9).to_string());
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        d.state.notices.last().unwrap().id,
        "coverage-error-before-request"
    );
    assert!(
        d.state.coverage.form.is_some(),
        "nothing lost: the form stays"
    );
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.coverage.form.is_none());
    let p = d.state.coverage.person.as_ref().unwrap();
    let cpas = p
        .routes
        .iter()
        .find(|r| r.coverage.route == Some(Route::Cpas))
        .unwrap();
    assert_eq!(cpas.coverage.commune.as_deref(), Some("1080"));
    keys(&mut d, &[KeyCode::Esc]);
    assert!(
        d.state.coverage.items.len() > before,
        "the new request shows in the due list"
    );
}

#[test]
fn free_care_and_low_income_from_the_panel() {
    let mut d = desk(Lang::Fr);
    keys(
        &mut d,
        &[KeyCode::Enter, KeyCode::Char('f'), KeyCode::Char('i')],
    );
    let p = d.state.coverage.person.as_ref().unwrap();
    assert_eq!(p.access.free_care_from, Some(crate::support::now().date()));
    assert!(p.access.low_income);
}

#[test]
fn snapshots_in_french_dutch_and_arabic() {
    for lang in [Lang::Fr, Lang::Nl, Lang::Ar, Lang::Ti] {
        let mut d = desk(lang);
        insta::assert_snapshot!(format!("coverage_due_{lang}"), d.screen());
        keys(&mut d, &[KeyCode::Enter]);
        insta::assert_snapshot!(format!("coverage_person_{lang}"), d.screen());
        keys(&mut d, &[KeyCode::Enter]);
        insta::assert_snapshot!(format!("coverage_form_{lang}"), d.screen());
    }
}

fn alt(d: &mut Desk, c: char) {
    d.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

#[test]
fn intake_shows_the_coverage_line_and_asks_once_when_unknown() {
    let mut d = desk(Lang::Fr);
    keys(&mut d, &[KeyCode::F(3)]);
    typed(&mut d, "benali");
    keys(&mut d, &[KeyCode::Enter]);
    let (routes, _) = d.state.intake.route_coverage.clone().unwrap();
    assert_eq!(routes[0].coverage.route, Some(Route::Amu));
    insta::assert_snapshot!("send_to_with_coverage_fr", d.screen());
    keys(&mut d, &[KeyCode::Esc]);
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    // Nothing known about Sara's coverage yet: one question, answered with Alt+3.
    typed(&mut d, "محمد");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.route_coverage.as_ref().unwrap().0.is_empty());
    insta::assert_snapshot!("send_to_coverage_question_fr", d.screen());
    alt(&mut d, '3');
    let (routes, _) = d.state.intake.route_coverage.clone().unwrap();
    assert_eq!(routes[0].coverage.route, Some(Route::Unknown));
    alt(&mut d, '1');
    assert_eq!(
        d.state.intake.route_coverage.as_ref().unwrap().0.len(),
        1,
        "asked once only"
    );
    keys(&mut d, &[KeyCode::Char('1')]);
    assert!(
        d.state.overlays.is_empty(),
        "the question never blocks the queue"
    );
}

#[test]
fn free_care_shows_in_the_queue() {
    let mut d = desk(Lang::Fr);
    keys(&mut d, &[KeyCode::F(3)]);
    typed(&mut d, "fatima");
    keys(&mut d, &[KeyCode::Enter]);
    let access = d.state.intake.route_coverage.as_ref().unwrap().1.clone();
    assert!(access.free_care_from.is_some());
    keys(
        &mut d,
        &[KeyCode::Char('3'), KeyCode::F(4), KeyCode::Char('3')],
    );
    assert!(d.state.queues.entries[0].free_care);
    let text = d.screen();
    assert!(text.contains("[gratuit] Fatima"), "{text}");
}

#[test]
fn only_mine_and_the_fund_and_note_fields() {
    let mut d = desk(Lang::Fr);
    let all = d.state.coverage.items.len();
    keys(&mut d, &[KeyCode::Char('w')]);
    assert!(
        d.state.coverage.items.is_empty(),
        "the test desk updated none of them"
    );
    keys(&mut d, &[KeyCode::Char('w')]);
    assert_eq!(d.state.coverage.items.len(), all);
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    for _ in 0..10 {
        keys(&mut d, &[KeyCode::Tab]);
    }
    typed(&mut d, "Solidaris");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "attend la carte du CPAS");
    keys(&mut d, &[KeyCode::Enter]);
    let p = d.state.coverage.person.as_ref().unwrap();
    assert_eq!(p.routes[0].fund.as_deref(), Some("Solidaris"));
    assert_eq!(p.routes[0].note.as_deref(), Some("attend la carte du CPAS"));
    keys(&mut d, &[KeyCode::Esc, KeyCode::Char('w')]);
    assert_eq!(
        d.state.coverage.items.len(),
        2,
        "now mine: the two steps of the route I saved"
    );
}

#[test]
fn coded_fields_are_chosen_by_their_name_in_the_workers_language() {
    let mut d = desk(Lang::Ar);
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('a')]);
    // Urgent medical aid by its Arabic name; then ← → go round the states.
    typed(&mut d, "المساعدة الطبية");
    keys(&mut d, &[KeyCode::Tab]);
    keys(&mut d, &[KeyCode::Right, KeyCode::Right, KeyCode::Right]);
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "schaa");
    let form = d.state.coverage.form.as_ref().unwrap();
    let codes: Vec<&str> = form.inputs[..3].iter().map(|i| i.text()).collect();
    assert_eq!(codes[0], "amu", "{}", d.screen());
    assert_eq!(codes[2], "1030", "Schaerbeek by its Dutch name");
    assert!(
        !d.screen().contains("amu "),
        "no code on screen\n{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.coverage.form.is_none(), "{}", d.screen());
    let p = d.state.coverage.person.as_ref().unwrap();
    assert!(
        p.routes
            .iter()
            .any(|r| r.coverage.route == Some(Route::Amu))
    );
}

#[test]
fn a_partner_kind_is_chosen_by_its_name() {
    let mut d = desk(Lang::Fr);
    keys(&mut d, &[KeyCode::F(7), KeyCode::Char('a')]);
    typed(&mut d, "Maison d'accueil Bethel");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "héb");
    for _ in 0..4 {
        keys(&mut d, &[KeyCode::Tab]);
    }
    keys(&mut d, &[KeyCode::Right]);
    keys(&mut d, &[KeyCode::Enter]);
    let p = d
        .state
        .ctx
        .partners
        .iter()
        .find(|p| p.name == "Maison d'accueil Bethel")
        .expect("saved");
    assert_eq!((p.kind.as_str(), p.letter_lang.as_str()), ("shelter", "nl"));
}
