//! Referral letters, slips, queue tickets and reports on paper: the printout model, its layout into PDF with the
//! shipped fonts, and the printer spool (CUPS `lp`).

pub mod compose;
pub mod document;
pub mod fonts;
pub mod jobs;
pub mod labels;
pub mod layout;
pub mod pdf;
mod pen;
pub mod report;
pub mod spool;
pub mod tdi;

pub use document::{Block, Document, Paper, Sheet, Style};
pub use pdf::{PdfError, render};

#[cfg(test)]
mod tests;
