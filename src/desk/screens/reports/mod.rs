//! The Reports screen, for the coordinator: a report and a period in a few keys (←→ the report,
//! `p` the period, `b` months, quarters or years), then its tables one at a time (Tab), scrolled
//! with ↑↓, or the chart of a table over the period (`g`). The figures on screen are the true
//! ones, inside the centre; a cell an export would hide is marked. `x` saves the report as it
//! leaves the centre (small counts hidden) to a USB stick or the home folder: a spreadsheet, a
//! PDF or CSV by the name's extension.

pub mod view;
mod view_chart;

use chrono::{Datelike, NaiveDate};

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::domain::indicators::{By, Hidden, Table};
use crate::i18n::Msg;
use crate::report::REPORTS;

/// The periods offered, in the order `p` goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Preset {
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    #[default]
    ThisYear,
    LastYear,
}

impl Preset {
    pub const ALL: [Preset; 6] = [
        Preset::ThisMonth,
        Preset::LastMonth,
        Preset::ThisQuarter,
        Preset::LastQuarter,
        Preset::ThisYear,
        Preset::LastYear,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            Preset::ThisMonth => "reports-period-this-month",
            Preset::LastMonth => "reports-period-last-month",
            Preset::ThisQuarter => "reports-period-this-quarter",
            Preset::LastQuarter => "reports-period-last-quarter",
            Preset::ThisYear => "reports-period-this-year",
            Preset::LastYear => "reports-period-last-year",
        }
    }

    /// Its first and last days, seen from `today` (a period in progress ends today).
    pub fn days(self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(today);
        let (y, m) = (today.year(), today.month());
        let month_start = ymd(y, m, 1);
        let quarter_start = ymd(y, (m - 1) / 3 * 3 + 1, 1);
        let before = |d: NaiveDate| d.pred_opt().unwrap_or(d);
        match self {
            Preset::ThisMonth => (month_start, today),
            Preset::LastMonth => {
                let end = before(month_start);
                (ymd(end.year(), end.month(), 1), end)
            }
            Preset::ThisQuarter => (quarter_start, today),
            Preset::LastQuarter => {
                let end = before(quarter_start);
                (ymd(end.year(), (end.month() - 1) / 3 * 3 + 1, 1), end)
            }
            Preset::ThisYear => (ymd(y, 1, 1), today),
            Preset::LastYear => (ymd(y - 1, 1, 1), ymd(y - 1, 12, 31)),
        }
    }
}

/// The first and last days of a period of one's own, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeriodForm {
    pub inputs: [crate::desk::widgets::input::TextInput; 2],
    pub focus: usize,
    pub error: Option<Msg>,
}

impl ReportsView {
    /// The period on screen: the coordinator's own, else the preset's.
    pub fn period(&self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        self.custom.unwrap_or_else(|| self.preset.days(today))
    }
}

/// A report as computed for the screen: true figures, and the cells an export would hide.
#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    pub name: &'static str,
    pub version: u32,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub threshold: u64,
    pub tables: Vec<(Table, Hidden)>,
}

/// What the runner reports back to this screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Computed(Box<Computed>),
    /// It could not be computed: why.
    Failed(Msg),
    /// Where to offer saving the report (a USB stick if one is in, else home).
    SavePath(String),
    /// The file was written (what to say), or not (why; the path stays to correct).
    Saved(Result<Msg, Msg>),
}

/// What the Reports screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportsView {
    /// The report chosen (index in [`REPORTS`]).
    pub report: usize,
    pub preset: Preset,
    pub by: By,
    /// The table shown (index in the computed report's tables).
    pub table: usize,
    /// The first row shown.
    pub scroll: usize,
    /// The chart of the table over the period rather than its figures.
    pub chart: bool,
    /// Waiting for the runner.
    pub computing: bool,
    pub computed: Option<Computed>,
    /// Where the report is being saved (the path, to correct before Enter).
    pub saving: Option<crate::desk::widgets::input::TextInput>,
    /// What saving said (written, or why not).
    pub said: Option<Msg>,
    /// A period of the coordinator's own (`d`), over the presets until `p` is pressed.
    pub custom: Option<(NaiveDate, NaiveDate)>,
    /// The first and last days being typed, with the field that has the cursor and why not.
    pub period_form: Option<PeriodForm>,
    pub status: Option<Msg>,
}

