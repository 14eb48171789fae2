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
use unicode_width::UnicodeWidthStr;

/// How the frame is put in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Pass {
    /// The interface reads right to left: rows are mirrored.
    pub rtl: bool,
    /// Numbers in Arabic-Indic digits (an Arabic interface, when the desk asks for them).
    pub eastern_digits: bool,
}

mod chars;
mod order;

use chars::{is_rtl, is_rule, mirror_cell, mirrored};
use order::{display_order, eastern_digits, shape};

/// One thing drawn in one or two cells: a grapheme (a letter with its marks) and its style.
#[derive(Clone)]
pub(super) struct Unit {
    pub(super) cell: Cell,
    pub(super) width: usize,
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
    reorder_with(buf, area, pass, cursor, &[])
}

/// [`reorder`], with parts of rows that read right to left whatever the screen's direction (an
/// Arabic slip previewed in a French desk): each is laid out as a right-to-left row of its own.
pub fn reorder_with(
    buf: &mut Buffer,
    area: Rect,
    pass: Pass,
    cursor: Option<Position>,
    rtl_rows: &[Rect],
) -> Option<Position> {
    let own = Pass { rtl: true, ..pass };
    let mut done = Vec::new();
    for r in rtl_rows.iter().map(|r| r.intersection(area)) {
        for y in r.top()..r.bottom() {
            reorder_rows(buf, Rect { y, height: 1, ..r }, own, None);
            done.push(y);
        }
    }
    let mut moved = cursor;
    for y in area.top()..area.bottom() {
        if done.contains(&y) {
            continue;
        }
        let row = Rect {
            y,
            height: 1,
            ..area
        };
        let at = cursor.filter(|p| p.y == y);
        if let Some(p) = reorder_rows(buf, row, pass, at) {
            moved = Some(p);
        }
    }
    moved
}

/// Puts the rows of `area` in display order.
fn reorder_rows(
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
                // A few screens of rows (each entry two rows of cells, a few KB): enough to reuse
                // what stays between keystrokes, little memory on an old laptop.
                if d.len() > 256 {
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
mod tests;
