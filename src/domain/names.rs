//! Search keys of names: whatever the tradition, script or spelling, the same person gets keys
//! that meet.
//!
//! A name is cut into words (spaces, hyphens, apostrophes, a change of script), each word
//! spelt in lower-case Latin letters (its **fold**: Arabic and Ethiopic by the rules of
//! [`script`], other scripts by deunicode) and given a **sound** ([`sound`]), which merges the
//! romanisation variants of the traditions the centre sees. Then each tradition's rules add
//! *readings*, keys derived from the word as written, marked with a leading `~`:
//!
//! - **Somali** orthography: `c` is the ʿayn and `x` is ḥ, so `Cali` is also read `~ali` and
//!   `Xuseen` `~husen`;
//! - **Arabic article** fused to the word (`Elidrissi`, `الشاذلي`) or assimilated to its first
//!   letter (`Essayed`, `Ezzine`, `Eddine`): also read without it (`~idrissi`, `~sayed`);
//! - **Abd** with its linking vowel and article (`Abdelkader`, `Abd al-Qadir`, `Abdul Kadir`,
//!   `Abderrahmane`, `عبد القادر`): also read `~abd` + the rest (`~abdkader`);
//! - **particles** (`ben`, `ould`, `aït`, `abou`; `van`, `de`, `van der`, `ten`…) written apart
//!   are joined to the next word, keeping where the words broke (`van_der_linden`), so that the
//!   spelling typed ranks first and the fused spelling (`Vanderlinden`) is found too; written
//!   fused, the word is also read without them (`~linden`).
//!
//! A stored name also keeps the word after a particle or article on its own (`Ben Ali` is
//! found by `ali`). Where words break is otherwise left to the search, which tries query words
//! fused and split ([`crate::domain::search`]).

mod readings;
pub mod romanise;
pub mod script;
pub mod sound;

use std::borrow::Cow;

use readings::word_keys;
use script::Script;

/// The keys of one word of a name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TokenKey {
    /// The word in lower-case Latin letters; `~` first marks a reading derived by a
    /// tradition's rules, `^` a word written in Arabic or Ethiopic letters, `_` where words
    /// written apart were joined.
    pub fold: String,
    /// The sound of the word ([`sound::sound`]).
    pub sound: String,
}

impl TokenKey {
    fn new(fold: String) -> TokenKey {
        let sound = sound::sound(&flat(&fold));
        TokenKey { fold, sound }
    }

    fn derived(fold: &str) -> TokenKey {
        TokenKey::new(format!("~{fold}"))
    }
}

/// The mark of a word written in Arabic or Ethiopic letters (spelt without its short vowels).
pub const SCRIPT: char = '^';

/// A fold without its marks: the letters only.
pub fn flat(fold: &str) -> Cow<'_, str> {
    if fold.contains(['~', '_', SCRIPT]) {
        Cow::Owned(
            fold.chars()
                .filter(|c| !matches!(c, '~' | '_' | '^'))
                .collect(),
        )
    } else {
        Cow::Borrowed(fold)
    }
}

/// The Arabic article, standing alone.
const ARTICLES: &[&str] = &["al", "el", "ul", "l", "il"];
/// The article assimilated to a "sun letter", standing alone: the next word starts with it
/// (`es Sayed`, `ed-Din`, `ech-Chadli`, `en-Nour`).
const SUN_ARTICLES: &[(&str, &str)] = &[
    ("as", "s"),
    ("es", "s"),
    ("az", "z"),
    ("ez", "z"),
    ("ad", "d"),
    ("ed", "d"),
    ("an", "n"),
    ("en", "n"),
    ("ar", "r"),
    ("er", "r"),
    ("at", "t"),
    ("et", "t"),
    ("ash", "sh"),
    ("esh", "sh"),
    ("ach", "ch"),
    ("ech", "ch"),
    ("adh", "dh"),
    ("edh", "dh"),
    ("ath", "th"),
    ("eth", "th"),
];
/// "Son of", "father of", "daughter of", "house of": joined to the next word.
const ARABIC_PARTICLES: &[&str] = &[
    "ben", "bin", "ibn", "bn", "bent", "bint", "ould", "wuld", "wad", "abu", "abou", "bou", "ait",
    "aith", "ayt",
];
/// Dutch, Flemish, French and other family-name particles, alone or in a row (`van der`).
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "vd", "de", "den", "der", "ver", "te", "ten", "ter", "t", "d", "le", "la", "du",
    "des", "del", "della", "di", "da", "dos", "mac", "mc", "o",
];
/// `Abd` and its linking forms, standing alone (`Abdel Kader`, `Abd al-Qadir`).
const ABD: &[&str] = &[
    "abd", "abdel", "abdul", "abdal", "abdoul", "abdou", "abdu", "abdil", "abdol", "bd",
];

