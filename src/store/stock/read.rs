//! The register as the desk and the command line show it: what each batch and product holds
//! (mg, and ml for a syrup), the moves of a day, the batches about to expire.

use chrono::{Duration, NaiveDate};
use rusqlite::{Connection, Row};
use serde::Serialize;

use super::{EPSILON, SResult};
use crate::store::Store;

/// What a batch holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BatchBalance {
    pub id: i64,
    pub product: String,
    pub lot: String,
    pub mg_per_ml: Option<f64>,
    pub mg_per_unit: Option<f64>,
    /// YYYY-MM-DD, the last day it may be used.
    pub expires: String,
    pub received_at: String,
    pub mg: f64,
    /// For a syrup: mg over its strength.
    pub ml: Option<f64>,
    /// For capsules or tablets of a known strength.
    pub units: Option<f64>,
    /// Past its expiry on the day asked: it cannot be dispensed.
    pub expired: bool,
}

/// What a product holds, batch by batch, with the day's last balance check.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProductBalance {
    pub product: String,
    pub form: String,
    /// Names by language for a product the centre added (JSON).
    pub names: String,
    pub mg: f64,
    /// The ml of its syrup batches, when it has some and they are all of one strength.
    pub ml: Option<f64>,
    /// The batches that hold something, first to expire first.
    pub batches: Vec<BatchBalance>,
    pub checked: Option<CheckRow>,
}

/// One move of the register.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MoveRow {
    pub id: i64,
    pub batch_id: i64,
    pub product: String,
    pub lot: String,
    /// received, dispensed, returned, destroyed, correction.
    pub kind: String,
    /// Signed: what the batch gained or lost.
    pub mg: f64,
    pub ml: Option<f64>,
    pub dose_id: Option<i64>,
    pub reason: Option<String>,
    pub at: String,
    pub by: String,
    pub desk: Option<String>,
}

/// One daily balance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckRow {
    pub id: i64,
    pub product: String,
    pub day: String,
    pub expected: f64,
    pub counted: f64,
    pub reason: Option<String>,
    pub at: String,
    pub by: String,
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

const BATCH: &str = "SELECT b.id, b.product, b.lot, b.mg_per_ml, b.mg_per_unit, b.expires,
    b.received_at, coalesce((SELECT sum(m.mg) FROM stock_move m WHERE m.batch_id = b.id), 0)
    FROM stock_batch b";

fn batch_from(r: &Row<'_>, today: &str) -> rusqlite::Result<BatchBalance> {
    let mg = round(r.get(7)?);
    let per_ml: Option<f64> = r.get(3)?;
    let per_unit: Option<f64> = r.get(4)?;
    let expires: String = r.get(5)?;
    Ok(BatchBalance {
        id: r.get(0)?,
        product: r.get(1)?,
        lot: r.get(2)?,
        mg_per_ml: per_ml,
        mg_per_unit: per_unit,
        expired: expires.as_str() < today,
        expires,
        received_at: r.get(6)?,
        mg,
        ml: per_ml.map(|s| round(mg / s)),
        units: per_unit.map(|s| round(mg / s)),
    })
}

const MOVE: &str = "SELECT m.id, m.batch_id, b.product, b.lot, m.kind, m.mg, b.mg_per_ml,
    m.dose_id, m.reason, m.at, m.by, m.desk
    FROM stock_move m JOIN stock_batch b ON b.id = m.batch_id";

fn move_from(r: &Row<'_>) -> rusqlite::Result<MoveRow> {
    let mg: f64 = r.get(5)?;
    let per_ml: Option<f64> = r.get(6)?;
    Ok(MoveRow {
        id: r.get(0)?,
        batch_id: r.get(1)?,
        product: r.get(2)?,
        lot: r.get(3)?,
        kind: r.get(4)?,
        mg: round(mg),
        ml: per_ml.map(|s| round(mg / s)),
        dose_id: r.get(7)?,
        reason: r.get(8)?,
        at: r.get(9)?,
        by: r.get(10)?,
        desk: r.get(11)?,
    })
}

const CHECK: &str = "SELECT id, product, day, expected, counted, reason, at, by FROM stock_check";

