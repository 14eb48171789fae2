//! Rows of the treatment tables as the desk and the command line show them.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, Row};
use serde::Serialize;

use super::TResult;
use crate::domain::treatment::{Decision, Prescription};

/// A product the centre dispenses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Product {
    pub code: String,
    pub form: String,
    pub mg_per_ml: Option<f64>,
    /// Names by language for a product the centre added (`{}` for the built-in ones, which
    /// are named by their message `product-<code>`).
    pub names: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrescriptionRow {
    pub id: i64,
    pub person_id: i64,
    pub product: String,
    pub mg: f64,
    pub starts: String,
    pub ends: String,
    pub prescriber: Option<String>,
    pub take_home_days: u32,
    pub note: Option<String>,
    pub created_at: String,
    pub created_by: String,
}

impl PrescriptionRow {
    /// As the rules read it (`None` if its dates were not written by seuil).
    pub fn rule(&self) -> Option<Prescription> {
        Some(Prescription {
            id: self.id,
            product: self.product.clone(),
            mg: self.mg,
            starts: day(&self.starts)?,
            ends: day(&self.ends)?,
            prescriber: self.prescriber.clone(),
            take_home_days: self.take_home_days,
            created_at: at(&self.created_at)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoseRow {
    pub id: i64,
    pub prescription_id: i64,
    pub day: String,
    pub outcome: String,
    pub mg: f64,
    pub delivery: i64,
    pub reason: Option<String>,
    pub reverses: Option<i64>,
    /// A later row reversed this one.
    pub reversed: bool,
    pub lot: Option<String>,
    pub at: String,
    pub by: String,
    pub desk: Option<String>,
    pub entered_later: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionRow {
    pub id: i64,
    pub prescriber: String,
    pub decision: String,
    pub mg: Option<f64>,
    pub missed: u32,
    pub at: String,
    pub by: String,
}

impl DecisionRow {
    pub fn rule(&self) -> Option<Decision> {
        Some(Decision {
            at: at(&self.at)?,
            mg: self.mg,
            for_day: None,
        })
    }
}

pub fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

pub fn at(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").ok()
}

pub(super) const PRESCRIPTION: &str = "SELECT id, person_id, product, mg, starts, ends, prescriber,
    take_home_days, note, created_at, created_by FROM prescription";

pub(super) fn prescription_from(r: &Row<'_>) -> rusqlite::Result<PrescriptionRow> {
    Ok(PrescriptionRow {
        id: r.get(0)?,
        person_id: r.get(1)?,
        product: r.get(2)?,
        mg: r.get(3)?,
        starts: r.get(4)?,
        ends: r.get(5)?,
        prescriber: r.get(6)?,
        take_home_days: r.get(7)?,
        note: r.get(8)?,
        created_at: r.get(9)?,
        created_by: r.get(10)?,
    })
}

pub(super) const DOSE: &str = "SELECT d.id, d.prescription_id, d.day, d.outcome, d.mg, d.delivery,
    d.reason, d.reverses, EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = d.id), b.lot,
    d.at, d.by, d.desk, d.entered_later
    FROM dose_event d LEFT JOIN stock_batch b ON b.id = d.batch_id";

pub(super) fn dose_from(r: &Row<'_>) -> rusqlite::Result<DoseRow> {
    Ok(DoseRow {
        id: r.get(0)?,
        prescription_id: r.get(1)?,
        day: r.get(2)?,
        outcome: r.get(3)?,
        mg: r.get(4)?,
        delivery: r.get(5)?,
        reason: r.get(6)?,
        reverses: r.get(7)?,
        reversed: r.get(8)?,
        lot: r.get(9)?,
        at: r.get(10)?,
        by: r.get(11)?,
        desk: r.get(12)?,
        entered_later: r.get(13)?,
    })
}

pub(super) const DECISION: &str =
    "SELECT id, prescriber, decision, mg, missed, at, by FROM dose_decision";

pub(super) fn decision_from(r: &Row<'_>) -> rusqlite::Result<DecisionRow> {
    Ok(DecisionRow {
        id: r.get(0)?,
        prescriber: r.get(1)?,
        decision: r.get(2)?,
        mg: r.get(3)?,
        missed: r.get(4)?,
        at: r.get(5)?,
        by: r.get(6)?,
    })
}

pub(super) fn prescription(c: &Connection, id: i64) -> TResult<PrescriptionRow> {
    Ok(c.query_row(
        &format!("{PRESCRIPTION} WHERE id = ?1"),
        [id],
        prescription_from,
    )?)
}

pub(super) fn decision(c: &Connection, id: i64) -> TResult<DecisionRow> {
    Ok(c.query_row(&format!("{DECISION} WHERE id = ?1"), [id], decision_from)?)
}

pub(super) fn products(c: &Connection) -> TResult<Vec<Product>> {
    let mut stmt = c.prepare_cached(
        "SELECT code, form, mg_per_ml, names FROM treatment_product WHERE active = 1
         ORDER BY position, code",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Product {
                code: r.get(0)?,
                form: r.get(1)?,
                mg_per_ml: r.get(2)?,
                names: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}
