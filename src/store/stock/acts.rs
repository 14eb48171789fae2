//! The acts of the register: a batch received, medicine returned or destroyed, the daily
//! balance confirmed or corrected. Each is checked first and written as one transaction;
//! refused, nothing is written.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::read::{self, CheckRow, MoveRow};
use super::{EPSILON, SResult, StockError, insert_move, left};
use crate::store::Store;
use crate::store::persons::stamp;
use crate::store::queues::Actor;

/// A batch as it arrives from the pharmacy.
#[derive(Debug, Clone, PartialEq)]
pub struct NewBatch {
    pub product: String,
    pub lot: String,
    /// What arrived, in mg.
    pub mg: f64,
    pub expires: NaiveDate,
    /// A syrup's strength; `None`: the product's usual one.
    pub mg_per_ml: Option<f64>,
    /// A capsule's or tablet's strength.
    pub mg_per_unit: Option<f64>,
}

/// Medicine leaving or coming back outside a dose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outflow {
    /// Back into the register: a take-home brought back unused, a dose poured and not taken.
    Returned,
    /// Out of the register for good: spilt, expired and destroyed, handed back to the pharmacy.
    Destroyed,
}

impl Outflow {
    /// The move's kind in the register.
    pub fn kind(self) -> &'static str {
        match self {
            Outflow::Returned => "returned",
            Outflow::Destroyed => "destroyed",
        }
    }
}

/// What the daily balance did.
#[derive(Debug, Clone, PartialEq)]
pub enum Checked {
    /// Counted what the register holds.
    Confirmed(CheckRow),
    /// Counted something else: the register follows the count, with the reason.
    Corrected(CheckRow, Vec<MoveRow>),
}

impl Checked {
    pub fn check(&self) -> &CheckRow {
        match self {
            Checked::Confirmed(c) | Checked::Corrected(c, _) => c,
        }
    }
}

