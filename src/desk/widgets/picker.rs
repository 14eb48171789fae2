//! A coded field (a route, a state, a commune, a kind of partner…) shown and chosen as a word
//! in the worker's language, never as a code to type. ←/→ go through the choices; letters
//! narrow them to the first whose name (or another name it goes by: a postcode, its name in the
//! other language) has a word beginning with what was typed, in any case and without accents;
//! a letter that matches none is not taken. Backspace takes a letter back, Delete empties the
//! field. The field's text keeps the code, so saving, drafts and checks are unchanged.

use crossterm::event::KeyCode;

use crate::desk::keymap::Pressed;
use crate::desk::widgets::input::TextInput;

pub use crate::text::choice::Choice;

/// The name shown for the code in `input` (the code itself when it is none of the choices,
/// as an old record may hold).
pub fn shown(input: &TextInput, choices: &[Choice]) -> String {
    let code = input.text().trim();
    if code.is_empty() {
        return String::new();
    }
    choices
        .iter()
        .find(|c| c.code == code)
        .map_or_else(|| code.to_string(), |c| format!("◂ {} ▸", c.label))
}

/// A key for a picker whose chosen code is the text of `input`; `typed` is what was typed
/// since the field got the focus. Returns whether the key was the picker's.
pub fn handle(
    input: &mut TextInput,
    typed: &mut String,
    choices: &[Choice],
    key: &Pressed,
) -> bool {
    let at = choices.iter().position(|c| c.code == input.text().trim());
    let choose = |input: &mut TextInput, i: usize| *input = TextInput::with_text(&choices[i].code);
    match key.code {
        KeyCode::Right | KeyCode::Left if !key.pasted && !choices.is_empty() => {
            let n = choices.len();
            let next = match (at, key.code == KeyCode::Right) {
                (None, true) => 0,
                (None, false) => n - 1,
                (Some(i), true) => (i + 1) % n,
                (Some(i), false) => (i + n - 1) % n,
            };
            typed.clear();
            choose(input, next);
            true
        }
        KeyCode::Char(c) if !c.is_control() => {
            let mut wanted = typed.clone();
            wanted.push(c);
            if let Some(i) = choices
                .iter()
                .position(|ch| ch.matches(wanted.trim_start()))
            {
                *typed = wanted;
                choose(input, i);
            }
            true
        }
        KeyCode::Backspace => {
            if typed.pop().is_none() {
                input.clear();
            } else if at.is_none_or(|i| !choices[i].matches(typed))
                && let Some(i) = choices.iter().position(|ch| ch.matches(typed))
            {
                // The choice stays while it still fits what is left of the letters.
                choose(input, i);
            }
            true
        }
        KeyCode::Delete => {
            typed.clear();
            input.clear();
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEvent;

    fn choices() -> Vec<Choice> {
        vec![
            Choice::new("mutuelle", "Mutuelle".into()),
            Choice::new("cpas", "Aide du CPAS".into()),
            Choice::new("amu", "Aide médicale urgente (AMU)".into()),
            Choice {
                also: vec!["1030".into(), "Schaarbeek".into()],
                ..Choice::new("1030", "Schaerbeek".into())
            },
        ]
    }

    fn press(input: &mut TextInput, typed: &mut String, code: KeyCode) {
        let key = Pressed::typed(KeyEvent::from(code), None);
        handle(input, typed, &choices(), &key);
    }

    #[test]
    fn letters_choose_by_any_word_of_the_name_and_refuse_what_matches_nothing() {
        let (mut input, mut typed) = (TextInput::default(), String::new());
        for c in "med".chars() {
            press(&mut input, &mut typed, KeyCode::Char(c));
        }
        assert_eq!(input.text(), "amu", "médicale, without its accent");
        press(&mut input, &mut typed, KeyCode::Char('z'));
        assert_eq!((input.text(), typed.as_str()), ("amu", "med"));
        press(&mut input, &mut typed, KeyCode::Backspace);
        press(&mut input, &mut typed, KeyCode::Backspace);
        press(&mut input, &mut typed, KeyCode::Backspace);
        assert_eq!(
            input.text(),
            "amu",
            "the choice stays once the letters are gone"
        );
        press(&mut input, &mut typed, KeyCode::Backspace);
        assert_eq!(input.text(), "", "then Backspace empties");
        for c in "schaa".chars() {
            press(&mut input, &mut typed, KeyCode::Char(c));
        }
        assert_eq!(input.text(), "1030", "its Dutch name");
    }

    #[test]
    fn arrows_go_round_the_choices() {
        let (mut input, mut typed) = (TextInput::default(), String::new());
        press(&mut input, &mut typed, KeyCode::Left);
        assert_eq!(input.text(), "1030");
        press(&mut input, &mut typed, KeyCode::Right);
        assert_eq!(input.text(), "mutuelle");
        assert_eq!(shown(&input, &choices()), "◂ Mutuelle ▸");
    }
}
