//! Naloxone: batches received (lot, expiry, kits), each kit given with the exchange it was
//! handed over in, and what people report later about a kit used. Naloxone is always counted
//! by kit: giving one with no batch in date is refused.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::{CResult, CounterError};
use crate::store::Store;
use crate::store::persons::stamp;
use crate::store::queues::Actor;

/// A batch of kits received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNaloxoneBatch {
    pub lot: String,
    pub expires: NaiveDate,
    pub kits: u32,
}

/// A batch as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NaloxoneBatch {
    pub id: i64,
    pub lot: String,
    pub expires: String,
    pub kits: u32,
    /// Kits not given (kits of an exchange taken back are left again).
    pub left: u32,
    pub expired: bool,
}

/// What happened after a kit was used, as the person reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Recovered,
    Hospital,
    Died,
    Unknown,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::Recovered,
        Outcome::Hospital,
        Outcome::Died,
        Outcome::Unknown,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Recovered => "recovered",
            Outcome::Hospital => "hospital",
            Outcome::Died => "died",
            Outcome::Unknown => "unknown",
        }
    }

    pub fn from_code(code: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.code() == code.trim())
    }

    /// Message id of the outcome's words.
    pub fn message_id(self) -> &'static str {
        match self {
            Outcome::Recovered => "counter-outcome-recovered",
            Outcome::Hospital => "counter-outcome-hospital",
            Outcome::Died => "counter-outcome-died",
            Outcome::Unknown => "counter-outcome-unknown",
        }
    }
}

/// A reversal reported: a kit was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReversal {
    pub kit_id: Option<i64>,
    pub person_id: Option<i64>,
    pub happened_on: Option<NaiveDate>,
    /// Emergency services called (`None`: not known).
    pub emergency_called: Option<bool>,
    pub outcome: Outcome,
    pub note: Option<String>,
}

/// A reversal as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reversal {
    pub id: i64,
    pub kit_id: Option<i64>,
    pub lot: Option<String>,
    pub person_id: Option<i64>,
    pub happened_on: Option<String>,
    pub emergency_called: Option<bool>,
    pub outcome: String,
    pub note: Option<String>,
    pub at: String,
    pub by: String,
}

/// Kits of a batch given in exchanges not taken back.
const GIVEN: &str = "(SELECT count(*) FROM naloxone_kit k WHERE k.batch_id = b.id AND NOT EXISTS
     (SELECT 1 FROM counter_exchange r WHERE r.reverses = k.exchange_id))";

