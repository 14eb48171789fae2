//! Search keys of names: whatever the script or spelling, the same person gets the same keys.
//!
//! Every word of a name gets two keys:
//! - **fold**: transliterated to Latin (deunicode: Arabic and Ethiopic too), lower case, letters
//!   and digits only — `Łukasz` → `lukasz`, `ተስፋይ` → `tasefaaye`, `محمد` → `mhmd`;
//! - **skeleton**: the fold with the romanisation variants of DOMAIN.md merged (kh/ch → h,
//!   q → k, dj → j, ph → f, …), vowels and the semi-vowels w/y dropped, doubled letters made one —
//!   `Mohamed`, `Mohammed`, `Muhammad`, `Mouhamed`, `محمد` → `mhmd`;
//!   `Tesfay`, `Tesfaye`, `Tesfai`, `ተስፋይ` → `tsf`.
//!
//! Articles (`al-`, `el-`, `ال`) are dropped, and `Abd`/`Abdel`/`Abdul`/`عبد` is joined to the
//! next word, so `Abdel Kader`, `Abdelkader` and `عبد القادر` meet.

/// The keys of one word of a name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TokenKey {
    pub fold: String,
    pub skeleton: String,
}

const ARTICLES: &[&str] = &["al", "el", "ul", "l"];
/// "son of", "father of": written joined or apart (`Benali`, `Ben Ali`, `بن علي`).
const PARTICLES: &[&str] = &[
    "ben", "bin", "ibn", "bn", "ould", "wad", "abu", "abou", "bou",
];
const ABD: &[&str] = &[
    "abd", "abdel", "abdul", "abdal", "abdoul", "abdou", "abdu", "bd",
];

/// Splits a name into words (spaces, hyphens, punctuation), keeping letters of every script.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '`' || c == '’'))
        .filter(|w| !w.is_empty())
}

fn is_arabic(word: &str) -> bool {
    word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// Transliterated, lower-case, letters and digits only.
pub fn fold(word: &str) -> String {
    let word = if is_arabic(word) && word.chars().count() > 3 {
        word.strip_prefix("ال").unwrap_or(word)
    } else {
        word
    };
    deunicode::deunicode(word)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The consonant skeleton of a fold (see the module documentation).
pub fn skeleton(fold: &str) -> String {
    let mut s = fold.to_string();
    for (from, to) in [
        ("kh", "h"),
        ("ch", "h"),
        ("sh", "h"),
        ("gh", "g"),
        ("ph", "f"),
        ("th", "t"),
        ("dh", "d"),
        ("dj", "j"),
        ("ck", "k"),
        ("q", "k"),
        ("c", "k"),
        ("z", "s"),
        ("v", "w"),
    ] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    let mut out = String::with_capacity(s.len());
    for c in s
        .chars()
        .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w'))
    {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The keys of what was typed in a search: a particle is joined to the next word
/// (`ben ali` → `benali`), so it finds both `Benali` and `Ben Ali`.
pub fn keys(text: &str) -> Vec<TokenKey> {
    build(text, false)
}

/// The keys of a stored name: as [`keys`], plus the word after a particle on its own, so that
/// `Ben Ali` is also found by `ali`.
pub fn record_keys(text: &str) -> Vec<TokenKey> {
    build(text, true)
}

fn key(fold: String) -> TokenKey {
    let skeleton = skeleton(&fold);
    TokenKey { fold, skeleton }
}

fn build(text: &str, record: bool) -> Vec<TokenKey> {
    let mut out: Vec<TokenKey> = Vec::new();
    let mut pending_abd = false;
    let mut pending_particle: Option<String> = None;
    for word in words(text) {
        let f = fold(word);
        if f.is_empty() || ARTICLES.contains(&f.as_str()) {
            continue;
        }
        if ABD.contains(&f.as_str()) {
            pending_abd = true;
            continue;
        }
        if PARTICLES.contains(&f.as_str()) && pending_particle.is_none() {
            pending_particle = Some(f);
            continue;
        }
        let f = if let Some(particle) = pending_particle.take() {
            if record {
                out.push(key(f.clone()));
            }
            format!("{particle}{f}")
        } else if pending_abd {
            pending_abd = false;
            format!("abd{f}")
        } else if let Some(rest) = ABD[1..6]
            .iter()
            .find_map(|p| f.strip_prefix(p))
            .filter(|r| r.len() >= 3)
        {
            format!("abd{rest}")
        } else {
            f
        };
        out.push(key(f));
    }
    if let Some(particle) = pending_particle {
        out.push(key(particle));
    }
    if pending_abd {
        out.push(TokenKey {
            fold: "abd".into(),
            skeleton: "bd".into(),
        });
    }
    out
}

/// Keys as stored in the database: `fold:skeleton` pairs separated by spaces.
pub fn encode(keys: &[TokenKey]) -> String {
    keys.iter()
        .map(|k| format!("{}:{}", k.fold, k.skeleton))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads keys stored by [`encode`].
pub fn decode(stored: &str) -> Vec<TokenKey> {
    stored
        .split(' ')
        .filter_map(|pair| pair.split_once(':'))
        .map(|(f, s)| TokenKey {
            fold: f.to_string(),
            skeleton: s.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests;
