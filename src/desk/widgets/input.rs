//! A one-line text field: what was typed, where the cursor is, and the keys that edit it.
//!
//! Text is stored as typed, except characters that could corrupt the screen or a search key:
//! control characters and the bidi embedding/override/isolate controls are dropped on entry.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Longest text a field holds, in characters: more than any rule allows (a name is 200), so a
/// text too long is kept whole and refused with its length by the form's check, never cut
/// without a word.
pub const MAX_CHARS: usize = 1000;
/// Longest text of a long field (a referral's reason); the rules may ask for less and say so.
pub const MAX_LONG_CHARS: usize = 2000;

/// The state of a one-line text field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    /// Cursor position, in characters from the start.
    cursor: usize,
    /// A long field: [`MAX_LONG_CHARS`] rather than [`MAX_CHARS`].
    long: bool,
}

pub use crate::text::accepted;

impl TextInput {
    /// A field holding `text` (filtered as if typed), cursor at the end.
    pub fn with_text(text: &str) -> Self {
        let mut input = TextInput::default();
        for c in text.chars() {
            input.insert(c);
        }
        input
    }

    /// An empty long field (a paragraph on one line).
    pub fn long() -> Self {
        TextInput {
            long: true,
            ..TextInput::default()
        }
    }

    /// The field as a PIN shows it: a star a character, the cursor where it was.
    pub fn masked(&self) -> TextInput {
        TextInput {
            text: "*".repeat(self.len()),
            cursor: self.cursor,
            long: self.long,
        }
    }

    /// What was typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor position in characters.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Whether the field is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Empties the field.
    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map(|(i, _)| i)
            .unwrap_or(self.text.len())
    }

    fn len(&self) -> usize {
        self.text.chars().count()
    }

    /// Inserts one character at the cursor; refused characters and overflow are ignored.
    pub fn insert(&mut self, c: char) -> bool {
        let max = if self.long { MAX_LONG_CHARS } else { MAX_CHARS };
        if !accepted(c) || self.len() >= max {
            return false;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
        true
    }

    /// Applies an editing key. Returns whether the text changed; keys it does not know are left.
    pub fn handle(&mut self, key: &KeyEvent) -> Edit {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('u') if ctrl => {
                let changed = !self.text.is_empty();
                self.clear();
                Edit::changed(changed)
            }
            KeyCode::Char(c) if !ctrl && !key.modifiers.contains(KeyModifiers::ALT) => {
                Edit::changed(self.insert(c))
            }
            KeyCode::Backspace if self.cursor > 0 => {
                let at = self.byte_at(self.cursor - 1);
                self.text.remove(at);
                self.cursor -= 1;
                Edit::Changed
            }
            KeyCode::Delete if self.cursor < self.len() => {
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
                Edit::Changed
            }
            KeyCode::Left => {
                self.cursor = self.cursor.saturating_sub(1);
                Edit::Moved
            }
            KeyCode::Right => {
                self.cursor = (self.cursor + 1).min(self.len());
                Edit::Moved
            }
            KeyCode::Home => {
                self.cursor = 0;
                Edit::Moved
            }
            KeyCode::End => {
                self.cursor = self.len();
                Edit::Moved
            }
            KeyCode::Backspace | KeyCode::Delete => Edit::Moved,
            _ => Edit::NotMine,
        }
    }
}

/// What a key did to a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// The text changed.
    Changed,
    /// Only the cursor moved (or nothing happened), but the key was the field's.
    Moved,
    /// The key is not an editing key.
    NotMine,
}

impl Edit {
    fn changed(changed: bool) -> Edit {
        if changed { Edit::Changed } else { Edit::Moved }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn typing_and_editing_in_the_middle() {
        let mut i = TextInput::default();
        for c in "Mohmed".chars() {
            i.handle(&key(KeyCode::Char(c)));
        }
        for _ in 0..3 {
            i.handle(&key(KeyCode::Left));
        }
        i.handle(&key(KeyCode::Char('a')));
        assert_eq!(i.text(), "Mohamed");
        i.handle(&key(KeyCode::End));
        i.handle(&key(KeyCode::Backspace));
        assert_eq!(i.text(), "Mohame");
        i.handle(&key(KeyCode::Home));
        i.handle(&key(KeyCode::Delete));
        assert_eq!((i.text(), i.cursor()), ("ohame", 0));
    }

    #[test]
    fn multibyte_scripts_edit_by_character() {
        let mut i = TextInput::with_text("محمد ተስፋይ");
        i.handle(&key(KeyCode::Backspace));
        assert_eq!(i.text(), "محمد ተስፋ");
        assert_eq!(i.cursor(), 8);
    }

    #[test]
    fn control_and_bidi_override_characters_are_dropped() {
        let i = TextInput::with_text("a\u{202E}b\u{7}c\u{2067}d\u{200F}");
        assert_eq!(i.text(), "abcd");
        let emoji = TextInput::with_text("Sam 🙂");
        assert_eq!(emoji.text(), "Sam 🙂");
    }

    #[test]
    fn overlong_text_stops_at_the_limit() {
        let i = TextInput::with_text(&"x".repeat(MAX_CHARS + 50));
        assert_eq!(i.text().chars().count(), MAX_CHARS);
    }

    #[test]
    fn ctrl_u_clears_and_unknown_keys_are_not_taken() {
        let mut i = TextInput::with_text("abc");
        assert_eq!(
            i.handle(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)),
            Edit::Changed
        );
        assert!(i.is_empty());
        assert_eq!(i.handle(&key(KeyCode::F(5))), Edit::NotMine);
        assert_eq!(i.handle(&key(KeyCode::Enter)), Edit::NotMine);
    }
}
