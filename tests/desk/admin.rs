//! The Admin screen: services named in every language, letters, rooms, open or closed, order.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{Desk, keys, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::i18n::Lang;

fn codes(d: &Desk) -> Vec<String> {
    d.state
        .ctx
        .services
        .iter()
        .map(|s| s.code.clone())
        .collect()
}

#[test]
fn close_a_service_and_it_refuses_new_tickets_but_still_shows() {
    let mut d = Desk::with_register(Lang::Fr);
    keys(&mut d, &[KeyCode::F(8), KeyCode::Down, KeyCode::Char(' ')]);
    assert!(!d.state.ctx.services[1].open, "nursing closed");
    keys(&mut d, &[KeyCode::F(3)]);
    typed(&mut d, "luk");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('2')]);
    assert_eq!(d.state.notices.last().unwrap().id, "queue-error-closed");
}

#[test]
fn add_a_service_with_names_and_refuse_a_taken_letter() {
    let mut d = Desk::with_register(Lang::Fr);
    keys(&mut d, &[KeyCode::F(8), KeyCode::Char('a')]);
    typed(&mut d, "m");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        d.state
            .admin
            .form
            .as_ref()
            .unwrap()
            .error
            .as_ref()
            .unwrap()
            .id,
        "service-error-no-name"
    );
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "Psychologue");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        d.state.notices.last().unwrap().id,
        "service-error-letter-taken"
    );
    keys(&mut d, &[KeyCode::BackTab, KeyCode::BackTab]);
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    typed(&mut d, "p");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "5");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "Psycholoog");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "أخصائي نفسي");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.admin.form.is_none());
    assert_eq!(codes(&d).last().map(String::as_str), Some("P"));
    let p = d.state.ctx.services.last().unwrap();
    assert_eq!(p.name(Lang::Nl), "Psycholoog");
    assert_eq!(p.name(Lang::Ar), "أخصائي نفسي");
    assert_eq!(p.name(Lang::Pl), "Psychologue", "falls back to French");
    assert_eq!(p.rooms, "5");
}

#[test]
fn remove_needs_two_presses_and_is_refused_while_people_wait() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "luk");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('6')]);
    keys(&mut d, &[KeyCode::F(8)]);
    for _ in 0..5 {
        keys(&mut d, &[KeyCode::Down]);
    }
    keys(&mut d, &[KeyCode::Delete]);
    assert_eq!(
        d.state.admin.status.as_ref().unwrap().id,
        "admin-remove-confirm"
    );
    keys(&mut d, &[KeyCode::Delete]);
    assert_eq!(
        d.state.notices.last().unwrap().id,
        "service-error-still-waiting"
    );
    assert_eq!(codes(&d).len(), 6);
    keys(
        &mut d,
        &[KeyCode::Up, KeyCode::Delete, KeyCode::Down, KeyCode::Delete],
    );
    assert_eq!(codes(&d).len(), 6, "another key in between cancels");
    keys(&mut d, &[KeyCode::Up, KeyCode::Delete, KeyCode::Delete]);
    assert_eq!(codes(&d), vec!["M", "N", "D", "S", "W"]);
}

#[test]
fn reorder_services() {
    let mut d = Desk::with_register(Lang::Fr);
    keys(&mut d, &[KeyCode::F(8), KeyCode::Down, KeyCode::Down]);
    d.key(KeyEvent::new(KeyCode::Up, KeyModifiers::ALT));
    assert_eq!(codes(&d), vec!["M", "D", "N", "S", "R", "W"]);
    keys(&mut d, &[KeyCode::Char('+'), KeyCode::Char('+')]);
    assert_eq!(codes(&d), vec!["M", "N", "S", "D", "R", "W"]);
}
