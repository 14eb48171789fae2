//! The Outreach screen, for a laptop on one's knees: pick or start today's session, then
//! one-key tallies (`f`/`m`/`x`/`u`, then the age band's key; `n` first for a new contact),
//! a person met, and what the next contact holds (material, accompaniment, vaccination, care,
//! information). Every contact is the store's one transaction; Esc writes nothing; Alt+U
//! takes back the last contact. Nothing here needs another machine.

pub mod forms;
mod page;
pub mod steps;
pub mod view;
mod view_next;
mod view_steps;

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::domain::outreach::{AGE_BANDS, SEXES, Tally};
use crate::i18n::Msg;
use crate::store::Person;
use crate::store::outreach::{ContactRow, Met, NewContact, NewVaccination, Place, SessionRow};
use crate::store::partners::Partner;

pub use forms::{StartForm, VaccineForm, WordsForm};
pub use page::{PersonOutreach, page_lines};
pub use steps::Step;

/// An item of the counter's list with its key, as the street's material row shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub code: String,
    pub key: char,
}

/// What the runner reports back to this screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Today's sessions, the places, partners and items; the open session with its last
    /// contacts.
    Loaded(Box<Loaded>),
    /// A session was started (its id).
    Started(i64),
    /// A contact was recorded or taken back (committed): what to say.
    Recorded(Msg),
    /// Refused: its sentence; nothing was written.
    Refused(Msg),
    /// Persons found for what was typed (the text, the persons).
    Found(String, Vec<Person>),
}

/// What the screen reads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    pub today: Vec<SessionRow>,
    pub places: Vec<Place>,
    pub partners: Vec<Partner>,
    pub items: Vec<Item>,
    pub open: Option<(SessionRow, Vec<ContactRow>)>,
}

/// What the next contact holds besides who was met; emptied once it is recorded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Next {
    pub new: bool,
    pub given: Vec<(String, u32)>,
    pub partner: Option<(i64, String)>,
    pub vaccination: Option<NewVaccination>,
    pub care: Option<String>,
    pub referral: Option<String>,
    pub info: bool,
    /// A count above the counter's limit was confirmed.
    pub confirmed: bool,
}

impl Next {
    pub fn is_empty(&self) -> bool {
        *self == Next::default()
    }
}

/// What the Outreach screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutreachView {
    pub loaded: Loaded,
    pub selected: usize,
    /// The session open (before and after it is read).
    pub session_id: Option<i64>,
    pub start: Option<StartForm>,
    pub next: Next,
    pub step: Step,
    /// The contact chosen among the last ones (0: the latest), for Alt+U.
    pub picked: usize,
    pub status: Option<Msg>,
}

impl OutreachView {
    /// The last contacts of the open session, the latest first.
    pub fn contacts(&self) -> &[ContactRow] {
        self.loaded
            .open
            .as_ref()
            .map(|(_, c)| c.as_slice())
            .unwrap_or(&[])
    }

    /// The open session as read.
    pub fn open(&self) -> Option<&SessionRow> {
        self.loaded
            .open
            .as_ref()
            .map(|(s, _)| s)
            .filter(|s| Some(s.id) == self.session_id)
    }
}

/// Effects to read what the screen shows.
pub fn load(view: &OutreachView) -> Vec<Effect> {
    vec![Effect::LoadOutreach(view.session_id)]
}

/// The keys that work on the Outreach screen now.
pub fn scopes(view: &OutreachView) -> Vec<Scope> {
    if view.start.is_some() {
        return vec![Scope::OutreachStart];
    }
    match &view.step {
        Step::Band { .. } => return vec![Scope::OutreachBand],
        Step::Material { .. } => return vec![Scope::OutreachMaterial],
        Step::LargeCount { .. } => return vec![Scope::CounterAsk],
        Step::Person { .. } => return vec![Scope::OutreachPerson],
        Step::Partner { .. } => return vec![Scope::OutreachPartner],
        Step::Vaccine(_) | Step::Words(_) => return vec![Scope::Form],
        Step::Reverse(_) => return vec![Scope::ReverseConfirm],
        Step::None => {}
    }
    if view.session_id.is_some() {
        return vec![Scope::OutreachSession];
    }
    let mut scopes = vec![Scope::OutreachToday];
    if !view.loaded.today.is_empty() {
        scopes.insert(0, Scope::OutreachTodayRows);
    }
    scopes
}

