//! The Outreach screen's effects: read today's sessions and the one open, start a session,
//! record or take back a contact (one store method, one transaction each), find a person.

use chrono::NaiveDateTime;

use super::{Services, today};
use crate::desk::effect::Effect;
use crate::desk::message::Message;
use crate::desk::screens::outreach::{Item, Loaded, Reply};
use crate::domain::search::Query;
use crate::i18n::{Localised, Msg};
use crate::store::outreach::{Met, OResult, OutreachError};

/// How many persons the contact's search lists.
const FOUND: usize = 5;

impl Services {
    /// Carries out one outreach effect.
    pub(super) fn outreach(&mut self, effect: Effect, now: NaiveDateTime) -> Option<Message> {
        let reply = match effect {
            Effect::LoadOutreach(open) => match self.outreach_loaded(open, now) {
                Ok(loaded) => Reply::Loaded(Box::new(loaded)),
                Err(said) => return Some(Message::Failed(said)),
            },
            Effect::StartOutreach(s) => match self.store.start_session(&s, self.actor(now)) {
                Ok(id) => Reply::Started(id),
                Err(e) => return Some(refused(e)),
            },
            Effect::OutreachContact(k) => {
                let mut rng = std::mem::replace(&mut self.rng, fastrand::Rng::with_seed(0));
                let done = self.store.add_contact(&k, self.actor(now), &mut rng);
                self.rng = rng;
                match done {
                    Ok(r) => {
                        if let (Met::NewPerson(_), Some((id, _))) = (&k.met, &r.person) {
                            let _ = self.reindex(*id);
                        }
                        let said = match &r.person {
                            Some((_, code)) if matches!(k.met, Met::NewPerson(_)) => {
                                Msg::new("outreach-recorded-new-person").arg("code", code.as_str())
                            }
                            Some((_, code)) => {
                                Msg::new("outreach-recorded-person").arg("code", code.as_str())
                            }
                            None => Msg::new("outreach-recorded-tally"),
                        };
                        Reply::Recorded(said)
                    }
                    Err(e) => return Some(refused(e)),
                }
            }
            Effect::ReverseOutreach { session, contact } => {
                match self
                    .store
                    .reverse_contact(session, contact, self.actor(now))
                {
                    Ok(id) => {
                        Reply::Recorded(Msg::new("outreach-contact-reversed").arg("contact", id))
                    }
                    Err(e) => return Some(refused(e)),
                }
            }
            Effect::FindForOutreach(text) => match self.find_for_outreach(&text, now) {
                Ok(persons) => Reply::Found(text, persons),
                Err(e) => return Some(Message::Failed(e.msg())),
            },
            _ => return None,
        };
        Some(Message::Outreach(reply))
    }

    fn outreach_loaded(&self, open: Option<i64>, now: NaiveDateTime) -> Result<Loaded, Msg> {
        self.outreach_read(open, now).map_err(|e| e.msg())
    }

    fn outreach_read(&self, open: Option<i64>, now: NaiveDateTime) -> OResult<Loaded> {
        let day = now.date();
        let items = self
            .store
            .outreach_items()?
            .into_iter()
            .filter_map(|(code, key)| key.chars().next().map(|key| Item { code, key }))
            .collect();
        let open = match open {
            None => None,
            Some(id) => match self.store.session(id)? {
                Some(s) => Some((s, self.store.session_contacts(id, 12)?)),
                None => None,
            },
        };
        Ok(Loaded {
            today: self.store.sessions(day, day)?,
            places: self.store.places()?,
            // A directory that cannot be read leaves the accompaniment picker empty.
            partners: self.store.partners().unwrap_or_default(),
            items,
            open,
        })
    }

    /// A person by code, else by name through the search index.
    fn find_for_outreach(
        &mut self,
        text: &str,
        now: NaiveDateTime,
    ) -> crate::store::StoreResult<Vec<crate::store::Person>> {
        if let Some(p) = self.store.person_by_code(text)? {
            return Ok(vec![p]);
        }
        let Some(index) = &self.index else {
            return Ok(Vec::new());
        };
        let found = index.search_with(&Query::parse(text), FOUND, today(now), &mut self.scratch);
        self.store
            .persons(&found.hits.iter().map(|h| h.id).collect::<Vec<_>>())
    }
}

/// A refusal for the screen to say, or a failure of the database for the desk's notice.
fn refused(e: OutreachError) -> Message {
    match e {
        OutreachError::Store(s) => Message::Failed(s.msg()),
        other => Message::Outreach(Reply::Refused(other.msg())),
    }
}
