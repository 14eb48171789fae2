//! "Send to": the services, one digit each, and the priority for the ticket.

use crate::desk::effect::Effect;
use crate::store::queues::Entry;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use crate::desk::overlays::Whom;
use crate::desk::overlays::centred;
use crate::desk::widgets::shown_name;
use crate::desk::widgets::theme::Theme;
use crate::desk::{Overlay, State};
use crate::domain::queue::Priority;
use crate::i18n::{I18n, Msg};

/// Message id of a priority's name.
pub fn priority_id(p: Priority) -> &'static str {
    p.message_id()
}

/// Draws the window over `area`.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    overlay: &Overlay,
    i18n: &I18n,
    theme: &Theme,
) {
    let Overlay::Route {
        whom,
        priority,
        note,
        editing_note,
        ticket,
        coverage,
        mediation,
    } = overlay
    else {
        return;
    };
    let (priority, editing_note) = (*priority, *editing_note);
    let mut lines = vec![
        match whom {
            // A long name is shortened with a mark; the whole of it is on the person's page.
            Whom::Known(person) => Line::from(vec![
                Span::styled(format!("{}  ", person.code), theme.title),
                Span::raw(crate::text::truncate(&shown_name(person, i18n), 48)),
            ]),
            // The code is drawn when the worker confirms.
            Whom::New(fields) => {
                let label = i18n.tr("route-new-person");
                let room = 54usize.saturating_sub(crate::text::width(&label));
                Line::from(vec![
                    Span::styled(format!("{label}  "), theme.title),
                    Span::raw(crate::text::truncate(&new_name(fields, i18n), room)),
                ])
            }
        },
        Line::raw(""),
    ];
    for (i, s) in state.ctx.services.iter().enumerate().take(9) {
        let style = if s.open {
            Default::default()
        } else {
            theme.dim
        };
        let closed = if s.open {
            String::new()
        } else {
            format!("  ({})", i18n.tr("service-closed"))
        };
        lines.push(Line::from(vec![
            Span::styled(format!(" {} ", i + 1), theme.key),
            Span::styled(
                format!("  {}  {}{closed}", s.letter, s.name(state.ctx.lang)),
                style,
            ),
        ]));
    }
    if let Some((routes, access)) = &state.intake.route_coverage {
        lines.push(Line::raw(""));
        let open: Vec<_> = routes
            .iter()
            .filter(|r| r.coverage.state != Some(crate::domain::coverage::State::Closed))
            .collect();
        match (routes.is_empty(), coverage) {
            (true, Some(route)) => lines.push(Line::styled(
                i18n.render(
                    &Msg::new("route-coverage-chosen").arg("route", i18n.tr(route.message_id())),
                ),
                theme.title,
            )),
            (true, None) => lines.push(Line::styled(
                i18n.tr("route-coverage-question"),
                theme.title,
            )),
            _ => {}
        }
        for r in open.iter().take(2) {
            use crate::i18n::words::step_msg;
            let c = &r.coverage;
            let mut text = format!(
                "{} — {}",
                c.route.map(|x| i18n.tr(x.message_id())).unwrap_or_default(),
                c.state.map(|x| i18n.tr(x.message_id())).unwrap_or_default()
            );
            if let Some(n) =
                crate::domain::coverage::next_steps(c, state.ctx.now.date(), state.ctx.renew_days)
                    .first()
            {
                text.push_str(" · ");
                text.push_str(&i18n.render(&step_msg(Some(n.step), n.due, i18n)));
            }
            // Wrapped by the window, never cut: a date or a step is read whole.
            lines.push(Line::raw(text));
        }
        if let (Some(_), Some(review)) = (access.free_care_from, access.free_care_review) {
            lines.push(Line::styled(
                i18n.render(&Msg::new("route-free-care").arg(
                    "review",
                    crate::desk::widgets::short_date(i18n, &review.to_string()),
                )),
                theme.title,
            ));
        }
    }
    if !state.intake.upcoming.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(i18n.tr("route-appointments"), theme.title));
        let today = state.ctx.now.format("%Y-%m-%d").to_string();
        for a in state.intake.upcoming.iter().take(3) {
            let service = state
                .ctx
                .services
                .iter()
                .find(|s| s.code == a.service_code)
                .map(|s| s.name(state.ctx.lang).to_string())
                .unwrap_or_else(|| a.service_code.clone());
            let key = if a.day == today {
                Span::styled(" 0 ", theme.key)
            } else {
                Span::raw("   ")
            };
            lines.push(Line::from(vec![
                key,
                Span::raw(format!(
                    "  {} {}  {service}",
                    crate::desk::widgets::short_date(i18n, &a.day),
                    a.time
                )),
            ]));
        }
    }
    lines.push(Line::raw(""));
    let p_style = if priority == Priority::Normal {
        Default::default()
    } else {
        theme.notice
    };
    lines.push(Line::from(vec![
        Span::raw(format!("{} ", i18n.tr("route-priority"))),
        Span::styled(i18n.tr(priority_id(priority)), p_style),
    ]));
    lines.push(Line::from(vec![
        Span::raw(format!("{} ", i18n.tr("route-note"))),
        Span::styled(
            format!("{}{}", note.text(), if editing_note { "▏" } else { "" }),
            if editing_note {
                theme.selected
            } else {
                theme.dim
            },
        ),
    ]));
    lines.extend(mediation_line(whom, mediation.as_deref(), i18n, theme));
    lines.push(Line::styled(
        format!(
            "{} {}",
            if *ticket { "[x]" } else { "[ ]" },
            i18n.tr("route-ticket")
        ),
        if *ticket { theme.title } else { theme.dim },
    ));
    // Each line, plus one more for every 56 cells it runs over (the window wraps).
    let rows: usize = lines
        .iter()
        .map(|l| crate::text::line_width(l).saturating_sub(1) / 56 + 1)
        .sum();
    let height = u16::try_from(rows).unwrap_or(12) + 2;
    let rect = centred(area, 60, height);
    let block = Block::bordered()
        .border_set(theme.border)
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            format!(" {} ", i18n.render(&Msg::new("route-title"))),
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

