//! The Coverage screen: what falls due, counts per route and state, a person's routes.

use crate::desk::screens::coverage::route_form::RouteField;
use crate::desk::widgets::table_row;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::desk::State;
use crate::desk::screens::coverage::{PersonCoverage, RouteForm, WINDOWS};
use crate::desk::widgets;
use crate::desk::widgets::theme::Theme;
use crate::domain::communes::{self, COMMUNES};
use crate::domain::coverage::next_steps;
use crate::i18n::words::step_msg;
use crate::i18n::{I18n, Msg};
use crate::text::truncate;

fn commune_name(key: &str, state: &State) -> String {
    communes::find(key)
        .map(|c| {
            if state.ctx.lang == crate::i18n::Lang::Nl {
                c.nl
            } else {
                c.fr
            }
            .to_string()
        })
        .unwrap_or_else(|| key.to_string())
}

/// Draws the Coverage screen; returns the cursor when a form is open.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
    rtl_rows: &mut Vec<Rect>,
) -> Option<(u16, u16)> {
    let area = area.inner(Margin::new(1, 0));
    let v = &state.coverage;
    if let Some(form) = &v.form {
        return Some(render_form(
            frame,
            area,
            form,
            !state.can(crate::domain::roles::Area::CoverageNotes),
            i18n,
            theme,
        ));
    }
    if let Some(c) = &v.composer {
        return crate::desk::screens::coverage::composer_view::render(
            frame, area, c, state, i18n, theme, rtl_rows,
        );
    }
    if let Some(p) = &v.person {
        render_person(frame, area, p, state, i18n, theme);
        return None;
    }
    let [filters, header, list, detail, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(area);
    let all = i18n.tr("coverage-all");
    let route = v
        .route
        .map(|r| i18n.tr(r.message_id()))
        .unwrap_or_else(|| all.clone());
    let commune = v
        .commune
        .and_then(|i| COMMUNES.get(i))
        .map(|c| commune_name(c.key, state))
        .unwrap_or(all);
    let line = i18n.render(
        &Msg::new("coverage-filters")
            .arg("days", WINDOWS[v.window % WINDOWS.len()])
            .arg("route", route)
            .arg("commune", commune),
    );
    let line = if v.mine {
        format!("{line} · {}", i18n.tr("coverage-mine"))
    } else {
        line
    };
    frame.render_widget(Paragraph::new(Line::styled(line, theme.title)), filters);
    if let Some(counts) = &v.counts {
        let mut lines = vec![Line::styled(i18n.tr("coverage-counts-title"), theme.dim)];
        lines.extend(counts.iter().map(|(r, s, n)| {
            Line::raw(format!(
                "{}  {n:>6}",
                table_row(&[
                    (&i18n.tr((*r).message_id()), 34),
                    (&i18n.tr((*s).message_id()), 22),
                ])
            ))
        }));
        frame.render_widget(Paragraph::new(lines), header.union(list));
        return None;
    }
    if v.items.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.tr("coverage-nothing-due"), theme.dim)),
            list,
        );
        return None;
    }
    let name_cells = 22;
    let route_cells = 14;
    let step_cells =
        usize::from(area.width).saturating_sub(2 + 10 + 2 + name_cells + 2 + route_cells + 2);
    let head = format!(
        "  {}  {}",
        table_row(&[
            (&i18n.tr("coverage-col-due"), 10),
            (&i18n.tr("queue-col-person"), name_cells),
            (&i18n.tr("coverage-col-route"), route_cells),
        ]),
        i18n.tr("coverage-col-next")
    );
    frame.render_widget(Paragraph::new(Line::styled(head, theme.dim)), header);
    let rows = usize::from(list.height);
    let first = v.selected.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = v
        .items
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, item)| {
            let who = item
                .person_name
                .clone()
                .map(|n| format!("{n} ({})", item.person_code))
                .unwrap_or_else(|| item.person_code.clone());
            let route = item
                .route
                .map(|r| i18n.tr(r.message_id()))
                .unwrap_or_default();
            let step = i18n.render(&step_msg(item.step, Some(item.due), i18n));
            let due = crate::desk::widgets::short_date(i18n, &item.due.to_string());
            let text = format!(
                "{} {}  {}",
                if item.overdue { "!" } else { " " },
                table_row(&[(&due, 10), (&who, name_cells), (&route, route_cells)]),
                truncate(&step, step_cells)
            );
            let style = if i == v.selected {
                theme.selected
            } else if item.overdue {
                theme.title
            } else {
                Default::default()
            };
            Line::styled(text, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
    // The chosen line's next step in full, wrapped: the column may have cut it.
    if let Some(item) = v.items.get(v.selected) {
        let step = i18n.render(&step_msg(item.step, Some(item.due), i18n));
        frame.render_widget(
            Paragraph::new(Line::styled(step, theme.title)).wrap(Wrap { trim: true }),
            detail,
        );
    }
    if let Some(msg) = &v.status {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.render(msg), theme.dim)),
            status,
        );
    }
    None
}

