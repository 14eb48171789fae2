//! The day's dose: read what the rules need inside the write transaction, check, record.

use chrono::{Duration, NaiveDate};
use rusqlite::{Connection, OptionalExtension, params};

use super::read::{self, DoseRow, at, day};
use super::{TResult, TreatmentError, family, id_list, thresholds};
use crate::domain::treatment::{
    self, Asked, Decision, Held, Outcome, Plan, Prescription, Situation, Thresholds,
};
use crate::store::persons::stamp;
use crate::store::queues::Actor;
use crate::store::{Store, stock};

/// What the nurse records.
#[derive(Debug, Clone, PartialEq)]
pub struct DoseAsk {
    /// The day the dose is for: today, or an earlier day entered from paper.
    pub day: NaiveDate,
    pub outcome: Outcome,
    /// Less than the dose due; `None`: the dose due.
    pub mg: Option<f64>,
    pub reason: Option<String>,
}

/// What was recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Dosed {
    pub person_id: i64,
    pub product: String,
    pub plan: Plan,
    pub rows: Vec<DoseRow>,
}

/// Everything about a person's treatment the rules read.
pub(super) struct Facts {
    pub kept: i64,
    pub ids: Vec<i64>,
    pub prescriptions: Vec<Prescription>,
    pub covered: Vec<NaiveDate>,
    pub decisions: Vec<Decision>,
    pub limits: Thresholds,
}

impl Facts {
    pub fn read(c: &Connection, person_id: i64, _today: NaiveDate) -> TResult<Facts> {
        let (kept, ids) = family(c, person_id)?;
        let list = id_list(&ids);
        let mut stmt = c.prepare_cached(&format!(
            "{} WHERE person_id IN {list} ORDER BY id",
            read::PRESCRIPTION
        ))?;
        let prescriptions = stmt
            .query_map([], read::prescription_from)?
            .collect::<Result<Vec<_>, _>>()?
            .iter()
            .filter_map(read::PrescriptionRow::rule)
            .collect();
        let mut stmt = c.prepare_cached(&format!(
            "SELECT DISTINCT d.day FROM dose_event d WHERE d.person_id IN {list}
               AND d.slot IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = d.id)
             ORDER BY d.day"
        ))?;
        let covered = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?
            .iter()
            .filter_map(|d| day(d))
            .collect();
        let mut stmt = c.prepare_cached(&format!(
            "SELECT at, mg, for_day FROM dose_decision WHERE person_id IN {list} ORDER BY at, id"
        ))?;
        let decisions = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter_map(|(when, mg, only)| {
                Some(Decision {
                    at: at(&when)?,
                    mg,
                    for_day: only.as_deref().and_then(day),
                })
            })
            .collect();
        Ok(Facts {
            kept,
            ids,
            prescriptions,
            covered,
            decisions,
            limits: thresholds(c)?,
        })
    }

    /// The rules' view of `day` (as seen on `today`).
    pub fn situation(
        &self,
        day: NaiveDate,
        today: NaiveDate,
        c: &Connection,
    ) -> TResult<Situation<'_>> {
        Ok(Situation {
            today,
            day,
            prescriptions: &self.prescriptions,
            covered: &self.covered,
            held: day_state(c, &self.ids, day)?.0,
            decisions: &self.decisions,
            limits: self.limits,
        })
    }
}

