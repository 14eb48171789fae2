//! Drawing the register window: products and their batches, the day's moves, the form open.
//! An expired batch is marked in words, never by colour alone.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use super::register::{Form, Register};
use crate::desk::overlays::centred;
use crate::desk::widgets::theme::Theme;
use crate::desk::widgets::{short_date, table_row};
use crate::domain::treatment::mg_text;
use crate::i18n::{I18n, Msg};
use crate::store::stock::{BatchBalance, MoveRow, product_name};

fn ml(v: Option<f64>) -> String {
    v.map(|ml| format!("{} ml", mg_text(ml)))
        .unwrap_or_default()
}

fn batch_line(b: &BatchBalance, i18n: &I18n) -> String {
    let expiry =
        i18n.render(&Msg::new("register-expires").arg("day", short_date(i18n, &b.expires)));
    let mark = if b.expired {
        i18n.tr("stock-expired-mark")
    } else {
        String::new()
    };
    format!(
        "    {}",
        table_row(&[
            (&b.lot, 10),
            (&format!("{} mg", mg_text(b.mg)), 10),
            (&ml(b.ml), 10),
            (&expiry, 16),
            (&mark, 18),
        ])
    )
}

fn move_line(m: &MoveRow, i18n: &I18n) -> String {
    table_row(&[
        (m.at.get(11..16).unwrap_or(""), 5),
        (&i18n.tr(&format!("stock-kind-{}", m.kind)), 11),
        (&m.lot, 10),
        (&format!("{:+} mg", m.mg), 10),
        (m.reason.as_deref().unwrap_or(""), 28),
    ])
}

/// The lines of the products and their batches.
fn stock_lines(r: &Register, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (i, (p, held)) in r.rows.iter().enumerate() {
        let name = product_name(&p.code, &p.names, i18n);
        let (mg, volume) = match held {
            Some(h) => (format!("{} mg", mg_text(h.mg)), ml(h.ml)),
            None => ("—".to_string(), String::new()),
        };
        let checked = match held.as_ref().and_then(|h| h.checked.as_ref()) {
            Some(c) => i18n
                .render(&Msg::new("register-checked").arg("time", c.at.get(11..16).unwrap_or(""))),
            None if held.is_some() => i18n.tr("register-not-checked"),
            None => String::new(),
        };
        let row = table_row(&[(&name, 24), (&mg, 11), (&volume, 10), (&checked, 20)]);
        let chosen = i == r.selected;
        lines.push(Line::from(vec![
            Span::styled(if chosen { "› " } else { "  " }, theme.title),
            Span::styled(row, if chosen { theme.selected } else { theme.title }),
        ]));
        for b in held.iter().flat_map(|h| &h.batches) {
            let style = if b.expired {
                theme.notice
            } else {
                Default::default()
            };
            lines.push(Line::styled(batch_line(b, i18n), style));
        }
    }
    lines
}

fn form_lines(form: &Form, r: &Register, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let name = r
        .rows
        .iter()
        .find(|(p, _)| p.code == form.product)
        .map_or(form.product.clone(), |(p, _)| {
            product_name(&p.code, &p.names, i18n)
        });
    let title = match form.kind {
        super::register::FormKind::Check => "register-check-title",
        super::register::FormKind::Receive => "register-receive-title",
    };
    let mut lines = vec![Line::styled(
        i18n.render(&Msg::new(title).arg("product", name)),
        theme.title,
    )];
    let labels: Vec<String> = form.kind.labels().iter().map(|id| i18n.tr(id)).collect();
    let cells = labels
        .iter()
        .map(|l| crate::text::width(l))
        .max()
        .unwrap_or(0);
    for (i, (label, input)) in labels.iter().zip(&form.fields).enumerate() {
        let focused = i == form.focus;
        lines.push(Line::from(vec![
            Span::styled(
                format!(" {}  ", crate::text::pad(label, cells)),
                if focused {
                    theme.selected
                } else {
                    Default::default()
                },
            ),
            Span::raw(format!(
                "{}{}",
                input.text(),
                if focused { "▏" } else { "" }
            )),
        ]));
    }
    lines
}

/// Draws the window over `area`.
pub fn render(frame: &mut Frame, area: Rect, r: &Register, i18n: &I18n, theme: &Theme) {
    // The whole body: the screen beneath is not read while the register is open.
    let rect = centred(area, area.width, area.height);
    let inner_rows = usize::from(rect.height.saturating_sub(2));
    let mut top = stock_lines(r, i18n, theme);
    if r.rows.is_empty() {
        top.push(Line::styled(i18n.tr("register-loading"), theme.dim));
    }
    let mut bottom = Vec::new();
    if let Some(form) = &r.form {
        bottom.push(Line::raw(""));
        bottom.extend(form_lines(form, r, i18n, theme));
    }
    if let Some(msg) = &r.status {
        bottom.push(Line::styled(i18n.render(msg), theme.notice));
    }
    // The day's moves fill what is left, the latest last.
    let room = inner_rows.saturating_sub(top.len() + bottom.len() + 2);
    let mut lines = top;
    lines.push(Line::raw(""));
    lines.push(Line::styled(i18n.tr("register-moves-today"), theme.title));
    if r.moves.is_empty() {
        lines.push(Line::styled(i18n.tr("stock-no-moves"), theme.dim));
    }
    let skip = r.moves.len().saturating_sub(room);
    lines.extend(
        r.moves[skip..]
            .iter()
            .map(|m| Line::raw(move_line(m, i18n))),
    );
    lines.extend(bottom);
    let block = Block::bordered()
        .border_set(theme.border)
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            format!(" {} ", i18n.tr("register-title")),
            theme.title,
        ));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(ratatui::widgets::Wrap { trim: false }),
        rect,
    );
}
