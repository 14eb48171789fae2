//! Dosing at another site of the organisation: a person treated at one site is dosed at
//! another only as a guest, under an arrangement the guest site records with the home site.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;

use super::doses::Facts;
use super::{TResult, TreatmentError};
use crate::domain::treatment;
use crate::store::Store;
use crate::store::queues::Actor;

/// A prescription of another site of the organisation is dosed here only under a guest
/// arrangement covering every day handed over (`seuil treatment guest`).
pub(super) fn allowed(
    c: &rusqlite::Connection,
    person: i64,
    prescription: i64,
    days: &[NaiveDate],
) -> TResult<()> {
    let here: Option<i64> = c
        .query_row("SELECT number FROM site", [], |r| r.get(0))
        .optional()?;
    let home = prescription >> 40;
    let Some(here) = here else { return Ok(()) };
    if home == 0 || home == here {
        return Ok(());
    }
    for d in days {
        let covered: bool = c.query_row(
            "SELECT EXISTS (SELECT 1 FROM guest_dosing WHERE person_id = ?1 AND guest_site = ?2
                AND home_site = ?3 AND starts <= ?4 AND ends >= ?4)",
            rusqlite::params![person, here, home, d.to_string()],
            |r| r.get(0),
        )?;
        if !covered {
            return Err(TreatmentError::Refused(treatment::Refusal::Guest { home }));
        }
    }
    Ok(())
}

/// A guest arrangement, as recorded.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Guest {
    pub home_site: i64,
    pub guest_site: i64,
    pub starts: String,
    pub ends: String,
}

impl Store {
    /// Records that this site may dose the person as a guest from `starts` to `ends`, agreed
    /// with the site of the person's current prescription.
    pub fn guest_dosing(
        &self,
        person_id: i64,
        starts: NaiveDate,
        ends: NaiveDate,
        note: Option<&str>,
        who: Actor<'_>,
    ) -> TResult<Guest> {
        let today = who.at.date();
        self.immediate(|c| {
            let facts = Facts::read(c, person_id, today)?;
            let here: Option<i64> = c
                .query_row("SELECT number FROM site", [], |r| r.get(0))
                .optional()?;
            let rx = treatment::current(&facts.prescriptions, starts.max(today))?;
            let home = rx.id >> 40;
            let (Some(here), true) = (here, ends >= starts) else {
                return Err(TreatmentError::Refused(treatment::Refusal::NoPrescription));
            };
            c.execute(
                &format!(
                    "INSERT INTO guest_dosing (id, person_id, home_site, guest_site, starts, ends,
                        note, created_at, created_by) VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    ID = crate::store::ids::next("guest_dosing")
                ),
                rusqlite::params![
                    facts.kept,
                    home,
                    here,
                    starts.to_string(),
                    ends.to_string(),
                    note,
                    crate::store::persons::stamp(who.at),
                    who.by
                ],
            )?;
            Ok(Guest {
                home_site: home,
                guest_site: here,
                starts: starts.to_string(),
                ends: ends.to_string(),
            })
        })
    }
}
