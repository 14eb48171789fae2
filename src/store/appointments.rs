//! Appointments: booking, the day of a service, check-in into the queue, no-shows.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::{OptionalExtension, Row, params};

use super::Store;
use super::persons::stamp;
use super::queues::{Actor, QueueError};
use crate::domain::queue::Priority;
use crate::domain::slot::Slot;

/// Where an appointment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    Booked,
    CheckedIn,
    NoShow,
    Cancelled,
}

impl Kept {
    /// Message id of the state's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Kept::Booked => "appointment-booked-state",
            Kept::CheckedIn => "appointment-checked-in-state",
            Kept::NoShow => "appointment-no-show-state",
            Kept::Cancelled => "appointment-cancelled-state",
        }
    }

    /// Reads the stored form.
    pub fn parse(s: &str) -> Kept {
        match s {
            "checked_in" => Kept::CheckedIn,
            "no_show" => Kept::NoShow,
            "cancelled" => Kept::Cancelled,
            _ => Kept::Booked,
        }
    }
}

/// A booked slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appointment {
    pub id: i64,
    pub person_code: String,
    pub person_name: Option<String>,
    pub service_code: String,
    pub worker: Option<String>,
    pub day: String,
    pub time: String,
    pub minutes: u32,
    pub status: Kept,
}

/// What a booking needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking<'a> {
    pub person: &'a str,
    pub service: &'a str,
    pub worker: Option<&'a str>,
    pub day: NaiveDate,
    pub time: NaiveTime,
    pub minutes: u32,
    /// The worker was told of an appointment this one overlaps, and books it anyway.
    pub despite_overlap: bool,
}

/// Another appointment a booking overlaps: of the same person, or of the same worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlap {
    pub with: Appointment,
    /// The same person (otherwise the same worker).
    pub same_person: bool,
}

/// Why a booking or a check-in was refused.
#[derive(Debug, thiserror::Error)]
pub enum AppointmentError {
    #[error("slot in the past")]
    InThePast,
    #[error("duration out of range")]
    Duration,
    #[error("no appointment {0}")]
    Unknown(i64),
    #[error("appointment {0} is not booked any more")]
    NotBooked(i64),
    #[error("overlaps appointment {}", .0.with.id)]
    Overlaps(Box<Overlap>),
    #[error(transparent)]
    Queue(#[from] QueueError),
}

impl From<rusqlite::Error> for AppointmentError {
    fn from(e: rusqlite::Error) -> Self {
        AppointmentError::Queue(QueueError::from(e))
    }
}

impl From<super::StoreError> for AppointmentError {
    fn from(e: super::StoreError) -> Self {
        AppointmentError::Queue(QueueError::Store(e))
    }
}

type AResult<T> = Result<T, AppointmentError>;

const SELECT: &str =
    "SELECT a.id, p.code, p.given_name, p.family_name, p.alias, s.code, a.worker, a.day, a.time,
        a.minutes, a.status
    FROM appointment a JOIN person p ON p.id = a.person_id JOIN service s ON s.id = a.service_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Appointment> {
    let names: Vec<String> = [r.get::<_, Option<String>>(2)?, r.get(3)?]
        .into_iter()
        .flatten()
        .collect();
    let alias: Option<String> = r.get(4)?;
    let status: String = r.get(10)?;
    Ok(Appointment {
        id: r.get(0)?,
        person_code: r.get(1)?,
        person_name: if names.is_empty() {
            alias
        } else {
            Some(names.join(" "))
        },
        service_code: r.get(5)?,
        worker: r.get(6)?,
        day: r.get(7)?,
        time: r.get(8)?,
        minutes: r.get(9)?,
        status: Kept::parse(&status),
    })
}

impl Store {
    /// Books a slot. Refused in the past and for durations outside 5 minutes – 8 hours, and,
    /// unless `despite_overlap`, when it overlaps another appointment of the person or the worker.
    pub fn book(&self, b: &Booking<'_>, who: Actor<'_>) -> AResult<Appointment> {
        if b.day.and_time(b.time) < who.at - chrono::Duration::minutes(1) {
            return Err(AppointmentError::InThePast);
        }
        if !(5..=480).contains(&b.minutes) {
            return Err(AppointmentError::Duration);
        }
        let service = self
            .service(b.service)?
            .ok_or_else(|| QueueError::UnknownService(b.service.to_string()))?;
        let person = self
            .person_by_code(b.person)?
            .ok_or_else(|| QueueError::UnknownPerson(b.person.to_string()))?;
        let person_id = person.merged_into.unwrap_or(person.id);
        if !b.despite_overlap
            && let Some(overlap) = self.overlapping(b, person_id)?
        {
            return Err(AppointmentError::Overlaps(Box::new(overlap)));
        }
        self.conn.execute(
            "INSERT INTO appointment (person_id, service_id, worker, day, time, minutes, status, created_at, created_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'booked', ?7, ?8)",
            params![
                person_id,
                service.id,
                b.worker.map(str::trim).filter(|w| !w.is_empty()),
                b.day.format("%Y-%m-%d").to_string(),
                b.time.format("%H:%M").to_string(),
                b.minutes,
                stamp(who.at),
                who.by
            ],
        )?;
        self.appointment(self.conn.last_insert_rowid())
    }

