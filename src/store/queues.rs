//! Services, tickets and queue moves. Every write takes the database's write lock first
//! (`BEGIN IMMEDIATE`), so two desks calling "next" at the same moment never get the same
//! person, and ticket numbers never repeat.

use chrono::NaiveDateTime;
use rusqlite::{Connection, OptionalExtension, params};

pub use super::entries::Entry;
use super::entries::{ENTRY, entry_from_row};
use super::persons::stamp;
pub use super::queue_error::QueueError;
pub use super::services::Service;
use super::{Store, StoreError};
use crate::domain::queue::{self, Move, Priority, Status};

pub(super) type QResult<T> = Result<T, QueueError>;

/// Where a move happens and who makes it.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub by: &'a str,
    pub desk: Option<&'a str>,
    pub at: NaiveDateTime,
}

impl Store {
    /// Runs `f` as one transaction (`BEGIN IMMEDIATE … COMMIT`, rolled back on any error), for
    /// an act that spans the store and a floor above it: a referral recorded with its printout.
    pub fn in_one_transaction<T, E: From<rusqlite::Error>>(
        &self,
        f: impl FnOnce() -> Result<T, E>,
    ) -> Result<T, E> {
        self.immediate(|_| f())
    }

    /// Runs `f` inside `BEGIN IMMEDIATE … COMMIT`: the write lock is taken before reading, so
    /// what `f` reads cannot change under it. Rolled back on any error.
    pub(super) fn immediate<T, E: From<rusqlite::Error>>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, E>,
    ) -> Result<T, E> {
        let tx = super::capture::WriteTx::begin(&self.conn)?;
        let v = f(&tx)?;
        tx.commit()?;
        Ok(v)
    }

    /// A ticket by id.
    pub fn entry(&self, id: i64) -> QResult<Entry> {
        self.conn
            .query_row(&format!("{ENTRY} WHERE e.id = ?1"), [id], entry_from_row)
            .optional()?
            .ok_or(QueueError::UnknownEntry(id))
    }

    /// Puts a person (by code) in a service's queue with today's next ticket, recording the
    /// day's visit if it is not yet: see [`Store::join_person`]. A person may wait in several
    /// services at once, but holds one open ticket per service.
    pub fn join(
        &self,
        person_code: &str,
        service_code: &str,
        priority: Priority,
        note: Option<&str>,
        who: Actor<'_>,
    ) -> QResult<Entry> {
        let person = self
            .person_by_code(person_code)?
            .ok_or_else(|| QueueError::UnknownPerson(person_code.to_string()))?;
        self.join_person(person.id, service_code, priority, note, who)
    }

    /// A person arrives and is sent to a service: today's visit is recorded if it is not yet,
    /// and the person gets the service's next ticket, in one transaction. The desk's "send
    /// to" and the command line's `queue join` are both this.
    pub fn join_person(
        &self,
        person_id: i64,
        service_code: &str,
        priority: Priority,
        note: Option<&str>,
        who: Actor<'_>,
    ) -> QResult<Entry> {
        let service = self
            .service(service_code)?
            .ok_or_else(|| QueueError::UnknownService(service_code.to_string()))?;
        let id = self.immediate(|c| arrive(c, &service, person_id, priority, note, who))?;
        self.entry(id)
    }

    /// A walk-in registered and sent to a service at once: the new record, today's visit and
    /// the ticket in one transaction, so nothing is written when any of them is refused.
    pub fn register_and_join(
        &self,
        fields: &crate::domain::person::Fields,
        service_code: &str,
        priority: Priority,
        note: Option<&str>,
        who: Actor<'_>,
        rng: &mut fastrand::Rng,
    ) -> QResult<(super::Person, Entry)> {
        let service = self
            .service(service_code)?
            .ok_or_else(|| QueueError::UnknownService(service_code.to_string()))?;
        let (person, id) = self.immediate(|c| -> QResult<(i64, i64)> {
            let person = super::persons::insert_person(c, fields, who.by, who.at, rng)?;
            Ok((person, arrive(c, &service, person, priority, note, who)?))
        })?;
        let person = self
            .person(person)?
            .ok_or_else(|| QueueError::UnknownPerson(person.to_string()))?;
        Ok((person, self.entry(id)?))
    }

    /// Calls the next person of a service (priority, then arrival): one transaction, so no two
    /// desks ever call the same person.
    pub fn call_next(
        &self,
        service_code: &str,
        room: Option<&str>,
        who: Actor<'_>,
    ) -> QResult<Entry> {
        let service = self
            .service(service_code)?
            .ok_or_else(|| QueueError::UnknownService(service_code.to_string()))?;
        let day = who.at.format("%Y-%m-%d").to_string();
        let room = room
            .map(str::to_string)
            .or_else(|| service.first_room().map(str::to_string));
        let id = self.immediate(|c| -> QResult<i64> {
            let next: Option<i64> = c
                .query_row(
                    "SELECT id FROM queue_entry WHERE service_id = ?1 AND day = ?2 AND status = 'waiting'
                     ORDER BY CASE priority WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END,
                              arrived_at, id
                     LIMIT 1",
                    params![service.id, day],
                    |r| r.get(0),
                )
                .optional()?;
            let id = next.ok_or_else(|| QueueError::NobodyWaiting(service.code.clone()))?;
            record_move(c, id, Move::Call, Status::Called, room.as_deref(), who)?;
            Ok(id)
        })?;
        self.entry(id)
    }

    /// Applies a move to a ticket (call this one, recall, start, done, stepped out, came back,
    /// left without being seen, no-show). `max_calls` recalls make a no-show.
    pub fn move_entry(
        &self,
        id: i64,
        m: Move,
        max_calls: u32,
        room: Option<&str>,
        who: Actor<'_>,
    ) -> QResult<Entry> {
        self.immediate(|c| -> QResult<()> {
            let (status, calls): (String, u32) = c
                .query_row(
                    "SELECT status, calls FROM queue_entry WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or(QueueError::UnknownEntry(id))?;
            let from = Status::parse(&status).unwrap_or(Status::Waiting);
            let to = queue::apply(from, m, calls, max_calls).map_err(QueueError::Refused)?;
            record_move(c, id, m, to, room, who)
        })?;
        self.entry(id)
    }

    /// Sends a ticket to another service: the new ticket keeps the first arrival time.
    pub fn transfer(&self, id: i64, service_code: &str, who: Actor<'_>) -> QResult<Entry> {
        let target = self
            .service(service_code)?
            .ok_or_else(|| QueueError::UnknownService(service_code.to_string()))?;
        let new_id = self.immediate(|c| -> QResult<i64> {
            let (status, calls, person_id, priority, note, arrived): (String, u32, i64, String, Option<String>, String) = c
                .query_row(
                    "SELECT status, calls, person_id, priority, note, arrived_at FROM queue_entry WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
                )
                .optional()?
                .ok_or(QueueError::UnknownEntry(id))?;
            let from = Status::parse(&status).unwrap_or(Status::Waiting);
            let to = queue::apply(from, Move::Transfer, calls, u32::MAX).map_err(QueueError::Refused)?;
            record_move(c, id, Move::Transfer, to, None, who)?;
            let priority = Priority::parse(&priority).unwrap_or(Priority::Normal);
            new_ticket(c, &target, person_id, priority, note.as_deref(), &arrived, Some(id), who)
        })?;
        self.entry(new_id)
    }

    /// Open tickets of a service today, in call order (called and in service first).
    pub fn queue(&self, service_code: &str, day: &str) -> QResult<Vec<Entry>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{ENTRY} WHERE upper(s.code) = upper(?1) AND e.day = ?2
               AND e.status IN ('waiting', 'called', 'in_service', 'stepped_out')
             ORDER BY CASE e.status WHEN 'in_service' THEN 0 WHEN 'called' THEN 1 WHEN 'waiting' THEN 2 ELSE 3 END,
                      CASE e.priority WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END,
                      e.arrived_at, e.id"
        ))?;
        Ok(stmt
            .query_map(params![service_code, day], entry_from_row)?
            .collect::<Result<_, _>>()?)
    }

    /// The last tickets called (all services, or one), most recent first: the waiting-room board.
    pub fn last_called(
        &self,
        service_code: Option<&str>,
        day: &str,
        limit: usize,
    ) -> QResult<Vec<Entry>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{ENTRY} WHERE e.day = ?1 AND e.called_at IS NOT NULL
               AND (?2 IS NULL OR upper(s.code) = upper(?2))
             ORDER BY e.called_at DESC, e.id DESC LIMIT ?3"
        ))?;
        Ok(stmt
            .query_map(params![day, service_code, limit as i64], entry_from_row)?
            .collect::<Result<_, _>>()?)
    }

    /// Open tickets of a person today (to show at intake).
    pub fn open_tickets(&self, person_id: i64, day: &str) -> QResult<Vec<Entry>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{ENTRY} WHERE e.person_id = ?1 AND e.day = ?2
               AND e.status IN ('waiting', 'called', 'in_service', 'stepped_out') ORDER BY e.id"
        ))?;
        Ok(stmt
            .query_map(params![person_id, day], entry_from_row)?
            .collect::<Result<_, _>>()?)
    }

    /// Every ticket of a day, for the end-of-day figures (services in their order).
    pub fn day_tickets(&self, day: &str) -> QResult<Vec<queue::DayTicket>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.code, e.arrived_at, e.called_at, e.status, e.transferred_from IS NOT NULL
             FROM queue_entry e JOIN service s ON s.id = e.service_id
             WHERE e.day = ?1 ORDER BY s.position, e.id",
        )?;
        let minutes = |a: &str, b: &str| -> Option<i64> {
            let f = "%Y-%m-%d %H:%M:%S";
            let a = NaiveDateTime::parse_from_str(a, f).ok()?;
            let b = NaiveDateTime::parse_from_str(b, f).ok()?;
            Some((b - a).num_minutes().max(0))
        };
        let rows = stmt.query_map([day], |r| {
            let arrived: String = r.get(1)?;
            let called: Option<String> = r.get(2)?;
            let status: String = r.get(3)?;
            Ok(queue::DayTicket {
                service: r.get(0)?,
                waited: called.as_deref().and_then(|c| minutes(&arrived, c)),
                status: Status::parse(&status).unwrap_or(Status::Waiting),
                transferred_in: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A number that changes whenever another connection commits: desks poll it to refresh.
    pub fn data_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }
}

/// Today's visit (if not yet recorded) and a new ticket, inside the caller's transaction. A
/// merged record waits under the record it was merged into.
pub(super) fn arrive(
    c: &Connection,
    service: &Service,
    person_id: i64,
    priority: Priority,
    note: Option<&str>,
    who: Actor<'_>,
) -> QResult<i64> {
    if !service.open {
        return Err(QueueError::ServiceClosed(service.code.clone()));
    }
    let person_id: i64 = c
        .query_row(
            "SELECT coalesce(merged_into, id) FROM person WHERE id = ?1",
            [person_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| QueueError::UnknownPerson(person_id.to_string()))?;
    let open: Option<String> = c
        .query_row(
            "SELECT ticket FROM queue_entry WHERE person_id = ?1 AND service_id = ?2
             AND status IN ('waiting', 'called', 'in_service', 'stepped_out')",
            params![person_id, service.id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(ticket) = open {
        return Err(QueueError::AlreadyWaiting(ticket));
    }
    let day = who.at.format("%Y-%m-%d").to_string();
    if !super::persons::visited(c, person_id, &day)? {
        super::persons::insert_visit(c, person_id, who.desk, who.by, who.at)?;
    }
    let at = stamp(who.at);
    new_ticket(c, service, person_id, priority, note, &at, None, who)
}

/// Draws today's next ticket of `service` and records the arrival.
#[allow(clippy::too_many_arguments)]
fn new_ticket(
    c: &Connection,
    service: &Service,
    person_id: i64,
    priority: Priority,
    note: Option<&str>,
    arrived_at: &str,
    transferred_from: Option<i64>,
    who: Actor<'_>,
) -> QResult<i64> {
    let day = who.at.format("%Y-%m-%d").to_string();
    let number: u32 = c.query_row(
        "INSERT INTO ticket_counter (service_id, day, last) VALUES (?1, ?2, 1)
         ON CONFLICT (service_id, day) DO UPDATE SET last = last + 1 RETURNING last",
        params![service.id, day],
        |r| r.get(0),
    )?;
    let ticket = queue::ticket(&service.letter, number);
    let now = stamp(who.at);
    c.execute(
        "INSERT INTO queue_entry (person_id, service_id, day, number, ticket, priority, status, note,
            arrived_at, joined_at, desk, transferred_from)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'waiting', ?7, ?8, ?9, ?10, ?11)",
        params![person_id, service.id, day, number, ticket, priority.code(), note, arrived_at, now, who.desk, transferred_from],
    )?;
    let id = c.last_insert_rowid();
    c.execute(
        "INSERT INTO queue_event (entry_id, at, by, desk, kind, status, detail) VALUES (?1, ?2, ?3, ?4, 'join', 'waiting', ?5)",
        params![id, now, who.by, who.desk, priority.code()],
    )?;
    Ok(id)
}

/// Writes a move and its event.
fn record_move(
    c: &Connection,
    id: i64,
    m: Move,
    to: Status,
    room: Option<&str>,
    who: Actor<'_>,
) -> QResult<()> {
    let now = stamp(who.at);
    let calls_up = i64::from(matches!(m, Move::Call | Move::Recall));
    c.execute(
        "UPDATE queue_entry SET status = ?1, calls = calls + ?2,
            called_at = CASE WHEN ?2 = 1 THEN ?3 ELSE called_at END,
            started_at = CASE WHEN ?1 = 'in_service' THEN ?3 ELSE started_at END,
            finished_at = CASE WHEN ?1 IN ('done', 'left_unseen', 'transferred', 'no_show') THEN ?3 ELSE finished_at END,
            room = coalesce(?4, room), desk = coalesce(?5, desk)
         WHERE id = ?6",
        params![to.code(), calls_up, now, room, who.desk, id],
    )?;
    c.execute(
        "INSERT INTO queue_event (entry_id, at, by, desk, kind, status, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, now, who.by, who.desk, m.code(), to.code(), room],
    )?;
    Ok(())
}
