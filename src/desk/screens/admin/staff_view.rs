//! The staff, audit and retention sections of the Admin screen, and the bar of sections.

use crate::desk::widgets::table_row;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::desk::State;
use crate::desk::screens::admin::staff::{Section, Sections, StaffForm};
use crate::desk::widgets;
use crate::desk::widgets::input::TextInput;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};
use crate::text::truncate;

/// The line naming the sections, the current one highlighted.
pub fn section_bar(frame: &mut Frame, area: Rect, current: Section, i18n: &I18n, theme: &Theme) {
    let mut spans = Vec::new();
    for (i, s) in Section::ALL.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(format!(" {} ", theme.divider), theme.dim));
        }
        let style = if *s == current {
            theme.selected
        } else {
            theme.title
        };
        spans.push(Span::styled(format!(" {} ", i18n.tr(s.title_id())), style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Draws the current section other than the services; returns the cursor.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let more = &state.admin.more;
    let [body, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(2)]).areas(area);
    let cursor = match more.section {
        Section::Services => None,
        Section::Staff => match &more.staff_form {
            Some(form) => Some(staff_form(frame, body, form, i18n, theme)),
            None => {
                staff_list(frame, body, more, i18n, theme);
                None
            }
        },
        Section::Audit => Some(audit(frame, body, more, i18n, theme)),
        Section::Retention => Some(retention(frame, body, more, i18n, theme)),
        Section::Centre => Some(centre(frame, body, more, i18n, theme)),
    };
    if let Some(msg) = &more.status {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.render(msg), theme.title)).wrap(Wrap { trim: true }),
            status,
        );
    }
    cursor
}

