//! A mistake taken back the same day with reversing rows, and the doses of a span of days.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::doses::{Event, insert, next_delivery, rows};
use super::read::{self, DoseRow, day};
use super::{TResult, TreatmentError, family, id_list};
use crate::store::queues::Actor;
use crate::store::{Store, stock};

impl Store {
    /// Takes back the last thing recorded today for the person (a whole take-home at once) with
    /// reversing rows: the rows stay, the register gets its medicine back. Only the same day.
    pub fn reverse_dose(
        &self,
        person_id: i64,
        reason: Option<&str>,
        who: Actor<'_>,
    ) -> TResult<Vec<DoseRow>> {
        let today = who.at.date();
        let written = self.immediate(|c| {
            let (kept, ids) = family(c, person_id)?;
            let list = id_list(&ids);
            let delivery: Option<i64> = c
                .query_row(
                    &format!(
                        "SELECT delivery FROM dose_event d WHERE person_id IN {list}
                           AND outcome <> 'reversal' AND substr(at, 1, 10) = ?1
                           AND NOT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = d.id)
                         ORDER BY id DESC LIMIT 1"
                    ),
                    [today.to_string()],
                    |r| r.get(0),
                )
                .optional()?;
            let delivery = delivery.ok_or(TreatmentError::NothingToReverse)?;
            let mut stmt = c.prepare(
                "SELECT id, prescription_id, day, mg, batch_id FROM dose_event d
                 WHERE delivery = ?1 AND outcome <> 'reversal'
                   AND NOT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = d.id)
                 ORDER BY id",
            )?;
            let found: Vec<(i64, i64, String, f64, Option<i64>)> = stmt
                .query_map([delivery], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
                })?
                .collect::<Result<_, _>>()?;
            let new_delivery = next_delivery(c)?;
            let reason = reason.map(str::trim).filter(|r| !r.is_empty());
            let mut written = Vec::new();
            for (id, prescription_id, d, mg, batch) in found {
                let rid = insert(
                    c,
                    &Event {
                        prescription_id,
                        person_id: kept,
                        day: day(&d).unwrap_or(today),
                        outcome: "reversal",
                        mg,
                        slot: None,
                        delivery: new_delivery,
                        reason,
                        reverses: Some(id),
                        batch,
                        later: false,
                    },
                    who,
                )?;
                if let Some(b) = batch {
                    stock::record(c, b, "returned", mg, Some(rid), reason, who)?;
                }
                written.push(rid);
            }
            Ok::<_, TreatmentError>(written)
        })?;
        rows(self.conn(), &written)
    }

    /// The doses recorded (any outcome) for these days, newest first: for the dose screen.
    pub fn doses_between(
        &self,
        person_id: i64,
        from: NaiveDate,
        to: NaiveDate,
    ) -> TResult<Vec<DoseRow>> {
        let (_, ids) = family(self.conn(), person_id)?;
        let mut stmt = self.conn().prepare_cached(&format!(
            "{} WHERE d.person_id IN {} AND d.day BETWEEN ?1 AND ?2 ORDER BY d.day DESC, d.id DESC",
            read::DOSE,
            id_list(&ids)
        ))?;
        let rows = stmt
            .query_map(params![from.to_string(), to.to_string()], read::dose_from)?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }
}
