//! The TDI form's effects: the person's record read for it, the episode opened.

use chrono::NaiveDateTime;

use super::Services;
use crate::desk::effect::Effect;
use crate::desk::message::Message;
use crate::desk::overlays::tdi::{Loaded, Reply};
use crate::i18n::Localised;
use crate::store::tdi::TdiError;

impl Services {
    /// Carries out one effect of the TDI form.
    pub(super) fn tdi(&mut self, effect: Effect, now: NaiveDateTime) -> Option<Message> {
        Some(Message::Tdi(match effect {
            Effect::LoadTdi(person_id) => match self.tdi_loaded(person_id, now) {
                Ok(loaded) => Reply::Loaded(Box::new(loaded)),
                Err(e) => return Some(Message::Failed(e.msg())),
            },
            Effect::SaveTdi(person_id, new) => {
                match self.store.open_episode(person_id, &new, self.actor(now)) {
                    Ok(e) => Reply::Saved(Box::new(e)),
                    Err(e) => Reply::Refused(e.msg()),
                }
            }
            Effect::CompleteTdi(id, new) => {
                match self.store.set_episode(id, new.started, &new.items, now) {
                    Ok(e) => Reply::Saved(Box::new(e)),
                    Err(e) => Reply::Refused(e.msg()),
                }
            }
            _ => return None,
        }))
    }

    fn tdi_loaded(&self, person_id: i64, now: NaiveDateTime) -> Result<Loaded, TdiError> {
        let today = now.date();
        let person = self.store.kept_person(person_id)?;
        let episodes = self.store.episodes_of(person.id)?;
        let due = self.store.tdi_due(person.id, today)?;
        // Nothing new is due: the latest episode is completed (its answers, then the record's
        // for the items it left unknown).
        let latest = episodes.iter().max_by_key(|e| (e.started, e.id));
        let (prefill, completing) = match (due.is_none(), latest) {
            (true, Some(e)) => {
                let mut items = self.store.tdi_prefill(person.id, e.started)?;
                for (key, value) in e.items.known() {
                    let _ = items.set(key, value, e.started);
                }
                (items, Some((e.id, e.started)))
            }
            _ => (self.store.tdi_prefill(person.id, today)?, None),
        };
        Ok(Loaded {
            prefill,
            due,
            earlier: if completing.is_some() {
                episodes.len().saturating_sub(1)
            } else {
                episodes.len()
            },
            completing,
            person,
        })
    }
}
