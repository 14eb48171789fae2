//! Pasted text goes into the field that has the focus, as text: it never saves, moves on,
//! picks a service or works a choice, whatever it holds.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{Desk, keys, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::domain::person::Field;
use seuil::i18n::Lang;

fn alt(desk: &mut Desk, c: char) {
    desk.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

fn counts(d: &Desk) -> (i64, i64, i64) {
    let n = |t: &str| {
        d.services
            .store
            .conn()
            .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap()
    };
    (n("person"), n("visit"), n("queue_entry"))
}

#[test]
fn a_tab_and_a_line_break_pasted_into_the_person_form_neither_move_on_nor_save() {
    let mut d = Desk::with_register(Lang::Fr);
    let before = counts(&d);
    alt(&mut d, 'n');
    d.paste("Abeba\tHaile\r\n3");
    let form = d
        .state
        .intake
        .form
        .as_ref()
        .expect("the form is still open");
    assert_eq!(form.focus, Field::GivenName, "the focus stayed");
    assert_eq!(form.draft().given_name, "Abeba Haile 3");
    assert!(d.state.overlays.is_empty(), "no send-to window");
    assert_eq!(counts(&d), before, "nothing saved, no ticket");
}

#[test]
fn pasted_text_in_the_search_line_searches_once_and_opens_nothing() {
    let mut d = Desk::with_register(Lang::Fr);
    d.paste("tesfay\n1");
    assert_eq!(d.state.intake.search.text(), "tesfay 1");
    assert!(d.state.overlays.is_empty());
    d.paste("\u{1b}[A\u{7}");
    assert_eq!(
        d.state.intake.search.text(),
        "tesfay 1[A",
        "escape and bell dropped"
    );
}

#[test]
fn a_paste_into_the_send_to_window_picks_no_service() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "tesfay");
    keys(&mut d, &[KeyCode::Enter]);
    let before = counts(&d);
    d.paste("2");
    d.paste("\n");
    assert!(d.state.overlays.last().is_some(), "the window stays");
    assert_eq!(counts(&d), before);
    // With the note open (Tab), the same paste is the note.
    keys(&mut d, &[KeyCode::Tab]);
    d.paste("wound\tdressing\n2");
    match d.state.overlays.last() {
        Some(seuil::desk::Overlay::Route { note, .. }) => {
            assert_eq!(note.text(), "wound dressing 2")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(counts(&d), before);
}

#[test]
fn a_space_pasted_on_a_choice_changes_nothing() {
    let mut d = Desk::with_register(Lang::Fr);
    alt(&mut d, 'n');
    keys(
        &mut d,
        &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab, KeyCode::Tab],
    );
    let form = d.state.intake.form.as_ref().unwrap();
    assert_eq!(form.focus, Field::Sex);
    d.paste("x y");
    assert_eq!(d.state.intake.form.as_ref().unwrap().sex, None);
}

#[test]
fn a_name_too_long_is_kept_whole_and_refused_with_its_length() {
    let mut d = Desk::with_register(Lang::Fr);
    let before = counts(&d);
    alt(&mut d, 'n');
    let long = "Abdelrahman ".repeat(42);
    d.paste(&long);
    keys(&mut d, &[KeyCode::Enter]);
    let form = d.state.intake.form.as_ref().expect("the form stays");
    assert_eq!(form.draft().given_name, long.trim(), "nothing cut");
    assert!(!form.errors.is_empty(), "refused, saying why");
    assert!(d.screen().contains("200"), "{}", d.screen());
    assert!(d.screen().contains('…'), "shown shortened with a mark");
    assert_eq!(counts(&d), before);
}

#[test]
fn a_zero_width_space_between_two_names_parts_them_and_both_find_the_person() {
    let mut d = Desk::with_register(Lang::Fr);
    alt(&mut d, 'n');
    d.paste("Zewdi\u{200B}Tesfamariam");
    assert_eq!(
        d.state.intake.form.as_ref().unwrap().draft().given_name,
        "Zewdi Tesfamariam"
    );
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    for query in ["tesfamariam", "zewdi"] {
        typed(&mut d, query);
        assert!(
            d.state
                .intake
                .results
                .iter()
                .any(|p| p.given_name.as_deref() == Some("Zewdi Tesfamariam")),
            "{query}\n{}",
            d.screen()
        );
        d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    }
}
