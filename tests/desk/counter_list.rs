//! The coordinator's window over the Counter screen (Alt+I): an item added with its kind, key
//! and names in six languages, renamed, re-keyed, taken off the list; naloxone kits received;
//! bad input refused under the form with nothing written; closed to other roles; the window
//! in French, Arabic and Tigrinya at 80×24.

use crate::support::{Desk, keys, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::overlays::Overlay;
use seuil::desk::state::Tab;
use seuil::domain::roles::Role;
use seuil::i18n::Lang;

fn alt(d: &mut Desk, c: char) {
    d.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

/// The coordinator's Counter screen with the list's window open.
fn list(lang: Lang) -> Desk {
    let mut d = Desk::with_register(lang);
    keys(&mut d, &[KeyCode::F(11)]);
    assert_eq!(d.state.tab, Tab::Counter);
    alt(&mut d, 'i');
    assert!(
        matches!(d.state.overlays.last(), Some(Overlay::CounterList(l)) if l.items.len() == 18),
        "{}",
        d.screen()
    );
    d
}

fn open(d: &Desk) -> &seuil::desk::overlays::counter_list::CounterList {
    match d.state.overlays.last() {
        Some(Overlay::CounterList(l)) => l,
        other => panic!("not the list: {other:?}"),
    }
}

fn select(d: &mut Desk, code: &str) {
    let at = open(d).items.iter().position(|i| i.code == code).unwrap();
    keys(d, &[KeyCode::Home]);
    for _ in 0..at {
        keys(d, &[KeyCode::Down]);
    }
    assert_eq!(open(d).selected, at);
}

#[test]
fn an_item_added_with_its_kind_key_and_names_is_given_with_its_key_at_once() {
    let mut d = list(Lang::Fr);
    keys(&mut d, &[KeyCode::Char('a')]);
    typed(&mut d, "gloves");
    // The kind: ←→ (care is the eighth), the exchange mark: Space takes it off.
    keys(&mut d, &[KeyCode::Tab]);
    for _ in 0..7 {
        keys(&mut d, &[KeyCode::Right]);
    }
    assert!(d.screen().contains("◂ soins ▸"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    typed(&mut d, "u");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "Gants");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "Handschoenen");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "قفازات");
    keys(&mut d, &[KeyCode::Enter]);
    let item = d.services.store.counter_item("gloves").unwrap();
    assert_eq!(item.kind, "care");
    assert!(!item.exchange);
    assert_eq!(item.key, Some('u'));
    assert_eq!(
        item.names.get("nl").map(String::as_str),
        Some("Handschoenen")
    );
    assert_eq!(item.names.get("ar").map(String::as_str), Some("قفازات"));
    assert!(
        d.screen().contains("« gloves » est sur la liste"),
        "{}",
        d.screen()
    );
    assert!(open(&d).form.is_none());
    // Closed: the counter gives it with its key.
    keys(&mut d, &[KeyCode::Esc]);
    assert!(d.state.overlays.is_empty());
    assert_eq!(d.state.counter.items.len(), 19);
    typed(&mut d, "2u");
    keys(&mut d, &[KeyCode::Enter]);
    let given: i64 = d
        .services
        .store
        .conn()
        .query_row(
            "SELECT count FROM counter_line WHERE item = 'gloves'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(given, 2);
}

#[test]
fn bad_items_are_refused_under_the_form_which_stays_as_typed() {
    let mut d = list(Lang::Fr);
    // No French name.
    keys(&mut d, &[KeyCode::Char('a')]);
    typed(&mut d, "gloves");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "u");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.services.store.counter_item("gloves").is_err());
    assert!(open(&d).form.is_some(), "the form stays");
    assert!(d.screen().contains("nom en français"), "{}", d.screen());
    // A key already given to another item.
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "Gants");
    keys(&mut d, &[KeyCode::BackTab]);
    keys(&mut d, &[KeyCode::Backspace]);
    typed(&mut d, "a");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.services.store.counter_item("gloves").is_err());
    assert!(d.screen().contains("touche a est déjà"), "{}", d.screen());
    // Esc leaves the form: nothing written.
    keys(&mut d, &[KeyCode::Esc]);
    assert!(open(&d).form.is_none());
    assert_eq!(d.services.store.counter_items(true).unwrap().len(), 18);
}

