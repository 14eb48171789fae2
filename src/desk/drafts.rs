//! Half-filled forms survive a crash: the person form (registering or editing someone) and the
//! coverage route form are saved in the database (encrypted with it) as they change, at most
//! twice a second, and offered back to the same member of staff at the same desk when they next
//! log in. (The booking form is prefilled and five fields long: it is not kept.)

use crate::desk::effect::Effect;
use crate::desk::screens::coverage::RouteForm;
use crate::desk::screens::intake::form::PersonForm;
use crate::desk::state::{Overlay, State, Tab};

/// A form left half-filled.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftForm {
    Person(Box<PersonForm>),
    Route(Box<RouteForm>),
}

impl DraftForm {
    /// As kept in the database.
    pub fn to_json(&self) -> String {
        let (kind, form) = match self {
            DraftForm::Person(f) => ("person", f.to_json()),
            DraftForm::Route(f) => ("route", f.to_json()),
        };
        serde_json::json!({ "kind": kind, "form": form }).to_string()
    }

    /// Read back from [`DraftForm::to_json`]; `None` if the text is not such a form.
    pub fn from_json(json: &str) -> Option<DraftForm> {
        let v: serde_json::Value = serde_json::from_str(json).ok()?;
        let form = v.get("form")?.as_str()?;
        match v.get("kind")?.as_str()? {
            "person" => PersonForm::from_json(form).map(|f| DraftForm::Person(Box::new(f))),
            "route" => RouteForm::from_json(form).map(|f| DraftForm::Route(Box::new(f))),
            _ => None,
        }
    }

    /// Message ids of the labels and the texts typed, for the offer.
    pub fn filled(&self) -> Vec<(&'static str, String)> {
        match self {
            DraftForm::Person(f) => crate::desk::screens::intake::form::ORDER
                .iter()
                .map(|field| ((*field).message_id(), f.input(*field).text().to_string()))
                .filter(|(_, t)| !t.is_empty())
                .collect(),
            DraftForm::Route(f) => RouteForm::LABELS
                .iter()
                .zip(&f.inputs)
                .map(|(id, input)| (*id, input.text().to_string()))
                .filter(|(_, t)| !t.is_empty())
                .collect(),
        }
    }
}

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
