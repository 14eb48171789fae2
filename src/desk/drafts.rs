//! Half-filled forms survive a crash: the person form (registering or editing someone) and the
//! coverage route form are saved in the database (encrypted with it) as they change, at most
//! twice a second, and offered back to the same member of staff at the same desk when they next
//! log in. (The booking form is prefilled and five fields long: it is not kept.)

use crate::desk::effect::Effect;
pub use crate::desk::overlays::DraftForm;
use crate::desk::state::{Overlay, State, Tab};

/// The form being filled now, as it would be saved (`None`: nothing worth keeping).
fn current(state: &State) -> Option<String> {
    if let Some(f) = state.intake.form.as_ref().filter(|f| !f.is_blank()) {
        return Some(DraftForm::Person(Box::new(f.clone())).to_json());
    }
    state
        .coverage
        .form
        .as_ref()
        .filter(|f| !f.is_blank())
        .map(|f| DraftForm::Route(Box::new(f.clone())).to_json())
}

/// On each tick: save the form if it changed since the last save, forget it once closed.
pub fn on_tick(state: &mut State) -> Vec<Effect> {
    if state.ctx.session.is_none() || state.gate.is_some() {
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
pub fn offer(state: &mut State, form: DraftForm, saved_at: String) -> Vec<Effect> {
    if state.intake.form.is_some() || state.coverage.form.is_some() || state.gate.is_some() {
        return Vec::new();
    }
    state.draft_saved = Some(form.to_json());
    state.overlays.push(Overlay::Draft {
        form: Box::new(form),
        saved_at,
    });
    Vec::new()
}

/// Enter on the offer: the form is back where it was being filled.
pub fn take_back(state: &mut State, form: DraftForm) -> Vec<Effect> {
    match form {
        DraftForm::Person(f) => {
            state.tab = Tab::Intake;
            state.intake.form = Some(*f);
            Vec::new()
        }
        DraftForm::Route(f) => {
            state.tab = Tab::Coverage;
            let person = f.person_id;
            state.coverage.form = Some(*f);
            let mut effects = crate::desk::screens::coverage::load(&state.coverage);
            effects.push(Effect::LoadPersonCoverage(person));
            effects
        }
    }
}