#[test]
fn an_item_renamed_rekeyed_and_taken_off_the_list() {
    let mut d = list(Lang::Fr);
    select(&mut d, "foil");
    keys(&mut d, &[KeyCode::Enter]);
    typed(&mut d, "Papier alu");
    keys(&mut d, &[KeyCode::Enter]);
    let foil = d.services.store.counter_item("foil").unwrap();
    assert_eq!(foil.names.get("fr").map(String::as_str), Some("Papier alu"));
    assert!(d.screen().contains("Papier alu"), "{}", d.screen());
    // Another key: one taken is refused, a free one is kept.
    let before = foil.key;
    keys(&mut d, &[KeyCode::Char('k'), KeyCode::Backspace]);
    typed(&mut d, "a");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(d.services.store.counter_item("foil").unwrap().key, before);
    keys(&mut d, &[KeyCode::Backspace]);
    typed(&mut d, "z");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        d.services.store.counter_item("foil").unwrap().key,
        Some('z')
    );
    // Off the list, after a question; its figures stay.
    keys(&mut d, &[KeyCode::Delete]);
    assert!(
        d.screen().contains("Retirer « Papier alu »"),
        "{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::Esc]);
    assert!(!d.services.store.counter_item("foil").unwrap().removed);
    keys(&mut d, &[KeyCode::Delete, KeyCode::Enter]);
    assert!(d.services.store.counter_item("foil").unwrap().removed);
    assert_eq!(open(&d).items.len(), 17);
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(d.state.counter.items.len(), 17);
}

#[test]
fn naloxone_kits_received_with_their_lot_and_expiry() {
    let mut d = list(Lang::Fr);
    keys(&mut d, &[KeyCode::Char('b')]);
    typed(&mut d, "NX-2027");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "31/12/2027");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "0");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.screen().contains("« 0 » kits"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Backspace]);
    typed(&mut d, "24");
    keys(&mut d, &[KeyCode::Enter]);
    let today = d.state.ctx.now.date();
    let batches = d.services.store.naloxone_batches(today).unwrap();
    assert_eq!(batches.len(), 1);
    assert_eq!((batches[0].lot.as_str(), batches[0].kits), ("NX-2027", 24));
    assert!(d.screen().contains("NX-2027"), "{}", d.screen());
    assert!(
        d.screen().contains("reste 24 kits sur 24"),
        "{}",
        d.screen()
    );
    // An expired batch is refused; the same lot twice too.
    keys(&mut d, &[KeyCode::Char('b')]);
    typed(&mut d, "NX-OLD");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "01/01/2020");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "10");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(open(&d).form.is_some());
    assert_eq!(d.services.store.naloxone_batches(today).unwrap().len(), 1);
}

#[test]
fn only_roles_that_manage_the_counter_open_the_list() {
    for (role, opens) in [
        (Role::Reception, false),
        (Role::Nurse, false),
        (Role::Coordinator, true),
    ] {
        let mut d = Desk::with_register(Lang::Fr);
        d.state.ctx.session.as_mut().unwrap().role = role;
        keys(&mut d, &[KeyCode::F(11)]);
        let hint = d.screen().lines().last().unwrap_or_default().to_string();
        assert_eq!(hint.contains("liste"), opens, "{role:?}: {hint}");
        alt(&mut d, 'i');
        assert_eq!(
            matches!(d.state.overlays.last(), Some(Overlay::CounterList(_))),
            opens,
            "{role:?}"
        );
    }
}

#[test]
fn the_list_window_in_french_arabic_and_tigrinya() {
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::Ar, "ar"), (Lang::Ti, "ti")] {
        let mut d = list(lang);
        insta::assert_snapshot!(format!("counter_list_{code}"), d.screen());
        keys(&mut d, &[KeyCode::Char('a')]);
        insta::assert_snapshot!(format!("counter_list_add_{code}"), d.screen());
    }
}
