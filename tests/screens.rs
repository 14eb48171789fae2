//! Whole-screen snapshots at 80×24: what a person sees, per language and state.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use seuil::app::{self, BorderStyle, Message, State, Tab};
use seuil::i18n::{I18n, Lang, Msg};

fn desk(lang: Lang) -> State {
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .unwrap();
    let mut s = State::new(lang, now, (80, 24));
    s.site_name = Some("Gare du Midi".into());
    s.desk_name = Some("1".into());
    s
}

fn keys(state: &mut State, codes: &[KeyCode]) {
    for code in codes {
        app::update(
            state,
            Message::Key(KeyEvent::new(*code, KeyModifiers::NONE)),
        );
    }
}

fn typed(state: &mut State, text: &str) {
    for c in text.chars() {
        keys(state, &[KeyCode::Char(c)]);
    }
}

fn screen_of(state: &State, width: u16, height: u16) -> String {
    let i18n = I18n::new(state.lang);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| seuil::ui::view(state, &i18n, f)).unwrap();
    terminal.backend().to_string()
}

fn screen(state: &State) -> String {
    screen_of(state, 80, 24)
}

#[test]
fn intake_in_every_language() {
    for lang in Lang::ALL {
        let mut s = desk(lang);
        typed(&mut s, "Tesfay");
        insta::assert_snapshot!(format!("intake_{lang}"), screen(&s));
    }
}

#[test]
fn intake_empty_shows_the_placeholder() {
    insta::assert_snapshot!(screen(&desk(Lang::Fr)));
}

#[test]
fn help_overlay() {
    for lang in [Lang::Fr, Lang::En, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        keys(&mut s, &[KeyCode::F(1)]);
        insta::assert_snapshot!(format!("help_{lang}"), screen(&s));
    }
}

#[test]
fn language_picker() {
    for lang in [Lang::Fr, Lang::Ar] {
        let mut s = desk(lang);
        keys(&mut s, &[KeyCode::F(2), KeyCode::Down]);
        insta::assert_snapshot!(format!("language_picker_{lang}"), screen(&s));
    }
}

#[test]
fn screens_not_there_yet_say_so() {
    for (lang, tab) in [
        (Lang::Fr, Tab::Queues),
        (Lang::Ar, Tab::Coverage),
        (Lang::En, Tab::Admin),
    ] {
        let mut s = desk(lang);
        s.tab = tab;
        insta::assert_snapshot!(format!("placeholder_{lang}_{tab:?}"), screen(&s));
    }
}

#[test]
fn too_small_asks_to_enlarge() {
    let s = desk(Lang::Fr);
    insta::assert_snapshot!("too_small_fr", screen_of(&s, 60, 18));
    let s = desk(Lang::Ar);
    insta::assert_snapshot!("too_small_ar", screen_of(&s, 79, 24));
}

#[test]
fn larger_terminal_uses_the_room() {
    let mut s = desk(Lang::En);
    s.size = (100, 30);
    insta::assert_snapshot!(screen_of(&s, 100, 30));
}

#[test]
fn notice_of_a_broken_config_file() {
    let mut s = desk(Lang::Fr);
    s.notices.push(
        Msg::new("config-syntax")
            .arg("path", "/home/accueil/.config/seuil/desk.toml")
            .arg("line", 3usize)
            .arg("detail", "invalid string"),
    );
    insta::assert_snapshot!(screen(&s));
}

#[test]
fn ascii_borders_for_the_linux_console() {
    let mut s = desk(Lang::Fr);
    s.borders = BorderStyle::Ascii;
    keys(&mut s, &[KeyCode::F(2)]);
    insta::assert_snapshot!(screen(&s));
}

#[test]
fn long_search_text_keeps_the_cursor_in_view() {
    let mut s = desk(Lang::Fr);
    typed(&mut s, &"Abdelrahman Mohamed Ould Cheikh ".repeat(4));
    insta::assert_snapshot!(screen(&s));
}
