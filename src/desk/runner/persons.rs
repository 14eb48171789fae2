//! Finding, registering, merging persons: the search index kept in step with the register.

use super::{Services, today};
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

    pub(super) fn visit(
        &mut self,
        id: i64,
        now: NaiveDateTime,
    ) -> StoreResult<Option<crate::store::Person>> {
        self.store
            .record_visit(id, self.desk.as_deref(), &self.by, now)?;
        if let Some(index) = &mut self.index {
            index.touch(id, today(now));
        }
        self.store.person(id)
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
