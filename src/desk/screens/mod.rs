//! One function per screen, each drawing inside the body of the desk.

pub mod admin;
pub mod appointments;
pub mod counter;
pub mod coverage;
pub mod intake;
pub mod outreach;
pub mod queues;
pub mod referrals;
pub mod reports;
pub mod tab;
pub mod treatment;

pub use tab::Tab;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::overlays::Overlay;
use crate::desk::widgets::theme::Theme;
use crate::desk::{Effect, State};
use crate::i18n::{I18n, Msg};

/// Where the desk goes after a screen's key or reply, beyond the screen's own state.
#[derive(Debug, Clone, PartialEq)]
pub enum Then {
    /// Open a window over the screen.
    Open(Overlay),
    /// Show a person's page (routes, free care, referrals) on the Coverage screen.
    OpenPage(i64),
    /// Show a person's dose screen on the Treatment screen.
    OpenTreatment(i64),
}

/// What a screen gives back: work for the runner, and where the desk goes next. A screen
/// changes only its own state; the router does the rest.
#[derive(Debug, Default)]
pub struct Outcome {
    pub effects: Vec<Effect>,
    pub then: Option<Then>,
}

impl Outcome {
    pub fn then(effects: Vec<Effect>, then: Then) -> Outcome {
        Outcome {
            effects,
            then: Some(then),
        }
    }
}

impl From<Vec<Effect>> for Outcome {
    fn from(effects: Vec<Effect>) -> Outcome {
        Outcome {
            effects,
            then: None,
        }
    }
}

/// Carries out where a screen said to go.
pub fn follow(state: &mut State, outcome: Outcome) -> Vec<Effect> {
    let mut effects = outcome.effects;
    match outcome.then {
        None => {}
        Some(Then::Open(window)) => state.overlays.push(window),
        Some(Then::OpenPage(id)) => {
            // A role without the page sees the screen say so; nothing is loaded for it.
            state.page_from = Some(state.tab).filter(|t| *t != Tab::Coverage);
            state.tab = Tab::Coverage;
            if state.role_allows(Tab::Coverage) {
                effects.extend(coverage::open_page(&mut state.coverage, id));
            }
        }
        Some(Then::OpenTreatment(id)) => {
            state.treatment.from = Some(state.tab).filter(|t| *t != Tab::Treatment);
            state.tab = Tab::Treatment;
            state.notices.clear();
            if state.role_allows(Tab::Treatment) {
                effects.extend(treatment::open(&mut state.treatment, id));
                effects.push(Effect::LoadDispensary);
            }
        }
    }
    effects
}

/// The keys that work on the current screen now, most specific first.
pub fn scopes(state: &State) -> Vec<Scope> {
    match state.tab {
        Tab::Intake => intake::scopes(&state.intake),
        Tab::Queues => queues::scopes(&state.queues, &state.ctx),
        Tab::Appointments => appointments::scopes(&state.appointments),
        Tab::Coverage => {
            let mut scopes = coverage::scopes(&state.coverage, &state.ctx);
            // The person's page opens their dose screen, for a role that sees treatment.
            if scopes.first() == Some(&Scope::PersonCoverage)
                && state.ctx.can(crate::domain::roles::Area::Substance)
            {
                scopes.insert(1, Scope::PageTreatment);
            }
            scopes
        }
        Tab::Referrals => referrals::scopes(&state.partners, &state.ctx),
        Tab::Admin => admin::scopes(&state.admin),
        Tab::Treatment => treatment::scopes(&state.treatment),
        Tab::Counter => {
            let mut scopes = counter::scopes(&state.counter);
            // The list's window, for a role that manages it, when nothing is being entered.
            if scopes == [Scope::Counter]
                && state.ctx.can(crate::domain::roles::Area::ManageCounter)
            {
                scopes.push(Scope::CounterManage);
            }
            scopes
        }
        Tab::Outreach => outreach::scopes(&state.outreach),
        Tab::Reports => reports::scopes(&state.reports),
    }
}

