//! Coverage: the due list, counts, a person's routes and free care.

use chrono::NaiveDateTime;

use super::Services;
use crate::desk::effect::Effect;
use crate::desk::message::Message;
use crate::desk::screens::coverage::Reply as CoverageReply;
use crate::i18n::Localised;

impl Services {
    /// The answer to "coverage?" in the "send to" window: in order with a mutuelle, or a route
    /// to look into.
    pub(super) fn save_quick_coverage(
        &mut self,
        person: i64,
        route: crate::domain::coverage::Route,
        now: NaiveDateTime,
    ) -> Result<(), crate::store::coverage::CoverageError> {
        use crate::domain::coverage::{Coverage, Route, State};
        let state = if route == Route::Mutuelle {
            State::Granted
        } else {
            State::ToLookInto
        };
        let input = crate::store::coverage::CoverageInput {
            coverage: Coverage {
                route: Some(route),
                state: Some(state),
                ..Coverage::default()
            },
            ..Default::default()
        };
        self.store
            .save_coverage(person, &input, self.renew_days, &self.by, now)
            .map(|_| ())
    }

    /// Carries out one coverage effect.
    pub(super) fn coverage(&mut self, effect: Effect, now: NaiveDateTime) -> Option<Message> {
        let outcome: crate::store::StoreResult<Option<Message>> = match effect {
            Effect::QuickCoverage(person, route) => {
                return match self.save_quick_coverage(person, route, now) {
                    Ok(()) => self.run(Effect::LoadUpcoming(person), now),
                    Err(e) => Some(Message::Failed(crate::i18n::Localised::msg(&e))),
                };
            }
            Effect::LoadDue {
                within,
                route,
                commune,
                mine,
            } => {
                let worker = mine.then_some(self.by.as_str());
                let mut items = match self.store.due(
                    now.date(),
                    within,
                    self.renew_days,
                    route,
                    commune.as_deref(),
                    worker,
                ) {
                    Ok(i) => i,
                    Err(e) => return Some(Message::Failed(e.msg())),
                };
                // The screen shows the first ones; a listing of thousands is not read on a desk.
                items.truncate(500);
                self.store
                    .label_due(&mut items)
                    .map(|_| Some(Message::Coverage(CoverageReply::Due(items))))
            }
            Effect::LoadCounts => self
                .store
                .coverage_counts()
                .map(|c| Some(Message::Coverage(CoverageReply::Counts(c)))),
            Effect::LoadPersonCoverage(id) => (|| {
                self.store.log_open(id)?;
                let Some(person) = self.store.person(id)? else {
                    return Ok(None);
                };
                let routes = self.store.coverage_of(id)?;
                let access = self.store.care_access(id)?;
                let referrals = self.store.referrals_of(id).unwrap_or_default();
                let exchanges = self.store.person_exchanges(id, 5).unwrap_or_default();
                let counter_items = self.store.counter_items(true).unwrap_or_default();
                let outreach = crate::desk::screens::outreach::PersonOutreach {
                    contacts: self.store.person_contacts(id).unwrap_or_default(),
                    vaccinations: self.store.person_vaccinations(id).unwrap_or_default(),
                };
                Ok(Some(Message::Coverage(CoverageReply::PersonCoverage(
                    Box::new(crate::desk::screens::coverage::PersonCoverage {
                        person,
                        routes,
                        access,
                        selected: 0,
                        referrals,
                        exchanges,
                        counter_items,
                        outreach,
                    }),
                ))))
            })(),
            Effect::SaveCoverage(id, input) => {
                return Some(
                    match self
                        .store
                        .save_coverage(id, &input, self.renew_days, &self.by, now)
                    {
                        Ok(_) => Message::Coverage(CoverageReply::CoverageSaved(id)),
                        Err(e) => Message::Failed(crate::i18n::Localised::msg(&e)),
                    },
                );
            }
            Effect::SetCareAccess(id, access) => self
                .store
                .set_care_access(id, &access, &self.by, now)
                .map(|_| Some(Message::Coverage(CoverageReply::CoverageSaved(id)))),
            _ => return None,
        };
        match outcome {
            Ok(message) => message,
            Err(e) => Some(Message::Failed(e.msg())),
        }
    }
}
