//! The route form of the Coverage screen: route, state, commune, dates, validity, reference.

use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::TextInput;
use crate::desk::widgets::picker::Choice;
use crate::desk::widgets::typed_date;
use crate::domain::coverage::{Coverage, Route, State as RouteState};
use crate::domain::dates;
use crate::i18n::words::date_error;
use crate::i18n::{Lang, Msg};
use crate::store::coverage::{CoverageInput, CoverageRow};
use chrono::NaiveDate;

/// The fields of the route form, in Tab order (each has its text in `inputs`, same order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteField {
    Route,
    State,
    Commune,
    Requested,
    Acknowledged,
    Decided,
    Notified,
    ValidFrom,
    ValidUntil,
    Reference,
    Fund,
    Note,
}

impl RouteField {
    /// The file reference and the free note are coverage notes, not for every role.
    pub fn is_note(self) -> bool {
        matches!(self, RouteField::Reference | RouteField::Note)
    }
}

/// The route form: route, state, commune, four dates, validity, reference.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteForm {
    pub person_id: i64,
    pub focus: Focus<RouteField>,
    /// The text of each field, in [`RouteForm::ORDER`].
    pub inputs: Vec<TextInput>,
    pub error: Option<Msg>,
    /// What was typed on a coded field (route, state, commune) since it got the focus.
    pub typed: String,
}

