//! The prescriber's decision form and the new prescription form.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::TreatmentView;
use super::forms::{DecisionForm, PrescriptionForm};
use crate::desk::State;
use crate::desk::widgets::input::TextInput;
use crate::desk::widgets::theme::Theme;
use crate::desk::widgets::{self, picker};
use crate::i18n::{I18n, Msg};

/// Draws whichever form is open; returns the cursor in its focused field.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    view: &TreatmentView,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let who = view
        .open
        .as_ref()
        .map(|o| o.person.code.clone())
        .unwrap_or_default();
    let (title, hint, labels, shown, focus, error) = if let Some(f) = &view.decision {
        let missed = view.open.as_ref().map(|o| o.chart.missed).unwrap_or(0);
        (
            Msg::new("dispensary-decision-title").arg("code", who),
            Msg::new("dispensary-decision-hint").arg("missed", missed),
            DecisionForm::LABELS
                .iter()
                .map(|id| i18n.tr(id))
                .collect::<Vec<_>>(),
            f.inputs.clone(),
            f.focus.index(),
            f.error.as_ref(),
        )
    } else if let Some(f) = &view.prescription {
        let mut shown = f.inputs.clone();
        // The product shows as its name in the nurse's language, never as its code.
        shown[0] = TextInput::with_text(&picker::shown(&f.inputs[0], &f.choices));
        (
            Msg::new("dispensary-prescription-title").arg("code", who),
            Msg::new("dispensary-prescription-hint").arg(
                "today",
                widgets::typed_date(state.ctx.lang, &state.ctx.now.date().to_string()),
            ),
            PrescriptionForm::LABELS
                .iter()
                .map(|id| i18n.tr(id))
                .collect::<Vec<_>>(),
            shown,
            f.focus.index(),
            f.error.as_ref(),
        )
    } else {
        return None;
    };
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(i18n.render(&title), theme.title),
            Line::styled(i18n.render(&hint), theme.dim),
        ])
        .wrap(Wrap { trim: true }),
        Rect { height: 3, ..area },
    );
    let rows = u16::try_from(labels.len()).unwrap_or(0);
    let cursor = widgets::labelled_fields(
        frame,
        Rect {
            y: area.y + 4,
            height: rows.min(area.height.saturating_sub(4)),
            ..area
        },
        &labels,
        &shown,
        focus,
        theme,
    );
    if let Some(msg) = error {
        let y = area.y + 5 + rows;
        frame.render_widget(
            Paragraph::new(Line::styled(super::view::said(i18n, msg), theme.notice))
                .wrap(Wrap { trim: true }),
            Rect {
                y,
                height: area.bottom().saturating_sub(y),
                ..area
            },
        );
    }
    Some(cursor)
}
