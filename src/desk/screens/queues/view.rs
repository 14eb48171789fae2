//! The queue screen: one service at a time, who is called, in service, waiting, stepped out.

use crate::desk::widgets::table_row;
use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::desk::State;
use crate::desk::widgets::theme::Theme;
use crate::domain::queue::{Priority, Status};
use crate::i18n::{I18n, Msg};
use crate::store::queues::Entry;
use crate::text::pad_left;

/// Cells of the status and room columns.
const STATUS: usize = 16;
const ROOM: usize = 6;

/// Message id of a status's name.
pub fn status_id(s: Status) -> &'static str {
    s.message_id()
}

/// Minutes since a stored time, for the live waiting time.
pub fn minutes_since(stored: &str, now: NaiveDateTime) -> i64 {
    NaiveDateTime::parse_from_str(stored, "%Y-%m-%d %H:%M:%S")
        .map(|t| (now - t).num_minutes().max(0))
        .unwrap_or(0)
}

fn row(e: &Entry, state: &State, i18n: &I18n, name_cells: usize, chosen: bool) -> String {
    // The chosen row is marked in the text too, not only by its look: it reads the same
    // without colour, on the Linux console and to a screen reader.
    let pointer = if chosen { ">" } else { " " };
    let mark = match e.priority {
        Priority::Emergency => "!!",
        Priority::Urgent => "! ",
        Priority::Normal => "  ",
    };
    let mut who = e
        .person_name
        .clone()
        .map(|n| format!("{n} ({})", e.person_code))
        .unwrap_or_else(|| e.person_code.clone());
    // Who is dosed today, in words (never by colour alone), for a role that sees treatment.
    if state.can(crate::domain::roles::Area::Substance) && state.queues.dosed.contains(&e.person_id)
    {
        who = format!("{} {who}", i18n.tr("dispensary-dosed-tag"));
    }
    if e.free_care {
        who = format!("{} {who}", i18n.tr("free-care-tag"));
    }
    if let Some(tag) =
        crate::desk::widgets::mediation_tag(i18n, e.mediation.as_deref(), &e.mediators)
    {
        who = format!("{tag} {who}");
    }
    let wait = i18n.render(
        &Msg::new("queue-minutes").arg("minutes", minutes_since(&e.arrived_at, state.ctx.now)),
    );
    format!(
        "{pointer}{mark}{}",
        table_row(&[
            (&e.ticket, 6),
            (&who, name_cells),
            (&i18n.tr(status_id(e.status)), STATUS),
            (&wait, 8),
            (e.room.as_deref().unwrap_or(""), ROOM)
        ])
    )
}

/// Draws the queue screen.
pub fn render(frame: &mut Frame, area: Rect, state: &State, i18n: &I18n, theme: &Theme) {
    let area = area.inner(Margin::new(1, 0));
    let [services, room, header, list, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
    ])
    .areas(area);
    let view = &state.queues;
    let mut spans = Vec::new();
    for (i, s) in state.ctx.services.iter().enumerate() {
        let label = format!(" {} {} ", i + 1, s.letter);
        let style = if i == view.service {
            theme.selected
        } else {
            Default::default()
        };
        spans.push(Span::styled(label, style));
    }
    if let Some(s) = state.ctx.services.get(view.service) {
        let waiting = view
            .entries
            .iter()
            .filter(|e| e.status == Status::Waiting)
            .count();
        spans.push(Span::raw("  "));
        spans.push(Span::styled(
            s.name(state.ctx.lang).to_string(),
            theme.title,
        ));
        spans.push(Span::styled(
            format!(
                "  {}",
                i18n.render(&Msg::new("queue-waiting-count").arg("count", waiting))
            ),
            theme.dim,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), services);
    // This desk's room, where its calls send people.
    let room_line = match &view.room_input {
        Some(input) => Line::from(vec![
            Span::raw(format!("{} ", i18n.tr("queue-room-label"))),
            Span::styled(format!("{}▏", input.text()), theme.selected),
        ]),
        None => Line::styled(
            i18n.render(
                &Msg::new("queue-room").arg(
                    "room",
                    view.room
                        .clone()
                        .unwrap_or_else(|| i18n.tr("queue-room-service")),
                ),
            ),
            theme.dim,
        ),
    };
    frame.render_widget(Paragraph::new(room_line), room);
    let name_cells = usize::from(area.width)
        .saturating_sub(3 + 6 + STATUS + 8 + ROOM + 8)
        .max(8);
    if let Some(waiting) = &view.mediation {
        super::mediation_view::render(frame, header.union(list), waiting, state, i18n, theme);
    } else if let Some(day) = &view.day {
        day_figures(frame, header.union(list), day, state, i18n, theme);
    } else if view.entries.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.tr("queue-empty"), theme.dim)),
            list,
        );
    } else {
        let head = format!(
            "   {}",
            table_row(&[
                (&i18n.tr("queue-col-ticket"), 6),
                (&i18n.tr("queue-col-person"), name_cells),
                (&i18n.tr("queue-col-status"), STATUS),
                (&i18n.tr("queue-col-wait"), 8),
                (&i18n.tr("queue-col-room"), ROOM)
            ])
        );
        frame.render_widget(Paragraph::new(Line::styled(head, theme.dim)), header);
        let lines: Vec<Line> = view
            .entries
            .iter()
            .take(usize::from(list.height))
            .enumerate()
            .map(|(i, e)| {
                let chosen = i == view.selected;
                let style = if chosen {
                    theme.selected
                } else {
                    Default::default()
                };
                Line::styled(row(e, state, i18n, name_cells, chosen), style)
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

/// Today's figures per service: arrivals, seen, left unseen, no-show, median and 90th wait.
fn day_figures(
    frame: &mut Frame,
    area: Rect,
    day: &[crate::domain::queue::ServiceDay],
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) {
    let cols = [
        "day-col-arrivals",
        "day-col-seen",
        "day-col-left",
        "day-col-no-show",
        "day-col-median",
        "day-col-p90",
        "day-col-kept",
        "day-col-missed",
    ];
    let name_cells = usize::from(area.width)
        .saturating_sub(cols.len() * 8)
        .max(10);
    let mut lines = vec![
        Line::styled(i18n.tr("day-title"), theme.title),
        Line::styled(
            format!(
                "{}{}",
                " ".repeat(name_cells),
                cols.iter()
                    .map(|c| format!(" {}", pad_left(&i18n.tr(c), 7)))
                    .collect::<String>()
            ),
            theme.dim,
        ),
    ];
    let minutes = |m: Option<i64>| {
        m.map(|m| i18n.render(&Msg::new("queue-minutes").arg("minutes", m)))
            .unwrap_or_else(|| "—".into())
    };
    for s in day {
        let name = state
            .ctx
            .services
            .iter()
            .find(|x| x.code == s.service)
            .map(|x| x.name(state.ctx.lang).to_string())
            .unwrap_or_else(|| s.service.clone());
        let cells = [
            s.arrivals.to_string(),
            s.seen.to_string(),
            s.left_unseen.to_string(),
            s.no_show.to_string(),
            minutes(s.median_wait),
            minutes(s.p90_wait),
            s.appointments_kept.to_string(),
            s.appointments_missed.to_string(),
        ];
        let figures: String = cells
            .iter()
            .map(|c| format!(" {}", pad_left(c, 7)))
            .collect();
        lines.push(Line::raw(format!(
            "{}{figures}",
            table_row(&[(&name, name_cells)])
        )));
    }
    if day.is_empty() {
        lines.push(Line::styled(i18n.tr("queue-empty"), theme.dim));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
