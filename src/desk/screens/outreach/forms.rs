//! The forms of the Outreach screen: starting a session (a place found or new, its kind, the
//! day, which may be an earlier one entered back at the site, the team and who was there), a
//! vaccination (the lot is required), care and referral.

use super::steps::Step;
use super::{Next, OutreachView};
use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed};
use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::TextInput;
use crate::domain::outreach::{PLACE_KINDS, place_name};
use crate::i18n::Msg;
use crate::store::outreach::{NewSession, NewVaccination, Place, matching_places};

/// The fields of the session form, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartField {
    Place,
    Kind,
    Commune,
    Day,
    Team,
    Staff,
}

/// A session being started.
#[derive(Debug, Clone, PartialEq)]
pub struct StartForm {
    pub focus: Focus<StartField>,
    pub place: TextInput,
    /// The place chosen among those matching (`None`: the name typed, a new place).
    pub chosen: Option<usize>,
    /// The kind of a new place (index in [`PLACE_KINDS`]).
    pub kind: usize,
    /// The commune of a new place (name or postcode), optional.
    pub commune: TextInput,
    /// The day of the session, as the interface language writes dates (today unless changed).
    pub day: TextInput,
    pub team: TextInput,
    /// Who was there, separated by commas (the worker logged in to begin with).
    pub staff: TextInput,
    pub error: Option<Msg>,
}

impl StartForm {
    pub const ORDER: &'static [StartField] = &[
        StartField::Place,
        StartField::Kind,
        StartField::Commune,
        StartField::Day,
        StartField::Team,
        StartField::Staff,
    ];

    /// An empty form for today, with the worker logged in as present.
    pub fn new(ctx: &Ctx) -> StartForm {
        let today = ctx.now.date().format("%Y-%m-%d").to_string();
        let me = ctx.session.as_ref().map(|s| s.name.as_str()).unwrap_or("");
        StartForm {
            focus: Focus::first(Self::ORDER),
            place: TextInput::default(),
            chosen: None,
            kind: 0,
            commune: TextInput::default(),
            day: TextInput::with_text(&crate::desk::widgets::typed_date(ctx.lang, &today)),
            team: TextInput::default(),
            staff: TextInput::with_text(me),
            error: None,
        }
    }

    /// The place the session will be at, when it is one of the register's: chosen with ↑↓,
    /// or its name typed in full.
    pub fn known_place<'a>(&self, places: &'a [Place]) -> Option<&'a Place> {
        let matches = self.matches(places, SHOWN_PLACES);
        let typed = self.place.text().trim().to_lowercase();
        self.chosen
            .and_then(|i| matches.get(i).copied())
            .or_else(|| matches.into_iter().find(|p| p.name.to_lowercase() == typed))
    }

    /// Whether Enter adds a new place (a name typed that is none of the register's): only
    /// then is its kind asked.
    pub fn is_new_place(&self, places: &[Place]) -> bool {
        !self.place.text().trim().is_empty() && self.known_place(places).is_none()
    }

    /// The names typed under "who was there", cleaned, each once.
    pub fn staff_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for name in self.staff.text().split([',', ';']).map(crate::text::clean) {
            if !name.is_empty()
                && !names
                    .iter()
                    .any(|n| n.to_lowercase() == name.to_lowercase())
            {
                names.push(name);
            }
        }
        names
    }

    /// The active places matching the name typed (at most `limit`).
    pub fn matches<'a>(&self, places: &'a [Place], limit: usize) -> Vec<&'a Place> {
        if self.place.text().trim().is_empty() {
            return Vec::new();
        }
        let mut m = matching_places(self.place.text(), places);
        m.truncate(limit);
        m
    }
}

/// The fields only a new place asks: its kind and commune (a known place keeps its own).
fn asked_of_a_new_place(f: StartField) -> bool {
    matches!(f, StartField::Kind | StartField::Commune)
}

/// How many places the form lists under the name.
pub const SHOWN_PLACES: usize = 4;

