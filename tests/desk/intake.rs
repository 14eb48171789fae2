//! Key sequences at the intake desk, carried out on a real (in-memory) register.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{Desk, keys, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::i18n::Lang;

fn alt(desk: &mut Desk, c: char) {
    desk.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

#[test]
fn a_returning_person_queued_in_five_keystrokes() {
    let mut d = Desk::with_register(Lang::Fr);
    // "luk", Enter, 1: Łukasz Kowalski comes first, gets ticket M-001, his visit is recorded.
    typed(&mut d, "luk");
    let first = d.state.intake.results[0].clone();
    assert_eq!(first.given_name.as_deref(), Some("Łukasz Kowalski"));
    let before = d.services.store.visit_count(first.id).unwrap();
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('1')]);
    assert!(d.state.overlays.is_empty());
    assert_eq!(d.services.store.visit_count(first.id).unwrap(), before + 1);
    let status = d.state.intake.status.as_ref().unwrap();
    assert_eq!(status.id, "intake-joined");
    let day = crate::support::now().format("%Y-%m-%d").to_string();
    let tickets = d.services.store.open_tickets(first.id, &day).unwrap();
    assert_eq!(
        tickets
            .iter()
            .map(|t| t.ticket.as_str())
            .collect::<Vec<_>>(),
        vec!["M-001"]
    );
    // Same day, a second service: the shower. One visit still.
    typed(&mut d, "luk");
    keys(
        &mut d,
        &[KeyCode::Enter, KeyCode::Char(' '), KeyCode::Char('6')],
    );
    let tickets = d.services.store.open_tickets(first.id, &day).unwrap();
    assert_eq!(tickets.len(), 2);
    assert_eq!(tickets[1].priority, seuil::domain::queue::Priority::Urgent);
    assert_eq!(d.services.store.visit_count(first.id).unwrap(), before + 1);
}

#[test]
fn a_returning_person_visit_only() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "luk");
    let first = d.state.intake.results[0].clone();
    let before = d.services.store.visit_count(first.id).unwrap();
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(d.services.store.visit_count(first.id).unwrap(), before + 1);
    assert_eq!(
        d.state.intake.status.as_ref().unwrap().id,
        "intake-visit-recorded"
    );
    assert!(
        d.state.intake.search.is_empty(),
        "ready for the next person"
    );
}

#[test]
fn arrows_choose_among_results() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "moh");
    assert!(d.state.intake.results.len() >= 3);
    keys(
        &mut d,
        &[
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Up,
        ],
    );
    let last = d.state.intake.results.len() - 1;
    assert_eq!(
        d.state.intake.selected,
        last - 1,
        "stops at the end, then one up"
    );
    let chosen = d.state.intake.results[last - 1].id;
    let before = d.services.store.visit_count(chosen).unwrap();
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(d.services.store.visit_count(chosen).unwrap(), before + 1);
}

#[test]
fn new_person_from_what_was_typed() {
    let mut d = Desk::with_register(Lang::Fr);
    let count = d.state.intake.registered.unwrap();
    typed(&mut d, "Yonas Tekle 1999");
    alt(&mut d, 'n');
    let form = d.state.intake.form.as_ref().unwrap();
    assert_eq!(form.draft().given_name, "Yonas Tekle");
    assert_eq!(form.draft().birth, "1999");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(matches!(
        d.state.overlays.last(),
        Some(seuil::desk::Overlay::Route {
            whom: seuil::desk::overlays::Whom::New(_),
            ..
        })
    ));
    assert_eq!(
        d.state.intake.registered,
        Some(count),
        "nothing written yet"
    );
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.form.is_none());
    assert_eq!(d.state.intake.registered, Some(count + 1));
    typed(&mut d, "yonas");
    assert_eq!(
        d.state.intake.results[0].given_name.as_deref(),
        Some("Yonas Tekle")
    );
    assert_eq!(
        d.services
            .store
            .visit_count(d.state.intake.results[0].id)
            .unwrap(),
        1
    );
}

