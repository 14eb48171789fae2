//! The Referrals screen, for now the partner directory (and the partner form).

use crate::desk::widgets::table_row;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::desk::State;
use crate::desk::screens::referrals::PartnerForm;
use crate::desk::widgets;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};

/// Draws the directory; returns the cursor when the form is open.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let area = area.inner(Margin::new(1, 0));
    let v = &state.partners;
    if v.queue.open {
        return crate::desk::screens::referrals::print_queue_view::render(
            frame, area, &v.queue, i18n, theme,
        );
    }
    if let Some(form) = &v.form {
        return Some(render_form(frame, area, form, i18n, theme));
    }
    let [title, header, list, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(i18n.tr("partners-title"), theme.title)),
        title,
    );
    let name_cells = usize::from(area.width)
        .saturating_sub(22 + 8 + 16 + 6)
        .max(12);
    frame.render_widget(
        Paragraph::new(Line::styled(
            format!(
                " {}",
                table_row(&[
                    (&i18n.tr("partner-field-name"), name_cells),
                    (&i18n.tr("partner-field-kind"), 22),
                    (&i18n.tr("partner-col-letters"), 8),
                    (&i18n.tr("partner-field-phone"), 16)
                ])
            ),
            theme.dim,
        )),
        header,
    );
    let rows = usize::from(list.height);
    let start = v.selected.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = state
        .ctx
        .partners
        .iter()
        .enumerate()
        .skip(start)
        .take(rows)
        .map(|(i, p)| {
            let text = format!(
                " {}",
                table_row(&[
                    (&p.name, name_cells),
                    (&i18n.tr(crate::store::partners::kind_id(&p.kind)), 22),
                    (&p.letter_lang.to_uppercase(), 8),
                    (p.phone.as_deref().unwrap_or("—"), 16)
                ])
            );
            if i == v.selected {
                Line::styled(text, theme.selected)
            } else {
                Line::raw(text)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
    if let Some(msg) = &v.status {
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
    form: &PartnerForm,
    i18n: &I18n,
    theme: &Theme,
) -> (u16, u16) {
    let heading = match form.editing {
        Some(_) => i18n.render(
            &Msg::new("form-title-partner-edit").arg("name", form.inputs[0].text().to_string()),
        ),
        None => i18n.tr("form-title-partner-new"),
    };
    frame.render_widget(
        Paragraph::new(Line::styled(heading, theme.title)),
        Rect { height: 1, ..area },
    );
    let labels = PartnerForm::LABELS.map(|id| i18n.tr(id));
    // Coded fields show the name of their choice, never the code.
    let shown: Vec<_> = PartnerForm::ORDER
        .iter()
        .zip(&form.inputs)
        .map(
            |(field, input)| match PartnerForm::choices(*field, i18n.lang()) {
                Some(choices) => crate::desk::widgets::input::TextInput::with_text(
                    &crate::desk::widgets::picker::shown(input, &choices),
                ),
                None => input.clone(),
            },
        )
        .collect();
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
    let y = area.y + 3 + u16::try_from(labels.len()).unwrap_or(7);
    if y < area.bottom() {
        let help = match PartnerForm::choices(form.focus.get(), i18n.lang()) {
            Some(_) => "picker-hint",
            None => "partner-form-help",
        };
        let mut lines = vec![Line::styled(i18n.tr(help), theme.dim)];
        if let Some(msg) = &form.error {
            lines.push(Line::styled(i18n.render(msg), theme.notice));
        }
        frame.render_widget(
            Paragraph::new(lines).wrap(Wrap { trim: true }),
            Rect {
                y,
                height: area.bottom() - y,
                ..area
            },
        );
    }
    cursor
}
