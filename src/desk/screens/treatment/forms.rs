//! The prescriber's decision and the new prescription, as the nurse copies them from the
//! prescriber's word or order: typed fields, a product picker; checked by the store.

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed};
use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::TextInput;
use crate::desk::widgets::picker::{self, Choice};
use crate::desk::widgets::typed_date;
use crate::domain::dates;
use crate::domain::treatment::{Refusal, TAKE_HOME_CEILING};
use crate::i18n::words::date_error;
use crate::i18n::{Lang, Localised, Msg};
use crate::store::treatment::{NewPrescription, PrescriptionRow, Product};

use super::TreatmentView;

/// The fields of the decision form, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionField {
    Prescriber,
    Decision,
    Mg,
}

/// A prescriber's decision being written down.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionForm {
    pub focus: Focus<DecisionField>,
    /// The text of each field, in [`DecisionForm::ORDER`].
    pub inputs: Vec<TextInput>,
    pub error: Option<Msg>,
}

impl DecisionForm {
    pub const ORDER: &'static [DecisionField] = &[
        DecisionField::Prescriber,
        DecisionField::Decision,
        DecisionField::Mg,
    ];
    pub const LABELS: [&'static str; 3] = [
        "dispensary-field-prescriber",
        "dispensary-field-decision",
        "dispensary-field-restart-mg",
    ];

    pub fn new() -> DecisionForm {
        DecisionForm {
            focus: Focus::first(Self::ORDER),
            inputs: vec![TextInput::default(); Self::ORDER.len()],
            error: None,
        }
    }
}

impl Default for DecisionForm {
    fn default() -> Self {
        Self::new()
    }
}

/// The fields of the prescription form, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrescriptionField {
    Product,
    Mg,
    Starts,
    Ends,
    Prescriber,
    TakeHomeDays,
    Note,
}

/// A new prescription being entered from the prescriber's order.
#[derive(Debug, Clone, PartialEq)]
pub struct PrescriptionForm {
    pub focus: Focus<PrescriptionField>,
    pub inputs: Vec<TextInput>,
    /// The products, named in the nurse's language.
    pub choices: Vec<Choice>,
    /// What was typed on the product field since it got the focus.
    pub typed: String,
    pub error: Option<Msg>,
}

impl PrescriptionForm {
    pub const ORDER: &'static [PrescriptionField] = &[
        PrescriptionField::Product,
        PrescriptionField::Mg,
        PrescriptionField::Starts,
        PrescriptionField::Ends,
        PrescriptionField::Prescriber,
        PrescriptionField::TakeHomeDays,
        PrescriptionField::Note,
    ];
    pub const LABELS: [&'static str; 7] = [
        "dispensary-field-product",
        "dispensary-field-mg",
        "dispensary-field-starts",
        "dispensary-field-ends",
        "dispensary-field-prescriber",
        "dispensary-field-take-home-days",
        "dispensary-field-note",
    ];

    /// An empty form: the product of the prescription running now, from today, no take-home.
    pub fn new(ctx: &Ctx, products: &[Product], current: Option<&PrescriptionRow>) -> Self {
        let mut inputs = vec![TextInput::default(); Self::ORDER.len()];
        let choices = product_choices(ctx.lang, products);
        let product = current
            .map(|p| p.product.clone())
            .or_else(|| choices.first().map(|c| c.code.clone()))
            .unwrap_or_default();
        inputs[0] = TextInput::with_text(&product);
        // A renewal starts the day after the current one ends; the prescriber and the
        // take-home days are the current ones. The dose is never copied: it is read from the
        // order each time.
        let today = ctx.now.date();
        let starts = current
            .and_then(|p| crate::store::treatment::read_day(&p.ends))
            .filter(|end| *end >= today)
            .and_then(|end| end.succ_opt())
            .unwrap_or(today);
        inputs[2] = TextInput::with_text(&typed_date(ctx.lang, &starts.to_string()));
        if let Some(name) = current.and_then(|p| p.prescriber.as_deref()) {
            inputs[4] = TextInput::with_text(name);
        }
        let take_home = current.map_or(0, |p| p.take_home_days);
        inputs[5] = TextInput::with_text(&take_home.to_string());
        PrescriptionForm {
            focus: Focus::first(Self::ORDER),
            inputs,
            choices,
            typed: String::new(),
            error: None,
        }
    }

    /// The prescription typed, or the field to fix and why.
    pub fn read(&self, today: chrono::NaiveDate) -> Result<NewPrescription, Field> {
        let t = |i: usize| crate::text::clean(self.inputs[i].text());
        let at = |f: PrescriptionField, msg: Msg| (f, msg);
        let product = t(0);
        if product.is_empty() {
            return Err(at(
                PrescriptionField::Product,
                Msg::new("dispensary-error-product"),
            ));
        }
        let mg = read_mg(&t(1)).ok_or_else(|| at(PrescriptionField::Mg, Refusal::BadDose.msg()))?;
        let starts = dates::read_date(&t(2), today)
            .map_err(|e| at(PrescriptionField::Starts, date_error(e)))?;
        let ends = match t(3) {
            e if e.is_empty() => None,
            e => Some(
                dates::read_date(&e, today)
                    .map_err(|e| at(PrescriptionField::Ends, date_error(e)))?,
            ),
        };
        let days = match t(5) {
            d if d.is_empty() => 0,
            d => d.parse::<u32>().map_err(|_| {
                let msg = Msg::new("dispensary-error-days").arg("ceiling", TAKE_HOME_CEILING);
                at(PrescriptionField::TakeHomeDays, msg)
            })?,
        };
        Ok(NewPrescription {
            product,
            mg,
            starts,
            ends,
            prescriber: Some(t(4)).filter(|p| !p.is_empty()),
            take_home_days: days,
            note: Some(t(6)).filter(|n| !n.is_empty()),
        })
    }
}

