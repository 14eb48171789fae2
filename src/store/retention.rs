//! Retention: administrative queue data (tickets, their events, appointments) is kept for a
//! number of days the coordinator sets, then removed. Visits stay: they belong to the care
//! record, kept for 30 years after the last contact. Printouts already printed or saved leave
//! the print queue with them (a referral keeps its letter). Each purge is one line of the audit
//! trail.

use serde::Serialize;

use super::{Store, StoreResult};

/// Setting holding the days queue data is kept.
pub const SETTING: &str = "retention_days";
/// Kept when nobody set it: a year and a bit, enough for the yearly report to funders.
pub const DEFAULT_DAYS: u32 = 400;

/// The first day whose queue data is kept when `days` are kept on `today`.
pub fn first_kept(today: chrono::NaiveDate, days: u32) -> String {
    (today - chrono::TimeDelta::days(i64::from(days)))
        .format("%Y-%m-%d")
        .to_string()
}

/// Print jobs done (printed or saved as PDF) before a day; `created_at` starts with the day.
const DONE_JOBS_COUNT: &str =
    "SELECT count(*) FROM print_job WHERE state IN ('sent', 'saved') AND created_at < ?1";
const DONE_JOBS_DELETE: &str =
    "DELETE FROM print_job WHERE state IN ('sent', 'saved') AND created_at < ?1";

/// What a purge removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Purged {
    pub tickets: usize,
    pub ticket_events: usize,
    pub appointments: usize,
    /// Print jobs printed or saved (failed ones stay to be done).
    pub print_jobs: usize,
}

impl Store {
    /// Days administrative queue data is kept.
    pub fn retention_days(&self) -> StoreResult<u32> {
        Ok(self
            .setting(SETTING)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_DAYS))
    }

    /// The first day whose queue data is kept on `today`, with the days the coordinator set.
    pub fn first_day_kept(&self, today: chrono::NaiveDate) -> StoreResult<String> {
        Ok(first_kept(today, self.retention_days()?))
    }

    pub fn set_retention_days(&self, days: u32) -> StoreResult<()> {
        self.set_setting(SETTING, &days.to_string())
    }

    /// What a purge would remove: queue data of days before `before` (`YYYY-MM-DD`).
    pub fn purge_preview(&self, before: &str) -> StoreResult<Purged> {
        let count = |sql: &str| -> StoreResult<usize> {
            let n: i64 = self.conn.query_row(sql, [before], |r| r.get(0))?;
            Ok(usize::try_from(n).unwrap_or(0))
        };
        Ok(Purged {
            tickets: count("SELECT count(*) FROM queue_entry WHERE day < ?1")?,
            ticket_events: count(
                "SELECT count(*) FROM queue_event WHERE entry_id IN
                   (SELECT id FROM queue_entry WHERE day < ?1)",
            )?,
            appointments: count("SELECT count(*) FROM appointment WHERE day < ?1")?,
            print_jobs: count(DONE_JOBS_COUNT)?,
        })
    }

    /// Removes queue data of days before `before`, in one transaction, logging one line.
    pub fn purge(&self, before: &str) -> StoreResult<Purged> {
        self.immediate(|conn| {
            conn.execute("UPDATE temp.actor SET quiet = 1", [])?;
            let ticket_events = conn.execute(
                "DELETE FROM queue_event WHERE entry_id IN (SELECT id FROM queue_entry WHERE day < ?1)",
                [before],
            )?;
            // A mediator's joining of a consultation is queue data too: it goes with its ticket.
            conn.execute(
                "DELETE FROM mediation WHERE entry_id IN (SELECT id FROM queue_entry WHERE day < ?1)",
                [before],
            )?;
            conn.execute(
                "UPDATE appointment SET entry_id = NULL WHERE entry_id IN
                   (SELECT id FROM queue_entry WHERE day < ?1)",
                [before],
            )?;
            let appointments = conn.execute("DELETE FROM appointment WHERE day < ?1", [before])?;
            let tickets = conn.execute("DELETE FROM queue_entry WHERE day < ?1", [before])?;
            conn.execute("DELETE FROM ticket_counter WHERE day < ?1", [before])?;
            let print_jobs = conn.execute(DONE_JOBS_DELETE, [before])?;
            conn.execute("UPDATE temp.actor SET quiet = 0", [])?;
            let purged = Purged {
                tickets,
                ticket_events,
                appointments,
                print_jobs,
            };
            let detail = format!(
                "before {before}: {} tickets, {} ticket events, {} appointments, {} printouts",
                purged.tickets, purged.ticket_events, purged.appointments, purged.print_jobs
            );
            conn.execute(
                "INSERT INTO audit (at, staff, desk, action, subject, detail)
                 SELECT strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), staff, desk,
                        'purge', 'queue', ?1 FROM temp.actor",
                [detail],
            )?;
            Ok(purged)
        })
    }
}
