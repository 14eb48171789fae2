//! The controlled-drug register over the dose screen: what each product and batch holds, the
//! day's moves, the daily balance confirmed or corrected with a reason, a batch received. Only
//! for roles that see substance use ([`Area::Substance`]). Nothing is written before Enter in a
//! form; the runner writes, then the window shows the register read again.

use crossterm::event::KeyEvent;

use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::overlays::Overlay;
use crate::desk::state::State;
use crate::desk::widgets::input::TextInput;
use crate::domain::roles::Area;
use crate::i18n::Msg;
use crate::store::stock::{MoveRow, NewBatch, ProductBalance};
use crate::store::treatment::Product;

/// The window's state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Register {
    /// Every product on the list, with what it holds (`None`: no batch yet).
    pub rows: Vec<(Product, Option<ProductBalance>)>,
    pub moves: Vec<MoveRow>,
    /// The product chosen (index in `rows`).
    pub selected: usize,
    pub form: Option<Form>,
    /// What the last act said (done, or why not).
    pub status: Option<Msg>,
}

/// A form of the window: the fields in Tab order, the one with the focus.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub kind: FormKind,
    /// The product's code.
    pub product: String,
    pub fields: Vec<TextInput>,
    pub focus: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// Counted (mg), reason.
    Check,
    /// Lot, mg, expiry, strength (mg/ml or mg per unit).
    Receive,
}

impl FormKind {
    /// Message ids of the fields' labels, in Tab order.
    pub fn labels(self) -> &'static [&'static str] {
        match self {
            FormKind::Check => &["register-field-counted", "register-field-reason"],
            FormKind::Receive => &[
                "register-field-lot",
                "register-field-mg",
                "register-field-expires",
                "register-field-strength",
            ],
        }
    }
}

/// What the runner reports to the window.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The register as it is now, with what the act just done said.
    Loaded {
        rows: Vec<(Product, Option<ProductBalance>)>,
        moves: Vec<MoveRow>,
        said: Option<Msg>,
    },
    /// The act was refused: the form stays as it was, with the reason.
    Refused(Msg),
}

/// The window, empty until the register is read ([`Effect::LoadRegister`]).
pub fn open() -> Overlay {
    Overlay::Register(Box::default())
}

/// Whether the worker logged in may see the register.
pub fn allowed(state: &State) -> bool {
    state.ctx.can(Area::Substance)
}

/// Opens the window over what is shown, for a role that may see it, and asks for the register.
pub fn show(state: &mut State) -> Vec<Effect> {
    if !allowed(state) {
        return Vec::new();
    }
    state.overlays.push(open());
    vec![Effect::LoadRegister]
}

/// The keys of the window: its form's, or its list's.
pub fn scopes(r: &Register) -> Vec<Scope> {
    match r.form {
        Some(_) => vec![Scope::RegisterForm],
        None => vec![Scope::Register],
    }
}

