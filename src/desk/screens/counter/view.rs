//! Drawing the Counter screen: the item list (key, name, this exchange, the day) on the left;
//! the exchange being entered, what was said and the day's totals on the right. Pure.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::{Asking, CounterView, Status, reversal};
use crate::desk::State;
use crate::desk::widgets::theme::Theme;
use crate::desk::widgets::{labelled_fields, table_row};
use crate::i18n::{I18n, Msg};
use crate::store::counter::{Exchange, lines_text};

const NOW: usize = 5;
const DAY: usize = 6;

/// Draws the screen; returns where the cursor goes when a field is typed in.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let view = &state.counter;
    // The reversal report takes the whole screen: its choices must read in full.
    if let Some(form) = &view.reversal {
        return Some(reversal_form(frame, area, form, i18n, theme));
    }
    let [left, _, right] = Layout::horizontal([
        Constraint::Percentage(56),
        Constraint::Length(1),
        Constraint::Min(20),
    ])
    .areas(area);
    list(frame, left, view, i18n, theme);
    if let Some(search) = &view.search {
        return Some(person_search(frame, right, search, i18n, theme));
    }
    exchange(frame, right, view, i18n, theme);
    None
}

fn list(frame: &mut Frame, area: Rect, view: &CounterView, i18n: &I18n, theme: &Theme) {
    let name = usize::from(area.width)
        .saturating_sub(3 + NOW + DAY + 6)
        .max(6);
    let head = format!(
        "   {}",
        table_row(&[
            (&i18n.tr("counter-col-item"), name),
            (&pad_left(&i18n.tr("counter-col-now"), NOW), NOW),
            (&pad_left(&i18n.tr("counter-col-today"), DAY), DAY),
        ])
    );
    let mut lines = vec![Line::styled(head, theme.dim)];
    let rows = usize::from(area.height).saturating_sub(1);
    // The selected line stays in view on a list longer than the screen.
    let first = view.selected.saturating_sub(rows.saturating_sub(1));
    for (at, item) in view.items.iter().enumerate().skip(first).take(rows) {
        let now = view.count(&item.code);
        let now = if now > 0 {
            now.to_string()
        } else {
            String::new()
        };
        let day = view.totals.of(&item.code);
        let day = if day > 0 {
            day.to_string()
        } else {
            String::new()
        };
        let row = format!(
            " {} {}",
            item.key.map(String::from).unwrap_or_default(),
            table_row(&[
                (&item.name(i18n), name),
                (&pad_left(&now, NOW), NOW),
                (&pad_left(&day, DAY), DAY),
            ])
        );
        let style = if at == view.selected {
            theme.selected
        } else if !now.is_empty() {
            theme.title
        } else {
            Style::default()
        };
        lines.push(Line::styled(row, style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn pad_left(text: &str, cells: usize) -> String {
    crate::text::pad_left(text, cells)
}

/// `label  value`, the value at the end of the column.
fn pair(label: String, value: String, width: u16, style: Style) -> Line<'static> {
    let room = usize::from(width).saturating_sub(crate::text::width(&value) + 1);
    Line::styled(format!("{} {value}", crate::text::pad(&label, room)), style)
}

fn exchange(frame: &mut Frame, area: Rect, view: &CounterView, i18n: &I18n, theme: &Theme) {
    let w = area.width;
    let given = view.exchange_given();
    let balance = crate::domain::counter::balance(given, view.returned);
    let person = match &view.person {
        Some((_, code, name)) => format!("{code} {name}").trim().to_string(),
        None => i18n.tr("counter-anonymous"),
    };
    let mut lines = vec![
        Line::styled(i18n.tr("counter-this-exchange"), theme.title),
        pair(
            format!("r {}", i18n.tr("counter-returned-label")),
            view.returned.to_string(),
            w,
            Style::default(),
        ),
        pair(
            format!("t {}", i18n.tr("counter-others-label")),
            view.for_others.to_string(),
            w,
            Style::default(),
        ),
        Line::raw(crate::text::truncate(
            &i18n.render(&Msg::new("counter-person-line").arg("person", person)),
            usize::from(w),
        )),
        pair(
            i18n.tr("counter-balance-label"),
            balance.to_string(),
            w,
            theme.title,
        ),
        Line::styled(
            i18n.render(
                &Msg::new("counter-balance-detail")
                    .arg("given", given)
                    .arg("returned", view.returned),
            ),
            theme.dim,
        ),
    ];
    if view.emergency {
        lines.push(Line::styled(i18n.tr("counter-emergency-on"), theme.notice));
    }
    if let Some(n) = view.number {
        lines.push(Line::styled(
            i18n.render(&Msg::new("counter-count-armed").arg("count", n)),
            theme.key,
        ));
    }
    lines.push(Line::styled(naloxone(view, i18n), theme.dim));
    let today = today_lines(view, w, i18n, theme);
    let top_text = Paragraph::new(lines).wrap(Wrap { trim: true });
    let [top, said, bottom] = Layout::vertical([
        Constraint::Length(u16::try_from(top_text.line_count(w)).unwrap_or(9)),
        Constraint::Min(1),
        Constraint::Length(u16::try_from(today.len()).unwrap_or(6)),
    ])
    .areas(area);
    frame.render_widget(top_text, top);
    if let Some(text) = said_text(view, i18n) {
        let style = if view.asking.is_some() {
            theme.selected
        } else {
            theme.notice
        };
        frame.render_widget(
            Paragraph::new(Line::styled(text, style)).wrap(Wrap { trim: true }),
            said,
        );
    }
    frame.render_widget(Paragraph::new(today), bottom);
}

fn naloxone(view: &CounterView, i18n: &I18n) -> String {
    match &view.naloxone {
        Some(b) => i18n.render(
            &Msg::new("counter-naloxone-next")
                .arg("lot", b.lot.as_str())
                .arg(
                    "expires",
                    crate::desk::widgets::short_date(i18n, &b.expires),
                )
                .arg("left", b.left),
        ),
        None => i18n.tr("counter-naloxone-none"),
    }
}

fn today_lines(view: &CounterView, w: u16, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let t = &view.totals;
    vec![
        Line::styled(i18n.tr("counter-today"), theme.title),
        pair(
            i18n.tr("counter-today-exchanges"),
            t.exchanges.to_string(),
            w,
            Style::default(),
        ),
        pair(
            i18n.tr("counter-returned-label"),
            t.returned.to_string(),
            w,
            Style::default(),
        ),
        pair(
            i18n.tr("counter-others-label"),
            t.for_others.to_string(),
            w,
            Style::default(),
        ),
        pair(
            i18n.tr("counter-balance-label"),
            t.balance().to_string(),
            w,
            Style::default(),
        ),
        pair(
            i18n.tr("counter-today-emergencies"),
            t.emergencies.to_string(),
            w,
            Style::default(),
        ),
    ]
}

/// What was given, in words: the items, used material returned, for how many others, the
/// kits' lots and numbers (what a reversal report asks for later).
fn given_text(view: &CounterView, x: &Exchange, id: &'static str, i18n: &I18n) -> String {
    let mut parts = Vec::new();
    let what = lines_text(&view.items, &x.lines, i18n);
    if !what.is_empty() {
        parts.push(what);
    }
    if x.returned > 0 {
        parts.push(format!(
            "{} {}",
            i18n.tr("counter-returned-label"),
            x.returned
        ));
    }
    if x.for_others > 0 {
        parts.push(format!(
            "{} {}",
            i18n.tr("counter-others-label"),
            x.for_others
        ));
    }
    let mut text = i18n.render(&Msg::new(id).arg("what", parts.join(" · ")));
    if !x.kits.is_empty() {
        let mut lots: Vec<&str> = x.kits.iter().map(|k| k.lot.as_str()).collect();
        lots.dedup();
        let numbers: Vec<String> = x.kits.iter().map(|k| k.id.to_string()).collect();
        text.push_str(" · ");
        text.push_str(
            &i18n.render(
                &Msg::new("counter-saved-kit-numbers")
                    .arg("lots", lots.join(", "))
                    .arg("kits", numbers.join(", ")),
            ),
        );
    }
    text
}

fn said_text(view: &CounterView, i18n: &I18n) -> Option<String> {
    if let Some(asking) = &view.asking {
        return Some(match asking {
            Asking::Undo => i18n.tr("counter-ask-undo"),
            Asking::Confirm { item, count } => {
                let name = view
                    .items
                    .iter()
                    .find(|i| i.code == *item)
                    .map_or_else(|| i18n.tr("counter-returned-label"), |i| i.name(i18n));
                i18n.render(
                    &Msg::new("counter-ask-confirm")
                        .arg("count", *count)
                        .arg("item", name),
                )
            }
        });
    }
    Some(match view.status.as_ref()? {
        Status::Said(msg) => i18n.render(msg),
        Status::ListChanged(msg) => {
            format!("{} {}", i18n.render(msg), i18n.tr("counter-list-reloaded"))
        }
        Status::Saved(x) => given_text(view, x, "counter-saved", i18n),
        Status::Undone(x) => given_text(view, x, "counter-undone", i18n),
    })
}

fn person_search(
    frame: &mut Frame,
    area: Rect,
    search: &super::Search,
    i18n: &I18n,
    theme: &Theme,
) -> (u16, u16) {
    let [title, field, rows] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(i18n.tr("counter-person-label"), theme.title)),
        title,
    );
    let cursor = crate::desk::widgets::text_field(
        frame,
        field,
        &search.text,
        &i18n.tr("counter-person-search"),
        theme,
    );
    let mut lines = Vec::new();
    for (at, p) in search.found.iter().enumerate() {
        // The birth year tells namesakes apart.
        let born = p.birth_year.map(|y| format!(" ({y})")).unwrap_or_default();
        let text = format!(
            "{} {}{born}",
            p.code,
            crate::desk::widgets::shown_name(p, i18n)
        );
        let style = if at == search.at {
            theme.selected
        } else {
            Style::default()
        };
        lines.push(Line::styled(
            crate::text::truncate(&text, usize::from(area.width)),
            style,
        ));
    }
    if lines.is_empty() && search.text.text().trim().chars().count() >= 2 {
        lines.push(Line::styled(i18n.tr("counter-person-none"), theme.dim));
    }
    frame.render_widget(Paragraph::new(lines), rows);
    cursor
}

fn reversal_form(
    frame: &mut Frame,
    area: Rect,
    form: &reversal::ReversalForm,
    i18n: &I18n,
    theme: &Theme,
) -> (u16, u16) {
    let [title, fields, error] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(6),
        Constraint::Min(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(i18n.tr("counter-reversal-title"), theme.title)),
        title,
    );
    let labels: Vec<String> = [
        "counter-reversal-kit",
        "counter-reversal-person",
        "counter-reversal-on",
        "counter-reversal-called",
        "counter-reversal-outcome",
        "counter-reversal-note",
    ]
    .iter()
    .map(|id| i18n.tr(id))
    .collect();
    let choice = |id: &str| {
        crate::desk::widgets::input::TextInput::with_text(&format!("‹ {} ›", i18n.tr(id)))
    };
    let inputs = [
        form.kit.clone(),
        form.person.clone(),
        form.on.clone(),
        choice(form.called_id()),
        choice(form.outcome.message_id()),
        form.note.clone(),
    ];
    let cursor = labelled_fields(frame, fields, &labels, &inputs, form.focus.index(), theme);
    if let Some(msg) = &form.error {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.render(msg), theme.notice)).wrap(Wrap { trim: true }),
            error,
        );
    }
    cursor
}
