//! What was given: an exchange as read back, the day's totals at the counter, a person's
//! exchanges, and today's last exchange taken back by a reversing row.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::{CResult, CounterError};
use crate::store::Store;
use crate::store::persons::stamp;
use crate::store::queues::Actor;

/// A naloxone kit handed over, with its batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KitGiven {
    pub id: i64,
    pub lot: String,
    pub expires: String,
}

/// An exchange as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    pub id: i64,
    pub person_id: Option<i64>,
    pub at: String,
    pub by: String,
    pub lines: Vec<(String, u32)>,
    pub returned: u32,
    pub for_others: u32,
    pub emergency: bool,
    /// Given in an outreach session (its id), not at the counter.
    pub session_id: Option<i64>,
    /// Taken back since (a reversing row names it).
    pub reversed: bool,
    pub kits: Vec<KitGiven>,
}

/// The day's figures at the counter (exchanges taken back are left out, and their reversals).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DayTotals {
    /// Item code and count given, in the list's order (items given today only).
    pub items: Vec<(String, u32)>,
    pub returned: u32,
    pub for_others: u32,
    pub exchanges: u32,
    pub emergencies: u32,
    /// Exchange items (sterile injection material) given.
    pub exchange_given: u32,
}

impl DayTotals {
    /// Used material returned minus exchange items given.
    pub fn balance(&self) -> i64 {
        crate::domain::counter::balance(self.exchange_given, self.returned)
    }

    /// How many of an item were given.
    pub fn of(&self, code: &str) -> u32 {
        self.items
            .iter()
            .find(|(c, _)| c == code)
            .map_or(0, |(_, n)| *n)
    }
}

/// Exchanges that count: not a reversing row, not taken back. (`+` keeps SQLite from reading
/// the index on `reverses`, where every exchange that counts is NULL, instead of the one on
/// `at`: 10 ms a day on a year of exchanges instead of a fraction of one.)
const COUNTS: &str = "+e.reverses IS NULL
     AND NOT EXISTS (SELECT 1 FROM counter_exchange r WHERE r.reverses = e.id)";

fn day_bounds(day: NaiveDate) -> (String, String) {
    let next = day.succ_opt().unwrap_or(day);
    (day.to_string(), next.to_string())
}

fn read_exchange(c: &Connection, id: i64) -> CResult<Option<Exchange>> {
    let head = c
        .query_row(
            "SELECT e.id, e.person_id, e.at, e.by, e.returned, e.for_others, e.emergency,
                    EXISTS (SELECT 1 FROM counter_exchange r WHERE r.reverses = e.id),
                    e.session_id
             FROM counter_exchange e WHERE e.id = ?1",
            [id],
            |r| {
                Ok(Exchange {
                    id: r.get(0)?,
                    person_id: r.get(1)?,
                    at: r.get(2)?,
                    by: r.get(3)?,
                    returned: r.get(4)?,
                    for_others: r.get(5)?,
                    emergency: r.get(6)?,
                    reversed: r.get(7)?,
                    session_id: r.get(8)?,
                    lines: Vec::new(),
                    kits: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut x) = head else {
        return Ok(None);
    };
    let mut lines = c.prepare_cached(
        "SELECT l.item, l.count FROM counter_line l
         LEFT JOIN counter_item i ON i.code = l.item
         WHERE l.exchange_id = ?1 ORDER BY i.position, l.item",
    )?;
    x.lines = lines
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut kits = c.prepare_cached(
        "SELECT k.id, b.lot, b.expires FROM naloxone_kit k
         JOIN naloxone_batch b ON b.id = k.batch_id
         WHERE k.exchange_id = ?1 ORDER BY k.id",
    )?;
    x.kits = kits
        .query_map([id], |r| {
            Ok(KitGiven {
                id: r.get(0)?,
                lot: r.get(1)?,
                expires: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Some(x))
}

impl Store {
    /// An exchange by id, with its lines and kits.
    pub fn exchange(&self, id: i64) -> CResult<Option<Exchange>> {
        read_exchange(self.conn(), id)
    }

    /// The day's totals at the counter (material given in the street is the teams').
    pub fn counter_day(&self, day: NaiveDate) -> CResult<DayTotals> {
        let (from, to) = day_bounds(day);
        let c = self.conn();
        let mut totals = c.query_row(
            &format!(
                "SELECT count(*), coalesce(sum(e.returned), 0), coalesce(sum(e.for_others), 0),
                        coalesce(sum(e.emergency), 0)
                 FROM counter_exchange e
                 WHERE e.at >= ?1 AND e.at < ?2 AND e.session_id IS NULL AND {COUNTS}"
            ),
            params![from, to],
            |r| {
                Ok(DayTotals {
                    exchanges: r.get(0)?,
                    returned: r.get(1)?,
                    for_others: r.get(2)?,
                    emergencies: r.get(3)?,
                    ..Default::default()
                })
            },
        )?;
        let mut stmt = c.prepare_cached(&format!(
            "SELECT l.item, sum(l.count), coalesce(max(i.exchange), 0)
             FROM counter_exchange e
             JOIN counter_line l ON l.exchange_id = e.id
             LEFT JOIN counter_item i ON i.code = l.item
             WHERE e.at >= ?1 AND e.at < ?2 AND e.session_id IS NULL AND {COUNTS}
             GROUP BY l.item ORDER BY min(i.position), l.item"
        ))?;
        let rows = stmt
            .query_map(params![from, to], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, u32>(1)?,
                    r.get::<_, bool>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        for (item, count, exchange) in rows {
            if exchange {
                totals.exchange_given += count;
            }
            totals.items.push((item, count));
        }
        Ok(totals)
    }

    /// A person's exchanges (taken back ones marked), the latest first, at most `limit`.
    pub fn person_exchanges(&self, person_id: i64, limit: usize) -> CResult<Vec<Exchange>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id FROM counter_exchange
             WHERE person_id = ?1 AND +reverses IS NULL ORDER BY at DESC, id DESC LIMIT ?2",
        )?;
        let ids = stmt
            .query_map(
                params![person_id, i64::try_from(limit).unwrap_or(i64::MAX)],
                |r| r.get::<_, i64>(0),
            )?
            .collect::<Result<Vec<_>, _>>()?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(self.exchange(id)?);
        }
        Ok(out)
    }

    /// Takes back today's last exchange at the counter recorded by `who.by` (not already taken
    /// back) with a reversing row; its kits go back to their batch. Returns the exchange taken
    /// back.
    pub fn undo_last_exchange(&self, who: Actor<'_>) -> CResult<Exchange> {
        let (from, to) = day_bounds(who.at.date());
        self.immediate(|c| {
            let last: Option<i64> = c
                .query_row(
                    &format!(
                        "SELECT e.id FROM counter_exchange e
                         WHERE e.at >= ?1 AND e.at < ?2 AND e.by = ?3 AND e.session_id IS NULL
                           AND {COUNTS}
                         ORDER BY e.at DESC, e.id DESC LIMIT 1"
                    ),
                    params![from, to, who.by],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(id) = last else {
                return Err(CounterError::NothingToUndo);
            };
            c.execute(
                &format!(
                    "INSERT INTO counter_exchange (id, person_id, returned, for_others, emergency,
                         reverses, at, by, desk)
                     SELECT {ID}, person_id, 0, 0, 0, id, ?2, ?3, ?4
                     FROM counter_exchange WHERE id = ?1",
                    ID = crate::store::ids::next("counter_exchange")
                ),
                params![id, stamp(who.at), who.by, who.desk],
            )?;
            read_exchange(c, id)?.ok_or(CounterError::NothingToUndo)
        })
    }
}
