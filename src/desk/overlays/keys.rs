//! The keys of the windows over the screens: help, language, "same person?", "send to" and a
//! form left half-filled.

use crate::desk::effect::{Effect, Registration};
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::overlays::{Overlay, Whom};
use crate::desk::state::State;
use crate::domain::queue::Priority;
use crate::i18n::Lang;

/// The keys of the window on top.
pub fn scopes(state: &State, top: &Overlay) -> Vec<Scope> {
    match top {
        Overlay::Help { .. } => vec![Scope::Help],
        Overlay::Language { .. } => vec![Scope::Language],
        Overlay::Merge { .. } => vec![Scope::Merge],
        Overlay::Draft { .. } => vec![Scope::Draft],
        Overlay::Tdi(_) => vec![Scope::TdiForm],
        Overlay::Register(r) => super::register::scopes(r),
        Overlay::CounterList(l) => super::counter_list::scopes(l),
        Overlay::Route {
            editing_note: true, ..
        } => vec![Scope::RouteNote],
        Overlay::Route { .. } => {
            let today = state.ctx.now.format("%Y-%m-%d").to_string();
            let mut scopes = vec![Scope::Route];
            if state.intake.upcoming.iter().any(|a| a.day == today) {
                scopes.push(Scope::RouteToday);
            }
            if state
                .intake
                .route_coverage
                .as_ref()
                .is_some_and(|(routes, _)| routes.is_empty())
            {
                scopes.push(Scope::RouteQuick);
            }
            if let Overlay::Route { whom, .. } = top
                && !whom.languages().is_empty()
            {
                scopes.push(Scope::Mediation);
            }
            scopes
        }
    }
}

/// A key for the window on top: its own action, or text for the note of the "send to" window;
/// anything else is swallowed so nothing is typed into a hidden field.
pub fn on_key(state: &mut State, key: &Pressed) -> Vec<Effect> {
    if let Some(Overlay::Tdi(form)) = state.overlays.last_mut() {
        let (effects, close) = super::tdi::on_key(form, &state.ctx, key);
        if close {
            state.overlays.pop();
        }
        return effects;
    }
    if let Some(Overlay::Register(_)) = state.overlays.last() {
        return super::register::on_key(state, key);
    }
    if let Some(Overlay::CounterList(_)) = state.overlays.last() {
        return super::counter_list::on_key(state, key);
    }
    if let Some(Overlay::Route {
        note,
        editing_note: editing @ true,
        ..
    }) = state.overlays.last_mut()
    {
        match key.action {
            Some(Action::Close) => *editing = false,
            _ => {
                note.handle(key);
            }
        }
        return Vec::new();
    }
    match key.action {
        Some(action) => apply_in_overlay(state, action),
        None => Vec::new(),
    }
}

pub fn toggle_help(state: &mut State) {
    if matches!(state.overlays.last(), Some(Overlay::Help { .. })) {
        state.overlays.pop();
    } else {
        state.overlays.push(Overlay::Help { scroll: 0 });
    }
}

pub fn open_language_picker(state: &mut State) {
    if matches!(state.overlays.last(), Some(Overlay::Language { .. })) {
        state.overlays.pop();
        return;
    }
    let selected = Lang::ALL
        .iter()
        .position(|l| *l == state.ctx.lang)
        .unwrap_or(0);
    state.overlays.push(Overlay::Language { selected });
}

