//! The Admin screen: the site's services and the service form.

use crate::desk::widgets::table_row;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::desk::State;
use crate::desk::screens::admin::ServiceForm;
use crate::desk::widgets;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Lang, Msg};

/// Draws the Admin screen; returns the cursor when the form is open.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let area = area.inner(Margin::new(1, 0));
    if let Some(form) = &state.admin.form {
        return Some(render_form(frame, area, form, i18n, theme));
    }
    let [bar, rest] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    let section = state.admin.more.section;
    crate::desk::screens::admin::staff_view::section_bar(frame, bar, section, i18n, theme);
    if section != crate::desk::screens::admin::staff::Section::Services {
        return crate::desk::screens::admin::staff_view::render(frame, rest, state, i18n, theme);
    }
    let area = rest;
    let [header, list, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
    ])
    .areas(area);
    let name_cells = usize::from(area.width)
        .saturating_sub(6 + 2 + 14 + 2 + 10)
        .max(10);
    let head = table_row(&[
        (&i18n.tr("admin-col-letter"), 6),
        (&i18n.tr("admin-col-name"), name_cells),
        (&i18n.tr("admin-col-rooms"), 14),
        (&i18n.tr("admin-col-state"), 10),
    ]);
    frame.render_widget(Paragraph::new(Line::styled(head, theme.dim)), header);
    let lines: Vec<Line> = state
        .ctx
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let open = i18n.tr(if s.open {
                "service-open"
            } else {
                "service-closed"
            });
            let text = table_row(&[
                (&format!(" {}", s.letter), 6),
                (s.name(state.ctx.lang), name_cells),
                (&s.rooms, 14),
                (&open, 10),
            ]);
            let style = if i == state.admin.selected {
                theme.selected
            } else {
                Default::default()
            };
            Line::styled(text, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
    if let Some(msg) = &state.admin.status {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.render(msg), theme.title)).wrap(Wrap { trim: true }),
            status,
        );
    }
    None
}

fn render_form(
    frame: &mut Frame,
    area: Rect,
    form: &ServiceForm,
    i18n: &I18n,
    theme: &Theme,
) -> (u16, u16) {
    let heading = match &form.editing {
        Some(s) => {
            i18n.render(&Msg::new("form-title-service-edit").arg("service", s.letter.as_str()))
        }
        None => i18n.tr("form-title-service-new"),
    };
    let mut labels = vec![i18n.tr("field-letter"), i18n.tr("field-rooms")];
    labels.extend(Lang::ALL.iter().map(|l| l.native_name().to_string()));
    frame.render_widget(
        Paragraph::new(Line::styled(heading, theme.title)),
        Rect { height: 1, ..area },
    );
    let cursor = widgets::labelled_fields(
        frame,
        Rect {
            y: area.y + 2,
            height: area.height.saturating_sub(2),
            ..area
        },
        &labels,
        &form.inputs,
        form.focus.index(),
        theme,
    );
    if let Some(msg) = &form.error {
        let y = area.y + 3 + u16::try_from(labels.len()).unwrap_or(8);
        if y < area.bottom() {
            frame.render_widget(
                Paragraph::new(Line::styled(i18n.render(msg), theme.notice))
                    .wrap(Wrap { trim: true }),
                Rect {
                    y,
                    height: area.bottom() - y,
                    ..area
                },
            );
        }
    }
    cursor
}
