//! Substitution treatment: prescriptions, the day's doses and the prescribers' decisions, each
//! one transaction; the rules are `domain::treatment`'s, read against what the database holds.

mod chart;
mod doses;
mod error;
mod guest;
mod read;
mod reverse;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

pub use chart::Chart;
pub use doses::{DoseAsk, Dosed};
pub use error::{TResult, TreatmentError};
pub use read::{DecisionRow, DoseRow, PrescriptionRow, Product, day as read_day};

use super::persons::stamp;
use super::queues::Actor;
use super::{Person, Store};
use crate::domain::treatment::{self, Held, Thresholds};

/// A prescription as the nurse enters it from the prescriber's order.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPrescription {
    pub product: String,
    pub mg: f64,
    pub starts: NaiveDate,
    /// `None`: as long as the centre allows (14 days in Belgium).
    pub ends: Option<NaiveDate>,
    pub prescriber: Option<String>,
    pub take_home_days: u32,
    pub note: Option<String>,
}

/// The record a treatment act is written on: the person's own, or the one it was merged into;
/// with every record merged into it (their prescriptions and doses are the person's).
pub(crate) fn family(c: &Connection, person_id: i64) -> TResult<(i64, Vec<i64>)> {
    let mut id = person_id;
    for _ in 0..16 {
        let merged: Option<Option<i64>> = c
            .query_row("SELECT merged_into FROM person WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        match merged {
            None => return Err(TreatmentError::UnknownPerson(person_id.to_string())),
            Some(Some(kept)) => id = kept,
            Some(None) => break,
        }
    }
    let mut stmt = c.prepare_cached("SELECT id FROM person WHERE merged_into = ?1")?;
    let mut ids = vec![id];
    let merged: Vec<i64> = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    ids.extend(merged);
    Ok((id, ids))
}

/// `(?, ?, …)` holding the ids, for an `IN` (ids are integers read from the database).
pub(crate) fn id_list(ids: &[i64]) -> String {
    let list: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("({})", list.join(", "))
}

impl Store {
    /// The centre's thresholds: settings `treatment_*`, the defaults where unset or unreadable.
    pub fn treatment_thresholds(&self) -> TResult<Thresholds> {
        thresholds(self.conn())
    }

    /// Sets one of the thresholds ([`Thresholds::SETTINGS`]); `false` for another name.
    pub fn set_treatment_threshold(&self, name: &str, days: u32) -> TResult<bool> {
        if !Thresholds::default().set(name, days) {
            return Ok(false);
        }
        self.set_setting(name, &days.max(1).to_string())?;
        Ok(true)
    }

    /// Writes a new prescription for a person (by id): checked first, nothing written when
    /// refused. The earlier ones are kept; the one written last rules the days it covers.
    pub fn prescribe(
        &self,
        person_id: i64,
        new: &NewPrescription,
        who: Actor<'_>,
    ) -> TResult<PrescriptionRow> {
        let limits = self.treatment_thresholds()?;
        let ends = treatment::check_prescription(
            new.mg,
            new.starts,
            new.ends,
            new.take_home_days,
            &limits,
        )?;
        let id = self.immediate(|c| -> TResult<i64> {
            let (kept, _) = family(c, person_id)?;
            let known: bool = c.query_row(
                "SELECT EXISTS (SELECT 1 FROM treatment_product WHERE code = ?1 AND active = 1)",
                [&new.product],
                |r| r.get(0),
            )?;
            if !known {
                return Err(TreatmentError::UnknownProduct(new.product.clone()));
            }
            c.execute(
                &format!("INSERT INTO prescription (id, person_id, product, mg, starts, ends, prescriber,
                     take_home_days, note, created_at, created_by, desk)
                 VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", ID = crate::store::ids::next("prescription")),
                params![
                    kept,
                    new.product,
                    new.mg,
                    new.starts.to_string(),
                    ends.to_string(),
                    clean(&new.prescriber),
                    new.take_home_days,
                    clean(&new.note),
                    stamp(who.at),
                    who.by,
                    who.desk
                ],
            )?;
            Ok(c.last_insert_rowid())
        })?;
        read::prescription(self.conn(), id)
    }

    /// Records a prescriber's decision (after missed days or a vomited dose): who decided,
    /// what, and the dose to give from now on when they set one. Refused when the missed days
    /// call for a restart dose and none was given, or when it is above the prescription's.
    pub fn decide(
        &self,
        person_id: i64,
        prescriber: &str,
        decision: &str,
        mg: Option<f64>,
        who: Actor<'_>,
    ) -> TResult<DecisionRow> {
        if prescriber.trim().is_empty() {
            return Err(TreatmentError::NoPrescriber);
        }
        let id = self.immediate(|c| -> TResult<i64> {
            let today = who.at.date();
            let facts = doses::Facts::read(c, person_id, today)?;
            let missed = treatment::check_decision(&facts.situation(today, today, c)?, mg)?;
            let current = treatment::current(&facts.prescriptions, today)
                .ok()
                .map(|p| p.id);
            // Said about a vomited dose: its dose is for today's second dose only.
            let vomited = doses::day_state(c, &facts.ids, today)?.0 == Some(Held::Vomited);
            let for_day = vomited.then(|| today.to_string());
            c.execute(
                &format!("INSERT INTO dose_decision (id, person_id, prescription_id, prescriber, decision, mg,
                     missed, at, by, desk, for_day)
                 VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", ID = crate::store::ids::next("dose_decision")),
                params![
                    facts.kept,
                    current,
                    prescriber.trim(),
                    decision.trim(),
                    mg,
                    missed,
                    stamp(who.at),
                    who.by,
                    who.desk,
                    for_day
                ],
            )?;
            Ok(c.last_insert_rowid())
        })?;
        read::decision(self.conn(), id)
    }

    /// Who (of `persons`) has a dose given or handed over covering `day`, and how.
    pub fn dosed_on(&self, day: NaiveDate) -> TResult<Vec<(i64, String)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT coalesce(p.merged_into, p.id), d.outcome FROM dose_event d
             JOIN person p ON p.id = d.person_id
             WHERE d.day = ?1 AND d.slot IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = d.id)",
        )?;
        let rows = stmt
            .query_map([day.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// The person a code names, for a treatment act (a merged code follows its record).
    pub fn treatment_person(&self, code: &str) -> TResult<Person> {
        let p = self
            .person_by_code(code)?
            .ok_or_else(|| TreatmentError::UnknownPerson(code.to_string()))?;
        let (kept, _) = family(self.conn(), p.id)?;
        if kept == p.id {
            return Ok(p);
        }
        self.person(kept)?
            .ok_or_else(|| TreatmentError::UnknownPerson(code.to_string()))
    }
}

fn clean(text: &Option<String>) -> Option<String> {
    text.as_ref()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
}

fn thresholds(c: &Connection) -> TResult<Thresholds> {
    let mut limits = Thresholds::default();
    let mut stmt =
        c.prepare_cached("SELECT key, value FROM setting WHERE key LIKE 'treatment_%'")?;
    let rows: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (key, value) in rows {
        if let Ok(days) = value.trim().parse::<u32>() {
            limits.set(&key, days);
        }
    }
    Ok(limits)
}
