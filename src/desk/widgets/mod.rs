//! Small pieces every screen uses: the top bar, the tab line, the hint bar, a text field.

pub mod focus;
pub mod input;
pub mod picker;
pub mod tabs;
pub mod theme;

pub use tabs::tab_line;

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::desk::State;
use crate::desk::keymap::{self};
use crate::desk::widgets::input::TextInput;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Lang, Msg};

/// Date and time as the interface language writes them.
pub fn date_time(i18n: &I18n, at: NaiveDateTime) -> String {
    crate::i18n::dates::short_with_time(i18n, at)
}

/// Line 1: product, site, desk on the left; language, date and clock on the right.
pub fn top_bar(frame: &mut Frame, area: Rect, state: &State, i18n: &I18n, theme: &Theme) {
    let mut left = format!(" {} · {}", i18n.tr("app-name"), i18n.tr("app-tagline"));
    if let Some(site) = &state.ctx.site_name {
        left.push_str(" · ");
        left.push_str(site);
    }
    if let Some(desk) = &state.ctx.desk_name {
        left.push_str(" · ");
        left.push_str(&i18n.render(&Msg::new("topbar-desk").arg("desk", desk.as_str())));
    }
    if let (Some(session), None) = (&state.ctx.session, &state.gate) {
        left.push_str(" · ");
        left.push_str(&session.name);
    }
    let lang = state.ctx.lang.code().to_uppercase();
    let mut right = format!("{lang} · {} ", date_time(i18n, state.ctx.now));
    if let Some(sync) = &state.ctx.sync {
        let sync = sync_text(sync, state.ctx.now, i18n);
        right = format!("{sync} · {right}");
        // On 80 columns the product's tagline gives way to the exchange, then the date (the
        // time stays), then the end of the left part.
        let room =
            |right: &str| usize::from(area.width).saturating_sub(crate::text::width(right) + 1);
        if crate::text::width(&left) > room(&right) {
            let tagline = format!(" · {}", i18n.tr("app-tagline"));
            left = left.replacen(&tagline, "", 1);
        }
        if crate::text::width(&left) > room(&right) {
            right = format!(
                "{sync} · {lang} · {} ",
                crate::i18n::dates::time(i18n, state.ctx.now)
            );
        }
        if crate::text::width(&left) > room(&right) {
            left = crate::text::truncate(&left, room(&right));
        }
    }
    frame.render_widget(Paragraph::new(left).style(theme.bar), area);
    frame.render_widget(
        Paragraph::new(right)
            .style(theme.bar)
            .alignment(Alignment::Right),
        area,
    );
}

/// The exchange with the other sites, as the top bar says it: when it last ran, and what
/// waits for the coordinator.
fn sync_text(sync: &crate::desk::ctx::SyncLine, now: NaiveDateTime, i18n: &I18n) -> String {
    let mut text = match sync.at {
        Some(at) if at.date() == now.date() => {
            i18n.render(&Msg::new("topbar-sync").arg("time", crate::i18n::dates::time(i18n, at)))
        }
        Some(at) => i18n.render(
            &Msg::new("topbar-sync").arg("time", crate::i18n::dates::short(i18n, at.date())),
        ),
        None => i18n.tr("topbar-sync-never"),
    };
    // Files held and fields or doses to review, in one figure: `seuil sync status` and
    // `conflicts` say which.
    let waiting = sync.held + sync.review;
    if waiting > 0 {
        text.push_str(" · ");
        text.push_str(
            &i18n.render(&Msg::new("topbar-sync-attention").arg("count", waiting as i64)),
        );
    }
    text
}

