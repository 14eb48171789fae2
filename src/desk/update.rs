//! The one place where the state changes: `update(state, message) -> effects`.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use crate::desk::effect::Effect;
use crate::desk::keymap::{self, Action, Pressed, Scope};
use crate::desk::message::Message;
use crate::desk::screens::{appointments, intake};
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
            state.ctx.now = now;
            let mut effects = crate::desk::gate::on_tick(state);
            effects.extend(crate::desk::drafts::on_tick(state));
            effects
        }
        Message::Key(key) if key.kind == KeyEventKind::Release => Vec::new(),
        Message::Key(key) => {
            state.idle_since = state.ctx.now;
            on_key(state, &key)
        }
        Message::IndexReady(count) => intake::index_ready(&mut state.intake, count),
        Message::Services(list) => {
            state.ctx.services = list;
            let shown = state.tab == Tab::Queues;
            crate::desk::screens::queues::on_services(&mut state.queues, &state.ctx, shown)
        }
        Message::DataChanged => data_changed(state),
        Message::LoggedIn(outcome) => crate::desk::gate::on_login(state, outcome),
        Message::Draft { form, saved_at } => crate::desk::drafts::offer(state, *form, saved_at),
        Message::Failed(msg) => {
            state.notices.push(msg);
            Vec::new()
        }
        Message::Intake(reply) => {
            let mut effects = match &reply {
                intake::Reply::Joined(entry) => crate::desk::overlays::route::joined(state, entry),
                _ => Vec::new(),
            };
            let outcome = intake::on_msg(&mut state.intake, &state.ctx, reply);
            effects.extend(crate::desk::screens::follow(state, outcome));
            effects
        }
        Message::Queues(reply) => {
            crate::desk::screens::queues::on_msg(&mut state.queues, &state.ctx, reply)
        }
        Message::Appointments(reply) => {
            // A check-in from the "send to" window is told on the intake screen.
            if let (Tab::Intake, appointments::Reply::AppointmentChanged(msg)) = (state.tab, &reply)
            {
                intake::checked_in(&mut state.intake, msg.clone());
            }
            appointments::on_msg(&mut state.appointments, &state.ctx, reply)
        }
        Message::Coverage(reply) => {
            crate::desk::screens::coverage::on_msg(&mut state.coverage, reply)
        }
        Message::Referrals(reply) => {
            use crate::desk::screens::referrals::Reply;
            if let Reply::Partners(list) | Reply::PartnerSaved(list) = &reply {
                state.ctx.partners = list.clone();
            }
            crate::desk::screens::referrals::on_msg(&mut state.partners, reply)
        }
        Message::Admin(reply) => {
            // The letterhead names the site in the top bar too.
            if let crate::desk::screens::admin::Reply::Sections(
                crate::desk::screens::admin::staff::Reply::SiteSaved(site),
            ) = &reply
            {
                state.ctx.site_name = Some(site.name.clone()).filter(|n| !n.is_empty());
            }
            if let crate::desk::screens::admin::Reply::ServicesSaved(list) = &reply {
                state.ctx.services = list.clone();
            }
            crate::desk::screens::admin::on_msg(&mut state.admin, &state.ctx, reply)
        }
    }
}

/// Another desk changed the database: read again what this desk shows.
fn data_changed(state: &State) -> Vec<Effect> {
    let mut effects = vec![Effect::Reload];
    match state.tab {
        Tab::Queues => {
            effects.extend(crate::desk::screens::queues::load(
                &state.queues,
                &state.ctx,
            ));
            if state.queues.day.is_some() {
                effects.push(Effect::LoadDay);
            }
        }
        Tab::Appointments => effects.extend(appointments::load(&state.appointments, &state.ctx)),
        Tab::Coverage if state.coverage.person.is_none() && state.coverage.form.is_none() => {
            effects.extend(crate::desk::screens::coverage::load(&state.coverage));
        }
        Tab::Intake if !state.intake.search.text().trim().is_empty() => {
            effects.push(Effect::Search(state.intake.search.text().to_string()));
        }
        Tab::Coverage | Tab::Intake | Tab::Referrals | Tab::Admin => {}
    }
    effects
}

