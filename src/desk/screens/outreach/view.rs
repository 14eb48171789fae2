//! The Outreach screen: today's sessions, or the session open with its figures, the tally
//! keys, what the next contact holds and the last contacts.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::view_next::{contact_line, next_line};
use super::{OutreachView, Step};
use crate::desk::State;
use crate::desk::keymap::{self, Scope};
use crate::desk::widgets::theme::Theme;
use crate::domain::outreach::{AGE_BANDS, BAND_KEYS, SEXES, kind_id};
use crate::i18n::{I18n, Msg};
use crate::store::outreach::SessionRow;

/// Message id of a tally's sex.
pub fn sex_id(sex: &str) -> &'static str {
    match sex {
        "f" => "outreach-sex-f",
        "m" => "outreach-sex-m",
        "x" => "outreach-sex-x",
        _ => "outreach-sex-u",
    }
}

/// An age band as shown (`?` words for unknown).
pub fn band_text(i18n: &I18n, band: &str) -> String {
    if band == "u" {
        i18n.tr("outreach-band-u")
    } else {
        band.to_string()
    }
}

/// Draws the screen; returns where the cursor goes when a field is open.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let view = &state.outreach;
    // One column of margin inside the frame, as on the other screens.
    let area = area.inner(ratatui::layout::Margin::new(1, 0));
    if view.start.is_some() {
        return super::view_steps::start(frame, area, view, i18n, theme);
    }
    match view.open() {
        Some(s) => session(frame, area, view, s, i18n, theme),
        None if view.session_id.is_some() => None,
        None => {
            today(frame, area, view, i18n, theme);
            None
        }
    }
}

fn today(frame: &mut Frame, area: Rect, view: &OutreachView, i18n: &I18n, theme: &Theme) {
    let [title, rows, status] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(1),
        Constraint::Length(2),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(i18n.tr("outreach-today-title"), theme.title)),
        title,
    );
    let lines: Vec<Line> = if view.loaded.today.is_empty() {
        vec![Line::styled(i18n.tr("outreach-today-empty"), theme.dim)]
    } else {
        view.loaded
            .today
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let text = format!(" {}", session_title(i18n, s));
                let figures = i18n.render(
                    &Msg::new("outreach-today-row")
                        .arg("contacts", s.totals.contacts)
                        .arg("new", s.totals.new_contacts),
                );
                let style = if i == view.selected {
                    theme.selected
                } else {
                    Default::default()
                };
                Line::from(vec![
                    Span::styled(if i == view.selected { ">" } else { " " }, style),
                    Span::styled(text, style),
                    Span::styled(format!("  {figures}"), theme.dim),
                ])
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), rows);
    status_line(frame, status, view, i18n, theme);
}

/// A session's place, kind and team on one line.
pub fn session_title(i18n: &I18n, s: &SessionRow) -> String {
    let mut parts = vec![
        format!("{} ({})", s.place, i18n.tr(kind_id(&s.kind))),
        crate::desk::widgets::short_date(i18n, &s.day),
    ];
    if let Some(team) = &s.team {
        parts.push(i18n.render(&Msg::new("outreach-team").arg("team", team.as_str())));
    }
    parts.join(" · ")
}

fn session(
    frame: &mut Frame,
    area: Rect,
    view: &OutreachView,
    s: &SessionRow,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let [title, totals, keys, next, lower, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(4),
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(2),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(session_title(i18n, s), theme.title)),
        title,
    );
    let t = &s.totals;
    frame.render_widget(
        Paragraph::new(Line::styled(
            i18n.render(
                &Msg::new("outreach-screen-totals")
                    .arg("contacts", t.contacts)
                    .arg("new", t.new_contacts)
                    .arg("accompanied", t.accompaniments)
                    .arg("vaccinated", t.vaccinations),
            ),
            theme.dim,
        )),
        totals,
    );
    frame.render_widget(Paragraph::new(tally_keys(view, i18n, theme)), keys);
    frame.render_widget(
        Paragraph::new(next_line(view, i18n, theme)).wrap(Wrap { trim: true }),
        next,
    );
    let cursor = match &view.step {
        Step::Material { .. } => {
            super::view_steps::material_grid(frame, lower, view, i18n, theme);
            None
        }
        Step::None | Step::Band { .. } | Step::Reverse(_) | Step::LargeCount { .. } => {
            let mut lines = vec![Line::styled(i18n.tr("outreach-last-contacts"), theme.title)];
            let rows = view.contacts();
            if rows.is_empty() {
                lines.push(Line::styled(i18n.tr("outreach-no-contacts"), theme.dim));
            }
            // The chosen contact stays in sight: the list scrolls under it.
            let room = usize::from(lower.height.saturating_sub(1)).max(1);
            let skip = view.picked.saturating_sub(room - 1);
            for (i, c) in rows.iter().enumerate().skip(skip).take(room) {
                lines.push(contact_line(c, i == view.picked, i18n, theme));
            }
            frame.render_widget(Paragraph::new(lines), lower);
            None
        }
        _ => super::view_steps::step(frame, lower, view, i18n, theme),
    };
    status_line(frame, status, view, i18n, theme);
    cursor
}

