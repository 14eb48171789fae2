//! The counter's list over the Counter screen, for the coordinator ([`Area::ManageCounter`]):
//! the items with their keys, a new item (code, kind, key, exchange, names in the six
//! languages), an item renamed, re-keyed or taken off the list, and the naloxone batches with a
//! batch received. Nothing is written before Enter in a form (or the question after Delete);
//! the runner writes, then the window shows the list read again.

use crossterm::event::KeyCode;

use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::overlays::Overlay;
use crate::desk::state::State;
use crate::desk::widgets::input::TextInput;
use crate::domain::counter::KINDS;
use crate::domain::roles::Area;
use crate::i18n::{Lang, Msg};
use crate::store::counter::{Item, NaloxoneBatch, NewItem, NewNaloxoneBatch};

/// The window's state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CounterList {
    /// The items on the list, in its order.
    pub items: Vec<Item>,
    pub batches: Vec<NaloxoneBatch>,
    /// The item chosen (index in `items`).
    pub selected: usize,
    pub form: Option<Form>,
    /// "Take this item off the list?" (its code).
    pub removing: Option<String>,
    /// What the last act said (done, or why not).
    pub status: Option<Msg>,
}

/// What a form is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormKind {
    /// Code, key, names; the kind and exchange are `kind` and `exchange`.
    Add,
    /// The names of an item (its code).
    Rename(String),
    /// The key of an item (its code).
    Rekey(String),
    /// Lot, expiry, kits.
    Naloxone,
}

/// A form of the window: its text fields in Tab order, the one with the focus. In the add form
/// the kind and the exchange mark come after the code: ←→ and Space change them.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub kind: FormKind,
    pub fields: Vec<TextInput>,
    pub focus: usize,
    /// The kind of a new item (index in [`KINDS`]).
    pub item_kind: usize,
    /// A new item is given in exchange for used material.
    pub exchange: bool,
}

/// The languages of the names, in the order of their fields.
pub const NAME_LANGS: [Lang; 6] = [Lang::Fr, Lang::Nl, Lang::En, Lang::Ar, Lang::Ti, Lang::Pl];

/// In the add form: the code, the kind, the exchange mark, the key, then the names.
pub const ADD_KIND: usize = 1;
pub const ADD_EXCHANGE: usize = 2;
const ADD_NAMES: usize = 4;

impl Form {
    /// The labels' message ids, in Tab order (one per field).
    pub fn labels(&self) -> Vec<&'static str> {
        let names = NAME_LANGS.iter().map(|l| name_label(*l));
        match self.kind {
            FormKind::Add => [
                "counter-list-field-code",
                "counter-list-field-kind",
                "counter-list-field-exchange",
                "counter-list-field-key",
            ]
            .into_iter()
            .chain(names)
            .collect(),
            FormKind::Rename(_) => names.collect(),
            FormKind::Rekey(_) => vec!["counter-list-field-key"],
            FormKind::Naloxone => vec![
                "counter-list-field-lot",
                "counter-list-field-expires",
                "counter-list-field-kits",
            ],
        }
    }

    /// Whether the field at `i` is chosen rather than typed (the add form's kind and mark).
    pub fn is_choice(&self, i: usize) -> bool {
        self.kind == FormKind::Add && (i == ADD_KIND || i == ADD_EXCHANGE)
    }

    fn new(kind: FormKind, fields: Vec<TextInput>) -> Form {
        Form {
            kind,
            fields,
            focus: 0,
            item_kind: 0,
            exchange: true,
        }
    }
}

fn name_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "counter-list-field-name-fr",
        Lang::Nl => "counter-list-field-name-nl",
        Lang::En => "counter-list-field-name-en",
        Lang::Ar => "counter-list-field-name-ar",
        Lang::Ti => "counter-list-field-name-ti",
        Lang::Pl => "counter-list-field-name-pl",
    }
}

