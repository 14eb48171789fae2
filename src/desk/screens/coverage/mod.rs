//! The Coverage screen's part of `update`: the due list, its filters, the counts, and a
//! person's routes (view and edit).

pub mod composer;
pub mod composer_view;
pub mod route_form;
pub mod view;

pub use route_form::RouteForm;

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::domain::communes::COMMUNES;
use crate::domain::coverage::{Route, State as RouteState};
use crate::i18n::Msg;
use crate::store::Person;
use crate::store::coverage::{CareAccess, CoverageRow, DueItem};

/// What the runner reports back to this screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// What falls due, with the screen's filters (codes and names filled in).
    Due(Vec<crate::store::coverage::DueItem>),
    /// Routes counted per route and state.
    Counts(
        Vec<(
            crate::domain::coverage::Route,
            crate::domain::coverage::State,
            u32,
        )>,
    ),
    /// A person's routes and free care.
    PersonCoverage(Box<PersonCoverage>),
    /// A person's coverage was saved.
    CoverageSaved(i64),
    /// What became of the referral being written.
    Referral(composer::Reply),
}

/// Windows the due list can look ahead, in days.
pub const WINDOWS: [u32; 4] = [7, 14, 30, 90];

/// A person's coverage, as the panel shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonCoverage {
    pub person: Person,
    pub routes: Vec<CoverageRow>,
    pub access: CareAccess,
    pub selected: usize,
    /// The person's referrals, newest first (shown to those who may see referral reasons).
    pub referrals: Vec<crate::store::referrals::Referral>,
    /// What the counter gave them, newest first, with the list to name the items (shown to
    /// roles that work the counter).
    pub exchanges: Vec<crate::store::counter::Exchange>,
    pub counter_items: Vec<crate::store::counter::Item>,
    /// The person's outreach contacts and vaccinations, newest first (shown to roles that see
    /// outreach).
    pub outreach: super::outreach::PersonOutreach,
}

/// What the Coverage screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CoverageView {
    /// Position in [`WINDOWS`].
    pub window: usize,
    pub route: Option<Route>,
    /// Position in `COMMUNES`.
    pub commune: Option<usize>,
    /// Only the routes this desk's worker last updated.
    pub mine: bool,
    pub items: Vec<DueItem>,
    pub selected: usize,
    /// Counts per route and state, while shown.
    pub counts: Option<Vec<(Route, RouteState, u32)>>,
    /// A person's routes, while open.
    pub person: Option<PersonCoverage>,
    pub form: Option<RouteForm>,
    pub status: Option<Msg>,
    /// A referral being written for the open person.
    pub composer: Option<Box<crate::desk::screens::coverage::composer::Composer>>,
    /// What became of the last referral (saved, printed or why not).
    pub notes: Vec<Msg>,
}

/// Opens a person's page from another screen: what was being written for someone else is
/// left, and the page is read (and its opening written in the audit trail).
pub fn open_page(view: &mut CoverageView, person_id: i64) -> Vec<Effect> {
    view.composer = None;
    view.notes.clear();
    vec![
        Effect::LoadPersonCoverage(person_id),
        Effect::Opened(person_id),
    ]
}

/// Effects to show the due list with the current filters.
pub fn load(view: &CoverageView) -> Vec<Effect> {
    let v = &view;
    vec![Effect::LoadDue {
        within: WINDOWS[v.window % WINDOWS.len()],
        route: v.route,
        commune: v
            .commune
            .and_then(|i| COMMUNES.get(i))
            .map(|c| c.key.to_string()),
        mine: v.mine,
    }]
}

/// The keys that work on the Coverage screen now: the route form, the referral being written
/// (or its preview), the person's page, or the due list.
pub fn scopes(view: &CoverageView, ctx: &Ctx) -> Vec<Scope> {
    let v = &view;
    if v.form.is_some() {
        return vec![Scope::Form];
    }
    if let Some(c) = &v.composer {
        return vec![if c.preview.is_some() {
            Scope::Preview
        } else {
            Scope::Composer
        }];
    }
    if let Some(p) = &v.person {
        let mut scopes = vec![Scope::PersonCoverage];
        if ctx.can(crate::domain::roles::Area::Tdi) {
            scopes.push(Scope::PersonTdi);
        }
        if !p.routes.is_empty() {
            scopes.push(Scope::Routes);
        }
        return scopes;
    }
    let mut scopes = vec![Scope::Coverage];
    if !v.items.is_empty() {
        scopes.push(Scope::DueList);
    }
    scopes
}