fn top(state: &mut State) -> Option<&mut Register> {
    match state.overlays.last_mut() {
        Some(Overlay::Register(r)) => Some(r),
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
    let Some(r) = top(state) else {
        return Vec::new();
    };
    if r.form.is_some() {
        return form_key(r, key, today);
    }
    match key.action {
        Some(Action::Close) => {
            state.overlays.pop();
        }
        Some(Action::Up) => r.selected = r.selected.saturating_sub(1),
        Some(Action::Down) => r.selected = (r.selected + 1).min(r.rows.len().saturating_sub(1)),
        Some(Action::Confirm) => {
            if let Some((p, held)) = r.rows.get(r.selected) {
                let expected = held.as_ref().map_or(0.0, |h| h.mg);
                let counted = crate::domain::treatment::mg_text(expected);
                r.form = Some(Form {
                    kind: FormKind::Check,
                    product: p.code.clone(),
                    fields: vec![TextInput::with_text(&counted), TextInput::long()],
                    focus: 0,
                });
                r.status = None;
            }
        }
        Some(Action::NewPerson) => {
            if let Some((p, _)) = r.rows.get(r.selected) {
                let strength = p
                    .mg_per_ml
                    .map(crate::domain::treatment::mg_text)
                    .unwrap_or_default();
                r.form = Some(Form {
                    kind: FormKind::Receive,
                    product: p.code.clone(),
                    fields: vec![
                        TextInput::default(),
                        TextInput::default(),
                        TextInput::default(),
                        TextInput::with_text(&strength),
                    ],
                    focus: 0,
                });
                r.status = None;
            }
        }
        _ => {}
    }
    Vec::new()
}

fn form_key(r: &mut Register, key: &Pressed, today: chrono::NaiveDate) -> Vec<Effect> {
    let Some(form) = r.form.as_mut() else {
        return Vec::new();
    };
    let n = form.fields.len();
    match key.action {
        Some(Action::Close) => {
            r.form = None;
            r.status = None;
        }
        Some(Action::NextField) => form.focus = (form.focus + 1) % n,
        Some(Action::PrevField) => form.focus = (form.focus + n - 1) % n,
        Some(Action::Confirm) => match submit(form, r.rows.as_slice(), today) {
            Ok(effect) => return vec![effect],
            Err(msg) => r.status = Some(msg),
        },
        _ => {
            let event: &KeyEvent = key;
            if let Some(field) = form.fields.get_mut(form.focus) {
                field.handle(event);
            }
        }
    }
    Vec::new()
}

/// A quantity as typed at the desk: `60`, `2.5` or `2,5`.
fn number(text: &str) -> Option<f64> {
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
}

/// The form's effect, or why it cannot be sent as typed.
fn submit(
    form: &Form,
    rows: &[(Product, Option<ProductBalance>)],
    today: chrono::NaiveDate,
) -> Result<Effect, Msg> {
    let text = |i: usize| form.fields.get(i).map_or("", TextInput::text).trim();
    let bad = |i: usize| match (form.kind, i) {
        (FormKind::Receive, 3) => Msg::new("register-error-strength"),
        _ => Msg::new("register-error-number"),
    };
    match form.kind {
        FormKind::Check => {
            let counted = number(text(0)).ok_or_else(|| bad(0))?;
            let reason = Some(text(1).to_string()).filter(|r| !r.is_empty());
            Ok(Effect::CheckStock {
                product: form.product.clone(),
                counted,
                reason,
            })
        }
        FormKind::Receive => {
            let mg = number(text(1)).ok_or_else(|| bad(1))?;
            let expires = crate::domain::dates::read_date(text(2), today)
                .map_err(crate::i18n::words::date_error)?;
            let strength = match text(3) {
                "" => None,
                t => Some(number(t).ok_or_else(|| bad(3))?),
            };
            let syrup = rows
                .iter()
                .any(|(p, _)| p.code == form.product && p.form == "syrup");
            Ok(Effect::ReceiveBatch(Box::new(NewBatch {
                product: form.product.clone(),
                lot: text(0).to_string(),
                mg,
                expires,
                mg_per_ml: strength.filter(|_| syrup),
                mg_per_unit: strength.filter(|_| !syrup),
            })))
        }
    }
}

/// What the runner said: the window shows the register read again (the form closed), or the
/// refusal under the form.
pub fn on_reply(state: &mut State, reply: Reply) -> Vec<Effect> {
    let Some(r) = state.overlays.iter_mut().rev().find_map(|o| match o {
        Overlay::Register(r) => Some(r),
        _ => None,
    }) else {
        return Vec::new();
    };
    match reply {
        Reply::Loaded { rows, moves, said } => {
            r.rows = rows;
            r.moves = moves;
            r.selected = r.selected.min(r.rows.len().saturating_sub(1));
            if said.is_some() {
                r.form = None;
            }
            r.status = said;
        }
        Reply::Refused(msg) => r.status = Some(msg),
    }
    Vec::new()
}
