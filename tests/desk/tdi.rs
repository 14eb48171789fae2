//! The TDI form as a nurse lives it: from the person's page, one key opens a new treatment
//! episode prefilled from the record; pickers in the worker's language, every item skippable,
//! one transaction on Enter or Ctrl+S.

use crate::support::{Desk, keys, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::Overlay;
use seuil::domain::roles::Role;
use seuil::i18n::Lang;
use seuil::store::tdi::Episode;

fn alt(d: &mut Desk, c: char) {
    d.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

/// The page of Mohamed Benali (born 1987), then `t`.
fn form(lang: Lang) -> Desk {
    let mut d = Desk::with_register(lang);
    typed(&mut d, "benali");
    alt(&mut d, 'o');
    assert!(d.state.coverage.person.is_some(), "{}", d.screen());
    keys(&mut d, &[KeyCode::Char('t')]);
    d
}

fn is_open(d: &Desk) -> bool {
    matches!(d.state.overlays.last(), Some(Overlay::Tdi(_)))
}

fn episodes(d: &Desk) -> Vec<Episode> {
    let id = d.state.coverage.person.as_ref().unwrap().person.id;
    d.services.store.episodes_of(id).unwrap()
}

/// Tab `n` times.
fn tab(d: &mut Desk, n: usize) {
    for _ in 0..n {
        keys(d, &[KeyCode::Tab]);
    }
}

#[test]
fn the_form_opens_prefilled_and_saves_one_episode() {
    let mut d = form(Lang::Fr);
    assert!(is_open(&d), "{}", d.screen());
    let screen = d.screen();
    assert!(
        screen.contains("Nouvel épisode proposé : début de traitement"),
        "{screen}"
    );
    assert!(screen.contains("Année de naissance"), "{screen}");
    assert!(screen.contains("1987"), "prefilled: {screen}");
    // Type of centre: the fifth answer with →, in French words with its code.
    for _ in 0..5 {
        keys(&mut d, &[KeyCode::Right]);
    }
    assert!(
        d.screen().contains("Structure à bas seuil (5)"),
        "{}",
        d.screen()
    );
    // Referred by: letters find an answer by a word of its name.
    tab(&mut d, 3);
    typed(&mut d, "soi");
    assert!(d.screen().contains("De soi-même"), "{}", d.screen());
    assert!(episodes(&d).is_empty(), "nothing written before the save");
    d.key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    assert!(!is_open(&d), "{}", d.screen());
    let saved = episodes(&d);
    assert_eq!(saved.len(), 1);
    let e = &saved[0];
    assert_eq!(e.items.get("centre_type"), Some("5"));
    assert_eq!(e.items.get("referral"), Some("6"));
    assert_eq!(e.items.get("birth_year"), Some("1987"));
    assert_eq!(e.items.get("education"), None, "skipped: unknown");
    assert_eq!(e.started, crate::support::now().date());
    assert_eq!(e.opened_by, "test");
    assert!(
        d.screen().contains("Épisode TDI 1 enregistré"),
        "{}",
        d.screen()
    );
    // Opened again: no new episode is due, so the form completes this one, its answers shown;
    // an answer made unknown and saved changes the episode, no second one is opened.
    keys(&mut d, &[KeyCode::Char('t')]);
    let screen = d.screen();
    assert!(screen.contains("Pas de nouvel épisode proposé"), "{screen}");
    assert!(
        screen.contains("Vous complétez le dernier épisode"),
        "{screen}"
    );
    assert!(screen.contains("Structure à bas seuil (5)"), "{screen}");
    tab(&mut d, 3);
    keys(&mut d, &[KeyCode::Delete, KeyCode::Enter]);
    assert!(!is_open(&d), "{}", d.screen());
    let saved = episodes(&d);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].items.get("referral"), None, "made unknown");
    assert_eq!(saved[0].items.get("centre_type"), Some("5"), "kept");
    assert!(saved[0].changed_at.is_some());
}

