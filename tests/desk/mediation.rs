//! Intercultural mediation as the desk lives it: reception marks who needs a mediator, the
//! ticket says so in every queue, a mediator sees who waits in their languages and joins.

use crate::support::{Desk, keys, now, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::gate::{Gate, GateKind};
use seuil::desk::{Overlay, Tab};
use seuil::domain::roles::Role;
use seuil::i18n::Lang;

fn alt(d: &mut Desk, c: char) {
    d.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

/// The id of the person found whose given name holds `name`.
fn id_of(d: &Desk, name: &str) -> i64 {
    d.state
        .intake
        .results
        .iter()
        .find(|p| p.given_name.as_deref().is_some_and(|n| n.contains(name)))
        .map(|p| p.id)
        .unwrap()
}

/// Finds `query` and marks the first person found as needing a mediator (their first language).
fn mark(d: &mut Desk, query: &str) {
    typed(d, query);
    alt(d, 'i');
    d.state.intake.search.clear();
}

/// Finds `query` and sends the first person found to the service of digit `service`.
fn send(d: &mut Desk, query: &str, service: char) {
    d.state.intake.search.clear();
    typed(d, query);
    keys(d, &[KeyCode::Enter, KeyCode::Char(service)]);
    assert!(d.state.overlays.is_empty(), "{query} sent\n{}", d.screen());
}

/// Three people marked (Arabic, Tigrinya, Polish) waiting for the doctor, and a mediator
/// who speaks Arabic and Tigrinya.
fn waiting_room() -> Desk {
    let mut d = Desk::with_register(Lang::Fr);
    for query in ["benali", "tesfay", "lukasz"] {
        mark(&mut d, query);
        send(&mut d, query, '1');
    }
    let s = &d.services.store;
    s.add_staff("Amina", Role::Mediator, "2468", "2468", None, now())
        .unwrap();
    s.set_staff_speaks("Amina", &["ar".into(), "ti".into()])
        .unwrap();
    d
}

fn log_in(d: &mut Desk, name: &str, pin: &str) {
    d.state.gate = Some(Gate::login(GateKind::Login, None));
    typed(d, name);
    keys(d, &[KeyCode::Enter]);
    typed(d, pin);
    keys(d, &[KeyCode::Enter]);
    assert!(d.state.gate.is_none(), "{name} logged in\n{}", d.screen());
}

#[test]
fn marked_at_intake_the_need_shows_on_the_ticket_in_every_queue() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "benali");
    alt(&mut d, 'i');
    let screen = d.screen();
    assert!(screen.contains("[médiation ar] Mohamed Benali"), "{screen}");
    assert!(screen.contains("besoin d'un·e médiateur·rice"), "{screen}");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(
        d.screen()
            .contains("Médiation interculturelle : ar (Alt+I)"),
        "{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::Char('1')]);
    send(&mut d, "benali", '2');
    keys(&mut d, &[KeyCode::F(4)]);
    let medical = d.screen();
    assert!(
        medical.contains("[médiation ar] Mohamed Benal") && medical.contains("M-001"),
        "{medical}"
    );
    keys(&mut d, &[KeyCode::Right]);
    let nursing = d.screen();
    assert!(
        nursing.contains("[médiation ar]") && nursing.contains("N-001"),
        "{nursing}"
    );
    // Kept on the person: next week's ticket carries it too.
    let id = d.state.queues.entries[0].person_id;
    let need = d.services.store.mediation_need(id).unwrap().unwrap();
    assert_eq!((need.0.as_str(), need.2.as_str()), ("ar", "test"));
}

#[test]
fn the_key_walks_the_persons_languages_then_takes_the_need_back() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "benali");
    let id = id_of(&d, "Benali");
    let need = |d: &Desk| d.services.store.mediation_need(id).unwrap().map(|n| n.0);
    alt(&mut d, 'i');
    assert_eq!(need(&d).as_deref(), Some("ar"));
    alt(&mut d, 'i');
    assert_eq!(need(&d).as_deref(), Some("fr"));
    assert!(d.screen().contains("[médiation fr]"), "{}", d.screen());
    alt(&mut d, 'i');
    assert_eq!(need(&d), None, "unmarked");
    assert!(d.screen().contains("n'a plus besoin"), "{}", d.screen());
    // In the "send to" window as well, and Esc keeps what the key saved.
    keys(&mut d, &[KeyCode::Enter]);
    alt(&mut d, 'i');
    assert_eq!(need(&d).as_deref(), Some("ar"));
    assert!(d.screen().contains("Médiation interculturelle : ar"));
    alt(&mut d, 'i');
    alt(&mut d, 'i');
    assert!(
        d.screen()
            .contains("Médiation interculturelle : non demandée"),
        "{}",
        d.screen()
    );
    assert_eq!(need(&d), None);
    keys(&mut d, &[KeyCode::Esc]);
    assert!(d.state.overlays.is_empty());
}

#[test]
fn a_person_without_languages_is_asked_for_them_first() {
    let mut d = Desk::with_register(Lang::Fr);
    // The anonymous walk-in of the register has no language; their code finds them.
    let anonymous = d
        .services
        .store
        .persons(&(1..=20).collect::<Vec<_>>())
        .unwrap()
        .into_iter()
        .find(|p| p.languages.is_empty())
        .unwrap();
    typed(&mut d, &anonymous.code);
    alt(&mut d, 'i');
    assert!(
        d.screen().contains("notez d'abord les langues"),
        "{}",
        d.screen()
    );
    assert_eq!(d.services.store.mediation_need(anonymous.id).unwrap(), None);
}

