//! How keys are written on screen, in the hint bar and the help, in the desk's language.

use crossterm::event::{KeyCode, KeyModifiers};

use super::{Binding, Key};

/// How a key is written on screen: `F1`, `Ctrl+Q`, `Alt+1`, `Esc`, `↵`, a letter as it is
/// pressed (`n`). Names of keys that keyboards label in words (`Space`, `Esc`, `Del`, `Shift`…)
/// are written in English here and put in the desk's language by [`localise`].
pub fn label(key: &Key) -> String {
    let base = match key.code {
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => "Space".into(),
        // Letters alone as pressed; with Alt or Ctrl in capitals, as keyboards and menus write them.
        KeyCode::Char(c)
            if key
                .mods
                .intersects(KeyModifiers::ALT | KeyModifiers::CONTROL) =>
        {
            c.to_uppercase().to_string()
        }
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Enter => "↵".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift+Tab".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Insert => "Ins".into(),
        other => format!("{other:?}"),
    };
    if key.code == KeyCode::BackTab {
        base
    } else if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl+{base}")
    } else if key.mods.contains(KeyModifiers::ALT) {
        format!("Alt+{base}")
    } else {
        base
    }
}

/// A key's label (from [`label`]) with the names of keys in the desk's language, as the
/// keyboards of that language label them: `Espace`, `Échap`, `Suppr`, `Maj+Tab` in French.
pub fn localise(label: &str, i18n: &crate::i18n::I18n) -> String {
    const NAMED: [(&str, &str); 9] = [
        ("Space", "key-space"),
        ("Esc", "key-esc"),
        ("Del", "key-del"),
        ("Shift", "key-shift"),
        ("Home", "key-home"),
        ("End", "key-end"),
        ("PgUp", "key-page-up"),
        ("PgDn", "key-page-down"),
        ("Backspace", "key-backspace"),
    ];
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match NAMED.iter().find(|(name, _)| name == word) {
            Some((_, id)) => out.push_str(&i18n.tr(id)),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in label.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// All keys of a binding, written for the help screen (`F2 / Alt+L`).
pub fn labels(binding: &Binding) -> String {
    let mut all: Vec<String> = Vec::new();
    for l in binding.keys.iter().map(label) {
        if !all.contains(&l) {
            all.push(l);
        }
    }
    all.join(" / ")
}
