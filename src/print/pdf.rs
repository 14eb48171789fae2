//! A [`Document`] into PDF bytes with krilla: fonts embedded as subsets, text as real text (so
//! it can be searched and read aloud), the same bytes for the same document.

use krilla::geom::Point;
use krilla::page::PageSettings;
use krilla::text::TextDirection;

use super::document::{Block, Document, Paper, Sheet, Style};
use super::fonts::{FontError, Fonts};
use super::layout::{Line, Setting, paragraph};

pub(super) const PT_PER_MM: f32 = 72.0 / 25.4;

/// Why no PDF came out.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error(transparent)]
    Font(#[from] FontError),
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// Size (points) and weight of a style on a paper.
pub(super) fn look(style: Style, paper: Paper) -> (f32, bool) {
    let body = if paper == Paper::Receipt { 10.0 } else { 10.5 };
    match style {
        Style::Letterhead => (16.0, true),
        Style::Heading => (body + 2.5, true),
        Style::Huge => (40.0, true),
        Style::Small => (body - 2.0, false),
        Style::Body | Style::Field | Style::Gap | Style::Signature => (body, false),
    }
}

/// A block laid out: its lines and their height.
struct Set {
    lines: Vec<Line>,
    size: f32,
    centred: bool,
}

fn set_block(fonts: &Fonts, block: &Block, sheet: &Sheet, width: f32) -> Set {
    let (size, bold) = look(block.style, sheet.paper);
    let text = match block.style {
        Style::Gap => String::new(),
        Style::Signature => format!("{}  ______________________", block.text),
        _ => block.text.clone(),
    };
    let setting = Setting {
        size,
        bold,
        rtl: sheet.rtl,
        width,
    };
    Set {
        lines: paragraph(fonts, &text, setting),
        size,
        centred: block.centred,
    }
}

pub(super) fn leading(size: f32) -> f32 {
    size * 1.45
}

/// A rendered printout and the paper to ask the printer for.
pub struct Pdf {
    pub bytes: Vec<u8>,
    /// CUPS media name: `A4`, or `Custom.80x123mm` for a receipt.
    pub media: String,
}

/// The PDF of a document.
pub fn render(document: &Document) -> Result<Pdf, PdfError> {
    let fonts = Fonts::get()?;
    let mut media = "A4".to_string();
    let mut pdf = krilla::Document::new();
    for sheet in &document.sheets {
        let page_width = sheet.paper.width() * PT_PER_MM;
        let margin = sheet.paper.margin() * PT_PER_MM;
        let width = page_width - 2.0 * margin;
        let blocks: Vec<Set> = sheet
            .blocks
            .iter()
            .map(|b| set_block(fonts, b, sheet, width))
            .collect();
        let page_height = match sheet.paper {
            Paper::A4 => super::document::A4.1 * PT_PER_MM,
            Paper::Receipt => {
                let text: f32 = blocks
                    .iter()
                    .map(|b| leading(b.size) * b.lines.len() as f32)
                    .sum();
                let height = text + 2.0 * margin;
                media = format!("Custom.80x{}mm", (height / PT_PER_MM).ceil());
                height
            }
        };
        let settings = PageSettings::from_wh(page_width, page_height)
            .ok_or_else(|| PdfError::Write(format!("page {page_width}×{page_height}")))?;
        let mut page = pdf.start_page_with(settings.clone());
        let mut surface = page.surface();
        let mut y = margin;
        for block in &blocks {
            for line in &block.lines {
                let step = leading(block.size);
                // Half a point of slack: a receipt is exactly as long as its lines, and sums of
                // floats must not push its last line onto a page of its own.
                if y + step > page_height - margin + 0.5 && y > margin {
                    surface.finish();
                    page.finish();
                    page = pdf.start_page_with(settings.clone());
                    surface = page.surface();
                    y = margin;
                }
                let left = if block.centred {
                    margin + (width - line.width) / 2.0
                } else if sheet.rtl {
                    margin + width - line.width
                } else {
                    margin
                };
                let baseline = y + block.size;
                for piece in &line.pieces {
                    let direction = if piece.rtl {
                        TextDirection::RightToLeft
                    } else {
                        TextDirection::LeftToRight
                    };
                    surface.draw_text(
                        Point::from_xy(left + piece.x, baseline),
                        fonts.font(piece.face),
                        block.size,
                        &piece.text,
                        false,
                        direction,
                    );
                }
                y += step;
            }
        }
        surface.finish();
        page.finish();
    }
    let mut meta = krilla::metadata::Metadata::new().title(document.title.clone());
    meta = meta.creator("seuil".to_string());
    pdf.set_metadata(meta);
    let bytes = pdf
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))?;
    Ok(Pdf { bytes, media })
}
