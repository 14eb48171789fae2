//! The person form: labels, fields, problems, and who may already be registered.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::desk::screens::intake::form::{ORDER, PersonForm};
use crate::desk::widgets;
use crate::desk::widgets::theme::Theme;
use crate::domain::person::{Field, Sex};
use crate::i18n::words::{birth_text, field_error};
use crate::i18n::{I18n, Msg};
use crate::store::Person;
use crate::text::width;

fn sex_id(sex: Option<Sex>) -> &'static str {
    sex.map_or("sex-unknown", Sex::message_id)
}

/// Draws the form; returns where the cursor goes.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    form: &PersonForm,
    hidden: &[Field],
    matches: &[Person],
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let area = area.inner(Margin::new(1, 0));
    let rows = u16::try_from(ORDER.len()).unwrap_or(10);
    let [title, fields, problems, dupes] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(rows),
        Constraint::Length(2),
        Constraint::Min(0),
    ])
    .areas(area);
    let heading = match &form.editing {
        Some((_, code)) => i18n.render(&Msg::new("form-title-edit").arg("code", code.as_str())),
        None => i18n.tr("form-title-new"),
    };
    frame.render_widget(Paragraph::new(Line::styled(heading, theme.title)), title);

    let labels: Vec<String> = ORDER.iter().map(|f| i18n.tr((*f).message_id())).collect();
    let label_cells = labels.iter().map(|l| width(l)).max().unwrap_or(10).min(26) + 2;
    let mut cursor = None;
    for (i, field) in ORDER.iter().enumerate() {
        let y = fields.y + u16::try_from(i).unwrap_or(0);
        if y >= fields.bottom() {
            break;
        }
        let focused = *field == form.focus;
        let wrong = form.errors.iter().any(|(f, _)| f == field)
            || (form.warning.is_some() && matches!(field, Field::Birth | Field::Niss));
        let mark = if wrong { "! " } else { "  " };
        let label = format!(
            "{mark}{}",
            crate::text::truncate(&labels[i], label_cells - 2)
        );
        let label_style = if focused {
            theme.selected
        } else {
            Default::default()
        };
        let lw = u16::try_from(label_cells + 2).unwrap_or(20);
        let label_area = Rect {
            x: fields.x,
            y,
            width: lw.min(fields.width),
            height: 1,
        };
        frame.render_widget(Paragraph::new(Span::styled(label, label_style)), label_area);
        let value_area = Rect {
            x: fields.x + lw.min(fields.width),
            y,
            width: fields.width.saturating_sub(lw),
            height: 1,
        };
        if *field == Field::Sex {
            let mut spans = vec![Span::raw("  "), Span::raw(i18n.tr(sex_id(form.sex)))];
            if focused {
                spans.push(Span::styled(
                    format!("   {}", i18n.tr("form-sex-hint")),
                    theme.dim,
                ));
            }
            frame.render_widget(Paragraph::new(Line::from(spans)), value_area);
        } else if hidden.contains(field) {
            frame.render_widget(
                Paragraph::new(Span::styled(
                    format!("  {}", i18n.tr("field-hidden")),
                    theme.dim,
                )),
                value_area,
            );
        } else {
            let at = widgets::text_field(frame, value_area, form.input(*field), "", theme);
            if focused {
                cursor = Some(at);
            }
        }
    }
    let mut problem_lines: Vec<Line> = form
        .errors
        .iter()
        .map(|(f, e)| Line::styled(i18n.render(&field_error(i18n, *f, *e)), theme.notice))
        .collect();
    if let Some(w) = &form.warning {
        let msg = Msg::new("form-warning-niss-birth")
            .arg("niss", birth_text(i18n, &w.carried))
            .arg("birth", birth_text(i18n, &w.typed));
        problem_lines.push(Line::styled(i18n.render(&msg), theme.notice));
    }
    frame.render_widget(
        Paragraph::new(problem_lines).wrap(Wrap { trim: true }),
        problems,
    );
    if form.editing.is_none() && !matches.is_empty() && dupes.height > 1 {
        let mut lines = vec![Line::styled(i18n.tr("form-duplicates"), theme.title)];
        for p in matches.iter().take(usize::from(dupes.height) - 1) {
            let born = p.birth_year.map(|y| y.to_string()).unwrap_or_default();
            lines.push(Line::raw(format!(
                "  {}  {}  {born}",
                p.code,
                crate::desk::widgets::shown_name(p, i18n)
            )));
        }
        frame.render_widget(Paragraph::new(lines), dupes);
    }
    cursor
}
