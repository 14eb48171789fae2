//! `seuil report list | run NAME --from DATE --to DATE [--by …] [--json | --csv F | --xlsx F | --pdf F]`: the
//! coordinator's indicators, small counts hidden unless `--no-suppress` (written in the audit
//! trail: the true figures stay inside the centre).

use std::path::{Path, PathBuf};

use clap::Subcommand;
use serde_json::json;

use super::{Context, Failure, exit};
use crate::domain::indicators::By;
use crate::i18n::{I18n, Localised, Msg};
use crate::print::{self, PdfError, spool};
use crate::report::{self, Query, REPORTS, ReportError, Rule, out};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// The reports, with their version.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Compute a report over a period.
    Run {
        name: String,
        #[arg(long, value_name = "DATE")]
        from: String,
        #[arg(long, value_name = "DATE")]
        to: String,
        #[arg(long, value_name = "month|quarter|year", default_value = "month")]
        by: String,
        #[arg(long, group = "format")]
        json: bool,
        #[arg(long, value_name = "FILE", group = "format")]
        csv: Option<PathBuf>,
        #[arg(long, value_name = "FILE", group = "format")]
        xlsx: Option<PathBuf>,
        #[arg(long, value_name = "FILE", group = "format")]
        pdf: Option<PathBuf>,
        #[arg(long)]
        no_suppress: bool,
    },
}

impl From<ReportError> for Failure {
    fn from(e: ReportError) -> Self {
        match e {
            ReportError::Store(s) => Failure::from(s),
            ReportError::Unknown(_) => Failure::new(exit::USAGE, e.msg()),
            ReportError::Period => Failure::new(exit::USAGE, e.msg()),
        }
    }
}

fn cannot_write(path: &Path, reason: String) -> Failure {
    Failure::new(
        exit::USAGE,
        Msg::new("report-error-write")
            .arg("path", path)
            .arg("reason", reason),
    )
}

/// A file written whole or not at all (a bad path, a full disk: nothing half-written).
fn write_whole(bytes: &[u8], path: &Path, i18n: &I18n) -> Result<(), Failure> {
    spool::save(bytes, path).map_err(|e| {
        let reason = match e {
            spool::SpoolError::Write { reason, kind, .. } => {
                crate::report::file::why(kind, reason, i18n)
            }
            other => other.to_string(),
        };
        cannot_write(path, reason)
    })
}