impl ReportsView {
    /// The table shown, with the cells an export would hide.
    pub fn shown(&self) -> Option<&(Table, Hidden)> {
        self.computed.as_ref()?.tables.get(self.table)
    }
}

/// What to compute for the choice on screen.
pub fn load(view: &ReportsView, ctx: &Ctx) -> Vec<Effect> {
    let Some(def) = REPORTS.get(view.report) else {
        return Vec::new();
    };
    vec![Effect::RunReport(Box::new(query(view, ctx)), def.name)]
}

/// The report and period on screen, as the runner computes them.
fn query(view: &ReportsView, ctx: &Ctx) -> crate::report::Query {
    let (from, to) = view.period(ctx.now.date());
    crate::report::Query {
        from,
        to,
        by: view.by,
        lang: ctx.lang,
    }
}

/// The keys that work on the Reports screen now.
pub fn scopes(view: &ReportsView) -> Vec<Scope> {
    if view.saving.is_some() {
        return vec![Scope::ReportsSave];
    }
    if view.period_form.is_some() {
        return vec![Scope::Form];
    }
    let mut scopes = vec![Scope::Reports];
    if view.shown().is_some_and(|(t, _)| view::chartable(t)) {
        scopes.push(Scope::ReportsChart);
    }
    scopes
}

/// A key on the Reports screen.
pub fn on_key(view: &mut ReportsView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    if let Some(path) = view.saving.as_mut() {
        return match key.action {
            Some(Action::Close) => {
                view.saving = None;
                Vec::new()
            }
            Some(Action::Confirm) => match REPORTS.get(view.report) {
                Some(def) if !path.text().trim().is_empty() => {
                    let path = std::path::PathBuf::from(path.text().trim());
                    vec![Effect::SaveReport(
                        Box::new(query(view, ctx)),
                        def.name,
                        path,
                    )]
                }
                _ => Vec::new(),
            },
            _ => {
                path.handle(key);
                Vec::new()
            }
        };
    }
    if view.period_form.is_some() {
        return on_period_key(view, ctx, key);
    }
    let Some(action) = key.action else {
        return Vec::new();
    };
    let tables = view.computed.as_ref().map_or(0, |c| c.tables.len());
    let n = REPORTS.len();
    let again = |view: &mut ReportsView| {
        view.computing = true;
        view.table = 0;
        view.scroll = 0;
        load(view, ctx)
    };
    match action {
        Action::Left => {
            view.report = (view.report + n - 1) % n;
            return again(view);
        }
        Action::Right => {
            view.report = (view.report + 1) % n;
            return again(view);
        }
        Action::ReportPeriod => {
            // From a period of one's own, back to the presets where they were.
            if view.custom.take().is_none() {
                let i = Preset::ALL
                    .iter()
                    .position(|p| *p == view.preset)
                    .unwrap_or(0);
                view.preset = Preset::ALL[(i + 1) % Preset::ALL.len()];
            }
            return again(view);
        }
        Action::ReportDays => {
            let (from, to) = view.period(ctx.now.date());
            let typed = |d: NaiveDate| {
                crate::desk::widgets::input::TextInput::with_text(
                    &crate::desk::widgets::typed_date(ctx.lang, &d.to_string()),
                )
            };
            view.period_form = Some(PeriodForm {
                inputs: [typed(from), typed(to)],
                focus: 0,
                error: None,
            });
        }
        Action::ReportBy => {
            view.by = match view.by {
                By::Month => By::Quarter,
                By::Quarter => By::Year,
                By::Year => By::Month,
            };
            return again(view);
        }
        Action::NextField if tables > 0 => {
            view.table = (view.table + 1) % tables;
            view.scroll = 0;
        }
        Action::PrevField if tables > 0 => {
            view.table = (view.table + tables - 1) % tables;
            view.scroll = 0;
        }
        Action::Down => view.scroll += 1,
        Action::Up => view.scroll = view.scroll.saturating_sub(1),
        Action::PageDown => view.scroll += 10,
        Action::PageUp => view.scroll = view.scroll.saturating_sub(10),
        Action::Chart => view.chart = !view.chart,
        Action::Export => {
            if let Some(def) = REPORTS.get(view.report) {
                return vec![Effect::OfferReportPath(
                    Box::new(query(view, ctx)),
                    def.name,
                )];
            }
        }
        _ => {}
    }
    let rows = view.shown().map_or(0, |(t, _)| t.rows.len());
    view.scroll = view.scroll.min(rows.saturating_sub(1));
    Vec::new()
}