#[test]
fn anonymous_walk_in_in_one_key() {
    let mut d = Desk::with_register(Lang::Ar);
    let count = d.state.intake.registered.unwrap();
    alt(&mut d, 'a');
    assert_eq!(
        d.state.intake.registered,
        Some(count),
        "nothing written yet"
    );
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(d.state.intake.registered, Some(count + 1));
    let status = d.state.intake.status.as_ref().unwrap();
    assert_eq!(status.id, "intake-registered-anonymous");
}

/// Everything written in the register, to see that a cancelled window wrote nothing at all
/// (the audit trail's lines of writes; that a record was opened is kept, as always).
fn written(d: &Desk) -> Vec<i64> {
    [
        "person",
        "visit",
        "queue_entry",
        "coverage",
        "audit WHERE action != 'open'",
    ]
    .iter()
    .map(|t| {
        d.services
            .store
            .conn()
            .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap()
    })
    .collect()
}

#[test]
fn escape_in_the_send_to_window_writes_nothing() {
    let mut d = Desk::with_register(Lang::Fr);
    let before = written(&d);
    // Alt+A, then Esc; Alt+A, a coverage answer, then Esc.
    alt(&mut d, 'a');
    keys(&mut d, &[KeyCode::Esc]);
    alt(&mut d, 'a');
    alt(&mut d, '1');
    keys(&mut d, &[KeyCode::Esc]);
    assert!(d.state.overlays.is_empty());
    assert_eq!(written(&d), before, "Alt+A then Esc");
    // A named person: the form, saved, then Esc in "send to": back to the form as typed.
    alt(&mut d, 'n');
    typed(&mut d, "Semhar");
    keys(&mut d, &[KeyCode::Enter]);
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(written(&d), before, "the form saved, then Esc");
    let form = d.state.intake.form.as_ref().expect("the form is back");
    assert_eq!(form.draft().given_name, "Semhar");
    // A person found: Enter, then Esc.
    keys(&mut d, &[KeyCode::Esc]);
    typed(&mut d, "tesfay");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Esc]);
    assert_eq!(written(&d), before, "a person found, then Esc");
}

#[test]
fn a_new_person_sent_to_a_service_is_registered_with_the_ticket_and_the_coverage() {
    let mut d = Desk::with_register(Lang::Fr);
    alt(&mut d, 'n');
    typed(&mut d, "Semhar");
    keys(&mut d, &[KeyCode::Enter]);
    alt(&mut d, '2');
    keys(&mut d, &[KeyCode::Char('1')]);
    assert!(
        d.state.overlays.is_empty(),
        "the window closes on the ticket"
    );
    let status = d.state.intake.status.as_ref().unwrap();
    assert_eq!(status.id, "intake-registered-joined");
    let p = d
        .services
        .store
        .person_by_code(&status_code(&d))
        .unwrap()
        .unwrap();
    assert_eq!(p.given_name.as_deref(), Some("Semhar"));
    assert_eq!(d.services.store.visit_count(p.id).unwrap(), 1);
    let routes = d.services.store.coverage_of(p.id).unwrap();
    assert_eq!(routes.len(), 1, "the coverage answered in the window");
    let queue = d
        .services
        .store
        .queue(&d.state.ctx.services[0].code, "2026-11-23")
        .unwrap();
    assert!(queue.iter().any(|e| e.person_id == p.id));
}

fn status_code(d: &Desk) -> String {
    let status = d.state.intake.status.as_ref().unwrap();
    status
        .args
        .iter()
        .find(|(k, _)| *k == "code")
        .map(|(_, v)| match v {
            seuil::i18n::Arg::Str(s) => s.clone(),
            seuil::i18n::Arg::Num(n) => n.to_string(),
        })
        .unwrap()
}

#[test]
fn a_visit_recorded_by_mistake_is_taken_back_with_alt_u() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "tesfay");
    let id = d.state.intake.results[0].id;
    let visits = d.services.store.visit_count(id).unwrap();
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(d.services.store.visit_count(id).unwrap(), visits + 1);
    alt(&mut d, 'u');
    assert_eq!(d.services.store.visit_count(id).unwrap(), visits);
    assert_eq!(
        d.state.intake.status.as_ref().unwrap().id,
        "intake-visit-removed"
    );
    let removed: i64 = d
        .services
        .store
        .conn()
        .query_row(
            "SELECT count(*) FROM audit WHERE subject = 'visit' AND action = 'delete'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(removed, 1, "the removal is in the audit trail");
}

