//! Line 2: the screens the role may open, with their keys when there is room, closer together
//! when there is little, and when even that does not fit (nine screens in Tigrinya on 80
//! columns), a window of tabs around the current one with `…` where tabs are left out: the
//! line is never cut in the middle of a name.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::desk::widgets::theme::Theme;
use crate::desk::{State, Tab};
use crate::i18n::I18n;

/// The mark of tabs left out at either end of the line.
const MORE: &str = "…";

/// The screens shown on the tab line: those a role sees only when it may open them are left
/// out for the others.
fn shown(state: &State) -> Vec<Tab> {
    Tab::ALL
        .into_iter()
        .filter(|tab| !tab.shown_only_to_its_roles() || state.role_allows(*tab))
        .collect()
}

/// The tabs `lo..=hi` to show around `current` so that their widths, `sep` cells apart, with a
/// mark of `mark` cells at each end where tabs are left out, fit in `room`: the window grows
/// to the right and to the left in turn. The current tab is always in it.
pub fn window(
    widths: &[usize],
    current: usize,
    room: usize,
    sep: usize,
    mark: usize,
) -> (usize, usize) {
    let n = widths.len();
    if n == 0 {
        return (0, 0);
    }
    let current = current.min(n - 1);
    let cost = |lo: usize, hi: usize| {
        let tabs: usize = widths[lo..=hi].iter().sum::<usize>() + sep * (hi - lo);
        let marks = usize::from(lo > 0) + usize::from(hi + 1 < n);
        tabs + marks * (mark + sep)
    };
    let (mut lo, mut hi) = (current, current);
    loop {
        let mut grew = false;
        if hi + 1 < n && cost(lo, hi + 1) <= room {
            hi += 1;
            grew = true;
        }
        if lo > 0 && cost(lo - 1, hi) <= room {
            lo -= 1;
            grew = true;
        }
        if !grew {
            return (lo, hi);
        }
    }
}

fn build(
    tabs: &[Tab],
    labels: &[String],
    (lo, hi): (usize, usize),
    gap: &str,
    state: &State,
    theme: &Theme,
) -> Line<'static> {
    let divider = format!("{gap}{}{gap}", theme.divider);
    let mut spans = vec![Span::raw(" ")];
    if lo > 0 {
        spans.push(Span::styled(MORE, theme.dim));
        spans.push(Span::styled(divider.clone(), theme.dim));
    }
    for at in lo..=hi {
        if at > lo {
            spans.push(Span::styled(divider.clone(), theme.dim));
        }
        let style = if tabs[at] == state.tab {
            theme.selected
        } else {
            Default::default()
        };
        spans.push(Span::styled(labels[at].clone(), style));
    }
    if hi + 1 < tabs.len() {
        spans.push(Span::styled(divider, theme.dim));
        spans.push(Span::styled(MORE, theme.dim));
    }
    Line::from(spans)
}

/// Draws the tab line.
pub fn tab_line(frame: &mut Frame, area: Rect, state: &State, i18n: &I18n, theme: &Theme) {
    let line = tab_text(state, i18n, theme, usize::from(area.width));
    frame.render_widget(Paragraph::new(line), area);
}

/// The tab line for `room` cells.
pub fn tab_text(state: &State, i18n: &I18n, theme: &Theme, room: usize) -> Line<'static> {
    let tabs = shown(state);
    if tabs.is_empty() {
        return Line::raw("");
    }
    let keyed: Vec<String> = tabs
        .iter()
        .map(|t| format!("{} {}", t.key_label(), i18n.tr(t.title_id())))
        .collect();
    let plain: Vec<String> = tabs.iter().map(|t| i18n.tr(t.title_id())).collect();
    let all = (0, tabs.len() - 1);
    let fits = |line: &Line| crate::text::line_width(line) <= room;
    for (labels, gap) in [(&keyed, " "), (&plain, " "), (&plain, "")] {
        let line = build(&tabs, labels, all, gap, state, theme);
        if fits(&line) {
            return line;
        }
    }
    let current = tabs.iter().position(|t| *t == state.tab).unwrap_or(0);
    let widths: Vec<usize> = plain.iter().map(|l| crate::text::width(l)).collect();
    let sep = crate::text::width(theme.divider);
    let mark = crate::text::width(MORE);
    // One cell of margin at the start of the line.
    let range = window(&widths, current, room.saturating_sub(1), sep, mark);
    build(&tabs, &plain, range, "", state, theme)
}

#[cfg(test)]
mod tests {
    use super::window;

    fn cost(widths: &[usize], (lo, hi): (usize, usize)) -> usize {
        let n = widths.len();
        let tabs: usize = widths[lo..=hi].iter().sum::<usize>() + (hi - lo);
        tabs + (usize::from(lo > 0) + usize::from(hi + 1 < n)) * 2
    }

    #[test]
    fn nine_long_tabs_show_a_window_around_the_current_one_that_fits() {
        let widths = [12, 9, 14, 11, 13, 10, 12, 15, 11];
        for current in 0..widths.len() {
            let (lo, hi) = window(&widths, current, 60, 1, 1);
            assert!(lo <= current && current <= hi, "{current}: {lo}..{hi}");
            assert!(cost(&widths, (lo, hi)) <= 60, "{current}: {lo}..{hi}");
            // Nothing more would fit on either side.
            if hi + 1 < widths.len() {
                assert!(cost(&widths, (lo, hi + 1)) > 60 || lo > 0);
            }
        }
        assert_eq!(window(&widths, 0, 60, 1, 1).0, 0);
        assert_eq!(window(&widths, 8, 60, 1, 1).1, 8);
        assert_eq!(
            window(&widths, 4, 1000, 1, 1),
            (0, 8),
            "all when there is room"
        );
        assert_eq!(
            window(&widths, 4, 3, 1, 1),
            (4, 4),
            "the current one at least"
        );
    }
}
