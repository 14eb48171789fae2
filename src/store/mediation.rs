//! Intercultural mediation: who needs a mediator and in which language (kept on the person for
//! their next visits), and the mediators who join a consultation.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};

use super::entries::{ENTRY, entry_from_row};
use super::persons::stamp;
use super::queues::Entry;
use super::{Person, Store, StoreError};
use crate::i18n::{Localised, Msg};

/// Why a mediation act was refused.
#[derive(Debug, thiserror::Error)]
pub enum MediationError {
    #[error("no person {0}")]
    UnknownPerson(i64),
    #[error("no ticket {0}")]
    UnknownEntry(i64),
    #[error("{0} is not a language code")]
    Language(String),
    #[error("the person of ticket {0} needs no mediator")]
    NotNeeded(String),
    #[error("ticket {0} is closed")]
    Closed(String),
    #[error("already joined ticket {0}")]
    AlreadyJoined(String),
    #[error("not joined ticket {0}")]
    NotJoined(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for MediationError {
    fn from(e: rusqlite::Error) -> Self {
        MediationError::Store(StoreError::from(e))
    }
}

impl Localised for MediationError {
    fn msg(&self) -> Msg {
        match self {
            MediationError::UnknownPerson(id) => {
                Msg::new("person-error-unknown-code").arg("code", id.to_string())
            }
            MediationError::UnknownEntry(id) => {
                Msg::new("queue-error-unknown-entry").arg("id", *id)
            }
            MediationError::Language(code) => {
                Msg::new("mediation-error-language").arg("code", code.as_str())
            }
            MediationError::NotNeeded(ticket) => {
                Msg::new("mediation-error-not-needed").arg("ticket", ticket.as_str())
            }
            MediationError::Closed(ticket) => {
                Msg::new("mediation-error-closed").arg("ticket", ticket.as_str())
            }
            MediationError::AlreadyJoined(ticket) => {
                Msg::new("mediation-error-already-joined").arg("ticket", ticket.as_str())
            }
            MediationError::NotJoined(ticket) => {
                Msg::new("mediation-error-not-joined").arg("ticket", ticket.as_str())
            }
            MediationError::Store(e) => e.msg(),
        }
    }
}

type MResult<T> = Result<T, MediationError>;

/// Statuses of a ticket still open today: a mediator may join it.
const OPEN: &str = "('waiting', 'called', 'in_service', 'stepped_out')";

impl Store {
    /// Marks that a person needs an intercultural mediator in `language` (a language code), or
    /// no longer (`None`), with who and when, in one transaction; the mark stays for their next
    /// visits. A record merged into this one loses its mark with it. Returns the person.
    pub fn set_mediation_need(
        &self,
        person_id: i64,
        language: Option<&str>,
        by: &str,
        at: NaiveDateTime,
    ) -> MResult<Person> {
        let language = match language {
            Some(text) => Some(
                crate::domain::person::read_languages(text)
                    .filter(|l| l.len() == 1)
                    .and_then(|l| l.into_iter().next())
                    .ok_or_else(|| MediationError::Language(text.to_string()))?,
            ),
            None => None,
        };
        self.immediate(|c| -> MResult<()> {
            let known: bool = c.query_row(
                "SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1)",
                [person_id],
                |r| r.get(0),
            )?;
            if !known {
                return Err(MediationError::UnknownPerson(person_id));
            }
            match &language {
                Some(code) => {
                    c.execute(
                        "INSERT INTO mediation_need (person_id, language, marked_at, marked_by)
                         VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (person_id) DO UPDATE SET language = excluded.language,
                             marked_at = excluded.marked_at, marked_by = excluded.marked_by
                         WHERE language IS NOT excluded.language",
                        params![person_id, code, stamp(at), by],
                    )?;
                }
                None => {
                    c.execute(
                        "DELETE FROM mediation_need WHERE person_id = ?1
                            OR person_id IN (SELECT id FROM person WHERE merged_into = ?1)",
                        [person_id],
                    )?;
                }
            }
            Ok(())
        })?;
        self.person(person_id)?
            .ok_or(MediationError::UnknownPerson(person_id))
    }

    /// Who marked the person's need and when: `(language, at, by)`.
    pub fn mediation_need(&self, person_id: i64) -> MResult<Option<(String, String, String)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT language, marked_at, marked_by FROM mediation_need WHERE person_id = ?1",
                [person_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?)
    }

    /// Today's open tickets (all services) of people who need a mediator, longest waiting
    /// first; with `speaks`, only the needs in those languages (see
    /// [`crate::domain::mediation::on_list_of`]).
    pub fn mediation_waiting(&self, day: &str, speaks: Option<&[String]>) -> MResult<Vec<Entry>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{ENTRY} WHERE e.day = ?1 AND e.status IN {OPEN} ORDER BY e.arrived_at, e.id"
        ))?;
        let all: Vec<Entry> = stmt
            .query_map([day], entry_from_row)?
            .collect::<Result<_, _>>()?;
        Ok(all
            .into_iter()
            .filter(|e| {
                e.mediation.as_deref().is_some_and(|need| {
                    speaks.is_none_or(|s| crate::domain::mediation::on_list_of(need, s))
                })
            })
            .collect())
    }

    /// A mediator joins the consultation of a ticket: who, when, from which desk and in which
    /// language, in one transaction. Refused when the ticket is closed, when its person needs
    /// no mediator, or when this mediator has already joined it.
    pub fn join_mediation(
        &self,
        entry_id: i64,
        staff: &str,
        desk: Option<&str>,
        at: NaiveDateTime,
    ) -> MResult<Entry> {
        self.immediate(|c| -> MResult<()> {
            let entry = c
                .query_row(
                    &format!("{ENTRY} WHERE e.id = ?1"),
                    [entry_id],
                    entry_from_row,
                )
                .optional()?
                .ok_or(MediationError::UnknownEntry(entry_id))?;
            if !entry.status.is_open() {
                return Err(MediationError::Closed(entry.ticket));
            }
            let Some(language) = entry.mediation else {
                return Err(MediationError::NotNeeded(entry.ticket));
            };
            if entry
                .mediators
                .iter()
                .any(|m| m.eq_ignore_ascii_case(staff))
            {
                return Err(MediationError::AlreadyJoined(entry.ticket));
            }
            c.execute(
                "INSERT INTO mediation (entry_id, person_id, staff, language, joined_at, desk)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![entry_id, entry.person_id, staff, language, stamp(at), desk],
            )?;
            Ok(())
        })?;
        self.mediation_entry(entry_id)
    }

    /// A mediator who joined a consultation by mistake takes it back.
    pub fn leave_mediation(&self, entry_id: i64, staff: &str) -> MResult<Entry> {
        let entry = self.mediation_entry(entry_id)?;
        let removed = self.conn.execute(
            "DELETE FROM mediation WHERE entry_id = ?1 AND staff = ?2 COLLATE NOCASE",
            params![entry_id, staff],
        )?;
        if removed == 0 {
            return Err(MediationError::NotJoined(entry.ticket));
        }
        self.mediation_entry(entry_id)
    }

    fn mediation_entry(&self, entry_id: i64) -> MResult<Entry> {
        self.conn
            .query_row(
                &format!("{ENTRY} WHERE e.id = ?1"),
                [entry_id],
                entry_from_row,
            )
            .optional()?
            .ok_or(MediationError::UnknownEntry(entry_id))
    }

    /// The languages of the people holding an open ticket today (each person's codes, most
    /// useful first): what the waiting-room board may speak. Codes only, never who.
    pub fn waiting_languages(&self, day: &str) -> Result<Vec<Vec<String>>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT DISTINCT p.languages FROM queue_entry e JOIN person p ON p.id = e.person_id
             WHERE e.day = ?1 AND e.status IN {OPEN} AND p.languages IS NOT NULL"
        ))?;
        let rows = stmt.query_map([day], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row?.split(',').map(str::to_string).collect());
        }
        Ok(out)
    }
}