#[test]
fn form_refuses_bad_fields_and_keeps_everything_typed() {
    let mut d = Desk::with_register(Lang::Fr);
    alt(&mut d, 'n');
    typed(&mut d, "Amina");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "1990-13");
    keys(&mut d, &[KeyCode::Enter]);
    let form = d.state.intake.form.as_ref().unwrap();
    assert_eq!(form.errors.len(), 1);
    assert_eq!(form.draft().given_name, "Amina");
    // The language switches; the form and its problems stay.
    keys(&mut d, &[KeyCode::F(2), KeyCode::Char('5')]);
    assert_eq!(d.state.ctx.lang, Lang::Ti);
    assert_eq!(
        d.state.intake.form.as_ref().unwrap().draft().birth,
        "1990-13"
    );
    keys(
        &mut d,
        &[KeyCode::Backspace, KeyCode::Backspace, KeyCode::Backspace],
    );
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    assert!(d.state.intake.form.is_none(), "saved once corrected");
}

#[test]
fn escape_cancels_the_form_and_keeps_the_search() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "fatima");
    alt(&mut d, 'n');
    keys(&mut d, &[KeyCode::Esc]);
    assert!(d.state.intake.form.is_none());
    assert_eq!(d.state.intake.search.text(), "fatima");
    assert!(!d.state.intake.results.is_empty());
}

#[test]
fn edit_keeps_history_and_updates_the_list() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "tesfay gebre");
    let id = d.state.intake.results[0].id;
    alt(&mut d, 'e');
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "Tes");
    keys(
        &mut d,
        &[
            KeyCode::Tab,
            KeyCode::Tab,
            KeyCode::Char(' '),
            KeyCode::Char(' '),
        ],
    );
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.form.is_none());
    let p = d.services.store.person(id).unwrap().unwrap();
    assert_eq!(p.alias.as_deref(), Some("Tes"));
    assert_eq!(p.sex, Some(seuil::domain::person::Sex::Female));
    let changes: i64 = d
        .services
        .store
        .conn()
        .query_row(
            "SELECT count(*) FROM person_change WHERE person_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(changes, 2);
}

#[test]
fn typing_before_the_register_is_loaded_searches_once_it_is() {
    let mut d = Desk::empty(Lang::Fr);
    let mut rng = fastrand::Rng::with_seed(1);
    let f = seuil::domain::person::Draft {
        given_name: "Rachid".into(),
        ..Default::default()
    }
    .check(crate::support::now().date())
    .unwrap();
    d.services
        .store
        .add_person(&f, "t", crate::support::now(), &mut rng)
        .unwrap();
    typed(&mut d, "rach");
    assert!(d.state.intake.results.is_empty());
    let n = d.services.load_index_now().unwrap();
    d.send(seuil::desk::Message::IndexReady(n));
    assert_eq!(d.state.intake.results.len(), 1);
}

/// Selects the result whose given name is `name`.
fn select(d: &mut Desk, name: &str) {
    let at = d
        .state
        .intake
        .results
        .iter()
        .position(|p| p.given_name.as_deref() == Some(name))
        .unwrap();
    while d.state.intake.selected > at {
        keys(d, &[KeyCode::Up]);
    }
    while d.state.intake.selected < at {
        keys(d, &[KeyCode::Down]);
    }
}

#[test]
fn merge_from_the_desk_and_undo() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "moh");
    let count = d.state.intake.results.len();
    select(&mut d, "Muhammad");
    alt(&mut d, 'm');
    assert!(d.state.intake.merge_from.is_some());
    select(&mut d, "Mohamed Benali");
    alt(&mut d, 'm');
    assert!(matches!(
        d.state.overlays.last(),
        Some(seuil::desk::Overlay::Merge { .. })
    ));
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.overlays.is_empty());
    assert_eq!(d.state.intake.status.as_ref().unwrap().id, "intake-merged");
    assert_eq!(
        d.state.intake.results.len(),
        count - 1,
        "the merged record is gone from the list"
    );
    // The alias of the merged record now finds the kept one.
    keys(&mut d, &[KeyCode::Home]);
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    typed(&mut d, "grand");
    assert_eq!(
        d.state.intake.results[0].given_name.as_deref(),
        Some("Mohamed Benali")
    );
    alt(&mut d, 'u');
    assert_eq!(
        d.state.intake.status.as_ref().unwrap().id,
        "intake-unmerged"
    );
    assert_eq!(
        d.state.intake.results[0].given_name.as_deref(),
        Some("Muhammad")
    );
}