/// Last line: the keys that matter now, from the keymap; the screen's own keys first, then the
/// desk's while there is room.
pub fn hint_bar(
    frame: &mut Frame,
    area: Rect,
    hinted: &[(&keymap::Binding, String)],
    i18n: &I18n,
    theme: &Theme,
) {
    let mut spans = Vec::new();
    let mut used = 0usize;
    let room = usize::from(area.width);
    let mut push = |key: String, what: String, spans: &mut Vec<Span<'static>>| {
        let cells = crate::text::width(&key) + crate::text::width(&what) + 3;
        if used + cells > room {
            return;
        }
        used += cells;
        spans.push(Span::raw(" "));
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::raw(format!(" {what} ")));
    };
    for (binding, key) in hinted {
        if let Some(hint) = binding.hint {
            push(keymap::localise(key, i18n), i18n.tr(hint.id), &mut spans);
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// One labelled text field a line, from `area.y` down, labels padded to the widest; the focused
/// label is highlighted. Returns the cursor position in the focused field.
pub fn labelled_fields(
    frame: &mut Frame,
    area: Rect,
    labels: &[String],
    inputs: &[TextInput],
    focus: usize,
    theme: &Theme,
) -> (u16, u16) {
    let label_cells = labels
        .iter()
        .map(|l| crate::text::width(l))
        .max()
        .unwrap_or(0)
        + 3;
    let lw = u16::try_from(label_cells)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let mut cursor = (area.x, area.y);
    for (i, (label, input)) in labels.iter().zip(inputs).enumerate() {
        let y = area.y + u16::try_from(i).unwrap_or(u16::MAX - area.y);
        if y >= area.bottom() {
            break;
        }
        let style = if i == focus {
            theme.selected
        } else {
            Default::default()
        };
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!(" {}", crate::text::pad(label, label_cells - 1)),
                style,
            )),
            Rect {
                x: area.x,
                y,
                width: lw,
                height: 1,
            },
        );
        let field = Rect {
            x: area.x + lw,
            y,
            width: area.width.saturating_sub(lw),
            height: 1,
        };
        let at = field_line(frame, field, input, "", theme, i == focus);
        if i == focus {
            cursor = at;
        }
    }
    cursor
}

/// A text field on one line, `> ` then the text; the part around the cursor stays visible.
/// Returns the cursor position on screen.
pub fn text_field(
    frame: &mut Frame,
    area: Rect,
    input: &TextInput,
    placeholder: &str,
    theme: &Theme,
) -> (u16, u16) {
    field_line(frame, area, input, placeholder, theme, true)
}

/// What of a field's text fits in `room` cells, and the cursor's column in it. Text that does
/// not fit is shortened with a visible `…` where it is cut: at its end when the field is not
/// being typed in; around the cursor when it is (the whole text is one key away: the field).
fn fitted(input: &TextInput, room: usize, focused: bool) -> (String, usize) {
    let chars: Vec<char> = input.text().chars().collect();
    let cursor = input.cursor().min(chars.len());
    let text: String = chars.iter().collect();
    if crate::text::width(&text) <= room {
        let before: String = chars[..cursor].iter().collect();
        return (text, crate::text::width(&before));
    }
    if !focused {
        return (crate::text::truncate(&text, room), 0);
    }
    // Start as far left as the cursor allows, with room for the marks.
    let room = room.max(3);
    let mut start = 0;
    loop {
        let lead = usize::from(start > 0);
        let before: String = chars[start..cursor].iter().collect();
        if crate::text::width(&before) + lead < room || start >= cursor {
            break;
        }
        start += 1;
    }
    let lead = if start > 0 { "…" } else { "" };
    let mut shown = String::from(lead);
    let mut used = usize::from(start > 0);
    let mut end = start;
    while end < chars.len() {
        let w = crate::text::width(chars[end].encode_utf8(&mut [0; 4]));
        let tail = usize::from(end + 1 < chars.len());
        if used + w + tail > room && end >= cursor {
            break;
        }
        shown.push(chars[end]);
        used += w;
        end += 1;
    }
    if end < chars.len() {
        shown.push('…');
    }
    let before: String = chars[start..cursor].iter().collect();
    (shown, usize::from(start > 0) + crate::text::width(&before))
}

