//! The intake screen's part of `update`: search, select, record a visit, register, edit.

pub mod form;
pub mod form_view;
pub mod mediation;
mod replies;
pub mod view;

pub use replies::on_msg;

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::overlays::{Overlay, Whom};
use crate::desk::screens::intake::form::PersonForm;
use crate::desk::screens::{Outcome, Then};
use crate::desk::widgets::input::Edit;
use crate::desk::widgets::input::TextInput;
use crate::domain::person::Fields;
use crate::domain::queue::Priority;
use crate::i18n::Msg;
use crate::store::Person;

/// The search index is loaded: this many persons; what was typed meanwhile is searched.
pub fn index_ready(view: &mut Intake, count: usize) -> Vec<Effect> {
    view.registered = Some(count);
    if !view.search.text().trim().is_empty() {
        return search(view);
    }
    Vec::new()
}

/// The intake screen: the search line where a reception worker starts every encounter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Intake {
    pub search: TextInput,
    /// Best matches for the search line, best first (fetched by the runner).
    pub results: Vec<Person>,
    /// The query the results answer (results of an older query are dropped).
    pub results_for: String,
    /// Those of the results found by near match only (no word-by-word match).
    pub near: Vec<i64>,
    /// How many persons matched the search in all (the list shows the best of them).
    pub matched: usize,
    pub selected: usize,
    /// The person form, when registering or editing.
    pub form: Option<PersonForm>,
    /// Persons in the register, once the search index is loaded.
    pub registered: Option<usize>,
    /// What the last action did ("visit recorded for …"), until the next keystroke.
    pub status: Option<Msg>,
    /// A record marked with Alt+M, waiting for the record to keep.
    pub merge_from: Option<Person>,
    /// The last merge or visit recorded at this desk, which Alt+U takes back.
    pub undo: Option<Undo>,
    /// The booking form, when booking an appointment for the chosen person.
    pub booking: Option<crate::desk::screens::appointments::BookingForm>,
    /// Booked appointments of the person in the "send to" window.
    pub upcoming: Vec<crate::store::appointments::Appointment>,
    /// Coverage routes and free care of the person in the "send to" window (`None`: not loaded).
    pub route_coverage: Option<(
        Vec<crate::store::coverage::CoverageRow>,
        crate::store::coverage::CareAccess,
    )>,
}

/// What Alt+U takes back on the intake screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Undo {
    /// A merge (its number).
    Merge(i64),
    /// A visit recorded by mistake (its id).
    Visit(i64),
}

/// What the runner reports back to this screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Results of a search.
    Found {
        query: String,
        persons: Vec<crate::store::Person>,
        /// Those of `persons` found by near match only.
        near: Vec<i64>,
        /// How many persons matched in all (more than are shown when many do).
        total: usize,
    },
    /// A visit was recorded for this person (the visit's id).
    VisitRecorded(crate::store::Person, i64),
    /// A visit recorded by mistake was taken back.
    VisitRemoved(crate::store::Person),
    /// A person was registered, their visit recorded, and the ticket drawn when they were sent
    /// to a service.
    Registered(
        Box<crate::store::Person>,
        Option<Box<crate::store::queues::Entry>>,
    ),
    /// A person's record was changed.
    Updated(crate::store::Person),
    /// `other` was merged into `keep` (their codes) under this merge number.
    Merged {
        id: i64,
        keep: String,
        other: String,
    },
    /// A merge was undone.
    Unmerged(i64),
    /// Two records (their codes) were noted as different people.
    NotSame(String, String),
    /// The person of the "send to" window got a ticket.
    Joined(crate::store::queues::Entry),
    /// An appointment was booked.
    Booked(crate::store::appointments::Appointment),
    /// The booking overlaps another appointment of the person or of the worker: not booked.
    Overlaps(Box<crate::store::appointments::Overlap>),
    /// A person's need of a mediator was marked or unmarked (the person as saved).
    Marked(crate::store::Person),
    /// The booked appointments, coverage routes and free care of the person in the "send to"
    /// window.
    Upcoming(
        Vec<crate::store::appointments::Appointment>,
        Vec<crate::store::coverage::CoverageRow>,
        crate::store::coverage::CareAccess,
    ),
}

/// Most results shown under the search line.
pub const RESULTS: usize = 30;

/// Rows PgUp and PgDn move through the results (fewer than an 80×24 screen shows).
pub const PAGE: usize = 10;

/// The keys that work on the intake screen now.
pub fn scopes(view: &Intake) -> Vec<Scope> {
    let intake = view;
    if intake.form.is_some() || intake.booking.is_some() {
        return vec![Scope::Form];
    }
    let mut scopes = vec![Scope::Intake];
    if !intake.results.is_empty() {
        scopes.push(Scope::Results);
        scopes.push(Scope::Mediation);
    }
    if intake.undo.is_some() {
        scopes.push(Scope::Undo);
    }
    scopes
}

