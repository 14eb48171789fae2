//! The help overlay: every key of the desk, from the keymap itself.

use crate::text::width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use crate::desk::keymap::{self, Action, Scope};
use crate::desk::overlays::centred;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};

/// The lines of the help: key labels, then what they do.
pub fn lines(i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let rows: Vec<(String, String)> = [
        Scope::Global,
        Scope::Intake,
        Scope::Form,
        Scope::Merge,
        Scope::Route,
        Scope::Queue,
    ]
    .into_iter()
    .flat_map(keymap::bindings)
    .filter(|b| !matches!(b.action, Action::Up | Action::Down | Action::PickNth(1..)))
    .map(|b| {
        let what = match b.action {
            Action::GoTo(tab) => {
                i18n.render(&Msg::new(b.help).arg("screen", i18n.tr(tab.title_id())))
            }
            _ => i18n.tr(b.help),
        };
        (keymap::labels(b), what)
    })
    .collect();
    let key_width = rows.iter().map(|(k, _)| width(k)).max().unwrap_or(0);
    let mut out: Vec<Line> = rows
        .into_iter()
        .map(|(k, what)| {
            let pad = " ".repeat(key_width - width(&k));
            Line::from(vec![
                Span::styled(k, theme.title),
                Span::raw(format!("{pad}  {what}")),
            ])
        })
        .collect();
    out.push(Line::raw(""));
    out.push(Line::styled(i18n.tr("help-close"), theme.dim));
    out
}

/// Draws the help over `area`, scrolled by `scroll` lines.
pub fn render(frame: &mut Frame, area: Rect, scroll: u16, i18n: &I18n, theme: &Theme) {
    let body = lines(i18n, theme);
    let height = u16::try_from(body.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let rect = centred(area, 76, height);
    let max_scroll = height.saturating_sub(rect.height);
    let block = Block::bordered()
        .border_set(theme.border)
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            format!(" {} ", i18n.tr("help-title")),
            theme.title,
        ));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(body)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(max_scroll), 0)),
        rect,
    );
}
