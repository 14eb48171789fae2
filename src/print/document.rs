//! What a printout says, before any font or page: the model stored when a referral is printed,
//! shown in the desk's preview, and laid out into a PDF. The same model gives the same PDF.

use serde::{Deserialize, Serialize};

/// A4, in millimetres.
pub const A4: (f32, f32) = (210.0, 297.0);
/// Width of a receipt printer's paper, in millimetres.
pub const RECEIPT_WIDTH: f32 = 80.0;

/// A printout: one or more sheets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub title: String,
    pub sheets: Vec<Sheet>,
}

/// A sheet of paper; an A4 sheet continues on a new page when its text overflows, a receipt is
/// as long as its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sheet {
    pub paper: Paper,
    /// Right-to-left sheets (an Arabic slip) align their text on the right.
    pub rtl: bool,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    A4,
    Receipt,
}

impl Paper {
    /// Width in millimetres.
    pub fn width(self) -> f32 {
        match self {
            Paper::A4 => A4.0,
            Paper::Receipt => RECEIPT_WIDTH,
        }
    }

    /// Margin in millimetres.
    pub fn margin(self) -> f32 {
        match self {
            Paper::A4 => 20.0,
            Paper::Receipt => 4.0,
        }
    }
}

/// One paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub text: String,
    pub style: Style,
    #[serde(default, skip_serializing_if = "is_false")]
    pub centred: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Style {
    /// The centre's name at the top of a letter.
    Letterhead,
    Heading,
    Body,
    /// A label and its value on one line, the label in bold.
    Field,
    Small,
    /// A ticket number.
    Huge,
    /// Empty space of one line.
    Gap,
    /// A line to sign on.
    Signature,
}

impl Block {
    pub fn new(style: Style, text: impl Into<String>) -> Self {
        Block {
            text: text.into(),
            style,
            centred: false,
        }
    }

    pub fn centred(mut self) -> Self {
        self.centred = true;
        self
    }

    pub fn gap() -> Self {
        Block::new(Style::Gap, "")
    }
}

impl Document {
    /// The text as plain lines, for tests and the command line.
    pub fn lines(&self) -> Vec<String> {
        self.preview().into_iter().map(|(l, _)| l).collect()
    }

    /// The text as lines for the desk's preview, each with whether its sheet reads right to
    /// left (an Arabic slip is right-aligned there, as on paper).
    pub fn preview(&self) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        for (i, sheet) in self.sheets.iter().enumerate() {
            if i > 0 {
                out.push(("\u{2702} - - - - - - - - - - - - - - - - - -".into(), false));
            }
            let rtl = sheet.rtl;
            for b in &sheet.blocks {
                match b.style {
                    Style::Gap => out.push((String::new(), rtl)),
                    Style::Signature => {
                        out.push((format!("{}  ____________________", b.text), rtl));
                    }
                    _ => out.extend(b.text.lines().map(|l| {
                        let plain = l
                            .chars()
                            .filter(|c| !super::fonts::is_control(*c))
                            .collect();
                        (plain, rtl)
                    })),
                }
            }
        }
        out
    }

    /// Stored form (JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Option<Document> {
        serde_json::from_str(text).ok()
    }
}
