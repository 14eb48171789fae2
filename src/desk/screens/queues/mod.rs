//! The queue screen's part of `update`: choose a service, call, and move tickets.

pub mod mediation;
pub mod mediation_view;
pub mod view;

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::widgets::input::TextInput;
use crate::domain::queue::{Move, Status};
use crate::i18n::Msg;
use crate::store::queues::Entry;

/// What the runner reports back to this screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The open tickets of a service today, in order.
    Queue {
        service: String,
        entries: Vec<crate::store::queues::Entry>,
        /// On the dispensary's queue: the persons a dose covers today.
        dosed: Vec<i64>,
    },
    /// A ticket moved (called, started, done…).
    Moved(crate::store::queues::Entry),
    /// The end-of-day figures, per service.
    Day(Vec<crate::domain::queue::ServiceDay>),
    /// For the list of people waiting for a mediator.
    Mediation(mediation::Reply),
}

/// What the queue screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueueView {
    /// Position of the chosen service in the context's services.
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
    /// The ticket just acted on (called, started…): selected once the queue is read again, so
    /// the next key acts on it and not on the row the selection was on before.
    pub follow: Option<i64>,
    /// The room this desk calls people to (desk.toml's `room`, or said here with `p`); `None`:
    /// the service's first room.
    pub room: Option<String>,
    /// The room being typed (`p`).
    pub room_input: Option<TextInput>,
    /// A call held back while this desk already has someone called: Enter makes it.
    pub call_again: Option<Effect>,
    /// The people waiting for a mediator today, while shown (`m`; a mediator's desk opens on it).
    pub mediation: Option<mediation::MediationList>,
    /// On the dispensary's queue: the persons a dose covers today.
    pub dosed: Vec<i64>,
}

/// The code of the chosen service.
pub fn current_code(view: &QueueView, ctx: &Ctx) -> Option<String> {
    ctx.services.get(view.service).map(|s| s.code.clone())
}

/// Effects to show the chosen service's queue (and the people waiting for a mediator, while
/// they are shown).
pub fn load(view: &QueueView, ctx: &Ctx) -> Vec<Effect> {
    let mut effects: Vec<Effect> = current_code(view, ctx)
        .map(Effect::LoadQueue)
        .into_iter()
        .collect();
    if view.mediation.is_some() {
        effects.push(mediation::load(ctx));
    }
    effects
}

fn selected(view: &QueueView) -> Option<&Entry> {
    view.entries.get(view.selected)
}

/// The person of the selected ticket.
pub fn selected_person(view: &QueueView) -> Option<i64> {
    selected(view).map(|e| e.person_id)
}

/// The keys that work on the queue screen now.
pub fn scopes(view: &QueueView, ctx: &Ctx) -> Vec<Scope> {
    if let Some(list) = &view.mediation {
        return mediation::scopes(list, ctx);
    }
    if view.transfer_from.is_some() {
        return vec![Scope::Transfer];
    }
    if view.room_input.is_some() {
        return vec![Scope::RoomInput];
    }
    if view.call_again.is_some() {
        return vec![Scope::CallAgain];
    }
    let mut scopes = vec![Scope::Queue];
    if !view.entries.is_empty() {
        scopes.push(Scope::Entries);
    }
    // A dispensary ticket opens the person's dose screen, for a role that sees treatment.
    if selected(view).is_some_and(|e| e.service_code == crate::desk::screens::treatment::DISPENSARY)
        && ctx.can(crate::domain::roles::Area::Substance)
    {
        scopes.insert(0, Scope::DispensaryTicket);
    }
    if selected(view).is_some_and(|e| e.status == Status::Waiting) {
        scopes.push(Scope::Waiting);
    }
    scopes
}

/// The ticket this desk has called, or is seeing, in the service shown: a second call would
/// put two people in one room.
fn already_called<'a>(view: &'a QueueView, ctx: &Ctx) -> Option<&'a Entry> {
    view.entries.iter().find(|e| {
        matches!(e.status, Status::Called | Status::InService)
            && match (&ctx.desk_name, &view.room) {
                (Some(desk), _) => e.desk.as_ref() == Some(desk),
                (None, Some(room)) => e.room.as_ref() == Some(room),
                (None, None) => e.desk.is_none(),
            }
    })
}

/// A call, or the question first when this desk already has someone called (and there is
/// someone to call: with nobody waiting, the call says so at once).
fn call(view: &mut QueueView, ctx: &Ctx, effect: Effect) -> Vec<Effect> {
    let anyone = view.entries.iter().any(|e| e.status == Status::Waiting);
    if !anyone {
        return vec![effect];
    }
    match already_called(view, ctx) {
        Some(e) => {
            view.status = Some(
                Msg::new("queue-already-called")
                    .arg("ticket", e.ticket.clone())
                    .arg("room", e.room.clone().unwrap_or_else(|| "—".into())),
            );
            view.call_again = Some(effect);
            Vec::new()
        }
        None => vec![effect],
    }
}

