//! The gate in front of the desk: the first start (site and first coordinator), logging in with
//! name and PIN, and the lock (after an idle time, or on one key) that hides person data until
//! a PIN is typed again.

pub mod form;
pub mod view;

pub use form::{Gate, GateKind};

pub use crate::desk::ctx::Session;
use crossterm::event::{KeyCode, KeyEvent};

use crate::desk::effect::Effect;
use crate::desk::screens::intake::form::step;
use crate::desk::state::State;
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
    let n = gate.inputs.len();
    match key.code {
        KeyCode::Tab | KeyCode::Down => gate.focus = step(gate.focus, n, true),
        KeyCode::BackTab | KeyCode::Up => gate.focus = step(gate.focus, n, false),
        KeyCode::Enter if gate.focus + 1 < n && gate.inputs[gate.focus + 1].is_empty() => {
            gate.focus += 1;
        }
        KeyCode::Enter => return submit(gate),
        KeyCode::Esc => {
            gate.inputs[gate.focus].clear();
            gate.error = None;
        }
        _ => {
            if gate.inputs[gate.focus].handle(key) == crate::desk::widgets::input::Edit::Changed {
                gate.error = None;
            }
        }
    }
    Vec::new()
}

fn submit(gate: &mut Gate) -> Vec<Effect> {
    let pin_field = if gate.kind == GateKind::Setup { 2 } else { 1 };
    let name = gate.text(pin_field - 1);
    let pin = gate.inputs[pin_field].text().to_string();
    if name.is_empty() {
        gate.error = Some(Msg::new("staff-error-name"));
        gate.focus = pin_field - 1;
        return Vec::new();
    }
    if gate.kind == GateKind::Setup {
        let again = gate.inputs[3].text().to_string();
        if let Err(e) = crate::store::staff::check_pin(&pin) {
            gate.error = Some(crate::i18n::Localised::msg(&e));
            gate.focus = 2;
            return Vec::new();
        }
        if pin != again {
            gate.error = Some(Msg::new("staff-error-pins-differ"));
            gate.inputs[3].clear();
            gate.focus = 3;
            return Vec::new();
        }
        gate.checking = true;
        return vec![Effect::Setup {
            site: gate.text(0),
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
            gate.focus = pins.first().copied().unwrap_or(0);
            Vec::new()
        }
        Ok(session) => {
            if gate.kind == GateKind::Setup && !gate.text(0).is_empty() {
                state.ctx.site_name = Some(gate.text(0));
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
            state.ctx.session = Some(session);
            state.gate = None;
            state.idle_since = state.ctx.now;
            if !state.role_allows(state.tab) {
                state.tab = crate::desk::state::Tab::Intake;
            }
            let mut effects = vec![Effect::Reload, Effect::LoadDraft];
            if let Some(lang) = state.ctx.session.as_ref().and_then(|s| s.language)
                && lang != state.ctx.lang
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
    state.gate = Some(Gate::login(GateKind::Locked, Some(&session.name)));
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