/// What holds `day` for these records, and the slot the next dose of that day takes: one more
/// than the doses of the day that were reversed or vomited and followed by a decision. A second
/// dose while one holds the day gets the same slot, and the database refuses it.
pub(super) fn day_state(
    c: &Connection,
    ids: &[i64],
    day: NaiveDate,
) -> TResult<(Option<Held>, i64)> {
    let list = id_list(ids);
    let (live, reversed, latest): (i64, i64, Option<String>) = c.query_row(
        &format!(
            "SELECT count(*) FILTER (WHERE NOT gone), count(*) FILTER (WHERE gone),
                    (SELECT outcome FROM dose_event x WHERE x.person_id IN {list} AND x.day = ?1
                        AND x.slot IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = x.id)
                     ORDER BY x.id DESC LIMIT 1)
             FROM (SELECT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = d.id) AS gone
                   FROM dose_event d WHERE d.person_id IN {list} AND d.day = ?1
                     AND d.slot IS NOT NULL)"
        ),
        [day.to_string()],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let (released, pending): (i64, i64) = c.query_row(
        &format!(
            "SELECT count(*) FILTER (WHERE decided), count(*) FILTER (WHERE NOT decided)
             FROM (SELECT EXISTS (SELECT 1 FROM dose_decision k WHERE k.person_id IN {list}
                                  AND k.at >= v.at) AS decided
                   FROM dose_event v WHERE v.person_id IN {list} AND v.day = ?1
                     AND v.outcome = 'vomited'
                     AND NOT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = v.id))"
        ),
        [day.to_string()],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let held = if pending > 0 {
        Some(Held::Vomited)
    } else if live > released {
        Some(Held::Dose(match latest.as_deref() {
            Some("take_home") => "take_home",
            _ => "given",
        }))
    } else {
        None
    };
    Ok((held, 1 + reversed + released))
}

pub(super) fn next_delivery(c: &Connection) -> TResult<i64> {
    Ok(c.query_row(
        "SELECT coalesce(max(delivery), 0) + 1 FROM dose_event",
        [],
        |r| r.get(0),
    )?)
}

/// One dose event row to write.
pub(super) struct Event<'a> {
    pub prescription_id: i64,
    pub person_id: i64,
    pub day: NaiveDate,
    pub outcome: &'a str,
    pub mg: f64,
    pub slot: Option<i64>,
    pub delivery: i64,
    pub reason: Option<&'a str>,
    pub reverses: Option<i64>,
    pub batch: Option<i64>,
    pub later: bool,
}

pub(super) fn insert(c: &Connection, e: &Event<'_>, who: Actor<'_>) -> TResult<i64> {
    c.execute(
        &format!("INSERT INTO dose_event (id, prescription_id, person_id, day, outcome, mg, slot, delivery,
             reason, reverses, batch_id, at, by, desk, entered_later)
         VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)", ID = crate::store::ids::next("dose_event")),
        params![
            e.prescription_id,
            e.person_id,
            e.day.to_string(),
            e.outcome,
            e.mg,
            e.slot,
            e.delivery,
            e.reason,
            e.reverses,
            e.batch,
            stamp(who.at),
            who.by,
            who.desk,
            e.later
        ],
    )?;
    Ok(c.last_insert_rowid())
}

pub(super) fn rows(c: &Connection, ids: &[i64]) -> TResult<Vec<DoseRow>> {
    let mut out = Vec::new();
    for id in ids {
        out.push(c.query_row(
            &format!("{} WHERE d.id = ?1", read::DOSE),
            [id],
            read::dose_from,
        )?);
    }
    Ok(out)
}

