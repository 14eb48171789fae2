//! Terminal text: how many cells a string takes, counted the way the screen buffer counts them.
//!
//! `unicode-width` measures whole strings with ligature rules (Arabic lam + alef counts as one
//! column), but a terminal cell grid gives each letter its cell. Measuring with the string rule
//! makes lines look shorter than they draw, so right-aligned Arabic loses its last letter. All
//! layout measures text here instead.

use unicode_width::UnicodeWidthChar;

/// Cells taken by `text`, one character at a time, as the screen buffer lays it out.
pub fn width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
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
    fn ethiopic_latin_and_wide_characters() {
        assert_eq!(width("ምቕባል"), 4);
        assert_eq!(width("Tesfay"), 6);
        assert_eq!(width("🙂"), 2);
        assert_eq!(width("a\u{0301}"), 1, "combining accent takes no cell");
    }
}