fn field_line(
    frame: &mut Frame,
    area: Rect,
    input: &TextInput,
    placeholder: &str,
    theme: &Theme,
    focused: bool,
) -> (u16, u16) {
    let prompt = "> ";
    let room = usize::from(area.width)
        .saturating_sub(prompt.len() + 1)
        .max(1);
    let (shown, cursor_cols) = fitted(input, room, focused);
    let line = if input.is_empty() {
        Line::from(vec![
            Span::raw(prompt),
            Span::styled(placeholder.to_string(), theme.dim),
        ])
    } else {
        Line::from(vec![Span::raw(prompt), Span::raw(shown)])
    };
    frame.render_widget(Paragraph::new(line), area);
    let x = area.x + u16::try_from(prompt.len() + cursor_cols).unwrap_or(area.width);
    (x.min(area.right().saturating_sub(1)), area.y)
}

/// A stored date (`YYYY-MM-DD`) as the interface language writes it.
pub fn short_date(i18n: &I18n, stored: &str) -> String {
    let parts: Vec<&str> = stored.get(..10).unwrap_or("").split('-').collect();
    match parts.as_slice() {
        [y, m, d] => i18n.render(
            &Msg::new("date-short")
                .arg("day", *d)
                .arg("month", *m)
                .arg("year", *y),
        ),
        _ => String::new(),
    }
}

/// A stored date (`2026-11-23`) or birth (`1987-05`, `1987`) as a form fills it in: the way the
/// interface language writes dates (`23/11/2026`, `05-1987`), which every date field reads back.
pub fn typed_date(lang: Lang, stored: &str) -> String {
    let mut parts: Vec<&str> = stored.trim().split('-').collect();
    parts.reverse();
    parts.join(&lang.date_separator().to_string())
}

/// Name, then alias in «» when both are known; `—` for an anonymous record.
pub fn shown_name(p: &crate::store::Person, i18n: &I18n) -> String {
    p.name_with_alias()
        .unwrap_or_else(|| format!("({})", i18n.tr("intake-anonymous")))
}

/// The mark of a person who needs an intercultural mediator, on their ticket and in the
/// results at intake: the language, and the mediators who joined once someone did.
pub fn mediation_tag(i18n: &I18n, need: Option<&str>, mediators: &[String]) -> Option<String> {
    let lang = need?;
    Some(if mediators.is_empty() {
        i18n.render(&Msg::new("mediation-tag").arg("lang", lang))
    } else {
        i18n.render(
            &Msg::new("mediation-tag-joined")
                .arg("lang", lang)
                .arg("names", mediators.join(", ")),
        )
    })
}

/// One row of a table: each cell cut (with `…` at its end, in any script) or filled with
/// spaces to its column's width in cells, columns two spaces apart (where the bidi pass cuts
/// a row into segments).
pub fn table_row(cells: &[(&str, usize)]) -> String {
    cells
        .iter()
        .map(|(text, cells)| crate::text::pad(text, *cells))
        .collect::<Vec<_>>()
        .join("  ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_table_row_keeps_its_columns_in_every_script() {
        let row = super::table_row(&[("محمد الأمين", 6), ("ተስፋይ", 6), ("Łukasz", 3)]);
        assert_eq!(crate::text::width(&row), 6 + 2 + 6 + 2 + 3);
        assert!(
            row.starts_with("محمد …"),
            "cut at its end, with a mark: {row}"
        );
        assert!(row.ends_with("Łu…"));
    }

    #[test]
    fn a_long_field_is_cut_with_a_mark_at_its_end_or_around_the_cursor() {
        use super::input::TextInput;
        let reason = "Demande d'aide médicale urgente au CPAS d'Ixelles";
        let mut input = TextInput::with_text(reason);
        let (shown, _) = super::fitted(&input, 20, false);
        assert_eq!(crate::text::width(&shown), 20);
        assert!(
            shown.starts_with("Demande") && shown.ends_with('…'),
            "{shown}"
        );
        // Typing at the end: the end shows, marked as cut at its start.
        let (shown, at) = super::fitted(&input, 20, true);
        assert!(
            shown.starts_with('…') && shown.ends_with("Ixelles"),
            "{shown}"
        );
        assert!(crate::text::width(&shown) <= 20 && at <= 20);
        // The cursor in the middle: cut on both sides.
        for _ in 0..30 {
            input.handle(&crossterm::event::KeyEvent::from(
                crossterm::event::KeyCode::Left,
            ));
        }
        let (shown, _) = super::fitted(&input, 12, true);
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
    }
}