/// The scopes whose keys work now, most specific first: the window on top (with the desk's
/// own keys under it), or the gate, or the screen's state, then the desk's own keys. Key
/// handling, the hint bar and the help all read this one list.
pub fn scopes(state: &State) -> Vec<Scope> {
    scopes_under(state, state.overlays.len())
}

/// The scopes of the desk as it is under the `depth` lowest windows (what the help, itself a
/// window, lists: the keys of what it covers).
pub fn scopes_under(state: &State, depth: usize) -> Vec<Scope> {
    if let Some(top) = state.overlays[..depth.min(state.overlays.len())].last() {
        let mut scopes = overlay_scopes(state, top);
        scopes.push(Scope::Global);
        return scopes;
    }
    if state.gate.is_some() {
        // The gate's fields take every other key (Esc empties the field).
        return vec![Scope::Locked];
    }
    let mut scopes = if state.role_allows(state.tab) {
        crate::desk::screens::scopes(state)
    } else {
        Vec::new()
    };
    // Esc dismisses a notice, unless the screen's state takes Esc for itself (a form cancels).
    let esc = KeyEvent::from(KeyCode::Esc);
    if !state.notices.is_empty() && keymap::resolve(&scopes, &esc).is_none() {
        scopes.insert(0, Scope::Notice);
    }
    scopes.push(Scope::Global);
    scopes
}

/// What the hint bar offers now, in its order, each with its key as written there: the hinted
/// bindings of the active scopes. Under a window, its own keys only (the desk's keys still work
/// there, and F1 lists them).
pub fn hinted(state: &State) -> Vec<(&'static keymap::Binding, String)> {
    let windowed = !state.overlays.is_empty();
    keymap::shown(&scopes(state))
        .into_iter()
        .filter(|(b, _)| b.hint.is_some() && !(windowed && b.scope == Scope::Global))
        .map(|(b, keys)| {
            let key = match b.hint.and_then(|h| h.label) {
                Some(label) => label.to_string(),
                None => keys.first().map(keymap::label).unwrap_or_default(),
            };
            (b, key)
        })
        .collect()
}

/// The keys of the window on top.
fn overlay_scopes(state: &State, top: &Overlay) -> Vec<Scope> {
    match top {
        Overlay::Help { .. } => vec![Scope::Help],
        Overlay::Language { .. } => vec![Scope::Language],
        Overlay::Merge { .. } => vec![Scope::Merge],
        Overlay::Draft { .. } => vec![Scope::Draft],
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
            scopes
        }
    }
}

fn on_key(state: &mut State, key: &KeyEvent) -> Vec<Effect> {
    let hit = keymap::resolve(&scopes(state), key);
    let pressed = Pressed {
        event: *key,
        action: hit.map(|(_, action)| action),
    };
    match hit {
        Some((Scope::Global | Scope::Locked | Scope::Notice, action)) => apply(state, action),
        _ if !state.overlays.is_empty() => on_overlay_key(state, &pressed),
        _ if state.gate.is_some() => crate::desk::gate::on_key(state, key),
        // Esc with nothing to close does nothing (it is never typed).
        None if key.code == KeyCode::Esc => Vec::new(),
        _ if !state.role_allows(state.tab) => Vec::new(),
        _ => crate::desk::screens::on_key(state, &pressed),
    }
}

/// A key for the window on top: its own action, or text for the note of the "send to" window;
/// anything else is swallowed so nothing is typed into a hidden field.
fn on_overlay_key(state: &mut State, key: &Pressed) -> Vec<Effect> {
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
                Tab::Queues => {
                    return crate::desk::screens::queues::load(&state.queues, &state.ctx);
                }
                Tab::Appointments => return appointments::load(&state.appointments, &state.ctx),
                Tab::Coverage => return crate::desk::screens::coverage::load(&state.coverage),
                Tab::Admin => return crate::desk::screens::admin::staff::load(&state.admin.more),
                Tab::Referrals => return crate::desk::screens::referrals::load(),
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
            if let Some(service) = state.ctx.services.get(n) {
                return vec![Effect::Join {
                    person: person.id,
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
    if state.ctx.lang == lang {
        return Vec::new();
    }
    state.ctx.lang = lang;
    vec![Effect::SetLanguage(lang)]
}

#[cfg(test)]
mod tests;
