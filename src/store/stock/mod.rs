//! The controlled-drug register: batches of each product and every move, in mg (ml follow
//! from a syrup batch's strength). Every act is one transaction and appends rows: a mistake is
//! corrected by a new move, never by editing one.

mod acts;
mod error;
mod products;
mod read;
mod take_home;

use chrono::NaiveDate;
use rusqlite::{Connection, params};

pub use acts::{Checked, NewBatch, Outflow};
pub use error::{SResult, StockError};
pub use products::{NewProduct, product_name};
pub use read::{BatchBalance, CheckRow, MoveRow, ProductBalance};
pub use take_home::TakeHome;

use super::persons::stamp;
use super::queues::Actor;
use super::treatment::{TResult, TreatmentError};

/// The batch a dose of `mg` of `product` comes from on `day`: of the batches in date with
/// enough left, the first to expire. `None` when the centre keeps no batch of the product in
/// the register (the dose is given all the same). Refused when batches exist but none in date
/// holds enough.
pub(crate) fn pick(c: &Connection, product: &str, mg: f64, day: NaiveDate) -> TResult<Option<i64>> {
    let mut stmt = c.prepare_cached(
        "SELECT b.id, b.lot, b.expires, coalesce((SELECT sum(m.mg) FROM stock_move m
                                                  WHERE m.batch_id = b.id), 0)
         FROM stock_batch b WHERE b.product = ?1 ORDER BY b.expires, b.id",
    )?;
    let batches: Vec<(i64, String, String, f64)> = stmt
        .query_map([product], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    if batches.is_empty() {
        return Ok(None);
    }
    let day = day.to_string();
    let in_date: Vec<&(i64, String, String, f64)> =
        batches.iter().filter(|b| b.2 >= day && b.3 > 0.0).collect();
    if let Some(b) = in_date.iter().find(|b| b.3 + 1e-9 >= mg) {
        return Ok(Some(b.0));
    }
    if in_date.is_empty()
        && let Some(old) = batches.iter().rev().find(|b| b.3 > 0.0)
    {
        return Err(TreatmentError::BatchExpired {
            product: product.to_string(),
            lot: old.1.clone(),
            expired: old.2.clone(),
        });
    }
    Err(TreatmentError::NotEnoughStock {
        product: product.to_string(),
        left: in_date.iter().map(|b| b.3).fold(0.0, f64::max),
        needed: mg,
    })
}

/// Writes one move of the register.
pub(crate) fn record(
    c: &Connection,
    batch: i64,
    kind: &str,
    mg: f64,
    dose: Option<i64>,
    reason: Option<&str>,
    who: Actor<'_>,
) -> TResult<()> {
    insert_move(c, batch, kind, mg, dose, reason, who)?;
    Ok(())
}

/// Writes one move and returns its id.
fn insert_move(
    c: &Connection,
    batch: i64,
    kind: &str,
    mg: f64,
    dose: Option<i64>,
    reason: Option<&str>,
    who: Actor<'_>,
) -> rusqlite::Result<i64> {
    c.execute(
        "INSERT INTO stock_move (batch_id, kind, mg, dose_id, reason, at, by, desk)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            batch,
            kind,
            mg,
            dose,
            reason,
            stamp(who.at),
            who.by,
            who.desk
        ],
    )?;
    Ok(c.last_insert_rowid())
}

/// What a batch holds now, in mg.
fn left(c: &Connection, batch: i64) -> rusqlite::Result<f64> {
    c.query_row(
        "SELECT coalesce(sum(mg), 0) FROM stock_move WHERE batch_id = ?1",
        [batch],
        |r| r.get(0),
    )
}

/// Quantities closer than this are the same (mg are written with two decimals at most).
const EPSILON: f64 = 1e-6;
