//! Windows drawn over the screens: help, language picker.

pub mod counter_list;
pub mod counter_list_view;
pub mod draft;
pub mod help;
pub mod keys;
pub mod language;
pub mod merge;
pub mod register;
pub mod register_view;
pub mod route;
pub mod tdi;
pub mod tdi_view;

use ratatui::layout::Rect;

use crate::desk::widgets::input::TextInput;
use crate::domain::queue::Priority;
use crate::store::Person;

/// A rectangle of at most `width`×`height`, centred in `area`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// A window over the screens; the last one of the stack gets the keys first.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Language {
        selected: usize,
    },
    /// "Same person?": merge `other` into `keep`, or remember they are different people.
    Merge {
        keep: Box<Person>,
        other: Box<Person>,
    },
    /// "Send to": put the person in a service's queue (a digit per service), or record the
    /// visit only. Nothing is written before one of those: Esc leaves everything as it was.
    Route {
        whom: Whom,
        priority: Priority,
        /// An optional note for the ticket ("wound dressing", "needs an interpreter").
        note: TextInput,
        /// Whether keys go to the note (Tab) rather than choose a service.
        editing_note: bool,
        /// Print a ticket for the receipt printer when the number is drawn.
        ticket: bool,
        /// The coverage answered for a person not registered yet (Alt+1…3), saved with them.
        coverage: Option<crate::domain::coverage::Route>,
        /// The mediator's language asked for a person not registered yet (Alt+I), saved with
        /// them; a person in the register carries their own mark.
        mediation: Option<String>,
    },
    /// The counter's list and naloxone batches (only for roles that manage the counter).
    CounterList(Box<counter_list::CounterList>),
    /// The controlled-drug register (only for roles that see substance use).
    Register(Box<register::Register>),
    /// "A form was left half-filled": take it back (Enter) or drop it (Esc).
    Draft {
        form: Box<DraftForm>,
        saved_at: String,
    },
    /// The TDI form of a person's new treatment episode.
    Tdi(Box<tdi::TdiForm>),
}

/// Whom the "send to" window is for.
#[derive(Debug, Clone, PartialEq)]
pub enum Whom {
    /// Someone in the register.
    Known(Box<Person>),
    /// Someone not registered yet (from the person form, or Alt+A with nothing): registered
    /// only when the worker sends them somewhere or records the visit.
    New(Box<crate::domain::person::Fields>),
}

impl Whom {
    /// The person in the register, if they are already.
    pub fn person(&self) -> Option<&Person> {
        match self {
            Whom::Known(p) => Some(p),
            Whom::New(_) => None,
        }
    }

    /// Their languages, most useful first (what a mediator may be asked in).
    pub fn languages(&self) -> &[String] {
        match self {
            Whom::Known(p) => &p.languages,
            Whom::New(f) => &f.languages,
        }
    }

    /// The language of their ticket, when the desk knows it.
    pub fn language(&self) -> Option<crate::i18n::Lang> {
        match self {
            Whom::Known(p) => p.language(),
            Whom::New(f) => f.languages.iter().find_map(|l| crate::i18n::Lang::parse(l)),
        }
    }
}

/// A form left half-filled.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftForm {
    Person(Box<crate::desk::screens::intake::form::PersonForm>),
    Route(Box<crate::desk::screens::coverage::RouteForm>),
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
            "person" => crate::desk::screens::intake::form::PersonForm::from_json(form)
                .map(|f| DraftForm::Person(Box::new(f))),
            "route" => crate::desk::screens::coverage::RouteForm::from_json(form)
                .map(|f| DraftForm::Route(Box::new(f))),
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
            DraftForm::Route(f) => crate::desk::screens::coverage::RouteForm::LABELS
                .iter()
                .zip(&f.inputs)
                .map(|(id, input)| (*id, input.text().to_string()))
                .filter(|(_, t)| !t.is_empty())
                .collect(),
        }
    }
}
