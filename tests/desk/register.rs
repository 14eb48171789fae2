//! The controlled-drug register window as a nurse works it: the balance of each batch, an
//! expired one marked in words, the day's balance confirmed or corrected with a reason, a batch
//! received; closed to reception. Snapshots at 80×24 in French, Arabic and Tigrinya.

use crate::support::{Desk, keys, now, typed};
use chrono::{Duration, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::Overlay;
use seuil::desk::gate::Session;
use seuil::desk::overlays::register;
use seuil::domain::roles::Role;
use seuil::i18n::Lang;
use seuil::store::queues::Actor;
use seuil::store::stock::NewBatch;

fn as_role(d: &mut Desk, role: Role) {
    d.state.ctx.session = Some(Session {
        staff_id: 2,
        name: "Inès".into(),
        role,
        language: None,
    });
}

/// A syrup batch in use, one expired three days ago with some left, a dose-like move today.
fn stocked(lang: Lang) -> Desk {
    let mut d = Desk::empty(lang);
    as_role(&mut d, Role::Nurse);
    let s = &d.services.store;
    let earlier = now() - Duration::days(40);
    let who = |at| Actor {
        by: "Inès",
        desk: Some("1"),
        at,
    };
    s.receive_batch(
        &NewBatch {
            product: "methadone-syrup".into(),
            lot: "MS-OLD".into(),
            mg: 120.0,
            expires: now().date() - Duration::days(3),
            mg_per_ml: None,
            mg_per_unit: None,
        },
        who(earlier),
    )
    .unwrap();
    s.receive_batch(
        &NewBatch {
            product: "methadone-syrup".into(),
            lot: "MS-2611".into(),
            mg: 2000.0,
            expires: NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
            mg_per_ml: Some(10.0),
            mg_per_unit: None,
        },
        who(now() - Duration::hours(1)),
    )
    .unwrap();
    s.stock_out(
        seuil::store::stock::Outflow::Destroyed,
        "methadone-syrup",
        "MS-2611",
        20.0,
        Some("flacon renversé"),
        who(now() - Duration::minutes(30)),
    )
    .unwrap();
    d
}

/// Opens the window as the dose screen will, carrying out what it asks.
fn open(d: &mut Desk) {
    for effect in register::show(&mut d.state) {
        if let Some(m) = d.services.run(effect, now()) {
            d.send(m);
        }
    }
}

fn window(d: &Desk) -> &register::Register {
    match d.state.overlays.last() {
        Some(Overlay::Register(r)) => r,
        other => panic!("no register window: {other:?}"),
    }
}

fn held(d: &Desk) -> f64 {
    window(d).rows[0].1.as_ref().map_or(0.0, |b| b.mg)
}

fn clear_field(d: &mut Desk) {
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
}

#[test]
fn the_nurse_sees_each_batch_and_an_expired_one_marked_in_words() {
    let mut d = stocked(Lang::Fr);
    open(&mut d);
    assert_eq!(held(&d), 2100.0);
    let screen = d.screen();
    assert!(screen.contains("[PÉRIMÉ]"), "{screen}");
    assert!(screen.contains("198 ml"), "{screen}");
    assert!(screen.contains("flacon renversé"), "{screen}");
    insta::assert_snapshot!("register_fr_80x24", screen);
    keys(&mut d, &[KeyCode::Esc]);
    assert!(d.state.overlays.is_empty());
}

#[test]
fn a_count_that_differs_needs_a_reason_then_corrects_the_register() {
    let mut d = stocked(Lang::Fr);
    open(&mut d);
    keys(&mut d, &[KeyCode::Enter]);
    // The count offered is what the register holds: Enter confirms it.
    clear_field(&mut d);
    typed(&mut d, "2090");
    keys(&mut d, &[KeyCode::Enter]);
    let status = window(&d).status.clone().unwrap();
    assert_eq!(status.id, "stock-error-reason");
    assert!(
        window(&d).form.is_some(),
        "the form stays with its reason asked"
    );
    assert_eq!(held(&d), 2100.0, "nothing written");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "fuite du flacon");
    insta::assert_snapshot!("register_fr_check_form", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    assert!(window(&d).form.is_none());
    assert_eq!(held(&d), 2090.0);
    assert_eq!(
        window(&d).status.as_ref().unwrap().id,
        "stock-check-corrected"
    );
    let checked = window(&d).rows[0].1.as_ref().unwrap().checked.clone();
    assert_eq!(checked.map(|c| c.counted), Some(2090.0));
    // Confirming the count as offered.
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(
        window(&d).status.as_ref().unwrap().id,
        "stock-check-confirmed"
    );
}

#[test]
fn a_batch_is_received_from_a_small_form_and_a_wrong_one_refused() {
    let mut d = stocked(Lang::Fr);
    open(&mut d);
    keys(&mut d, &[KeyCode::Char('r')]);
    typed(&mut d, "MS-2612");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "beaucoup");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "31/01/2027");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        window(&d).status.as_ref().unwrap().id,
        "register-error-number"
    );
    keys(&mut d, &[KeyCode::BackTab]);
    clear_field(&mut d);
    typed(&mut d, "1500");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(window(&d).status.as_ref().unwrap().id, "stock-received");
    assert_eq!(held(&d), 3600.0);
    // The same lot again: refused by the register, the form kept.
    keys(&mut d, &[KeyCode::Char('r')]);
    typed(&mut d, "MS-2612");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "10");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "31/01/2027");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        window(&d).status.as_ref().unwrap().id,
        "stock-error-duplicate-lot"
    );
    assert!(window(&d).form.is_some());
    assert_eq!(held(&d), 3600.0);
}

#[test]
fn reception_never_opens_the_register() {
    let mut d = stocked(Lang::Fr);
    as_role(&mut d, Role::Reception);
    open(&mut d);
    assert!(d.state.overlays.is_empty());
    // Pushed anyway (a stale window after a login change): the first key closes it.
    d.state.overlays.push(register::open());
    assert!(!d.screen().contains("MS-2611"));
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.overlays.is_empty());
}

#[test]
fn the_register_reads_right_to_left_in_arabic_and_in_ethiopic_in_tigrinya() {
    let mut d = stocked(Lang::Ar);
    open(&mut d);
    insta::assert_snapshot!("register_ar_80x24", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    insta::assert_snapshot!("register_ar_check_form", d.screen());
    let mut d = stocked(Lang::Ti);
    open(&mut d);
    insta::assert_snapshot!("register_ti_80x24", d.screen());
}
