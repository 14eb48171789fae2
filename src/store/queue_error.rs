//! Why a queue action was refused, and how the desk says it.

use super::StoreError;
use crate::domain::queue::Refused;
use crate::i18n::{Localised, Msg};

/// Why a queue action was refused.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("no service {0}")]
    UnknownService(String),
    #[error("service {0} is closed")]
    ServiceClosed(String),
    #[error("no person {0}")]
    UnknownPerson(String),
    #[error("already waiting with ticket {0}")]
    AlreadyWaiting(String),
    #[error("nobody is waiting for {0}")]
    NobodyWaiting(String),
    #[error("no ticket {0}")]
    UnknownEntry(i64),
    #[error("letter {0} is already used")]
    LetterTaken(String),
    #[error("{1} people still hold a ticket for {0}")]
    StillWaiting(String, i64),
    #[error("{} cannot {} ", .0.from, .0.attempted.code())]
    Refused(Refused),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for QueueError {
    fn from(e: rusqlite::Error) -> Self {
        QueueError::Store(StoreError::from(e))
    }
}

impl Localised for QueueError {
    fn msg(&self) -> Msg {
        match self {
            QueueError::UnknownService(code) => {
                Msg::new("queue-error-unknown-service").arg("service", code.as_str())
            }
            QueueError::ServiceClosed(code) => {
                Msg::new("queue-error-closed").arg("service", code.as_str())
            }
            QueueError::UnknownPerson(code) => {
                Msg::new("person-error-unknown-code").arg("code", code.as_str())
            }
            QueueError::AlreadyWaiting(ticket) => {
                Msg::new("queue-error-already-waiting").arg("ticket", ticket.as_str())
            }
            QueueError::NobodyWaiting(code) => {
                Msg::new("queue-error-nobody").arg("service", code.as_str())
            }
            QueueError::UnknownEntry(id) => Msg::new("queue-error-unknown-entry").arg("id", *id),
            QueueError::LetterTaken(letter) => {
                Msg::new("service-error-letter-taken").arg("letter", letter.as_str())
            }
            QueueError::StillWaiting(service, count) => Msg::new("service-error-still-waiting")
                .arg("service", service.as_str())
                .arg("count", *count),
            QueueError::Refused(r) => Msg::new("queue-error-refused")
                .arg("status", r.from.code())
                .arg("move", r.attempted.code()),
            QueueError::Store(s) => s.msg(),
        }
    }
}
