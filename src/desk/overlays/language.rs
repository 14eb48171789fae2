//! The language picker: each language in its own name and script, one digit each.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use crate::desk::overlays::centred;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Lang};

/// Draws the picker with line `selected` highlighted.
pub fn render(frame: &mut Frame, area: Rect, selected: usize, i18n: &I18n, theme: &Theme) {
    let mut lines: Vec<Line> = Lang::ALL
        .iter()
        .enumerate()
        .map(|(i, lang)| {
            let text = format!("{}  {:<12} {}", i + 1, lang.native_name(), lang.code());
            let style = if i == selected {
                theme.selected
            } else {
                Default::default()
            };
            Line::from(Span::styled(text, style))
        })
        .collect();
    let hint = i18n.tr("language-hint");
    let width = u16::try_from(crate::text::width(&hint))
        .unwrap_or(u16::MAX)
        .max(36)
        .saturating_add(4);
    lines.push(Line::raw(""));
    lines.push(Line::styled(hint, theme.dim));
    let rect = centred(area, width, u16::try_from(lines.len()).unwrap_or(10) + 2);
    let block = Block::bordered()
        .border_set(theme.border)
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            format!(" {} ", i18n.tr("language-title")),
            theme.title,
        ));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
