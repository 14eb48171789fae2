//! The steps of a contact as drawn: the material row, the person met, the partner, the
//! vaccination and care forms; and the form that starts a session.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::forms::{SHOWN_PLACES, StartField, VaccineForm, WordsForm};
use super::steps::partners;
use super::view_next::item_name;
use super::{OutreachView, Step};
use crate::desk::widgets::input::TextInput;
use crate::desk::widgets::theme::Theme;
use crate::desk::widgets::{self};
use crate::domain::outreach::{PLACE_KINDS, kind_id};
use crate::i18n::{I18n, Msg};

/// Above the items: what to type, and the count typed so far.
pub fn material_row(
    _view: &OutreachView,
    count: &str,
    i18n: &I18n,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(
        i18n.tr("outreach-material-label"),
        theme.title,
    )];
    if !count.is_empty() {
        lines.push(Line::styled(
            i18n.render(&Msg::new("outreach-material-count").arg("count", count)),
            theme.notice,
        ));
    }
    lines
}

/// The counter's items with their keys, in columns, with what the next contact holds of each.
pub fn material_grid(
    frame: &mut Frame,
    area: Rect,
    view: &OutreachView,
    i18n: &I18n,
    theme: &Theme,
) {
    const COLUMNS: usize = 3;
    let width = usize::from(area.width) / COLUMNS;
    let rows = view.loaded.items.len().div_ceil(COLUMNS);
    let mut lines: Vec<Line> = Vec::new();
    for r in 0..rows {
        let mut spans = Vec::new();
        for c in 0..COLUMNS {
            let Some(item) = view.loaded.items.get(c * rows + r) else {
                continue;
            };
            let had = view
                .next
                .given
                .iter()
                .find(|(code, _)| *code == item.code)
                .map(|(_, n)| format!(" ({n})"))
                .unwrap_or_default();
            let text = format!("{}{had}", item_name(i18n, &item.code));
            spans.push(Span::styled(format!("{} ", item.key), theme.key));
            spans.push(Span::raw(format!(
                "{}  ",
                widgets::table_row(&[(&text, width.saturating_sub(4))])
            )));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn field(label: &str, input: &TextInput, focused: bool, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(
            format!("{label} > "),
            if focused { theme.selected } else { theme.title },
        ),
        Span::raw(input.text().to_string()),
    ])
}

/// Where the cursor of a one-line field drawn by [`field`] at `row` goes.
fn cursor_at(area: Rect, row: u16, label: &str, input: &TextInput) -> (u16, u16) {
    let before: String = input.text().chars().take(input.cursor()).collect();
    let x = crate::text::width(label) + 3 + crate::text::width(&before);
    (
        area.x
            + u16::try_from(x)
                .unwrap_or(0)
                .min(area.width.saturating_sub(1)),
        area.y + row,
    )
}

/// The step open in the lower part of the session screen.
pub fn step(
    frame: &mut Frame,
    area: Rect,
    view: &OutreachView,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    match &view.step {
        Step::Person {
            input,
            found,
            selected,
            error,
        } => {
            let label = i18n.tr("outreach-person-label");
            let mut lines = vec![field(&label, input, true, theme)];
            if found.is_empty() {
                lines.push(Line::styled(i18n.tr("outreach-person-hint"), theme.dim));
            }
            for (i, p) in found.iter().enumerate() {
                let name = p
                    .display_name()
                    .unwrap_or_else(|| i18n.tr("intake-anonymous"));
                let style = if i == *selected {
                    theme.selected
                } else {
                    Default::default()
                };
                // The birth year tells namesakes apart.
                let born = p.birth_year.map(|y| format!(" ({y})")).unwrap_or_default();
                lines.push(Line::styled(
                    format!(
                        " {} {}  {name}{born}",
                        if i == *selected { ">" } else { " " },
                        p.code
                    ),
                    style,
                ));
            }
            if let Some(e) = error {
                lines.push(Line::styled(i18n.render(e), theme.notice));
            }
            frame.render_widget(Paragraph::new(lines), area);
            Some(cursor_at(area, 0, &label, input))
        }
        Step::Partner { input, selected } => {
            let label = i18n.tr("outreach-partner-label");
            let mut lines = vec![field(&label, input, true, theme)];
            let shown = partners(view, input.text());
            if shown.is_empty() {
                lines.push(Line::styled(i18n.tr("outreach-partner-none"), theme.dim));
            }
            for (i, p) in shown
                .iter()
                .enumerate()
                .take(usize::from(area.height.saturating_sub(1)))
            {
                let style = if i == *selected {
                    theme.selected
                } else {
                    Default::default()
                };
                lines.push(Line::styled(
                    format!(" {} {}", if i == *selected { ">" } else { " " }, p.name),
                    style,
                ));
            }
            frame.render_widget(Paragraph::new(lines), area);
            Some(cursor_at(area, 0, &label, input))
        }
        Step::Vaccine(form) => fields(
            frame,
            area,
            &VaccineForm::LABELS,
            &form.inputs,
            form.focus.index(),
            form.error.as_ref(),
            i18n,
            theme,
        ),
        Step::Words(form) => fields(
            frame,
            area,
            &WordsForm::LABELS,
            &form.inputs,
            form.focus.index(),
            None,
            i18n,
            theme,
        ),
        _ => None,
    }
}

#[allow(clippy::too_many_arguments)]
fn fields(
    frame: &mut Frame,
    area: Rect,
    labels: &[&str],
    inputs: &[TextInput],
    focus: usize,
    error: Option<&Msg>,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let labels: Vec<String> = labels.iter().map(|id| i18n.tr(id)).collect();
    let rows = u16::try_from(labels.len()).unwrap_or(0);
    let cursor = widgets::labelled_fields(
        frame,
        Rect {
            height: rows.min(area.height),
            ..area
        },
        &labels,
        inputs,
        focus,
        theme,
    );
    if let Some(msg) = error {
        let y = area.y + rows + 1;
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.render(msg), theme.notice)).wrap(Wrap { trim: true }),
            Rect {
                y,
                height: area.bottom().saturating_sub(y),
                ..area
            },
        );
    }
    Some(cursor)
}

