//! Rendering: a pure function of the state. Nothing here changes the state or writes anywhere.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::desk::state::MIN_SIZE;
use crate::desk::widgets::theme::Theme;
use crate::desk::{Overlay, State};
use crate::desk::{overlays, screens, widgets};
use crate::i18n::{I18n, Msg};

/// Draws the whole desk.
pub fn view(state: &State, i18n: &I18n, frame: &mut Frame) {
    let area = frame.area();
    let theme = Theme::new(state.borders);
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        too_small(frame, i18n, &theme);
        if state.own_bidi {
            crate::text::bidi::reorder(frame.buffer_mut(), area, state.bidi_pass(), None);
        }
        return;
    }
    let notice = state.notices.first().map(|msg| {
        Paragraph::new(Line::styled(i18n.render(msg), theme.notice)).wrap(Wrap { trim: true })
    });
    // At most a third of the screen, so the desk stays usable under a long message.
    let notice_height = notice
        .as_ref()
        .map(|p| {
            u16::try_from(p.line_count(area.width))
                .unwrap_or(u16::MAX)
                .min(area.height / 3)
        })
        .unwrap_or(0);
    let [top, tabs, body, notice_area, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(notice_height),
        Constraint::Length(1),
    ])
    .areas(area);
    widgets::top_bar(frame, top, state, i18n, &theme);
    widgets::tab_line(frame, tabs, state, i18n, &theme);
    let mut rtl_rows = Vec::new();
    let cursor = match &state.gate {
        Some(gate) => crate::desk::gate::view::render(frame, body, state, gate, i18n, &theme),
        None => screens::render(frame, body, state, i18n, &theme, &mut rtl_rows),
    };
    if let Some(paragraph) = notice {
        frame.render_widget(paragraph, notice_area);
    }
    widgets::hint_bar(
        frame,
        hints,
        &crate::desk::update::hinted(state),
        i18n,
        &theme,
    );
    for (depth, overlay) in state.overlays.iter().enumerate() {
        match overlay {
            Overlay::Help { scroll } => {
                let beneath = crate::desk::update::scopes_under(state, depth);
                overlays::help::render(frame, body, *scroll, &beneath, i18n, &theme)
            }
            Overlay::Language { selected } => {
                overlays::language::render(frame, body, *selected, i18n, &theme)
            }
            route @ Overlay::Route { .. } => {
                overlays::route::render(frame, body, state, route, i18n, &theme)
            }
            Overlay::Merge { keep, other } => {
                overlays::merge::render(frame, body, keep, other, i18n, &theme)
            }
            Overlay::Register(r) if state.ctx.can(crate::domain::roles::Area::Substance) => {
                overlays::register_view::render(frame, body, r, i18n, &theme)
            }
            Overlay::Register(_) => {}
            Overlay::CounterList(l) if state.ctx.can(crate::domain::roles::Area::ManageCounter) => {
                overlays::counter_list_view::render(frame, body, l, i18n, &theme)
            }
            Overlay::CounterList(_) => {}
            Overlay::Draft { form, saved_at } => {
                overlays::draft::render(frame, body, form, saved_at, i18n, &theme)
            }
            Overlay::Tdi(form) => overlays::tdi_view::render(frame, body, form, i18n, &theme),
        }
    }
    let cursor = cursor.filter(|_| state.overlays.is_empty());
    // Right-to-left text shaped and put in display order, the layout mirrored in Arabic; not
    // when the terminal does it itself.
    let cursor = if state.own_bidi {
        let rtl_rows = if state.overlays.is_empty() {
            rtl_rows
        } else {
            Vec::new()
        };
        crate::text::bidi::reorder_with(
            frame.buffer_mut(),
            area,
            state.bidi_pass(),
            cursor.map(Into::into),
            &rtl_rows,
        )
    } else {
        cursor.map(Into::into)
    };
    if let Some(position) = cursor {
        frame.set_cursor_position(position);
    }
}

fn too_small(frame: &mut Frame, i18n: &I18n, theme: &Theme) {
    let area = frame.area();
    let text = i18n.render(
        &Msg::new("too-small")
            .arg("min_width", u32::from(MIN_SIZE.0))
            .arg("min_height", u32::from(MIN_SIZE.1))
            .arg("width", u32::from(area.width))
            .arg("height", u32::from(area.height)),
    );
    let rows = area.height / 2;
    let rect = ratatui::layout::Rect {
        y: area.y + rows.saturating_sub(1),
        height: area.height - rows.saturating_sub(1),
        ..area
    };
    frame.render_widget(
        Paragraph::new(Line::styled(text, theme.title))
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        rect,
    );
}
