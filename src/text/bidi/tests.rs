use super::*;
use ratatui::style::{Modifier, Style};

/// A row of `width` cells holding `texts` at their columns, put in display order.
fn row(width: u16, texts: &[(u16, &str)], rtl: bool) -> String {
    let area = Rect::new(0, 0, width, 1);
    let mut buf = Buffer::empty(area);
    for (x, t) in texts {
        buf.set_string(*x, 0, t, Style::default());
    }
    reorder(
        &mut buf,
        area,
        Pass {
            rtl,
            eastern_digits: false,
        },
        None,
    );
    buf.content.iter().map(|c| c.symbol()).collect()
}

#[test]
fn arabic_is_joined_and_reads_from_the_right() {
    let shown = row(12, &[(0, "محمد")], false);
    // Meem, hah, meem, dal in their joined forms, last letter first.
    assert_eq!(shown.trim_end(), "\u{FEAA}\u{FEE4}\u{FEA4}\u{FEE3}");
}

#[test]
fn latin_names_codes_and_numbers_keep_their_order_inside_arabic() {
    let shown = row(40, &[(0, "زيارة K7F-3Q سنة 1987 (محمد)")], true);
    assert!(shown.contains("K7F-3Q"), "{shown}");
    assert!(shown.contains("1987"), "{shown}");
    // The brackets still hold the name: read from the right, "(" comes first.
    let open = shown.find(')').unwrap();
    let close = shown.find('(').unwrap();
    assert!(close < open, "{shown}");
}

#[test]
fn lam_alef_does_not_drop_a_letter_at_the_right_edge() {
    // Right-aligned in a French screen and at the start of an Arabic one: every letter
    // of "الاستقبال" is there; the ligatures leave blanks, never cut a letter.
    for (rtl, x) in [(false, 11), (true, 0)] {
        let shown = row(20, &[(x, "الاستقبال")], rtl);
        let letters: Vec<char> = shown.chars().filter(|c| *c != ' ').collect();
        // Nine letters; the lam-alef pair becomes one ligature: eight glyphs.
        assert_eq!(letters.len(), 8, "{shown:?}");
        assert!(
            shown.contains('\u{FEFC}') || shown.contains('\u{FEFB}'),
            "{shown:?}"
        );
        assert_eq!(shown.chars().count(), 20);
    }
}

#[test]
fn an_arabic_screen_is_mirrored_column_by_column() {
    // A label at the left and its field at the right become label right, field left; the
    // field's prompt stays on its starting side.
    let shown = row(30, &[(1, "الاسم"), (12, "> Tesfay")], true);
    assert_eq!(shown, "          Tesfay <       ﻢﺳﻻﺍ ");
}

#[test]
fn numbers_alone_read_left_to_right_even_in_arabic() {
    let shown = row(30, &[(0, "> 0470 12 34 56")], true);
    assert_eq!(shown.trim_start(), "0470 12 34 56 <");
    let shown = row(20, &[(0, "! 14/10/2026")], true);
    assert_eq!(shown.trim_start(), "14/10/2026 !");
}

#[test]
fn a_phone_number_inside_arabic_keeps_its_groups_in_order() {
    for rtl in [true, false] {
        let shown = row(40, &[(0, "الهاتف: 02 535 31 11")], rtl);
        assert!(shown.contains("02 535 31 11"), "{shown}");
    }
}

#[test]
fn dates_and_times_never_read_backwards_inside_arabic() {
    let shown = row(40, &[(0, "اليوم 2026-11-23 الساعة 14:05")], true);
    assert!(shown.contains("2026-11-23"), "{shown}");
    assert!(shown.contains("14:05"), "{shown}");
}

#[test]
fn eastern_digits_for_numbers_never_for_codes() {
    let area = Rect::new(0, 0, 40, 1);
    let mut buf = Buffer::empty(area);
    buf.set_string(
        0,
        0,
        "K7F-3Q  23/11/2026  M-014  3000 شخص",
        Style::default(),
    );
    let pass = Pass {
        rtl: true,
        eastern_digits: true,
    };
    reorder(&mut buf, area, pass, None);
    let shown: String = buf.content.iter().map(|c| c.symbol()).collect();
    assert!(
        shown.contains("K7F-3Q") && shown.contains("M-014"),
        "{shown}"
    );
    assert!(shown.contains("٢٣/١١/٢٠٢٦"), "{shown}");
    assert!(shown.contains("٣٠٠٠"), "{shown}");
}

#[test]
fn a_direction_override_in_stored_text_flips_nothing() {
    let shown = row(30, &[(0, "\u{202E}Ali"), (10, "K7F-3Q")], false);
    assert!(!shown.contains('\u{202E}'));
    assert!(shown.contains("Ali") && shown.contains("K7F-3Q"), "{shown}");
}

#[test]
fn ascii_borders_of_the_linux_console_turn_round_too() {
    let shown = row(20, &[(0, "+- الاسم ---------+")], true);
    assert_eq!(shown, " +---------  ﻢﺳﻻﺍ -+");
    let shown = row(20, &[(0, "| +32 470 | Ali    |")], true);
    assert!(shown.contains("+32 470"), "{shown}");
}

#[test]
fn box_drawing_turns_round() {
    let shown = row(6, &[(0, "┌────┐")], true);
    assert_eq!(shown, "┌────┐");
    let shown = row(6, &[(0, "├──┐  ")], true);
    assert_eq!(shown, "  ┌──┤");
}

#[test]
fn styles_move_with_their_letters() {
    let area = Rect::new(0, 0, 12, 1);
    let mut buf = Buffer::empty(area);
    let key = Style::default().add_modifier(Modifier::REVERSED);
    buf.set_string(0, 0, "F1", key);
    buf.set_string(2, 0, " مساعدة", Style::default());
    reorder(
        &mut buf,
        area,
        Pass {
            rtl: true,
            ..Pass::default()
        },
        None,
    );
    let shown: String = buf.content.iter().map(|c| c.symbol()).collect();
    let f = shown.find('F').unwrap();
    assert_eq!(buf.content[11].symbol(), "1", "{shown}");
    assert!(
        buf.content[10]
            .style()
            .add_modifier
            .contains(Modifier::REVERSED)
    );
    assert!(f > 5, "the key reads first, at the right: {shown}");
}

#[test]
fn the_cursor_follows_the_text() {
    let area = Rect::new(0, 0, 20, 1);
    let mut buf = Buffer::empty(area);
    buf.set_string(0, 0, "> سلام", Style::default());
    // At the end of the text (logical column 6): just left of the last letter shown.
    let p = reorder(
        &mut buf,
        area,
        Pass {
            rtl: true,
            ..Pass::default()
        },
        Some(Position::new(6, 0)),
    )
    .unwrap();
    let shown: String = buf.content.iter().map(|c| c.symbol()).collect();
    let first_letter = shown.chars().position(|c| c != ' ').unwrap();
    assert_eq!(usize::from(p.x) + 1, first_letter, "{shown:?} {p:?}");
}

#[test]
fn key_names_are_never_mirrored_inside_arabic() {
    let shown = row(40, &[(0, "Alt+↑↓ الترتيب  ↑↓ اختيار  Maj+Tab")], true);
    assert!(shown.contains("Alt+↑↓"), "{shown}");
    assert!(shown.contains("↑↓"), "{shown}");
    assert!(!shown.contains("↓↑"), "{shown}");
    assert!(shown.contains("Maj+Tab"), "{shown}");
}
