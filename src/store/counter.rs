//! The harm-reduction counter in the register: the item list and what was given, at the
//! counter or in the street, each act one transaction.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use super::persons::stamp;
use super::queues::Actor;
use crate::i18n::{Localised, Msg};

/// Why a counter act was refused.
#[derive(Debug, thiserror::Error)]
pub enum CounterError {
    #[error("no item {0}")]
    UnknownItem(String),
    #[error("item {0} is no longer given")]
    Removed(String),
    #[error("nothing given")]
    Nothing,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for CounterError {
    fn from(e: rusqlite::Error) -> Self {
        CounterError::Store(StoreError::from(e))
    }
}

impl Localised for CounterError {
    fn msg(&self) -> Msg {
        match self {
            CounterError::UnknownItem(code) => {
                Msg::new("counter-error-unknown-item").arg("item", code.as_str())
            }
            CounterError::Removed(code) => {
                Msg::new("counter-error-removed-item").arg("item", code.as_str())
            }
            CounterError::Nothing => Msg::new("counter-error-nothing"),
            CounterError::Store(e) => e.msg(),
        }
    }
}

pub type CResult<T> = Result<T, CounterError>;

/// One act of giving: what, to whom, what came back.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Giving {
    /// Item codes and counts (each count from 1).
    pub lines: Vec<(String, u32)>,
    pub person_id: Option<i64>,
    pub returned: u32,
    pub for_others: u32,
    pub emergency: bool,
    /// Given in an outreach session (`None`: at the counter).
    pub session_id: Option<i64>,
}

/// Writes an exchange and its lines inside the caller's transaction; every item must be on the
/// list and still given. Returns the exchange id. Used material returned with nothing given is
/// an exchange too; an act with nothing at all is refused.
pub(crate) fn insert_exchange(c: &Connection, g: &Giving, who: Actor<'_>) -> CResult<i64> {
    if g.lines.is_empty() && g.returned == 0 {
        return Err(CounterError::Nothing);
    }
    for (code, _) in &g.lines {
        let removed: Option<Option<String>> = c
            .query_row(
                "SELECT removed_at FROM counter_item WHERE code = ?1",
                [code],
                |r| r.get(0),
            )
            .optional()?;
        match removed {
            None => return Err(CounterError::UnknownItem(code.clone())),
            Some(Some(_)) => return Err(CounterError::Removed(code.clone())),
            Some(None) => {}
        }
    }
    c.execute(
        "INSERT INTO counter_exchange (person_id, returned, for_others, emergency, session_id,
             at, by, desk)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            g.person_id,
            g.returned,
            g.for_others,
            g.emergency,
            g.session_id,
            stamp(who.at),
            who.by,
            who.desk
        ],
    )?;
    let id = c.last_insert_rowid();
    let mut stmt = c.prepare_cached(
        "INSERT INTO counter_line (exchange_id, item, count) VALUES (?1, ?2, ?3)",
    )?;
    for (code, count) in &g.lines {
        stmt.execute(params![id, code, count])?;
    }
    Ok(id)
}

impl super::Store {
    /// Records what was given (and returned) as one transaction; returns the exchange id.
    pub fn give(&self, g: &Giving, who: Actor<'_>) -> CResult<i64> {
        self.immediate(|c| insert_exchange(c, g, who))
    }
}
