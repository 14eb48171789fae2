//! The Treatment screen's list: today's dispensary tickets, and who is dosed, in words.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::view::{cell, outcome_id, status_line};
use super::{TreatmentView, dosed_outcome};
use crate::desk::State;
use crate::desk::widgets::table_row;
use crate::desk::widgets::theme::Theme;
use crate::domain::roles::Area;
use crate::i18n::{I18n, Msg};

/// Draws the list.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    view: &TreatmentView,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) {
    let [title, header, rows, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
    ])
    .areas(area);
    let dosed = view.dosed.len();
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(i18n.tr("dispensary-list-title"), theme.title),
            Span::styled(
                format!(
                    "  {}",
                    i18n.render(&Msg::new("dispensary-dosed-count").arg("count", dosed))
                ),
                theme.dim,
            ),
        ])),
        title,
    );
    if view.entries.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.tr("dispensary-list-empty"), theme.dim))
                .wrap(Wrap { trim: true }),
            rows,
        );
    } else {
        let name_cells = usize::from(area.width)
            .saturating_sub(1 + 6 + 12 + 24 + 6)
            .max(8);
        let head = format!(
            " {}",
            table_row(&[
                (&i18n.tr("queue-col-ticket"), 6),
                (&i18n.tr("queue-col-person"), name_cells),
                (&i18n.tr("queue-col-status"), 12),
                (&i18n.tr("dispensary-col-today"), 24),
            ])
        );
        frame.render_widget(Paragraph::new(Line::styled(head, theme.dim)), header);
        let identity = state.can(Area::Identity);
        let lines: Vec<Line> = view
            .entries
            .iter()
            .take(usize::from(rows.height))
            .enumerate()
            .map(|(i, e)| {
                let chosen = i == view.selected;
                let who = match (&e.person_name, identity) {
                    (Some(n), true) => format!("{n} ({})", e.person_code),
                    _ => e.person_code.clone(),
                };
                // Dosed or not is said in words: it reads the same without colour.
                let today = match dosed_outcome(&view.dosed, e.person_id) {
                    Some(o) => i18n.tr(outcome_id(o)),
                    None => i18n.tr("dispensary-not-dosed"),
                };
                let text = format!(
                    "{}{}",
                    if chosen { ">" } else { " " },
                    table_row(&[
                        (&e.ticket, 6),
                        (&who, name_cells),
                        (&i18n.tr(e.status.message_id()), 12),
                    ]) + "  "
                        + &cell(&today, 24)
                );
                let style = if chosen {
                    theme.selected
                } else {
                    Default::default()
                };
                Line::styled(text, style)
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), rows);
    }
    status_line(frame, status, view, i18n, theme);
}
