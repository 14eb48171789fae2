//! Whole-screen snapshots at 80×24: what a person sees, per language and state.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{Desk, keys, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use seuil::desk::{BorderStyle, State};
use seuil::i18n::{I18n, Lang, Msg};

/// A desk on a small register, so that searches show real rows.
fn desk(lang: Lang) -> Desk {
    Desk::with_register(lang)
}

fn screen_of(state: &State, width: u16, height: u16) -> String {
    let i18n = I18n::new(state.ctx.lang);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| seuil::desk::view::view(state, &i18n, f))
        .unwrap();
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
        insta::assert_snapshot!(format!("intake_{lang}"), screen(&s.state));
    }
}

#[test]
fn intake_empty_shows_the_placeholder() {
    insta::assert_snapshot!(screen(&desk(Lang::Fr).state));
}

#[test]
fn help_overlay() {
    for lang in [Lang::Fr, Lang::En, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        keys(&mut s, &[KeyCode::F(1)]);
        insta::assert_snapshot!(format!("help_{lang}"), screen(&s.state));
    }
}

#[test]
fn language_picker() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        keys(&mut s, &[KeyCode::F(2), KeyCode::Down]);
        insta::assert_snapshot!(format!("language_picker_{lang}"), screen(&s.state));
    }
}

#[test]
fn partner_directory_in_french_arabic_and_tigrinya() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        s.key(KeyEvent::new(KeyCode::F(7), KeyModifiers::NONE));
        insta::assert_snapshot!(format!("partners_{lang}"), screen(&s.state));
        keys(&mut s, &[KeyCode::Char('a')]);
        typed(&mut s, "Hôpital Saint-Pierre");
        insta::assert_snapshot!(format!("partner_form_{lang}"), screen(&s.state));
        keys(&mut s, &[KeyCode::Enter]);
        assert!(s.state.partners.form.is_none(), "saved");
        assert!(
            s.state
                .ctx
                .partners
                .iter()
                .any(|p| p.name == "Hôpital Saint-Pierre")
        );
    }
}

#[test]
fn too_small_asks_to_enlarge() {
    let s = desk(Lang::Fr);
    insta::assert_snapshot!("too_small_fr", screen_of(&s.state, 60, 18));
    let s = desk(Lang::Ar);
    insta::assert_snapshot!("too_small_ar", screen_of(&s.state, 79, 24));
}

#[test]
fn larger_terminal_uses_the_room() {
    let mut s = desk(Lang::En);
    s.state.size = (100, 30);
    typed(&mut s, "moh");
    insta::assert_snapshot!(screen_of(&s.state, 100, 30));
}

#[test]
fn notice_of_a_broken_config_file() {
    let mut s = desk(Lang::Fr);
    s.state.notices.push(
        Msg::new("config-syntax")
            .arg("path", "/home/accueil/.config/seuil/desk.toml")
            .arg("line", 3usize)
            .arg("detail", "invalid string"),
    );
    insta::assert_snapshot!(screen(&s.state));
}

#[test]
fn ascii_borders_for_the_linux_console() {
    let mut s = desk(Lang::Fr);
    s.state.borders = BorderStyle::Ascii;
    keys(&mut s, &[KeyCode::F(2)]);
    insta::assert_snapshot!(screen(&s.state));
}

#[test]
fn long_search_text_keeps_the_cursor_in_view() {
    let mut s = desk(Lang::Fr);
    typed(&mut s, &"Abdelrahman Mohamed Ould Cheikh ".repeat(4));
    insta::assert_snapshot!(screen(&s.state));
}

#[test]
fn intake_results_in_french_arabic_and_tigrinya() {
    for (lang, query) in [
        (Lang::Fr, "moh"),
        (Lang::Ar, "محمد"),
        (Lang::Ti, "tesfay"),
        (Lang::Nl, "kowalsky"),
    ] {
        let mut s = desk(lang);
        typed(&mut s, query);
        keys(&mut s, &[KeyCode::Down]);
        insta::assert_snapshot!(format!("intake_results_{lang}"), screen(&s.state));
    }
}

#[test]
fn intake_nobody_found() {
    let mut s = desk(Lang::Fr);
    typed(&mut s, "zzqx");
    insta::assert_snapshot!(screen(&s.state));
}

#[test]
fn send_to_window_then_visit_recorded() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        typed(&mut s, "lukasz");
        keys(&mut s, &[KeyCode::Enter, KeyCode::Char(' ')]);
        insta::assert_snapshot!(format!("send_to_{lang}"), screen(&s.state));
    }
    let mut s = desk(Lang::Ar);
    typed(&mut s, "lukasz");
    keys(&mut s, &[KeyCode::Enter, KeyCode::Enter]);
    insta::assert_snapshot!("visit_recorded_status", screen(&s.state));
}