fn render_person(
    frame: &mut Frame,
    area: Rect,
    p: &PersonCoverage,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) {
    let today = state.ctx.now.date();
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{}  ", p.person.code), theme.title),
        Span::raw(p.person.name_with_alias().unwrap_or_default()),
    ])];
    // What became of the referral just written comes first, where the eye is.
    for note in &state.coverage.notes {
        lines.push(Line::styled(i18n.render(note), theme.notice));
    }
    lines.extend([Line::raw(
        match (p.access.free_care_from, p.access.free_care_review) {
            (Some(from), Some(review)) => i18n.render(
                &Msg::new("coverage-free-care-on")
                    .arg(
                        "from",
                        crate::desk::widgets::short_date(i18n, &from.to_string()),
                    )
                    .arg(
                        "review",
                        crate::desk::widgets::short_date(i18n, &review.to_string()),
                    ),
            ),
            _ => i18n.tr("coverage-free-care-off"),
        },
    )]);
    if p.access.low_income {
        lines.push(Line::raw(i18n.tr("coverage-low-income")));
    }
    let plain: Vec<_> = p.routes.iter().map(|r| r.coverage.clone()).collect();
    if crate::domain::coverage::suggest_bim(&plain, p.access.low_income) {
        lines.push(Line::styled(i18n.tr("step-suggest-bim"), theme.notice));
    }
    lines.push(Line::raw(""));
    if p.routes.is_empty() {
        lines.push(Line::styled(i18n.tr("coverage-no-routes"), theme.dim));
    }
    for (i, r) in p.routes.iter().enumerate() {
        let c = &r.coverage;
        let mut head = format!(
            "{} — {}",
            c.route.map(|x| i18n.tr(x.message_id())).unwrap_or_default(),
            c.state.map(|x| i18n.tr(x.message_id())).unwrap_or_default()
        );
        if let Some(k) = &c.commune {
            head.push_str(&format!(" · CPAS {}", commune_name(k, state)));
        }
        let style = if i == p.selected {
            theme.selected
        } else {
            theme.title
        };
        lines.push(Line::styled(head, style));
        for n in next_steps(c, today, state.ctx.renew_days) {
            let mark = if n.overdue { "! " } else { "  " };
            lines.push(Line::raw(format!(
                "{mark}{}",
                i18n.render(&step_msg(Some(n.step), n.due, i18n))
            )));
        }
    }
    // Where the person was referred, for those who may know it (a partner can tell a reason).
    if state.can(crate::domain::roles::Area::ReferralReason) && !p.referrals.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(i18n.tr("coverage-referrals"), theme.title));
        for r in p.referrals.iter().take(5) {
            lines.push(Line::raw(format!(
                "  {}  {}",
                crate::desk::widgets::short_date(
                    i18n,
                    r.created_at.get(..10).unwrap_or(&r.created_at)
                ),
                r.partner
            )));
        }
    }
    // What the counter gave them, for those who work the counter.
    let given: Vec<_> = p.exchanges.iter().filter(|x| !x.reversed).take(5).collect();
    if state.can(crate::domain::roles::Area::Counter) && !given.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(i18n.tr("counter-page-title"), theme.title));
        for x in given {
            let what = crate::store::counter::lines_text(&p.counter_items, &x.lines, i18n);
            let mut text = i18n.render(
                &Msg::new("counter-page-line")
                    .arg("what", what)
                    .arg("returned", x.returned),
            );
            // Material given in the street says so: the counter's figures are apart.
            if x.session_id.is_some() {
                text = format!("{} · {text}", i18n.tr("counter-page-outreach"));
            }
            lines.push(Line::raw(truncate(
                &format!(
                    "  {}  {text}",
                    crate::desk::widgets::short_date(i18n, x.at.get(..10).unwrap_or(&x.at))
                ),
                usize::from(area.width),
            )));
        }
    }
    if state.can(crate::domain::roles::Area::Outreach) {
        lines.extend(crate::desk::screens::outreach::page_lines(
            &p.outreach,
            i18n,
            theme,
        ));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

fn render_form(
    frame: &mut Frame,
    area: Rect,
    form: &RouteForm,
    hide_notes: bool,
    i18n: &I18n,
    theme: &Theme,
) -> (u16, u16) {
    frame.render_widget(
        Paragraph::new(Line::styled(i18n.tr("form-title-route"), theme.title)),
        Rect { height: 1, ..area },
    );
    let labels = RouteForm::LABELS.map(|id| i18n.tr(id));
    let shown: Vec<_> = form
        .inputs
        .iter()
        .enumerate()
        .map(|(i, input)| {
            let field = RouteForm::ORDER[i];
            if hide_notes && field.is_note() {
                crate::desk::widgets::input::TextInput::with_text(&i18n.tr("field-hidden"))
            } else if let Some(choices) = RouteForm::choices(field, i18n.lang()) {
                // A coded field shows the name of its choice, never the code.
                crate::desk::widgets::input::TextInput::with_text(
                    &crate::desk::widgets::picker::shown(input, &choices),
                )
            } else {
                input.clone()
            }
        })
        .collect();
    let cursor = widgets::labelled_fields(
        frame,
        Rect {
            y: area.y + 2,
            height: area.height.saturating_sub(2),
            ..area
        },
        &labels,
        &shown,
        form.focus.index(),
        theme,
    );
    let y = area.y + 3 + u16::try_from(labels.len()).unwrap_or(10);
    if y < area.bottom() {
        let hint = i18n.tr(match form.focus.get() {
            RouteField::Route | RouteField::State | RouteField::Commune => "picker-hint",
            _ => "coverage-date-hint",
        });
        let mut lines = vec![Line::styled(hint, theme.dim)];
        if let Some(msg) = &form.error {
            lines.push(Line::styled(i18n.render(msg), theme.notice));
        }
        frame.render_widget(
            Paragraph::new(lines).wrap(Wrap { trim: true }),
            Rect {
                y,
                height: area.bottom() - y,
                ..area
            },
        );
    }
    cursor
}
