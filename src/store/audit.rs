//! The audit trail: who wrote what, who opened which record, when, from which desk.
//!
//! Writes are logged by triggers that each connection creates for itself (`TEMP` triggers on the
//! main tables), reading the actor from a one-row temporary table: every write through any code
//! path is logged, with the name of whoever is at the desk. The `audit` table itself refuses
//! updates and deletes (triggers in the schema), so not even SQL can rewrite it.

use rusqlite::{Connection, params};
use serde::Serialize;

use super::{Store, StoreResult};

mod account;
mod words;

/// Tables whose writes are logged, with the expression giving the person concerned.
const LOGGED: &[(&str, Option<&str>, &str)] = &[
    // (table, person id from the row, row id)
    ("person", Some("id"), "id"),
    ("visit", Some("person_id"), "id"),
    ("queue_entry", Some("person_id"), "id"),
    ("appointment", Some("person_id"), "id"),
    ("coverage", Some("person_id"), "id"),
    ("care_access", Some("person_id"), "person_id"),
    ("person_merge", Some("kept_id"), "id"),
    ("not_same", Some("a"), "b"),
    ("service", None, "id"),
    ("partner", None, "id"),
    ("referral", Some("person_id"), "id"),
    ("print_job", Some("person_id"), "id"),
    ("staff", None, "id"),
    ("setting", None, "rowid"),
    ("mediation_need", Some("person_id"), "person_id"),
    ("mediation", Some("person_id"), "id"),
    ("prescription", Some("person_id"), "id"),
    ("dose_event", Some("person_id"), "id"),
    ("dose_decision", Some("person_id"), "id"),
    ("treatment_product", None, "rowid"),
    ("stock_batch", None, "id"),
    ("stock_move", None, "id"),
    ("stock_check", None, "id"),
    ("tdi_episode", Some("person_id"), "id"),
    ("counter_item", None, "rowid"),
    ("counter_exchange", Some("person_id"), "id"),
    ("naloxone_batch", None, "id"),
    ("naloxone_kit", Some("person_id"), "id"),
    ("naloxone_reversal", Some("person_id"), "id"),
    ("place", None, "id"),
    ("outreach_session", None, "id"),
    ("outreach_contact", Some("person_id"), "id"),
    ("vaccination", Some("person_id"), "id"),
];

/// Who runs the command line (or a desk before anyone logs in): `os:<user>`, the user the
/// environment names, else the account the system runs us under (`os:uid 1000` when even the
/// system has no name for it).
pub fn os_user() -> String {
    let named = ["USER", "LOGNAME"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .map(|v| v.trim().to_string())
        .find(|v| !v.is_empty());
    let user = named.or_else(account::system_account).unwrap_or_default();
    format!("os:{}", if user.is_empty() { "?" } else { &user })
}

/// Local time as the audit writes it.
const NOW: &str = "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')";

/// Creates the actor table and the logging triggers of this connection.
pub(super) fn install(conn: &Connection, staff: &str) -> StoreResult<()> {
    // Temporary objects stay in memory: no temporary file per connection.
    let mut sql = String::from(
        "PRAGMA temp_store = MEMORY;
         CREATE TEMP TABLE IF NOT EXISTS actor (staff TEXT NOT NULL, desk TEXT, quiet INTEGER NOT NULL);
         DELETE FROM temp.actor;",
    );
    for (table, person, row) in LOGGED {
        for (op, rec) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
            let person = person.map_or_else(|| "NULL".to_string(), |c| format!("{rec}.{c}"));
            let detail = if *table == "setting" {
                format!("{rec}.key")
            } else {
                "NULL".to_string()
            };
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS audit_{table}_{op} AFTER {op} ON main.{table}
                 BEGIN
                   INSERT INTO main.audit (at, staff, desk, action, subject, row_id, person_id, detail)
                   SELECT {NOW}, staff, desk, '{action}', '{table}', {rec}.{row}, {person}, {detail}
                   FROM temp.actor WHERE quiet = 0;
                 END;",
                action = op.to_lowercase(),
            ));
        }
    }
    conn.execute_batch(&sql)?;
    conn.execute(
        "INSERT INTO temp.actor (staff, desk, quiet) VALUES (?1, NULL, 0)",
        [staff],
    )?;
    Ok(())
}

/// One line of the audit trail.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub staff: String,
    pub desk: Option<String>,
    pub action: String,
    pub subject: String,
    pub row_id: Option<i64>,
    /// The person's code, when the line concerns a person.
    pub person: Option<String>,
    pub detail: Option<String>,
}