/// The contact of `met` with what the next contact holds.
pub fn contact(view: &OutreachView, met: Met) -> Option<Effect> {
    let session_id = view.session_id?;
    let n = &view.next;
    Some(Effect::OutreachContact(Box::new(NewContact {
        given: n.given.clone(),
        care: n.care.clone(),
        referral: n.referral.clone(),
        accompanied_to: n.partner.as_ref().map(|(id, _)| *id),
        information: n.info,
        vaccination: n.vaccination.clone(),
        confirmed: n.confirmed,
        ..NewContact::new(session_id, met)
    })))
}

/// A key on the Outreach screen.
pub fn on_key(view: &mut OutreachView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    if view.start.is_some() {
        return forms::on_start_key(view, ctx, key);
    }
    if view.step != Step::None {
        return steps::on_key(view, ctx, key);
    }
    let Some(action) = key.action else {
        return Vec::new();
    };
    if view.session_id.is_none() {
        match action {
            Action::Up => view.selected = view.selected.saturating_sub(1),
            Action::Down => {
                view.selected = (view.selected + 1).min(view.loaded.today.len().saturating_sub(1))
            }
            Action::Confirm => {
                if let Some(s) = view.loaded.today.get(view.selected) {
                    view.session_id = Some(s.id);
                    view.status = None;
                    return load(view);
                }
            }
            Action::NewPerson => view.start = Some(StartForm::new(ctx)),
            _ => {}
        }
        return Vec::new();
    }
    view.status = None;
    match action {
        Action::TallySex(i) => {
            if let Some(sex) = SEXES.get(usize::from(i)) {
                view.step = Step::Band { sex };
            }
        }
        Action::ToggleNew => view.next.new = !view.next.new,
        Action::Info => view.next.info = !view.next.info,
        Action::Give => {
            view.step = Step::Material {
                count: String::new(),
                typing: false,
                before: view.next.given.clone(),
            }
        }
        Action::PersonContact => view.step = Step::person(),
        Action::Accompany => view.step = Step::partner(),
        Action::Vaccinate => {
            view.step = Step::Vaccine(VaccineForm::new(view.next.vaccination.as_ref()))
        }
        Action::Care => view.step = Step::Words(WordsForm::new(&view.next)),
        Action::Up => view.picked = view.picked.saturating_sub(1),
        Action::Down => {
            view.picked = (view.picked + 1).min(view.contacts().len().saturating_sub(1))
        }
        Action::Reverse => match view.contacts().get(view.picked) {
            Some(c) if c.reversed => {
                view.status = Some(Msg::new("outreach-error-reversed").arg("contact", c.id))
            }
            Some(c) => view.step = Step::Reverse(c.id),
            None => view.status = Some(Msg::new("outreach-error-nothing-to-reverse")),
        },
        Action::Close if !view.next.is_empty() => {
            view.next = Next::default();
            view.status = Some(Msg::new("outreach-next-dropped"));
        }
        Action::Close => {
            view.session_id = None;
            view.picked = 0;
            view.next = Next::default();
            view.loaded.open = None;
            return vec![Effect::LoadOutreach(None)];
        }
        _ => {}
    }
    Vec::new()
}

/// A tally of the band at `index` for the sex pressed.
pub fn tally(view: &OutreachView, sex: &'static str, index: usize) -> Option<Effect> {
    let band = AGE_BANDS.get(index)?;
    contact(
        view,
        Met::Tally(Tally {
            sex,
            band,
            new: view.next.new,
            people: 1,
        }),
    )
}

/// What the runner reports back about outreach.
pub fn on_msg(view: &mut OutreachView, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::Loaded(loaded) => {
            view.loaded = *loaded;
            view.selected = view.selected.min(view.loaded.today.len().saturating_sub(1));
            view.picked = view.picked.min(view.contacts().len().saturating_sub(1));
        }
        Reply::Started(id) => {
            view.start = None;
            view.session_id = Some(id);
            view.next = Next::default();
            view.status = Some(Msg::new("outreach-session-started").arg("session", id));
            return load(view);
        }
        Reply::Recorded(said) => {
            view.next = Next::default();
            view.step = Step::None;
            view.picked = 0;
            view.status = Some(said);
            return load(view);
        }
        Reply::Refused(said) => match (&mut view.start, &mut view.step) {
            (Some(form), _) => form.error = Some(said),
            (None, Step::Person { error, .. }) => *error = Some(said),
            _ => {
                view.status = Some(said);
                view.step = Step::None;
            }
        },
        Reply::Found(text, persons) => {
            if let Step::Person {
                input,
                found,
                selected,
                ..
            } = &mut view.step
                && input.text() == text
            {
                *found = persons;
                *selected = 0;
            }
        }
    }
    Vec::new()
}
