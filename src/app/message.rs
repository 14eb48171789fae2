//! What happens to the desk (messages in) and what the desk asks of the outside (effects out).

use chrono::NaiveDateTime;
use crossterm::event::KeyEvent;

use crate::i18n::Lang;

/// An event, turned into data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Key(KeyEvent),
    Resize(u16, u16),
    Tick(NaiveDateTime),
}

/// Work that `update` asks the runner to do, outside the pure state change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Load the messages of another language.
    SetLanguage(Lang),
}