/// A key on the Coverage screen.
pub fn on_key(view: &mut CoverageView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    if view.form.is_some() {
        return on_form_key(view, ctx, key);
    }
    if view.composer.is_some() {
        return crate::desk::screens::coverage::composer::on_key(view, ctx, key);
    }
    if view.person.is_some() {
        return on_person_key(view, ctx, key);
    }
    let v = &mut *view;
    match key.action {
        Some(Action::Up) => v.selected = v.selected.saturating_sub(1),
        Some(Action::Down) => v.selected = (v.selected + 1).min(v.items.len().saturating_sub(1)),
        Some(Action::NextDay) => {
            v.window = (v.window + 1).min(WINDOWS.len() - 1);
            return load(view);
        }
        Some(Action::PrevDay) => {
            v.window = v.window.saturating_sub(1);
            return load(view);
        }
        Some(Action::PickNth(0)) => {
            v.route = None;
            return load(view);
        }
        Some(Action::PickNth(n)) => {
            v.route = Route::ALL.get(n - 1).copied();
            return load(view);
        }
        Some(Action::Toggle) => {
            v.commune = match v.commune {
                None => Some(0),
                Some(i) if i + 1 < COMMUNES.len() => Some(i + 1),
                Some(_) => None,
            };
            return load(view);
        }
        Some(Action::Mine) => {
            v.mine = !v.mine;
            return load(view);
        }
        Some(Action::DayFigures) => {
            let shown = v.counts.take().is_some();
            if !shown {
                return vec![Effect::LoadCounts];
            }
        }
        Some(Action::Confirm) => {
            if let Some(item) = v.items.get(v.selected) {
                return vec![Effect::LoadPersonCoverage(item.person_id)];
            }
        }
        _ => {}
    }
    Vec::new()
}

fn on_person_key(view: &mut CoverageView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    let today = ctx.now.date();
    let Some(p) = view.person.as_mut() else {
        return Vec::new();
    };
    match key.action {
        Some(Action::Close) => {
            view.person = None;
            view.notes.clear();
        }
        Some(Action::Refer) => return crate::desk::screens::coverage::composer::open(view, ctx),
        Some(Action::Tdi) if ctx.can(crate::domain::roles::Area::Tdi) => {
            return vec![crate::desk::overlays::tdi::load(p.person.id)];
        }
        Some(Action::Up) => p.selected = p.selected.saturating_sub(1),
        Some(Action::Down) => p.selected = (p.selected + 1).min(p.routes.len().saturating_sub(1)),
        Some(Action::Confirm) => {
            let form = RouteForm::new(p.person.id, p.routes.get(p.selected), ctx.lang);
            view.form = Some(form);
        }
        Some(Action::NewPerson) => view.form = Some(RouteForm::new(p.person.id, None, ctx.lang)),
        Some(Action::Toggle) => {
            // Free care while coverage is sorted out: on from today, review in 30 days; or off.
            let mut access = p.access.clone();
            if access.free_care_from.is_some() {
                access.free_care_from = None;
                access.free_care_review = None;
            } else {
                access.free_care_from = Some(today);
                access.free_care_review = today.checked_add_days(chrono::Days::new(30));
            }
            return vec![Effect::SetCareAccess(p.person.id, access)];
        }
        Some(Action::CyclePriority) => {
            let mut access = p.access.clone();
            access.low_income = !access.low_income;
            return vec![Effect::SetCareAccess(p.person.id, access)];
        }
        _ => {}
    }
    Vec::new()
}

fn on_form_key(view: &mut CoverageView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    let Some(form) = view.form.as_mut() else {
        return Vec::new();
    };
    // The file reference and the note are coverage notes: not shown to every role.
    let notes = crate::domain::roles::can_opt(
        ctx.session.as_ref().map(|s| s.role),
        crate::domain::roles::Area::CoverageNotes,
    );
    let hidden = |f: route_form::RouteField| f.is_note() && !notes;
    match key.action {
        Some(Action::Close) => view.form = None,
        Some(action @ (Action::NextField | Action::PrevField)) => {
            form.focus.step(action == Action::NextField, hidden);
            form.typed.clear();
        }
        _ if hidden(form.focus.get()) && key.action.is_none() => {}
        None if route_form::RouteForm::choices(form.focus.get(), ctx.lang).is_some() => {
            let choices =
                route_form::RouteForm::choices(form.focus.get(), ctx.lang).unwrap_or_default();
            let focus = form.focus.index();
            crate::desk::widgets::picker::handle(
                &mut form.inputs[focus],
                &mut form.typed,
                &choices,
                key,
            );
            form.error = None;
        }
        Some(Action::Confirm) => match form.read(ctx.now.date()) {
            Ok(input) => return vec![Effect::SaveCoverage(form.person_id, Box::new(input))],
            Err((field, msg)) => {
                form.focus =
                    crate::desk::widgets::focus::Focus::on(route_form::RouteForm::ORDER, field);
                form.error = Some(msg);
            }
        },
        _ => {
            let focus = form.focus.index();
            form.inputs[focus].handle(key);
        }
    }
    Vec::new()
}

/// What the runner reports back about coverage.
pub fn on_msg(view: &mut CoverageView, reply: Reply) -> Vec<Effect> {
    let v = &mut *view;
    match reply {
        Reply::Due(items) => {
            v.items = items;
            v.selected = v.selected.min(v.items.len().saturating_sub(1));
        }
        Reply::Counts(counts) => v.counts = Some(counts),
        Reply::PersonCoverage(p) => {
            let selected = v.person.as_ref().map(|x| x.selected).unwrap_or(0);
            v.person = Some(PersonCoverage {
                selected: selected.min(p.routes.len().saturating_sub(1)),
                ..*p
            });
        }
        Reply::CoverageSaved(person_id) => {
            v.form = None;
            v.status = Some(Msg::new("coverage-saved-short"));
            let mut effects = load(view);
            effects.push(Effect::LoadPersonCoverage(person_id));
            return effects;
        }
        Reply::Referral(reply) => crate::desk::screens::coverage::composer::on_msg(view, reply),
    }
    Vec::new()
}