impl Store {
    /// Records the day's dose of a person (by id) as one transaction: the rules checked against
    /// what the database holds at that moment, every row of a take-home written, the register
    /// debited. Refused with the reason, nothing written. Two desks confirming the same dose at
    /// once: one succeeds, the other is told it was just recorded.
    pub fn dose(&self, person_id: i64, ask: &DoseAsk, who: Actor<'_>) -> TResult<Dosed> {
        let today = who.at.date();
        let reason = ask
            .reason
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty());
        let (kept, product, plan, written) = self.immediate(|c| {
            let facts = Facts::read(c, person_id, today)?;
            let later = ask.day < today;
            if ask.outcome == Outcome::Vomited
                && ask.day <= today
                && let Some(given) = given_on(c, &facts.ids, ask.day)?
            {
                // Vomited after it was given: the dose stays given, the vomiting is noted.
                let p = treatment::current(&facts.prescriptions, ask.day)?;
                let delivery = next_delivery(c)?;
                let id = insert(
                    c,
                    &Event {
                        prescription_id: given.0,
                        person_id: facts.kept,
                        day: ask.day,
                        outcome: "vomited",
                        mg: given.1,
                        slot: None,
                        delivery,
                        reason,
                        reverses: None,
                        batch: None,
                        later,
                    },
                    who,
                )?;
                let plan = Plan {
                    prescription_id: given.0,
                    mg: given.1,
                    due: given.1,
                    by_decision: false,
                    days: vec![ask.day],
                    missed: 0,
                };
                return Ok((facts.kept, p.product.clone(), plan, vec![id]));
            }
            let s = facts.situation(ask.day, today, c)?;
            let plan = treatment::check(
                &s,
                Asked {
                    outcome: ask.outcome,
                    mg: ask.mg,
                },
            )?;
            super::guest::allowed(c, facts.kept, plan.prescription_id, &plan.days)?;
            let product = facts
                .prescriptions
                .iter()
                .find(|p| p.id == plan.prescription_id)
                .map(|p| p.product.clone())
                .unwrap_or_default();
            let delivery = next_delivery(c)?;
            let mut written = Vec::new();
            for d in &plan.days {
                let takes = ask.outcome.takes_the_day();
                let (_, slot) = day_state(c, &facts.ids, *d)?;
                let batch = match takes {
                    true => stock::pick(c, &product, plan.mg, *d)?,
                    false => None,
                };
                let outcome = match ask.outcome {
                    Outcome::TakeHome(_) => "take_home",
                    Outcome::Given | Outcome::Vomited => "given",
                    other => other.code(),
                };
                let id = insert(
                    c,
                    &Event {
                        prescription_id: plan.prescription_id,
                        person_id: facts.kept,
                        day: *d,
                        outcome,
                        mg: plan.mg,
                        slot: takes.then_some(slot),
                        delivery,
                        reason: if takes && ask.outcome != Outcome::Vomited {
                            None
                        } else {
                            reason
                        },
                        reverses: None,
                        batch,
                        later,
                    },
                    who,
                )?;
                if let Some(b) = batch {
                    stock::record(c, b, "dispensed", -plan.mg, Some(id), None, who)?;
                }
                written.push(id);
            }
            if ask.outcome == Outcome::Vomited {
                written.push(insert(
                    c,
                    &Event {
                        prescription_id: plan.prescription_id,
                        person_id: facts.kept,
                        day: ask.day,
                        outcome: "vomited",
                        mg: plan.mg,
                        slot: None,
                        delivery,
                        reason,
                        reverses: None,
                        batch: None,
                        later,
                    },
                    who,
                )?);
            }
            if later {
                let detail = format!("entered later for {}", ask.day);
                c.execute(
                    "INSERT INTO audit (at, staff, desk, action, subject, row_id, person_id, detail)
                     SELECT ?1, staff, desk, 'entered-later', 'dose_event', ?2, ?3, ?4
                     FROM temp.actor",
                    params![stamp(who.at), written.first(), facts.kept, detail],
                )?;
            }
            Ok::<_, TreatmentError>((facts.kept, product, plan, written))
        })?;
        Ok(Dosed {
            person_id: kept,
            product,
            plan,
            rows: rows(self.conn(), &written)?,
        })
    }
}

/// The live given dose of `day`, if one holds it: its prescription and mg.
fn given_on(c: &Connection, ids: &[i64], d: NaiveDate) -> TResult<Option<(i64, f64)>> {
    let found = c
        .query_row(
            &format!(
                "SELECT prescription_id, mg FROM dose_event x WHERE person_id IN {}
                   AND day = ?1 AND outcome = 'given'
                   AND NOT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = x.id)
                   AND NOT EXISTS (SELECT 1 FROM dose_event v WHERE v.person_id = x.person_id
                        AND v.day = x.day AND v.outcome = 'vomited' AND v.id > x.id
                        AND NOT EXISTS (SELECT 1 FROM dose_event r2 WHERE r2.reverses = v.id))
                 ORDER BY id DESC LIMIT 1",
                id_list(ids)
            ),
            [d.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(found)
}

/// The day after the last one a live dose covers (when the person is due back), if any.
pub(super) fn back_on(covered: &[NaiveDate]) -> Option<NaiveDate> {
    covered.last().map(|d| *d + Duration::days(1))
}
