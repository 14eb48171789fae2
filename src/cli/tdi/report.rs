//! `seuil tdi export / checklist / sheet`: what the year's episodes give Sciensano, what is
//! still missing before 31 March, and the sheet to re-key an episode from.

use std::path::Path;

use chrono::Local;
use serde_json::json;

use super::{Context, Failure, exit, names};
use crate::domain::tdi::{self, EXPORT};
use crate::i18n::{Localised, Msg, dates};
use crate::print::spool;

/// A file written whole or not at all, or why not (a bad path, a full disk): nothing is left
/// half-written under the name.
fn write_whole(bytes: &[u8], path: &Path) -> Result<(), Failure> {
    spool::save(bytes, path).map_err(|e| {
        let reason = match e {
            spool::SpoolError::Write { reason, .. } => reason,
            other => other.to_string(),
        };
        Failure::new(
            exit::USAGE,
            Msg::new("tdi-error-write")
                .arg("path", path)
                .arg("reason", reason),
        )
    })
}

/// One line per episode started in `year`, the EMCDDA codes, the header from the layout. The
/// NISS goes as stored: the eHealth platform pseudonymises it on the way.
pub fn export(ctx: &Context, year: i32, path: &Path) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let episodes = store.episodes_of_year(year)?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let failed = |e: csv::Error| {
        Failure::new(
            exit::USAGE,
            Msg::new("tdi-error-write")
                .arg("path", path)
                .arg("reason", e.to_string()),
        )
    };
    w.write_record(tdi::header(EXPORT)).map_err(failed)?;
    for e in &episodes {
        w.write_record(tdi::row(EXPORT, e.id, e.started, &e.items))
            .map_err(failed)?;
    }
    let bytes = w.into_inner().map_err(|e| failed(e.into_error().into()))?;
    write_whole(&bytes, path)?;
    let msg = Msg::new("tdi-exported")
        .arg("count", episodes.len())
        .arg("year", i64::from(year))
        .arg("path", path);
    out!("{}", ctx.i18n.render(&msg));
    Ok(())
}

/// The episodes of `year`, each with the items still unknown, and the day they are due.
pub fn checklist(ctx: &Context, year: i32, as_json: bool) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let episodes = store.episodes_of_year(year)?;
    let due = tdi::due_date(year);
    let t = &ctx.i18n;
    if as_json {
        let list: Vec<_> = episodes
            .iter()
            .map(|e| {
                let unknown: Vec<&str> = e.items.unknown().iter().map(|i| i.key).collect();
                json!({
                    "id": e.id,
                    "person": e.person_code,
                    "started": e.started.to_string(),
                    "unknown": unknown,
                })
            })
            .collect();
        let doc = json!({
            "year": year,
            "due": due.map(|d| d.to_string()),
            "episodes": list,
        });
        out!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return Ok(());
    }
    let head = Msg::new("tdi-checklist-head")
        .arg("year", i64::from(year))
        .arg("count", episodes.len())
        .arg("due", due.map(|d| dates::short(t, d)).unwrap_or_default());
    out!("{}", t.render(&head));
    for e in &episodes {
        let unknown = e.items.unknown();
        let state = if unknown.is_empty() {
            t.tr("tdi-checklist-complete")
        } else {
            t.render(
                &Msg::new("tdi-still-unknown")
                    .arg("count", unknown.len())
                    .arg("items", names(&unknown, t)),
            )
        };
        let line = Msg::new("tdi-checklist-line")
            .arg("id", e.id)
            .arg("code", e.person_code.as_str())
            .arg("date", dates::short(t, e.started))
            .arg("state", state);
        out!("{}", t.render(&line));
    }
    Ok(())
}

/// The printable TDI sheet of an episode, in the interface language, as a PDF file.
pub fn sheet(ctx: &Context, id: i64, path: &Path) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let e = store
        .episode(id)?
        .ok_or(crate::store::tdi::TdiError::UnknownEpisode(id))?;
    let doc = crate::print::tdi::sheet(&e, ctx.i18n.lang(), Local::now().date_naive());
    let pdf = crate::print::render(&doc)
        .map_err(|e| Failure::new(exit::REFUSED, crate::print::jobs::PrintError::from(e).msg()))?;
    write_whole(&pdf.bytes, path)?;
    out!(
        "{}",
        ctx.i18n
            .render(&Msg::new("tdi-sheet-saved").arg("path", path))
    );
    Ok(())
}
