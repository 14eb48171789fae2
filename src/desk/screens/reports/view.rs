//! Drawing the Reports screen: the choice on one line, then the table shown with its true
//! figures (a cell an export would hide is marked `*`, said under the table), or its chart.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::ReportsView;
use crate::desk::State;
use crate::desk::widgets::theme::Theme;
use crate::domain::indicators::{Label, Table, Value};
use crate::i18n::{I18n, Lang, Msg};
use crate::report::{REPORTS, out};

/// Whether a table reads as a trend: rows are the slices of the period (then the total), and
/// its first column counts.
pub fn chartable(t: &Table) -> bool {
    t.rows.len() > 2
        && t.rows
            .iter()
            .take(t.rows.len() - 1)
            .all(|r| matches!(r.label, Label::Text(ref s) if s.starts_with(|c: char| c.is_ascii_digit())))
        && t.rows.iter().all(|r| {
            matches!(
                r.cells.get(super::view_chart::column(t)),
                Some(Value::Count(_)) | Some(Value::Measure { .. })
            )
        })
}

/// A cell's true figure as the screen shows it, marked when an export would hide it.
fn figure(v: Value, hidden: bool, lang: Lang) -> String {
    let text = match v {
        Value::Count(n) => n.to_string(),
        Value::Share { .. } => v
            .percent()
            .map_or_else(String::new, |p| format!("{} %", lang.decimal(p))),
        Value::Measure { value, .. } => value.map_or_else(String::new, |x| lang.decimal(x)),
    };
    if hidden && !text.is_empty() {
        format!("{text}*")
    } else {
        text
    }
}

/// Draws the screen; returns where the cursor goes while a path is typed.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let view = &state.reports;
    let area = area.inner(ratatui::layout::Margin::new(1, 0));
    // Saving or a period of one's own: the fields, and what was said, at the bottom.
    let (area, save) = if view.saving.is_some() || view.said.is_some() || view.period_form.is_some()
    {
        let [top, save] = Layout::vertical([Constraint::Min(6), Constraint::Length(3)]).areas(area);
        (top, Some(save))
    } else {
        (area, None)
    };
    let cursor = save.and_then(|s| save_lines(frame, s, view, i18n, theme));
    let [choice, title, body, legend] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(2),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(choice_lines(
            view,
            state,
            usize::from(choice.width),
            i18n,
            theme,
        )),
        choice,
    );
    if let Some(msg) = &view.status {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.render(msg), theme.notice)).wrap(Wrap { trim: true }),
            body,
        );
        return cursor;
    }
    let Some((table, hidden)) = view.shown() else {
        let id = if view.computing {
            "reports-computing"
        } else {
            "reports-empty"
        };
        frame.render_widget(Paragraph::new(Line::styled(i18n.tr(id), theme.dim)), body);
        return cursor;
    };
    let count = view.computed.as_ref().map_or(0, |c| c.tables.len());
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(i18n.tr(table.title), theme.title),
            Span::styled(
                format!(
                    "  {}",
                    i18n.render(
                        &Msg::new("reports-table-of")
                            .arg("table", view.table + 1)
                            .arg("tables", count)
                    )
                ),
                theme.dim,
            ),
        ])),
        title,
    );
    if view.chart && chartable(table) {
        super::view_chart::render(frame, body, table, i18n, theme);
    } else {
        frame.render_widget(
            Paragraph::new(table_lines(view, table, hidden, body, i18n, theme)),
            body,
        );
    }
    let mut notes = Vec::new();
    if !hidden.is_empty() {
        let threshold = view.computed.as_ref().map_or(5, |c| c.threshold);
        notes.push(Line::styled(
            i18n.render(&Msg::new("reports-hidden-mark").arg("threshold", threshold.to_string())),
            theme.dim,
        ));
    }
    if view.computing {
        notes.push(Line::styled(i18n.tr("reports-computing"), theme.notice));
    }
    frame.render_widget(Paragraph::new(notes).wrap(Wrap { trim: true }), legend);
    cursor
}

/// The path being typed and what saving said.
fn save_lines(
    frame: &mut Frame,
    area: Rect,
    view: &ReportsView,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    if let Some(form) = &view.period_form {
        let [fields, said] =
            Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
        if let Some(msg) = &form.error {
            frame.render_widget(
                Paragraph::new(Line::styled(i18n.render(msg), theme.notice))
                    .wrap(Wrap { trim: true }),
                said,
            );
        }
        return Some(crate::desk::widgets::labelled_fields(
            frame,
            fields,
            &[i18n.tr("reports-field-from"), i18n.tr("reports-field-to")],
            &form.inputs,
            form.focus,
            theme,
        ));
    }
    let [field, said] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    if let Some(msg) = &view.said {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.render(msg), theme.notice)).wrap(Wrap { trim: true }),
            said,
        );
    }
    let input = view.saving.as_ref()?;
    Some(crate::desk::widgets::labelled_fields(
        frame,
        field,
        &[i18n.tr("reports-save-as")],
        std::slice::from_ref(input),
        0,
        theme,
    ))
}

