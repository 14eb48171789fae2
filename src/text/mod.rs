//! Terminal text: how many cells a string takes, counted the way the screen buffer counts them.
//!
//! `unicode-width` measures whole strings with ligature rules (Arabic lam + alef counts as one
//! column), but a terminal cell grid gives each letter its cell. Measuring with the string rule
//! makes lines look shorter than they draw, so right-aligned Arabic loses its last letter. All
//! layout measures text here instead.

pub mod bidi;
pub mod choice;

use unicode_width::UnicodeWidthChar;

/// Whether a character may be typed or stored: control characters, the bidi embedding,
/// override and isolate controls, and the other invisible characters (zero-width spaces and
/// joiners, the soft hyphen, variation selectors, tags) are refused, so that no stored text can
/// flip or break a screen, nor hide a difference between two names that look the same.
pub fn accepted(c: char) -> bool {
    !c.is_control()
        && !matches!(c,
            '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0000}'..='\u{E007F}')
}

/// A zero-width space: invisible, yet it separates words (text pasted from a web page or a
/// phone puts it between a given and a family name). It stands for a space, never for nothing.
pub fn is_word_break(c: char) -> bool {
    c == '\u{200B}'
}

/// Text as typed, without refused characters and surrounding spaces; a zero-width space
/// becomes a space (no two in a row).
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if is_word_break(c) { ' ' } else { c };
        if accepted(c) && !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// Cells taken by `text`, one character at a time, as the screen buffer lays it out.
pub fn width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `text` cut to at most `cells` cells, with `…` when something was cut.
pub fn truncate(text: &str, cells: usize) -> String {
    if width(text) <= cells {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > cells {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `text` cut or filled with spaces to exactly `cells` cells: a table column.
/// Text cut into lines of at most `cells` cells, between words (a word longer than a line is
/// cut where it must be).
pub fn wrap(text: &str, cells: usize) -> Vec<String> {
    let cells = cells.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = width(&line) + usize::from(!line.is_empty()) + width(word);
        if !line.is_empty() && needed > cells {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        for c in word.chars() {
            if width(&line) + width(c.encode_utf8(&mut [0; 4])) > cells {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

pub fn pad(text: &str, cells: usize) -> String {
    let t = truncate(text, cells);
    format!("{t}{}", " ".repeat(cells.saturating_sub(width(&t))))
}

/// `text` right-aligned in exactly `cells` cells: a column of figures.
pub fn pad_left(text: &str, cells: usize) -> String {
    let t = truncate(text, cells);
    format!("{}{t}", " ".repeat(cells.saturating_sub(width(&t))))
}

/// Cells taken by a line of spans.
pub fn line_width(line: &ratatui::text::Line<'_>) -> usize {
    line.spans.iter().map(|s| width(&s.content)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn lam_alef_counts_two_cells() {
        // لا is lam followed by alef: two letters, two cells in the grid.
        assert_eq!(width("لا"), 2);
        assert_eq!(width("الاستقبال"), 9);
        assert_eq!(width("الإدارة"), 7);
        // The string rule counts the ligature as one: the reason this module exists.
        assert!(UnicodeWidthStr::width("الاستقبال") < 9);
    }

    #[test]
    fn columns_pad_by_cells() {
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(pad_left("7", 3), "  7");
        assert_eq!(
            width(&pad("استُقبلوا", 6)),
            6,
            "combining marks take no cell"
        );
        assert_eq!(pad("Abdelrahman", 6), "Abdel…");
    }

    #[test]
    fn truncation_counts_cells() {
        assert_eq!(truncate("Abdelrahman", 6), "Abdel…");
        assert_eq!(truncate("Ali", 6), "Ali");
        assert_eq!(width(&truncate("ተስፋይ ገብረመድህን", 6)), 6);
    }

    #[test]
    fn ethiopic_latin_and_wide_characters() {
        assert_eq!(width("ምቕባል"), 4);
        assert_eq!(width("Tesfay"), 6);
        assert_eq!(width("🙂"), 2);
        assert_eq!(width("a\u{0301}"), 1, "combining accent takes no cell");
    }
}
