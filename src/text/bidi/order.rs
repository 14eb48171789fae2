//! Within a segment: Arabic joined, then the display order by the Unicode bidi algorithm.

use unicode_bidi::{BidiInfo, Level};
use unicode_width::UnicodeWidthStr;

use super::Unit;
use super::chars::{is_arabic, is_digit, is_rtl, mirrored};

/// Arabic letters in their joined forms. Style runs are shaped one by one (a join across two
/// styles is not drawn); the lam-alef ligature makes a run one cell shorter.
pub(super) fn shape(units: Vec<Unit>) -> Vec<Unit> {
    if !units.iter().any(|u| u.cell.symbol().chars().any(is_arabic)) {
        return units;
    }
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let style = units[i].cell.style();
        let mut j = i;
        while j < units.len() && units[j].cell.style() == style && units[j].width == 1 {
            j += 1;
        }
        if j == i {
            out.push(units[i].clone());
            i += 1;
            continue;
        }
        let text: String = units[i..j].iter().map(|u| u.cell.symbol()).collect();
        let shaped = reshaper().reshape(&text);
        let template = units[i].cell.clone();
        for g in graphemes(&shaped) {
            let mut cell = template.clone();
            cell.set_symbol(g);
            out.push(Unit {
                width: g.width().max(1),
                cell,
            });
        }
        i = j;
    }
    out
}

pub(super) fn reshaper() -> &'static ar_reshaper::ArabicReshaper {
    static RESHAPER: std::sync::OnceLock<ar_reshaper::ArabicReshaper> = std::sync::OnceLock::new();
    RESHAPER.get_or_init(ar_reshaper::ArabicReshaper::default)
}

/// Characters with the marks that follow them.
pub(super) fn graphemes(text: &str) -> Vec<&str> {
    let mut starts: Vec<usize> = text
        .char_indices()
        .filter(|(_, c)| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0) > 0)
        .map(|(i, _)| i)
        .collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    starts.push(text.len());
    starts
        .windows(2)
        .map(|w| &text[w[0]..w[1]])
        .filter(|g| !g.is_empty())
        .collect()
}

/// The units of a segment in display order, for a paragraph of direction `rtl`, and whether
/// each unit (in logical order) is in a right-to-left run.
pub(super) fn display_order(units: &[Unit], rtl: bool) -> (Vec<usize>, Vec<bool>) {
    let n = units.len();
    let needs = units.iter().any(|u| {
        u.cell
            .symbol()
            .chars()
            .any(|c| is_rtl(c) || mirrored(c) != c)
    });
    if !needs && !rtl {
        return ((0..n).collect(), vec![false; n]);
    }
    // One character per unit stands for it in the algorithm (its first one).
    let text: String = units
        .iter()
        .map(|u| u.cell.symbol().chars().next().unwrap_or(' '))
        .collect();
    // A segment reads in the screen's direction when it holds letters of that direction; a
    // Latin name alone stays whole in an Arabic screen, an Arabic one in a French screen.
    let (mut has_rtl, mut has_ltr) = (false, false);
    for c in text.chars() {
        match unicode_bidi::bidi_class(c) {
            unicode_bidi::BidiClass::L => has_ltr = true,
            unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL => has_rtl = true,
            _ => {}
        }
    }
    // Numbers alone (a phone number, a date, a time) read left to right everywhere.
    let segment_rtl = has_rtl && (rtl || !has_ltr);
    let level = if segment_rtl {
        Level::rtl()
    } else {
        Level::ltr()
    };
    let text = keys_as_words(&numbers_as_words(&text));
    let info = BidiInfo::new(&text, Some(level));
    let Some(para) = info.paragraphs.first() else {
        return ((0..n).collect(), vec![false; n]);
    };
    let levels: Vec<Level> = info
        .reordered_levels_per_char(para, para.range.clone())
        .into_iter()
        .collect();
    if levels.len() != n {
        return ((0..n).collect(), vec![false; n]);
    }
    let visual = BidiInfo::reorder_visual(&levels);
    (visual, levels.iter().map(|l| l.is_rtl()).collect())
}

/// Arabic-Indic digits (٠١٢…) for the numbers of a word without Latin letters: dates, times,
/// counts; codes and ticket numbers (`K7F-3Q`, `M-014`) keep the digits printed on tickets.
pub(super) fn eastern_digits(units: &mut [Unit]) {
    let mut start = 0;
    while start < units.len() {
        let end = units[start..]
            .iter()
            .position(|u| u.cell.symbol() == " ")
            .map_or(units.len(), |p| start + p);
        let word = &mut units[start..end];
        let latin = word
            .iter()
            .any(|u| u.cell.symbol().chars().any(|c| c.is_ascii_alphabetic()));
        if !latin {
            for u in word {
                let mut chars = u.cell.symbol().chars();
                if let (Some(c), None) = (chars.next(), chars.next())
                    && let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit())
                {
                    u.cell.set_char(char::from_u32(0x0660 + d).unwrap_or(c));
                }
            }
        }
        start = end + 1;
    }
}

/// The name of a key or of keys together (`Alt+↑↓`, `↑↓`, `Maj+Tab`, `1-9`) stands as one
/// left-to-right word too: key names are never mirrored (the algorithm alone turns `Alt+↑↓`
/// before an Arabic word into `↓↑+Alt`).
pub(super) fn keys_as_words(text: &str) -> String {
    let key_char = |c: char| {
        c.is_alphanumeric() || matches!(c, '+' | '/' | '-' | '–' | '↑' | '↓' | '←' | '→' | '↵')
    };
    let neutral_key = |c: char| matches!(c, '+' | '↑' | '↓' | '←' | '→');
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // Letters of a key's name are Latin (`Maj`, `Échap`); an Arabic word is never one.
        let a_key = word
            .chars()
            .all(|c| key_char(c) && (!c.is_alphabetic() || c.is_ascii() || is_latin_letter(c)));
        if a_key && word.chars().any(neutral_key) {
            out.extend(word.chars().map(|_| 'a'));
        } else {
            out.push_str(word);
        }
    }
    out
}

fn is_latin_letter(c: char) -> bool {
    matches!(u32::from(c), 0x00C0..=0x024F)
}

/// The text the algorithm sees: a number with its separators (`2026-11-23`, `14:05`,
/// `0470/12`, and single spaces between digit groups: `02 535 31 11`) stands as one
/// left-to-right word, so it never reads backwards inside Arabic (the algorithm alone turns
/// `2026-11-23` after an Arabic word into `23-11-2026`, and a phone number into `11 31 535 02`).
pub(super) fn numbers_as_words(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    let mut i = 0;
    while i < chars.len() {
        if !is_digit(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while i < chars.len()
            && (is_digit(chars[i])
                || (matches!(chars[i], '-' | '/' | ':' | '.' | ',' | ' ')
                    && chars.get(i + 1).is_some_and(|c| is_digit(*c))))
        {
            if is_digit(chars[i]) {
                end = i;
            }
            i += 1;
        }
        if (start..=end).any(|j| !is_digit(chars[j])) {
            for c in &mut out[start..=end] {
                *c = 'a';
            }
        }
    }
    out.into_iter().collect()
}
