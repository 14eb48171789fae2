//! The help overlay: every key of the desk, from the keymap itself.

use crate::text::width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use crate::desk::keymap::{self, Action, Binding, Scope};
use crate::desk::overlays::centred;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};

/// The section of the help a scope's keys go under: what is in front (the screen, the form,
/// the window), the line chosen in a list, a notice, and the keys that work everywhere.
fn section(scope: Scope) -> (u8, &'static str) {
    match scope {
        Scope::Global | Scope::Locked => (3, "help-section-everywhere"),
        Scope::Notice => (2, "help-section-notice"),
        Scope::Results
        | Scope::Entries
        | Scope::Waiting
        | Scope::AppointmentList
        | Scope::Booked
        | Scope::DueList
        | Scope::Routes
        | Scope::PartnerList
        | Scope::PartnerEdit
        | Scope::PrintJobs
        | Scope::StaffList
        | Scope::Undo
        | Scope::RouteToday
        | Scope::RouteQuick
        | Scope::DispensaryRows
        | Scope::DispensaryTicket => (1, "help-section-chosen"),
        _ => (0, "help-section-here"),
    }
}

/// The rows of the help, each with its section: the keys (in the desk's language) and what
/// they do. Keys of one scope doing the same thing share a row (`1-9`).
fn rows(scopes: &[Scope], i18n: &I18n) -> Vec<(u8, &'static str, String, String)> {
    let groups = groups(scopes).into_iter().map(|(b, bindings)| {
        let labels = bindings
            .iter()
            .map(|keys| {
                let mut names: Vec<String> = Vec::new();
                for k in keys {
                    let name = keymap::localise(&keymap::label(k), i18n);
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
                names.join(" / ")
            })
            .collect::<Vec<_>>();
        (b, labels)
    });
    let mut rows: Vec<(u8, &'static str, String, String)> = groups
        .into_iter()
        .map(|(b, labels)| {
            let what = match b.action {
                Action::GoTo(tab) => {
                    i18n.render(&Msg::new(b.help).arg("screen", i18n.tr(tab.title_id())))
                }
                _ => i18n.tr(b.help),
            };
            let keys = match (labels.len(), b.hint.and_then(|h| h.label)) {
                (1 | 2, _) => labels.join(" / "),
                (_, Some(range)) => keymap::localise(range, i18n),
                (_, None) => format!(
                    "{}–{}",
                    labels.first().map_or("", String::as_str),
                    labels.last().map_or("", String::as_str)
                ),
            };
            let (rank, heading) = section(b.scope);
            (rank, heading, keys, what)
        })
        .collect();
    rows.sort_by_key(|(rank, ..)| *rank);
    rows
}

/// The bindings that work in `scopes`, those of one scope doing the same thing together (the
/// digits of a list), each with its keys.
fn groups(scopes: &[Scope]) -> Vec<(&'static Binding, Vec<Vec<keymap::Key>>)> {
    let mut groups: Vec<(&Binding, Vec<Vec<keymap::Key>>)> = Vec::new();
    for (b, keys) in keymap::shown(scopes) {
        match groups.last_mut() {
            Some((first, all))
                if first.scope == b.scope
                    && first.help == b.help
                    && !matches!(b.action, Action::GoTo(_)) =>
            {
                all.push(keys)
            }
            _ => groups.push((b, vec![keys])),
        }
    }
    groups
}

/// How far the help can scroll for `scopes` (a line a row, two a heading, before wrapping).
pub fn length(scopes: &[Scope]) -> u16 {
    let groups = groups(scopes);
    let mut sections: Vec<u8> = groups.iter().map(|(b, _)| section(b.scope).0).collect();
    sections.sort_unstable();
    sections.dedup();
    u16::try_from(groups.len() + 2 * sections.len() + 2).unwrap_or(u16::MAX)
}

/// Cells inside the help's frame.
const INNER: usize = 72;

/// The lines of the help: the keys that work in `scopes` (those of what the help covers),
/// under a heading per section, then what they do, wrapped under itself.
pub fn lines(scopes: &[Scope], i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let rows = rows(scopes, i18n);
    // Long key lists (F10 / Ctrl+Q / Ctrl+C) do not push every description to the right.
    let key_width = rows
        .iter()
        .map(|r| width(&r.2))
        .filter(|w| *w <= 14)
        .max()
        .unwrap_or(0);
    let mut out: Vec<Line> = Vec::new();
    let mut heading = None;
    for (_, section, k, what) in rows {
        if heading != Some(section) {
            if heading.is_some() {
                out.push(Line::raw(""));
            }
            out.push(Line::styled(i18n.tr(section), theme.dim));
            heading = Some(section);
        }
        let keys_cells = width(&k).max(key_width);
        let pad = " ".repeat(keys_cells - width(&k));
        let mut wrapped =
            crate::text::wrap(&what, INNER.saturating_sub(keys_cells + 2)).into_iter();
        out.push(Line::from(vec![
            Span::styled(k, theme.title),
            Span::raw(format!("{pad}  {}", wrapped.next().unwrap_or_default())),
        ]));
        for more in wrapped {
            out.push(Line::raw(format!("{}  {more}", " ".repeat(keys_cells))));
        }
    }
    out.push(Line::raw(""));
    out.push(Line::styled(i18n.tr("help-close"), theme.dim));
    out
}

/// Draws the help over `area`, scrolled by `scroll` lines.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    scroll: u16,
    scopes: &[Scope],
    i18n: &I18n,
    theme: &Theme,
) {
    let body = lines(scopes, i18n, theme);
    let height = u16::try_from(body.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let rect = centred(area, 76, height);
    let max_scroll = height.saturating_sub(rect.height);
    let block = Block::bordered()
        .border_set(theme.border)
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            format!(" {} ", i18n.tr("help-title")),
            theme.title,
        ));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(body)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(max_scroll), 0)),
        rect,
    );
}
