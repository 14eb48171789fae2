//! The waiting-room board: tickets and rooms, large, and never a name.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use ratatui::{Terminal, backend::TestBackend};
use seuil::desk::BorderStyle;
use seuil::desk::board::{self, Board};
use seuil::desk::widgets::theme::Theme;
use seuil::domain::person::Draft;
use seuil::domain::queue::Priority;
use seuil::i18n::{I18n, Lang};
use seuil::store::Store;
use seuil::store::queues::Actor;

fn draw(b: &Board, lang: Lang, w: u16, h: u16) -> String {
    let i18n = I18n::new(lang);
    let theme = Theme::new(BorderStyle::Unicode);
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| board::view(b, &i18n, &theme, f)).unwrap();
    t.backend().to_string()
}

fn called_board() -> Board {
    let now = NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(10, 5, 0)
        .unwrap();
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(2);
    let who = Actor {
        by: "t",
        desk: Some("1"),
        at: now,
    };
    for (name, service) in [
        ("Mohamed Benali", "M"),
        ("Tesfay Haile", "N"),
        ("Łukasz Kowalski", "M"),
    ] {
        let f = Draft {
            given_name: name.into(),
            ..Default::default()
        }
        .check(now.date())
        .unwrap();
        let p = s.add_person(&f, "t", now, &mut rng).unwrap();
        s.join(&p.code, service, Priority::Normal, None, who)
            .unwrap();
    }
    s.call_next("M", None, who).unwrap();
    s.call_next(
        "N",
        None,
        Actor {
            at: now + chrono::Duration::minutes(1),
            ..who
        },
    )
    .unwrap();
    s.call_next(
        "M",
        Some("3"),
        Actor {
            at: now + chrono::Duration::minutes(2),
            ..who
        },
    )
    .unwrap();
    let entries = s.last_called(None, "2026-11-23", board::SHOWN).unwrap();
    Board::from_entries(&entries, None, now + chrono::Duration::minutes(2))
}

#[test]
fn board_never_shows_a_name() {
    let b = called_board();
    for (lang, w, h) in [(Lang::Fr, 80, 24), (Lang::Ar, 120, 40), (Lang::Ti, 40, 12)] {
        let screen = draw(&b, lang, w, h);
        for part in ["Mohamed", "Benali", "Tesfay", "Haile", "Kowalski", "ukasz"] {
            assert!(!screen.contains(part), "{part} on the board");
        }
    }
}

#[test]
fn board_snapshots() {
    let b = called_board();
    insta::assert_snapshot!("board_fr_80x24", draw(&b, Lang::Fr, 80, 24));
    insta::assert_snapshot!("board_ar_80x24", draw(&b, Lang::Ar, 80, 24));
    insta::assert_snapshot!("board_fr_small", draw(&b, Lang::Fr, 40, 10));
    insta::assert_snapshot!("board_nl_empty", draw(&Board::default(), Lang::Nl, 80, 24));
}

/// The board of `called_board` as the runner refreshes it with the languages of the people
/// waiting: one reads Arabic, one Tigrinya (then English), one Somali, one has none written.
fn turning_board(base: Lang) -> Board {
    let waiting = vec![
        vec!["ar".to_string(), "fr".to_string()],
        vec!["ti".to_string(), "en".to_string()],
        vec!["so".to_string()],
    ];
    let mut b = called_board();
    let (calls, now) = (b.calls.clone(), b.now);
    b.refresh(&[], board::rotation(base, &waiting), now);
    b.calls = calls;
    b
}

fn draw_now(b: &Board, base: Lang) -> String {
    draw(b, b.language(base), 80, 24)
}

#[test]
fn the_words_turn_through_the_languages_waiting_french_and_dutch_always() {
    use Lang::*;
    let none: Vec<Vec<String>> = Vec::new();
    assert_eq!(board::rotation(Fr, &none), [Fr, Nl]);
    let b = turning_board(Fr);
    // Somali is not one of the desk's languages; English comes after Tigrinya for that person.
    assert_eq!(b.languages, [Fr, Nl, Ar, Ti]);
    assert_eq!(turning_board(Ar).languages, [Ar, Fr, Nl, Ti]);
    assert_eq!(turning_board(Nl).languages, [Nl, Fr, Ar, Ti]);
}

#[test]
fn each_language_speaks_for_a_few_ticks_then_the_next() {
    let mut b = turning_board(Lang::Fr);
    assert!(draw_now(&b, Lang::Fr).contains("Salle 3"));
    for _ in 1..board::TICKS_PER_LANGUAGE {
        b.tick();
    }
    assert_eq!(b.language(Lang::Fr), Lang::Fr, "not yet");
    b.tick();
    assert!(
        draw_now(&b, Lang::Fr).contains("Lokaal 3"),
        "{}",
        draw_now(&b, Lang::Fr)
    );
    for _ in 0..board::TICKS_PER_LANGUAGE {
        b.tick();
    }
    let arabic = draw_now(&b, Lang::Fr);
    // Shaped and in reading order, as on the desk: the same words as a board in Arabic.
    let own = draw(&b, Lang::Ar, 80, 24);
    assert_eq!(arabic, own);
    assert!(arabic.contains("3 ﺔﻓﺮﻐﻟﺍ"), "{arabic}");
    insta::assert_snapshot!("board_turning_ar", arabic);
    for _ in 0..board::TICKS_PER_LANGUAGE {
        b.tick();
    }
    insta::assert_snapshot!("board_turning_ti", draw_now(&b, Lang::Fr));
    for _ in 0..board::TICKS_PER_LANGUAGE {
        b.tick();
    }
    assert_eq!(b.language(Lang::Fr), Lang::Fr, "round again");
    for part in ["Mohamed", "Benali", "Tesfay", "Haile", "Kowalski", "ukasz"] {
        assert!(!arabic.contains(part), "{part} on the board");
    }
}

#[test]
fn new_calls_keep_the_language_speaking_and_a_fixed_board_stays() {
    let mut b = turning_board(Lang::Fr);
    for _ in 0..2 * board::TICKS_PER_LANGUAGE {
        b.tick();
    }
    assert_eq!(b.language(Lang::Fr), Lang::Ar);
    let now = b.now;
    b.refresh(&[], vec![Lang::Fr, Lang::Nl, Lang::Ar], now);
    assert_eq!(b.language(Lang::Fr), Lang::Ar, "Arabic goes on");
    b.refresh(&[], vec![Lang::Fr, Lang::Nl], now);
    assert_eq!(
        b.language(Lang::Fr),
        Lang::Fr,
        "nobody reads Arabic any more"
    );
    b.refresh(&[], vec![Lang::Nl], now);
    for _ in 0..3 * board::TICKS_PER_LANGUAGE {
        b.tick();
        assert_eq!(b.language(Lang::Fr), Lang::Nl);
    }
    let config = seuil::config::Config::parse(
        "board_languages = \"fixed\"\n",
        std::path::Path::new("desk.toml"),
    )
    .unwrap();
    assert!(!config.board_rotate);
}
