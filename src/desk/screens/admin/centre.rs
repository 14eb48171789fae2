//! The Admin screen's "Centre" section: the letterhead printed on letters, slips and tickets
//! (name, address, phone), kept in the site settings.

use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed};
use crate::desk::widgets::input::TextInput;
use crate::domain::site::Site;

/// The letterhead as typed: 0 name, 1 address, 2 phone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CentreForm {
    pub focus: usize,
    pub inputs: [TextInput; 3],
}

impl CentreForm {
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
            Some(Action::Up) => self.focus = self.focus.saturating_sub(1),
            Some(Action::Down) => self.focus = (self.focus + 1).min(2),
            Some(Action::Confirm) => return vec![Effect::SaveSite(Box::new(self.site()))],
            _ => {
                self.inputs[self.focus].handle(key);
            }
        }
        Vec::new()
    }
}
