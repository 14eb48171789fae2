//! Pages laid out mark by mark before anything is drawn: lines of text set by the print
//! layout, placed in boxes measured from where reading starts (the right in Arabic), and bars;
//! then drawn into a PDF with the shipped fonts.

use krilla::geom::{PathBuilder, Point, Rect};
use krilla::page::PageSettings;
use krilla::text::TextDirection;

use super::document::{A4, Paper, Style};
use super::fonts::Fonts;
use super::layout::{Line, Setting, paragraph};
use super::pdf::{PT_PER_MM, PdfError, leading, look};

/// What is drawn on a page, in points from the top left corner of the text box.
pub(super) enum Mark {
    Text {
        x: f32,
        top: f32,
        size: f32,
        line: Line,
    },
    Bar {
        x: f32,
        y: f32,
        width: f32,
        thick: f32,
    },
}

/// Which side of its box a line keeps to: where reading starts (labels) or ends (numbers).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Align {
    Start,
    End,
}

/// A box on a line, measured from the edge where reading starts.
#[derive(Clone, Copy)]
pub(super) struct Span {
    pub from: f32,
    pub width: f32,
}

/// Lays out the pages one mark at a time.
pub(super) struct Pen<'a> {
    pub fonts: &'a Fonts,
    pub rtl: bool,
    /// The text box's width, and the height left for the body above the foot.
    pub width: f32,
    pub height: f32,
    pub pages: Vec<Vec<Mark>>,
    pub y: f32,
}

impl Pen<'_> {
    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = 0.0;
    }

    pub fn room(&self) -> f32 {
        self.height - self.y
    }

    pub fn set(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<Line> {
        let setting = Setting {
            size,
            bold,
            rtl: self.rtl,
            width,
        };
        paragraph(self.fonts, text, setting)
    }

    pub fn whole(&self) -> Span {
        Span {
            from: 0.0,
            width: self.width,
        }
    }

    /// Where a line of `width` starts from the left, in its box.
    pub fn left(&self, span: Span, width: f32, align: Align) -> f32 {
        let from = match align {
            Align::Start => span.from,
            Align::End => span.from + span.width - width,
        };
        if self.rtl {
            self.width - from - width
        } else {
            from
        }
    }

    /// Lines one under the other from `top`, in their box.
    pub fn marks(
        &self,
        lines: Vec<Line>,
        size: f32,
        span: Span,
        align: Align,
        top: f32,
    ) -> Vec<Mark> {
        lines
            .into_iter()
            .enumerate()
            .map(|(i, line)| Mark::Text {
                x: self.left(span, line.width, align),
                top: top + i as f32 * leading(size),
                size,
                line,
            })
            .collect()
    }

    /// Lines on this page (no page break: the caller made room).
    pub fn put(&mut self, lines: Vec<Line>, size: f32, span: Span, align: Align, top: f32) {
        let marks = self.marks(lines, size, span, align, top);
        if let Some(page) = self.pages.last_mut() {
            page.extend(marks);
        }
    }

    /// A paragraph across the page, going on to the next page if it must.
    pub fn text(&mut self, text: &str, style: Style) {
        let (size, bold) = look(style, Paper::A4);
        for line in self.set(text, size, bold, self.width) {
            if leading(size) > self.room() && self.y > 0.0 {
                self.new_page();
            }
            let y = self.y;
            self.put(vec![line], size, self.whole(), Align::Start, y);
            self.y += leading(size);
        }
    }

    pub fn bar(&mut self, span: Span, thick: f32) {
        let x = self.left(span, span.width, Align::Start);
        let y = self.y;
        if let Some(page) = self.pages.last_mut() {
            page.push(Mark::Bar {
                x,
                y,
                width: span.width,
                thick,
            });
        }
    }
}

/// The pages on A4 paper, each mark where the layout put it.
pub(super) fn draw(pages: &[Vec<Mark>], fonts: &Fonts) -> Result<krilla::Document, PdfError> {
    let margin = Paper::A4.margin() * PT_PER_MM;
    let (page_w, page_h) = (A4.0 * PT_PER_MM, A4.1 * PT_PER_MM);
    let settings = PageSettings::from_wh(page_w, page_h)
        .ok_or_else(|| PdfError::Write(format!("page {page_w}×{page_h}")))?;
    let mut pdf = krilla::Document::new();
    for marks in pages {
        let mut page = pdf.start_page_with(settings.clone());
        let mut surface = page.surface();
        for mark in marks {
            match mark {
                Mark::Text { x, top, size, line } => {
                    for piece in &line.pieces {
                        let direction = if piece.rtl {
                            TextDirection::RightToLeft
                        } else {
                            TextDirection::LeftToRight
                        };
                        surface.draw_text(
                            Point::from_xy(margin + x + piece.x, margin + top + size),
                            fonts.font(piece.face),
                            *size,
                            &piece.text,
                            false,
                            direction,
                        );
                    }
                }
                Mark::Bar { x, y, width, thick } => {
                    let mut path = PathBuilder::new();
                    if let Some(r) = Rect::from_xywh(margin + x, margin + y, *width, *thick) {
                        path.push_rect(r);
                    }
                    // Neither fill nor stroke set: krilla fills in black.
                    if let Some(path) = path.finish() {
                        surface.draw_path(&path);
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    Ok(pdf)
}
