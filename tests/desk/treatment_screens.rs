//! The Treatment screen as each desk and role sees it: two desks on one file stay in step,
//! reception never opens it, and the screens in French, Arabic and Tigrinya at 80×24.

use crate::support::{Desk, keys, now};
use crate::treatment::{alt, as_role, dose_rows, nurse, open_from_queue, prescribe, who};
use chrono::Duration;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::Message;
use seuil::desk::gate::Session;
use seuil::desk::runner::Services;
use seuil::desk::state::{State, Tab};
use seuil::domain::queue::Priority;
use seuil::domain::roles::Role;
use seuil::i18n::{I18n, Lang};
use seuil::store::Store;

#[test]
fn reception_cannot_open_it() {
    let (mut d, id) = nurse(Lang::Fr, 0);
    let ask = seuil::store::treatment::DoseAsk {
        day: now().date(),
        outcome: seuil::domain::treatment::Outcome::Given,
        mg: None,
        reason: None,
    };
    d.services.store.dose(id, &ask, who(now())).unwrap();
    as_role(&mut d, Role::Reception);
    keys(&mut d, &[KeyCode::F(9)]);
    assert!(
        d.state.treatment.entries.is_empty(),
        "nothing read for reception"
    );
    assert!(
        !d.screen().contains("Dispensaire aujourd'hui"),
        "{}",
        d.screen()
    );
    assert!(!d.screen().contains("Doses │"), "no tab either");
    // On the queue, `g` does nothing and no row says who is dosed.
    keys(&mut d, &[KeyCode::F(4)]);
    let at = d
        .state
        .ctx
        .services
        .iter()
        .position(|s| s.code == "D")
        .unwrap();
    keys(
        &mut d,
        &[
            KeyCode::Char(char::from(b'1' + at as u8)),
            KeyCode::Char('g'),
        ],
    );
    assert_eq!(d.state.tab, Tab::Queues);
    assert!(d.state.treatment.person_id.is_none());
    assert!(!d.screen().contains("[dosé]"), "{}", d.screen());
    // F9 on the Admin audit still exports there (its own F9 comes first).
    as_role(&mut d, Role::Coordinator);
    let scopes = [
        seuil::desk::keymap::Scope::AdminAudit,
        seuil::desk::keymap::Scope::Global,
    ];
    let f9 = KeyEvent::new(KeyCode::F(9), KeyModifiers::NONE);
    assert_eq!(
        seuil::desk::keymap::resolve(&scopes, &f9).map(|(_, a)| a),
        Some(seuil::desk::keymap::Action::Export)
    );
}

/// A nurse's desk on a database file, as another desk of the site.
fn desk_on(path: &std::path::Path, name: &str) -> Desk {
    let state = State::new(Lang::Fr, now(), (80, 24)).logged_in(Session {
        staff_id: 1,
        name: name.into(),
        role: Role::Nurse,
        language: None,
    });
    let services = Services::new(Store::open(path).unwrap(), Some(name.into()), name.into());
    let mut d = Desk {
        state,
        services,
        i18n: I18n::new(Lang::Fr),
    };
    d.send(Message::DataChanged);
    d
}

/// What the desk's loop does each tick: another desk committed, so read again.
fn poll(d: &mut Desk, seen: &mut i64) {
    let v = d.services.store.data_version().unwrap();
    if v != *seen {
        *seen = v;
        d.send(Message::DataChanged);
    }
}

#[test]
fn two_desks_on_one_file_see_each_others_dose_and_the_loser_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seuil.db");
    let mut a = desk_on(&path, "Inès");
    let mut b = desk_on(&path, "Karim");
    let fields = seuil::domain::person::Draft::default()
        .check(now().date())
        .unwrap();
    let p = a
        .services
        .store
        .add_person(
            &fields,
            "Inès",
            now() - Duration::days(1),
            &mut fastrand::Rng::with_seed(3),
        )
        .unwrap();
    prescribe(&a.services.store, p.id, 0);
    a.services
        .store
        .join_person(p.id, "D", Priority::Normal, None, who(now()))
        .unwrap();
    let mut seen_b = b.services.store.data_version().unwrap();
    for d in [&mut a, &mut b] {
        keys(d, &[KeyCode::F(9), KeyCode::Enter]);
        assert!(d.state.treatment.open.is_some(), "{}", d.screen());
    }
    assert!(
        b.state
            .treatment
            .open
            .as_ref()
            .unwrap()
            .chart
            .hold
            .is_none()
    );
    keys(&mut a, &[KeyCode::Enter]);
    assert_eq!(dose_rows(&a.services.store), 1);
    // Desk B has not looked yet; its next poll shows the dose.
    poll(&mut b, &mut seen_b);
    let chart = &b.state.treatment.open.as_ref().unwrap().chart;
    assert!(chart.dosed_today().is_some(), "{}", b.screen());
    assert!(
        b.screen().contains("déjà été enregistrée"),
        "{}",
        b.screen()
    );
    // Both confirm at once: B pressed before its poll; the store refuses, B reloads.
    let mut c = desk_on(&path, "Sara");
    keys(&mut c, &[KeyCode::F(9), KeyCode::Enter]);
    alt(&mut a, 'u');
    keys(&mut a, &[KeyCode::Enter]);
    poll(&mut b, &mut seen_b);
    assert!(
        b.state
            .treatment
            .open
            .as_ref()
            .unwrap()
            .chart
            .hold
            .is_none()
    );
    keys(&mut c, &[KeyCode::Enter]);
    keys(&mut b, &[KeyCode::Enter]);
    assert_eq!(
        dose_rows(&a.services.store),
        3,
        "one dose, one reversal, one dose"
    );
    let screen = b.screen();
    assert!(
        screen.contains("déjà été enregistrée") || screen.contains("autre poste"),
        "{screen}"
    );
    assert!(
        b.state
            .treatment
            .open
            .as_ref()
            .unwrap()
            .chart
            .dosed_today()
            .is_some()
    );
}

fn snapshot(lang: Lang) -> Desk {
    let (mut d, _) = nurse(lang, 3);
    open_from_queue(&mut d);
    d
}

#[test]
fn dose_screen_snapshots() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut d = snapshot(lang);
        insta::assert_snapshot!(format!("dose_{}", lang.code()), d.screen());
        keys(&mut d, &[KeyCode::Enter]);
        insta::assert_snapshot!(format!("dose_given_{}", lang.code()), d.screen());
        keys(&mut d, &[KeyCode::Char('d')]);
        insta::assert_snapshot!(format!("decision_form_{}", lang.code()), d.screen());
        keys(&mut d, &[KeyCode::Esc, KeyCode::Char('n')]);
        insta::assert_snapshot!(format!("prescription_form_{}", lang.code()), d.screen());
        keys(&mut d, &[KeyCode::Esc, KeyCode::Esc, KeyCode::F(9)]);
        insta::assert_snapshot!(format!("dispensary_list_{}", lang.code()), d.screen());
    }
}
