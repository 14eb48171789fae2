//! The staff form of the Admin screen: name (new accounts only), role, the languages spoken
//! with the people who come, PIN and PIN again (empty: unchanged).

use crossterm::event::KeyCode;

use super::staff::Sections;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed};
use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::TextInput;
use crate::domain::roles::Role;
use crate::i18n::Msg;
use crate::store::staff::StaffMember;

/// The fields of the staff form, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffField {
    Name,
    Role,
    /// The languages spoken with the people who come (codes: `ar, ti`).
    Speaks,
    Pin,
    PinAgain,
}

/// The staff form: name (new accounts only), role, languages spoken, PIN and PIN again
/// (empty: unchanged).
#[derive(Debug, Clone, PartialEq)]
pub struct StaffForm {
    /// The account being changed, or `None` for a new one.
    pub editing: Option<StaffMember>,
    pub role: Role,
    pub focus: Focus<StaffField>,
    /// Name, PIN, PIN again, languages spoken.
    pub inputs: [TextInput; 4],
    pub error: Option<Msg>,
}

impl StaffForm {
    pub const ORDER: &'static [StaffField] = &[
        StaffField::Name,
        StaffField::Role,
        StaffField::Speaks,
        StaffField::Pin,
        StaffField::PinAgain,
    ];

    /// The text typed in a field (the role is chosen, not typed).
    fn input_mut(&mut self, field: StaffField) -> Option<&mut TextInput> {
        match field {
            StaffField::Name => Some(&mut self.inputs[0]),
            StaffField::Role => None,
            StaffField::Pin => Some(&mut self.inputs[1]),
            StaffField::PinAgain => Some(&mut self.inputs[2]),
            StaffField::Speaks => Some(&mut self.inputs[3]),
        }
    }

    /// The name of an account being changed cannot be changed.
    fn hidden(&self, field: StaffField) -> bool {
        field == StaffField::Name && self.editing.is_some()
    }

    pub fn new(editing: Option<StaffMember>) -> StaffForm {
        let role = editing.as_ref().map_or(Role::Reception, |m| m.role);
        StaffForm {
            focus: if editing.is_some() {
                Focus::on(StaffForm::ORDER, StaffField::Role)
            } else {
                Focus::first(StaffForm::ORDER)
            },
            inputs: [
                TextInput::with_text(editing.as_ref().map_or("", |m| m.name.as_str())),
                TextInput::default(),
                TextInput::default(),
                TextInput::with_text(
                    &editing
                        .as_ref()
                        .map_or(String::new(), |m| m.speaks.join(", ")),
                ),
            ],
            editing,
            role,
            error: None,
        }
    }
}

/// A key in the staff form.
pub fn on_key(more: &mut Sections, key: &Pressed) -> Vec<Effect> {
    let Some(form) = more.staff_form.as_mut() else {
        return Vec::new();
    };
    match key.action {
        Some(Action::Close) => more.staff_form = None,
        Some(action @ (Action::NextField | Action::PrevField)) => {
            let mut focus = form.focus;
            focus.step(action == Action::NextField, |f| form.hidden(f));
            form.focus = focus;
        }
        Some(Action::Confirm) => {
            let pin = form.inputs[1].text().to_string();
            let again = form.inputs[2].text().to_string();
            let new = form.editing.is_none();
            let Some(speaks) = crate::domain::person::read_languages(form.inputs[3].text()) else {
                form.error = Some(Msg::new("staff-error-speaks"));
                form.focus.set(StaffField::Speaks);
                return Vec::new();
            };
            let checked = if pin.is_empty() && again.is_empty() && !new {
                Ok(None)
            } else if let Err(e) = crate::store::staff::check_pin(&pin) {
                Err(crate::i18n::Localised::msg(&e))
            } else if pin != again {
                Err(Msg::new("staff-error-pins-differ"))
            } else {
                Ok(Some((pin, again)))
            };
            match checked {
                Err(msg) => form.error = Some(msg),
                Ok(pin) => {
                    return vec![Effect::SaveStaff {
                        name: form.inputs[0].text().trim().to_string(),
                        role: form.role,
                        active: form.editing.as_ref().is_none_or(|m| m.active),
                        pin,
                        speaks,
                        new,
                    }];
                }
            }
        }
        _ if form.focus.is(StaffField::Role) && !key.pasted => {
            let i = Role::ALL.iter().position(|r| *r == form.role).unwrap_or(0);
            let n = Role::ALL.len();
            match key.code {
                KeyCode::Char(' ') | KeyCode::Right => form.role = Role::ALL[(i + 1) % n],
                KeyCode::Left => form.role = Role::ALL[(i + n - 1) % n],
                _ => {}
            }
        }
        _ => {
            if let Some(input) = form.input_mut(form.focus.get()) {
                input.handle(key);
            }
            form.error = None;
        }
    }
    Vec::new()
}
