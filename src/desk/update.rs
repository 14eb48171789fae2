//! The one place where the state changes: `update(state, message) -> effects`.

use crossterm::event::{KeyEvent, KeyEventKind};

use crate::desk::keymap::{self, Action, Scope};
use crate::desk::message::{Effect, Message};
use crate::desk::screens::intake;
use crate::desk::state::{Overlay, State, Tab};
use crate::domain::queue::Priority;
use crate::i18n::Lang;

/// Applies one message to the state and returns the effects to run.
pub fn update(state: &mut State, message: Message) -> Vec<Effect> {
    match message {
        Message::Resize(w, h) => {
            state.size = (w, h);
            Vec::new()
        }
        Message::Tick(now) => {
            state.now = now;
            let mut effects = crate::desk::gate::on_tick(state);
            effects.extend(crate::desk::drafts::on_tick(state));
            effects
        }
        Message::Key(key) if key.kind == KeyEventKind::Release => Vec::new(),
        Message::Key(key) => {
            state.idle_since = state.now;
            if state.gate.is_some()
                && state.overlays.is_empty()
                && let Some(effects) = crate::desk::gate::on_key(state, &key)
            {
                return effects;
            }
            on_key(state, &key)
        }
        message
        @ (Message::Partners(_) | Message::PartnerSaved(_) | Message::PartnerRefused(_)) => {
            crate::desk::screens::referrals::on_result(state, message)
        }
        message @ (Message::ReferralPreview(_)
        | Message::ReferralRefused(_)
        | Message::ReferralSaved { .. }
        | Message::PrintJobs(..)) => {
            crate::desk::screens::coverage::composer::on_result(state, message)
        }
        message @ (Message::Staff(_)
        | Message::StaffSaved(_)
        | Message::StaffRefused(_)
        | Message::Audit(_)
        | Message::Retention { .. }
        | Message::Site(_)
        | Message::SiteSaved(_)
        | Message::Done(_)) => crate::desk::screens::admin::staff::on_result(state, message),
        Message::LoggedIn(outcome) => crate::desk::gate::on_login(state, outcome),
        Message::Draft { form, saved_at } => crate::desk::drafts::offer(state, *form, saved_at),
        other => intake::on_result(state, other),
    }
}

fn on_key(state: &mut State, key: &KeyEvent) -> Vec<Effect> {
    if let Some(top) = state.overlays.last().cloned() {
        return on_overlay_key(state, top, key);
    }
    // In the form, Esc cancels the form rather than dismissing a notice.
    let form_open = (state.tab == Tab::Intake
        && (state.intake.form.is_some() || state.intake.booking.is_some()))
        || (state.tab == Tab::Admin
            && (state.admin.form.is_some() || state.admin.more.staff_form.is_some()))
        || (state.tab == Tab::Referrals
            && (state.partners.form.is_some() || state.partners.queue.open))
        || (state.tab == Tab::Coverage
            && (state.coverage.form.is_some() || state.coverage.person.is_some()));
    if let Some(action) = keymap::action_for(Scope::Global, key)
        && !(form_open && action == Action::Dismiss)
    {
        return apply(state, action);
    }
    on_screen_key(state, key)
}

/// An overlay takes its own keys; the desk's global keys still work under it; the rest is
/// swallowed so nothing is typed into a hidden field.
fn on_overlay_key(state: &mut State, top: Overlay, key: &KeyEvent) -> Vec<Effect> {
    // While the note of the "send to" window is being typed, keys are text; Tab, Enter or Esc
    // go back to choosing a service.
    if let Some(Overlay::Route {
        note,
        editing_note: editing @ true,
        ..
    }) = state.overlays.last_mut()
    {
        match key.code {
            crossterm::event::KeyCode::Tab
            | crossterm::event::KeyCode::Enter
            | crossterm::event::KeyCode::Esc => *editing = false,
            _ => {
                note.handle(key);
            }
        }
        return Vec::new();
    }
    let scope = match top {
        Overlay::Help { .. } => Scope::Help,
        Overlay::Language { .. } => Scope::Language,
        Overlay::Merge { .. } => Scope::Merge,
        Overlay::Route { .. } => Scope::Route,
        Overlay::Draft { .. } => Scope::Draft,
    };
    if let Some(action) = keymap::action_for(scope, key) {
        return apply_in_overlay(state, action);
    }
    match keymap::action_for(Scope::Global, key) {
        Some(Action::Dismiss) | None => Vec::new(),
        Some(action) => apply(state, action),
    }
}