/// The tally keys: the sexes, then the band row (highlighted once a sex is pressed), or the
/// material row while material is given.
fn tally_keys(view: &OutreachView, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    if let Step::Material { count, .. } = &view.step {
        return super::view_steps::material_row(view, count, i18n, theme);
    }
    let waiting = match view.step {
        Step::Band { sex } => Some(sex),
        _ => None,
    };
    let mut sexes = vec![Span::styled(
        format!("{} ", i18n.tr("outreach-tally-label")),
        theme.title,
    )];
    for (binding, keys) in keymap::shown(&[Scope::OutreachSession]) {
        if let crate::desk::keymap::Action::TallySex(i) = binding.action
            && let (Some(sex), Some(k)) = (SEXES.get(usize::from(i)), keys.first())
        {
            let style = if waiting == Some(*sex) {
                theme.selected
            } else {
                theme.key
            };
            sexes.push(Span::styled(keymap::label(k), style));
            sexes.push(Span::raw(format!(" {}  ", i18n.tr(sex_id(sex)))));
        }
    }
    let band_style = if waiting.is_some() {
        theme.key
    } else {
        theme.dim
    };
    let label = format!("{} ", i18n.tr("outreach-band-label"));
    let indent = " ".repeat(crate::text::width(&label));
    // Two rows of the keyboard's top row, so that a key never wraps away from its band.
    let mut lines = vec![Line::from(sexes)];
    for (row, range) in [(0, 0..7), (1, 7..AGE_BANDS.len())] {
        let mut bands = vec![if row == 0 {
            Span::styled(label.clone(), theme.title)
        } else {
            Span::raw(indent.clone())
        }];
        for (key, band) in BAND_KEYS[range.clone()].iter().zip(&AGE_BANDS[range]) {
            // Digits only are left in their order by the right-to-left pass: written band
            // first, the key reads first from the right, as the other pairs do.
            if i18n.lang().is_rtl() && band.starts_with(|c: char| c.is_ascii_digit()) {
                bands.push(Span::raw(format!("{} ", band_text(i18n, band))));
                bands.push(Span::styled(key.to_string(), band_style));
                bands.push(Span::raw("  "));
            } else {
                bands.push(Span::styled(key.to_string(), band_style));
                bands.push(Span::raw(format!(" {}  ", band_text(i18n, band))));
            }
        }
        lines.push(Line::from(bands));
    }
    if let Some(sex) = waiting {
        lines.push(Line::styled(
            i18n.render(&Msg::new("outreach-band-ask").arg("sex", i18n.tr(sex_id(sex)))),
            theme.notice,
        ));
    }
    lines
}

/// The last line: what the last act did, or why not.
pub fn status_line(frame: &mut Frame, area: Rect, view: &OutreachView, i18n: &I18n, theme: &Theme) {
    let text = match (&view.step, &view.status) {
        (Step::Reverse(_), _) => Some(Line::styled(
            i18n.tr("outreach-reverse-ask-chosen"),
            theme.notice,
        )),
        (Step::LargeCount { item, count, .. }, _) => Some(Line::styled(
            i18n.render(
                &Msg::new("counter-ask-confirm")
                    .arg("count", *count)
                    .arg("item", super::view_next::item_name(i18n, item)),
            ),
            theme.notice,
        )),
        (_, Some(msg)) => Some(Line::styled(i18n.render(msg), theme.notice)),
        _ => None,
    };
    if let Some(line) = text {
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), area);
    }
}
