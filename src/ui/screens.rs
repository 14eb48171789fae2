//! One function per screen, each drawing inside the body of the desk.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::theme::Theme;
use super::widgets;
use crate::app::{State, Tab};
use crate::i18n::{I18n, Msg};

/// Draws the current screen in `area`; returns where the cursor goes, if the screen has a field.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let block = Block::bordered()
        .border_set(theme.border)
        .title(Span::styled(
            format!(" {} ", i18n.tr(state.tab.title_id())),
            theme.title,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    match state.tab {
        Tab::Intake => Some(intake(frame, inner, state, i18n, theme)),
        other => {
            placeholder(frame, inner, other, i18n, theme);
            None
        }
    }
}

fn intake(frame: &mut Frame, area: Rect, state: &State, i18n: &I18n, theme: &Theme) -> (u16, u16) {
    let [label, field, _, note] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area.inner(ratatui::layout::Margin::new(1, 0)));
    frame.render_widget(
        Paragraph::new(Line::styled(i18n.tr("intake-search-label"), theme.title)),
        label,
    );
    let cursor = widgets::text_field(
        frame,
        field,
        &state.intake.search,
        &i18n.tr("intake-search-placeholder"),
        theme,
    );
    let coming = i18n.render(&Msg::new("intake-coming").arg("feature", i18n.tr("feature-intake")));
    frame.render_widget(
        Paragraph::new(Line::styled(coming, theme.dim)).wrap(Wrap { trim: true }),
        note,
    );
    cursor
}

fn placeholder(frame: &mut Frame, area: Rect, tab: Tab, i18n: &I18n, theme: &Theme) {
    let text = vec![
        Line::raw(
            i18n.render(&Msg::new("screen-coming").arg("feature", i18n.tr(tab.feature_id()))),
        ),
        Line::raw(""),
        Line::styled(i18n.tr("screen-coming-detail"), theme.dim),
    ];
    let height = 4.min(area.height);
    let rect = Rect {
        y: area.y + area.height.saturating_sub(height) / 2,
        height,
        ..area
    };
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        rect,
    );
}
