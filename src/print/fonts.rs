//! The fonts shipped with seuil (Noto, SIL Open Font License, `assets/fonts/OFL.txt`), embedded
//! in the binary so a printout never depends on the fonts of the machine. Each character is
//! drawn with the font of its script; rustybuzz (the shaper krilla draws with) measures runs.

use std::sync::OnceLock;

use krilla::text::Font;

// Compressed by build.rs; inflated once, the first time something is printed.
static LATIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans-Regular.ttf.z"));
static LATIN_BOLD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans-Bold.ttf.z"));
static ARABIC: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/NotoSansArabic-Regular.ttf.z"));
static ETHIOPIC: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSansEthiopic-Regular.ttf.z"));

/// Which of the shipped fonts draws a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Latin,
    LatinBold,
    Arabic,
    Ethiopic,
}

impl Face {
    /// The font for a character: Arabic and Ethiopic letters (and their punctuation) in their own
    /// fonts, everything else (Latin, Greek, Cyrillic, digits, spaces, punctuation) in Noto Sans.
    pub fn of(c: char, bold: bool) -> Face {
        match c as u32 {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => Face::Arabic,
            0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F | 0x1E7E0..=0x1E7FF => {
                Face::Ethiopic
            }
            _ if bold => Face::LatinBold,
            _ => Face::Latin,
        }
    }

    fn packed(self) -> &'static [u8] {
        match self {
            Face::Latin => LATIN,
            Face::LatinBold => LATIN_BOLD,
            Face::Arabic => ARABIC,
            Face::Ethiopic => ETHIOPIC,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

const ALL: [Face; 4] = [Face::Latin, Face::LatinBold, Face::Arabic, Face::Ethiopic];

/// The parsed fonts, once per process.
pub struct Fonts {
    krilla: Vec<Font>,
    shapers: Vec<rustybuzz::Face<'static>>,
}

/// A font file that does not parse: only possible if the binary itself is damaged.
#[derive(Debug, thiserror::Error)]
#[error("a font shipped with seuil could not be read")]
pub struct FontError;

impl Fonts {
    pub fn get() -> Result<&'static Fonts, FontError> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS.get_or_init(Fonts::load).as_ref().ok_or(FontError)
    }

    fn load() -> Option<Fonts> {
        static DATA: OnceLock<Option<Vec<Vec<u8>>>> = OnceLock::new();
        let data = DATA
            .get_or_init(|| ALL.iter().map(|f| inflate(f.packed())).collect())
            .as_ref()?;
        let mut krilla = Vec::new();
        let mut shapers = Vec::new();
        // In the order of `ALL`, which `Face::index` follows.
        for bytes in data {
            let bytes: &'static [u8] = bytes.as_slice();
            krilla.push(Font::new(bytes.into(), 0)?);
            shapers.push(rustybuzz::Face::from_slice(bytes, 0)?);
        }
        Some(Fonts { krilla, shapers })
    }

    pub fn font(&self, face: Face) -> Font {
        self.krilla[face.index()].clone()
    }

    /// Width in points of a run drawn in one font, one direction.
    pub fn width(&self, face: Face, text: &str, size: f32, rtl: bool) -> f32 {
        let shaper = &self.shapers[face.index()];
        let shaped = self.shape(face, text, rtl);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / shaper.units_per_em() as f32
    }

    /// The glyphs a run is drawn with, in visual order (for tests: joining, mirroring, coverage).
    pub fn glyph_ids(&self, face: Face, text: &str, rtl: bool) -> Vec<u32> {
        let shaped = self.shape(face, text, rtl);
        shaped.glyph_infos().iter().map(|g| g.glyph_id).collect()
    }

    fn shape(&self, face: Face, text: &str, rtl: bool) -> rustybuzz::GlyphBuffer {
        let shaper = &self.shapers[face.index()];
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        rustybuzz::shape(shaper, &[], buffer)
    }
}

fn inflate(packed: &[u8]) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(packed)
        .read_to_end(&mut out)
        .ok()?;
    Some(out)
}

/// Splits text into runs of one font, in logical order.
pub fn font_runs(text: &str, bold: bool) -> Vec<(Face, &str)> {
    let mut runs: Vec<(Face, &str)> = Vec::new();
    let mut start = 0;
    let mut current: Option<Face> = None;
    for (i, c) in text.char_indices() {
        // Bidi controls have done their work in the layout; they are not drawn.
        if is_control(c) {
            if let Some(f) = current.take() {
                runs.push((f, &text[start..i]));
            }
            start = i + c.len_utf8();
            continue;
        }
        // Combining marks stay with the letter they sit on.
        let face = match (current, c) {
            (Some(f), '\u{0300}'..='\u{036F}' | '\u{200C}' | '\u{200D}') => f,
            _ => Face::of(c, bold),
        };
        if current.is_some_and(|f| f != face) {
            if let Some(f) = current {
                runs.push((f, &text[start..i]));
            }
            start = i;
        }
        current = Some(face);
    }
    if let Some(f) = current {
        runs.push((f, &text[start..]));
    }
    runs.retain(|(_, r)| !r.is_empty());
    runs
}

/// Bidi formatting characters (marks, embeddings, isolates).
pub fn is_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}
