//! The queue screen's part of `update`: choose a service, call, and move tickets.

pub mod view;

use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::state::{Overlay, State, Tab};
use crate::domain::queue::{Move, Status};
use crate::i18n::Msg;
use crate::store::queues::Entry;

/// What the runner reports back to this screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// A person joined a queue.
    Joined(crate::store::queues::Entry),
    /// The open tickets of a service today, in order.
    Queue {
        service: String,
        entries: Vec<crate::store::queues::Entry>,
    },
    /// A ticket moved (called, started, done…).
    Moved(crate::store::queues::Entry),
    /// The end-of-day figures, per service.
    Day(Vec<crate::domain::queue::ServiceDay>),
}

/// What the queue screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueueView {
    /// Position of the chosen service in `State::services`.
    pub service: usize,
    /// Open tickets of the chosen service today, in order.
    pub entries: Vec<Entry>,
    /// The service code the entries belong to.
    pub loaded_for: Option<String>,
    pub selected: usize,
    /// A ticket waiting for its transfer target (a digit picks the service).
    pub transfer_from: Option<i64>,
    /// What the last action did.
    pub status: Option<Msg>,
    /// Today's figures per service, while shown (key `e`).
    pub day: Option<Vec<crate::domain::queue::ServiceDay>>,
}

/// The code of the chosen service.
pub fn current_code(state: &State) -> Option<String> {
    state
        .ctx
        .services
        .get(state.queues.service)
        .map(|s| s.code.clone())
}

/// Effects to show the chosen service's queue.
pub fn load(state: &State) -> Vec<Effect> {
    current_code(state)
        .map(Effect::LoadQueue)
        .into_iter()
        .collect()
}

fn selected(state: &State) -> Option<&Entry> {
    state.queues.entries.get(state.queues.selected)
}

/// The keys that work on the queue screen now.
pub fn scopes(state: &State) -> Vec<Scope> {
    if state.queues.transfer_from.is_some() {
        return vec![Scope::Transfer];
    }
    let mut scopes = vec![Scope::Queue];
    if !state.queues.entries.is_empty() {
        scopes.push(Scope::Entries);
    }
    if selected(state).is_some_and(|e| e.status == Status::Waiting) {
        scopes.push(Scope::Waiting);
    }
    scopes
}

/// A key on the queue screen.
pub fn on_key(state: &mut State, key: &Pressed) -> Vec<Effect> {
    let n = state.ctx.services.len();
    let Some(action) = key.action else {
        return Vec::new();
    };
    let view = &mut state.queues;
    match action {
        Action::PickNth(i) if view.transfer_from.is_some() => {
            let from = view.transfer_from.take();
            if let (Some(id), Some(target)) = (from, state.ctx.services.get(i)) {
                return vec![Effect::Transfer(id, target.code.clone())];
            }
        }
        Action::PickNth(i) if i < n => {
            view.service = i;
            return load(state);
        }
        Action::Left if n > 0 => {
            view.service = (view.service + n - 1) % n;
            return load(state);
        }
        Action::Right if n > 0 => {
            view.service = (view.service + 1) % n;
            return load(state);
        }
        Action::Up => view.selected = view.selected.saturating_sub(1),
        Action::Down => {
            view.selected = (view.selected + 1).min(view.entries.len().saturating_sub(1))
        }
        Action::CallNext => {
            return current_code(state)
                .map(Effect::CallNext)
                .into_iter()
                .collect();
        }
        Action::DayFigures => {
            // The same key shows the figures, then closes them.
            let was_shown = view.day.take().is_some();
            if !was_shown {
                return vec![Effect::LoadDay];
            }
        }
        Action::Close => view.transfer_from = None,
        Action::QueueMove(Move::Transfer) => {
            if let Some(e) = selected(state) {
                let (id, ticket) = (e.id, e.ticket.clone());
                state.queues.transfer_from = Some(id);
                state.queues.status = Some(Msg::new("queue-transfer-choose").arg("ticket", ticket));
            }
        }
        Action::QueueMove(m) => {
            if let Some(e) = selected(state) {
                return vec![Effect::MoveEntry(e.id, m)];
            }
        }
        Action::Confirm => {
            if let Some(e) = selected(state).filter(|e| e.status == Status::Waiting) {
                return vec![Effect::MoveEntry(e.id, Move::Call)];
            }
        }
        _ => {}
    }
    Vec::new()
}

/// The site's services changed: the queue shown stays in range (and is read again).
pub fn on_services(state: &mut State) -> Vec<Effect> {
    state.queues.service = state
        .queues
        .service
        .min(state.ctx.services.len().saturating_sub(1));
    if state.tab == Tab::Queues {
        return load(state);
    }
    Vec::new()
}

/// What the runner reports back about queues.
pub fn on_msg(state: &mut State, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::Queue { service, entries }
            if current_code(state).as_deref() == Some(service.as_str()) =>
        {
            let keep = selected(state).map(|e| e.id);
            state.queues.entries = entries;
            state.queues.loaded_for = Some(service);
            state.queues.selected = keep
                .and_then(|id| state.queues.entries.iter().position(|e| e.id == id))
                .unwrap_or(0)
                .min(state.queues.entries.len().saturating_sub(1));
        }
        // The tickets of a service no longer shown (the worker moved on) are dropped.
        Reply::Queue { .. } => {}
        Reply::Day(figures) => state.queues.day = Some(figures),
        Reply::Moved(e) => {
            state.queues.status = Some(moved_msg(&e));
            return load(state);
        }
        Reply::Joined(e) => {
            let mut effects = Vec::new();
            if let Some(Overlay::Route { person, ticket, .. }) = state.overlays.last() {
                // The ticket speaks the person's language, when the desk knows it.
                let lang = person.language().unwrap_or(state.ctx.lang);
                let service = state.ctx.services.iter().find(|s| s.id == e.service_id);
                if *ticket {
                    effects.push(Effect::PrintTicket {
                        ticket: e.ticket.clone(),
                        service: service.map_or(e.service_code.clone(), |s| s.name(lang).into()),
                        person_id: e.person_id,
                        lang,
                    });
                }
                state.overlays.pop();
            }
            let name = state
                .ctx
                .services
                .iter()
                .find(|s| s.id == e.service_id)
                .map(|s| s.name(state.ctx.lang).to_string());
            state.intake.status = Some(
                Msg::new("intake-joined")
                    .arg("ticket", e.ticket.clone())
                    .arg("service", name.unwrap_or_else(|| e.service_code.clone()))
                    .arg("code", e.person_code.clone()),
            );
            state.intake.search.clear();
            state.intake.results.clear();
            state.intake.selected = 0;
            if state.tab == Tab::Queues {
                effects.extend(load(state));
            }
            return effects;
        }
    }
    Vec::new()
}

fn moved_msg(e: &Entry) -> Msg {
    let id = match e.status {
        Status::Called => "queue-moved-called",
        Status::InService => "queue-moved-in-service",
        Status::Done => "queue-moved-done",
        Status::SteppedOut => "queue-moved-stepped-out",
        Status::Waiting => "queue-moved-waiting",
        Status::LeftUnseen => "queue-moved-left",
        Status::NoShow => "queue-moved-no-show",
        Status::Transferred => "queue-moved-transferred",
    };
    Msg::new(id)
        .arg("ticket", e.ticket.clone())
        .arg("room", e.room.clone().unwrap_or_else(|| "—".into()))
}
