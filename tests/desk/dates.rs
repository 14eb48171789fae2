//! Dates typed at the desk as the desk shows them, and what is pointed out before saving.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{Desk, keys, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::i18n::Lang;

fn alt(desk: &mut Desk, c: char) {
    desk.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

/// The new-person form with a name, the focus on the birth field.
fn new_person_at_birth(d: &mut Desk, name: &str) {
    alt(d, 'n');
    typed(d, name);
    keys(d, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]);
}

/// The person registered last, as stored.
fn registered(d: &Desk, name: &str) -> seuil::store::Person {
    let id: i64 = d
        .services
        .store
        .conn()
        .query_row("SELECT id FROM person WHERE given_name = ?1", [name], |r| {
            r.get(0)
        })
        .unwrap();
    d.services.store.person(id).unwrap().unwrap()
}

#[test]
fn a_birth_typed_as_the_screen_shows_dates_is_saved() {
    let mut d = Desk::with_register(Lang::Fr);
    new_person_at_birth(&mut d, "Semhar");
    typed(&mut d, "12/05/1987");
    // The form, then the "send to" window: registered with a visit.
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    assert!(d.state.intake.form.is_none(), "{}", d.screen());
    assert_eq!(
        registered(&d, "Semhar").birth.as_deref(),
        Some("1987-05-12")
    );
}

#[test]
fn a_partial_birth_in_the_desk_order_is_saved() {
    let mut d = Desk::with_register(Lang::Pl);
    new_person_at_birth(&mut d, "Żaneta");
    typed(&mut d, "5.1987");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(registered(&d, "Żaneta").birth.as_deref(), Some("1987-05"));
}

#[test]
fn a_birth_that_does_not_exist_says_so_with_the_date() {
    let mut d = Desk::with_register(Lang::Fr);
    new_person_at_birth(&mut d, "Amina");
    typed(&mut d, "30/02/1987");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.form.is_some(), "not saved");
    let screen = d.screen();
    assert!(
        screen.contains("cette date n'existe pas : 30/02/1987"),
        "{screen}"
    );
    assert!(!screen.contains("AAAA"), "{screen}");
    // In Dutch the same date, in the Dutch order.
    keys(&mut d, &[KeyCode::F(2), KeyCode::Char('2')]);
    assert!(
        d.screen().contains("deze datum bestaat niet: 30-02-1987"),
        "{}",
        d.screen()
    );
}

#[test]
fn an_unreadable_birth_shows_the_forms_in_the_desk_order() {
    let mut d = Desk::with_register(Lang::En);
    new_person_at_birth(&mut d, "Amina");
    typed(&mut d, "May 87");
    keys(&mut d, &[KeyCode::Enter]);
    let screen = d.screen();
    assert!(
        screen.contains("the month (05/1987) or the date"),
        "{screen}"
    );
    assert!(screen.contains("(25/05/1987)."), "{screen}");
}

fn ctrl_u(d: &mut Desk) {
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
}

#[test]
fn an_appointment_is_booked_on_a_day_typed_as_shown() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "luk");
    alt(&mut d, 'r');
    keys(&mut d, &[KeyCode::Tab]);
    ctrl_u(&mut d);
    typed(&mut d, "31/11/2026");
    keys(&mut d, &[KeyCode::Enter]);
    let form = d.state.intake.booking.as_ref().unwrap();
    assert_eq!(form.error.as_ref().unwrap().id, "date-error-no-such-day");
    assert!(
        d.screen().contains("Cette date n'existe pas : 31/11/2026."),
        "{}",
        d.screen()
    );
    ctrl_u(&mut d);
    typed(&mut d, "25.11.26");
    keys(&mut d, &[KeyCode::Tab]);
    ctrl_u(&mut d);
    typed(&mut d, "14h30");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.booking.is_none(), "{}", d.screen());
    let day = d.services.store.appointments_on("M", "2026-11-25").unwrap();
    assert_eq!(day.len(), 1);
    assert_eq!(day[0].time, "14:30");
}