/// What the window asks the runner to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    Add(NewItem),
    Rename(String, std::collections::BTreeMap<String, String>),
    Rekey(String, String),
    Remove(String),
    Naloxone(NewNaloxoneBatch),
}

/// What the runner reports to the window.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The list as it is now, with what the act just done said.
    Loaded {
        items: Vec<Item>,
        batches: Vec<NaloxoneBatch>,
        said: Option<Msg>,
    },
    /// The act was refused: the form stays as it was, with the reason.
    Refused(Msg),
}

/// Whether the worker logged in may change the list.
pub fn allowed(state: &State) -> bool {
    state.ctx.can(Area::ManageCounter)
}

/// Opens the window over the Counter screen, for a role that may, and asks for the list.
pub fn show(state: &mut State) -> Vec<Effect> {
    if !allowed(state) {
        return Vec::new();
    }
    state.overlays.push(Overlay::CounterList(Box::default()));
    vec![Effect::LoadCounterList]
}

/// The keys of the window: its question's, its form's, or its list's.
pub fn scopes(l: &CounterList) -> Vec<Scope> {
    match (&l.removing, &l.form) {
        (Some(_), _) => vec![Scope::CounterAsk],
        (None, Some(_)) => vec![Scope::CounterListForm],
        (None, None) => vec![Scope::CounterList],
    }
}

fn top(state: &mut State) -> Option<&mut CounterList> {
    match state.overlays.last_mut() {
        Some(Overlay::CounterList(l)) => Some(l),
        _ => None,
    }
}

/// A key for the window on top.
pub fn on_key(state: &mut State, key: &Pressed) -> Vec<Effect> {
    let today = state.ctx.now.date();
    if !allowed(state) {
        state.overlays.pop();
        return Vec::new();
    }
    let Some(l) = top(state) else {
        return Vec::new();
    };
    if let Some(code) = l.removing.take() {
        return match key.action {
            Some(Action::Confirm) => vec![Effect::CounterList(Box::new(Act::Remove(code)))],
            Some(Action::Close) => Vec::new(),
            _ => {
                l.removing = Some(code);
                Vec::new()
            }
        };
    }
    if l.form.is_some() {
        return form_key(l, key, today);
    }
    let chosen = l.items.get(l.selected).cloned();
    l.status = None;
    match (key.action, chosen) {
        (Some(Action::Close), _) => {
            state.overlays.pop();
            // The screen beneath shows the list as it is now.
            return vec![Effect::LoadCounter];
        }
        (Some(Action::Up), _) => l.selected = l.selected.saturating_sub(1),
        (Some(Action::First), _) => l.selected = 0,
        (Some(Action::Last), _) => l.selected = l.items.len().saturating_sub(1),
        (Some(Action::Down), _) => {
            l.selected = (l.selected + 1).min(l.items.len().saturating_sub(1))
        }
        (Some(Action::NewPerson), _) => {
            l.form = Some(Form::new(
                FormKind::Add,
                (0..ADD_NAMES + NAME_LANGS.len())
                    .map(|_| TextInput::default())
                    .collect(),
            ))
        }
        (Some(Action::Edit), Some(item)) => {
            let names = NAME_LANGS
                .iter()
                .map(|lang| TextInput::with_text(item.names.get(lang.code()).map_or("", |n| n)))
                .collect();
            l.form = Some(Form::new(FormKind::Rename(item.code), names));
        }
        (Some(Action::Rekey), Some(item)) => {
            let key = item.key.map(String::from).unwrap_or_default();
            l.form = Some(Form::new(
                FormKind::Rekey(item.code),
                vec![TextInput::with_text(&key)],
            ));
        }
        (Some(Action::Remove), Some(item)) => l.removing = Some(item.code),
        (Some(Action::Receive), _) => {
            l.form = Some(Form::new(
                FormKind::Naloxone,
                vec![
                    TextInput::default(),
                    TextInput::default(),
                    TextInput::default(),
                ],
            ))
        }
        _ => {}
    }
    Vec::new()
}