/// The batches in date with kits left, the first to expire first: (id, left).
fn in_date(c: &Connection, day: NaiveDate) -> rusqlite::Result<Vec<(i64, u32)>> {
    let mut stmt = c.prepare_cached(&format!(
        "SELECT b.id, b.kits - {GIVEN} FROM naloxone_batch b
         WHERE b.expires >= ?1 ORDER BY b.expires, b.id"
    ))?;
    let rows = stmt
        .query_map([day.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<Vec<(i64, u32)>, _>>()?;
    Ok(rows.into_iter().filter(|(_, left)| *left > 0).collect())
}

/// Takes `n` kits for an exchange inside the caller's transaction, or refuses when fewer are
/// left in date.
pub(super) fn take_kits(
    c: &Connection,
    exchange: i64,
    n: u32,
    person: Option<i64>,
    who: Actor<'_>,
) -> CResult<()> {
    let batches = in_date(c, who.at.date())?;
    let left: u32 = batches.iter().map(|(_, l)| l).sum();
    if left < n {
        return Err(CounterError::NoNaloxone { left });
    }
    let mut stmt = c.prepare_cached(&format!(
        "INSERT INTO naloxone_kit (id, batch_id, exchange_id, person_id, at, by)
         VALUES ({ID}, ?1, ?2, ?3, ?4, ?5)",
        ID = crate::store::ids::next("naloxone_kit")
    ))?;
    let mut wanted = n;
    for (batch, left) in batches {
        for _ in 0..left.min(wanted) {
            stmt.execute(params![batch, exchange, person, stamp(who.at), who.by])?;
        }
        wanted -= left.min(wanted);
        if wanted == 0 {
            break;
        }
    }
    Ok(())
}

fn batch_from_row(r: &rusqlite::Row<'_>, today: &str) -> rusqlite::Result<NaloxoneBatch> {
    let expires: String = r.get(2)?;
    Ok(NaloxoneBatch {
        id: r.get(0)?,
        lot: r.get(1)?,
        expired: expires.as_str() < today,
        expires,
        kits: r.get(3)?,
        left: r.get(4)?,
    })
}

impl Store {
    /// Records a batch of kits received.
    pub fn receive_naloxone(&self, new: &NewNaloxoneBatch, who: Actor<'_>) -> CResult<i64> {
        let lot = crate::text::clean(&new.lot);
        if lot.is_empty() {
            return Err(CounterError::NoLot);
        }
        if new.kits == 0 {
            return Err(CounterError::NoKits);
        }
        if new.expires < who.at.date() {
            return Err(CounterError::Expired(new.expires.to_string()));
        }
        self.immediate(|c| {
            let exists: bool = c.query_row(
                "SELECT EXISTS (SELECT 1 FROM naloxone_batch WHERE lot = ?1)",
                [&lot],
                |r| r.get(0),
            )?;
            if exists {
                return Err(CounterError::LotExists(lot.clone()));
            }
            c.execute(
                &format!(
                    "INSERT INTO naloxone_batch (id, lot, expires, kits, received_at, by)
                 VALUES ({ID}, ?1, ?2, ?3, ?4, ?5)",
                    ID = crate::store::ids::next("naloxone_batch")
                ),
                params![
                    lot,
                    new.expires.to_string(),
                    new.kits,
                    stamp(who.at),
                    who.by
                ],
            )?;
            Ok(c.last_insert_rowid())
        })
    }

    /// Every batch, the first to expire first, with the kits left.
    pub fn naloxone_batches(&self, today: NaiveDate) -> CResult<Vec<NaloxoneBatch>> {
        let today = today.to_string();
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT b.id, b.lot, b.expires, b.kits, b.kits - {GIVEN} FROM naloxone_batch b
             ORDER BY b.expires, b.id"
        ))?;
        let rows = stmt
            .query_map([], |r| batch_from_row(r, &today))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The batch the next kit comes from, if any is in date with kits left.
    pub fn next_naloxone(&self, today: NaiveDate) -> CResult<Option<NaloxoneBatch>> {
        Ok(self
            .naloxone_batches(today)?
            .into_iter()
            .find(|b| !b.expired && b.left > 0))
    }

    /// Records a reversal reported; the kit, when named, must have been given.
    pub fn report_reversal(&self, r: &NewReversal, who: Actor<'_>) -> CResult<i64> {
        self.immediate(|c| {
            if let Some(kit) = r.kit_id {
                let known: Option<i64> = c
                    .query_row("SELECT id FROM naloxone_kit WHERE id = ?1", [kit], |r| {
                        r.get(0)
                    })
                    .optional()?;
                if known.is_none() {
                    return Err(CounterError::UnknownKit(kit));
                }
            }
            let note = r
                .note
                .as_deref()
                .map(crate::text::clean)
                .filter(|n| !n.is_empty());
            c.execute(
                &format!("INSERT INTO naloxone_reversal (id, kit_id, person_id, happened_on, emergency_called,
                     outcome, note, at, by)
                 VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", ID = crate::store::ids::next("naloxone_reversal")),
                params![
                    r.kit_id,
                    r.person_id,
                    r.happened_on.map(|d| d.to_string()),
                    r.emergency_called,
                    r.outcome.code(),
                    note,
                    stamp(who.at),
                    who.by
                ],
            )?;
            Ok(c.last_insert_rowid())
        })
    }

    /// Reversals reported by a person, or about kits given to them, the latest first.
    pub fn person_reversals(&self, person_id: i64) -> CResult<Vec<Reversal>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT v.id, v.kit_id, b.lot, v.person_id, v.happened_on, v.emergency_called,
                    v.outcome, v.note, v.at, v.by
             FROM naloxone_reversal v
             LEFT JOIN naloxone_kit k ON k.id = v.kit_id
             LEFT JOIN naloxone_batch b ON b.id = k.batch_id
             WHERE v.person_id = ?1 OR k.person_id = ?1
             ORDER BY v.at DESC, v.id DESC",
        )?;
        let rows = stmt
            .query_map([person_id], |r| {
                Ok(Reversal {
                    id: r.get(0)?,
                    kit_id: r.get(1)?,
                    lot: r.get(2)?,
                    person_id: r.get(3)?,
                    happened_on: r.get(4)?,
                    emergency_called: r.get(5)?,
                    outcome: r.get(6)?,
                    note: r.get(7)?,
                    at: r.get(8)?,
                    by: r.get(9)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}