#[test]
fn coverage_dates_are_typed_as_shown_and_a_wrong_one_is_pointed_at() {
    use seuil::desk::screens::coverage::route_form::RouteField;
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "benali");
    alt(&mut d, 'o');
    keys(&mut d, &[KeyCode::Char('a')]);
    typed(&mut d, "cpas");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "requested");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "1080");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "14/10/2026");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "30/02/2026");
    keys(&mut d, &[KeyCode::Tab]);
    keys(&mut d, &[KeyCode::Enter]);
    let form = d.state.coverage.form.as_ref().unwrap();
    assert_eq!(
        form.focus.get(),
        RouteField::Acknowledged,
        "the wrong field"
    );
    assert!(
        d.screen().contains("Cette date n'existe pas : 30/02/2026."),
        "{}",
        d.screen()
    );
    ctrl_u(&mut d);
    typed(&mut d, "16-10-2026");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.coverage.form.is_none(), "{}", d.screen());
    let p = d.state.coverage.person.as_ref().unwrap();
    let c = &p.routes[0].coverage;
    assert_eq!(c.requested.unwrap().to_string(), "2026-10-14");
    assert_eq!(c.acknowledged.unwrap().to_string(), "2026-10-16");
}

#[test]
fn a_day_in_the_audit_filter_is_read_as_every_date() {
    use seuil::desk::screens::admin::staff::Sections;
    use seuil::desk::widgets::input::TextInput;
    let today = crate::support::now().date();
    let sections = Sections {
        audit_filter: TextInput::with_text("marie 23/11/2026"),
        ..Sections::default()
    };
    let filter = sections.audit_query(today);
    assert_eq!(filter.day.as_deref(), Some("2026-11-23"));
    assert_eq!(filter.staff.as_deref(), Some("marie"));
}

#[test]
fn dates_a_form_fills_in_are_written_as_the_screen_writes_them() {
    let mut d = Desk::with_register(Lang::Nl);
    typed(&mut d, "luk");
    alt(&mut d, 'r');
    let form = d.state.intake.booking.as_ref().unwrap();
    assert_eq!(form.inputs[1].text(), "23-11-2026");
    keys(&mut d, &[KeyCode::Esc]);
    alt(&mut d, 'e');
    let form = d.state.intake.form.as_ref().unwrap();
    assert_eq!(form.draft().birth, "09-03-1979");
    // Saved unchanged: the same birth.
    keys(&mut d, &[KeyCode::Enter]);
    let p = registered(&d, "Łukasz Kowalski");
    assert_eq!(p.birth.as_deref(), Some("1979-03-09"));
}

/// A national number of someone born on 30 July 1985 (check digits computed).
fn niss_born_30_07_1985() -> String {
    format!("850730033{:02}", 97 - 850_730_033 % 97)
}

fn send_to_open(d: &Desk) -> bool {
    matches!(
        d.state.overlays.last(),
        Some(seuil::desk::Overlay::Route { .. })
    )
}

