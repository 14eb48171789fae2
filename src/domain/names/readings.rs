//! What each tradition reads in one word as written, kept beside it as derived keys: Abd
//! and its linking forms, the Arabic article fused or assimilated, fused family-name
//! particles, the Somali orthography.

use super::{SCRIPT, TokenKey, flat};

/// Particles written fused to the family name, longest first (`Vanderlinden`, `Desmet`).
const FUSED_PARTICLES: &[&str] = &[
    "vanden", "vander", "vande", "van", "ver", "den", "der", "de", "ten", "ter", "ben", "bou",
    "ait",
];

/// The word after `Abd` and its linking vowel or article: `abdelkader` → `kader`,
/// `abderrahmane` → `rahmane`, `abdillahi` → `lahi`.
fn after_abd(fold: &str) -> Option<&str> {
    let rest = fold.strip_prefix("abd")?;
    let rest = [
        "oul", "ul", "el", "al", "il", "ol", "ou", "u", "e", "a", "i", "o",
    ]
    .iter()
    .find_map(|l| rest.strip_prefix(l).filter(|r| r.len() >= 3))
    .unwrap_or(rest);
    let rest = undouble(rest);
    (rest.len() >= 3).then_some(rest)
}

/// A word starting with a doubled letter (an assimilated article) loses one of them.
fn undouble(word: &str) -> &str {
    let b = word.as_bytes();
    if b.len() > 3 && b[0] == b[1] && !matches!(b[0], b'a' | b'e' | b'i' | b'o' | b'u') {
        &word[1..]
    } else {
        word
    }
}

/// A word with the Arabic article fused to it, without the article: `elidrissi` → `idrissi`,
/// `essayed` → `sayed`, `ezzine` → `zine`, `alshadhly` → `shadhly`.
fn without_article(fold: &str) -> Option<&str> {
    for a in ["al", "el", "ul"] {
        if let Some(rest) = fold.strip_prefix(a)
            && rest.len() >= 3
        {
            return Some(rest);
        }
    }
    let b = fold.as_bytes();
    if b.len() >= 5
        && matches!(b[0], b'a' | b'e')
        && b[1] == b[2]
        && matches!(b[1], b's' | b'z' | b'd' | b'n' | b'r' | b't')
    {
        return Some(&fold[2..]);
    }
    None
}

/// The Somali reading of a word: `c` is the ʿayn (dropped, as other spellings do), `x` is ḥ.
fn somali(fold: &str) -> Option<String> {
    let b = fold.as_bytes();
    let mut out = String::with_capacity(fold.len());
    let mut changed = false;
    for (i, &c) in b.iter().enumerate() {
        let next = b.get(i + 1).copied();
        match c {
            b'c' if !matches!(next, Some(b'h' | b'k' | b'q')) => changed = true,
            b'x' => {
                out.push('h');
                changed = true;
            }
            _ => out.push(char::from(c)),
        }
    }
    (changed && out.len() >= 2).then_some(out)
}

/// A fused family-name particle taken off: `vanderlinden` → `linden`, `desmet` → `smet`.
fn without_particle(fold: &str) -> Option<&str> {
    FUSED_PARTICLES
        .iter()
        .find_map(|p| fold.strip_prefix(p).filter(|r| r.len() >= 4))
}

/// The keys of one word as written: the word, then what the traditions read in it.
pub(super) fn word_keys(fold: &str, out: &mut Vec<TokenKey>) {
    out.push(TokenKey::new(fold.to_string()));
    let f = flat(fold);
    let f = f.as_ref();
    let mut derived: Vec<String> = Vec::new();
    if let Some(rest) = after_abd(f) {
        derived.push(format!("abd{rest}"));
    }
    if let Some(rest) = without_article(f) {
        derived.push(rest.to_string());
        if let Some(r) = after_abd(rest) {
            derived.push(format!("abd{r}"));
        }
    }
    if let Some(rest) = without_particle(f) {
        derived.push(rest.to_string());
    }
    if let Some(s) = somali(f) {
        if let Some(rest) = after_abd(&s) {
            derived.push(format!("abd{rest}"));
        }
        derived.push(s);
    }
    let mark = if fold.contains(SCRIPT) { "^" } else { "" };
    for d in derived {
        if d != f && !out.iter().any(|k| flat(&k.fold) == d.as_str()) {
            out.push(TokenKey::derived(&format!("{mark}{d}")));
        }
    }
}
