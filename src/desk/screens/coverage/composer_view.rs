//! The referral composer and its preview (over a person's page), and the print queue.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::desk::State;
use crate::desk::screens::coverage::composer::{Composer, Field, ORDER};
use crate::desk::widgets;
use crate::desk::widgets::input::TextInput;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};
use crate::store::referrals::FIELDS;

fn label_id(f: Field) -> &'static str {
    match f {
        Field::Partner => "composer-partner",
        Field::Reason => "composer-reason",
        Field::Urgent => "composer-urgent",
        Field::Appointment => "composer-appointment",
        Field::Consent => "composer-consent",
        Field::LetterLang => "composer-letter-lang",
        Field::SlipLang => "composer-slip-lang",
    }
}

fn help_id(f: Field) -> &'static str {
    match f {
        Field::Partner => "composer-help-partner",
        Field::Reason => "composer-help-reason",
        Field::Appointment => "composer-help-appointment",
        Field::Consent => "composer-help-consent",
        Field::Urgent | Field::LetterLang | Field::SlipLang => "composer-help-toggle",
    }
}

fn rows(area: Rect, from: u16) -> Rect {
    let y = area.y.saturating_add(from).min(area.bottom());
    Rect {
        y,
        height: area.bottom() - y,
        ..area
    }
}

/// Draws the composer, or its preview; returns the cursor in a text field.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    c: &Composer,
    state: &State,
    i18n: &I18n,
    theme: &Theme,
    rtl_rows: &mut Vec<Rect>,
) -> Option<(u16, u16)> {
    if let Some(lines) = &c.preview {
        // In an Arabic desk every row already reads from the right.
        let rtl_desk = state.ctx.lang.is_rtl();
        render_preview(
            frame,
            area,
            c,
            lines,
            i18n,
            theme,
            (!rtl_desk).then_some(rtl_rows),
        );
        return None;
    }
    let partners = &state.ctx.partners;
    let name = c.person.name_with_alias().unwrap_or_default();
    let title = Msg::new("composer-title").arg("person", format!("{} {name}", c.person.code));
    frame.render_widget(
        Paragraph::new(Line::styled(i18n.render(&title), theme.title)),
        Rect { height: 1, ..area },
    );
    let yes_no = |b: bool| i18n.tr(if b { "composer-yes" } else { "composer-no" });
    let ticked: Vec<String> = FIELDS
        .iter()
        .zip(c.consent)
        .filter(|(_, on)| *on)
        .map(|(f, _)| i18n.tr(&format!("consent-{f}")))
        .collect();
    let letter = c.letter(partners);
    let values: Vec<TextInput> = ORDER
        .iter()
        .map(|f| match f {
            Field::Partner => c.partner.clone(),
            Field::Reason => c.reason.clone(),
            Field::Appointment => c.appointment.clone(),
            Field::Urgent => TextInput::with_text(&yes_no(c.urgent)),
            Field::Consent => TextInput::with_text(&ticked.join(", ")),
            Field::LetterLang => TextInput::with_text(letter.native_name()),
            Field::SlipLang => TextInput::with_text(c.slip_lang.native_name()),
        })
        .collect();
    let labels: Vec<String> = ORDER.iter().map(|f| i18n.tr(label_id(*f))).collect();
    let cursor = widgets::labelled_fields(
        frame,
        rows(area, 2),
        &labels,
        &values,
        c.focus.index(),
        theme,
    );
    let mut lines = Vec::new();
    match c.field() {
        Field::Partner => {
            let matches = c.matches(partners);
            if matches.is_empty() {
                lines.push(Line::styled(i18n.tr("composer-no-match"), theme.notice));
            }
            let pick = c.pick.min(matches.len().saturating_sub(1));
            let start = pick.saturating_sub(3);
            for (i, p) in matches.iter().enumerate().skip(start).take(4) {
                let text = format!(" {}  {}", p.name, p.address.as_deref().unwrap_or("—"));
                lines.push(if i == pick {
                    Line::styled(text, theme.selected)
                } else {
                    Line::raw(text)
                });
            }
        }
        Field::Consent => {
            // One box a line: a box never breaks across lines, in any language.
            for (i, (f, on)) in FIELDS.iter().zip(c.consent).enumerate() {
                let mark = if on { "[x]" } else { "[ ]" };
                let text = format!(" {mark} {} {}", i + 1, i18n.tr(&format!("consent-{f}")));
                lines.push(if i == c.consent_at {
                    Line::styled(text, theme.selected)
                } else {
                    Line::raw(text)
                });
            }
        }
        _ => {
            if let Some(p) = c.chosen(partners) {
                lines.push(Line::styled(format!(" → {}", p.name), theme.dim));
            }
        }
    }
    lines.push(Line::styled(i18n.tr(help_id(c.field())), theme.dim));
    if let Some(e) = &c.error {
        lines.push(Line::styled(i18n.render(e), theme.notice));
    }
    let below = 3 + u16::try_from(ORDER.len()).unwrap_or(7);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        rows(area, below),
    );
    matches!(
        c.field(),
        Field::Partner | Field::Reason | Field::Appointment
    )
    .then_some(cursor)
}

/// The printout line by line, scrolled. Lines of a right-to-left sheet (an Arabic slip) are
/// handed to the bidi pass as right-to-left rows, so they read as on paper in any desk.
fn render_preview(
    frame: &mut Frame,
    area: Rect,
    c: &Composer,
    lines: &[(String, bool)],
    i18n: &I18n,
    theme: &Theme,
    mut rtl_rows: Option<&mut Vec<Rect>>,
) {
    frame.render_widget(
        Paragraph::new(Line::styled(i18n.tr("preview-title"), theme.title)),
        Rect { height: 1, ..area },
    );
    let body = rows(area, 1);
    let error = c
        .error
        .as_ref()
        .map(|e| (Line::styled(i18n.render(e), theme.notice), false));
    let all = error
        .into_iter()
        .chain(lines.iter().map(|(l, rtl)| (Line::raw(l.clone()), *rtl)));
    // Each line in its own rows; `skip` rows are scrolled away above.
    let (mut skip, mut y) = (c.scroll, body.y);
    for (line, rtl) in all {
        if y >= body.bottom() {
            break;
        }
        let p = Paragraph::new(line).wrap(Wrap { trim: false });
        let height = u16::try_from(p.line_count(body.width)).unwrap_or(1).max(1);
        if skip >= height {
            skip -= height;
            continue;
        }
        let shown = (height - skip).min(body.bottom() - y);
        let rect = Rect {
            y,
            height: shown,
            ..body
        };
        frame.render_widget(p.scroll((skip, 0)), rect);
        if rtl && let Some(r) = rtl_rows.as_deref_mut() {
            r.push(rect);
        }
        skip = 0;
        y += shown;
    }
}