/// A medical queue: one emergency called, one being seen, two waiting, one stepped out.
fn busy_queue(lang: Lang) -> Desk {
    let mut s = desk(lang);
    for (query, priority) in [
        ("moh", 0),
        ("tesfay", 0),
        ("lukasz", 0),
        ("fatima", 2),
        ("محمد", 1),
    ] {
        typed(&mut s, query);
        keys(&mut s, &[KeyCode::Enter]);
        for _ in 0..priority {
            keys(&mut s, &[KeyCode::Char(' ')]);
        }
        keys(&mut s, &[KeyCode::Char('1')]);
    }
    keys(&mut s, &[KeyCode::F(4)]);
    // One in consultation, then a second called here all the same (the desk asks; `n` again).
    keys(
        &mut s,
        &[
            KeyCode::Char('n'),
            KeyCode::Char('s'),
            KeyCode::Char('n'),
            KeyCode::Char('n'),
        ],
    );
    keys(
        &mut s,
        &[
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Char('o'),
        ],
    );
    s.state.ctx.now += chrono::Duration::minutes(17);
    s
}

#[test]
fn queue_screen() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti, Lang::Nl] {
        let s = busy_queue(lang);
        insta::assert_snapshot!(format!("queue_{lang}"), screen(&s.state));
    }
}

#[test]
fn new_person_form_with_likely_duplicates() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        typed(&mut s, "Tesfaye 1990");
        s.key(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::ALT));
        insta::assert_snapshot!(format!("form_new_{lang}"), screen(&s.state));
    }
}

#[test]
fn form_shows_what_is_wrong() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        s.key(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::ALT));
        keys(&mut s, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]);
        typed(&mut s, "2023-02-29");
        keys(
            &mut s,
            &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab, KeyCode::Tab],
        );
        typed(&mut s, "85073003399");
        keys(&mut s, &[KeyCode::Enter]);
        insta::assert_snapshot!(format!("form_errors_{lang}"), screen(&s.state));
    }
}

#[test]
fn same_person_confirmation() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        typed(&mut s, "moh");
        keys(&mut s, &[KeyCode::Down]);
        s.key(KeyEvent::new(KeyCode::Char('m'), KeyModifiers::ALT));
        keys(&mut s, &[KeyCode::Up]);
        s.key(KeyEvent::new(KeyCode::Char('m'), KeyModifiers::ALT));
        insta::assert_snapshot!(format!("merge_confirm_{lang}"), screen(&s.state));
    }
}

#[test]
fn day_figures() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut s = busy_queue(lang);
        keys(
            &mut s,
            &[
                KeyCode::Up,
                KeyCode::Up,
                KeyCode::Up,
                KeyCode::Char('d'),
                KeyCode::Char('e'),
            ],
        );
        insta::assert_snapshot!(format!("day_{lang}"), screen(&s.state));
    }
}

#[test]
fn admin_services_and_form() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        keys(&mut s, &[KeyCode::F(8), KeyCode::Down, KeyCode::Char(' ')]);
        insta::assert_snapshot!(format!("admin_{lang}"), screen(&s.state));
        keys(&mut s, &[KeyCode::Enter]);
        insta::assert_snapshot!(format!("admin_form_{lang}"), screen(&s.state));
    }
}

#[test]
fn appointments_booking_and_day() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        typed(&mut s, "luk");
        s.key(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::ALT));
        insta::assert_snapshot!(format!("booking_{lang}"), screen(&s.state));
        keys(&mut s, &[KeyCode::Enter]);
        s.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        typed(&mut s, "tesfay");
        s.key(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::ALT));
        keys(&mut s, &[KeyCode::Enter]);
        keys(&mut s, &[KeyCode::Enter]);
        insta::assert_snapshot!(format!("send_to_with_appointment_{lang}"), screen(&s.state));
        keys(&mut s, &[KeyCode::Esc, KeyCode::F(5)]);
        insta::assert_snapshot!(format!("appointments_day_{lang}"), screen(&s.state));
    }
}

#[test]
fn send_to_someone_not_registered_yet() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        s.key(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::ALT));
        typed(&mut s, "Semhar");
        keys(&mut s, &[KeyCode::Enter]);
        s.key(KeyEvent::new(KeyCode::Char('3'), KeyModifiers::ALT));
        insta::assert_snapshot!(format!("send_to_new_{lang}"), screen(&s.state));
    }
}

/// The top bar of a site that exchanges with the others: when it last did, what waits, what is
/// to review; on 80 columns the product's tagline gives way, the clock and language stay.
#[test]
fn the_top_bar_says_when_the_site_last_exchanged_and_what_waits() {
    for lang in [Lang::Fr, Lang::Ar, Lang::Ti] {
        let mut s = desk(lang);
        s.send(seuil::desk::message::Message::Exchanged(
            seuil::desk::ctx::SyncLine {
                at: Some(crate::support::now() - chrono::Duration::minutes(4)),
                held: 1,
                review: 2,
            },
        ));
        let shown = screen(&s.state);
        let top = shown.lines().next().unwrap().to_string();
        insta::assert_snapshot!(format!("topbar_sync_{lang}"), top);
    }
}
