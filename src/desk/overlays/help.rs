//! The help overlay: every key of the desk, from the keymap itself.

use crate::text::width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use crate::desk::keymap::{self, Action, Binding, Scope};
use crate::desk::overlays::centred;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};

/// The lines of the help: the keys that work in `scopes` (those of what the help covers), then
/// what they do. Keys doing the same thing share a line (`1-9`).
pub fn lines(scopes: &[Scope], i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    // Bindings of one scope doing the same thing (the digits of a list) share a line.
    let mut groups: Vec<(&Binding, Vec<String>)> = Vec::new();
    for (b, keys) in keymap::shown(scopes) {
        let label = keys
            .iter()
            .map(keymap::label)
            .collect::<Vec<_>>()
            .join(" / ");
        match groups.last_mut() {
            Some((first, labels))
                if first.scope == b.scope
                    && first.help == b.help
                    && !matches!(b.action, Action::GoTo(_)) =>
            {
                labels.push(label)
            }
            _ => groups.push((b, vec![label])),
        }
    }
    let rows: Vec<(String, String)> = groups
        .into_iter()
        .map(|(b, labels)| {
            let what = match b.action {
                Action::GoTo(tab) => {
                    i18n.render(&Msg::new(b.help).arg("screen", i18n.tr(tab.title_id())))
                }
                _ => i18n.tr(b.help),
            };
            let keys = match (labels.len(), b.hint.and_then(|h| h.label)) {
                (1 | 2, _) => labels.join(" / "),
                (_, Some(range)) => range.to_string(),
                (_, None) => format!(
                    "{}–{}",
                    labels.first().map_or("", String::as_str),
                    labels.last().map_or("", String::as_str)
                ),
            };
            (keys, what)
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
pub fn render(
    frame: &mut Frame,
    area: Rect,
    scroll: u16,
    scopes: &[Scope],
    i18n: &I18n,
    theme: &Theme,
) {
    let body = lines(scopes, i18n, theme);
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
