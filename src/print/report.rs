//! A report on paper: A4 headed with the centre's letterhead as its letters are, the report's
//! heading, then each table with its columns (hidden cells `< 5`), the rule at the foot of every
//! page. A table that does not fit what is left of a page starts the next one; one longer than
//! a page goes on with its header repeated. Arabic reads from the right, columns too.

use super::compose::letterhead;
use super::document::{A4, Paper, Style};
use super::fonts::{Fonts, is_control};
use super::layout::Line;
use super::pdf::{PT_PER_MM, PdfError, leading, look};
use super::pen::{Align, Mark, Pen, Span, draw};
use crate::domain::site::Site;
use crate::i18n::{I18n, Lang, Msg};
use crate::report::Report;
use crate::report::out::{self, Cell, Said};

/// The columns of a table: a type size at which its figures fit, the label's box, one box per
/// column, the header set in them.
struct Grid {
    size: f32,
    label: Span,
    cols: Vec<Span>,
    pad: f32,
}

impl Grid {
    fn span(&self) -> Span {
        let end = self
            .cols
            .last()
            .map_or(self.label.width, |c| c.from + c.width);
        Span {
            from: 0.0,
            width: end,
        }
    }
}

/// A figure stays left to right in an Arabic table: `< 5`, not `5 >`.
fn figure(c: &Cell, rtl: bool, lang: Lang) -> String {
    match rtl {
        true => format!("\u{2066}{}\u{2069}", c.shown(lang)),
        false => c.shown(lang),
    }
}

fn grid(pen: &Pen<'_>, t: &Said) -> Grid {
    let n = t.columns.len().saturating_sub(1);
    let widest = |size: f32, bold: bool, texts: &mut dyn Iterator<Item = String>| {
        texts
            .map(|s| {
                pen.set(&s, size, bold, f32::MAX)
                    .iter()
                    .map(|l| l.width)
                    .fold(0.0, f32::max)
            })
            .fold(0.0, f32::max)
    };
    let mut chosen = None;
    for size in [10.0, 9.0, 8.0, 7.0] {
        let pad = size * 0.8;
        let label_need = widest(size, false, &mut t.rows.iter().map(|(l, _)| l.clone())) + pad;
        let label_w = label_need.clamp(pen.width * 0.2, pen.width * 0.38);
        let figures = widest(
            size,
            false,
            &mut t.rows.iter().flat_map(|(_, c)| c.iter().map(Cell::text)),
        );
        // A header wraps between words, never inside one.
        let words = widest(
            size,
            true,
            &mut t.columns[1..]
                .iter()
                .flat_map(|h| h.split(' ').map(str::to_string)),
        );
        let need = figures.max(words) + pad;
        // A header on one line where it can be, up to a third of the page.
        let whole = widest(size, true, &mut t.columns[1..].iter().cloned()) + pad;
        let room = (pen.width - label_w) / n.max(1) as f32;
        let col_w = room.min(need.max(size * 7.5).max(whole.min(pen.width / 3.0)));
        chosen = Some((size, pad, label_w, col_w));
        if need <= room {
            break;
        }
    }
    let (size, pad, label_w, col_w) = chosen.unwrap_or((7.0, 5.6, pen.width * 0.3, 40.0));
    Grid {
        size,
        label: Span {
            from: 0.0,
            width: label_w,
        },
        cols: (0..n)
            .map(|i| Span {
                from: label_w + i as f32 * col_w,
                width: col_w,
            })
            .collect(),
        pad,
    }
}

/// A column's box less the space before its figures.
fn inner(span: Span, pad: f32) -> Span {
    Span {
        from: span.from + pad,
        width: (span.width - pad).max(1.0),
    }
}

/// The table's title and its header row, with the bar under the header.
fn head(pen: &mut Pen<'_>, title: &str, t: &Said, g: &Grid) {
    let (size, bold) = look(Style::Heading, Paper::A4);
    let size = size - 1.5;
    let lines = pen.set(title, size, bold, pen.width);
    let h = lines.len() as f32 * leading(size);
    let y = pen.y;
    pen.put(lines, size, pen.whole(), Align::Start, y);
    pen.y += h + g.size * 0.3;
    let mut tallest = 1;
    let y = pen.y;
    for (name, col) in t.columns[1..].iter().zip(&g.cols) {
        let span = inner(*col, g.pad);
        let lines = pen.set(name, g.size, true, span.width);
        tallest = tallest.max(lines.len());
        // Each line of a wrapped header keeps to the figures' side.
        for (i, line) in lines.into_iter().enumerate() {
            let top = y + i as f32 * leading(g.size);
            pen.put(vec![line], g.size, span, Align::End, top);
        }
    }
    pen.y += tallest as f32 * leading(g.size) + 1.0;
    pen.bar(g.span(), 0.8);
    pen.y += 2.0;
}