/// Characters that carry nothing a person wrote: controls, zero-width and bidi marks,
/// variation selectors, the soft hyphen, tags ([`crate::text::accepted`] refuses them).
pub fn is_invisible(c: char) -> bool {
    !crate::text::accepted(c)
}

/// Combining marks: accents typed apart (`e` + U+0301), Arabic vowel marks, Ethiopic marks.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036f}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}'
        | '\u{135d}'..='\u{135f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}')
}

/// What was typed, without invisible characters.
pub fn visible(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_invisible) {
        Cow::Owned(text.chars().filter(|c| !is_invisible(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Splits a name into folded words: at spaces, hyphens, apostrophes and any other mark, and
/// where the script changes inside a word (`Mohamedمحمد`).
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut script = Script::Other;
    for c in text.chars().filter(|c| !is_invisible(*c)) {
        if is_mark(c) {
            if !current.is_empty() {
                current.push(c);
            }
            continue;
        }
        if !c.is_alphanumeric() {
            // `M'Barek`, `D'Hondt`, `O'Brien`: a letter or two before an apostrophe is joined
            // to the word after it, keeping the break.
            let apostrophe = matches!(c, '\'' | '’' | '`' | 'ʼ' | '‘');
            if apostrophe && (1..=2).contains(&current.chars().count()) {
                current.push('_');
                continue;
            }
            flush(&mut current, &mut out);
            continue;
        }
        let s = script::script_of(c);
        if s != script && s != Script::Other && script != Script::Other && !current.is_empty() {
            flush(&mut current, &mut out);
        }
        if s != Script::Other {
            script = s;
        }
        current.push(c);
    }
    flush(&mut current, &mut out);
    out
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    if !current.is_empty() {
        let fold = script::latin(current);
        let fold = fold.trim_matches('_');
        // Arabic writes no short vowels and the fidel's sixth order none either: such a
        // word is compared by its consonants ([`SCRIPT`]).
        let unvowelled = current
            .chars()
            .any(|c| matches!(script::script_of(c), Script::Arabic | Script::Ethiopic));
        if !fold.is_empty() {
            out.push(if unvowelled {
                format!("{SCRIPT}{fold}")
            } else {
                fold.to_string()
            });
        }
        current.clear();
    }
}

/// One word of what was typed, with its readings (the first as typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    pub readings: Vec<TokenKey>,
}

impl QueryWord {
    /// The word as typed, flat.
    pub fn text(&self) -> Cow<'_, str> {
        self.readings
            .first()
            .map(|k| flat(&k.fold))
            .unwrap_or(Cow::Borrowed(""))
    }

    /// A word and its readings from its letters.
    pub fn of(fold: &str) -> QueryWord {
        let mut readings = Vec::new();
        word_keys(fold, &mut readings);
        QueryWord { readings }
    }

    /// Two words typed read as one (`Salah Eddine` → `salaheddine`), each with any of its
    /// readings (`صلاح الدين` → `slahdyn`, the article left out).
    pub fn fused(a: &QueryWord, b: &QueryWord) -> QueryWord {
        let script = a
            .readings
            .iter()
            .chain(&b.readings)
            .any(|k| k.fold.contains(SCRIPT));
        let mark = if script { "^" } else { "" };
        let mut out = QueryWord::of(&format!("{mark}{}{}", a.text(), b.text()));
        for (i, x) in a.readings.iter().enumerate().take(3) {
            for (j, y) in b.readings.iter().enumerate().take(3) {
                if i == 0 && j == 0 {
                    continue;
                }
                let k = TokenKey::derived(&format!("{mark}{}{}", flat(&x.fold), flat(&y.fold)));
                if !out.readings.contains(&k) {
                    out.readings.push(k);
                }
            }
        }
        out
    }
}

/// Words as they group: articles, `Abd` and particles joined to the word after them.
struct Grouped {
    /// The joined word (`van_der_linden`, `abdel_kader`, `ben_ali`).
    fold: String,
    /// The main word when something was joined to it (`linden`), and whether a rule, rather
    /// than the writer, put it apart (after `Abd`).
    main: Option<(String, bool)>,
}

fn group(text: &str) -> Vec<Grouped> {
    let ws = words(text);
    let mut out = Vec::new();
    let mut pending: Vec<&str> = Vec::new();
    let mut abd = false;
    for (i, w) in ws.iter().enumerate() {
        let next = ws.get(i + 1).map(|n| flat(n));
        let is_last = next.is_none();
        let f = flat(w);
        let f = f.as_ref();
        let article = ARTICLES.contains(&f)
            || SUN_ARTICLES
                .iter()
                .any(|(a, l)| *a == f && next.as_ref().is_some_and(|n| n.starts_with(l)));
        let particle = ARABIC_PARTICLES.contains(&f) || NAME_PARTICLES.contains(&f);
        let is_abd = ABD.contains(&f);
        if !is_last && (article || particle || is_abd) {
            abd |= is_abd;
            pending.push(w);
            continue;
        }
        if pending.is_empty() {
            out.push(Grouped {
                fold: w.clone(),
                main: None,
            });
        } else {
            let mut joined = pending.join("_");
            joined.push('_');
            joined.push_str(w);
            out.push(Grouped {
                fold: joined,
                main: Some((w.clone(), abd)),
            });
            pending.clear();
            abd = false;
        }
    }
    out
}

/// The words of what was typed in a search, each with its readings.
pub fn query_words(text: &str) -> Vec<QueryWord> {
    group(text)
        .into_iter()
        .map(|g| {
            let mut readings = Vec::new();
            word_keys(&g.fold, &mut readings);
            if let Some((main, _)) = g.main {
                let k = TokenKey::derived(&main);
                if !readings.contains(&k) {
                    readings.push(k);
                }
            }
            QueryWord { readings }
        })
        .collect()
}

/// The keys of what was typed in a search, all words together.
pub fn keys(text: &str) -> Vec<TokenKey> {
    query_words(text)
        .into_iter()
        .flat_map(|w| w.readings)
        .collect()
}

/// The keys of a stored name: as [`keys`], plus the word after a particle or article on its
/// own, so that `Ben Ali` is also found by `ali`.
pub fn record_keys(text: &str) -> Vec<TokenKey> {
    let mut out: Vec<TokenKey> = Vec::new();
    // A zero-width space may join a word (`Mo​hamed`) or part two (`Zewdi​Tesfamariam`, pasted
    // from a web page): the record is found both ways.
    let parted = text.contains(crate::text::is_word_break).then(|| {
        text.chars()
            .map(|c| {
                if crate::text::is_word_break(c) {
                    ' '
                } else {
                    c
                }
            })
            .collect::<String>()
    });
    let groups = group(text)
        .into_iter()
        .chain(parted.iter().flat_map(|t| group(t)));
    for g in groups {
        let mut keys = Vec::new();
        word_keys(&g.fold, &mut keys);
        match g.main {
            Some((main, true)) => keys.push(TokenKey::derived(&main)),
            Some((main, false)) => word_keys(&main, &mut keys),
            None => {
                if let Some((_, last)) = g.fold.rsplit_once('_') {
                    word_keys(last, &mut keys);
                }
            }
        }
        for k in keys {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// Keys as stored in the database: `fold:sound` pairs separated by spaces.
pub fn encode(keys: &[TokenKey]) -> String {
    keys.iter()
        .map(|k| format!("{}:{}", k.fold, k.sound))
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
            sound: s.to_string(),
        })
        .collect()
}

/// The version of the rules above: keys stored by an older version are recomputed when a
/// database is opened.
pub const KEYS_VERSION: u32 = 3;

#[cfg(test)]
mod tests;