/// A key while the room is typed.
fn on_room_key(view: &mut QueueView, key: &Pressed) -> Vec<Effect> {
    let Some(input) = view.room_input.as_mut() else {
        return Vec::new();
    };
    match key.action {
        Some(Action::Confirm) => {
            let room = crate::text::clean(input.text());
            view.room = (!room.is_empty()).then_some(room);
            view.room_input = None;
        }
        Some(Action::Close) => view.room_input = None,
        _ => {
            input.handle(key);
        }
    }
    Vec::new()
}

/// A key on the queue screen.
pub fn on_key(view: &mut QueueView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    if view.room_input.is_some() {
        return on_room_key(view, key);
    }
    if let Some(list) = view.mediation.as_mut() {
        return match mediation::on_key(list, ctx, key) {
            Some(effects) => effects,
            None => {
                view.mediation = None;
                load(view, ctx)
            }
        };
    }
    let n = ctx.services.len();
    let Some(action) = key.action else {
        return Vec::new();
    };
    if view.call_again.is_some() {
        let held = view.call_again.take();
        view.status = None;
        return match action {
            Action::Confirm => held.into_iter().collect(),
            _ => Vec::new(),
        };
    }
    match action {
        Action::PickNth(i) if view.transfer_from.is_some() => {
            let from = view.transfer_from.take();
            if let (Some(id), Some(target)) = (from, ctx.services.get(i)) {
                return vec![Effect::Transfer(id, target.code.clone())];
            }
        }
        Action::PickNth(i) if i < n => {
            view.service = i;
            return load(view, ctx);
        }
        Action::Left if n > 0 => {
            view.service = (view.service + n - 1) % n;
            return load(view, ctx);
        }
        Action::Right if n > 0 => {
            view.service = (view.service + 1) % n;
            return load(view, ctx);
        }
        Action::Up => view.selected = view.selected.saturating_sub(1),
        Action::Down => {
            view.selected = (view.selected + 1).min(view.entries.len().saturating_sub(1))
        }
        Action::CallNext => {
            if let Some(code) = current_code(view, ctx) {
                let effect = Effect::CallNext(code, view.room.clone());
                return call(view, ctx, effect);
            }
        }
        Action::MediationList => {
            view.status = None;
            view.mediation = Some(Default::default());
            return vec![mediation::load(ctx)];
        }
        Action::SetRoom => {
            view.room_input = Some(TextInput::with_text(view.room.as_deref().unwrap_or("")));
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
            if let Some(e) = selected(view) {
                let (id, ticket) = (e.id, e.ticket.clone());
                view.transfer_from = Some(id);
                view.status = Some(Msg::new("queue-transfer-choose").arg("ticket", ticket));
            }
        }
        Action::QueueMove(m) => {
            if let Some(e) = selected(view) {
                return vec![Effect::MoveEntry(e.id, m, view.room.clone())];
            }
        }
        Action::Confirm => {
            if let Some(e) = selected(view).filter(|e| e.status == Status::Waiting) {
                let effect = Effect::MoveEntry(e.id, Move::Call, view.room.clone());
                return call(view, ctx, effect);
            }
        }
        _ => {}
    }
    Vec::new()
}

/// The site's services changed: the queue shown stays in range (and is read again).
pub fn on_services(view: &mut QueueView, ctx: &Ctx, shown: bool) -> Vec<Effect> {
    view.service = view.service.min(ctx.services.len().saturating_sub(1));
    if shown {
        return load(view, ctx);
    }
    Vec::new()
}

/// What the runner reports back about queues.
pub fn on_msg(view: &mut QueueView, ctx: &Ctx, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::Queue {
            service,
            entries,
            dosed,
        } if current_code(view, ctx).as_deref() == Some(service.as_str()) => {
            let keep = view.follow.take().or_else(|| selected(view).map(|e| e.id));
            view.entries = entries;
            view.dosed = dosed;
            view.loaded_for = Some(service);
            view.selected = keep
                .and_then(|id| view.entries.iter().position(|e| e.id == id))
                .unwrap_or(0)
                .min(view.entries.len().saturating_sub(1));
        }
        // The tickets of a service no longer shown (the worker moved on) are dropped.
        Reply::Queue { .. } => {}
        Reply::Day(figures) => view.day = Some(figures),
        Reply::Mediation(reply) => {
            let shown = matches!(reply, mediation::Reply::List { .. });
            match view.mediation.as_mut() {
                Some(list) => {
                    let (status, effects) = mediation::on_msg(list, ctx, reply);
                    if status.is_some() {
                        view.status = status;
                    }
                    return effects;
                }
                // The list was closed meanwhile: what was done is still told.
                None if !shown => {
                    let mut list = mediation::MediationList::default();
                    view.status = mediation::on_msg(&mut list, ctx, reply).0;
                }
                None => {}
            }
        }
        Reply::Moved(e) => {
            view.status = Some(moved_msg(&e));
            view.follow = Some(e.id);
            return load(view, ctx);
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
