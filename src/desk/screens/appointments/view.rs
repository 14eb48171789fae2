//! Appointments: the booking form (from intake) and the day of a service.

use crate::desk::widgets::table_row;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::desk::State;
use crate::desk::screens::appointments::{BookingForm, shown_day};
use crate::desk::widgets;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};
use crate::store::appointments::Kept;

/// Message id of an appointment's state.
pub fn kept_id(k: Kept) -> &'static str {
    k.message_id()
}

/// Draws the booking form; returns the cursor.
pub fn render_booking(
    frame: &mut Frame,
    area: Rect,
    form: &BookingForm,
    services: &[crate::store::queues::Service],
    i18n: &I18n,
    theme: &Theme,
) -> (u16, u16) {
    let area = area.inner(Margin::new(1, 0));
    let heading = i18n.render(
        &Msg::new("booking-title")
            .arg("code", form.person.code.as_str())
            .arg("name", form.person.display_name().unwrap_or_default()),
    );
    frame.render_widget(
        Paragraph::new(Line::styled(heading, theme.title)),
        Rect { height: 1, ..area },
    );
    let labels = [
        "booking-service",
        "booking-date",
        "booking-time",
        "booking-minutes",
        "booking-worker",
    ]
    .map(|id| i18n.tr(id));
    // The service shows its name, never its code.
    let mut shown = form.inputs.clone();
    shown[0] =
        crate::desk::widgets::input::TextInput::with_text(&crate::desk::widgets::picker::shown(
            &form.inputs[0],
            &super::service_choices(services, i18n.lang()),
        ));
    let cursor = widgets::labelled_fields(
        frame,
        Rect {
            y: area.y + 2,
            height: area.height.saturating_sub(2),
            ..area
        },
        &labels,
        &shown,
        form.focus.index(),
        theme,
    );
    if let Some(msg) = form.error.as_ref().or(form.warning.as_ref()) {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.render(msg), theme.notice)).wrap(Wrap { trim: true }),
            Rect {
                y: area.y + 8,
                height: 2,
                ..area
            },
        );
    }
    cursor
}

/// Draws the day of the chosen service.
pub fn render(frame: &mut Frame, area: Rect, state: &State, i18n: &I18n, theme: &Theme) {
    let area = area.inner(Margin::new(1, 0));
    let [services, header, list, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
    ])
    .areas(area);
    let view = &state.appointments;
    let mut spans = Vec::new();
    for (i, s) in state.ctx.services.iter().enumerate() {
        let style = if i == view.service {
            theme.selected
        } else {
            Default::default()
        };
        spans.push(Span::styled(format!(" {} {} ", i + 1, s.letter), style));
    }
    let day = shown_day(&state.appointments, &state.ctx)
        .format("%Y-%m-%d")
        .to_string();
    if let Some(s) = state.ctx.services.get(view.service) {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(
            s.name(state.ctx.lang).to_string(),
            theme.title,
        ));
        spans.push(Span::raw(format!(
            "  {}",
            crate::desk::widgets::short_date(i18n, &day)
        )));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), services);
    if view.list.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.tr("appointment-none"), theme.dim)),
            list,
        );
    } else {
        let name_cells = usize::from(area.width)
            .saturating_sub(6 + 6 + 18 + 14 + 8)
            .max(10);
        let head = table_row(&[
            (&i18n.tr("appointment-col-time"), 5),
            (&i18n.tr("appointment-col-minutes"), 4),
            (&i18n.tr("queue-col-person"), name_cells),
            (&i18n.tr("booking-worker"), 16),
            (&i18n.tr("queue-col-status"), 12),
        ]);
        frame.render_widget(Paragraph::new(Line::styled(head, theme.dim)), header);
        let lines: Vec<Line> = view
            .list
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let who = a
                    .person_name
                    .clone()
                    .map(|n| format!("{n} ({})", a.person_code))
                    .unwrap_or_else(|| a.person_code.clone());
                let text = table_row(&[
                    (&a.time, 5),
                    (&a.minutes.to_string(), 4),
                    (&who, name_cells),
                    (a.worker.as_deref().unwrap_or(""), 16),
                    (&i18n.tr(kept_id(a.status)), 12),
                ]);
                let style = if i == view.selected {
                    theme.selected
                } else {
                    Default::default()
                };
                Line::styled(text, style)
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), list);
    }
    if let Some(msg) = &view.status {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.render(msg), theme.title)).wrap(Wrap { trim: true }),
            status,
        );
    }
}