impl RouteForm {
    pub const ORDER: &'static [RouteField] = &[
        RouteField::Route,
        RouteField::State,
        RouteField::Commune,
        RouteField::Requested,
        RouteField::Acknowledged,
        RouteField::Decided,
        RouteField::Notified,
        RouteField::ValidFrom,
        RouteField::ValidUntil,
        RouteField::Reference,
        RouteField::Fund,
        RouteField::Note,
    ];
    pub const FIELDS: usize = RouteForm::ORDER.len();
    /// Message ids of the fields' labels, in order.
    pub const LABELS: [&'static str; 12] = [
        "field-route",
        "field-state",
        "field-commune-cpas",
        "field-requested",
        "field-acknowledged",
        "field-decided",
        "field-notified",
        "field-valid-from",
        "field-valid-until",
        "field-reference",
        "field-fund",
        "field-note",
    ];

    /// The form as JSON, kept as a draft while it is being filled.
    pub fn to_json(&self) -> String {
        serde_json::json!({
            "person_id": self.person_id,
            "focus": self.focus.index(),
            "fields": self.inputs.iter().map(TextInput::text).collect::<Vec<_>>(),
        })
        .to_string()
    }

    /// A form read back from [`RouteForm::to_json`].
    pub fn from_json(json: &str) -> Option<RouteForm> {
        let v: serde_json::Value = serde_json::from_str(json).ok()?;
        let mut form = RouteForm::new(v.get("person_id")?.as_i64()?, None, Lang::DEFAULT);
        for (input, text) in form.inputs.iter_mut().zip(v.get("fields")?.as_array()?) {
            *input = TextInput::with_text(text.as_str().unwrap_or(""));
        }
        let at = v
            .get("focus")
            .and_then(serde_json::Value::as_u64)
            .and_then(|f| usize::try_from(f).ok())
            .unwrap_or(0);
        form.focus = Focus::at_index(RouteForm::ORDER, at);
        Some(form)
    }

    /// Whether nothing was typed.
    pub fn is_blank(&self) -> bool {
        self.inputs.iter().all(TextInput::is_empty)
    }

    /// A form for a new route, or filled from a stored one (its dates as `lang` writes them).
    pub fn new(person_id: i64, row: Option<&CoverageRow>, lang: Lang) -> RouteForm {
        let mut inputs = vec![TextInput::default(); RouteForm::FIELDS];
        if let Some(r) = row {
            let c = &r.coverage;
            let date = |d: Option<NaiveDate>| {
                d.map(|d| typed_date(lang, &d.to_string()))
                    .unwrap_or_default()
            };
            let values = [
                c.route.map(|x| x.code().to_string()).unwrap_or_default(),
                c.state.map(|x| x.code().to_string()).unwrap_or_default(),
                c.commune.clone().unwrap_or_default(),
                date(c.requested),
                date(c.acknowledged),
                date(c.decided),
                date(c.notified),
                date(c.valid_from),
                date(c.valid_until),
                r.reference.clone().unwrap_or_default(),
                r.fund.clone().unwrap_or_default(),
                r.note.clone().unwrap_or_default(),
            ];
            for (i, v) in values.iter().enumerate() {
                inputs[i] = TextInput::with_text(v);
            }
        }
        RouteForm {
            person_id,
            focus: Focus::first(RouteForm::ORDER),
            inputs,
            error: None,
            typed: String::new(),
        }
    }

    /// The choices of a coded field, named in `lang`; `None` for a field that is typed.
    pub fn choices(field: RouteField, lang: crate::i18n::Lang) -> Option<Vec<Choice>> {
        use crate::i18n::tr_in;
        Some(match field {
            RouteField::Route => Route::ALL
                .iter()
                .map(|r| Choice::new(r.code(), tr_in(lang, r.message_id())))
                .collect(),
            RouteField::State => RouteState::ALL
                .iter()
                .map(|s| Choice::new(s.code(), tr_in(lang, s.message_id())))
                .collect(),
            // Each commune by its name in the worker's language (Dutch, or else French),
            // found also by the other name and its postcodes.
            RouteField::Commune => crate::domain::communes::COMMUNES
                .iter()
                .map(|c| {
                    let (name, other) = if lang == crate::i18n::Lang::Nl {
                        (c.nl, c.fr)
                    } else {
                        (c.fr, c.nl)
                    };
                    let mut also = vec![other.to_string()];
                    also.extend(c.postcodes.iter().map(|p| p.to_string()));
                    Choice {
                        also,
                        ..Choice::new(c.key, name.to_string())
                    }
                })
                .collect(),
            _ => return None,
        })
    }

    /// Reads the form, or says which field is wrong and why; the dates are read as every date
    /// of the desk is ([`dates::read_date`]), their consistency is checked by the rules when
    /// saving.
    pub fn read(&self, today: NaiveDate) -> Result<CoverageInput, (RouteField, Msg)> {
        let t = |i: usize| self.inputs[i].text().trim().to_string();
        let route = Route::parse(&t(0))
            .ok_or_else(|| (RouteField::Route, Msg::new("coverage-error-route")))?;
        let state = match t(1).as_str() {
            "" => None,
            s => Some(
                RouteState::parse(s)
                    .ok_or_else(|| (RouteField::State, Msg::new("coverage-error-state")))?,
            ),
        };
        let commune = match t(2).as_str() {
            "" => None,
            c => Some(
                crate::domain::communes::find(c)
                    .ok_or_else(|| {
                        let msg = Msg::new("coverage-error-commune").arg("commune", c);
                        (RouteField::Commune, msg)
                    })?
                    .key
                    .to_string(),
            ),
        };
        let mut dates = [None; 6];
        for (k, i) in (3..9).enumerate() {
            let v = t(i);
            if !v.is_empty() {
                let read = dates::read_date(&v, today);
                dates[k] = Some(read.map_err(|e| (RouteForm::ORDER[i], date_error(e)))?);
            }
        }
        Ok(CoverageInput {
            coverage: Coverage {
                route: Some(route),
                state,
                commune,
                requested: dates[0],
                acknowledged: dates[1],
                decided: dates[2],
                notified: dates[3],
                valid_from: dates[4],
                valid_until: dates[5],
            },
            reference: Some(t(9)).filter(|r| !r.is_empty()),
            fund: Some(t(10)).filter(|r| !r.is_empty()),
            note: Some(t(11)).filter(|r| !r.is_empty()),
        })
    }
}
