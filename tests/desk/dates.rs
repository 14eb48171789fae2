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
