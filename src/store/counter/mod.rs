//! The harm-reduction counter in the register: the item list and what was given, at the
//! counter or in the street, each act one transaction.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use super::persons::stamp;
use super::queues::Actor;
use crate::domain::counter::{CONFIRM_ABOVE, ItemError};
use crate::i18n::{Localised, Msg};

mod day;
mod items;
mod naloxone;

pub use day::{DayTotals, Exchange, KitGiven};
pub use items::{Item, NewItem, lines_text};
pub use naloxone::{NaloxoneBatch, NewNaloxoneBatch, NewReversal, Outcome, Reversal};

/// Why a counter act was refused.
#[derive(Debug, thiserror::Error)]
pub enum CounterError {
    #[error("no item {0}")]
    UnknownItem(String),
    #[error("item {0} is no longer given")]
    Removed(String),
    #[error("nothing given")]
    Nothing,
    /// A count above [`CONFIRM_ABOVE`], not confirmed.
    #[error("{count} of {item}: to confirm")]
    Confirm { item: String, count: u32 },
    /// Not enough naloxone kits in date (how many are left in date).
    #[error("{left} naloxone kits in date")]
    NoNaloxone { left: u32 },
    #[error("item {0} exists")]
    ItemExists(String),
    /// The key is another item's.
    #[error("key {key} is {item}'s")]
    KeyTaken { key: char, item: String },
    #[error("bad item")]
    BadItem(ItemError),
    /// A centre's item needs at least its French name.
    #[error("no name")]
    NoName,
    /// No exchange of today by this member of staff left to take back.
    #[error("nothing to take back")]
    NothingToUndo,
    #[error("lot {0} exists")]
    LotExists(String),
    #[error("expires {0}, before today")]
    Expired(String),
    #[error("no kits")]
    NoKits,
    /// A batch needs its lot.
    #[error("no lot")]
    NoLot,
    #[error("no kit {0}")]
    UnknownKit(i64),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for CounterError {
    fn from(e: rusqlite::Error) -> Self {
        CounterError::Store(StoreError::from(e))
    }
}

impl From<ItemError> for CounterError {
    fn from(e: ItemError) -> Self {
        CounterError::BadItem(e)
    }
}

impl Localised for CounterError {
    fn msg(&self) -> Msg {
        use CounterError as E;
        match self {
            E::UnknownItem(code) => {
                Msg::new("counter-error-unknown-item").arg("item", code.as_str())
            }
            E::Removed(code) => Msg::new("counter-error-removed-item").arg("item", code.as_str()),
            E::Nothing => Msg::new("counter-error-nothing"),
            E::Confirm { item, count } => Msg::new("counter-error-confirm")
                .arg("item", item.as_str())
                .arg("count", *count)
                .arg("above", CONFIRM_ABOVE),
            E::NoNaloxone { left } => Msg::new("counter-error-no-naloxone").arg("left", *left),
            E::ItemExists(code) => Msg::new("counter-error-item-exists").arg("item", code.as_str()),
            E::KeyTaken { key, item } => Msg::new("counter-error-key-taken")
                .arg("key", key.to_string())
                .arg("item", item.as_str()),
            E::BadItem(ItemError::Code(c)) => {
                Msg::new("counter-error-bad-code").arg("code", c.as_str())
            }
            E::BadItem(ItemError::Key(k)) => {
                Msg::new("counter-error-bad-key").arg("key", k.as_str())
            }
            E::BadItem(ItemError::Kind(k)) => Msg::new("counter-error-bad-kind")
                .arg("kind", k.as_str())
                .arg("kinds", crate::domain::counter::KINDS.join(", ")),
            E::NoName => Msg::new("counter-error-no-name"),
            E::NothingToUndo => Msg::new("counter-error-nothing-to-undo"),
            E::LotExists(lot) => Msg::new("counter-error-lot-exists").arg("lot", lot.as_str()),
            E::Expired(day) => Msg::new("counter-error-expired").arg("day", day.as_str()),
            E::NoKits => Msg::new("counter-error-no-kits"),
            E::NoLot => Msg::new("counter-error-no-lot"),
            E::UnknownKit(id) => Msg::new("counter-error-unknown-kit").arg("kit", *id),
            E::Store(e) => e.msg(),
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
    /// A count above [`CONFIRM_ABOVE`] was confirmed by the worker (else it is refused).
    pub confirmed: bool,
}

/// Writes an exchange and its lines inside the caller's transaction; every item must be on the
/// list and still given. Naloxone kits are taken from the batches in date, the first to
/// expire first, one `naloxone_kit` row each. Returns the exchange id. Used material returned
/// with nothing given is an exchange too; an act with nothing at all is refused.
pub(crate) fn insert_exchange(c: &Connection, g: &Giving, who: Actor<'_>) -> CResult<i64> {
    if g.lines.is_empty() && g.returned == 0 {
        return Err(CounterError::Nothing);
    }
    let mut naloxone = 0u32;
    for (code, count) in &g.lines {
        let found: Option<(Option<String>, String)> = c
            .query_row(
                "SELECT removed_at, kind FROM counter_item WHERE code = ?1",
                [code],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match found {
            None => return Err(CounterError::UnknownItem(code.clone())),
            Some((Some(_), _)) => return Err(CounterError::Removed(code.clone())),
            Some((None, kind)) => {
                if kind == "naloxone" {
                    naloxone += count;
                }
            }
        }
        if *count == 0 {
            return Err(CounterError::Nothing);
        }
        if *count > CONFIRM_ABOVE && !g.confirmed {
            return Err(CounterError::Confirm {
                item: code.clone(),
                count: *count,
            });
        }
    }
    if (g.returned > CONFIRM_ABOVE || g.for_others > CONFIRM_ABOVE) && !g.confirmed {
        return Err(CounterError::Confirm {
            item: "-".into(),
            count: g.returned.max(g.for_others),
        });
    }
    c.execute(
        &format!("INSERT INTO counter_exchange (id, person_id, returned, for_others, emergency, session_id,
             at, by, desk)
         VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", ID = crate::store::ids::next("counter_exchange")),
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
    if naloxone > 0 {
        naloxone::take_kits(c, id, naloxone, g.person_id, who)?;
    }
    Ok(id)
}

impl super::Store {
    /// Records what was given (and returned) as one transaction; returns the exchange id.
    pub fn give(&self, g: &Giving, who: Actor<'_>) -> CResult<i64> {
        self.immediate(|c| insert_exchange(c, g, who))
    }
}
