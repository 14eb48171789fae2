//! Intercultural mediation: a person's need marked at intake, the list of people waiting for
//! a mediator, a mediator joining a consultation.

use chrono::NaiveDateTime;

use super::Services;
use crate::desk::effect::Effect;
use crate::desk::message::Message;
use crate::desk::screens::intake::Reply as IntakeReply;
use crate::desk::screens::queues::Reply as QueuesReply;
use crate::desk::screens::queues::mediation::Reply as ListReply;
use crate::i18n::Localised;

fn failed(e: &impl Localised) -> Message {
    Message::Failed(e.msg())
}

impl Services {
    /// Carries out one effect of mediation.
    pub(super) fn mediation(&mut self, effect: Effect, now: NaiveDateTime) -> Option<Message> {
        let list = |reply| Message::Queues(QueuesReply::Mediation(reply));
        Some(match effect {
            Effect::MarkNeed(person, language) => {
                match self
                    .store
                    .set_mediation_need(person, language.as_deref(), &self.by, now)
                {
                    Ok(p) => Message::Intake(IntakeReply::Marked(p)),
                    Err(e) => failed(&e),
                }
            }
            Effect::LoadMediation { mine } => {
                let speaks = if mine {
                    match self.store.staff_member(&self.by) {
                        Ok(member) => Some(member.map(|m| m.speaks).unwrap_or_default()),
                        Err(e) => return Some(failed(&e)),
                    }
                } else {
                    None
                };
                let day = now.format("%Y-%m-%d").to_string();
                match self.store.mediation_waiting(&day, speaks.as_deref()) {
                    Ok(entries) => list(ListReply::List { entries, speaks }),
                    Err(e) => failed(&e),
                }
            }
            Effect::JoinMediation(entry) => {
                match self
                    .store
                    .join_mediation(entry, &self.by, self.desk.as_deref(), now)
                {
                    Ok(e) => list(ListReply::Joined(e)),
                    Err(e) => failed(&e),
                }
            }
            Effect::LeaveMediation(entry) => match self.store.leave_mediation(entry, &self.by) {
                Ok(e) => list(ListReply::Left(e)),
                Err(e) => failed(&e),
            },
            _ => return None,
        })
    }
}
