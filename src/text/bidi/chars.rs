//! Characters: which are right to left, which turn round in a mirror, which draw lines.

use ratatui::buffer::Cell;

/// Whether a character is written right to left (Hebrew, Arabic and their presentation forms).
pub(super) fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

pub(super) fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
}

/// The glyph of a bracket or arrow seen in a mirror (Bidi_Mirroring_Glyph for what the desk
/// draws).
pub(super) fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '◂' => '▸',
        '▸' => '◂',
        '◀' => '▶',
        '▶' => '◀',
        '←' => '→',
        '→' => '←',
        '┌' => '┐',
        '┐' => '┌',
        '└' => '┘',
        '┘' => '└',
        '├' => '┤',
        '┤' => '├',
        '╭' => '╮',
        '╮' => '╭',
        '╰' => '╯',
        '╯' => '╰',
        '╔' => '╗',
        '╗' => '╔',
        '╚' => '╝',
        '╝' => '╚',
        '╠' => '╣',
        '╣' => '╠',
        '▌' => '▐',
        '▐' => '▌',
        '▖' => '▗',
        '▗' => '▖',
        '▘' => '▝',
        '▝' => '▘',
        '▙' => '▟',
        '▟' => '▙',
        '▛' => '▜',
        '▜' => '▛',
        other => other,
    }
}

/// Turns a one-character cell round (a bracket, a box corner), without allocating.
pub(super) fn mirror_cell(cell: &mut Cell) {
    let mut chars = cell.symbol().chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        let m = mirrored(c);
        if m != c {
            cell.set_char(m);
        }
    }
}

/// Whether a cell separates segments on its own (box drawing, block elements).
pub(super) fn is_rule(symbol: &str) -> bool {
    symbol
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '\u{2500}'..='\u{259F}'))
}

/// A digit, Western or Arabic-Indic.
pub(super) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c)
}
