//! The print queue: every printout asked for, with its content, so that a printer that is off
//! or missing loses nothing. Also the centre's letterhead (site settings).

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Store, StoreResult};
use crate::domain::site::Site;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
    Waiting,
    Sent,
    Failed,
    Saved,
}

impl JobState {
    /// Message id of the state's name.
    pub fn message_id(self) -> &'static str {
        match self {
            JobState::Waiting => "print-state-waiting",
            JobState::Sent => "print-state-sent",
            JobState::Failed => "print-state-failed",
            JobState::Saved => "print-state-saved",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            JobState::Waiting => "waiting",
            JobState::Sent => "sent",
            JobState::Failed => "failed",
            JobState::Saved => "saved",
        }
    }

    fn parse(s: &str) -> JobState {
        match s {
            "sent" => JobState::Sent,
            "failed" => JobState::Failed,
            "saved" => JobState::Saved,
            _ => JobState::Waiting,
        }
    }
}

/// A printout in the queue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrintJob {
    pub id: i64,
    pub kind: String,
    pub referral_id: Option<i64>,
    pub title: String,
    #[serde(skip)]
    pub document: String,
    pub printer: Option<String>,
    pub state: JobState,
    pub error: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A printout to queue.
pub struct NewJob<'a> {
    pub kind: &'a str,
    pub referral_id: Option<i64>,
    pub person_id: Option<i64>,
    pub title: &'a str,
    pub document: &'a str,
    pub printer: Option<&'a str>,
}

const SELECT: &str = "SELECT id, kind, referral_id, title, document, printer, state, error,
        created_at, updated_at FROM print_job";

fn job(r: &rusqlite::Row<'_>) -> rusqlite::Result<PrintJob> {
    let state: String = r.get(6)?;
    Ok(PrintJob {
        id: r.get(0)?,
        kind: r.get(1)?,
        referral_id: r.get(2)?,
        title: r.get(3)?,
        document: r.get(4)?,
        printer: r.get(5)?,
        state: JobState::parse(&state),
        error: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

fn stamp(now: NaiveDateTime) -> String {
    now.format("%Y-%m-%d %H:%M:%S").to_string()
}

impl Store {
    /// Queues a printout as waiting; returns its number.
    pub fn add_print_job(&self, job: &NewJob, by: &str, now: NaiveDateTime) -> StoreResult<i64> {
        self.conn.execute(
            "INSERT INTO print_job (kind, referral_id, person_id, title, document, printer, state,
                                    created_at, created_by, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'waiting', ?7, ?8, ?7)",
            params![
                job.kind,
                job.referral_id,
                job.person_id,
                job.title,
                job.document,
                job.printer,
                stamp(now),
                by
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn set_print_job_state(
        &self,
        id: i64,
        state: JobState,
        error: Option<&str>,
        now: NaiveDateTime,
    ) -> StoreResult<()> {
        self.conn.execute(
            "UPDATE print_job SET state = ?2, error = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, state.code(), error, stamp(now)],
        )?;
        Ok(())
    }

    pub fn print_job(&self, id: i64) -> StoreResult<Option<PrintJob>> {
        Ok(self
            .conn
            .query_row(&format!("{SELECT} WHERE id = ?1"), [id], job)
            .optional()?)
    }

    /// The print queue: failed and waiting first, then the latest done, newest first.
    pub fn print_jobs(&self, limit: usize) -> StoreResult<Vec<PrintJob>> {
        let mut stmt = self.conn.prepare(&format!(
            "{SELECT} ORDER BY state NOT IN ('failed', 'waiting'), created_at DESC, id DESC
             LIMIT ?1"
        ))?;
        let rows = stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], job)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Printouts that did not reach a printer.
    pub fn unprinted_count(&self) -> StoreResult<u32> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM print_job WHERE state IN ('failed', 'waiting')",
            [],
            |r| r.get(0),
        )?)
    }

    /// Keeps the exact content of a referral at its first print; later prints reuse it.
    pub fn freeze_referral(&self, id: i64, document: &str) -> StoreResult<()> {
        self.write_one(
            "UPDATE referral SET printed = ?2 WHERE id = ?1 AND printed IS NULL",
            params![id, document],
        )?;
        Ok(())
    }

    /// The person a referral is for (their record's id).
    pub fn referral_person(&self, id: i64) -> StoreResult<Option<i64>> {
        Ok(self
            .conn
            .query_row("SELECT person_id FROM referral WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// What was printed for a referral, if it was.
    pub fn referral_printed(&self, id: i64) -> StoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT printed FROM referral WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .flatten())
    }

    /// The letterhead: `site_name`, `site_address`, `site_phone` (an empty one is unset).
    pub fn site(&self) -> StoreResult<Site> {
        let get = |key| -> StoreResult<Option<String>> {
            Ok(self.setting(key)?.filter(|v: &String| !v.trim().is_empty()))
        };
        Ok(Site {
            name: get("site_name")?.unwrap_or_default(),
            address: get("site_address")?,
            phone: get("site_phone")?,
        })
    }

    /// Writes the whole letterhead, trimmed (the desk's Admin screen and `seuil site`).
    pub fn set_site(&self, site: &Site) -> StoreResult<()> {
        let text = |v: &Option<String>| v.as_deref().unwrap_or("").trim().to_string();
        self.set_setting("site_name", site.name.trim())?;
        self.set_setting("site_address", &text(&site.address))?;
        self.set_setting("site_phone", &text(&site.phone))
    }
}
