//! The gate's fields: the first start (site, name, PIN twice) or a login (name, PIN).

use crate::desk::widgets::input::TextInput;
use crate::i18n::Msg;

/// Which gate is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateKind {
    /// An empty database: name the site, make the first coordinator.
    Setup,
    Login,
    /// The desk is locked; the person who locked it, or anyone else, logs in.
    Locked,
}

/// The gate's form. Setup: site, name, PIN, PIN again. Login and lock: name, PIN.
#[derive(Debug, Clone, PartialEq)]
pub struct Gate {
    pub kind: GateKind,
    pub inputs: Vec<TextInput>,
    pub focus: usize,
    pub error: Option<Msg>,
    /// A login is being checked: keys wait.
    pub checking: bool,
}

impl Gate {
    pub fn setup(site: Option<&str>) -> Gate {
        Gate {
            kind: GateKind::Setup,
            inputs: vec![
                TextInput::with_text(site.unwrap_or("")),
                TextInput::default(),
                TextInput::default(),
                TextInput::default(),
            ],
            focus: usize::from(site.is_some_and(|s| !s.is_empty())),
            error: None,
            checking: false,
        }
    }

    pub fn login(kind: GateKind, name: Option<&str>) -> Gate {
        Gate {
            kind,
            inputs: vec![
                TextInput::with_text(name.unwrap_or("")),
                TextInput::default(),
            ],
            focus: usize::from(name.is_some()),
            error: None,
            checking: false,
        }
    }

    /// Message ids of the fields' labels.
    pub fn labels(&self) -> &'static [&'static str] {
        match self.kind {
            GateKind::Setup => &["setup-site", "login-name", "login-pin", "setup-pin-again"],
            _ => &["login-name", "login-pin"],
        }
    }

    /// Whether field `i` holds a PIN (shown as dots).
    pub fn is_pin(&self, i: usize) -> bool {
        match self.kind {
            GateKind::Setup => i >= 2,
            _ => i == 1,
        }
    }

    pub(super) fn text(&self, i: usize) -> String {
        self.inputs[i].text().trim().to_string()
    }
}