fn clean(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

fn positive(mg: f64) -> SResult<f64> {
    if mg.is_finite() && mg > EPSILON {
        Ok(mg)
    } else {
        Err(StockError::NotPositive(mg))
    }
}

/// The product's form and usual strength, if it is on the list.
fn product(c: &Connection, code: &str) -> SResult<(String, Option<f64>)> {
    c.query_row(
        "SELECT form, mg_per_ml FROM treatment_product WHERE code = ?1 AND active = 1",
        [code],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or_else(|| StockError::UnknownProduct(code.to_string()))
}

/// The batch of a product by its lot, and what it holds.
fn batch(c: &Connection, product: &str, lot: &str) -> SResult<(i64, f64)> {
    let id: i64 = c
        .query_row(
            "SELECT id FROM stock_batch WHERE product = ?1 AND lot = ?2",
            [product, lot],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| StockError::UnknownLot {
            product: product.to_string(),
            lot: lot.to_string(),
        })?;
    Ok((id, left(c, id)?))
}

impl Store {
    /// Records a batch received: the batch and its `received` move, one transaction. Refused
    /// for a product not on the list, no lot, a lot already received, 0 mg or less, an expiry
    /// before today, a syrup whose strength is not known.
    pub fn receive_batch(&self, new: &NewBatch, who: Actor<'_>) -> SResult<MoveRow> {
        let lot = clean(Some(&new.lot)).ok_or(StockError::NoLot)?;
        let mg = positive(new.mg)?;
        if new.expires < who.at.date() {
            return Err(StockError::ExpiresBeforeReception {
                expires: new.expires.to_string(),
            });
        }
        if [new.mg_per_ml, new.mg_per_unit]
            .iter()
            .flatten()
            .any(|s| !s.is_finite() || *s <= 0.0)
        {
            return Err(StockError::BadStrength);
        }
        let id = self.immediate(|c| -> SResult<i64> {
            let (form, usual) = product(c, &new.product)?;
            let per_ml = new.mg_per_ml.or(usual).filter(|_| form == "syrup");
            if form == "syrup" && per_ml.is_none() {
                return Err(StockError::NoStrength);
            }
            let taken: bool = c.query_row(
                "SELECT EXISTS (SELECT 1 FROM stock_batch WHERE product = ?1 AND lot = ?2)",
                [&new.product, lot],
                |r| r.get(0),
            )?;
            if taken {
                return Err(StockError::DuplicateLot {
                    product: new.product.clone(),
                    lot: lot.to_string(),
                });
            }
            c.execute(
                "INSERT INTO stock_batch (product, lot, mg_per_ml, mg_per_unit, expires,
                     received_at, by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    new.product,
                    lot,
                    per_ml,
                    new.mg_per_unit.filter(|_| form != "syrup"),
                    new.expires.to_string(),
                    stamp(who.at),
                    who.by
                ],
            )?;
            let batch = c.last_insert_rowid();
            Ok(insert_move(c, batch, "received", mg, None, None, who)?)
        })?;
        read::one_move(self.conn(), id)
    }

    /// Records medicine returned to a batch or destroyed from it (mg, positive). Refused for
    /// an unknown lot, 0 mg or less, or destroying more than the batch holds.
    pub fn stock_out(
        &self,
        what: Outflow,
        product: &str,
        lot: &str,
        mg: f64,
        reason: Option<&str>,
        who: Actor<'_>,
    ) -> SResult<MoveRow> {
        let mg = positive(mg)?;
        let lot = lot.trim();
        let id = self.immediate(|c| -> SResult<i64> {
            product_known(c, product)?;
            let (id, held) = batch(c, product, lot)?;
            let signed = match what {
                Outflow::Returned => mg,
                Outflow::Destroyed => -mg,
            };
            if held + signed < -EPSILON {
                return Err(StockError::Negative {
                    product: product.to_string(),
                    lot: lot.to_string(),
                    left: held,
                    asked: mg,
                });
            }
            Ok(insert_move(
                c,
                id,
                what.kind(),
                signed,
                None,
                clean(reason),
                who,
            )?)
        })?;
        read::one_move(self.conn(), id)
    }

    /// The daily balance of a product: the nurse counted `counted` mg in all its batches. The
    /// same as the register: confirmed. Otherwise, with a reason, the register follows the
    /// count: a `correction` move per batch (a shortfall taken from the batches that expire
    /// first, a surplus added to the batch in use), the check and the moves in one transaction.
    pub fn check_stock(
        &self,
        product: &str,
        counted: f64,
        reason: Option<&str>,
        who: Actor<'_>,
    ) -> SResult<Checked> {
        if !counted.is_finite() || counted < 0.0 {
            return Err(StockError::NegativeCount(counted));
        }
        let reason = clean(reason);
        let today = who.at.date();
        let (check, moves) = self.immediate(|c| -> SResult<(i64, Vec<i64>)> {
            product_known(c, product)?;
            let batches = read::held(c, product)?;
            let expected: f64 = batches.iter().map(|b| b.1).sum();
            let difference = counted - expected;
            let mut moves = Vec::new();
            if difference.abs() > EPSILON {
                let reason = reason.ok_or(StockError::ReasonNeeded { expected, counted })?;
                if batches.is_empty() {
                    return Err(StockError::NoBatch(product.to_string()));
                }
                for (batch, mg) in share(&batches, difference, today) {
                    moves.push(insert_move(
                        c,
                        batch,
                        "correction",
                        mg,
                        None,
                        Some(reason),
                        who,
                    )?);
                }
            }
            c.execute(
                "INSERT INTO stock_check (product, day, expected, counted, reason, at, by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    product,
                    today.to_string(),
                    expected,
                    counted,
                    reason,
                    stamp(who.at),
                    who.by
                ],
            )?;
            Ok((c.last_insert_rowid(), moves))
        })?;
        let row = read::one_check(self.conn(), check)?;
        if moves.is_empty() {
            return Ok(Checked::Confirmed(row));
        }
        let moves = moves
            .into_iter()
            .map(|id| read::one_move(self.conn(), id))
            .collect::<SResult<_>>()?;
        Ok(Checked::Corrected(row, moves))
    }
}

fn product_known(c: &Connection, code: &str) -> SResult<()> {
    let known: bool = c.query_row(
        "SELECT EXISTS (SELECT 1 FROM treatment_product WHERE code = ?1)",
        [code],
        |r| r.get(0),
    )?;
    match known {
        true => Ok(()),
        false => Err(StockError::UnknownProduct(code.to_string())),
    }
}

/// How a difference between the count and the register is spread over the batches (id, mg
/// left, expiry; first to expire first): a shortfall from the first to expire on, none going
/// below zero; a surplus to the batch in use (the first in date that holds some), else the
/// last received.
fn share(batches: &[(i64, f64, String)], difference: f64, today: NaiveDate) -> Vec<(i64, f64)> {
    if difference > 0.0 {
        let today = today.to_string();
        let target = batches
            .iter()
            .find(|b| b.2 >= today && b.1 > EPSILON)
            .or_else(|| batches.iter().max_by_key(|b| b.0));
        return target.map(|b| vec![(b.0, difference)]).unwrap_or_default();
    }
    let mut missing = -difference;
    let mut out = Vec::new();
    for (id, held, _) in batches {
        if missing <= EPSILON {
            break;
        }
        let take = held.min(missing);
        if take > EPSILON {
            out.push((*id, -take));
            missing -= take;
        }
    }
    out
}
