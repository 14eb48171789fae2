//! "A form was left half-filled": what it holds, and the way back to it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use crate::desk::drafts::DraftForm;
use crate::desk::overlays::centred;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};

/// Draws the offer over `area`.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    form: &DraftForm,
    saved_at: &str,
    i18n: &I18n,
    theme: &Theme,
) {
    let time = saved_at.get(11..16).unwrap_or(saved_at);
    let mut lines = vec![
        Line::raw(i18n.render(&Msg::new("draft-found").arg("time", time.to_string()))),
        Line::raw(""),
    ];
    for (label, text) in form.filled() {
        lines.push(Line::from(vec![
            // Two spaces: the value stands apart (a phone number keeps its order in Arabic).
            Span::styled(format!("  {}:  ", i18n.tr(label)), theme.dim),
            Span::raw(text),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::raw(i18n.tr("draft-question")));
    let rect = centred(area, 64, u16::try_from(lines.len() + 4).unwrap_or(16));
    let block = Block::bordered()
        .border_set(theme.border)
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            format!(" {} ", i18n.tr("draft-title")),
            theme.title,
        ));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}
