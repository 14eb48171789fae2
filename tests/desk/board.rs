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