/// A key on the intake screen (no overlay open).
pub fn on_key(view: &mut Intake, ctx: &Ctx, key: &Pressed) -> Outcome {
    if view.form.is_some() {
        return on_form_key(view, ctx, key);
    }
    if view.booking.is_some() {
        return crate::desk::screens::appointments::on_form_key(&mut view.booking, ctx, key).into();
    }
    let first_service = ctx
        .services
        .first()
        .map(|s| s.code.clone())
        .unwrap_or_default();
    let intake = &mut *view;
    match key.action {
        Some(Action::Up) => intake.selected = intake.selected.saturating_sub(1),
        Some(Action::Down) => {
            intake.selected = (intake.selected + 1).min(intake.results.len().saturating_sub(1))
        }
        Some(Action::PageUp) => intake.selected = intake.selected.saturating_sub(PAGE),
        Some(Action::PageDown) => {
            intake.selected = (intake.selected + PAGE).min(intake.results.len().saturating_sub(1))
        }
        Some(Action::First) => intake.selected = 0,
        Some(Action::Last) => intake.selected = intake.results.len().saturating_sub(1),
        Some(Action::Confirm) => {
            if let Some(p) = intake.results.get(intake.selected) {
                let id = p.id;
                intake.upcoming.clear();
                intake.route_coverage = None;
                let window = send_to(Whom::Known(Box::new(p.clone())), ctx);
                return Outcome::then(vec![Effect::LoadUpcoming(id)], Then::Open(window));
            }
        }
        Some(Action::Book) => {
            if let Some(p) = intake.results.get(intake.selected) {
                intake.status = None;
                intake.booking = Some(crate::desk::screens::appointments::BookingForm::new(
                    p.clone(),
                    &first_service,
                    ctx,
                ));
            }
        }
        Some(Action::NewPerson) => {
            intake.status = None;
            intake.form = Some(PersonForm::new_from_search(
                intake.search.text(),
                ctx.now.date(),
            ));
        }
        Some(Action::Anonymous) => return new_person(intake, ctx, Fields::default()),
        Some(Action::Merge) => {
            let Some(chosen) = intake.results.get(intake.selected).cloned() else {
                return Outcome::default();
            };
            match intake.merge_from.take() {
                Some(other) if other.id != chosen.id => {
                    let window = Overlay::Merge {
                        keep: Box::new(chosen),
                        other: Box::new(other),
                    };
                    return Outcome::then(Vec::new(), Then::Open(window));
                }
                _ => {
                    intake.status =
                        Some(Msg::new("intake-merge-marked").arg("code", chosen.code.clone()));
                    intake.merge_from = Some(chosen);
                }
            }
        }
        Some(Action::MarkNeed) => return mediation::mark(intake).into(),
        Some(Action::Undo) => match intake.undo.take() {
            Some(Undo::Merge(id)) => return vec![Effect::Unmerge(id)].into(),
            Some(Undo::Visit(id)) => return vec![Effect::RemoveVisit(id)].into(),
            None => {}
        },
        Some(Action::OpenPage) => {
            if let Some(id) = intake.results.get(intake.selected).map(|p| p.id) {
                return Outcome::then(Vec::new(), Then::OpenPage(id));
            }
        }
        Some(Action::Edit) => {
            if let Some(p) = intake.results.get(intake.selected) {
                intake.status = None;
                intake.form = Some(PersonForm::edit(p, ctx.lang));
                return vec![Effect::Opened(p.id)].into();
            }
        }
        _ => {
            if intake.search.handle(key) == Edit::Changed {
                intake.status = None;
                return search(view).into();
            }
        }
    }
    Outcome::default()
}

/// The "send to" window for `whom`, nothing chosen yet.
fn send_to(whom: Whom, ctx: &Ctx) -> Overlay {
    Overlay::Route {
        whom,
        priority: Priority::Normal,
        note: Default::default(),
        editing_note: false,
        ticket: ctx.print_tickets,
        coverage: None,
        mediation: None,
    }
}

/// Someone not in the register yet: the "send to" window, where confirming registers them.
/// Nothing is written before that; Esc there leaves the form (if any) as it was.
fn new_person(intake: &mut Intake, ctx: &Ctx, fields: Fields) -> Outcome {
    intake.upcoming.clear();
    // Nobody new has a coverage route yet: the window asks.
    intake.route_coverage = Some((Vec::new(), Default::default()));
    Outcome::then(
        Vec::new(),
        Then::Open(send_to(Whom::New(Box::new(fields)), ctx)),
    )
}

fn search(view: &mut Intake) -> Vec<Effect> {
    let text = view.search.text().to_string();
    if text.trim().is_empty() {
        view.results.clear();
        view.results_for = text;
        view.selected = 0;
        return Vec::new();
    }
    vec![Effect::Search(text)]
}

fn on_form_key(view: &mut Intake, ctx: &Ctx, key: &Pressed) -> Outcome {
    let today = ctx.now.date();
    // Fields the role does not see are skipped and cannot be typed into.
    let hidden = hidden_fields(ctx);
    let intake = &mut *view;
    let Some(form) = intake.form.as_mut() else {
        return Outcome::default();
    };
    match key.action {
        Some(Action::Close) => intake.form = None,
        Some(Action::NextField | Action::PrevField) => {
            let forward = key.action == Some(Action::NextField);
            form.move_focus(forward, |f| hidden.contains(&f));
        }
        Some(Action::Confirm) => match form.draft().check(today) {
            Ok(fields) => {
                if form.warn_before_saving(&fields, &hidden).is_some() {
                    return Outcome::default();
                }
                return match &form.editing {
                    Some((id, _)) => vec![Effect::Update(*id, fields)].into(),
                    None => new_person(intake, ctx, fields),
                };
            }
            Err(errors) => {
                form.focus = errors[0].0;
                form.errors = errors;
            }
        },
        _ if hidden.contains(&form.focus) => {}
        _ => {
            form.handle(key);
        }
    }
    Outcome::default()
}

/// The person form's fields the role logged in does not see.
pub fn hidden_fields(ctx: &Ctx) -> Vec<crate::domain::person::Field> {
    use crate::domain::roles::Area;
    let mut hidden = Vec::new();
    if !ctx.can(Area::Niss) {
        hidden.push(crate::domain::person::Field::Niss);
    }
    hidden
}

/// An appointment was checked in from the "send to" window: what to tell the worker.
pub fn checked_in(intake: &mut Intake, msg: Msg) {
    intake.status = Some(msg);
    intake.search.clear();
    intake.results.clear();
}
