//! Looks: borders and emphasis. Nothing depends on colour alone, so a monochrome console works.

use ratatui::style::{Modifier, Style};
use ratatui::symbols::border;

use crate::desk::BorderStyle;

/// Plain ASCII borders, for the Linux text console and fonts without box drawing.
pub const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// The styles of the desk.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub border: border::Set<'static>,
    /// Separator between tabs.
    pub divider: &'static str,
    /// Top bar.
    pub bar: Style,
    /// A key name in the hint bar or help.
    pub key: Style,
    /// The selected tab or list line.
    pub selected: Style,
    /// Secondary text (placeholders).
    pub dim: Style,
    /// A notice waiting to be read.
    pub notice: Style,
    /// Titles of panels.
    pub title: Style,
}

impl Theme {
    /// The theme for a border style.
    pub fn new(borders: BorderStyle) -> Theme {
        let (border, divider) = match borders {
            BorderStyle::Unicode => (border::PLAIN, "│"),
            BorderStyle::Ascii => (ASCII_BORDER, "|"),
        };
        Theme {
            border,
            divider,
            bar: Style::new().add_modifier(Modifier::REVERSED),
            key: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            dim: Style::new().add_modifier(Modifier::DIM),
            notice: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            title: Style::new().add_modifier(Modifier::BOLD),
        }
    }
}