#[test]
fn delete_makes_an_answer_unknown_and_esc_writes_nothing() {
    let mut d = form(Lang::Fr);
    keys(&mut d, &[KeyCode::Right, KeyCode::Delete]);
    tab(&mut d, 6);
    // The birth year is typed: taken back to unknown with Backspace.
    keys(&mut d, &[KeyCode::End]);
    for _ in 0..4 {
        keys(&mut d, &[KeyCode::Backspace]);
    }
    keys(&mut d, &[KeyCode::Enter]);
    let e = &episodes(&d)[0];
    assert_eq!(e.items.get("centre_type"), None);
    assert_eq!(e.items.get("birth_year"), None, "declined");
    let mut d = form(Lang::Fr);
    keys(&mut d, &[KeyCode::Right, KeyCode::Esc]);
    assert!(!is_open(&d));
    assert!(episodes(&d).is_empty());
}

#[test]
fn a_wrong_year_keeps_the_form_open_on_that_item_with_the_reason() {
    let mut d = form(Lang::Fr);
    tab(&mut d, 6);
    keys(
        &mut d,
        &[KeyCode::End, KeyCode::Backspace, KeyCode::Backspace],
    );
    keys(&mut d, &[KeyCode::Enter]);
    assert!(is_open(&d));
    let screen = d.screen();
    assert!(
        screen.contains("Année de naissance : « 19 » n'est pas une année"),
        "{screen}"
    );
    assert!(episodes(&d).is_empty());
    let Some(Overlay::Tdi(f)) = d.state.overlays.last() else {
        panic!()
    };
    assert_eq!(f.focus.get().key, "birth_year");
}

#[test]
fn items_follow_the_answers_given() {
    let mut d = form(Lang::Fr);
    let focus = |d: &Desk| match d.state.overlays.last() {
        Some(Overlay::Tdi(f)) => f.focus.get().key,
        _ => panic!(),
    };
    while focus(&d) != "injecting" {
        tab(&mut d, 1);
    }
    // Never injected: the age at first injection and sharing are not asked.
    keys(&mut d, &[KeyCode::Right]);
    tab(&mut d, 1);
    assert_eq!(focus(&d), "hiv_test");
    keys(&mut d, &[KeyCode::BackTab]);
    keys(
        &mut d,
        &[
            KeyCode::Right,
            KeyCode::Right,
            KeyCode::Right,
            KeyCode::Right,
        ],
    );
    tab(&mut d, 1);
    assert_eq!(
        focus(&d),
        "first_injection_age",
        "injected in the last 30 days"
    );
    typed(&mut d, "17");
    keys(&mut d, &[KeyCode::Enter]);
    let e = &episodes(&d)[0];
    assert_eq!(e.items.get("injecting"), Some("2.3"));
    assert_eq!(e.items.get("first_injection_age"), Some("17"));
}

#[test]
fn only_nurses_and_coordinators_open_it() {
    for (role, allowed) in [
        (Role::Nurse, true),
        (Role::Reception, false),
        (Role::Social, false),
    ] {
        let mut d = Desk::with_register(Lang::Fr);
        d.state.ctx.session.as_mut().unwrap().role = role;
        typed(&mut d, "benali");
        alt(&mut d, 'o');
        let hint = d.screen().contains("t TDI");
        keys(&mut d, &[KeyCode::Char('t')]);
        assert_eq!(is_open(&d), allowed, "{role:?}\n{}", d.screen());
        assert_eq!(
            hint, allowed,
            "{role:?}: the hint bar offers it only to them"
        );
    }
}

#[test]
fn snapshots_in_french_arabic_and_tigrinya() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut d = form(lang);
        keys(&mut d, &[KeyCode::Right]);
        insta::assert_snapshot!(format!("tdi_form_{lang}"), d.screen());
        // Further down: the main drug, the form scrolled with the focus.
        tab(&mut d, 13);
        keys(&mut d, &[KeyCode::Right, KeyCode::Right]);
        insta::assert_snapshot!(format!("tdi_form_drugs_{lang}"), d.screen());
    }
}
