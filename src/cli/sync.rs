//! `seuil sync init / run / status / conflicts`: the exchange between the organisation's
//! sites from a shell (the work is in `crate::sync::run`).

use std::path::PathBuf;

use chrono::Local;
use clap::Subcommand;
use serde_json::json;

use super::{Context, Failure, exit};
use crate::i18n::{Localised, Msg};
use crate::store::audit::os_user;
use crate::sync::run::{self, Held, SyncError};

#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Joins the organisation as a site of a shared folder.
    Init {
        #[arg(long, value_name = "NAME")]
        site: String,
        #[arg(long, value_name = "DIR")]
        folder: PathBuf,
        /// The organisation's key (not the database's own `--key-file`).
        #[arg(long, value_name = "FILE")]
        org_key: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Writes this site's changes, applies the other sites'.
    Run {
        #[arg(long)]
        json: bool,
    },
    /// How far each site's files were applied, what waits.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// Fields two sites changed each without the other's edit.
    Conflicts {
        #[arg(long)]
        json: bool,
    },
    /// Takes entries of the review list off it, once looked at.
    Reviewed {
        #[arg(required = true, value_name = "ID")]
        ids: Vec<i64>,
    },
}

impl From<SyncError> for Failure {
    fn from(e: SyncError) -> Self {
        match e {
            SyncError::Store(s) => Failure::from(s),
            SyncError::NotStarted
            | SyncError::Started(_)
            | SyncError::Key { .. }
            | SyncError::NoKey(_)
            | SyncError::UnknownReview(_) => Failure::new(exit::USAGE, e.msg()),
            _ => Failure::new(exit::REFUSED, e.msg()),
        }
    }
}

