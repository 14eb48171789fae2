//! Paragraphs into lines of runs placed on the page: line breaking on measured widths, then the
//! Unicode bidi algorithm per line (unicode-bidi), then one run per font. Shaping (joined Arabic,
//! Ethiopic syllables, mirrored brackets) is rustybuzz's, through krilla.

use unicode_bidi::{BidiInfo, Level};

use super::fonts::{Face, Fonts, font_runs};

/// A run ready to draw: `x` from the left edge of the text box, in points.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub x: f32,
    pub face: Face,
    pub text: String,
    pub rtl: bool,
}

/// One laid-out line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub pieces: Vec<Piece>,
    pub width: f32,
}

/// How a paragraph is set.
#[derive(Debug, Clone, Copy)]
pub struct Setting {
    pub size: f32,
    pub bold: bool,
    /// Base direction of the paragraph.
    pub rtl: bool,
    /// Width of the text box, in points.
    pub width: f32,
}

/// Lays out a paragraph (may hold `\n`) into lines no wider than the box.
pub fn paragraph(fonts: &Fonts, text: &str, set: Setting) -> Vec<Line> {
    let mut lines = Vec::new();
    let base = if set.rtl { Level::rtl() } else { Level::ltr() };
    for part in text.split('\n') {
        let bidi = BidiInfo::new(part, Some(base));
        for range in break_lines(fonts, part, set) {
            lines.push(line(fonts, &bidi, range, set));
        }
    }
    lines
}

/// Width of a piece of text in logical order (runs measured in their own font and direction).
fn measure(fonts: &Fonts, text: &str, set: Setting) -> f32 {
    font_runs(text, set.bold)
        .into_iter()
        .map(|(face, run)| fonts.width(face, run, set.size, face == Face::Arabic))
        .sum()
}

/// Greedy line breaking at spaces; a word wider than the box is cut between characters.
fn break_lines(fonts: &Fonts, text: &str, set: Setting) -> Vec<std::ops::Range<usize>> {
    let space = fonts.width(Face::Latin, " ", set.size, false);
    let mut out = Vec::new();
    let mut start = 0;
    let mut end = 0;
    let mut width = 0.0;
    for (at, word) in words(text) {
        let w = measure(fonts, word, set);
        let needed = if end > start { width + space + w } else { w };
        if needed <= set.width || end == start && w <= set.width {
            if end == start {
                start = at;
            }
            width = needed;
            end = at + word.len();
            continue;
        }
        if end > start {
            out.push(start..end);
        }
        // A word alone too wide: cut it.
        let mut piece_start = at;
        let mut piece_width = 0.0;
        for (i, c) in word.char_indices() {
            let cw = measure(fonts, c.encode_utf8(&mut [0; 4]), set);
            if piece_width + cw > set.width && at + i > piece_start {
                out.push(piece_start..at + i);
                piece_start = at + i;
                piece_width = 0.0;
            }
            piece_width += cw;
        }
        start = piece_start;
        end = at + word.len();
        width = piece_width;
    }
    if end > start || out.is_empty() {
        out.push(start..end);
    }
    out
}

fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(' ')
        .scan(0, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// One line: bidi runs in visual order, each split by font, placed left to right.
fn line(fonts: &Fonts, bidi: &BidiInfo<'_>, range: std::ops::Range<usize>, set: Setting) -> Line {
    let text = bidi.text;
    let Some(para) = bidi.paragraphs.first() else {
        return Line::default();
    };
    let (levels, runs) = bidi.visual_runs(para, range);
    let mut pieces = Vec::new();
    let mut x = 0.0;
    for run in runs {
        let rtl = levels[run.start].is_rtl();
        let mut parts = font_runs(&text[run.clone()], set.bold);
        // Within a right-to-left run the first part in reading order is the rightmost.
        if rtl {
            parts.reverse();
        }
        for (face, part) in parts {
            let width = fonts.width(face, part, set.size, rtl);
            pieces.push(Piece {
                x,
                face,
                text: part.to_string(),
                rtl,
            });
            x += width;
        }
    }
    Line { pieces, width: x }
}