fn staff_list(frame: &mut Frame, area: Rect, more: &Sections, i18n: &I18n, theme: &Theme) {
    let name_cells = usize::from(area.width)
        .saturating_sub(20 + 10 + 10 + 12 + 8)
        .max(10);
    let mut lines = vec![Line::styled(
        format!(
            " {}",
            table_row(&[
                (&i18n.tr("staff-col-name"), name_cells),
                (&i18n.tr("staff-col-role"), 20),
                (&i18n.tr("staff-col-language"), 10),
                (&i18n.tr("staff-col-speaks"), 10),
                (&i18n.tr("staff-col-state"), 12)
            ])
        ),
        theme.dim,
    )];
    for (i, m) in more.staff.iter().enumerate() {
        let text = format!(
            " {}",
            table_row(&[
                (&m.name, name_cells),
                (&i18n.tr(m.role.message_id()), 20),
                (m.language.as_deref().unwrap_or("–"), 10),
                (
                    &Some(m.speaks.join(", "))
                        .filter(|l| !l.is_empty())
                        .unwrap_or_else(|| "–".into()),
                    10
                ),
                (
                    &i18n.tr(if m.active {
                        "staff-active"
                    } else {
                        "staff-inactive"
                    }),
                    12
                )
            ])
        );
        let style = if i == more.staff_selected {
            theme.selected
        } else if m.active {
            Default::default()
        } else {
            theme.dim
        };
        lines.push(Line::styled(text, style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn staff_form(
    frame: &mut Frame,
    area: Rect,
    form: &StaffForm,
    i18n: &I18n,
    theme: &Theme,
) -> (u16, u16) {
    let heading = match &form.editing {
        Some(m) => i18n.render(&Msg::new("form-title-staff-edit").arg("name", m.name.clone())),
        None => i18n.tr("form-title-staff-new"),
    };
    frame.render_widget(
        Paragraph::new(Line::styled(heading, theme.title)),
        Rect { height: 1, ..area },
    );
    let labels = vec![
        i18n.tr("login-name"),
        i18n.tr("staff-col-role"),
        i18n.tr("staff-speaks"),
        i18n.tr(if form.editing.is_some() {
            "staff-new-pin"
        } else {
            "login-pin"
        }),
        i18n.tr("setup-pin-again"),
    ];
    let shown = vec![
        form.inputs[0].clone(),
        TextInput::with_text(&format!("◂ {} ▸", i18n.tr(form.role.message_id()))),
        form.inputs[3].clone(),
        form.inputs[1].masked(),
        form.inputs[2].masked(),
    ];
    let fields = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(2),
        ..area
    };
    let cursor =
        widgets::labelled_fields(frame, fields, &labels, &shown, form.focus.index(), theme);
    let help = form
        .error
        .as_ref()
        .map(|e| Line::styled(i18n.render(e), theme.notice))
        .unwrap_or_else(|| Line::styled(i18n.tr("staff-form-help"), theme.dim));
    let y = area.y + 8;
    if y < area.bottom() {
        frame.render_widget(
            Paragraph::new(help).wrap(Wrap { trim: true }),
            Rect {
                y,
                height: area.bottom() - y,
                ..area
            },
        );
    }
    cursor
}

fn audit(frame: &mut Frame, area: Rect, more: &Sections, i18n: &I18n, theme: &Theme) -> (u16, u16) {
    let label = i18n.tr("audit-filter");
    let cursor = widgets::labelled_fields(
        frame,
        Rect { height: 1, ..area },
        std::slice::from_ref(&label),
        std::slice::from_ref(&more.audit_filter),
        0,
        theme,
    );
    let rows = usize::from(area.height.saturating_sub(3));
    let start = more.audit_selected.saturating_sub(rows.saturating_sub(1));
    let mut lines = vec![Line::styled(
        format!(
            " {}  {}",
            table_row(&[
                (&i18n.tr("audit-col-when"), 16),
                (&i18n.tr("audit-col-who"), 14),
                (&i18n.tr("audit-col-person"), 8),
            ]),
            i18n.tr("audit-col-what")
        ),
        theme.dim,
    )];
    if more.audit.is_empty() {
        lines.push(Line::styled(
            format!(" {}", i18n.tr("audit-none")),
            theme.dim,
        ));
    }
    for (i, a) in more.audit.iter().enumerate().skip(start).take(rows) {
        let text = format!(
            " {}  {}",
            table_row(&[
                (&a.when(i18n), 16),
                (&a.who(i18n), 14),
                (a.person.as_deref().unwrap_or(""), 8),
            ]),
            a.what(i18n)
        );
        let style = if i == more.audit_selected {
            theme.selected
        } else {
            Default::default()
        };
        lines.push(Line::styled(
            truncate(&text, usize::from(area.width)),
            style,
        ));
    }
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            y: area.y + 2,
            height: area.height.saturating_sub(2),
            ..area
        },
    );
    cursor
}

fn retention(
    frame: &mut Frame,
    area: Rect,
    more: &Sections,
    i18n: &I18n,
    theme: &Theme,
) -> (u16, u16) {
    let label = i18n.tr("retention-days");
    let cursor = widgets::labelled_fields(
        frame,
        Rect { height: 1, ..area },
        std::slice::from_ref(&label),
        std::slice::from_ref(&more.retention_input),
        0,
        theme,
    );
    let mut lines = vec![
        Line::styled(i18n.tr("retention-explain"), theme.dim),
        Line::raw(""),
    ];
    if let Some((first_kept, p)) = &more.purge {
        lines.push(Line::raw(
            i18n.render(
                &Msg::new("retention-preview")
                    .arg("day", first_kept.clone())
                    .arg("tickets", p.tickets)
                    .arg("appointments", p.appointments)
                    .arg("printouts", p.print_jobs),
            ),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }),
        Rect {
            y: area.y + 2,
            height: area.height.saturating_sub(2),
            ..area
        },
    );
    cursor
}

fn centre(
    frame: &mut Frame,
    area: Rect,
    more: &Sections,
    i18n: &I18n,
    theme: &Theme,
) -> (u16, u16) {
    use crate::desk::screens::admin::centre::CentreForm;
    let labels = CentreForm::LABELS.map(|id| i18n.tr(id));
    let form = &more.centre;
    let cursor = widgets::labelled_fields(
        frame,
        area,
        &labels,
        &form.inputs,
        form.focus.index(),
        theme,
    );
    frame.render_widget(
        Paragraph::new(Line::styled(i18n.tr("site-explain"), theme.dim)).wrap(Wrap { trim: true }),
        Rect {
            y: area.y + 4,
            height: area.height.saturating_sub(4),
            ..area
        },
    );
    cursor
}