fn choice_lines(
    view: &ReportsView,
    state: &State,
    width: usize,
    i18n: &I18n,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let def = REPORTS.get(view.report);
    // The arrows stay in sight: a long title is cut between them.
    let name = def
        .map(|d| crate::text::truncate(&i18n.tr(d.title), width.saturating_sub(4)))
        .unwrap_or_default();
    let (from, to) = view.period(state.ctx.now.date());
    let by = i18n.tr(match view.by {
        crate::domain::indicators::By::Month => "reports-by-month",
        crate::domain::indicators::By::Quarter => "reports-by-quarter",
        crate::domain::indicators::By::Year => "reports-by-year",
    });
    let period = i18n.render(
        &Msg::new("reports-period")
            .arg(
                "period",
                i18n.tr(match view.custom {
                    Some(_) => "reports-period-own",
                    None => view.preset.message_id(),
                }),
            )
            .arg(
                "from",
                crate::desk::widgets::short_date(i18n, &from.to_string()),
            )
            .arg(
                "to",
                crate::desk::widgets::short_date(i18n, &to.to_string()),
            ),
    );
    let version = def.map(|d| d.version).unwrap_or(1);
    vec![
        Line::from(vec![
            Span::styled("◂ ", theme.key),
            Span::styled(name, theme.selected),
            Span::styled(" ▸", theme.key),
        ]),
        Line::styled(
            format!(
                "{period} · {by} · {}",
                i18n.render(&Msg::new("reports-version").arg("version", version))
            ),
            theme.dim,
        ),
    ]
}

fn table_lines(
    view: &ReportsView,
    t: &Table,
    hidden: &crate::domain::indicators::Hidden,
    area: Rect,
    i18n: &I18n,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let width = usize::from(area.width);
    let labels: Vec<String> = t.rows.iter().map(|r| out::label(&r.label, i18n)).collect();
    let heads: Vec<String> = t.columns.iter().map(|c| out::label(c, i18n)).collect();
    let cells: Vec<Vec<String>> = t
        .rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            row.cells
                .iter()
                .enumerate()
                .map(|(c, v)| figure(*v, hidden.contains(&(r, c)), i18n.lang()))
                .collect()
        })
        .collect();
    let cols = heads.len().max(1);
    let first = labels
        .iter()
        .map(|l| crate::text::width(l))
        .max()
        .unwrap_or(0)
        .min(width / 2);
    // What is left is shared by the columns; a heading too long for its column is cut.
    let room = width.saturating_sub(first) / cols;
    let col_width: Vec<usize> = (0..cols)
        .map(|c| {
            let widest = cells
                .iter()
                .map(|row| row.get(c).map_or(0, |s| s.len()))
                .chain(std::iter::once(crate::text::width(&heads[c])))
                .max()
                .unwrap_or(0);
            (widest + 2).min(room.max(4))
        })
        .collect();
    let cut = |s: &str, w: usize| crate::text::truncate(s, w);
    let mut head = crate::text::pad("", first);
    for (h, w) in heads.iter().zip(&col_width) {
        let h = cut(h, w.saturating_sub(1));
        head.push_str(&format!("{:>w$}", h, w = *w));
    }
    let mut lines = vec![Line::styled(head, theme.dim)];
    let line = |i: usize| {
        let mut text = crate::text::pad(&cut(&labels[i], first), first);
        for (v, w) in cells[i].iter().zip(&col_width) {
            text.push_str(&format!("{:>w$}", v, w = *w));
        }
        text
    };
    // The total row stays at the bottom in sight while the others scroll above it.
    let last = t.rows.len().saturating_sub(1);
    let pinned = t.rows.last().is_some_and(|r| r.label == Label::Total);
    let room = usize::from(area.height).saturating_sub(1 + usize::from(pinned));
    let body = if pinned { last } else { t.rows.len() };
    for i in (0..body).skip(view.scroll).take(room) {
        lines.push(Line::raw(line(i)));
    }
    if pinned {
        lines.push(Line::styled(line(last), theme.title));
    }
    lines
}