#[test]
fn not_the_same_person_is_remembered_and_escape_cancels() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "moh");
    select(&mut d, "Muhammad");
    alt(&mut d, 'm');
    select(&mut d, "Mohamed Benali");
    alt(&mut d, 'm');
    keys(&mut d, &[KeyCode::Esc]);
    assert!(d.state.overlays.is_empty());
    alt(&mut d, 'm');
    select(&mut d, "Muhammad");
    alt(&mut d, 'm');
    alt(&mut d, 'x');
    assert_eq!(
        d.state.intake.status.as_ref().unwrap().id,
        "intake-not-same"
    );
    let a = d
        .services
        .store
        .person_by_code(&d.state.intake.results[0].code)
        .unwrap()
        .unwrap();
    let b = d
        .state
        .intake
        .results
        .iter()
        .find(|p| p.given_name.as_deref() == Some("Muhammad"))
        .unwrap();
    assert!(d.services.store.is_not_same(a.id, b.id).unwrap());
    // Trying to merge them now is refused with a notice, nothing merged.
    select(&mut d, "Muhammad");
    alt(&mut d, 'm');
    select(&mut d, "Mohamed Benali");
    alt(&mut d, 'm');
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        d.state.notices.last().unwrap().id,
        "person-error-marked-not-same"
    );
}

#[test]
fn book_an_appointment_then_check_in_from_the_day_view() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "luk");
    alt(&mut d, 'r');
    let form = d.state.intake.booking.as_ref().unwrap();
    assert_eq!(form.inputs[0].text(), "M");
    assert_eq!(
        form.inputs[2].text(),
        "10:00",
        "the next half hour after 9:30"
    );
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.booking.is_none());
    assert_eq!(
        d.state.intake.status.as_ref().unwrap().id,
        "appointment-booked"
    );
    keys(&mut d, &[KeyCode::F(5)]);
    assert_eq!(d.state.appointments.list.len(), 1);
    assert_eq!(d.state.appointments.list[0].time, "10:00");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        d.state.appointments.status.as_ref().unwrap().id,
        "appointment-checked-in"
    );
    assert_eq!(
        d.state.appointments.list[0].status,
        seuil::store::appointments::Kept::CheckedIn
    );
    keys(&mut d, &[KeyCode::F(4)]);
    assert_eq!(d.state.queues.entries.len(), 1);
    assert_eq!(
        d.state.queues.entries[0].note.as_deref(),
        Some("2026-11-23 10:00")
    );
}

#[test]
fn check_in_from_the_send_to_window_and_bad_booking_fields() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "fatima");
    alt(&mut d, 'r');
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    typed(&mut d, "25h");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        d.state
            .intake
            .booking
            .as_ref()
            .unwrap()
            .error
            .as_ref()
            .unwrap()
            .id,
        "booking-error-time"
    );
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    typed(&mut d, "08:00");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(d.state.notices.last().unwrap().id, "booking-error-past");
    keys(&mut d, &[KeyCode::BackTab, KeyCode::BackTab]);
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    typed(&mut d, "N");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    typed(&mut d, "11:15");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.booking.is_none());
    assert_eq!(
        d.state.intake.search.text(),
        "fatima",
        "the search stays, to queue the person next"
    );
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        d.state.intake.upcoming.len(),
        1,
        "shown in the send-to window"
    );
    keys(&mut d, &[KeyCode::Char('0')]);
    assert!(d.state.overlays.is_empty());
    assert_eq!(
        d.state.intake.status.as_ref().unwrap().id,
        "appointment-checked-in"
    );
}