/// A table, on this page if it fits what is left of it, else on the next.
fn table(pen: &mut Pen<'_>, t: &Said, total_row: bool, i18n: &I18n) {
    let g = grid(pen, t);
    let step = leading(g.size);
    let rows: Vec<(Vec<Line>, Vec<Vec<Line>>)> = t
        .rows
        .iter()
        .map(|(label, cells)| {
            let labels = pen.set(label, g.size, false, g.label.width - g.pad);
            let figures = cells
                .iter()
                .zip(&g.cols)
                .map(|(c, col)| pen.set(&figure(c, pen.rtl, i18n.lang()), g.size, false, col.width))
                .collect();
            (labels, figures)
        })
        .collect();
    let title = format!("{} ({})", t.title, t.name);
    let body: f32 = rows.iter().map(|(l, _)| l.len().max(1) as f32 * step).sum();
    let whole = 4.0 * step + body + step;
    // A table that would fit a page of its own starts one; a longer one starts here if its
    // header and a few rows fit.
    let start = if whole <= pen.height {
        whole
    } else {
        8.0 * step
    };
    if start > pen.room() && pen.y > 0.0 {
        pen.new_page();
    }
    head(pen, &title, t, &g);
    let last = rows.len().saturating_sub(1);
    for (i, (labels, figures)) in rows.into_iter().enumerate() {
        let h = labels.len().max(1) as f32 * step;
        if h + step > pen.room() {
            pen.new_page();
            let more =
                i18n.render(&Msg::new("report-export-continued").arg("title", title.clone()));
            head(pen, &more, t, &g);
        }
        if total_row && i == last && i > 0 {
            pen.bar(g.span(), 0.4);
        }
        let y = pen.y;
        pen.put(labels, g.size, g.label, Align::Start, y);
        for (lines, col) in figures.into_iter().zip(&g.cols) {
            pen.put(lines, g.size, inner(*col, g.pad), Align::End, y);
        }
        pen.y += h;
    }
    pen.y += 1.0;
    pen.bar(g.span(), 0.8);
    pen.y += step * 1.5;
}

/// A printed report.
pub struct Printed {
    pub bytes: Vec<u8>,
    pub pages: usize,
}

/// The report on A4 in `lang`, headed by the centre's letterhead.
pub fn report(report: &Report, site: &Site, lang: Lang) -> Result<Printed, PdfError> {
    let fonts = Fonts::get()?;
    let pages = pages(report, site, lang, fonts);
    let mut pdf = draw(&pages, fonts)?;
    let title: String = out::heading(report, &I18n::for_print(lang))
        .chars()
        .filter(|c| !is_control(*c))
        .collect();
    let meta = krilla::metadata::Metadata::new()
        .title(title)
        .creator("seuil".to_string());
    pdf.set_metadata(meta);
    let bytes = pdf
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))?;
    Ok(Printed {
        bytes,
        pages: pages.len(),
    })
}

/// The report's pages laid out, the rule and the page's number at the foot of each.
pub(super) fn pages(report: &Report, site: &Site, lang: Lang, fonts: &Fonts) -> Vec<Vec<Mark>> {
    let i18n = I18n::for_print(lang);
    let margin = Paper::A4.margin() * PT_PER_MM;
    let (page_w, page_h) = (A4.0 * PT_PER_MM, A4.1 * PT_PER_MM);
    let width = page_w - 2.0 * margin;
    let mut pen = Pen {
        fonts,
        rtl: lang.is_rtl(),
        width,
        height: page_h - 2.0 * margin,
        pages: vec![Vec::new()],
        y: 0.0,
    };
    // The foot of every page: the rule, then the page's number.
    let (small, _) = look(Style::Small, Paper::A4);
    let rule = pen.set(&out::rule_text(&report.rule, &i18n), small, false, width);
    let foot = (rule.len() + 1) as f32 * leading(small);
    pen.height -= foot + leading(small);

    // The centre's name, address and phone each read in their own direction: a phone number
    // alone on an Arabic page must not come out as "23 01 555 02".
    for block in letterhead(site)
        .into_iter()
        .filter(|b| !b.text.trim().is_empty())
    {
        pen.text(&format!("\u{2068}{}\u{2069}", block.text), block.style);
    }
    pen.y += leading(small);
    pen.text(&out::heading(report, &i18n), Style::Heading);
    pen.y += leading(small);
    for ((t, _), said) in report.tables.iter().zip(out::said(report, &i18n)) {
        table(&mut pen, &said, t.total_row, &i18n);
    }

    let count = pen.pages.len();
    let top = pen.height + leading(small);
    let feet: Vec<Vec<Mark>> = (1..=count)
        .map(|n| {
            let number = Msg::new("report-export-page")
                .arg("page", n)
                .arg("pages", count);
            let mut lines = rule.clone();
            lines.extend(pen.set(&i18n.render(&number), small, false, width));
            pen.marks(lines, small, pen.whole(), Align::Start, top)
        })
        .collect();
    for (page, foot) in pen.pages.iter_mut().zip(feet) {
        page.extend(foot);
    }

    pen.pages
}