/// A field to fix, and why.
pub type Field = (PrescriptionField, Msg);

/// The products as choices, each by its name in `lang` (its message `product-<code>`, or the
/// names the centre gave a product it added).
pub fn product_choices(lang: Lang, products: &[Product]) -> Vec<Choice> {
    products
        .iter()
        .map(|p| Choice::new(&p.code, product_name(lang, p)))
        .collect()
}

/// A product's name in `lang`.
pub fn product_name(lang: Lang, p: &Product) -> String {
    let own: Option<String> =
        serde_json::from_str::<std::collections::BTreeMap<String, String>>(&p.names)
            .ok()
            .and_then(|names| names.get(lang.code()).cloned());
    own.unwrap_or_else(|| crate::i18n::tr_in(lang, &format!("product-{}", p.code)))
}

/// Milligrams as typed: `60`, `2.5` or `2,5`.
pub fn read_mg(text: &str) -> Option<f64> {
    let mg: f64 = text.trim().replace(',', ".").parse().ok()?;
    mg.is_finite().then_some(mg)
}

/// A key while one of the forms is open.
pub fn on_key(view: &mut TreatmentView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    let Some(person_id) = view.person_id else {
        return Vec::new();
    };
    if key.action == Some(Action::Close) {
        // Nothing typed is kept: Esc writes nothing.
        view.decision = None;
        view.prescription = None;
        return Vec::new();
    }
    if let Some(form) = view.decision.as_mut() {
        match key.action {
            Some(a @ (Action::NextField | Action::PrevField)) => {
                form.focus.step(a == Action::NextField, |_| false)
            }
            Some(Action::Confirm) => {
                let t = |i: usize| crate::text::clean(form.inputs[i].text());
                let mg = match t(2) {
                    m if m.is_empty() => None,
                    m => match read_mg(&m) {
                        Some(mg) => Some(mg),
                        None => {
                            form.focus.set(DecisionField::Mg);
                            form.error = Some(Refusal::BadDose.msg());
                            return Vec::new();
                        }
                    },
                };
                return vec![Effect::Decide {
                    person: person_id,
                    prescriber: t(0),
                    decision: t(1),
                    mg,
                }];
            }
            _ => {
                form.inputs[form.focus.index()].handle(key);
            }
        }
        return Vec::new();
    }
    let Some(form) = view.prescription.as_mut() else {
        return Vec::new();
    };
    match key.action {
        Some(a @ (Action::NextField | Action::PrevField)) => {
            form.focus.step(a == Action::NextField, |_| false);
            form.typed.clear();
        }
        Some(Action::Confirm) => match form.read(ctx.now.date()) {
            Ok(new) => return vec![Effect::Prescribe(person_id, Box::new(new))],
            Err((field, msg)) => {
                form.focus.set(field);
                form.error = Some(msg);
            }
        },
        None if form.focus.is(PrescriptionField::Product) => {
            let choices = form.choices.clone();
            picker::handle(&mut form.inputs[0], &mut form.typed, &choices, key);
        }
        _ => {
            form.inputs[form.focus.index()].handle(key);
        }
    }
    Vec::new()
}
