//! "Same person?": the two records side by side before a merge, with the way out.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use crate::desk::overlays::centred;
use crate::desk::widgets::theme::Theme;
use crate::desk::widgets::{short_date, shown_name};
use crate::i18n::{I18n, Msg};
use crate::store::Person;

fn describe(label: String, p: &Person, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let mut facts = Vec::new();
    // A birth as every date of the desk is written (12/05/1987, 05/1987, 1987).
    if let Some(b) = &p.birth {
        facts.push(crate::desk::widgets::typed_date(i18n.lang(), b));
    }
    if !p.languages.is_empty() {
        facts.push(p.languages.join(","));
    }
    if let Some(seen) = &p.last_seen {
        facts.push(short_date(i18n, seen));
    }
    vec![
        Line::styled(label, theme.dim),
        Line::from(vec![
            Span::styled(format!("  {}  ", p.code), theme.title),
            Span::raw(shown_name(p, i18n)),
        ]),
        Line::raw(format!("  {}", facts.join(" · "))),
    ]
}

/// Draws the confirmation over `area`.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    keep: &Person,
    other: &Person,
    i18n: &I18n,
    theme: &Theme,
) {
    let mut lines = describe(i18n.tr("merge-keep"), keep, i18n, theme);
    lines.push(Line::raw(""));
    lines.extend(describe(i18n.tr("merge-other"), other, i18n, theme));
    lines.push(Line::raw(""));
    lines.push(Line::raw(
        i18n.render(
            &Msg::new("merge-question")
                .arg("keep", keep.code.as_str())
                .arg("other", other.code.as_str()),
        ),
    ));
    // Two borders, each line, and one more for every 68 cells a line runs over.
    let rows: usize = lines
        .iter()
        .map(|l| crate::text::line_width(l).saturating_sub(1) / 68 + 1)
        .sum();
    let rect = centred(area, 72, u16::try_from(rows + 2).unwrap_or(14));
    let block = Block::bordered()
        .border_set(theme.border)
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            format!(" {} ", i18n.tr("merge-title")),
            theme.title,
        ));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}