fn check_from(r: &Row<'_>) -> rusqlite::Result<CheckRow> {
    Ok(CheckRow {
        id: r.get(0)?,
        product: r.get(1)?,
        day: r.get(2)?,
        expected: r.get(3)?,
        counted: r.get(4)?,
        reason: r.get(5)?,
        at: r.get(6)?,
        by: r.get(7)?,
    })
}

pub(super) fn one_move(c: &Connection, id: i64) -> SResult<MoveRow> {
    Ok(c.query_row(&format!("{MOVE} WHERE m.id = ?1"), [id], move_from)?)
}

pub(super) fn one_check(c: &Connection, id: i64) -> SResult<CheckRow> {
    Ok(c.query_row(&format!("{CHECK} WHERE id = ?1"), [id], check_from)?)
}

/// Every batch of a product: id, mg held, expiry; first to expire first.
pub(super) fn held(c: &Connection, product: &str) -> SResult<Vec<(i64, f64, String)>> {
    let mut stmt = c.prepare_cached(&format!(
        "{BATCH} WHERE b.product = ?1 ORDER BY b.expires, b.id"
    ))?;
    let rows = stmt
        .query_map([product], |r| Ok((r.get(0)?, r.get(7)?, r.get(5)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

impl Store {
    /// What each product with batches holds on `today`, batch by batch (those that hold
    /// something), with the last balance check of the day; in the order of the product list.
    pub fn stock_balances(&self, today: NaiveDate) -> SResult<Vec<ProductBalance>> {
        let c = self.conn();
        let day = today.to_string();
        let mut stmt = c.prepare_cached(
            "SELECT p.code, p.form, p.names FROM treatment_product p
             WHERE EXISTS (SELECT 1 FROM stock_batch b WHERE b.product = p.code)
             ORDER BY p.position, p.code",
        )?;
        let products: Vec<(String, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let mut batches = c.prepare_cached(&format!(
            "{BATCH} WHERE b.product = ?1 ORDER BY b.expires, b.id"
        ))?;
        let mut checks = c.prepare_cached(&format!(
            "{CHECK} WHERE product = ?1 AND day = ?2 ORDER BY id DESC LIMIT 1"
        ))?;
        let mut out = Vec::new();
        for (product, form, names) in products {
            let all: Vec<BatchBalance> = batches
                .query_map([&product], |r| batch_from(r, &day))?
                .collect::<Result<_, _>>()?;
            let held: Vec<BatchBalance> =
                all.into_iter().filter(|b| b.mg.abs() > EPSILON).collect();
            let checked = checks
                .query_map([&product, &day], check_from)?
                .next()
                .transpose()?;
            // ml of batches of different strengths do not add up to anything one can pour.
            let strengths: Vec<f64> = held.iter().filter_map(|b| b.mg_per_ml).collect();
            let one_strength = strengths.windows(2).all(|w| (w[0] - w[1]).abs() < EPSILON);
            let syrups: Vec<f64> = match one_strength {
                true => held.iter().filter_map(|b| b.ml).collect(),
                false => Vec::new(),
            };
            out.push(ProductBalance {
                mg: round(held.iter().map(|b| b.mg).sum()),
                ml: (!syrups.is_empty()).then(|| round(syrups.iter().sum())),
                product,
                form,
                names,
                batches: held,
                checked,
            });
        }
        Ok(out)
    }

    /// The moves written on `day`, in the order they were.
    pub fn stock_moves_on(&self, day: NaiveDate) -> SResult<Vec<MoveRow>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{MOVE} WHERE substr(m.at, 1, 10) = ?1 ORDER BY m.at, m.id"
        ))?;
        let rows = stmt
            .query_map([day.to_string()], move_from)?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// The batches that still hold something and expire within `days` of `today` (or have
    /// expired already), first to expire first.
    pub fn stock_expiring(&self, today: NaiveDate, days: u32) -> SResult<Vec<BatchBalance>> {
        let until = (today + Duration::days(i64::from(days))).to_string();
        let day = today.to_string();
        let mut stmt = self.conn().prepare_cached(&format!(
            "{BATCH} WHERE b.expires <= ?1 ORDER BY b.expires, b.id"
        ))?;
        let rows: Vec<BatchBalance> = stmt
            .query_map([until], |r| batch_from(r, &day))?
            .collect::<Result<_, _>>()?;
        Ok(rows.into_iter().filter(|b| b.mg > EPSILON).collect())
    }
}