/// Which lines to show: any combination of person, staff member and day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditFilter {
    pub person: Option<String>,
    pub staff: Option<String>,
    /// `YYYY-MM-DD`.
    pub day: Option<String>,
    pub limit: Option<u32>,
}

impl Store {
    /// Who the following writes are recorded as: a staff name, or `os:<user>` from the command line.
    pub fn set_actor(&self, staff: &str, desk: Option<&str>) -> StoreResult<()> {
        self.conn.execute(
            "UPDATE temp.actor SET staff = ?1, desk = ?2",
            params![staff, desk],
        )?;
        Ok(())
    }

    /// Logs something that is not a write of a logged table: a record opened, an export, a login.
    pub fn log(
        &self,
        action: &str,
        subject: &str,
        person_id: Option<i64>,
        detail: Option<&str>,
    ) -> StoreResult<()> {
        self.conn.execute(
            &format!(
                "INSERT INTO audit (at, staff, desk, action, subject, row_id, person_id, detail)
                 SELECT {NOW}, staff, desk, ?1, ?2, ?3, ?3, ?4 FROM temp.actor"
            ),
            params![action, subject, person_id, detail],
        )?;
        Ok(())
    }

    /// Logs that a person's record was opened at this desk.
    pub fn log_open(&self, person_id: i64) -> StoreResult<()> {
        self.log("open", "person", Some(person_id), None)
    }

    /// Lines of the audit trail, newest first.
    pub fn audit(&self, filter: &AuditFilter) -> StoreResult<Vec<AuditEntry>> {
        let person_id: Option<i64> = match &filter.person {
            Some(code) => match self.person_by_code(code)? {
                Some(p) => Some(p.id),
                None => return Ok(Vec::new()),
            },
            None => None,
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.at, a.staff, a.desk, a.action, a.subject, a.row_id, p.code, a.detail
             FROM audit a LEFT JOIN person p ON p.id = a.person_id
             WHERE (?1 IS NULL OR a.person_id = ?1)
               AND (?2 IS NULL OR a.staff = ?2 COLLATE NOCASE)
               AND (?3 IS NULL OR (a.at >= ?3 AND a.at < ?3 || 'T'))
             ORDER BY a.id DESC LIMIT ?4",
        )?;
        let limit = filter.limit.map_or(-1, i64::from);
        let rows = stmt.query_map(params![person_id, filter.staff, filter.day, limit], |r| {
            Ok(AuditEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                staff: r.get(2)?,
                desk: r.get(3)?,
                action: r.get(4)?,
                subject: r.get(5)?,
                row_id: r.get(6)?,
                person: r.get(7)?,
                detail: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Writes audit lines as CSV (a spreadsheet opens it), with a header line: the codes as the
/// database keeps them (scripts and spreadsheets filter on them), then `words`, the line as
/// the reader's language says it.
fn write_csv(
    path: &std::path::Path,
    lines: &[AuditEntry],
    words: &dyn Fn(&AuditEntry) -> String,
) -> Result<(), csv::Error> {
    let mut out = csv::Writer::from_path(path)?;
    out.write_record([
        "id", "at", "staff", "desk", "action", "subject", "row_id", "person", "detail", "words",
    ])?;
    for line in lines {
        out.write_record([
            line.id.to_string(),
            line.at.clone(),
            line.staff.clone(),
            line.desk.clone().unwrap_or_default(),
            line.action.clone(),
            line.subject.clone(),
            line.row_id.map(|r| r.to_string()).unwrap_or_default(),
            line.person.clone().unwrap_or_default(),
            line.detail.clone().unwrap_or_default(),
            words(line),
        ])?;
    }
    out.flush()?;
    Ok(())
}

/// Why an export of the audit trail was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{0}")]
    Write(String),
    #[error(transparent)]
    Store(#[from] super::StoreError),
}

impl Store {
    /// Writes the lines matching `filter` to a CSV file at `path` (removed again if writing
    /// fails), each with its codes and `words` (the line as the reader's language says it),
    /// and notes the export in the trail itself. Returns how many lines.
    pub fn export_audit(
        &self,
        path: &std::path::Path,
        filter: &AuditFilter,
        words: &dyn Fn(&AuditEntry) -> String,
    ) -> Result<usize, ExportError> {
        let lines = self.audit(filter)?;
        if let Err(e) = write_csv(path, &lines, words) {
            let _ = std::fs::remove_file(path);
            return Err(ExportError::Write(e.to_string()));
        }
        self.log(
            "export",
            "audit",
            None,
            Some(&format!("{} lines to {}", lines.len(), path.display())),
        )?;
        Ok(lines.len())
    }
}