#[test]
fn a_note_goes_with_the_ticket() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "luk");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Tab]);
    typed(&mut d, "pansement 2");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Char('2')]);
    assert!(d.state.overlays.is_empty());
    keys(&mut d, &[KeyCode::F(4), KeyCode::Char('2')]);
    let entry = &d.state.queues.entries[0];
    assert_eq!(
        entry.note.as_deref(),
        Some("pansement 2"),
        "digits in the note do not pick a service"
    );
    assert_eq!(entry.service_code, "N");
}

/// A search with many matches is walked a page at a time, and to its ends.
#[test]
fn a_long_list_pages_with_pgup_pgdn_home_end() {
    let mut d = Desk::with_register(Lang::Fr);
    let mut rng = fastrand::Rng::with_seed(4);
    for i in 0..25 {
        let fields = seuil::domain::person::Draft {
            given_name: format!("Amina Diallo{i}"),
            birth: format!("{}", 1960 + i),
            ..Default::default()
        }
        .check(crate::support::now().date())
        .unwrap();
        d.services
            .store
            .add_person(&fields, "t", crate::support::now(), &mut rng)
            .unwrap();
    }
    let n = d.services.load_index_now().unwrap();
    d.send(seuil::desk::Message::IndexReady(n));
    typed(&mut d, "amina");
    let found = d.state.intake.results.len();
    assert!(found >= 25, "{found}: {}", d.screen());
    keys(&mut d, &[KeyCode::PageDown]);
    assert_eq!(d.state.intake.selected, 10);
    keys(&mut d, &[KeyCode::End]);
    assert_eq!(d.state.intake.selected, found - 1);
    assert!(
        d.screen().contains(&d.state.intake.results[found - 1].code),
        "the list scrolls to the selection\n{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::PageUp]);
    assert_eq!(d.state.intake.selected, found - 11);
    keys(&mut d, &[KeyCode::Home]);
    assert_eq!(d.state.intake.selected, 0);
}

/// A notice of something that went wrong goes once the next act succeeds, or with the screen;
/// reading (a search) does not clear it.
#[test]
fn a_notice_goes_with_the_next_success_or_the_screen() {
    use seuil::desk::Message;
    use seuil::i18n::Msg;
    let failed = || Message::Failed(Msg::new("queue-error-closed").arg("service", "M"));
    let mut d = Desk::with_register(Lang::Fr);
    d.send(failed());
    typed(&mut d, "moh");
    assert_eq!(d.state.notices.len(), 1, "a search is not an act");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    assert!(
        d.state.intake.status.is_some() && d.state.notices.is_empty(),
        "the visit recorded clears it\n{}",
        d.screen()
    );
    d.send(failed());
    keys(&mut d, &[KeyCode::F(4)]);
    assert!(
        d.state.notices.is_empty(),
        "another screen starts without it"
    );
}

#[test]
fn the_list_says_where_the_worker_is_in_it_and_how_many_matched() {
    let mut d = Desk::with_register(Lang::Fr);
    let mut rng = fastrand::Rng::with_seed(5);
    for i in 0..60 {
        let fields = seuil::domain::person::Draft {
            given_name: format!("Mariam {i}"),
            ..Default::default()
        }
        .check(crate::support::now().date())
        .unwrap();
        d.services
            .store
            .add_person(&fields, "test", crate::support::now(), &mut rng)
            .unwrap();
    }
    d.services.load_index_now().unwrap();
    typed(&mut d, "mariam");
    assert!(d.state.intake.matched >= 60);
    assert!(d.screen().contains("1/30  30 sur 6"), "{}", d.screen());
    keys(&mut d, &[KeyCode::PageDown, KeyCode::Down]);
    assert!(d.screen().contains("12/30"), "{}", d.screen());
    keys(&mut d, &[KeyCode::End]);
    assert!(d.screen().contains("30/30"), "{}", d.screen());
    let last = &d.state.intake.results[29];
    assert!(d.screen().contains(&last.code), "the last row is in view");
}

#[test]
fn escape_on_a_page_opened_from_intake_goes_back_to_the_search_as_it_was() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "moh");
    keys(&mut d, &[KeyCode::Down]);
    let (results, selected) = (d.state.intake.results.clone(), d.state.intake.selected);
    alt(&mut d, 'o');
    assert_eq!(d.state.tab, seuil::desk::Tab::Coverage);
    assert!(d.state.coverage.person.is_some());
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(d.state.tab, seuil::desk::Tab::Intake, "{}", d.screen());
    assert_eq!(d.state.intake.search.text(), "moh");
    assert_eq!(d.state.intake.results, results);
    assert_eq!(d.state.intake.selected, selected);
    // Opened from the Coverage screen's own list, Esc stays there.
    keys(&mut d, &[KeyCode::F(6)]);
    assert_eq!(d.state.page_from, None);
}

