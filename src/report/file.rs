//! A report saved as a file from the desk: a spreadsheet, a printed page or CSV by the name's
//! extension, written whole or not at all, with what to say either way.

use std::io::ErrorKind;
use std::path::Path;

use super::{Report, out, xlsx};
use crate::domain::site::Site;
use crate::i18n::{I18n, Msg};
use crate::print::spool;

/// What a file is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Pdf,
    Csv,
}

impl Format {
    /// By the name's extension; a spreadsheet when it has none of these.
    pub fn of(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_lowercase)
            .as_deref()
        {
            Some("pdf") => Format::Pdf,
            Some("csv") => Format::Csv,
            _ => Format::Xlsx,
        }
    }
}

/// The system's reason a file could not be written, in the worker's language when it is one a
/// worker can act on (no such folder, a full USB stick).
pub fn why(kind: ErrorKind, reason: String, i18n: &I18n) -> String {
    let id = match kind {
        ErrorKind::NotFound => "report-export-why-missing",
        ErrorKind::NotADirectory => "report-export-why-not-folder",
        ErrorKind::PermissionDenied => "report-export-why-denied",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "report-export-why-full",
        ErrorKind::ReadOnlyFilesystem => "report-export-why-read-only",
        ErrorKind::IsADirectory => "report-export-why-folder",
        _ => return reason,
    };
    i18n.tr(id)
}

fn cannot(path: &Path, reason: String) -> Msg {
    Msg::new("report-error-write")
        .arg("path", path)
        .arg("reason", reason)
}

/// Writes the report to `path` in the format its name says: what was written, or why not
/// (nothing is left half-written).
pub fn save(report: &Report, site: &Site, i18n: &I18n, path: &Path) -> Result<Msg, Msg> {
    let (bytes, said) = match Format::of(path) {
        Format::Xlsx => {
            let bytes = xlsx::xlsx(report, i18n).map_err(|e| cannot(path, e.to_string()))?;
            let said = Msg::new("report-export-written-xlsx")
                .arg("path", path)
                .arg("sheets", report.tables.len() + 1);
            (bytes, said)
        }
        Format::Pdf => {
            let printed =
                crate::print::report::report(report, site, i18n.lang()).map_err(|e| match e {
                    crate::print::PdfError::Font(_) => Msg::new("print-error-font"),
                    crate::print::PdfError::Write(reason) => cannot(path, reason),
                })?;
            let said = Msg::new("report-export-written-pdf")
                .arg("path", path)
                .arg("pages", printed.pages);
            (printed.bytes, said)
        }
        Format::Csv => {
            let bytes = out::csv(report, i18n).map_err(|e| cannot(path, e.to_string()))?;
            (bytes, Msg::new("report-written").arg("path", path))
        }
    };
    spool::save(&bytes, path).map_err(|e| {
        let reason = match e {
            spool::SpoolError::Write { reason, kind, .. } => why(kind, reason, i18n),
            other => other.to_string(),
        };
        cannot(path, reason)
    })?;
    Ok(said)
}