/// A key in the session form.
pub fn on_start_key(view: &mut OutreachView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    let places = view.loaded.places.clone();
    let Some(form) = view.start.as_mut() else {
        return Vec::new();
    };
    let shown = form.matches(&places, SHOWN_PLACES).len();
    match key.action {
        Some(Action::Close) => view.start = None,
        Some(Action::NextField) => {
            let new = form.is_new_place(&places);
            form.focus.step(true, |f| asked_of_a_new_place(f) && !new)
        }
        Some(Action::PrevField) => {
            let new = form.is_new_place(&places);
            form.focus.step(false, |f| asked_of_a_new_place(f) && !new)
        }
        Some(Action::Down) if shown > 0 => {
            form.chosen = Some(form.chosen.map_or(0, |i| (i + 1).min(shown - 1)))
        }
        Some(Action::Up) => form.chosen = form.chosen.and_then(|i| i.checked_sub(1)),
        Some(Action::Confirm) => return start(form, &places, ctx),
        _ if form.focus.is(StartField::Kind) => {
            let n = PLACE_KINDS.len();
            match key.code {
                crossterm::event::KeyCode::Right => form.kind = (form.kind + 1) % n,
                crossterm::event::KeyCode::Left => form.kind = (form.kind + n - 1) % n,
                _ => {}
            }
        }
        _ => {
            let input = match form.focus.get() {
                StartField::Place => &mut form.place,
                StartField::Commune => &mut form.commune,
                StartField::Day => &mut form.day,
                StartField::Team => &mut form.team,
                StartField::Staff => &mut form.staff,
                // Left and right choose the kind (above); nothing to type there.
                StartField::Kind => return Vec::new(),
            };
            if input.handle(key) == crate::desk::widgets::input::Edit::Changed {
                if form.focus.is(StartField::Place) {
                    form.chosen = None;
                }
                form.error = None;
            }
        }
    }
    Vec::new()
}

fn start(form: &mut StartForm, places: &[Place], ctx: &Ctx) -> Vec<Effect> {
    let typed = form.place.text().trim().to_string();
    let (place, new_place) = match form.known_place(places) {
        Some(p) => (p.name.clone(), None),
        None => match place_name(&typed) {
            Ok(name) => (name, PLACE_KINDS.get(form.kind).map(|k| k.to_string())),
            Err(why) => {
                form.error = Some(Msg::new(why.message_id()));
                form.focus.set(StartField::Place);
                return Vec::new();
            }
        },
    };
    let today = ctx.now.date();
    let day = match crate::domain::dates::read_date(form.day.text(), today) {
        Ok(day) if day > today => {
            form.error = Some(
                Msg::new("outreach-error-future").arg("date", day.format("%d/%m/%Y").to_string()),
            );
            form.focus.set(StartField::Day);
            return Vec::new();
        }
        Ok(day) => day,
        Err(e) => {
            form.error = Some(crate::i18n::words::date_error(e));
            form.focus.set(StartField::Day);
            return Vec::new();
        }
    };
    let team = form.team.text().trim().to_string();
    // Nobody named: the store records the worker logged in.
    let staff = form.staff_names();
    let commune = Some(form.commune.text().trim().to_string()).filter(|c| !c.is_empty());
    vec![Effect::StartOutreach(Box::new(NewSession {
        place,
        commune: commune.filter(|_| new_place.is_some()),
        new_place,
        day: Some(day),
        team: (!team.is_empty()).then_some(team),
        staff,
    }))]
}

/// The vaccination form: vaccine, lot, dose number, reaction.
#[derive(Debug, Clone, PartialEq)]
pub struct VaccineForm {
    pub focus: Focus<usize>,
    pub inputs: Vec<TextInput>,
    pub error: Option<Msg>,
}

impl VaccineForm {
    pub const LABELS: [&'static str; 4] = [
        "outreach-field-vaccine",
        "outreach-field-lot",
        "outreach-field-dose",
        "outreach-field-reaction",
    ];
    const ORDER: &'static [usize] = &[0, 1, 2, 3];

