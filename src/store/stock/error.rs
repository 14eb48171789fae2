//! Why an act of the controlled-drug register was refused, in words a nurse can act on.

use crate::domain::treatment::mg_text;
use crate::i18n::{Localised, Msg};
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum StockError {
    #[error("no product {0}")]
    UnknownProduct(String),
    #[error("no lot {lot} of {product}")]
    UnknownLot { product: String, lot: String },
    #[error("lot {lot} of {product} already received")]
    DuplicateLot { product: String, lot: String },
    #[error("no lot given")]
    NoLot,
    /// A quantity of 0 mg or less where one is moved (received, returned, destroyed).
    #[error("{0} mg is not a quantity")]
    NotPositive(f64),
    /// A count below zero.
    #[error("{0} mg cannot be counted")]
    NegativeCount(f64),
    #[error("expires {expires}, before it was received")]
    ExpiresBeforeReception { expires: String },
    /// A syrup batch with no strength: its ml could not be known.
    #[error("no mg/ml for a syrup batch")]
    NoStrength,
    #[error("strength must be more than 0")]
    BadStrength,
    /// The act would leave the batch with less than nothing.
    #[error("{lot} of {product} holds {left} mg, {asked} mg asked")]
    Negative {
        product: String,
        lot: String,
        left: f64,
        asked: f64,
    },
    /// The count differs from the register and no reason was given.
    #[error("a correction needs a reason")]
    ReasonNeeded { expected: f64, counted: f64 },
    /// A count above nothing, for a product with no batch to put it in.
    #[error("no batch of {0}")]
    NoBatch(String),
    #[error("bad product code {0}")]
    BadCode(String),
    #[error("product {0} exists")]
    DuplicateProduct(String),
    #[error("bad form {0}")]
    BadForm(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub type SResult<T> = Result<T, StockError>;

impl From<rusqlite::Error> for StockError {
    fn from(e: rusqlite::Error) -> Self {
        StockError::Store(StoreError::from(e))
    }
}

impl Localised for StockError {
    fn msg(&self) -> Msg {
        use StockError as E;
        match self {
            E::UnknownProduct(code) => {
                Msg::new("stock-error-product").arg("product", code.as_str())
            }
            E::UnknownLot { product, lot } => Msg::new("stock-error-lot")
                .arg("product", product.as_str())
                .arg("lot", lot.as_str()),
            E::DuplicateLot { product, lot } => Msg::new("stock-error-duplicate-lot")
                .arg("product", product.as_str())
                .arg("lot", lot.as_str()),
            E::NoLot => Msg::new("stock-error-no-lot"),
            E::NotPositive(mg) => Msg::new("stock-error-not-positive").arg("mg", mg_text(*mg)),
            E::NegativeCount(mg) => Msg::new("stock-error-negative-count").arg("mg", mg_text(*mg)),
            E::ExpiresBeforeReception { expires } => {
                Msg::new("stock-error-expired-on-arrival").arg("day", expires.as_str())
            }
            E::NoStrength => Msg::new("stock-error-no-strength"),
            E::BadStrength => Msg::new("stock-error-bad-strength"),
            E::Negative {
                product,
                lot,
                left,
                asked,
            } => Msg::new("stock-error-negative")
                .arg("product", product.as_str())
                .arg("lot", lot.as_str())
                .arg("left", mg_text(*left))
                .arg("asked", mg_text(*asked)),
            E::ReasonNeeded { expected, counted } => Msg::new("stock-error-reason")
                .arg("expected", mg_text(*expected))
                .arg("counted", mg_text(*counted)),
            E::NoBatch(product) => {
                Msg::new("stock-error-no-batch").arg("product", product.as_str())
            }
            E::BadCode(code) => Msg::new("stock-error-code").arg("code", code.as_str()),
            E::DuplicateProduct(code) => {
                Msg::new("stock-error-duplicate-product").arg("product", code.as_str())
            }
            E::BadForm(form) => Msg::new("stock-error-form").arg("form", form.as_str()),
            E::Store(e) => e.msg(),
        }
    }
}