#[test]
fn the_help_is_in_sections_names_keys_as_the_keyboard_does_and_scrolls() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "tesfay");
    keys(&mut d, &[KeyCode::Enter, KeyCode::F(1)]);
    let screen = d.screen();
    assert!(screen.contains("Ici"), "{screen}");
    assert!(screen.contains("Espace"), "Space named in French\n{screen}");
    assert!(!screen.contains("Shift+Tab / Shift+Tab"));
    keys(&mut d, &[KeyCode::PageDown]);
    assert!(matches!(
        d.state.overlays.last(),
        Some(seuil::desk::Overlay::Help { scroll }) if *scroll > 0
    ));
    keys(&mut d, &[KeyCode::End, KeyCode::Home]);
    assert!(matches!(
        d.state.overlays.last(),
        Some(seuil::desk::Overlay::Help { scroll: 0 })
    ));
    // The hint bar writes a letter as it is pressed, and the keys a newcomer needs first.
    keys(&mut d, &[KeyCode::Esc, KeyCode::Esc]);
    let bar = d.screen().lines().last().unwrap().to_string();
    assert!(bar.contains("Alt+O") && bar.contains("Alt+R"), "{bar}");
    keys(&mut d, &[KeyCode::F(4)]);
    let bar = d.screen().lines().last().unwrap().to_string();
    assert!(bar.contains(" n "), "{bar}");
}

#[test]
fn a_year_being_typed_is_not_nobody_found() {
    let mut d = Desk::with_register(Lang::Fr);
    for c in "198".chars() {
        typed(&mut d, &c.to_string());
        let screen = d.screen();
        assert!(!screen.contains("Aucune personne"), "{screen}");
        assert!(!screen.contains("Alt+N inscrit"), "{screen}");
    }
    typed(&mut d, "7");
    assert!(!d.state.intake.results.is_empty(), "born in 1987");
}

#[test]
fn a_booking_chooses_its_service_by_name() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "tesfay");
    alt(&mut d, 'r');
    typed(&mut d, "soins");
    let form = d.state.intake.booking.as_ref().unwrap();
    assert_eq!(form.inputs[0].text(), "N", "{}", d.screen());
    assert!(d.screen().contains("Soins infirmiers"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.booking.is_none(), "{}", d.screen());
}

#[test]
fn languages_are_written_by_their_names_and_kept_as_codes() {
    let mut d = Desk::with_register(Lang::Fr);
    alt(&mut d, 'n');
    typed(&mut d, "Semhar");
    for _ in 0..5 {
        keys(&mut d, &[KeyCode::Tab]);
    }
    typed(&mut d, "tigrinya, arabe");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    assert!(d.state.intake.form.is_none(), "{}", d.screen());
    typed(&mut d, "semhar");
    let p = &d.state.intake.results[0];
    assert_eq!(p.languages, vec!["ti", "ar"]);
}

#[test]
fn a_birth_date_typed_in_the_search_narrows_and_goes_to_the_birth_field() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "lukasz 09/03/1979");
    assert!(
        d.state
            .intake
            .results
            .iter()
            .any(|p| p.given_name.as_deref() == Some("Łukasz Kowalski")),
        "{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::Esc]);
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    typed(&mut d, "Semhar Tesfay 12/05/1990");
    alt(&mut d, 'n');
    let form = d.state.intake.form.as_ref().unwrap();
    assert_eq!(form.draft().given_name, "Semhar Tesfay");
    assert_eq!(form.draft().birth, "12/05/1990");
}
