//! The mobile teams in the register: places, sessions and the contacts met there, each act one
//! transaction. Contacts are kept: a mistake is taken back by a reversing row.

mod contacts;
mod places;
mod read;
mod sessions;

use crate::i18n::{Localised, Msg};

use super::StoreError;
use super::counter::CounterError;

pub use contacts::{Met, NewContact, NewVaccination, Recorded};
pub(crate) use contacts::{check_vaccination, insert_contact};
pub use places::{Place, matching as matching_places};
pub use read::{ContactRow, SessionRow, VaccinationRow};
pub use sessions::NewSession;
pub(crate) use sessions::insert_session;

/// Why an outreach act was refused. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum OutreachError {
    #[error("bad place name")]
    PlaceName(crate::domain::outreach::NameError),
    #[error("place {0} exists")]
    DuplicatePlace(String),
    #[error("no place {0}")]
    UnknownPlace(String),
    #[error("place {0} is closed")]
    PlaceClosed(String),
    #[error("no place kind {0}")]
    UnknownKind(String),
    #[error("no commune {0}")]
    UnknownCommune(String),
    #[error("date {0} is in the future")]
    FutureDate(chrono::NaiveDate),
    #[error("no session {0}")]
    UnknownSession(i64),
    #[error("no person {0}")]
    UnknownPerson(String),
    #[error("no partner {0}")]
    UnknownPartner(String),
    #[error("a vaccination needs its vaccine")]
    NoVaccine,
    #[error("a vaccination needs its lot")]
    NoLot,
    #[error("dose number {0}")]
    DoseNumber(u32),
    #[error("a count of people from 1")]
    People,
    #[error("nothing to take back")]
    NothingToReverse,
    #[error("contact {0} was taken back already")]
    AlreadyReversed(i64),
    #[error("contact {0} is not of today")]
    NotToday(i64),
    #[error("no contact {0} in session {1}")]
    NotInSession(i64, i64),
    #[error(transparent)]
    Counter(CounterError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for OutreachError {
    fn from(e: rusqlite::Error) -> Self {
        OutreachError::Store(StoreError::from(e))
    }
}

impl From<CounterError> for OutreachError {
    fn from(e: CounterError) -> Self {
        match e {
            CounterError::Store(s) => OutreachError::Store(s),
            other => OutreachError::Counter(other),
        }
    }
}

impl Localised for OutreachError {
    fn msg(&self) -> Msg {
        use OutreachError as E;
        match self {
            E::PlaceName(why) => Msg::new(why.message_id()),
            E::DuplicatePlace(n) => {
                Msg::new("outreach-error-place-exists").arg("place", n.as_str())
            }
            E::UnknownPlace(n) => Msg::new("outreach-error-place-unknown").arg("place", n.as_str()),
            E::PlaceClosed(n) => Msg::new("outreach-error-place-closed").arg("place", n.as_str()),
            E::UnknownKind(k) => Msg::new("outreach-error-kind")
                .arg("kind", k.as_str())
                .arg("kinds", crate::domain::outreach::PLACE_KINDS.join(", ")),
            E::UnknownCommune(c) => Msg::new("outreach-error-commune").arg("commune", c.as_str()),
            E::FutureDate(d) => {
                Msg::new("outreach-error-future").arg("date", d.format("%d/%m/%Y").to_string())
            }
            E::UnknownSession(id) => Msg::new("outreach-error-session").arg("session", *id),
            E::UnknownPerson(code) => Msg::new("outreach-error-person").arg("code", code.as_str()),
            E::UnknownPartner(name) => {
                Msg::new("outreach-error-partner").arg("partner", name.as_str())
            }
            E::NoVaccine => Msg::new("outreach-error-no-vaccine"),
            E::NoLot => Msg::new("outreach-error-no-lot"),
            E::DoseNumber(n) => Msg::new("outreach-error-dose-number").arg("dose", *n),
            E::People => Msg::new("outreach-error-people"),
            E::NothingToReverse => Msg::new("outreach-error-nothing-to-reverse"),
            E::AlreadyReversed(id) => Msg::new("outreach-error-reversed").arg("contact", *id),
            E::NotToday(id) => Msg::new("outreach-error-not-today").arg("contact", *id),
            E::NotInSession(id, session) => Msg::new("outreach-error-not-in-session")
                .arg("contact", *id)
                .arg("session", *session),
            E::Counter(e) => e.msg(),
            E::Store(e) => e.msg(),
        }
    }
}

/// Shorthand for results of outreach acts.
pub type OResult<T> = Result<T, OutreachError>;

/// Days as stored (`2026-11-23`).
fn day_text(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}