#[test]
fn a_birth_the_national_number_contradicts_is_pointed_out_then_kept_if_insisted() {
    let mut d = Desk::with_register(Lang::Fr);
    new_person_at_birth(&mut d, "Semhar");
    typed(&mut d, "12/05/1987");
    keys(
        &mut d,
        &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab, KeyCode::Tab],
    );
    typed(&mut d, &niss_born_30_07_1985());
    keys(&mut d, &[KeyCode::Enter]);
    assert!(!send_to_open(&d), "not saved at once");
    let screen = d.screen();
    assert!(
        screen.contains("Le numéro national donne comme naissance 30/07/1985, pas 12/05/1987."),
        "{screen}"
    );
    // A change to the form takes the warning away; the next Enter points it out again.
    keys(&mut d, &[KeyCode::Backspace]);
    typed(&mut d, &niss_born_30_07_1985()[10..]);
    assert!(d.state.intake.form.as_ref().unwrap().warning.is_none());
    keys(&mut d, &[KeyCode::Enter]);
    assert!(!send_to_open(&d));
    assert!(d.state.intake.form.as_ref().unwrap().warning.is_some());
    // Enter again: the worker insists; registered as typed.
    keys(&mut d, &[KeyCode::Enter]);
    assert!(send_to_open(&d), "{}", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    let p = registered(&d, "Semhar");
    assert_eq!(p.birth.as_deref(), Some("1987-05-12"));
    assert_eq!(p.niss.as_deref(), Some(niss_born_30_07_1985().as_str()));
    // Editing something else later does not point it out again.
    typed(&mut d, "semhar");
    alt(&mut d, 'e');
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "Semi");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.form.is_none(), "{}", d.screen());
    assert_eq!(registered(&d, "Semhar").alias.as_deref(), Some("Semi"));
}

#[test]
fn a_birth_the_national_number_agrees_with_is_saved_at_once() {
    let mut d = Desk::with_register(Lang::Fr);
    new_person_at_birth(&mut d, "Semhar");
    typed(&mut d, "07/1985");
    keys(
        &mut d,
        &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab, KeyCode::Tab],
    );
    typed(&mut d, &niss_born_30_07_1985());
    keys(&mut d, &[KeyCode::Enter]);
    assert!(send_to_open(&d), "{}", d.screen());
}

/// The booking form for the first person found by `search`.
fn book_for(d: &mut Desk, search: &str) {
    ctrl_u(d);
    typed(d, search);
    alt(d, 'r');
    assert!(d.state.intake.booking.is_some(), "{}", d.screen());
}

fn booking_warning(d: &Desk) -> Option<&'static str> {
    let form = d.state.intake.booking.as_ref()?;
    form.warning.as_ref().map(|m| m.id)
}

#[test]
fn an_appointment_overlapping_the_workers_or_the_persons_is_pointed_out_then_booked() {
    let mut d = Desk::with_register(Lang::Fr);
    // Łukasz at 10:00 for 20 minutes with Dr Lambert.
    book_for(&mut d, "luk");
    keys(
        &mut d,
        &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab, KeyCode::Tab],
    );
    typed(&mut d, "Dr Lambert");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.booking.is_none(), "{}", d.screen());
    // Fatima at 10:10 with the same worker: pointed out, not booked.
    book_for(&mut d, "fatima");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    ctrl_u(&mut d);
    typed(&mut d, "10:10");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "dr lambert");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(booking_warning(&d), Some("booking-overlap-worker"));
    let screen = d.screen();
    assert!(
        screen.contains("Dr Lambert a déjà un rendez-vous de 10:00 à 10:20"),
        "{screen}"
    );
    let today = crate::support::now().format("%Y-%m-%d").to_string();
    assert_eq!(
        d.services.store.appointments_on("M", &today).unwrap().len(),
        1
    );
    // Enter again: booked all the same.
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.booking.is_none(), "{}", d.screen());
    assert_eq!(
        d.services.store.appointments_on("M", &today).unwrap().len(),
        2
    );

    // Łukasz again at 10:00, with nobody named: his own appointment is pointed out.
    book_for(&mut d, "luk");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(booking_warning(&d), Some("booking-overlap-person"));
    assert!(
        d.screen()
            .contains("Cette personne a déjà un rendez-vous de 10:00 à 10:20"),
        "{}",
        d.screen()
    );
    // Moved to 10:20, back to back: nothing to point out once the time changed.
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    ctrl_u(&mut d);
    assert_eq!(booking_warning(&d), None, "a change takes the warning away");
    typed(&mut d, "10:20");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.booking.is_none(), "{}", d.screen());
    assert_eq!(
        d.services.store.appointments_on("M", &today).unwrap().len(),
        3
    );
}