/// A key for the current screen, already looked up in its scopes.
pub fn on_key(state: &mut State, key: &Pressed) -> Vec<Effect> {
    match state.tab {
        Tab::Intake => {
            let outcome = intake::on_key(&mut state.intake, &state.ctx, key);
            follow(state, outcome)
        }
        Tab::Queues if key.action == Some(Action::OpenTreatment) => {
            match queues::selected_person(&state.queues) {
                Some(id) => follow(state, Outcome::then(Vec::new(), Then::OpenTreatment(id))),
                None => Vec::new(),
            }
        }
        Tab::Queues => queues::on_key(&mut state.queues, &state.ctx, key),
        Tab::Coverage if key.action == Some(Action::OpenTreatment) => {
            match state.coverage.person.as_ref().map(|p| p.person.id) {
                Some(id) => follow(state, Outcome::then(Vec::new(), Then::OpenTreatment(id))),
                None => Vec::new(),
            }
        }
        Tab::Appointments => appointments::on_key(&mut state.appointments, &state.ctx, key),
        Tab::Counter if key.action == Some(crate::desk::keymap::Action::ItemList) => {
            crate::desk::overlays::counter_list::show(state)
        }
        Tab::Counter => counter::on_key(&mut state.counter, &state.ctx, key),
        Tab::Coverage => {
            let on_page = state.coverage.person.is_some();
            let effects = coverage::on_key(&mut state.coverage, &state.ctx, key);
            // The page closed: back where it was opened from, as it was left there.
            if on_page
                && state.coverage.person.is_none()
                && let Some(tab) = state.page_from.take()
            {
                state.tab = tab;
                return Vec::new();
            }
            effects
        }
        Tab::Referrals if state.partners.queue.open => {
            referrals::print_queue::on_key(&mut state.partners.queue, key)
        }
        Tab::Referrals => referrals::on_key(&mut state.partners, &state.ctx, key),
        Tab::Admin => admin::on_key(&mut state.admin, &state.ctx, key),
        Tab::Outreach => outreach::on_key(&mut state.outreach, &state.ctx, key),
        Tab::Reports => reports::on_key(&mut state.reports, &state.ctx, key),
        Tab::Treatment if key.action == Some(crate::desk::keymap::Action::Register) => {
            crate::desk::overlays::register::show(state)
        }
        Tab::Treatment if key.action == Some(crate::desk::keymap::Action::Tdi) => {
            match state.treatment.person_id {
                Some(id) if state.ctx.can(crate::domain::roles::Area::Tdi) => {
                    vec![crate::desk::overlays::tdi::load(id)]
                }
                _ => Vec::new(),
            }
        }
        Tab::Treatment => {
            let open = state.treatment.person_id.is_some();
            let effects = treatment::on_key(&mut state.treatment, &state.ctx, key);
            // The dose screen closed: back where it was opened from.
            if open
                && state.treatment.person_id.is_none()
                && let Some(tab) = state.treatment.from.take()
            {
                state.tab = tab;
                return match tab {
                    Tab::Queues => queues::load(&state.queues, &state.ctx),
                    _ => Vec::new(),
                };
            }
            effects
        }
    }
}

/// Draws the current screen in `area`; returns where the cursor goes, if the screen has a field.
/// `rtl_rows` receives the rows that read right to left whatever the interface's direction (an
/// Arabic slip in a referral's preview), for the desk's bidi pass.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
    rtl_rows: &mut Vec<Rect>,
) -> Option<(u16, u16)> {
    let block = Block::bordered()
        .border_set(theme.border)
        .title(Span::styled(
            format!(" {} ", i18n.tr(state.tab.title_id())),
            theme.title,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if !state.role_allows(state.tab) {
        not_for_role(frame, inner, state, i18n, theme);
        return None;
    }
    match state.tab {
        Tab::Intake => intake::view::render(frame, inner, state, i18n, theme),
        Tab::Admin => admin::view::render(frame, inner, state, i18n, theme),
        Tab::Coverage => coverage::view::render(frame, inner, state, i18n, theme, rtl_rows),
        Tab::Appointments => {
            appointments::view::render(frame, inner, state, i18n, theme);
            None
        }
        Tab::Queues => {
            queues::view::render(frame, inner, state, i18n, theme);
            None
        }
        Tab::Referrals => referrals::view::render(frame, inner, state, i18n, theme),
        Tab::Treatment => treatment::view::render(frame, inner, state, i18n, theme),
        Tab::Counter => counter::view::render(frame, inner, state, i18n, theme),
        Tab::Outreach => outreach::view::render(frame, inner, state, i18n, theme),
        Tab::Reports => reports::view::render(frame, inner, state, i18n, theme),
    }
}

/// A screen the role of the person logged in does not open.
fn not_for_role(frame: &mut Frame, area: Rect, state: &State, i18n: &I18n, theme: &Theme) {
    let role = state
        .ctx
        .session
        .as_ref()
        .map(|s| i18n.tr(s.role.message_id()))
        .unwrap_or_default();
    centred_text(
        frame,
        area,
        vec![
            Line::raw(i18n.render(&Msg::new("screen-not-for-role").arg("role", role))),
            Line::raw(""),
            Line::styled(i18n.tr("screen-not-for-role-detail"), theme.dim),
        ],
    );
}

fn centred_text(frame: &mut Frame, area: Rect, text: Vec<Line<'static>>) {
    let height = 4.min(area.height);
    let rect = Rect {
        y: area.y + area.height.saturating_sub(height) / 2,
        height,
        ..area
    };
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        rect,
    );
}
