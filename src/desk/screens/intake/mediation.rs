//! Alt+I on a person found at intake: they need an intercultural mediator, in their first
//! language; each press again asks in their next language, then in none.

use super::Intake;
use crate::desk::effect::Effect;
use crate::i18n::Msg;
use crate::store::Person;

/// The key on the chosen person: the next mark, or what to do first when the record has no
/// language to ask a mediator in.
pub fn mark(intake: &mut Intake) -> Vec<Effect> {
    let Some(person) = intake.results.get(intake.selected) else {
        return Vec::new();
    };
    if person.languages.is_empty() {
        intake.status = Some(Msg::new("mediation-no-languages").arg("code", person.code.clone()));
        return Vec::new();
    }
    let next = crate::domain::mediation::next_need(&person.languages, person.mediation.as_deref());
    vec![Effect::MarkNeed(person.id, next)]
}

/// The mark is saved: the person's row shows it, and the worker is told.
pub fn marked(intake: &mut Intake, person: Person) {
    intake.status = Some(marked_msg(&person));
    if let Some(row) = intake.results.iter_mut().find(|r| r.id == person.id) {
        *row = person;
    }
}

/// What the worker reads after a press: the language asked, or that none is.
pub fn marked_msg(person: &Person) -> Msg {
    let name = person.display_name().unwrap_or_else(|| person.code.clone());
    match &person.mediation {
        Some(lang) => Msg::new("mediation-marked")
            .arg("name", name)
            .arg("code", person.code.clone())
            .arg("lang", lang.as_str()),
        None => Msg::new("mediation-unmarked")
            .arg("name", name)
            .arg("code", person.code.clone()),
    }
}
