//! Windows drawn over the screens: help, language picker.

pub mod draft;
pub mod help;
pub mod language;
pub mod merge;
pub mod route;

use ratatui::layout::Rect;

/// A rectangle of at most `width`×`height`, centred in `area`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}
