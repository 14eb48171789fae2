//! The print queue on the Referrals screen: each printout, its state, and why it failed.

use crate::desk::widgets::table_row;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::desk::screens::referrals::print_queue::PrintQueue;
use crate::desk::widgets;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};
use crate::store::print_jobs::JobState;

/// The rows of `area` from line `from` down.
fn rows(area: Rect, from: u16) -> Rect {
    let y = area.y.saturating_add(from).min(area.bottom());
    Rect {
        y,
        height: area.bottom() - y,
        ..area
    }
}

/// The print queue: what did not reach a printer first; retry or save as PDF.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    q: &PrintQueue,
    i18n: &I18n,
    theme: &Theme,
) -> Option<(u16, u16)> {
    frame.render_widget(
        Paragraph::new(Line::styled(i18n.tr("print-queue-title"), theme.title)),
        Rect { height: 1, ..area },
    );
    let list = rows(area, 2);
    let tail = if q.saving.is_some() { 3 } else { 2 };
    let list = Rect {
        height: list.height.saturating_sub(tail),
        ..list
    };
    let mut lines = Vec::new();
    if q.jobs.is_empty() {
        lines.push(Line::styled(i18n.tr("print-queue-empty"), theme.dim));
    }
    let height = usize::from(list.height);
    let start = q.selected.saturating_sub(height.saturating_sub(1));
    for (i, job) in q.jobs.iter().enumerate().skip(start).take(height) {
        let kind = Msg::new(if job.kind == "ticket" {
            "print-kind-ticket"
        } else {
            "print-kind-referral"
        })
        .arg("title", job.title.as_str());
        let mark = if job.state == JobState::Failed {
            "!"
        } else {
            " "
        };
        // The day as the desk's language writes it, then the time: never "12-01".
        let when = format!(
            "{} {}",
            crate::desk::widgets::short_date(i18n, &job.created_at),
            job.created_at.get(11..16).unwrap_or("")
        );
        let text = format!(
            "{mark} {when}  {}  {}",
            table_row(&[
                (&i18n.render(&kind), 22),
                (&i18n.tr(job.state.message_id()), 20),
            ]),
            job.printer.as_deref().unwrap_or("")
        );
        lines.push(if i == q.selected {
            Line::styled(text, theme.selected)
        } else {
            Line::raw(text)
        });
    }
    frame.render_widget(Paragraph::new(lines), list);
    let mut y = list.bottom();
    let mut cursor = None;
    if let Some(input) = &q.saving {
        let label = i18n.tr("print-save-prompt");
        let lw = u16::try_from(crate::text::width(&label) + 1).unwrap_or(20);
        frame.render_widget(
            Paragraph::new(label),
            Rect {
                y,
                height: 1,
                width: lw.min(area.width),
                ..area
            },
        );
        let field = Rect {
            x: area.x + lw.min(area.width),
            y,
            width: area.width.saturating_sub(lw),
            height: 1,
        };
        cursor = Some(widgets::text_field(frame, field, input, "", theme));
        y += 1;
    }
    let detail = q
        .status
        .as_ref()
        .map(|m| Line::styled(i18n.render(m), theme.notice))
        .or_else(|| {
            let job = q.jobs.get(q.selected)?;
            let error = crate::print::jobs::error_msg(job.error.as_deref()?);
            Some(Line::styled(i18n.render(&error), theme.dim))
        });
    if let Some(line) = detail {
        frame.render_widget(
            Paragraph::new(line).wrap(Wrap { trim: true }),
            Rect {
                y: y.min(area.bottom()),
                height: area.bottom().saturating_sub(y).min(2),
                ..area
            },
        );
    }
    cursor
}
