//! The counter: the list and the day's totals read, an exchange saved, today's last one taken
//! back, persons found for it, a reversal reported (one store method, one transaction each).

use chrono::NaiveDateTime;

use super::Services;
use crate::desk::effect::Effect;
use crate::desk::message::Message;
use crate::desk::screens::counter::{FOUND, Reply};
use crate::domain::search::Query;
use crate::i18n::{Localised, Msg};
use crate::store::counter::{CResult, CounterError, NewReversal};

impl Services {
    /// Carries out one counter effect.
    pub(super) fn counter(&mut self, effect: Effect, now: NaiveDateTime) -> Option<Message> {
        let reply = match effect {
            Effect::LoadCounter => {
                let read = (|| -> CResult<Reply> {
                    Ok(Reply::Loaded {
                        items: self.store.counter_items(false)?,
                        totals: self.store.counter_day(now.date())?,
                        naloxone: self.store.next_naloxone(now.date())?,
                    })
                })();
                match read {
                    Ok(r) => r,
                    Err(e) => return Some(Message::Failed(e.msg())),
                }
            }
            Effect::Give(g) => {
                let saved = self
                    .store
                    .give(&g, self.actor(now))
                    .and_then(|id| self.store.exchange(id));
                match saved {
                    Ok(Some(x)) => Reply::Saved(x),
                    Ok(None) => return None,
                    Err(e @ CounterError::Store(_)) => return Some(Message::Failed(e.msg())),
                    Err(e) => Reply::Refused {
                        reload: matches!(
                            e,
                            CounterError::Removed(_) | CounterError::UnknownItem(_)
                        ),
                        said: e.msg(),
                    },
                }
            }
            Effect::UndoExchange => match self.store.undo_last_exchange(self.actor(now)) {
                Ok(x) => Reply::Undone(x),
                Err(e @ CounterError::Store(_)) => return Some(Message::Failed(e.msg())),
                Err(e) => Reply::Refused {
                    said: e.msg(),
                    reload: false,
                },
            },
            Effect::CounterFind(query) => {
                let index = self.index.as_ref()?;
                let found = index.search_with(
                    &Query::parse(&query),
                    FOUND,
                    super::today(now),
                    &mut self.scratch,
                );
                let ids: Vec<i64> = found.hits.iter().map(|h| h.id).collect();
                match self.store.persons(&ids) {
                    Ok(persons) => Reply::Found { query, persons },
                    Err(e) => return Some(Message::Failed(e.msg())),
                }
            }
            Effect::ReportReversal(ask) => {
                let person = match ask.person_code.as_deref() {
                    None => Ok(None),
                    Some(code) => match self.store.person_by_code(code) {
                        Ok(Some(p)) => Ok(Some(p.merged_into.unwrap_or(p.id))),
                        Ok(None) => Err(Msg::new("counter-error-unknown-person").arg("code", code)),
                        Err(e) => Err(e.msg()),
                    },
                };
                let done = person.and_then(|person_id| {
                    let r = NewReversal {
                        kit_id: ask.kit_id,
                        person_id,
                        happened_on: ask.happened_on,
                        emergency_called: ask.emergency_called,
                        outcome: ask.outcome,
                        note: ask.note.clone(),
                    };
                    self.store
                        .report_reversal(&r, self.actor(now))
                        .map(|id| {
                            Msg::new("counter-reversal-recorded")
                                .arg("id", id)
                                .arg("outcome", ask.outcome.code())
                        })
                        .map_err(|e| e.msg())
                });
                Reply::Reported(done)
            }
            _ => return None,
        };
        Some(Message::Counter(reply))
    }
}
