//! "Waiting for a mediator": ticket, person, language, service, waiting time, and the
//! mediators who already joined. No note of the ticket and nothing clinical: a mediator's
//! role does not see them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::mediation::{MediationList, service_name};
use super::view::minutes_since;
use crate::desk::State;
use crate::desk::widgets::table_row;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};
use crate::store::queues::Entry;

/// Cells of the ticket, language, service, waiting time and mediators columns.
const TICKET: usize = 6;
const LANG: usize = 6;
const SERVICE: usize = 12;
const WAIT: usize = 8;
const JOINED: usize = 11;

fn row(e: &Entry, state: &State, i18n: &I18n, name_cells: usize, chosen: bool) -> String {
    let pointer = if chosen { "> " } else { "  " };
    let who = e
        .person_name
        .clone()
        .map(|n| format!("{n} ({})", e.person_code))
        .unwrap_or_else(|| e.person_code.clone());
    let wait = i18n.render(
        &Msg::new("queue-minutes").arg("minutes", minutes_since(&e.arrived_at, state.ctx.now)),
    );
    let joined = if e.mediators.is_empty() {
        "—".to_string()
    } else {
        e.mediators.join(", ")
    };
    format!(
        "{pointer}{}",
        table_row(&[
            (&e.ticket, TICKET),
            (&who, name_cells),
            (e.mediation.as_deref().unwrap_or(""), LANG),
            (&service_name(e, &state.ctx), SERVICE),
            (&wait, WAIT),
            (&joined, JOINED),
        ])
    )
}

/// Draws the list in `area` (the queue's header and rows).
pub fn render(
    frame: &mut Frame,
    area: Rect,
    list: &MediationList,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
) {
    let mut lines = vec![match &list.speaks {
        Some(langs) if !langs.is_empty() => Line::styled(
            i18n.render(&Msg::new("mediation-title-mine").arg("langs", langs.join(", "))),
            theme.title,
        ),
        _ => Line::styled(i18n.tr("mediation-title-all"), theme.title),
    }];
    // A mediator whose languages nobody wrote down sees every need, and is told why.
    if list.speaks.as_ref().is_some_and(Vec::is_empty) {
        lines.push(Line::styled(i18n.tr("mediation-speaks-unknown"), theme.dim));
    }
    let name_cells = usize::from(area.width)
        .saturating_sub(2 + TICKET + LANG + SERVICE + WAIT + JOINED + 10)
        .max(8);
    if list.entries.is_empty() {
        if list.loaded {
            lines.push(Line::styled(i18n.tr("mediation-none"), theme.dim));
        }
    } else {
        lines.push(Line::styled(
            format!(
                "  {}",
                table_row(&[
                    (&i18n.tr("queue-col-ticket"), TICKET),
                    (&i18n.tr("queue-col-person"), name_cells),
                    (&i18n.tr("mediation-col-lang"), LANG),
                    (&i18n.tr("mediation-col-service"), SERVICE),
                    (&i18n.tr("queue-col-wait"), WAIT),
                    (&i18n.tr("mediation-col-joined"), JOINED),
                ])
            ),
            theme.dim,
        ));
    }
    let rows = usize::from(area.height).saturating_sub(lines.len()).max(1);
    let first = list.selected.saturating_sub(rows - 1);
    for (i, e) in list.entries.iter().enumerate().skip(first).take(rows) {
        let chosen = i == list.selected;
        let style = if chosen {
            theme.selected
        } else {
            Default::default()
        };
        lines.push(Line::styled(row(e, state, i18n, name_cells, chosen), style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
