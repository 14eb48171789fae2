//! Right-to-left text on a terminal that neither shapes nor reorders: done once per frame, on
//! the finished screen buffer, so every screen gets it and stored text stays in logical order.
//!
//! Each row is cut into segments (text separated by box drawing or by two spaces or more: the
//! columns of a table, a label and its field, the keys of the hint bar). Within a segment, Arabic
//! is shaped into its joined presentation forms (`ar-reshaper`) and the segment is put in display
//! order by the Unicode bidi algorithm (`unicode-bidi`), brackets mirrored, Latin names, ticket
//! codes and numbers kept in their order. For a right-to-left interface the whole row is then
//! mirrored: segments change sides (labels on the right, the hint bar from the right, panels
//! swapped) and box drawing turns round.

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect};
use unicode_bidi::{BidiInfo, Level};
use unicode_width::UnicodeWidthStr;

/// How the frame is put in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Pass {
    /// The interface reads right to left: rows are mirrored.
    pub rtl: bool,
    /// Numbers in Arabic-Indic digits (an Arabic interface, when the desk asks for them).
    pub eastern_digits: bool,
}

/// Whether a character is written right to left (Hebrew, Arabic and their presentation forms).
fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
}

/// The glyph of a bracket or arrow seen in a mirror (Bidi_Mirroring_Glyph for what the desk
/// draws).
fn mirrored(c: char) -> char {
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
fn mirror_cell(cell: &mut Cell) {
    let mut chars = cell.symbol().chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        let m = mirrored(c);
        if m != c {
            cell.set_char(m);
        }
    }
}

/// Whether a cell separates segments on its own (box drawing, block elements).
fn is_rule(symbol: &str) -> bool {
    symbol
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '\u{2500}'..='\u{259F}'))
}

/// One thing drawn in one or two cells: a grapheme (a letter with its marks) and its style.
#[derive(Clone)]
struct Unit {
    cell: Cell,
    width: usize,
}

/// A run of a row: text (reordered as a whole), or a rule or blank cell (kept alone).
struct Run {
    start: usize,
    end: usize,
    text: bool,
}

fn cells_of(units: &[Unit]) -> usize {
    units.iter().map(|u| u.width).sum()
}

/// A cell as it will be drawn: without characters that could flip the screen.
fn clean_cell(cell: &Cell) -> Cell {
    let mut cell = cell.clone();
    // Stored text cannot carry a direction override onto the screen.
    if cell.symbol().chars().any(|c| !crate::text::accepted(c)) {
        let kept: String = cell
            .symbol()
            .chars()
            .filter(|c| crate::text::accepted(*c))
            .collect();
        cell.set_symbol(if kept.is_empty() { " " } else { &kept });
    }
    cell
}

fn width_at(row: &[Cell], x: usize) -> usize {
    row[x].symbol().width().max(1).min(row.len() - x)
}

/// Cuts a row of cells into text segments and lone cells.
fn runs(row: &[Cell]) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let mut x = 0;
    let blank = |i: usize| row.get(i).is_some_and(|c| c.symbol() == " ");
    // ASCII borders (the Linux console): `|` always, `+` and `-` when they make a line.
    let sym = |i: usize| row.get(i).map_or("", |c| c.symbol());
    let ascii_line = |i: usize| matches!(sym(i), "-" | "+");
    let is_rule_at = |i: usize| {
        let s = sym(i);
        is_rule(s)
            || s == "|"
            || (matches!(s, "-" | "+") && (ascii_line(i + 1) || (i > 0 && ascii_line(i - 1))))
    };
    // A field's "> " prompt and a line's "! " mark stand apart from the text after them.
    let is_prompt = |i: usize| {
        row.get(i).is_some_and(|c| matches!(c.symbol(), ">" | "!"))
            && blank(i + 1)
            && (i == 0 || blank(i - 1) || matches!(sym(i - 1), "|" | "│"))
    };
    while x < row.len() {
        let symbol = row[x].symbol();
        let width = width_at(row, x);
        // The "> " prompt of a field stays on the field's starting side whatever is typed;
        // a blank next to another blank, or a rule, stands alone; a single space joins words.
        let alone = is_prompt(x)
            || (symbol == " " && x > 0 && is_prompt(x - 1))
            || is_rule_at(x)
            || (symbol == " "
                && (blank(x + 1)
                    || x == 0
                    || blank(x.wrapping_sub(1))
                    || x + 1 == row.len()
                    || is_rule_at(x - 1)
                    || is_rule_at(x + 1)));
        match out.last_mut() {
            Some(run) if run.text && !alone => run.end = x + width,
            _ => out.push(Run {
                start: x,
                end: x + width,
                text: !alone,
            }),
        }
        x += width;
    }
    out
}

