//! Drawing the counter's list window: the items with their keys and kinds, the naloxone
//! batches with the kits left, the form open. A removed or expired line is said in words,
//! never by colour alone.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use super::counter_list::{ADD_EXCHANGE, ADD_KIND, CounterList, Form, FormKind};
use crate::desk::overlays::centred;
use crate::desk::widgets::theme::Theme;
use crate::desk::widgets::{short_date, table_row};
use crate::domain::counter::KINDS;
use crate::i18n::{I18n, Msg};

/// Message id of a kind of material.
pub fn kind_id(kind: &str) -> String {
    format!("counter-kind-{kind}")
}

fn item_lines(l: &CounterList, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(
        format!(
            "  {}",
            table_row(&[
                (&i18n.tr("counter-list-col-key"), 8),
                (&i18n.tr("counter-col-item"), 28),
                (&i18n.tr("counter-list-col-kind"), 22),
                (&i18n.tr("counter-list-col-exchange"), 8),
            ])
        ),
        theme.dim,
    )];
    for (i, item) in l.items.iter().enumerate() {
        let chosen = i == l.selected;
        let key = item.key.map(String::from).unwrap_or_default();
        let exchange = if item.exchange {
            i18n.tr("counter-list-exchange-yes")
        } else {
            String::new()
        };
        let row = table_row(&[
            (&key, 8),
            (&item.name(i18n), 28),
            (&i18n.tr(&kind_id(&item.kind)), 22),
            (&exchange, 8),
        ]);
        lines.push(Line::from(vec![
            Span::styled(if chosen { "› " } else { "  " }, theme.title),
            Span::styled(row, if chosen { theme.selected } else { theme.title }),
        ]));
    }
    lines
}

fn batch_lines(l: &CounterList, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(i18n.tr("counter-list-batches"), theme.title)];
    if l.batches.is_empty() {
        lines.push(Line::styled(i18n.tr("counter-naloxone-none"), theme.dim));
    }
    for b in &l.batches {
        let expiry =
            i18n.render(&Msg::new("counter-list-expires").arg("day", short_date(i18n, &b.expires)));
        let left = i18n.render(
            &Msg::new("counter-list-kits-left")
                .arg("left", b.left)
                .arg("kits", b.kits),
        );
        let mark = if b.expired {
            i18n.tr("counter-list-expired")
        } else {
            String::new()
        };
        let row = table_row(&[(&b.lot, 14), (&expiry, 18), (&left, 22), (&mark, 12)]);
        lines.push(Line::styled(
            format!("  {row}"),
            if b.expired {
                theme.notice
            } else {
                Default::default()
            },
        ));
    }
    lines
}

fn form_lines(form: &Form, l: &CounterList, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let name = |code: &str| {
        l.items
            .iter()
            .find(|i| i.code == code)
            .map_or(code.to_string(), |i| i.name(i18n))
    };
    let title = match &form.kind {
        FormKind::Add => i18n.tr("counter-list-add-title"),
        FormKind::Rename(code) => {
            i18n.render(&Msg::new("counter-list-rename-title").arg("item", name(code)))
        }
        FormKind::Rekey(code) => {
            i18n.render(&Msg::new("counter-list-rekey-title").arg("item", name(code)))
        }
        FormKind::Naloxone => i18n.tr("counter-list-naloxone-title"),
    };
    let mut lines = vec![Line::styled(title, theme.title)];
    let labels: Vec<String> = form.labels().iter().map(|id| i18n.tr(id)).collect();
    let cells = labels
        .iter()
        .map(|l| crate::text::width(l))
        .max()
        .unwrap_or(0);
    for (i, (label, input)) in labels.iter().zip(&form.fields).enumerate() {
        let focused = i == form.focus;
        let value = match (form.is_choice(i), i) {
            (true, ADD_KIND) => {
                let kind = KINDS.get(form.item_kind).copied().unwrap_or("other");
                format!("◂ {} ▸", i18n.tr(&kind_id(kind)))
            }
            (true, ADD_EXCHANGE) => {
                let mark = if form.exchange { "[x]" } else { "[ ]" };
                format!("{mark} {}", i18n.tr("counter-list-exchange-hint"))
            }
            _ => format!("{}{}", input.text(), if focused { "▏" } else { "" }),
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!(" {}  ", crate::text::pad(label, cells)),
                if focused {
                    theme.selected
                } else {
                    Default::default()
                },
            ),
            Span::raw(value),
        ]));
    }
    lines
}

/// Draws the window over `area`: the items scroll above the naloxone batches and what was
/// said, which stay in sight.
pub fn render(frame: &mut Frame, area: Rect, l: &CounterList, i18n: &I18n, theme: &Theme) {
    let rect = centred(area, area.width, area.height);
    let inner = usize::from(rect.height.saturating_sub(2));
    let mut bottom = Vec::new();
    if let Some(code) = &l.removing {
        let name = l
            .items
            .iter()
            .find(|i| i.code == *code)
            .map_or(code.clone(), |i| i.name(i18n));
        bottom.push(Line::styled(
            i18n.render(&Msg::new("counter-list-remove-ask").arg("item", name)),
            theme.notice,
        ));
    }
    if let Some(msg) = &l.status {
        bottom.push(Line::styled(i18n.render(msg), theme.notice));
    }
    let mut shown: Vec<Line> = match &l.form {
        // A form takes the window: the add form has ten fields.
        Some(form) => form_lines(form, l, i18n, theme),
        None => {
            let mut batches = batch_lines(l, i18n, theme);
            batches.truncate(inner / 3);
            let room = inner.saturating_sub(batches.len() + bottom.len() + 2);
            let mut items = item_lines(l, i18n, theme);
            if l.items.is_empty() {
                items.push(Line::styled(i18n.tr("register-loading"), theme.dim));
            }
            // The header stays; the chosen item stays in sight under it.
            let header = items.remove(0);
            let rows = room.saturating_sub(1);
            let skip = (l.selected + 1).saturating_sub(rows);
            let mut lines = vec![header];
            lines.extend(items.into_iter().skip(skip).take(rows));
            lines.push(Line::raw(""));
            lines.extend(batches);
            lines
        }
    };
    if !bottom.is_empty() {
        shown.push(Line::raw(""));
        shown.extend(bottom);
    }
    let block = Block::bordered()
        .border_set(theme.border)
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            format!(" {} ", i18n.tr("counter-list-title")),
            theme.title,
        ));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(shown)
            .block(block)
            .wrap(Wrap { trim: false }),
        rect,
    );
}