/// A key in the period form: Tab between the days, Enter computes, Esc leaves it.
fn on_period_key(view: &mut ReportsView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    let Some(form) = view.period_form.as_mut() else {
        return Vec::new();
    };
    match key.action {
        Some(Action::Close) => view.period_form = None,
        Some(Action::NextField | Action::PrevField) => form.focus = 1 - form.focus.min(1),
        Some(Action::Confirm) => {
            let today = ctx.now.date();
            let read = |i: usize| crate::domain::dates::read_date(form.inputs[i].text(), today);
            match (read(0), read(1)) {
                (Err(e), _) => {
                    form.focus = 0;
                    form.error = Some(crate::i18n::words::date_error(e));
                }
                (_, Err(e)) => {
                    form.focus = 1;
                    form.error = Some(crate::i18n::words::date_error(e));
                }
                (Ok(from), Ok(to)) if to < from => {
                    form.focus = 1;
                    form.error = Some(Msg::new("reports-period-backwards"));
                }
                (Ok(from), Ok(to)) => {
                    view.period_form = None;
                    view.custom = Some((from, to));
                    view.computing = true;
                    view.table = 0;
                    view.scroll = 0;
                    return load(view, ctx);
                }
            }
        }
        _ => {
            let i = form.focus.min(1);
            if form.inputs[i].handle(key) == crate::desk::widgets::input::Edit::Changed {
                form.error = None;
            }
        }
    }
    Vec::new()
}

/// What the runner reports back.
pub fn on_msg(view: &mut ReportsView, reply: Reply) -> Vec<Effect> {
    view.computing = false;
    match reply {
        Reply::Computed(c) => {
            view.table = view.table.min(c.tables.len().saturating_sub(1));
            view.computed = Some(*c);
            view.status = None;
        }
        Reply::Failed(msg) => view.status = Some(msg),
        Reply::SavePath(path) => {
            view.saving = Some(crate::desk::widgets::input::TextInput::with_text(&path))
        }
        Reply::Saved(Ok(said)) => {
            view.saving = None;
            view.status = None;
            view.said = Some(said);
        }
        Reply::Saved(Err(why)) => view.said = Some(why),
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_periods_are_seen_from_today() {
        let today = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap_or_default();
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        assert_eq!(Preset::ThisMonth.days(today), (d(2026, 5, 1), today));
        assert_eq!(
            Preset::LastMonth.days(today),
            (d(2026, 4, 1), d(2026, 4, 30))
        );
        assert_eq!(Preset::ThisQuarter.days(today), (d(2026, 4, 1), today));
        assert_eq!(
            Preset::LastQuarter.days(today),
            (d(2026, 1, 1), d(2026, 3, 31))
        );
        assert_eq!(
            Preset::LastYear.days(today),
            (d(2025, 1, 1), d(2025, 12, 31))
        );
        let january = d(2026, 1, 20);
        assert_eq!(
            Preset::LastMonth.days(january),
            (d(2025, 12, 1), d(2025, 12, 31))
        );
        assert_eq!(
            Preset::LastQuarter.days(january),
            (d(2025, 10, 1), d(2025, 12, 31))
        );
    }
}