    /// The first appointment (booked or checked in) that `b` overlaps: of the same person
    /// (records merged into theirs included) first, else of the same worker (named alike,
    /// whatever the case).
    pub fn overlapping(&self, b: &Booking<'_>, person_id: i64) -> AResult<Option<Overlap>> {
        let slot = Slot {
            start: b.day.and_time(b.time),
            minutes: b.minutes,
        };
        // A long slot late in the evening runs into the next day.
        let around = |days: i64| {
            (b.day + chrono::Duration::days(days))
                .format("%Y-%m-%d")
                .to_string()
        };
        let (before, after) = (around(-1), around(1));
        let kept = "a.status IN ('booked', 'checked_in') AND a.day BETWEEN ?1 AND ?2";
        let mine: Vec<Appointment> = self
            .conn
            .prepare_cached(&format!(
                "{SELECT} WHERE {kept}
                 AND a.person_id IN (SELECT id FROM person WHERE id = ?3 OR merged_into = ?3)
                 ORDER BY a.day, a.time"
            ))?
            .query_map(params![before, after, person_id], from_row)?
            .collect::<Result<_, _>>()?;
        let worker = b
            .worker
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty());
        let theirs: Vec<Appointment> = match worker {
            None => Vec::new(),
            Some(_) => self
                .conn
                .prepare_cached(&format!(
                    "{SELECT} WHERE {kept} AND a.worker IS NOT NULL ORDER BY a.day, a.time"
                ))?
                .query_map(params![before, after], from_row)?
                .collect::<Result<_, _>>()?,
        };
        let overlaps = |a: &Appointment| {
            let start = NaiveDate::parse_from_str(&a.day, "%Y-%m-%d")
                .ok()
                .zip(NaiveTime::parse_from_str(&a.time, "%H:%M").ok())
                .map(|(d, t)| d.and_time(t));
            start.is_some_and(|start| {
                slot.overlaps(&Slot {
                    start,
                    minutes: a.minutes,
                })
            })
        };
        let same_worker =
            |a: &Appointment| a.worker.as_deref().map(|w| w.trim().to_lowercase()) == worker;
        Ok(match mine.into_iter().find(|a| overlaps(a)) {
            Some(with) => Some(Overlap {
                with,
                same_person: true,
            }),
            None => theirs
                .into_iter()
                .find(|a| same_worker(a) && overlaps(a))
                .map(|with| Overlap {
                    with,
                    same_person: false,
                }),
        })
    }

    /// One appointment.
    pub fn appointment(&self, id: i64) -> AResult<Appointment> {
        self.conn
            .query_row(&format!("{SELECT} WHERE a.id = ?1"), [id], from_row)
            .optional()?
            .ok_or(AppointmentError::Unknown(id))
    }

    /// The appointments of a service on a day, by time (cancelled ones left out).
    pub fn appointments_on(&self, service: &str, day: &str) -> AResult<Vec<Appointment>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SELECT} WHERE upper(s.code) = upper(?1) AND a.day = ?2 AND a.status != 'cancelled' ORDER BY a.time, a.id"
        ))?;
        Ok(stmt
            .query_map(params![service, day], from_row)?
            .collect::<Result<_, _>>()?)
    }

    /// A person's appointments from a day on (booked ones), soonest first.
    pub fn upcoming(&self, person_id: i64, from_day: &str) -> AResult<Vec<Appointment>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SELECT} WHERE a.person_id = ?1 AND a.day >= ?2 AND a.status = 'booked' ORDER BY a.day, a.time LIMIT 5"
        ))?;
        Ok(stmt
            .query_map(params![person_id, from_day], from_row)?
            .collect::<Result<_, _>>()?)
    }

    /// Check-in: the person arrives (today's visit), joins the service's queue, and the
    /// appointment is kept, in one transaction.
    pub fn check_in(&self, id: i64, who: Actor<'_>) -> AResult<super::queues::Entry> {
        let a = self.appointment(id)?;
        let service = self
            .service(&a.service_code)?
            .ok_or_else(|| QueueError::UnknownService(a.service_code.clone()))?;
        let note = format!("{} {}", a.day, a.time);
        let entry = self.immediate(|c| -> AResult<i64> {
            let booked: Option<i64> = c
                .query_row(
                    "SELECT person_id FROM appointment WHERE id = ?1 AND status = 'booked'",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            let person_id = booked.ok_or(AppointmentError::NotBooked(id))?;
            let entry =
                super::queues::arrive(c, &service, person_id, Priority::Normal, Some(&note), who)?;
            c.execute(
                "UPDATE appointment SET status = 'checked_in', entry_id = ?1 WHERE id = ?2",
                params![entry, id],
            )?;
            Ok(entry)
        })?;
        Ok(self.entry(entry)?)
    }

    /// Cancels a booked appointment.
    pub fn cancel_appointment(&self, id: i64) -> AResult<()> {
        let changed = self.conn.execute(
            "UPDATE appointment SET status = 'cancelled' WHERE id = ?1 AND status = 'booked'",
            [id],
        )?;
        if changed == 0 {
            return Err(AppointmentError::NotBooked(id));
        }
        Ok(())
    }

    /// End of day: booked appointments whose slot is over by `now` become no-shows. Returns how many.
    pub fn mark_no_shows(&self, now: NaiveDateTime) -> AResult<usize> {
        let day = now.format("%Y-%m-%d").to_string();
        let time = now.format("%H:%M").to_string();
        Ok(self.conn.execute(
            "UPDATE appointment SET status = 'no_show'
             WHERE status = 'booked' AND (day < ?1 OR (day = ?1 AND time(time, '+' || minutes || ' minutes') <= ?2))",
            params![day, time],
        )?)
    }

    /// `(kept, missed)` appointments of a service on a day, for the end-of-day figures.
    pub fn appointments_kept(&self, day: &str) -> AResult<Vec<(String, u32, u32)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.code, sum(a.status = 'checked_in'), sum(a.status = 'no_show')
             FROM appointment a JOIN service s ON s.id = a.service_id
             WHERE a.day = ?1 GROUP BY s.code",
        )?;
        Ok(stmt
            .query_map([day], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?)
    }
}
