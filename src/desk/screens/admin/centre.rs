//! The Admin screen's "Centre" section: the letterhead printed on letters, slips and tickets
//! (name, address, phone), kept in the site settings.

use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed};
use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::TextInput;
use crate::domain::site::Site;

/// The fields of the letterhead, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CentreField {
    Name,
    Address,
    Phone,
}

/// The letterhead as typed: name, address, phone.
#[derive(Debug, Clone, PartialEq)]
pub struct CentreForm {
    pub focus: Focus<CentreField>,
    pub inputs: [TextInput; 3],
}

impl Default for CentreForm {
    fn default() -> CentreForm {
        CentreForm {
            focus: Focus::first(CentreForm::ORDER),
            inputs: Default::default(),
        }
    }
}

impl CentreForm {
    pub const ORDER: &'static [CentreField] =
        &[CentreField::Name, CentreField::Address, CentreField::Phone];

    pub const LABELS: [&'static str; 3] =
        ["site-field-name", "site-field-address", "site-field-phone"];

    pub fn fill(&mut self, site: &Site) {
        self.inputs = [
            TextInput::with_text(&site.name),
            TextInput::with_text(site.address.as_deref().unwrap_or("")),
            TextInput::with_text(site.phone.as_deref().unwrap_or("")),
        ];
    }

    fn site(&self) -> Site {
        let t = |i: usize| self.inputs[i].text().trim().to_string();
        let opt = |s: String| (!s.is_empty()).then_some(s);
        Site {
            name: t(0),
            address: opt(t(1)),
            phone: opt(t(2)),
        }
    }

    /// A key in the section: ↑↓ between the fields, Enter saves, the rest is typing.
    pub fn on_key(&mut self, key: &Pressed) -> Vec<Effect> {
        match key.action {
            // ↑↓ stop at the ends: the section has no other field to go round to.
            Some(Action::Up) if !self.focus.is(CentreField::Name) => {
                self.focus.step(false, |_| false)
            }
            Some(Action::Down) if !self.focus.is(CentreField::Phone) => {
                self.focus.step(true, |_| false)
            }
            Some(Action::Confirm) => return vec![Effect::SaveSite(Box::new(self.site()))],
            Some(Action::Up | Action::Down) => {}
            _ => {
                self.inputs[self.focus.index()].handle(key);
            }
        }
        Vec::new()
    }
}
