//! A choice among coded values (a route, a kind of partner…) found by the beginning of a word
//! of its name in any case and without accents, or by another name it goes by: what the desk's
//! pickers and the command line's options both read.

/// One choice: the code kept, its name in the worker's language, and other names it is
/// found by.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub code: String,
    pub label: String,
    pub also: Vec<String>,
}

impl Choice {
    pub fn new(code: &str, label: String) -> Choice {
        Choice {
            code: code.to_string(),
            label,
            also: Vec::new(),
        }
    }

    /// Whether a word of its name (or of another name, or its code) begins with `typed`, in
    /// any case and without accents.
    pub fn matches(&self, typed: &str) -> bool {
        let typed = fold(typed);
        std::iter::once(&self.label)
            .chain(&self.also)
            .chain(std::iter::once(&self.code))
            .any(|name| {
                let name = fold(name);
                name.starts_with(&typed)
                    || name
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.starts_with(&typed))
            })
    }
}

/// Lower case, without accents, in any script (Arabic and Ethiopic letters stay themselves).
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            if c.is_ascii() || !c.is_alphabetic() {
                return c;
            }
            // Latin letters with accents lose them; other scripts stay as they are.
            let plain = deunicode::deunicode_char(c).unwrap_or("");
            match plain.chars().next() {
                Some(p) if plain.len() == 1 && p.is_ascii_alphabetic() && is_latin(c) => p,
                _ => c,
            }
        })
        .collect()
}

fn is_latin(c: char) -> bool {
    matches!(u32::from(c), 0x00C0..=0x024F | 0x1E00..=0x1EFF)
}

/// The one choice `typed` means: the choice whose name, another name or code is what was typed
/// (in any case, without accents), else the only one a word of whose names begins with it.
/// `Err` with the choices it could be when it could be several (none: an empty list).
pub fn one<'a>(typed: &str, choices: &'a [Choice]) -> Result<&'a Choice, Vec<&'a Choice>> {
    let wanted = fold(typed.trim());
    let exact = choices.iter().find(|c| {
        std::iter::once(&c.label)
            .chain(&c.also)
            .chain(std::iter::once(&c.code))
            .any(|n| fold(n) == wanted)
    });
    if let Some(c) = exact {
        return Ok(c);
    }
    let starts: Vec<&Choice> = choices.iter().filter(|c| c.matches(typed.trim())).collect();
    match starts.as_slice() {
        [one] => Ok(one),
        _ if wanted.is_empty() => Err(Vec::new()),
        _ => Err(starts),
    }
}
