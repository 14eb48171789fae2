//! The intake screen's part of `update`: search, select, record a visit, register, edit.

pub mod form;
pub mod form_view;
pub mod view;

use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::screens::intake::form::PersonForm;
use crate::desk::state::{Overlay, State};
use crate::desk::widgets::input::Edit;
use crate::domain::person::Fields;
use crate::domain::queue::Priority;
use crate::i18n::Msg;

/// The search index is loaded: this many persons; what was typed meanwhile is searched.
pub fn index_ready(state: &mut State, count: usize) -> Vec<Effect> {
    state.intake.registered = Some(count);
    if !state.intake.search.text().trim().is_empty() {
        return search(state);
    }
    Vec::new()
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
    /// A visit was recorded for this person.
    VisitRecorded(crate::store::Person),
    /// A person was registered (and their visit recorded).
    Registered(crate::store::Person),
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

/// The keys that work on the intake screen now.
pub fn scopes(state: &State) -> Vec<Scope> {
    let intake = &state.intake;
    if intake.form.is_some() || intake.booking.is_some() {
        return vec![Scope::Form];
    }
    let mut scopes = vec![Scope::Intake];
    if !intake.results.is_empty() {
        scopes.push(Scope::Results);
    }
    if intake.last_merge.is_some() {
        scopes.push(Scope::Undo);
    }
    scopes
}

/// A key on the intake screen (no overlay open).
pub fn on_key(state: &mut State, key: &Pressed) -> Vec<Effect> {
    if state.intake.form.is_some() {
        return on_form_key(state, key);
    }
    if state.intake.booking.is_some() {
        return crate::desk::screens::appointments::on_form_key(&mut state.intake.booking, key);
    }
    let first_service = state
        .ctx
        .services
        .first()
        .map(|s| s.code.clone())
        .unwrap_or_default();
    let now = state.ctx.now;
    let intake = &mut state.intake;
    match key.action {
        Some(Action::Up) => intake.selected = intake.selected.saturating_sub(1),
        Some(Action::Down) => {
            intake.selected = (intake.selected + 1).min(intake.results.len().saturating_sub(1))
        }
        Some(Action::Confirm) => {
            if let Some(p) = intake.results.get(intake.selected) {
                let id = p.id;
                intake.upcoming.clear();
                intake.route_coverage = None;
                state.overlays.push(Overlay::Route {
                    person: Box::new(p.clone()),
                    priority: Priority::Normal,
                    visited: false,
                    note: Default::default(),
                    editing_note: false,
                    ticket: state.ctx.print_tickets,
                });
                return vec![Effect::LoadUpcoming(id)];
            }
        }
        Some(Action::Book) => {
            if let Some(p) = intake.results.get(intake.selected) {
                intake.status = None;
                intake.booking = Some(crate::desk::screens::appointments::BookingForm::new(
                    p.clone(),
                    &first_service,
                    now,
                ));
            }
        }
        Some(Action::NewPerson) => {
            intake.status = None;
            intake.form = Some(PersonForm::new_from_search(intake.search.text()));
        }
        Some(Action::Anonymous) => return vec![Effect::Register(Fields::default())],
        Some(Action::Merge) => {
            let Some(chosen) = intake.results.get(intake.selected).cloned() else {
                return Vec::new();
            };
            match intake.merge_from.take() {
                Some(other) if other.id != chosen.id => {
                    state.overlays.push(Overlay::Merge {
                        keep: Box::new(chosen),
                        other: Box::new(other),
                    });
                }
                _ => {
                    intake.status =
                        Some(Msg::new("intake-merge-marked").arg("code", chosen.code.clone()));
                    intake.merge_from = Some(chosen);
                }
            }
        }
        Some(Action::UndoMerge) => {
            if let Some(id) = intake.last_merge.take() {
                return vec![Effect::Unmerge(id)];
            }
        }
        Some(Action::OpenPage) => {
            if let Some(id) = intake.results.get(intake.selected).map(|p| p.id) {
                // A role without the page sees the screen say so; nothing is loaded for it.
                state.tab = crate::desk::state::Tab::Coverage;
                if !state.role_allows(crate::desk::state::Tab::Coverage) {
                    return Vec::new();
                }
                state.coverage.composer = None;
                state.coverage.notes.clear();
                return vec![Effect::LoadPersonCoverage(id), Effect::Opened(id)];
            }
        }
        Some(Action::Edit) => {
            if let Some(p) = intake.results.get(intake.selected) {
                intake.status = None;
                intake.form = Some(PersonForm::edit(p));
                return vec![Effect::Opened(p.id)];
            }
        }
        _ => {
            if intake.search.handle(key) == Edit::Changed {
                intake.status = None;
                return search(state);
            }
        }
    }
    Vec::new()
}

fn search(state: &mut State) -> Vec<Effect> {
    let text = state.intake.search.text().to_string();
    if text.trim().is_empty() {
        state.intake.results.clear();
        state.intake.results_for = text;
        state.intake.selected = 0;
        return Vec::new();
    }
    vec![Effect::Search(text)]
}

fn on_form_key(state: &mut State, key: &Pressed) -> Vec<Effect> {
    let today = state.ctx.now.date();
    // Fields the role does not see are skipped and cannot be typed into.
    let hidden = hidden_fields(state);
    let intake = &mut state.intake;
    let Some(form) = intake.form.as_mut() else {
        return Vec::new();
    };
    match key.action {
        Some(Action::Close) => intake.form = None,
        Some(Action::NextField | Action::PrevField) => {
            let forward = key.action == Some(Action::NextField);
            form.move_focus(forward);
            while hidden.contains(&form.focus) {
                form.move_focus(forward);
            }
        }
        Some(Action::Confirm) => match form.draft().check(today) {
            Ok(fields) => {
                return match &form.editing {
                    Some((id, _)) => vec![Effect::Update(*id, fields)],
                    None => vec![Effect::Register(fields)],
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
    Vec::new()
}

/// The person form's fields the role logged in does not see.
pub fn hidden_fields(state: &State) -> Vec<crate::domain::person::Field> {
    use crate::domain::roles::Area;
    let mut hidden = Vec::new();
    if !state.can(Area::Niss) {
        hidden.push(crate::domain::person::Field::Niss);
    }
    hidden
}

/// An appointment was checked in from the "send to" window: what to tell the worker.
pub fn checked_in(intake: &mut crate::desk::state::Intake, msg: Msg) {
    intake.status = Some(msg);
    intake.search.clear();
    intake.results.clear();
}

/// What the runner reports back about intake work.
pub fn on_msg(state: &mut State, reply: Reply) -> Vec<Effect> {
    let intake = &mut state.intake;
    match reply {
        Reply::Found {
            query,
            persons,
            near,
            total,
        } => {
            if query == intake.search.text() {
                intake.results = persons;
                intake.near = near;
                intake.matched = total;
                intake.results_for = query;
                intake.selected = 0;
            }
        }
        Reply::VisitRecorded(p) => {
            intake.status = Some(
                Msg::new("intake-visit-recorded")
                    .arg("code", p.code.clone())
                    .arg("name", p.display_name().unwrap_or_default()),
            );
            intake.search.clear();
            intake.results.clear();
            intake.selected = 0;
        }
        Reply::Registered(p) => {
            intake.form = None;
            intake.upcoming.clear();
            intake.route_coverage = None;
            state.overlays.push(Overlay::Route {
                person: Box::new(p.clone()),
                priority: Priority::Normal,
                visited: true,
                note: Default::default(),
                editing_note: false,
                ticket: state.ctx.print_tickets,
            });
            intake.registered = intake.registered.map(|n| n + 1);
            let new_id = p.id;
            intake.status = Some(match p.display_name() {
                Some(name) => Msg::new("intake-registered")
                    .arg("code", p.code.clone())
                    .arg("name", name),
                None => Msg::new("intake-registered-anonymous").arg("code", p.code.clone()),
            });
            intake.search.clear();
            intake.results.clear();
            intake.selected = 0;
            return vec![Effect::LoadUpcoming(new_id)];
        }
        Reply::Updated(p) => {
            intake.form = None;
            intake.status = Some(Msg::new("intake-updated").arg("code", p.code.clone()));
            if let Some(row) = intake.results.iter_mut().find(|r| r.id == p.id) {
                *row = p;
            }
        }
        Reply::Merged { id, keep, other } => {
            intake.last_merge = Some(id);
            intake.status = Some(
                Msg::new("intake-merged")
                    .arg("keep", keep)
                    .arg("other", other)
                    .arg("id", id),
            );
            return search(state);
        }
        Reply::Unmerged(id) => {
            intake.status = Some(Msg::new("intake-unmerged").arg("id", id));
            return search(state);
        }
        Reply::Booked(a) => {
            intake.booking = None;
            intake.status = Some(crate::desk::screens::appointments::booked_msg(&a));
        }
        Reply::Upcoming(list, routes, access) => {
            intake.upcoming = list;
            intake.route_coverage = Some((routes, access));
        }
        Reply::Joined(e) => {
            let name = state
                .ctx
                .services
                .iter()
                .find(|s| s.id == e.service_id)
                .map(|s| s.name(state.ctx.lang).to_string());
            intake.status = Some(
                Msg::new("intake-joined")
                    .arg("ticket", e.ticket.clone())
                    .arg("service", name.unwrap_or_else(|| e.service_code.clone()))
                    .arg("code", e.person_code.clone()),
            );
            intake.search.clear();
            intake.results.clear();
            intake.selected = 0;
        }
        Reply::NotSame(a, b) => {
            intake.status = Some(Msg::new("intake-not-same").arg("a", a).arg("b", b));
        }
    }
    Vec::new()
}