/// The units of the cells `start..end` of a row.
fn units_of(row: &[Cell], start: usize, end: usize) -> Vec<Unit> {
    let mut units = Vec::with_capacity(end - start);
    let mut x = start;
    while x < end {
        let width = width_at(row, x);
        units.push(Unit {
            cell: clean_cell(&row[x]),
            width,
        });
        x += width;
    }
    units
}

/// Arabic letters in their joined forms. Style runs are shaped one by one (a join across two
/// styles is not drawn); the lam-alef ligature makes a run one cell shorter.
fn shape(units: Vec<Unit>) -> Vec<Unit> {
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

fn reshaper() -> &'static ar_reshaper::ArabicReshaper {
    static RESHAPER: std::sync::OnceLock<ar_reshaper::ArabicReshaper> = std::sync::OnceLock::new();
    RESHAPER.get_or_init(ar_reshaper::ArabicReshaper::default)
}

/// Characters with the marks that follow them.
fn graphemes(text: &str) -> Vec<&str> {
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
fn display_order(units: &[Unit], rtl: bool) -> (Vec<usize>, Vec<bool>) {
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
    let text = numbers_as_words(&text);
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

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c)
}

/// Arabic-Indic digits (٠١٢…) for the numbers of a word without Latin letters: dates, times,
/// counts; codes and ticket numbers (`K7F-3Q`, `M-014`) keep the digits printed on tickets.
fn eastern_digits(units: &mut [Unit]) {
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

/// The text the algorithm sees: a number with its separators (`2026-11-23`, `14:05`,
/// `0470/12`) stands as one left-to-right word, so it never reads backwards inside Arabic (the
/// algorithm alone turns `2026-11-23` after an Arabic word into `23-11-2026`).
fn numbers_as_words(text: &str) -> String {
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
                || (matches!(chars[i], '-' | '/' | ':' | '.' | ',')
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

/// Writes a row's runs back, mirrored for a right-to-left interface; returns where logical
/// column `cursor` went, if it was in this row.
fn lay_out(row: &mut [Cell], runs: Vec<Run>, pass: Pass, cursor: Option<usize>) -> Option<usize> {
    let rtl = pass.rtl;
    let width = row.len();
    let original: Vec<Cell> = row.to_vec();
    let mut moved = None;
    for run in runs {
        let (start, end) = (run.start, run.end);
        // Where the run goes: the same place, or its mirror.
        let target = if rtl {
            width.saturating_sub(end)
        } else {
            start
        };
        if !run.text {
            // A lone cell: moved, turned round in a mirrored screen.
            let mut cell = clean_cell(&original[start]);
            if rtl {
                mirror_cell(&mut cell);
            }
            row[target] = cell;
            if cursor == Some(start) && moved.is_none() {
                moved = Some(target);
            }
            continue;
        }
        // Nothing right-to-left, nothing to mirror, and (in a mirrored screen) a letter that
        // makes it read left to right: it stays as it is.
        let (mut reorder, mut letter) = (false, false);
        for ch in original[start..end].iter().flat_map(|c| c.symbol().chars()) {
            reorder |=
                is_rtl(ch) || mirrored(ch) != ch || (pass.eastern_digits && ch.is_ascii_digit());
            letter |= ch.is_alphabetic();
        }
        let plain = !reorder && (letter || !rtl);
        if plain {
            // Latin text with nothing to reorder: moved as it is.
            if rtl {
                for (i, cell) in original[start..end].iter().enumerate() {
                    row[target + i] = clean_cell(cell);
                }
            }
            if let Some(c) = cursor.filter(|c| *c >= start && *c <= end)
                && moved.is_none()
            {
                moved = Some(target + (c - start));
            }
            continue;
        }
        let mut units = shape(units_of(&original, start, end));
        if pass.eastern_digits {
            eastern_digits(&mut units);
        }
        let logical_cells = end - start;
        let (visual, rtl_unit) = display_order(&units, rtl);
        let used = cells_of(&units);
        // Shaping may have saved cells (lam-alef): the gap goes at the end of the reading.
        let gap = logical_cells.saturating_sub(used);
        if let Some(last) = units.last() {
            let mut blank = last.cell.clone();
            blank.set_symbol(" ");
            let pad_at = if rtl { target } else { target + used };
            for cell in row.iter_mut().skip(pad_at).take(gap) {
                *cell = blank.clone();
            }
        }
        let mut x = target + if rtl { gap } else { 0 };
        let mut column_of = vec![0; units.len()];
        for logical in visual {
            let unit = &units[logical];
            column_of[logical] = x;
            if x < width {
                let mut cell = unit.cell.clone();
                if rtl_unit[logical] {
                    mirror_cell(&mut cell);
                }
                row[x] = cell;
                for extra in 1..unit.width {
                    if let Some(c) = row.get_mut(x + extra) {
                        *c = Cell::default();
                        c.set_symbol("");
                    }
                }
            }
            x += unit.width;
        }
        if moved.is_none()
            && let Some(c) = cursor.filter(|c| *c >= start && *c <= end)
        {
            moved = Some(match logical_at(&units, c - start) {
                Some(i) => column_of[i],
                None => match units.len().checked_sub(1) {
                    Some(last) if rtl_unit[last] => column_of[last].saturating_sub(1),
                    Some(last) => column_of[last] + units[last].width,
                    None => target,
                },
            });
        }
    }
    moved.or_else(|| cursor.map(|c| if rtl { width.saturating_sub(1 + c) } else { c }))
}

/// The unit at logical cell offset `cells` of a segment.
fn logical_at(units: &[Unit], cells: usize) -> Option<usize> {
    let mut used = 0;
    for (i, u) in units.iter().enumerate() {
        if used >= cells {
            return Some(i);
        }
        used += u.width;
    }
    None
}

/// A row as drawn, and the same row in display order.
type Done = (Vec<Cell>, Vec<Cell>);

/// What a row holds, for the cache of rows done.
fn row_key(row: &[Cell], pass: Pass) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    pass.hash(&mut h);
    for cell in row {
        cell.symbol().hash(&mut h);
        cell.style().hash(&mut h);
    }
    h.finish()
}

/// Puts the finished frame in display order (see the module). `cursor` is where the cursor
/// was asked for; the returned position is where it goes now.
pub fn reorder(
    buf: &mut Buffer,
    area: Rect,
    pass: Pass,
    cursor: Option<Position>,
) -> Option<Position> {
    let rtl = pass.rtl;
    thread_local! {
        /// Rows already put in display order, by content: from one frame to the next most rows
        /// do not change, so a keystroke costs the rows it changed.
        static DONE: std::cell::RefCell<rustc_hash::FxHashMap<u64, Done>> =
            std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    let mut moved = cursor;
    for y in area.top()..area.bottom() {
        let from = buf.index_of(area.x, y);
        let row = &mut buf.content[from..from + usize::from(area.width)];
        let has_rtl = row.iter().any(|c| c.symbol().chars().any(is_rtl));
        if !rtl && !has_rtl {
            continue;
        }
        let in_row = cursor
            .filter(|p| p.y == y)
            .map(|p| usize::from(p.x.saturating_sub(area.x)));
        let key = in_row.is_none().then(|| row_key(row, pass));
        if let Some(k) = key
            && DONE.with(|d| {
                d.borrow().get(&k).is_some_and(|(before, done)| {
                    // The same content, not only the same hash, before it is reused.
                    before.as_slice() == &*row && {
                        row.clone_from_slice(done);
                        true
                    }
                })
            })
        {
            continue;
        }
        let before = key.map(|_| row.to_vec());
        let runs = runs(row);
        let x = lay_out(row, runs, pass, in_row);
        if let (Some(k), Some(before)) = (key, before) {
            DONE.with(|d| {
                let mut d = d.borrow_mut();
                if d.len() > 2048 {
                    d.clear();
                }
                d.insert(k, (before, row.to_vec()));
            });
        }
        if let (Some(_), Some(x)) = (in_row, x) {
            moved = Some(Position::new(area.x + u16::try_from(x).unwrap_or(0), y));
        }
    }
    moved
}

#[cfg(test)]
mod tests {
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
}
