//! Finding, registering, merging persons: the search index kept in step with the register.

use super::{Services, today};
use crate::desk::effect::Registration;
use crate::desk::message::Message;
use crate::desk::screens::intake::RESULTS;
use crate::desk::screens::intake::Reply as IntakeReply;
use crate::domain::search::Query;
use crate::store::StoreResult;
use chrono::NaiveDateTime;

impl Services {
    pub(super) fn search(
        &mut self,
        query: String,
        now: NaiveDateTime,
    ) -> StoreResult<Option<Message>> {
        let Some(index) = &self.index else {
            return Ok(None);
        };
        let found = index.search_with(
            &Query::parse(&query),
            RESULTS,
            today(now),
            &mut self.scratch,
        );
        let persons = self
            .store
            .persons(&found.hits.iter().map(|h| h.id).collect::<Vec<_>>())?;
        Ok(Some(Message::Intake(IntakeReply::Found {
            query,
            persons,
            near: found.hits.iter().filter(|h| h.near).map(|h| h.id).collect(),
            total: found.total,
        })))
    }

    pub(super) fn visit(&mut self, id: i64, now: NaiveDateTime) -> StoreResult<Option<Message>> {
        let visit = self
            .store
            .record_visit(id, self.desk.as_deref(), &self.by, now)?;
        if let Some(index) = &mut self.index {
            index.touch(id, today(now));
        }
        Ok(self
            .store
            .person(id)?
            .map(|p| Message::Intake(IntakeReply::VisitRecorded(p, visit))))
    }

    pub(super) fn remove_visit(
        &mut self,
        visit: i64,
        now: NaiveDateTime,
    ) -> StoreResult<Option<Message>> {
        Ok(Some(match self.store.remove_visit(visit, &self.by, now) {
            Ok(p) => {
                self.reindex(p.id)?;
                Message::Intake(IntakeReply::VisitRemoved(p))
            }
            Err(e) => Message::Failed(crate::i18n::Localised::msg(&e)),
        }))
    }

    /// A new person confirmed in the "send to" window: registered with today's visit (and their
    /// ticket, when sent to a service) in one transaction, then the coverage answered there.
    pub(super) fn register(
        &mut self,
        r: Registration,
        now: NaiveDateTime,
    ) -> StoreResult<Option<Message>> {
        let (person, entry) = match &r.join {
            Some((service, priority, note)) => {
                let actor = crate::store::queues::Actor {
                    by: &self.by,
                    desk: self.desk.as_deref(),
                    at: now,
                };
                match self.store.register_and_join(
                    &r.fields,
                    service,
                    *priority,
                    note.as_deref(),
                    actor,
                    &mut self.rng,
                ) {
                    Ok((p, e)) => (p, Some(e)),
                    Err(e) => return Ok(Some(Message::Failed(crate::i18n::Localised::msg(&e)))),
                }
            }
            None => (
                self.store.register_walk_in(
                    &r.fields,
                    self.desk.as_deref(),
                    &self.by,
                    now,
                    &mut self.rng,
                )?,
                None,
            ),
        };
        self.reindex(person.id)?;
        if let Some(route) = r.coverage
            && let Err(e) = self.save_quick_coverage(person.id, route, now)
        {
            // The person and the visit are saved; only the answer about coverage is not.
            return Ok(Some(Message::Failed(crate::i18n::Localised::msg(&e))));
        }
        let person = match &r.mediation {
            Some(lang) => match self
                .store
                .set_mediation_need(person.id, Some(lang), &self.by, now)
            {
                Ok(p) => p,
                Err(e) => return Ok(Some(Message::Failed(crate::i18n::Localised::msg(&e)))),
            },
            None => person,
        };
        Ok(Some(Message::Intake(IntakeReply::Registered(
            Box::new(person),
            entry.map(Box::new),
        ))))
    }

    pub(super) fn merge(
        &mut self,
        keep: &str,
        other: &str,
        now: NaiveDateTime,
    ) -> StoreResult<Option<Message>> {
        let id = match self.store.merge(keep, other, &self.by, now) {
            Ok(id) => id,
            Err(e) => return Ok(Some(Message::Failed(crate::i18n::Localised::msg(&e)))),
        };
        let (Some(k), Some(o)) = (
            self.store.person_by_code(keep)?,
            self.store.person_by_code(other)?,
        ) else {
            return Ok(None);
        };
        if let Some(index) = &mut self.index {
            index.remove(o.id);
        }
        self.reindex(k.id)?;
        Ok(Some(Message::Intake(IntakeReply::Merged {
            id,
            keep: k.code,
            other: o.code,
        })))
    }

    pub(super) fn unmerge(&mut self, id: i64, now: NaiveDateTime) -> StoreResult<Option<Message>> {
        let (kept, merged) = match self.store.unmerge(id, &self.by, now) {
            Ok(pair) => pair,
            Err(e) => return Ok(Some(Message::Failed(crate::i18n::Localised::msg(&e)))),
        };
        self.reindex(kept.id)?;
        self.reindex(merged.id)?;
        Ok(Some(Message::Intake(IntakeReply::Unmerged(id))))
    }

    pub(super) fn reindex(&mut self, id: i64) -> StoreResult<()> {
        if let (Some(index), Some(row)) = (&mut self.index, self.store.index_row(id)?) {
            index.insert(row);
        }
        Ok(())
    }
}
