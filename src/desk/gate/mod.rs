//! The gate in front of the desk: the first start (site and first coordinator), logging in with
//! name and PIN, and the lock (after an idle time, or on one key) that hides person data until
//! a PIN is typed again.

pub mod form;
pub mod view;

pub use form::{Gate, GateField, GateKind};

pub use crate::desk::ctx::Session;
use crossterm::event::{KeyCode, KeyEvent};

use crate::desk::effect::Effect;
use crate::desk::state::State;
use crate::desk::widgets::input::TextInput;
use crate::i18n::Msg;

/// A key while the gate is up (the few keys of [`Scope::Locked`](crate::desk::keymap::Scope)
/// are the desk's, handled before).
pub fn on_key(state: &mut State, key: &KeyEvent) -> Vec<Effect> {
    let Some(gate) = state.gate.as_mut() else {
        return Vec::new();
    };
    if gate.checking {
        return Vec::new();
    }
    let at = gate.focus.index();
    let next_empty = gate.inputs.get(at + 1).is_some_and(TextInput::is_empty);
    match key.code {
        KeyCode::Tab | KeyCode::Down => gate.focus.step(true, |_| false),
        KeyCode::BackTab | KeyCode::Up => gate.focus.step(false, |_| false),
        // Enter goes on to the next field while it is empty, then logs in.
        KeyCode::Enter if next_empty => gate.focus.step(true, |_| false),
        KeyCode::Enter => return submit(gate),
        KeyCode::Esc => {
            gate.inputs[at].clear();
            gate.error = None;
        }
        _ => {
            if gate.inputs[at].handle(key) == crate::desk::widgets::input::Edit::Changed {
                gate.error = None;
            }
        }
    }
    Vec::new()
}

fn submit(gate: &mut Gate) -> Vec<Effect> {
    let name = gate.text(GateField::Name);
    let pin = gate
        .input(GateField::Pin)
        .map(|i| i.text().to_string())
        .unwrap_or_default();
    if name.is_empty() {
        gate.error = Some(Msg::new("staff-error-name"));
        gate.focus.set(GateField::Name);
        return Vec::new();
    }
    if gate.kind == GateKind::Setup {
        let again = gate
            .input(GateField::PinAgain)
            .map(|i| i.text().to_string())
            .unwrap_or_default();
        if let Err(e) = crate::store::staff::check_pin(&pin) {
            gate.error = Some(crate::i18n::Localised::msg(&e));
            gate.focus.set(GateField::Pin);
            return Vec::new();
        }
        if pin != again {
            gate.error = Some(Msg::new("staff-error-pins-differ"));
            if let Some(input) = gate.input_mut(GateField::PinAgain) {
                input.clear();
            }
            gate.focus.set(GateField::PinAgain);
            return Vec::new();
        }
        gate.checking = true;
        return vec![Effect::Setup {
            site: Box::new(gate.site()),
            name,
            pin,
        }];
    }
    gate.checking = true;
    vec![Effect::Login { name, pin }]
}

/// The outcome of a login or of the first start.
pub fn on_login(state: &mut State, outcome: Result<Session, Msg>) -> Vec<Effect> {
    let Some(gate) = state.gate.as_mut() else {
        return Vec::new();
    };
    gate.checking = false;
    match outcome {
        Err(msg) => {
            gate.error = Some(msg);
            let pins: Vec<usize> = (0..gate.inputs.len()).filter(|i| gate.is_pin(*i)).collect();
            for i in &pins {
                gate.inputs[*i].clear();
            }
            gate.focus.set(GateField::Pin);
            Vec::new()
        }
        Ok(session) => {
            if gate.kind == GateKind::Setup && !gate.text(GateField::Site).is_empty() {
                state.ctx.site_name = Some(gate.site().name);
            }
            let same = state
                .ctx
                .session
                .as_ref()
                .is_some_and(|s| s.name == session.name);
            if !same && state.ctx.session.is_some() {
                // Someone else takes over the desk: a clean desk, nothing of the last person's
                // work on screen (their half-filled forms stay saved as drafts).
                state.reset_screens();
            }
            // A mediator's work is who waits for one: their Queues screen opens on that list.
            if session.role == crate::domain::roles::Role::Mediator
                && state.queues.mediation.is_none()
            {
                state.queues.mediation = Some(Default::default());
            }
            state.ctx.session = Some(session);
            state.gate = None;
            state.idle_since = state.ctx.now;
            if !state.role_allows(state.tab) {
                state.tab = crate::desk::state::Tab::Intake;
            }
            let mut effects = vec![Effect::Reload, Effect::LoadDraft];
            if let Some(lang) = state.ctx.session.as_ref().and_then(|s| s.language)
                && lang != state.ctx.lang
                && !state.lang_asked
            {
                state.ctx.lang = lang;
                effects.insert(0, Effect::SetLanguage(lang));
            }
            effects
        }
    }
}

/// Locks the desk now: person data hidden until a PIN is typed.
pub fn lock(state: &mut State) -> Vec<Effect> {
    let Some(session) = &state.ctx.session else {
        return Vec::new();
    };
    if state.gate.is_some() {
        return Vec::new();
    }
    // Whoever comes next types their own name: the desk does not offer the last one's (another
    // worker taking over would have to clear it, and it is not for passers-by to read).
    let _ = session;
    state.gate = Some(Gate::login(GateKind::Locked, None));
    state.overlays.clear();
    vec![Effect::Locked]
}

/// Locks the desk when nobody touched it for the configured time.
pub fn on_tick(state: &mut State) -> Vec<Effect> {
    match state.lock_after {
        Some(after) if state.gate.is_none() && state.ctx.now - state.idle_since >= after => {
            lock(state)
        }
        _ => Vec::new(),
    }
}
