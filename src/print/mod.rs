//! Referral letters, slips and queue tickets: the printout model, its layout into PDF with the
//! shipped fonts, and the printer spool (CUPS `lp`).

pub mod compose;
pub mod document;
pub mod fonts;
pub mod jobs;
pub mod labels;
pub mod layout;
pub mod pdf;
pub mod spool;
pub mod tdi;

pub use document::{Block, Document, Paper, Sheet, Style};
pub use pdf::{PdfError, render};

#[cfg(test)]
mod tests;
