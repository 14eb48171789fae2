//! Drawing the TDI form: the proposal, then one row per item (question, answer), the focused
//! row kept in view, then why a save was refused.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use super::tdi::{TdiForm, choices};
use crate::desk::overlays::centred;
use crate::desk::widgets::shown_name;
use crate::desk::widgets::theme::Theme;
use crate::domain::tdi::{ITEMS, Kind, NO_NISS, UNKNOWN_MSG};
use crate::i18n::{I18n, Msg};

/// Width of the question column, in cells.
const LABEL: usize = 30;

/// What an item's row shows as its answer.
fn answer(form: &TdiForm, at: usize, focused: bool, i18n: &I18n) -> (String, bool) {
    let item = &ITEMS[at];
    let input = &form.inputs[at];
    if !form.asked(item) {
        return (i18n.tr("tdi-not-asked"), true);
    }
    if let Some(choices) = choices(item, i18n.lang()) {
        if input.text().trim().is_empty() {
            let unknown = i18n.tr(UNKNOWN_MSG);
            let shown = if focused {
                format!("◂ {unknown} ▸")
            } else {
                unknown
            };
            return (shown, true);
        }
        let shown = crate::desk::widgets::picker::shown(input, &choices);
        let plain = shown.trim_start_matches("◂ ").trim_end_matches(" ▸");
        return (
            if focused {
                shown.clone()
            } else {
                plain.to_string()
            },
            false,
        );
    }
    let text = input.text();
    match (text.trim().is_empty(), focused) {
        (_, true) => (format!("{text}▏"), false),
        (true, false) => (i18n.tr(UNKNOWN_MSG), true),
        (false, false) if item.kind == Kind::Niss && text.trim() == NO_NISS => {
            (i18n.tr("tdi-no-niss"), false)
        }
        (false, false) => (text.to_string(), false),
    }
}

/// Draws the form over `area`.
pub fn render(frame: &mut Frame, area: Rect, form: &TdiForm, i18n: &I18n, theme: &Theme) {
    let rect = centred(area, area.width, area.height);
    let inner_width = usize::from(rect.width.saturating_sub(4));
    let mut head = vec![match &form.due {
        Some(due) => Line::styled(
            i18n.render(&due.msg_with(|d| crate::i18n::dates::short(i18n, d))),
            theme.notice,
        ),
        None => Line::styled(i18n.tr("tdi-due-none"), theme.dim),
    }];
    if form.completing.is_some() {
        head.push(Line::styled(i18n.tr("tdi-form-completing"), theme.notice));
    }
    if form.earlier > 0 {
        head.push(Line::styled(
            i18n.render(&Msg::new("tdi-form-earlier").arg("count", form.earlier)),
            theme.dim,
        ));
    }
    let mut tail = Vec::new();
    if let Some(msg) = &form.error {
        tail.push(Line::styled(i18n.render(msg), theme.notice));
    }
    tail.push(Line::styled(i18n.tr("tdi-form-keys"), theme.dim));
    // The rows that fit between the head and the tail, scrolled so the focus is in view.
    let room = usize::from(rect.height.saturating_sub(2))
        .saturating_sub(head.len() + tail.len())
        .max(1);
    let focus = form.focus.index();
    let first = focus
        .saturating_sub(room.saturating_sub(1) / 2)
        .min(ITEMS.len().saturating_sub(room));
    let mut lines = head;
    for at in (first..ITEMS.len()).take(room) {
        let focused = at == focus;
        let (value, dim) = answer(form, at, focused, i18n);
        let label = i18n.tr(ITEMS[at].msg);
        let row = crate::desk::widgets::table_row(&[
            (&label, LABEL),
            (&value, inner_width.saturating_sub(LABEL + 2)),
        ]);
        let style = if focused {
            theme.selected
        } else if dim {
            theme.dim
        } else {
            Default::default()
        };
        lines.push(Line::styled(row, style));
    }
    lines.extend(tail);
    let title = i18n.render(
        &Msg::new("tdi-form-title")
            .arg("code", form.person.code.as_str())
            .arg("name", shown_name(&form.person, i18n)),
    );
    let block = Block::bordered()
        .border_set(theme.border)
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            format!(" {} ", crate::text::truncate(&title, inner_width)),
            theme.title,
        ));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