    /// The form, holding the vaccination already in the next contact if any (dose 1 else).
    pub fn new(had: Option<&NewVaccination>) -> VaccineForm {
        let inputs = match had {
            Some(v) => vec![
                TextInput::with_text(&v.vaccine),
                TextInput::with_text(&v.lot),
                TextInput::with_text(&v.dose_number.to_string()),
                TextInput::with_text(v.reaction.as_deref().unwrap_or_default()),
            ],
            None => vec![
                TextInput::default(),
                TextInput::default(),
                TextInput::with_text("1"),
                TextInput::default(),
            ],
        };
        VaccineForm {
            focus: Focus::first(Self::ORDER),
            inputs,
            error: None,
        }
    }

    /// The vaccination typed, or why not with the field at fault (a lot is required; nothing
    /// is written either way).
    pub fn checked(&self) -> Result<NewVaccination, (usize, Msg)> {
        let text = |i: usize| crate::text::clean(self.inputs[i].text());
        if text(0).is_empty() {
            return Err((0, Msg::new("outreach-error-no-vaccine")));
        }
        if text(1).is_empty() {
            return Err((1, Msg::new("outreach-error-no-lot")));
        }
        let dose = text(2)
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=10).contains(d))
            .ok_or_else(|| {
                (
                    2,
                    Msg::new("outreach-error-dose-number").arg("dose", text(2)),
                )
            })?;
        let reaction = text(3);
        Ok(NewVaccination {
            vaccine: text(0),
            lot: text(1),
            dose_number: dose,
            reaction: (!reaction.is_empty()).then_some(reaction),
        })
    }
}

/// A key in a two- or four-field form: Tab, Enter, Esc, or typing.
fn form_key(focus: &mut Focus<usize>, inputs: &mut [TextInput], key: &Pressed) -> Option<Action> {
    match key.action {
        Some(Action::NextField) => focus.step(true, |_| false),
        Some(Action::PrevField) => focus.step(false, |_| false),
        Some(a @ (Action::Confirm | Action::Close)) => return Some(a),
        _ => {
            if let Some(input) = inputs.get_mut(focus.get()) {
                input.handle(key);
            }
        }
    }
    None
}

/// A key in the vaccination form; the step that follows.
pub fn on_vaccine_key(view: &mut OutreachView, mut form: VaccineForm, key: &Pressed) -> Step {
    match form_key(&mut form.focus, &mut form.inputs, key) {
        Some(Action::Close) => Step::None,
        Some(_) => match form.checked() {
            Ok(v) => {
                view.next.vaccination = Some(v);
                Step::None
            }
            // The cursor goes where the fault is: what is typed next lands in the lot.
            Err((field, why)) => {
                form.error = Some(why);
                form.focus.set(field);
                Step::Vaccine(form)
            }
        },
        None => Step::Vaccine(form),
    }
}

/// The care and referral form.
#[derive(Debug, Clone, PartialEq)]
pub struct WordsForm {
    pub focus: Focus<usize>,
    pub inputs: Vec<TextInput>,
}

impl WordsForm {
    pub const LABELS: [&'static str; 2] = ["outreach-field-care", "outreach-field-referral"];
    const ORDER: &'static [usize] = &[0, 1];

    pub fn new(next: &Next) -> WordsForm {
        WordsForm {
            focus: Focus::first(Self::ORDER),
            inputs: vec![
                TextInput::with_text(next.care.as_deref().unwrap_or_default()),
                TextInput::with_text(next.referral.as_deref().unwrap_or_default()),
            ],
        }
    }
}

/// A key in the care form; the step that follows.
pub fn on_words_key(view: &mut OutreachView, mut form: WordsForm, key: &Pressed) -> Step {
    match form_key(&mut form.focus, &mut form.inputs, key) {
        Some(Action::Close) => Step::None,
        Some(_) => {
            let text = |i: usize| {
                Some(crate::text::clean(form.inputs[i].text())).filter(|t| !t.is_empty())
            };
            view.next.care = text(0);
            view.next.referral = text(1);
            Step::None
        }
        None => Step::Words(form),
    }
}