fn apply_in_overlay(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(top) = state.overlays.last_mut() else {
        return Vec::new();
    };
    match (top, action) {
        (Overlay::Draft { .. }, Action::Close) => {
            state.overlays.pop();
            state.draft_saved = None;
            return vec![Effect::SaveDraft(None)];
        }
        (Overlay::Draft { form, .. }, Action::Confirm) => {
            let form = (**form).clone();
            state.overlays.pop();
            return crate::desk::drafts::take_back(state, form);
        }
        (_, Action::Close) => {
            state.overlays.pop();
        }
        (Overlay::Help { scroll }, Action::Up | Action::PageUp | Action::First) => {
            let step = match action {
                Action::Up => 1,
                Action::PageUp => 10,
                _ => u16::MAX,
            };
            *scroll = scroll.saturating_sub(step);
        }
        (Overlay::Help { .. }, Action::Down | Action::PageDown | Action::Last) => {
            // As far as the last line of the help of what it covers.
            let depth = state.overlays.len() - 1;
            let end = super::help::length(&crate::desk::update::scopes_under(state, depth));
            let step = match action {
                Action::Down => 1,
                Action::PageDown => 10,
                _ => u16::MAX,
            };
            if let Some(Overlay::Help { scroll }) = state.overlays.last_mut() {
                *scroll = scroll.saturating_add(step).min(end);
            }
        }
        (Overlay::Language { selected }, Action::Up) => {
            *selected = (*selected + Lang::ALL.len() - 1) % Lang::ALL.len()
        }
        (Overlay::Language { selected }, Action::Down) => {
            *selected = (*selected + 1) % Lang::ALL.len()
        }
        (Overlay::Language { selected }, Action::Confirm) => {
            let lang = Lang::ALL[*selected % Lang::ALL.len()];
            return switch_language(state, lang);
        }
        (Overlay::Language { .. }, Action::PickNth(n)) if n < Lang::ALL.len() => {
            return switch_language(state, Lang::ALL[n]);
        }
        (Overlay::Route { .. }, Action::CheckInToday) => {
            let today = state.ctx.now.format("%Y-%m-%d").to_string();
            let Some(id) = state
                .intake
                .upcoming
                .iter()
                .find(|a| a.day == today)
                .map(|a| a.id)
            else {
                return Vec::new();
            };
            state.overlays.pop();
            return vec![Effect::CheckIn(id)];
        }
        (Overlay::Route { editing_note, .. }, Action::NextField) => *editing_note = true,
        (Overlay::Route { whom, coverage, .. }, Action::Quick(n)) => {
            use crate::domain::coverage::Route;
            let unknown = state
                .intake
                .route_coverage
                .as_ref()
                .is_some_and(|(routes, _)| routes.is_empty());
            let route = [Route::Mutuelle, Route::None, Route::Unknown]
                .get(usize::from(n))
                .copied();
            match (unknown, route, whom.person()) {
                (true, Some(route), Some(person)) => {
                    return vec![Effect::QuickCoverage(person.id, route)];
                }
                // Not registered yet: the answer is saved with them.
                (true, Some(route), None) => *coverage = Some(route),
                _ => {}
            }
        }
        (Overlay::Route { ticket, .. }, Action::TicketToggle) => *ticket = !*ticket,
        (
            Overlay::Route {
                whom, mediation, ..
            },
            Action::MarkNeed,
        ) => {
            use crate::domain::mediation::next_need;
            match whom {
                Whom::Known(person) => {
                    let next = next_need(&person.languages, person.mediation.as_deref());
                    return vec![Effect::MarkNeed(person.id, next)];
                }
                // Not registered yet: the mark is saved with them.
                Whom::New(fields) => {
                    *mediation = next_need(&fields.languages, mediation.as_deref())
                }
            }
        }
        (Overlay::Route { priority, .. }, Action::CyclePriority) => {
            *priority = match priority {
                Priority::Normal => Priority::Urgent,
                Priority::Urgent => Priority::Emergency,
                Priority::Emergency => Priority::Normal,
            };
        }
        (
            Overlay::Route {
                whom,
                priority,
                note,
                coverage,
                mediation,
                ..
            },
            Action::PickNth(n),
        ) => {
            let Some(service) = state.ctx.services.get(n) else {
                return Vec::new();
            };
            let note = Some(note.text().trim().to_string()).filter(|n| !n.is_empty());
            // The window stays until the ticket is drawn: a refusal leaves it as it was.
            return vec![match whom {
                Whom::Known(person) => Effect::Join {
                    person: person.id,
                    service: service.code.clone(),
                    priority: *priority,
                    note,
                },
                Whom::New(fields) => Effect::Register(Box::new(Registration {
                    fields: (**fields).clone(),
                    coverage: *coverage,
                    mediation: mediation.clone(),
                    join: Some((service.code.clone(), *priority, note)),
                })),
            }];
        }
        (
            Overlay::Route {
                whom,
                coverage,
                mediation,
                ..
            },
            Action::Confirm,
        ) => {
            let effect = match whom {
                Whom::Known(person) => Effect::RecordVisit(person.id),
                Whom::New(fields) => Effect::Register(Box::new(Registration {
                    fields: (**fields).clone(),
                    coverage: *coverage,
                    mediation: mediation.clone(),
                    join: None,
                })),
            };
            state.overlays.pop();
            return vec![effect];
        }
        (Overlay::Merge { keep, other }, Action::Confirm) => {
            let effect = Effect::Merge(keep.code.clone(), other.code.clone());
            state.overlays.pop();
            return vec![effect];
        }
        (Overlay::Merge { keep, other }, Action::NotSame) => {
            let effect = Effect::NotSame(keep.code.clone(), other.code.clone());
            state.overlays.pop();
            return vec![effect];
        }
        _ => {}
    }
    Vec::new()
}

/// Switches the interface language live: only the words change, every field keeps its content.
fn switch_language(state: &mut State, lang: Lang) -> Vec<Effect> {
    state.overlays.pop();
    if state.ctx.lang == lang {
        return Vec::new();
    }
    state.ctx.lang = lang;
    vec![Effect::SetLanguage(lang)]
}