fn form_key(l: &mut CounterList, key: &Pressed, today: chrono::NaiveDate) -> Vec<Effect> {
    let Some(form) = l.form.as_mut() else {
        return Vec::new();
    };
    let n = form.fields.len();
    match key.action {
        Some(Action::Close) => {
            l.form = None;
            l.status = None;
        }
        Some(Action::NextField) => form.focus = (form.focus + 1) % n,
        Some(Action::PrevField) => form.focus = (form.focus + n - 1) % n,
        Some(Action::Confirm) => match submit(form, today) {
            Ok(act) => return vec![Effect::CounterList(Box::new(act))],
            Err(msg) => l.status = Some(msg),
        },
        _ if form.is_choice(form.focus) => match (form.focus, key.code) {
            (ADD_KIND, KeyCode::Right) => form.item_kind = (form.item_kind + 1) % KINDS.len(),
            (ADD_KIND, KeyCode::Left) => {
                form.item_kind = (form.item_kind + KINDS.len() - 1) % KINDS.len()
            }
            (ADD_EXCHANGE, KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right) => {
                form.exchange = !form.exchange
            }
            _ => {}
        },
        _ => {
            if let Some(field) = form.fields.get_mut(form.focus) {
                field.handle(key);
            }
        }
    }
    Vec::new()
}

/// The names typed, by language code (empty ones left out: the item keeps its own there).
fn names(fields: &[TextInput]) -> std::collections::BTreeMap<String, String> {
    NAME_LANGS
        .iter()
        .zip(fields)
        .map(|(lang, f)| (lang.code().to_string(), f.text().trim().to_string()))
        .filter(|(_, n)| !n.is_empty())
        .collect()
}

/// The form's act, or why it cannot be sent as typed.
fn submit(form: &Form, today: chrono::NaiveDate) -> Result<Act, Msg> {
    let text = |i: usize| form.fields.get(i).map_or("", TextInput::text).trim();
    match &form.kind {
        FormKind::Add => Ok(Act::Add(NewItem {
            code: text(0).to_string(),
            kind: KINDS
                .get(form.item_kind)
                .copied()
                .unwrap_or("other")
                .to_string(),
            key: text(3).to_string(),
            exchange: form.exchange,
            names: names(&form.fields[ADD_NAMES..]),
        })),
        FormKind::Rename(code) => Ok(Act::Rename(code.clone(), names(&form.fields))),
        FormKind::Rekey(code) => Ok(Act::Rekey(code.clone(), text(0).to_string())),
        FormKind::Naloxone => {
            let expires = crate::domain::dates::read_date(text(1), today)
                .map_err(crate::i18n::words::date_error)?;
            let kits = text(2)
                .parse::<u32>()
                .ok()
                .filter(|k| (1..=10_000).contains(k))
                .ok_or_else(|| Msg::new("counter-list-error-kits").arg("kits", text(2)))?;
            Ok(Act::Naloxone(NewNaloxoneBatch {
                lot: text(0).to_string(),
                expires,
                kits,
            }))
        }
    }
}

/// What the runner said: the window shows the list read again (the form closed), or the
/// refusal under the form.
pub fn on_reply(state: &mut State, reply: Reply) -> Vec<Effect> {
    let Some(l) = state.overlays.iter_mut().rev().find_map(|o| match o {
        Overlay::CounterList(l) => Some(l),
        _ => None,
    }) else {
        return Vec::new();
    };
    match reply {
        Reply::Loaded {
            items,
            batches,
            said,
        } => {
            l.items = items;
            l.batches = batches;
            l.selected = l.selected.min(l.items.len().saturating_sub(1));
            if said.is_some() {
                l.form = None;
            }
            l.status = said;
        }
        Reply::Refused(msg) => l.status = Some(msg),
    }
    Vec::new()
}
