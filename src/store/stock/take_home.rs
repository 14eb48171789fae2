//! What the labels of a take-home delivery show: one row per bottle or box, the day it is for.

use serde::Serialize;

use super::SResult;
use crate::store::Store;

/// One take-home dose as its label shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TakeHome {
    pub dose_id: i64,
    /// The day the dose is for, YYYY-MM-DD.
    pub day: String,
    pub mg: f64,
    pub product: String,
    /// The product's names for a product the centre added (JSON).
    pub names: String,
    pub lot: Option<String>,
    pub mg_per_ml: Option<f64>,
    /// The record the dose was written on (the kept one after a merge).
    pub person_id: i64,
    pub person_code: String,
}

impl TakeHome {
    /// The ml of a syrup dose, when its batch's strength is known.
    pub fn ml(&self) -> Option<f64> {
        self.mg_per_ml
            .map(|s| (self.mg / s * 100.0).round() / 100.0)
    }
}

impl Store {
    /// The take-home doses handed over together as `delivery` (not reversed), day by day.
    pub fn take_home_delivery(&self, delivery: i64) -> SResult<Vec<TakeHome>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT d.id, d.day, d.mg, p.product, coalesce(t.names, '{}'), b.lot,
                    coalesce(b.mg_per_ml, CASE WHEN t.form = 'syrup' THEN t.mg_per_ml END),
                    d.person_id, s.code
             FROM dose_event d
             JOIN prescription p ON p.id = d.prescription_id
             JOIN person s ON s.id = d.person_id
             LEFT JOIN treatment_product t ON t.code = p.product
             LEFT JOIN stock_batch b ON b.id = d.batch_id
             WHERE d.delivery = ?1 AND d.outcome = 'take_home'
               AND NOT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = d.id)
             ORDER BY d.day, d.id",
        )?;
        let rows = stmt
            .query_map([delivery], |r| {
                Ok(TakeHome {
                    dose_id: r.get(0)?,
                    day: r.get(1)?,
                    mg: r.get(2)?,
                    product: r.get(3)?,
                    names: r.get(4)?,
                    lot: r.get(5)?,
                    mg_per_ml: r.get(6)?,
                    person_id: r.get(7)?,
                    person_code: r.get(8)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }
}
