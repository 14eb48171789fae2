//! Key sequences → state: how a person drives the desk.

use super::*;
use crate::desk::Overlay;
use crate::i18n::Lang;
use crossterm::event::{KeyCode, KeyModifiers};

fn desk() -> State {
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .unwrap();
    State::new(Lang::Fr, now, (80, 24)).logged_in(crate::desk::gate::Session {
        staff_id: 1,
        name: "test".into(),
        role: crate::domain::roles::Role::Coordinator,
        language: None,
    })
}

fn press(state: &mut State, code: KeyCode) -> Vec<Effect> {
    update(state, Message::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn type_text(state: &mut State, text: &str) {
    for c in text.chars() {
        press(state, KeyCode::Char(c));
    }
}

#[test]
fn the_desk_opens_on_intake_with_the_search_line_ready() {
    let mut s = desk();
    assert_eq!(s.tab, Tab::Intake);
    type_text(&mut s, "moh");
    assert_eq!(s.intake.search.text(), "moh");
}

#[test]
fn language_key_switches_live_and_keeps_what_was_typed() {
    let mut s = desk();
    type_text(&mut s, "Tesfay");
    press(&mut s, KeyCode::F(2));
    assert_eq!(s.overlays, vec![Overlay::Language { selected: 0 }]);
    // Français, Nederlands, English, العربية: three steps down.
    for _ in 0..3 {
        press(&mut s, KeyCode::Down);
    }
    let effects = press(&mut s, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::SetLanguage(Lang::Ar)]);
    assert_eq!(s.ctx.lang, Lang::Ar);
    assert!(s.overlays.is_empty());
    assert_eq!(s.intake.search.text(), "Tesfay");
    // Straight to Tigrinya with its number, then back to French.
    press(&mut s, KeyCode::F(2));
    assert_eq!(
        press(&mut s, KeyCode::Char('5')),
        vec![Effect::SetLanguage(Lang::Ti)]
    );
    press(&mut s, KeyCode::F(2));
    press(&mut s, KeyCode::Char('1'));
    assert_eq!(s.ctx.lang, Lang::Fr);
    assert_eq!(s.intake.search.text(), "Tesfay");
}

#[test]
fn picker_wraps_and_escape_cancels_without_switching() {
    let mut s = desk();
    press(&mut s, KeyCode::F(2));
    press(&mut s, KeyCode::Up);
    assert_eq!(s.overlays, vec![Overlay::Language { selected: 5 }]);
    let effects = press(&mut s, KeyCode::Esc);
    assert!(effects.is_empty());
    assert!(s.overlays.is_empty());
    assert_eq!(s.ctx.lang, Lang::Fr);
}

#[test]
fn choosing_the_current_language_changes_nothing() {
    let mut s = desk();
    press(&mut s, KeyCode::F(2));
    assert!(press(&mut s, KeyCode::Enter).is_empty());
    assert!(s.overlays.is_empty());
}

#[test]
fn letters_typed_under_an_overlay_do_not_reach_the_field() {
    let mut s = desk();
    press(&mut s, KeyCode::F(1));
    type_text(&mut s, "abc");
    assert!(s.intake.search.is_empty());
    press(&mut s, KeyCode::Esc);
    assert!(s.overlays.is_empty());
    type_text(&mut s, "abc");
    assert_eq!(s.intake.search.text(), "abc");
}

#[test]
fn help_toggles_and_scrolls() {
    let mut s = desk();
    press(&mut s, KeyCode::F(1));
    press(&mut s, KeyCode::Down);
    press(&mut s, KeyCode::Down);
    press(&mut s, KeyCode::Up);
    assert_eq!(s.overlays, vec![Overlay::Help { scroll: 1 }]);
    press(&mut s, KeyCode::F(1));
    assert!(s.overlays.is_empty());
}

#[test]
fn language_key_works_from_the_help_screen() {
    let mut s = desk();
    press(&mut s, KeyCode::F(1));
    press(&mut s, KeyCode::F(2));
    assert!(matches!(s.overlays.last(), Some(Overlay::Language { .. })));
    press(&mut s, KeyCode::Esc);
    assert!(matches!(s.overlays.last(), Some(Overlay::Help { .. })));
}

#[test]
fn one_key_per_screen_and_back() {
    let mut s = desk();
    type_text(&mut s, "kh");
    press(&mut s, KeyCode::F(6));
    assert_eq!(s.tab, Tab::Coverage);
    update(
        &mut s,
        Message::Key(KeyEvent::new(KeyCode::Char('2'), KeyModifiers::ALT)),
    );
    assert_eq!(s.tab, Tab::Queues);
    press(&mut s, KeyCode::F(3));
    assert_eq!(s.tab, Tab::Intake);
    assert_eq!(s.intake.search.text(), "kh");
}

#[test]
fn quit_keys() {
    for key in [
        KeyEvent::new(KeyCode::F(10), KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL),
        KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
    ] {
        let mut s = desk();
        update(&mut s, Message::Key(key));
        assert!(s.quit);
    }
}

#[test]
fn escape_dismisses_a_notice() {
    let mut s = desk();
    s.notices = vec![
        crate::i18n::Msg::new("config-syntax"),
        crate::i18n::Msg::new("config-unreadable"),
    ];
    press(&mut s, KeyCode::Esc);
    assert_eq!(s.notices, vec![crate::i18n::Msg::new("config-unreadable")]);
    press(&mut s, KeyCode::Esc);
    assert!(s.notices.is_empty());
}

#[test]
fn resize_and_tick_update_size_and_clock() {
    let mut s = desk();
    update(&mut s, Message::Resize(60, 20));
    assert!(s.too_small());
    update(&mut s, Message::Resize(120, 40));
    assert!(!s.too_small());
    let later = s.ctx.now + chrono::Duration::minutes(5);
    update(&mut s, Message::Tick(later));
    assert_eq!(s.ctx.now, later);
}

#[test]
fn key_release_events_are_ignored() {
    let mut s = desk();
    let mut release = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    update(&mut s, Message::Key(release));
    assert!(s.intake.search.is_empty());
}
