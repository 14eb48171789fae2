//! The gate's fields: the first start (the centre's name, address and phone; the first
//! coordinator's name and PIN twice) or a login (name, PIN).

use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::TextInput;
use crate::domain::site::Site;
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

/// The fields of the gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateField {
    Site,
    /// The centre's address and phone, for its letterhead (optional).
    Address,
    Phone,
    Name,
    Pin,
    PinAgain,
}

impl GateField {
    /// A PIN is shown as dots.
    pub fn is_pin(self) -> bool {
        matches!(self, GateField::Pin | GateField::PinAgain)
    }
}

/// The first start's fields, in Tab order.
pub const SETUP: &[GateField] = &[
    GateField::Site,
    GateField::Address,
    GateField::Phone,
    GateField::Name,
    GateField::Pin,
    GateField::PinAgain,
];
/// A login's (and the lock's) fields.
pub const LOGIN: &[GateField] = &[GateField::Name, GateField::Pin];

/// The gate's form. Setup: centre, address, phone, name, PIN, PIN again. Login and lock:
/// name, PIN. `inputs` holds the text of each field of `focus`'s order.
#[derive(Debug, Clone, PartialEq)]
pub struct Gate {
    pub kind: GateKind,
    pub inputs: Vec<TextInput>,
    pub focus: Focus<GateField>,
    pub error: Option<Msg>,
    /// A login is being checked: keys wait.
    pub checking: bool,
}

impl Gate {
    /// The first start, with the centre's name if it is already known.
    pub fn setup(site: Option<&str>) -> Gate {
        Gate::setup_for(&Site {
            name: site.unwrap_or("").to_string(),
            ..Site::default()
        })
    }

    /// The first start, with what is already known of the letterhead (`seuil site` may have
    /// set it before the first desk opened).
    pub fn setup_for(site: &Site) -> Gate {
        let text = |v: &Option<String>| TextInput::with_text(v.as_deref().unwrap_or(""));
        Gate {
            kind: GateKind::Setup,
            inputs: vec![
                TextInput::with_text(&site.name),
                text(&site.address),
                text(&site.phone),
                TextInput::default(),
                TextInput::default(),
                TextInput::default(),
            ],
            focus: if !site.name.is_empty() {
                Focus::on(SETUP, GateField::Name)
            } else {
                Focus::first(SETUP)
            },
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
            focus: if name.is_some() {
                Focus::on(LOGIN, GateField::Pin)
            } else {
                Focus::first(LOGIN)
            },
            error: None,
            checking: false,
        }
    }

    /// Message ids of the fields' labels.
    pub fn labels(&self) -> &'static [&'static str] {
        match self.kind {
            GateKind::Setup => &[
                "setup-site",
                "setup-address",
                "setup-phone",
                "login-name",
                "login-pin",
                "setup-pin-again",
            ],
            _ => &["login-name", "login-pin"],
        }
    }

    /// The fields of this gate, in order.
    pub fn order(&self) -> &'static [GateField] {
        match self.kind {
            GateKind::Setup => SETUP,
            _ => LOGIN,
        }
    }

    /// Whether field `i` (in order) holds a PIN (shown as dots).
    pub fn is_pin(&self, i: usize) -> bool {
        self.order().get(i).is_some_and(|f| f.is_pin())
    }

    /// The text of a field, trimmed (empty if this gate has no such field).
    pub(super) fn text(&self, field: GateField) -> String {
        self.input(field)
            .map(|i| i.text().trim().to_string())
            .unwrap_or_default()
    }

    /// The letterhead as typed at the first start; address and phone may stay empty.
    pub(super) fn site(&self) -> Site {
        let given = |field| Some(self.text(field)).filter(|t| !t.is_empty());
        Site {
            name: self.text(GateField::Site),
            address: given(GateField::Address),
            phone: given(GateField::Phone),
        }
    }

    pub(super) fn input(&self, field: GateField) -> Option<&TextInput> {
        let i = self.order().iter().position(|f| *f == field)?;
        self.inputs.get(i)
    }

    pub(super) fn input_mut(&mut self, field: GateField) -> Option<&mut TextInput> {
        let i = self.order().iter().position(|f| *f == field)?;
        self.inputs.get_mut(i)
    }
}
