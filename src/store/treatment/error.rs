//! Why a treatment act was refused, in words a nurse can act on.

use crate::domain::treatment::Refusal;
use crate::i18n::{Localised, Msg};
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum TreatmentError {
    #[error("no person {0}")]
    UnknownPerson(String),
    #[error("no product {0}")]
    UnknownProduct(String),
    #[error("refused: {0:?}")]
    Refused(Refusal),
    /// Another desk recorded the day's dose at the same moment.
    #[error("dose already recorded at another desk")]
    Raced,
    #[error("no prescriber named")]
    NoPrescriber,
    #[error("nothing to reverse today")]
    NothingToReverse,
    #[error("no batch of {product} in date")]
    BatchExpired {
        product: String,
        lot: String,
        expired: String,
    },
    #[error("not enough {product} left")]
    NotEnoughStock {
        product: String,
        left: f64,
        needed: f64,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub type TResult<T> = Result<T, TreatmentError>;

impl From<rusqlite::Error> for TreatmentError {
    fn from(e: rusqlite::Error) -> Self {
        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation)
            && e.to_string().contains("dose_event")
        {
            return TreatmentError::Raced;
        }
        TreatmentError::Store(StoreError::from(e))
    }
}

impl From<Refusal> for TreatmentError {
    fn from(r: Refusal) -> Self {
        TreatmentError::Refused(r)
    }
}

impl Localised for TreatmentError {
    fn msg(&self) -> Msg {
        match self {
            TreatmentError::UnknownPerson(code) => {
                Msg::new("person-error-unknown-code").arg("code", code.as_str())
            }
            TreatmentError::UnknownProduct(code) => {
                Msg::new("treatment-error-product").arg("product", code.as_str())
            }
            TreatmentError::Refused(r) => r.msg(),
            TreatmentError::Raced => Msg::new("dose-refused-raced"),
            TreatmentError::NoPrescriber => Msg::new("decision-refused-no-prescriber"),
            TreatmentError::NothingToReverse => Msg::new("dose-reverse-nothing"),
            TreatmentError::BatchExpired {
                product,
                lot,
                expired,
            } => Msg::new("stock-refused-expired")
                .arg("product", product.as_str())
                .arg("lot", lot.as_str())
                .arg("day", expired.as_str()),
            TreatmentError::NotEnoughStock {
                product,
                left,
                needed,
            } => Msg::new("stock-refused-not-enough")
                .arg("product", product.as_str())
                .arg("left", crate::domain::treatment::mg_text(*left))
                .arg("needed", crate::domain::treatment::mg_text(*needed)),
            TreatmentError::Store(e) => e.msg(),
        }
    }
}
