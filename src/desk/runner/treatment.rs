//! Treatment: the dispensary list, a person's chart, and each act of the dose screen (one
//! store method, one transaction each).

use chrono::NaiveDateTime;

use super::Services;
use crate::desk::effect::Effect;
use crate::desk::message::Message;
use crate::desk::screens::treatment::{DISPENSARY, Open, Reply};
use crate::domain::treatment::{Outcome, mg_text};
use crate::i18n::{Localised, Msg};
use crate::store::treatment::{TResult, TreatmentError};

impl Services {
    /// Carries out one treatment effect.
    pub(super) fn treatment(&mut self, effect: Effect, now: NaiveDateTime) -> Option<Message> {
        let today = now.date();
        let (person_id, done): (i64, TResult<(Msg, Option<i64>)>) = match effect {
            Effect::LoadDispensary => {
                let day = today.format("%Y-%m-%d").to_string();
                let read = self.store.queue(DISPENSARY, &day).map_err(|e| e.msg());
                let dosed = self.store.dosed_on(today).map_err(|e| e.msg());
                return Some(match (read, dosed) {
                    (Ok(entries), Ok(dosed)) => Message::Treatment(Reply::List { entries, dosed }),
                    (Err(m), _) | (_, Err(m)) => Message::Failed(m),
                });
            }
            Effect::LoadChart(id) => {
                let read = (|| -> TResult<Option<Open>> {
                    let chart = self.store.treatment_chart(id, today)?;
                    let Some(person) = self.store.person(chart.person_id)? else {
                        return Ok(None);
                    };
                    let products = self.store.treatment_products()?;
                    let tdi_due = self.store.tdi_due(chart.person_id, today).ok().flatten();
                    Ok(Some(Open {
                        asked: id,
                        person,
                        chart,
                        products,
                        tdi_due,
                    }))
                })();
                return match read {
                    Ok(open) => open.map(|o| Message::Treatment(Reply::Chart(Box::new(o)))),
                    Err(e) => Some(Message::Failed(e.msg())),
                };
            }
            Effect::Dose(id, ask) => (
                id,
                self.store.dose(id, &ask, self.actor(now)).map(|d| {
                    let id = match ask.outcome {
                        Outcome::Given => "dispensary-recorded-given",
                        Outcome::TakeHome(_) => "dispensary-recorded-take-home",
                        Outcome::Vomited => "dispensary-recorded-vomited",
                        Outcome::Refused => "dispensary-recorded-refused",
                        Outcome::Withheld => "dispensary-recorded-withheld",
                    };
                    let said = Msg::new(id)
                        .arg("mg", mg_text(d.plan.mg))
                        .arg("days", d.plan.days.len());
                    let take_home = matches!(ask.outcome, Outcome::TakeHome(_));
                    (
                        said,
                        d.rows.first().map(|r| r.delivery).filter(|_| take_home),
                    )
                }),
            ),
            Effect::ReverseDose(id) => (
                id,
                self.store
                    .reverse_dose(id, None, self.actor(now))
                    .map(|rows| {
                        (
                            Msg::new("dispensary-reversed").arg("rows", rows.len()),
                            None,
                        )
                    }),
            ),
            Effect::Decide {
                person,
                prescriber,
                decision,
                mg,
            } => (
                person,
                self.store
                    .decide(person, &prescriber, &decision, mg, self.actor(now))
                    .map(|_| (Msg::new("dispensary-decided"), None)),
            ),
            Effect::Prescribe(id, new) => (
                id,
                self.store.prescribe(id, &new, self.actor(now)).map(|p| {
                    let said = Msg::new("dispensary-prescribed").arg("mg", mg_text(p.mg));
                    (said, None)
                }),
            ),
            _ => return None,
        };
        Some(Message::Treatment(match done {
            Ok((said, delivery)) => Reply::Recorded {
                person_id,
                said,
                delivery,
            },
            Err(e @ TreatmentError::Store(_)) => return Some(Message::Failed(e.msg())),
            Err(e) => Reply::Refused {
                person_id,
                said: e.msg(),
            },
        }))
    }
}
