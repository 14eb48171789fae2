//! Half-filled forms survive a crash: the person form is saved in the database (encrypted with
//! it) as it changes, at most twice a second, and offered back to the same member of staff at
//! the same desk when they next log in.

use super::form::PersonForm;
use super::message::Effect;
use super::state::{Overlay, State, Tab};

/// The form being filled now, as it would be saved (`None`: nothing worth keeping).
fn current(state: &State) -> Option<String> {
    state
        .intake
        .form
        .as_ref()
        .filter(|f| !f.is_blank())
        .map(PersonForm::to_json)
}

/// On each tick: save the form if it changed since the last save, forget it once closed.
pub fn on_tick(state: &mut State) -> Vec<Effect> {
    if state.session.is_none() || state.gate.is_some() {
        return Vec::new();
    }
    let now = current(state);
    if now == state.draft_saved {
        return Vec::new();
    }
    state.draft_saved = now.clone();
    vec![Effect::SaveDraft(now)]
}

/// A draft found at login: offered back unless a form is already open.
pub fn offer(state: &mut State, form: PersonForm, saved_at: String) -> Vec<Effect> {
    if state.intake.form.is_some() || state.gate.is_some() {
        return Vec::new();
    }
    state.draft_saved = Some(form.to_json());
    state.tab = Tab::Intake;
    state.overlays.push(Overlay::Draft {
        form: Box::new(form),
        saved_at,
    });
    Vec::new()
}
