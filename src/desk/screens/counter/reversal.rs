//! The reversal report (Alt+R on the Counter screen): a person says a naloxone kit was used.
//! Everything is optional but the outcome, which defaults to "not known".

use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed};
use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::TextInput;
use crate::i18n::Msg;
use crate::store::counter::Outcome;

use super::CounterView;

/// The fields, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Kit,
    Person,
    On,
    Called,
    Outcome,
    Note,
}

pub const ORDER: &[Field] = &[
    Field::Kit,
    Field::Person,
    Field::On,
    Field::Called,
    Field::Outcome,
    Field::Note,
];

/// Emergency services called: not known, yes, no (←→ go round).
pub const CALLED: [Option<bool>; 3] = [None, Some(true), Some(false)];

/// What the runner is asked to record (the person by the code typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReversalAsk {
    pub kit_id: Option<i64>,
    pub person_code: Option<String>,
    pub happened_on: Option<chrono::NaiveDate>,
    pub emergency_called: Option<bool>,
    pub outcome: Outcome,
    pub note: Option<String>,
}

/// The form as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ReversalForm {
    pub focus: Focus<Field>,
    pub kit: TextInput,
    pub person: TextInput,
    pub on: TextInput,
    pub called: usize,
    pub outcome: Outcome,
    pub note: TextInput,
    pub error: Option<Msg>,
}

impl Default for ReversalForm {
    fn default() -> Self {
        ReversalForm {
            focus: Focus::first(ORDER),
            kit: TextInput::default(),
            person: TextInput::default(),
            on: TextInput::default(),
            called: 0,
            outcome: Outcome::Unknown,
            note: TextInput::default(),
            error: None,
        }
    }
}

impl ReversalForm {
    /// The message id of the "called" answer.
    pub fn called_id(&self) -> &'static str {
        match CALLED.get(self.called).copied().flatten() {
            None => "counter-called-unknown",
            Some(true) => "counter-called-yes",
            Some(false) => "counter-called-no",
        }
    }

    /// The form read, or why not.
    fn read(&self, today: chrono::NaiveDate) -> Result<ReversalAsk, Msg> {
        let kit = self.kit.text().trim();
        let kit_id =
            if kit.is_empty() {
                None
            } else {
                Some(kit.parse::<i64>().map_err(|_| {
                    Msg::new("counter-reversal-bad-kit").arg("text", kit.to_string())
                })?)
            };
        let on = self.on.text().trim();
        let happened_on =
            if on.is_empty() {
                None
            } else {
                Some(crate::domain::dates::read_date(on, today).map_err(|_| {
                    Msg::new("counter-reversal-bad-date").arg("text", on.to_string())
                })?)
            };
        let text = |t: &TextInput| Some(crate::text::clean(t.text())).filter(|s| !s.is_empty());
        Ok(ReversalAsk {
            kit_id,
            person_code: text(&self.person),
            happened_on,
            emergency_called: CALLED.get(self.called).copied().flatten(),
            outcome: self.outcome,
            note: text(&self.note),
        })
    }
}

/// A key in the form.
pub fn on_key(view: &mut CounterView, today: chrono::NaiveDate, key: &Pressed) -> Vec<Effect> {
    let Some(form) = view.reversal.as_mut() else {
        return Vec::new();
    };
    match key.action {
        Some(Action::Close) => view.reversal = None,
        Some(Action::NextField) => form.focus.step(true, |_| false),
        Some(Action::PrevField) => form.focus.step(false, |_| false),
        Some(Action::Confirm) => match form.read(today) {
            Ok(ask) => return vec![Effect::ReportReversal(Box::new(ask))],
            Err(msg) => form.error = Some(msg),
        },
        Some(Action::Left | Action::Right) if form.focus.is(Field::Called) => {
            let n = CALLED.len();
            form.called = if key.action == Some(Action::Right) {
                (form.called + 1) % n
            } else {
                (form.called + n - 1) % n
            };
        }
        Some(Action::Left | Action::Right) if form.focus.is(Field::Outcome) => {
            let all = Outcome::ALL;
            let at = all.iter().position(|o| *o == form.outcome).unwrap_or(0);
            let n = all.len();
            let next = if key.action == Some(Action::Right) {
                (at + 1) % n
            } else {
                (at + n - 1) % n
            };
            form.outcome = all[next];
        }
        _ => {
            let input = match form.focus.get() {
                Field::Kit => &mut form.kit,
                Field::Person => &mut form.person,
                Field::On => &mut form.on,
                Field::Note => &mut form.note,
                Field::Called | Field::Outcome => return Vec::new(),
            };
            input.handle(key);
        }
    }
    Vec::new()
}
