//! The gate: first start, login, lock. Nothing of any person is drawn while it is up.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::desk::State;
use crate::desk::gate::{Gate, GateKind};
use crate::desk::widgets::input::TextInput;
use crate::desk::widgets::labelled_fields;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};

/// Draws the gate in `area`; returns the cursor position.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    gate: &Gate,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let (title, intro) = match gate.kind {
        GateKind::Setup => ("setup-title", Some(i18n.tr("setup-intro"))),
        GateKind::Login => ("login-title", None),
        GateKind::Locked => (
            "lock-title",
            Some(
                i18n.render(
                    &Msg::new("lock-intro").arg(
                        "name",
                        state
                            .ctx
                            .session
                            .as_ref()
                            .map(|s| s.name.clone())
                            .unwrap_or_default(),
                    ),
                ),
            ),
        ),
    };
    let block = Block::bordered()
        .border_set(theme.border)
        .title(Span::styled(format!(" {} ", i18n.tr(title)), theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width.min(64);
    let x = inner.x + (inner.width - width) / 2;
    let intro = intro.map(|text| Paragraph::new(text).wrap(Wrap { trim: true }));
    let intro_height = intro.as_ref().map_or(0, |p| {
        u16::try_from(p.line_count(width) + 1).unwrap_or(u16::MAX)
    });
    let fields = u16::try_from(gate.inputs.len()).unwrap_or(4);
    let top = inner.y + inner.height.saturating_sub(intro_height + fields + 3) / 2;
    if let Some(p) = intro {
        frame.render_widget(p, Rect::new(x, top, width, intro_height.min(inner.height)));
    }
    let labels: Vec<String> = gate.labels().iter().map(|id| i18n.tr(id)).collect();
    // PINs show as dots.
    let shown: Vec<TextInput> = gate
        .inputs
        .iter()
        .enumerate()
        .map(|(i, input)| {
            if gate.is_pin(i) {
                input.masked()
            } else {
                input.clone()
            }
        })
        .collect();
    let form_area = Rect::new(x, top + intro_height, width, fields.min(inner.height));
    let cursor = labelled_fields(frame, form_area, &labels, &shown, gate.focus.index(), theme);
    let message = if gate.checking {
        Some(Line::styled(i18n.tr("login-checking"), theme.dim))
    } else {
        gate.error
            .as_ref()
            .map(|e| Line::styled(i18n.render(e), theme.notice))
    };
    if let Some(line) = message {
        frame.render_widget(
            Paragraph::new(line).wrap(Wrap { trim: true }),
            Rect::new(x, top + intro_height + fields + 1, width, 2),
        );
    }
    Some(cursor)
}
