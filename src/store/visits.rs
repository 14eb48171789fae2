//! Visits: a person came, on a day, to a desk; and a visit recorded by mistake taken back.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};

use super::persons::{Person, PersonError, stamp};
use super::{Store, StoreResult};

impl Store {
    /// Records that a person came; returns the visit id.
    pub fn record_visit(
        &self,
        person_id: i64,
        desk: Option<&str>,
        by: &str,
        at: NaiveDateTime,
    ) -> StoreResult<i64> {
        let tx = self.write_tx()?;
        let visit = insert_visit(&tx, person_id, desk, by, at)?;
        tx.commit()?;
        Ok(visit)
    }

    /// Takes back a visit recorded by mistake: only by whoever recorded it, on the day it was
    /// recorded, and not once the person holds a ticket that day (the queue takes that back).
    /// The audit trail keeps the visit and its removal.
    pub fn remove_visit(
        &self,
        visit: i64,
        by: &str,
        now: NaiveDateTime,
    ) -> Result<Person, PersonError> {
        let tx = self.write_tx()?;
        let (person_id, arrived, recorded_by): (i64, String, String) = tx
            .query_row(
                "SELECT person_id, arrived_at, by FROM visit WHERE id = ?1",
                [visit],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or(PersonError::UnknownVisit(visit))?;
        let day = now.format("%Y-%m-%d").to_string();
        if recorded_by != by || !arrived.starts_with(&day) {
            return Err(PersonError::VisitNotYours(visit));
        }
        let ticket: Option<String> = tx
            .query_row(
                "SELECT ticket FROM queue_entry WHERE person_id = ?1 AND day = ?2 LIMIT 1",
                params![person_id, day],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(ticket) = ticket {
            return Err(PersonError::VisitHasTicket(visit, ticket));
        }
        tx.execute("DELETE FROM visit WHERE id = ?1", [visit])?;
        tx.execute(
            "UPDATE person SET last_seen = (SELECT substr(max(arrived_at), 1, 10) FROM visit
             WHERE person_id = ?1) WHERE id = ?1",
            [person_id],
        )?;
        tx.commit()?;
        self.person(person_id)?
            .ok_or(PersonError::UnknownVisit(visit))
    }

    /// Whether a person's visit is already recorded that day (`YYYY-MM-DD`).
    pub fn visited_on(&self, person_id: i64, day: &str) -> StoreResult<bool> {
        visited(&self.conn, person_id, day)
    }

    /// Number of visits of a person.
    pub fn visit_count(&self, person_id: i64) -> StoreResult<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM visit WHERE person_id = ?1",
            [person_id],
            |r| r.get(0),
        )?)
    }
}

/// Inserts a visit and moves the person's last day seen, inside the caller's transaction.
pub(super) fn insert_visit(
    c: &rusqlite::Connection,
    person_id: i64,
    desk: Option<&str>,
    by: &str,
    at: NaiveDateTime,
) -> StoreResult<i64> {
    c.execute(
        &format!(
            "INSERT INTO visit (id, person_id, arrived_at, desk, by) VALUES ({ID}, ?1, ?2, ?3, ?4)",
            ID = crate::store::ids::next("visit")
        ),
        params![person_id, stamp(at), desk, by],
    )?;
    let visit = c.last_insert_rowid();
    c.execute(
        "UPDATE person SET last_seen = ?1 WHERE id = ?2 AND (last_seen IS NULL OR last_seen < ?1)",
        params![at.format("%Y-%m-%d").to_string(), person_id],
    )?;
    Ok(visit)
}

/// Whether a person's visit is already recorded that day, inside the caller's transaction.
pub(super) fn visited(c: &rusqlite::Connection, person_id: i64, day: &str) -> StoreResult<bool> {
    Ok(c.query_row(
        "SELECT 1 FROM visit WHERE person_id = ?1 AND arrived_at >= ?2 AND arrived_at < ?2 || 'Z'",
        params![person_id, day],
        |_| Ok(()),
    )
    .optional()?
    .is_some())
}