pub fn run(ctx: &Context, command: SyncCommand) -> Result<(), Failure> {
    let mut store = ctx.open_store()?;
    let now = Local::now().naive_local();
    let t = |m: &Msg| ctx.i18n.render(m);
    match command {
        SyncCommand::Init {
            site,
            folder,
            org_key,
            json,
        } => {
            let name = site.trim();
            if name.is_empty() {
                return Err(Failure::new(exit::USAGE, Msg::new("sync-error-site-name")));
            }
            let started = run::init(&mut store, name, &folder, &org_key, &os_user(), now)?;
            if json {
                out!("{}", json!(started));
                return Ok(());
            }
            out!(
                "{}",
                t(&Msg::new("sync-init-done")
                    .arg("number", started.number)
                    .arg("name", started.name.as_str())
                    .arg("folder", started.folder.display().to_string()))
            );
            let key = started.key_file.display().to_string();
            out!(
                "{}",
                t(&Msg::new(if started.new_key {
                    "sync-init-new-key"
                } else {
                    "sync-init-key-used"
                })
                .arg("path", key.as_str()))
            );
            out!(
                "{}",
                t(
                    &Msg::new("sync-init-steps")
                        .arg("folder", started.folder.display().to_string())
                )
            );
        }
        SyncCommand::Run { json } => {
            let r = run::run(&store, now)?;
            if json {
                out!("{}", json!(r));
                return Ok(());
            }
            out!(
                "{}",
                t(&Msg::new("sync-run-written")
                    .arg("files", r.files_written as i64)
                    .arg("changes", r.changes_written as i64))
            );
            out!(
                "{}",
                t(&Msg::new("sync-run-applied")
                    .arg("files", r.files_applied as i64)
                    .arg("changes", r.changes_applied as i64))
            );
            held_lines(ctx, &r.held);
            dose_lines(ctx, &r.double_doses);
            if r.duplicates > 0 {
                out!(
                    "{}",
                    t(&Msg::new("sync-run-duplicates").arg("count", r.duplicates as i64))
                );
            }
            if r.conflicts > 0 {
                out!(
                    "{}",
                    t(&Msg::new("sync-run-conflicts").arg("count", r.conflicts as i64))
                );
            }
        }
        SyncCommand::Status { json } => {
            let s = run::status(&store, now.date())?;
            if json {
                out!("{}", json!(s));
                return Ok(());
            }
            let never = ctx.i18n.tr("sync-status-never");
            let stored = |t: &str| crate::i18n::dates::stored(&ctx.i18n, t);
            out!(
                "{}",
                t(&Msg::new("sync-status-site")
                    .arg("number", s.site)
                    .arg("name", s.name.as_str())
                    .arg("folder", s.folder.display().to_string()))
            );
            out!(
                "{}",
                t(&Msg::new("sync-status-own")
                    .arg("files", s.files_written)
                    .arg("waiting", s.changes_waiting)
                    .arg("last", s.last_run.as_deref().map_or(never.clone(), &stored)))
            );
            for p in &s.peers {
                out!(
                    "{}",
                    t(&Msg::new("sync-status-peer")
                        .arg("number", p.site)
                        .arg("name", p.name.as_str())
                        .arg("applied", p.applied)
                        .arg("last", p.last_at.as_deref().map_or(never.clone(), &stored)))
                );
            }
            held_lines(ctx, &s.held);
            dose_lines(ctx, &s.double_doses);
            out!(
                "{}",
                t(&Msg::new("sync-run-duplicates").arg("count", s.duplicates as i64))
            );
            out!(
                "{}",
                t(&Msg::new("sync-run-conflicts").arg("count", s.conflicts))
            );
        }
        SyncCommand::Reviewed { ids } => {
            let done = run::reviewed(&store, &ids, now)?;
            out!(
                "{}",
                t(&Msg::new("sync-reviewed").arg("count", done as i64))
            );
        }
        SyncCommand::Conflicts { json } => {
            let list = run::conflicts(&store)?;
            let duplicates = run::duplicates(&store)?;
            let doses = run::double_doses(&store, now.date())?;
            if json {
                out!(
                    "{}",
                    json!({ "fields": list, "duplicates": duplicates, "double_doses": doses })
                );
                return Ok(());
            }
            if list.is_empty() && duplicates.is_empty() && doses.is_empty() {
                out!("{}", ctx.i18n.tr("sync-conflicts-none"));
            }
            for d in &duplicates {
                out!(
                    "{}",
                    t(&Msg::new("sync-duplicate-line")
                        .arg("a", d.a.as_str())
                        .arg("a_name", d.a_name.as_str())
                        .arg("b", d.b.as_str())
                        .arg("b_name", d.b_name.as_str()))
                );
            }
            dose_lines(ctx, &doses);
            for c in &list {
                let record = c.person.clone().unwrap_or_else(|| c.key.clone());
                out!(
                    "{}",
                    t(&Msg::new("sync-conflict-line")
                        .arg("id", c.id)
                        .arg("table", c.table.as_str())
                        .arg("record", record.as_str())
                        .arg("field", c.field.as_str())
                        .arg("kept", c.kept.as_deref().unwrap_or("-"))
                        .arg("kept_site", c.kept_site)
                        .arg("other", c.other.as_deref().unwrap_or("-"))
                        .arg("other_site", c.other_site)
                        .arg("at", crate::i18n::dates::stored(&ctx.i18n, &c.at)))
                );
            }
        }
    }
    Ok(())
}

/// Each double dose across sites, as an incident to look at.
fn dose_lines(ctx: &Context, doses: &[run::DoubleDose]) {
    for d in doses {
        let day = crate::i18n::dates::stored(&ctx.i18n, &d.day);
        let sites: Vec<String> = d.sites.iter().map(ToString::to_string).collect();
        out!(
            "{}",
            ctx.i18n.render(
                &Msg::new("sync-double-dose")
                    .arg("person", d.person.as_str())
                    .arg("day", day)
                    .arg("sites", sites.join(", "))
                    .arg("mg", crate::domain::treatment::mg_text(d.mg))
            )
        );
    }
}

/// Each file held, and why, with what to do.
fn held_lines(ctx: &Context, held: &[Held]) {
    for h in held {
        out!("{}", ctx.i18n.render(&h.hold.msg(&h.path, h.site)));
    }
}
