//! The Treatment screen: today's dispensary list, or a person's dose screen (prescription,
//! today's dose or why not, missed days, take-homes, the last doses and decisions).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::forms::product_name;
use super::{Asking, Open, Reason, TreatmentView};
use crate::desk::State;
use crate::desk::widgets::short_date;
use crate::desk::widgets::theme::Theme;
use crate::domain::roles::Area;
use crate::domain::treatment::mg_text;
use crate::i18n::{Arg, I18n, Msg};
use crate::store::treatment::{DoseRow, Product};

/// Message id of a stored dose outcome's name.
pub fn outcome_id(code: &str) -> &'static str {
    match code {
        "given" => "dose-outcome-given",
        "take_home" => "dose-outcome-take-home",
        "vomited" => "dose-outcome-vomited",
        "refused" => "dose-outcome-refused",
        "withheld" => "dose-outcome-withheld",
        _ => "dose-outcome-reversal",
    }
}

/// A store's sentence with a stored outcome in it (`already given`) said in words, not as
/// its code.
pub fn said(i18n: &I18n, msg: &Msg) -> String {
    let mut msg = msg.clone();
    for (name, value) in &mut msg.args {
        if *name == "outcome"
            && let Arg::Str(code) = value
        {
            *value = Arg::Str(i18n.tr(outcome_id(code)));
        }
    }
    i18n.render(&msg)
}

/// Draws the Treatment screen; returns the cursor when a field is typed in.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let area = area.inner(Margin::new(1, 0));
    let view = &state.treatment;
    if view.decision.is_some() || view.prescription.is_some() {
        return super::forms_view::render(frame, area, view, state, i18n, theme);
    }
    if view.person_id.is_some() {
        return dose_screen(frame, area, view, state, i18n, theme);
    }
    super::list_view::render(frame, area, view, state, i18n, theme);
    None
}

pub(super) fn status_line(
    frame: &mut Frame,
    area: Rect,
    view: &TreatmentView,
    i18n: &I18n,
    theme: &Theme,
) {
    if let Some(msg) = &view.status {
        frame.render_widget(
            Paragraph::new(Line::styled(said(i18n, msg), theme.notice)).wrap(Wrap { trim: true }),
            area,
        );
    }
}

fn dose_screen(
    frame: &mut Frame,
    area: Rect,
    view: &TreatmentView,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let Some(open) = &view.open else {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.tr("dispensary-reading"), theme.dim)),
            area,
        );
        return None;
    };
    let question = match &view.asking {
        Some(Asking::Withhold { .. }) => 5,
        Some(_) => 2,
        None => 0,
    };
    let said_rows = if view.status.is_some() { 3 } else { 0 };
    let [head, body, asking, status] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(1),
        Constraint::Length(question),
        Constraint::Length(said_rows),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(header(open, state, i18n, theme)), head);
    // One flowing column: a long sentence or row goes on to the next line, never cut.
    let mut lines = today_lines(open, i18n, theme);
    if state.ctx.can(crate::domain::roles::Area::Tdi)
        && let Some(due) = &open.tdi_due
    {
        let msg = match due {
            crate::domain::tdi::Due::Starting => Msg::new("dispensary-tdi-starting"),
            crate::domain::tdi::Due::Returning { last_contact, .. } => {
                Msg::new("dispensary-tdi-returning")
                    .arg("day", short_date(i18n, &last_contact.to_string()))
            }
        };
        lines.push(Line::styled(
            format!("[TDI] {}", i18n.render(&msg)),
            theme.notice,
        ));
    }
    lines.push(Line::raw(""));
    lines.extend(history(open, i18n, theme));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), body);
    let cursor = asking_lines(frame, asking, view, open, i18n, theme);
    status_line(frame, status, view, i18n, theme);
    cursor
}

/// The person and the prescription running today.
fn header(open: &Open, state: &State, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let p = &open.person;
    let mut who = vec![Span::styled(format!("{}  ", p.code), theme.title)];
    if state.can(Area::Identity)
        && let Some(name) = p.name_with_alias()
    {
        who.push(Span::raw(name));
    }
    if let Some(tag) = crate::desk::widgets::mediation_tag(i18n, p.mediation.as_deref(), &[]) {
        who.push(Span::styled(format!("  {tag}"), theme.dim));
    }
    let mut lines = vec![Line::from(who)];
    match &open.chart.current {
        Some(rx) => {
            lines.push(Line::raw(
                i18n.render(
                    &Msg::new("dispensary-prescription")
                        .arg("product", product_of(&open.products, &rx.product, i18n))
                        .arg("mg", mg_text(rx.mg))
                        .arg("from", short_date(i18n, &rx.starts))
                        .arg("until", short_date(i18n, &rx.ends)),
                ),
            ));
            lines.push(Line::styled(
                i18n.render(
                    &Msg::new("dispensary-prescription-by")
                        .arg(
                            "prescriber",
                            rx.prescriber.clone().unwrap_or_else(|| "—".into()),
                        )
                        .arg("days", rx.take_home_days),
                ),
                theme.dim,
            ));
        }
        None => lines.push(Line::styled(i18n.tr("dispensary-no-current"), theme.dim)),
    }
    lines
}

fn product_of(products: &[Product], code: &str, i18n: &I18n) -> String {
    products
        .iter()
        .find(|p| p.code == code)
        .map(|p| product_name(i18n.lang(), p))
        .unwrap_or_else(|| i18n.tr(&format!("product-{code}")))
}