#[test]
fn a_new_person_is_marked_with_their_registration_and_not_before() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "Yonas Tekle");
    alt(&mut d, 'n');
    keys(&mut d, &[KeyCode::Tab; 5]);
    typed(&mut d, "ti");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(matches!(
        d.state.overlays.last(),
        Some(Overlay::Route { .. })
    ));
    alt(&mut d, 'i');
    assert!(
        d.screen().contains("Médiation interculturelle : ti"),
        "{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::Esc, KeyCode::Enter]);
    // Esc wrote nothing; the window opened again asks afresh.
    assert!(d.screen().contains("non demandée"), "{}", d.screen());
    alt(&mut d, 'i');
    keys(&mut d, &[KeyCode::Char('1'), KeyCode::F(4)]);
    assert!(
        d.screen().contains("[médiation ti] Yonas Tekle"),
        "{}",
        d.screen()
    );
}

#[test]
fn a_mediator_sees_who_waits_in_their_languages_and_joins() {
    let mut d = waiting_room();
    log_in(&mut d, "Amina", "2468");
    keys(&mut d, &[KeyCode::F(4)]);
    let list = d.screen();
    assert!(list.contains("vos langues : ar, ti"), "{list}");
    assert!(
        list.contains("Mohamed Benali") && list.contains("Tesfay"),
        "{list}"
    );
    assert!(!list.contains("Kowalski"), "Polish is not Amina's\n{list}");
    assert_eq!(d.state.queues.mediation.as_ref().unwrap().entries.len(), 2);
    keys(&mut d, &[KeyCode::Enter]);
    let joined = d.screen();
    assert!(
        joined.contains("Vous avez rejoint la consultation de M-001"),
        "{joined}"
    );
    let entry = &d.state.queues.mediation.as_ref().unwrap().entries[0];
    assert_eq!(entry.mediators, vec!["Amina".to_string()]);
    // The doctor's queue shows who joined.
    keys(&mut d, &[KeyCode::Esc]);
    assert!(d.state.queues.mediation.is_none());
    let queue = d.screen();
    assert!(queue.contains("[médiation ar : Amina]"), "{queue}");
    // Joined by mistake: back to the list, Del takes it back.
    keys(&mut d, &[KeyCode::Char('m'), KeyCode::Delete]);
    assert!(d.screen().contains("n'êtes plus noté·e"), "{}", d.screen());
    let entry = &d.state.queues.mediation.as_ref().unwrap().entries[0];
    assert!(entry.mediators.is_empty());
}

#[test]
fn reception_sees_every_language_and_joins_nothing() {
    let mut d = waiting_room();
    d.state.ctx.session.as_mut().unwrap().role = Role::Reception;
    keys(&mut d, &[KeyCode::F(4), KeyCode::Char('m')]);
    let list = d.screen();
    assert!(list.contains("toutes langues"), "{list}");
    assert!(
        list.contains("Kowalski") && list.contains("Benali"),
        "{list}"
    );
    keys(&mut d, &[KeyCode::Enter]);
    let entries = &d.state.queues.mediation.as_ref().unwrap().entries;
    assert!(entries.iter().all(|e| e.mediators.is_empty()), "not joined");
    keys(&mut d, &[KeyCode::Esc]);
    assert!(d.state.queues.mediation.is_none(), "Esc closes the list");
    assert_eq!(d.state.tab, Tab::Queues);
}

#[test]
fn a_mediator_sees_no_note_of_the_ticket() {
    let mut d = Desk::with_register(Lang::Fr);
    mark(&mut d, "benali");
    typed(&mut d, "benali");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Tab]);
    typed(&mut d, "plaie infectée au pied");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('1')]);
    d.services
        .store
        .add_staff("Amina", Role::Mediator, "2468", "2468", None, now())
        .unwrap();
    log_in(&mut d, "Amina", "2468");
    keys(&mut d, &[KeyCode::F(4)]);
    let list = d.screen();
    assert!(list.contains("Benali"), "{list}");
    assert!(!list.contains("plaie"), "{list}");
    assert!(list.contains("Vos langues ne sont pas notées"), "{list}");
}

#[test]
fn snapshots_of_the_marks_and_the_list() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut d = waiting_room();
        d.state.ctx.lang = lang;
        d.i18n = seuil::i18n::I18n::new(lang);
        keys(&mut d, &[KeyCode::F(4)]);
        insta::assert_snapshot!(format!("queue_marked_{lang}"), d.screen());
        log_in(&mut d, "Amina", "2468");
        d.state.ctx.lang = lang;
        keys(&mut d, &[KeyCode::F(4), KeyCode::Enter]);
        insta::assert_snapshot!(format!("mediation_list_{lang}"), d.screen());
        keys(&mut d, &[KeyCode::F(3)]);
        typed(&mut d, "tesfay");
        keys(&mut d, &[KeyCode::Enter]);
        insta::assert_snapshot!(format!("send_to_marked_{lang}"), d.screen());
    }
}