/// Whether the person needs an intercultural mediator, and in which language: their own mark
/// once registered, else the one asked in this window. Nothing for someone with no language
/// written down (an anonymous walk-in): there is no language to ask a mediator in.
fn mediation_line<'a>(
    whom: &Whom,
    asked: Option<&str>,
    i18n: &I18n,
    theme: &Theme,
) -> Option<Line<'a>> {
    let need = whom.person().map_or(asked, |p| p.mediation.as_deref());
    Some(match need {
        Some(lang) => Line::styled(
            i18n.render(&Msg::new("route-mediation").arg("lang", lang)),
            theme.notice,
        ),
        None if whom.languages().is_empty() => return None,
        None => Line::styled(i18n.tr("route-mediation-none"), theme.dim),
    })
}

/// A person's mark was saved while their "send to" window is open: the window shows it.
pub fn marked(state: &mut State, person: &crate::store::Person) -> Vec<Effect> {
    if let Some(Overlay::Route {
        whom: Whom::Known(p),
        ..
    }) = state.overlays.last_mut()
        && p.id == person.id
    {
        **p = person.clone();
    }
    Vec::new()
}

/// The name of someone not registered yet, as the register will show it.
fn new_name(f: &crate::domain::person::Fields, i18n: &I18n) -> String {
    let full = [&f.given_name, &f.family_name]
        .into_iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    match (full.is_empty(), &f.alias) {
        (false, Some(a)) if &full != a => format!("{full} «{a}»"),
        (false, _) => full,
        (true, Some(a)) => a.clone(),
        (true, None) => format!("({})", i18n.tr("intake-anonymous")),
    }
}

/// The person of the window got a ticket: the window closes, and the ticket is printed in the
/// person's language (when the desk knows it) if the window said so.
pub fn joined(state: &mut State, e: &Entry) -> Vec<Effect> {
    let Some(Overlay::Route { whom, ticket, .. }) = state.overlays.last() else {
        return Vec::new();
    };
    let lang = whom.language().unwrap_or(state.ctx.lang);
    let service = state.ctx.services.iter().find(|s| s.id == e.service_id);
    let effects = if *ticket {
        vec![Effect::PrintTicket {
            ticket: e.ticket.clone(),
            service: service.map_or(e.service_code.clone(), |s| s.name(lang).into()),
            person_id: e.person_id,
            lang,
        }]
    } else {
        Vec::new()
    };
    state.overlays.pop();
    effects
}
