//! "Waiting for a mediator" on the Queues screen (`m`): today's tickets, all services, of the
//! people who need an intercultural mediator; a mediator sees those in their own languages and
//! joins a consultation with Enter (Del takes it back).

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::domain::roles::{Area, Role};
use crate::i18n::Msg;
use crate::store::queues::Entry;

/// What the list shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MediationList {
    /// Today's open tickets of people who need a mediator, longest waiting first.
    pub entries: Vec<Entry>,
    pub selected: usize,
    /// The languages the list is made of (the mediator's own); `None`: every language.
    pub speaks: Option<Vec<String>>,
    /// Whether the list was read (before that it says nothing rather than "nobody").
    pub loaded: bool,
}

/// What the runner reports back to the list.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The tickets, and the languages they were chosen by (`None`: all).
    List {
        entries: Vec<Entry>,
        speaks: Option<Vec<String>>,
    },
    /// The mediator logged in joined a ticket's consultation.
    Joined(Entry),
    /// The mediator logged in took back having joined a ticket.
    Left(Entry),
}

/// A mediator's list is made of their languages; everyone else's of all.
pub fn load(ctx: &Ctx) -> Effect {
    let mine = ctx
        .session
        .as_ref()
        .is_some_and(|s| s.role == Role::Mediator);
    Effect::LoadMediation { mine }
}

fn selected(list: &MediationList) -> Option<&Entry> {
    list.entries.get(list.selected)
}

/// Whether the person logged in is among the ticket's mediators.
fn joined_by_me(e: &Entry, ctx: &Ctx) -> bool {
    ctx.session
        .as_ref()
        .is_some_and(|s| e.mediators.iter().any(|m| m.eq_ignore_ascii_case(&s.name)))
}

/// The keys of the list now.
pub fn scopes(list: &MediationList, ctx: &Ctx) -> Vec<Scope> {
    let mut scopes = vec![Scope::MediationList];
    if !list.entries.is_empty() {
        scopes.push(Scope::MediationRows);
    }
    if let Some(e) = selected(list)
        && ctx.can(Area::Mediation)
    {
        scopes.push(if joined_by_me(e, ctx) {
            Scope::MediationLeave
        } else {
            Scope::MediationJoin
        });
    }
    scopes
}

/// A key on the list. Returns `None` when the list closes.
pub fn on_key(list: &mut MediationList, ctx: &Ctx, key: &Pressed) -> Option<Vec<Effect>> {
    match key.action {
        Some(Action::Close) => return None,
        Some(Action::Up) => list.selected = list.selected.saturating_sub(1),
        Some(Action::Down) => {
            list.selected = (list.selected + 1).min(list.entries.len().saturating_sub(1));
        }
        Some(Action::Confirm) if ctx.can(Area::Mediation) => {
            if let Some(e) = selected(list).filter(|e| !joined_by_me(e, ctx)) {
                return Some(vec![Effect::JoinMediation(e.id)]);
            }
        }
        Some(Action::Remove) if ctx.can(Area::Mediation) => {
            if let Some(e) = selected(list).filter(|e| joined_by_me(e, ctx)) {
                return Some(vec![Effect::LeaveMediation(e.id)]);
            }
        }
        _ => {}
    }
    Some(Vec::new())
}

/// A reply for the list: the list itself, or a joining done (then the list is read again).
/// Returns the notice for the screen, if any.
pub fn on_msg(list: &mut MediationList, ctx: &Ctx, reply: Reply) -> (Option<Msg>, Vec<Effect>) {
    match reply {
        Reply::List { entries, speaks } => {
            let keep = selected(list).map(|e| e.id);
            list.entries = entries;
            list.speaks = speaks;
            list.loaded = true;
            list.selected = keep
                .and_then(|id| list.entries.iter().position(|e| e.id == id))
                .unwrap_or(0)
                .min(list.entries.len().saturating_sub(1));
            (None, Vec::new())
        }
        Reply::Joined(e) => (
            Some(
                Msg::new("mediation-joined")
                    .arg("ticket", e.ticket.clone())
                    .arg("service", service_name(&e, ctx)),
            ),
            vec![load(ctx)],
        ),
        Reply::Left(e) => (
            Some(Msg::new("mediation-left").arg("ticket", e.ticket.clone())),
            vec![load(ctx)],
        ),
    }
}

/// A ticket's service by its name in the desk's language.
pub fn service_name(e: &Entry, ctx: &Ctx) -> String {
    ctx.services
        .iter()
        .find(|s| s.id == e.service_id)
        .map_or_else(|| e.service_code.clone(), |s| s.name(ctx.lang).to_string())
}
