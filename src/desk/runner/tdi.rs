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
            _ => return None,
        }))
    }

    fn tdi_loaded(&self, person_id: i64, now: NaiveDateTime) -> Result<Loaded, TdiError> {
        let today = now.date();
        let person = self.store.kept_person(person_id)?;
        Ok(Loaded {
            prefill: self.store.tdi_prefill(person.id, today)?,
            due: self.store.tdi_due(person.id, today)?,
            earlier: self.store.episodes_of(person.id)?.len(),
            person,
        })
    }
}