pub fn run(ctx: &Context, cmd: ReportCommand) -> Result<(), Failure> {
    match cmd {
        ReportCommand::List { json } => {
            if json {
                let list: Vec<_> = REPORTS
                    .iter()
                    .map(|d| json!({"name": d.name, "title": ctx.i18n.tr(d.title), "version": d.version}))
                    .collect();
                out!(
                    "{}",
                    serde_json::to_string_pretty(&list).unwrap_or_default()
                );
            } else {
                for d in REPORTS {
                    out!("{:<16} v{}  {}", d.name, d.version, ctx.i18n.tr(d.title));
                }
            }
            Ok(())
        }
        ReportCommand::Run {
            name,
            from,
            to,
            by,
            json,
            csv,
            xlsx,
            pdf,
            no_suppress,
        } => {
            let by = By::read(&by).ok_or_else(|| {
                Failure::new(
                    exit::USAGE,
                    Msg::new("cli-error-invalid-value")
                        .arg("arg", "--by")
                        .arg("value", by.as_str()),
                )
            })?;
            let query = Query {
                from: ctx.date_option("--from", &from)?,
                to: ctx.date_option("--to", &to)?,
                by,
                lang: ctx.i18n.lang(),
            };
            let store = ctx.open_store()?;
            let mut rule = Rule::of(&store);
            if no_suppress {
                rule.apply = false;
                let detail = format!("{name} {} {}", query.from, query.to);
                store.log("report-unsuppressed", "report", None, Some(&detail))?;
            }
            let bar = progress_bar(ctx);
            let mut progress = |done: usize, total: usize| {
                if let Some(b) = &bar {
                    b.set_length(total as u64);
                    b.set_position(done as u64);
                }
            };
            let report = report::run(&store, &name, query, rule, &mut progress)?;
            if let Some(b) = bar {
                b.finish_and_clear();
            }
            if json {
                let doc = out::json(&report, &ctx.i18n);
                out!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
            } else if let Some(path) = csv {
                let bytes =
                    out::csv(&report, &ctx.i18n).map_err(|e| cannot_write(&path, e.to_string()))?;
                write_whole(&bytes, &path, &ctx.i18n)?;
                out!(
                    "{}",
                    ctx.i18n
                        .render(&Msg::new("report-written").arg("path", path.as_path()))
                );
            } else if let Some(path) = xlsx {
                let bytes = report::xlsx::xlsx(&report, &ctx.i18n)
                    .map_err(|e| cannot_write(&path, e.to_string()))?;
                write_whole(&bytes, &path, &ctx.i18n)?;
                let sheets = report.tables.len() + 1;
                out!(
                    "{}",
                    ctx.i18n.render(
                        &Msg::new("report-export-written-xlsx")
                            .arg("path", path.as_path())
                            .arg("sheets", sheets)
                    )
                );
            } else if let Some(path) = pdf {
                let site = store.site()?;
                let printed = print::report::report(&report, &site, ctx.i18n.lang()).map_err(
                    |e| match e {
                        PdfError::Font(_) => {
                            Failure::new(exit::REFUSED, Msg::new("print-error-font"))
                        }
                        PdfError::Write(reason) => cannot_write(&path, reason),
                    },
                )?;
                write_whole(&printed.bytes, &path, &ctx.i18n)?;
                out!(
                    "{}",
                    ctx.i18n.render(
                        &Msg::new("report-export-written-pdf")
                            .arg("path", path.as_path())
                            .arg("pages", printed.pages)
                    )
                );
            } else {
                for line in text(&report, &ctx.i18n) {
                    out!("{line}");
                }
            }
            Ok(())
        }
    }
}

/// A bar on stderr for a report that takes a while, only on a terminal.
fn progress_bar(ctx: &Context) -> Option<indicatif::ProgressBar> {
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return None;
    }
    let b = indicatif::ProgressBar::new(1);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} {bar:30} {pos}/{len}") {
        b.set_style(style);
    }
    b.set_message(ctx.i18n.tr("report-computing"));
    Some(b)
}

/// The report as text for a terminal: each table with its columns aligned.
fn text(report: &report::Report, i18n: &I18n) -> Vec<String> {
    let lang = i18n.lang();
    let mut lines = vec![out::heading(report, i18n)];
    for t in out::said(report, i18n) {
        lines.push(String::new());
        lines.push(format!("{} ({})", t.title, t.name));
        let first = t
            .rows
            .iter()
            .map(|(l, _)| crate::text::width(l))
            .chain(std::iter::once(0))
            .max()
            .unwrap_or(0);
        let widths: Vec<usize> = (1..t.columns.len())
            .map(|c| {
                t.rows
                    .iter()
                    .map(|(_, cells)| cells.get(c - 1).map_or(0, |x| x.shown(lang).len()))
                    .chain(std::iter::once(crate::text::width(&t.columns[c])))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut head = crate::text::pad("", first);
        for (c, w) in widths.iter().enumerate() {
            head.push_str("  ");
            head.push_str(&crate::text::pad(&t.columns[c + 1], *w));
        }
        lines.push(head.trim_end().to_string());
        for (l, cells) in &t.rows {
            let mut line = crate::text::pad(l, first);
            for (c, w) in widths.iter().enumerate() {
                let v = cells.get(c).map(|x| x.shown(lang)).unwrap_or_default();
                line.push_str("  ");
                line.push_str(&format!("{v:>w$}"));
            }
            lines.push(line.trim_end().to_string());
        }
    }
    lines.push(String::new());
    lines.push(out::rule_text(&report.rule, i18n));
    lines
}
