//! The intake screen: the search line, the ranked list of matching persons, what just happened.

use crate::desk::widgets::table_row;
use crate::desk::widgets::{short_date, shown_name};
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::desk::State;
use crate::desk::widgets;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};
use crate::store::Person;

/// Column widths: code, birth year, languages, last visit; the name takes the rest.
const CODE: usize = 6;
const BORN: usize = 4;
const LANGS: usize = 8;
const LAST: usize = 10;

fn row(p: &Person, near: bool, name_cells: usize, i18n: &I18n) -> String {
    let born = p
        .birth_year
        .map(|y| y.to_string())
        .unwrap_or_else(|| "—".into());
    let last = p
        .last_seen
        .as_deref()
        .map(|d| short_date(i18n, d))
        .unwrap_or_default();
    let mut name = shown_name(p, i18n);
    if let Some(tag) = widgets::mediation_tag(i18n, p.mediation.as_deref(), &[]) {
        name = format!("{tag} {name}");
    }
    if near {
        name = format!("≈ {name}");
    }
    table_row(&[
        (&p.code, CODE),
        (&name, name_cells),
        (&born, BORN),
        (&p.languages.join(","), LANGS),
        (&last, LAST),
    ])
}

/// Draws the intake screen; returns where the cursor goes.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    if let Some(form) = &state.intake.booking {
        return Some(crate::desk::screens::appointments::view::render_booking(
            frame,
            area,
            form,
            &state.ctx.services,
            i18n,
            theme,
        ));
    }
    if let Some(form) = &state.intake.form {
        let hidden = crate::desk::screens::intake::hidden_fields(&state.ctx);
        return crate::desk::screens::intake::form_view::render(
            frame,
            area,
            form,
            &hidden,
            &state.intake.results,
            i18n,
            theme,
        );
    }
    let area = area.inner(Margin::new(1, 0));
    let [label, field, header, list, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
    ])
    .areas(area);
    let intake = &state.intake;
    frame.render_widget(
        Paragraph::new(Line::styled(i18n.tr("intake-search-label"), theme.title)),
        label,
    );
    let shown = intake.results.len();
    let count = if shown > 0 && intake.results.iter().all(|p| intake.near.contains(&p.id)) {
        i18n.render(&Msg::new("intake-near-count").arg("count", intake.matched))
    } else if shown > 0 && intake.matched > shown {
        i18n.render(
            &Msg::new("intake-matched-more")
                .arg("shown", shown)
                .arg("count", intake.matched),
        )
    } else if shown > 0 {
        i18n.render(&Msg::new("intake-matched-count").arg("count", intake.matched.max(shown)))
    } else {
        match intake.registered {
            Some(n) => i18n.render(&Msg::new("intake-registered-count").arg("count", n)),
            None => i18n.tr("intake-loading"),
        }
    };
    // Where the worker is in the list, before how many there are.
    let count = if shown > 1 {
        let at = i18n.render(
            &Msg::new("intake-position")
                .arg("at", intake.selected + 1)
                .arg("shown", shown),
        );
        // Two spaces: its own segment, so it keeps its place in a right-to-left screen too.
        format!("{at}  {count}")
    } else {
        count
    };
    frame.render_widget(
        Paragraph::new(Line::styled(count, theme.dim)).alignment(Alignment::Right),
        label,
    );
    let cursor = widgets::text_field(
        frame,
        field,
        &intake.search,
        &i18n.tr("intake-search-placeholder"),
        theme,
    );

    let name_cells = usize::from(area.width)
        .saturating_sub(CODE + BORN + LANGS + LAST + 8)
        .max(8);
    if !intake.results.is_empty() {
        let head = table_row(&[
            (&i18n.tr("intake-col-code"), CODE),
            (&i18n.tr("intake-col-name"), name_cells),
            (&i18n.tr("intake-col-born"), BORN),
            (&i18n.tr("intake-col-languages"), LANGS),
            (&i18n.tr("intake-col-last-visit"), LAST),
        ]);
        frame.render_widget(Paragraph::new(Line::styled(head, theme.dim)), header);
        // The list scrolls with the selection: namesakes past the screen stay reachable.
        let rows = usize::from(list.height).max(1);
        let first = intake.selected.saturating_sub(rows - 1);
        let lines: Vec<Line> = intake
            .results
            .iter()
            .enumerate()
            .skip(first)
            .take(rows)
            .map(|(i, p)| {
                let style = if i == intake.selected {
                    theme.selected
                } else {
                    Default::default()
                };
                let near = intake.near.contains(&p.id);
                Line::from(Span::styled(row(p, near, name_cells, i18n), style))
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), list);
    } else {
        let text = if intake.search.text().trim().is_empty() {
            vec![Line::styled(i18n.tr("intake-empty-hint"), theme.dim)]
        } else if crate::domain::search::Query::parse(intake.search.text()).is_empty() {
            // A year being typed (1, 19, 198) is nothing to look for yet: no "nobody found",
            // no invitation to register.
            vec![Line::styled(i18n.tr("intake-keep-typing"), theme.dim)]
        } else if intake.results_for == intake.search.text() {
            vec![
                Line::raw(i18n.render(&Msg::new("intake-none").arg("query", intake.search.text()))),
                Line::styled(i18n.tr("intake-none-hint"), theme.dim),
            ]
        } else {
            Vec::new()
        };
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), list);
    }
    if let Some(msg) = &intake.status {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.render(msg), theme.title)).wrap(Wrap { trim: true }),
            status,
        );
    }
    Some(cursor)
}