fn apply(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Help => toggle_help(state),
        Action::Language => open_language_picker(state),
        Action::GoTo(_) if state.gate.is_some() => {}
        Action::GoTo(tab) => {
            state.overlays.clear();
            state.tab = tab;
            if !state.role_allows(tab) {
                return Vec::new();
            }
            match tab {
                Tab::Queues => return crate::desk::screens::queues::load(state),
                Tab::Appointments => return crate::desk::screens::appointments::load(state),
                Tab::Coverage => return crate::desk::screens::coverage::load(state),
                Tab::Admin => return crate::desk::screens::admin::staff::load(state),
                Tab::Referrals => return crate::desk::screens::referrals::load(state),
                _ => {}
            }
        }
        Action::Quit => state.quit = true,
        Action::Lock => return crate::desk::gate::lock(state),
        Action::Dismiss if !state.notices.is_empty() => {
            state.notices.remove(0);
        }
        Action::Close => {
            state.overlays.pop();
        }
        // Screen and overlay actions are handled where they apply.
        _ => {}
    }
    Vec::new()
}

fn toggle_help(state: &mut State) {
    if matches!(state.overlays.last(), Some(Overlay::Help { .. })) {
        state.overlays.pop();
    } else {
        state.overlays.push(Overlay::Help { scroll: 0 });
    }
}

fn open_language_picker(state: &mut State) {
    if matches!(state.overlays.last(), Some(Overlay::Language { .. })) {
        state.overlays.pop();
        return;
    }
    let selected = Lang::ALL.iter().position(|l| *l == state.lang).unwrap_or(0);
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
        (Overlay::Help { scroll }, Action::Up) => *scroll = scroll.saturating_sub(1),
        (Overlay::Help { scroll }, Action::Down) => *scroll = scroll.saturating_add(1),
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
            let today = state.now.format("%Y-%m-%d").to_string();
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
        (Overlay::Route { person, .. }, Action::Quick(n)) => {
            use crate::domain::coverage::Route;
            let unknown = state
                .intake
                .route_coverage
                .as_ref()
                .is_some_and(|(routes, _)| routes.is_empty());
            let route = [Route::Mutuelle, Route::None, Route::Unknown]
                .get(usize::from(n))
                .copied();
            if let (true, Some(route)) = (unknown, route) {
                return vec![Effect::QuickCoverage(person.id, route)];
            }
        }
        (Overlay::Route { ticket, .. }, Action::TicketToggle) => *ticket = !*ticket,
        (Overlay::Route { priority, .. }, Action::CyclePriority) => {
            *priority = match priority {
                Priority::Normal => Priority::Urgent,
                Priority::Urgent => Priority::Emergency,
                Priority::Emergency => Priority::Normal,
            };
        }
        (
            Overlay::Route {
                person,
                priority,
                note,
                ..
            },
            Action::PickNth(n),
        ) => {
            if let Some(service) = state.services.get(n) {
                return vec![Effect::Join {
                    person: person.code.clone(),
                    service: service.code.clone(),
                    priority: *priority,
                    note: Some(note.text().trim().to_string()).filter(|n| !n.is_empty()),
                }];
            }
        }
        (
            Overlay::Route {
                person, visited, ..
            },
            Action::Confirm,
        ) => {
            let effect = (!*visited).then_some(Effect::RecordVisit(person.id));
            state.overlays.pop();
            return effect.into_iter().collect();
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
    if state.lang == lang {
        return Vec::new();
    }
    state.lang = lang;
    vec![Effect::SetLanguage(lang)]
}

fn on_screen_key(state: &mut State, key: &KeyEvent) -> Vec<Effect> {
    if state.gate.is_some() || !state.role_allows(state.tab) {
        return Vec::new();
    }
    match state.tab {
        Tab::Intake => intake::on_key(state, key),
        Tab::Queues => crate::desk::screens::queues::on_key(state, key),
        Tab::Admin => crate::desk::screens::admin::on_key(state, key),
        Tab::Appointments => crate::desk::screens::appointments::on_key(state, key),
        Tab::Coverage => crate::desk::screens::coverage::on_key(state, key),
        Tab::Referrals if state.partners.queue.open => {
            crate::desk::screens::coverage::composer::on_queue_key(state, key)
        }
        Tab::Referrals => crate::desk::screens::referrals::on_key(state, key),
    }
}

#[cfg(test)]
mod tests;