/// The form that starts a session: the place (the matching ones listed, or a new one with
/// its kind), the day, the team, who was there.
pub fn start(
    frame: &mut Frame,
    area: Rect,
    view: &OutreachView,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    let form = view.start.as_ref()?;
    let place_label = i18n.tr("outreach-field-place");
    let kind_label = i18n.tr("outreach-field-kind");
    let mut lines = vec![
        Line::styled(i18n.tr("outreach-start-title"), theme.title),
        Line::raw(""),
        field(
            &place_label,
            &form.place,
            form.focus.is(StartField::Place),
            theme,
        ),
    ];
    let matches = form.matches(&view.loaded.places, SHOWN_PLACES);
    for (i, p) in matches.iter().enumerate() {
        let chosen = form.chosen == Some(i);
        let style = if chosen {
            theme.selected
        } else {
            Default::default()
        };
        lines.push(Line::styled(
            format!(
                "   {} {} ({})",
                if chosen { ">" } else { " " },
                p.name,
                i18n.tr(kind_id(&p.kind))
            ),
            style,
        ));
    }
    let typed = form.place.text().trim();
    let new_place = form.is_new_place(&view.loaded.places);
    if new_place {
        // A name the register would refuse says so at once, not after Enter.
        let said = match crate::domain::outreach::place_name(typed) {
            Ok(_) => Msg::new("outreach-start-new-place").arg("place", typed),
            Err(why) => Msg::new(why.message_id()),
        };
        lines.push(Line::styled(i18n.render(&said), theme.notice));
    }
    // A place of the register has its own kind; a new one takes the kind chosen here.
    let kind = match form.known_place(&view.loaded.places) {
        Some(p) => p.kind.as_str(),
        None => PLACE_KINDS.get(form.kind).copied().unwrap_or("other"),
    };
    let kind = i18n.tr(kind_id(kind));
    let kind_style = if form.focus.is(StartField::Kind) {
        theme.selected
    } else {
        theme.title
    };
    lines.push(Line::from(vec![
        Span::styled(format!("{kind_label} > "), kind_style),
        Span::raw(if new_place {
            format!("◂ {kind} ▸")
        } else {
            format!("({kind})")
        }),
    ]));
    let mut rows = Vec::new();
    let commune =
        new_place.then_some((StartField::Commune, "outreach-field-commune", &form.commune));
    for (which, id, input) in commune.into_iter().chain([
        (StartField::Day, "outreach-field-day", &form.day),
        (StartField::Team, "outreach-field-team", &form.team),
        (StartField::Staff, "outreach-field-staff", &form.staff),
    ]) {
        let label = i18n.tr(id);
        rows.push((
            which,
            u16::try_from(lines.len()).unwrap_or(0),
            label.clone(),
            input,
        ));
        lines.push(field(&label, input, form.focus.is(which), theme));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(i18n.tr("outreach-start-hint"), theme.dim));
    if let Some(e) = &form.error {
        lines.push(Line::styled(i18n.render(e), theme.notice));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
    match form.focus.get() {
        StartField::Place => Some(cursor_at(area, 2, &place_label, &form.place)),
        StartField::Kind => None,
        focused => rows
            .iter()
            .find(|(which, ..)| *which == focused)
            .map(|(_, row, label, input)| cursor_at(area, *row, label, input)),
    }
}