/// Today's dose (or why not), missed days, take-homes, when the person is due back.
fn today_lines(open: &Open, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let c = &open.chart;
    let mut lines = Vec::new();
    match (&c.hold, c.due) {
        (None, Some(due)) => {
            let id = if c.due_by_decision {
                "dispensary-due-by-decision"
            } else {
                "dispensary-due"
            };
            lines.push(Line::styled(
                i18n.render(&Msg::new(id).arg("mg", mg_text(due))),
                theme.title,
            ));
        }
        (Some(hold), _) => {
            lines.push(Line::styled(
                said(i18n, &crate::i18n::Localised::msg(hold)),
                theme.notice,
            ));
        }
        (None, None) => lines.push(Line::raw(i18n.tr("dispensary-no-current"))),
    }
    let take_homes = match &c.take_homes {
        Ok(days) => i18n.render(&Msg::new("dispensary-take-homes-up-to").arg("days", *days)),
        Err(_) => i18n.tr("dispensary-take-homes-none"),
    };
    lines.push(Line::raw(format!(
        "{} · {take_homes}",
        i18n.render(&Msg::new("dispensary-missed").arg("missed", c.missed)),
    )));
    if let Some(d) = c.back_on {
        lines.push(Line::raw(i18n.render(
            &Msg::new("dispensary-back-on").arg("day", short_date(i18n, &d.to_string())),
        )));
    }
    lines
}

/// The last doses, then the last decision. A row longer than the screen goes on to the next
/// line rather than being cut.
fn history(open: &Open, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let c = &open.chart;
    let mut lines = vec![Line::styled(i18n.tr("dispensary-last-doses"), theme.dim)];
    if c.doses.is_empty() {
        lines.push(Line::raw(format!("  {}", i18n.tr("dispensary-no-doses"))));
    }
    for d in c.doses.iter().take(6) {
        lines.push(Line::raw(format!("  {}", dose_row(d, i18n))));
    }
    if let Some(last) = c.decisions.first() {
        let mg = last
            .mg
            .map(|mg| i18n.render(&Msg::new("dispensary-decision-mg").arg("mg", mg_text(mg))))
            .unwrap_or_default();
        lines.push(Line::styled(
            i18n.render(
                &Msg::new("dispensary-last-decision")
                    .arg("day", short_date(i18n, &last.at))
                    .arg("prescriber", last.prescriber.clone())
                    .arg("decision", last.decision.clone())
                    .arg("mg", mg),
            ),
            theme.dim,
        ));
    }
    lines
}

/// A column `cells` wide; a longer text is kept whole (the row goes on).
pub(super) fn cell(text: &str, cells: usize) -> String {
    if crate::text::width(text) > cells {
        text.to_string()
    } else {
        crate::text::pad(text, cells)
    }
}

/// Day, outcome, mg, then what is said about it (reversed, entered later, the reason), then
/// who and at which desk.
fn dose_row(d: &DoseRow, i18n: &I18n) -> String {
    let mut about: Vec<String> = Vec::new();
    if d.reversed {
        about.push(i18n.tr("dispensary-tag-reversed"));
    }
    if d.entered_later {
        about.push(i18n.tr("dispensary-tag-later"));
    }
    if let Some(reason) = &d.reason {
        let reason = Reason::ALL
            .iter()
            .find(|r| r.code() == reason)
            .map(|r| i18n.tr(r.message_id()))
            .unwrap_or_else(|| reason.clone());
        about.push(reason);
    }
    let mut by = d.by.clone();
    if let Some(desk) = &d.desk {
        by.push_str(" · ");
        by.push_str(&i18n.render(&Msg::new("topbar-desk").arg("desk", desk.as_str())));
    }
    about.push(by);
    let mg = if d.mg > 0.0 {
        i18n.render(&Msg::new("dispensary-mg").arg("mg", mg_text(d.mg)))
    } else {
        String::new()
    };
    [
        cell(&short_date(i18n, &d.day), 10),
        cell(&i18n.tr(outcome_id(&d.outcome)), 16),
        cell(&mg, 6),
        about.join(" · "),
    ]
    .join("  ")
}

/// The question asked before a write: the take-home's days, the reason, the reversal.
fn asking_lines(
    frame: &mut Frame,
    area: Rect,
    view: &TreatmentView,
    open: &Open,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let asking = view.asking.as_ref()?;
    let lines = match asking {
        Asking::TakeHomeDays => {
            let most = open.chart.take_homes.as_ref().copied().unwrap_or(0);
            vec![Line::styled(
                i18n.render(&Msg::new("dispensary-ask-days").arg("days", most)),
                theme.title,
            )]
        }
        Asking::Reverse => vec![Line::styled(i18n.tr("dispensary-ask-reverse"), theme.title)],
        Asking::Withhold { at, text } => {
            let mut lines = vec![Line::styled(i18n.tr("dispensary-ask-reason"), theme.title)];
            for (i, r) in Reason::ALL.iter().enumerate() {
                let chosen = i == *at;
                let mut label = format!(
                    "{} {}",
                    if chosen { ">" } else { " " },
                    i18n.tr(r.message_id())
                );
                if *r == Reason::Other && chosen {
                    label = format!("{label} : {}▏", text.text());
                }
                let style = if chosen {
                    theme.selected
                } else {
                    Default::default()
                };
                lines.push(Line::styled(label, style));
            }
            lines
        }
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
    None
}
