//! The distinct words of all names, and how well a word typed matches each of them.
//!
//! Names repeat a lot (thousands of Mohameds), so a query word is scored against each
//! distinct word once; the persons carrying the words that match are looked up afterwards.

use rustc_hash::FxHashMap;

use crate::domain::names::{self, TokenKey, sound};

/// A word of the lexicon, with what scoring compares.
#[derive(Debug, Clone)]
pub struct Word {
    pub fold: Box<str>,
    /// The fold without its marks, when it has some.
    flat: Option<Box<str>>,
    pub sound: Box<str>,
    frame: Box<str>,
    mask: u32,
    /// Which letters the flat fold uses, one bit each: a cheap test before a typo distance.
    letters: u32,
    /// Written in Arabic or Ethiopic letters: compared by its consonants.
    script: bool,
}

impl Word {
    fn new(fold: &str, sound: &str) -> Word {
        let flat = names::flat(fold);
        let flat = (flat.as_ref() != fold).then(|| flat.into_owned().into_boxed_str());
        Word {
            fold: fold.into(),
            flat,
            sound: sound.into(),
            frame: sound::frame(sound).into_boxed_str(),
            mask: mask(sound),
            letters: letters(names::flat(fold).as_ref()),
            script: fold.contains(names::SCRIPT),
        }
    }

    /// The letters of the word, without marks.
    pub fn flat(&self) -> &str {
        self.flat.as_deref().unwrap_or(&self.fold)
    }

    fn derived(&self) -> bool {
        self.fold.starts_with('~')
    }
}

/// Which sound classes a sound uses, one bit each: a cheap test before the distance.
fn mask(sound: &str) -> u32 {
    sound.bytes().fold(0, |m, b| {
        m | 1u32 << (b.to_ascii_lowercase().wrapping_sub(b'a') % 32)
    })
}

/// Which letters a word uses, one bit each.
fn letters(flat: &str) -> u32 {
    flat.bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |m, b| m | 1u32 << (b - b'a'))
}

/// A word typed, ready to be compared with every word of the lexicon.
#[derive(Debug, Clone)]
pub struct Probe {
    /// The word as a finished word (its sound with the end rules: a mute `e` dropped).
    word: Word,
    /// The sound and consonants of the letters typed so far, for prefixes of open words.
    typed: Box<str>,
    typed_frame: Box<str>,
    /// The last word of the query while it is still being typed: a prefix is enough.
    open: bool,
    /// Words typed fused or split by the search itself: matched by their letters, sound or
    /// consonants, never as a typo of something else.
    exact: bool,
}

impl Probe {
    /// A probe for one reading of a typed word.
    pub fn new(key: &TokenKey, open: bool) -> Probe {
        let typed = if open {
            sound::sound_typed(&names::flat(&key.fold))
        } else {
            key.sound.clone()
        };
        Probe {
            word: Word::new(&key.fold, &key.sound),
            typed_frame: sound::frame(&typed).into_boxed_str(),
            typed: typed.into_boxed_str(),
            open,
            exact: false,
        }
    }

    /// A probe for a word the search fused or split: no typo allowed.
    pub fn exact(key: &TokenKey, open: bool) -> Probe {
        Probe {
            exact: true,
            ..Probe::new(key, open)
        }
    }

    /// The letters typed.
    pub fn flat(&self) -> &str {
        self.word.flat()
    }
}

/// How far two sounds may differ, in half steps, for their length.
fn allowed(len: usize) -> u32 {
    match len {
        0..=5 => 1,
        6..=8 => 2,
        _ => 3,
    }
}

/// Whether the first consonants of two frames are the same or close: a spelling variant
/// rarely changes how a name starts (Ahmed is not Mohamed).
fn same_start(a: &str, b: &str) -> bool {
    match (a.bytes().next(), b.bytes().next()) {
        (Some(x), Some(y)) => x == y || sound::close(x, y),
        (None, None) => true,
        _ => false,
    }
}

/// How well a typed word matches a word of the lexicon, 0 to 100 (0: not at all). The
/// spelling typed ranks first, then the same letters written apart or fused, then the same
/// sound, the same consonants, and close sounds by their distance; a reading derived by a
/// tradition's rule costs a little on either side.
pub fn score(p: &Probe, w: &Word) -> u32 {
    let q = &p.word;
    let pen = 3 * (u32::from(q.derived()) + u32::from(w.derived()));
    let (qf, wf) = (q.flat(), w.flat());
    // The first letter or two of a word: the names written so, not the readings derived
    // from them (which only repeat the same persons).
    if p.open && qf.len() <= 2 && w.derived() {
        return 0;
    }
    let best = if q.fold == w.fold {
        100
    } else if qf == wf {
        97
    } else if wf.starts_with(qf) {
        // Still being typed: a long way to go is an unfinished word (moh… Mohamed); a letter
        // or two more is as likely another name (Samir, Samira), so a variant of the word as
        // typed ranks before it.
        if p.open && wf.len() >= qf.len() + 3 {
            90
        } else {
            84
        }
    } else if q.sound.len() >= 2 && q.sound == w.sound {
        85 - closeness(qf, wf)
    } else if p.open && p.typed.len() >= 3 && w.sound.starts_with(&*p.typed) {
        75
    } else if !q.frame.is_empty()
        && q.frame == w.frame
        && (qf.len() >= 3 || q.script != w.script)
        && (q.frame.len() >= 2 || (qf.len() <= 4 && wf.len() <= 4))
    {
        // Across scripts the consonants are all there is to compare: as good as the sound.
        // A vowel written at the end (ة, ا, ي) is heard at the end: Nabila, not Nabil.
        if q.script != w.script {
            if q.sound.ends_with('a') == w.sound.ends_with('a') {
                85
            } else {
                78
            }
        } else {
            75 - closeness(qf, wf)
        }
    } else if p.open
        && (qf.len() >= 3 || q.script != w.script)
        && p.typed_frame.len() >= 2
        && w.frame.starts_with(&*p.typed_frame)
    {
        65
    } else if p.exact {
        0
    } else {
        fuzzy(p, w)
    };
    best.saturating_sub(pen)
}

/// How far two spellings of the same sound are apart, 0 to 3: `Hassan` is closer to `Hasan`
/// than to `Husen`, though all three sound alike.
fn closeness(a: &str, b: &str) -> u32 {
    (strsim::osa_distance(a, b) as u32 / 3).min(3)
}

/// Close spellings: sounds a few half steps apart, or a typo in the letters.
fn fuzzy(p: &Probe, w: &Word) -> u32 {
    let q = &p.word;
    let (qf, wf) = (q.flat(), w.flat());
    // Three letters are too few to tell a typo from another name (across scripts the
    // consonants are compared instead, below), and so is the start of a word with one
    // consonant yet.
    if (qf.len() < 4 && q.script == w.script) || (p.open && p.typed_frame.len() < 2) {
        return 0;
    }
    let limit = allowed(q.sound.len().max(w.sound.len()));
    let sound_len_gap = q.sound.len().abs_diff(w.sound.len());
    let cut = if p.open && w.sound.len() > p.typed.len() {
        w.sound.get(..p.typed.len()).unwrap_or(&w.sound)
    } else {
        &w.sound
    };
    let mut best = 0;
    if q.script != w.script
        && q.frame.len() >= 2
        && same_start(&q.frame, &w.frame)
        && sound::distance(&q.frame, &w.frame) <= 1
    {
        best = 70;
    }
    if best == 0
        && (sound_len_gap as u32 <= limit || p.open)
        && (q.mask ^ w.mask).count_ones() <= 2 * limit
        && same_start(&q.frame, &w.frame)
    {
        let d = if p.open {
            sound::distance(&p.typed, cut).min(sound::distance(&q.sound, &w.sound))
        } else {
            sound::distance(&q.sound, cut)
        };
        if d <= limit {
            best = 72 - 6 * d;
        }
    }
    let typos = if qf.len() >= 7 { 2 } else { 1 };
    // An edit changes at most two letters of the letter set; a prefix typed with a typo has
    // at most `typos` letters the word lacks, and starts as it does.
    let could = if p.open && wf.len() > qf.len() {
        (q.letters & !w.letters).count_ones() <= typos as u32
            && qf.as_bytes()[0] == wf.as_bytes()[0]
    } else {
        (q.letters ^ w.letters).count_ones() <= 2 * typos as u32
    };
    if best == 0
        && could
        && qf.len() >= 4
        && wf.len() + 2 >= qf.len()
        && (p.open || wf.len() <= qf.len() + 2)
    {
        let cut = wf.get(..qf.len().min(wf.len())).unwrap_or(wf);
        let d = if p.open && wf.len() > qf.len() + 2 {
            strsim::osa_distance(qf, cut)
        } else if p.open {
            strsim::osa_distance(qf, wf).min(strsim::osa_distance(qf, cut))
        } else {
            strsim::osa_distance(qf, wf)
        };
        if d <= typos {
            best = if d == 1 { 60 } else { 50 };
        }
    }
    best
}

/// A looser comparison for near matches, 0 to 100: how alike the sounds are, whatever the
/// start, once nothing matched word by word.
pub fn near(p: &Probe, w: &Word) -> u32 {
    let strict = score(p, w);
    if strict > 0 {
        return strict;
    }
    let q = &p.word;
    if q.flat().len() < 3 || w.flat().len() < 2 {
        return 0;
    }
    let longest = q.sound.len().max(w.sound.len());
    let limit = allowed(longest) + 1;
    if q.sound.len().abs_diff(w.sound.len()) as u32 > limit
        || (q.mask ^ w.mask).count_ones() > 2 * limit
    {
        return 0;
    }
    let d = sound::distance(&q.sound, &w.sound).min(sound::distance(&q.frame, &w.frame) + 2);
    if d > limit {
        return 0;
    }
    let pen = 3 * (u32::from(q.derived()) + u32::from(w.derived()));
    (60u32.saturating_sub(6 * d)).saturating_sub(pen).max(1)
}

/// The distinct words, each once.
#[derive(Debug, Default, Clone)]
pub struct Lexicon {
    words: Vec<Word>,
    by_fold: FxHashMap<Box<str>, u32>,
}

impl Lexicon {
    /// The number of the word with this fold, adding it if new.
    pub fn add(&mut self, fold: &str, sound: &str) -> u32 {
        if let Some(w) = self.by_fold.get(fold) {
            return *w;
        }
        let w = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
        self.words.push(Word::new(fold, sound));
        self.by_fold.insert(fold.into(), w);
        w
    }

    /// Whether a word is written so (as typed, not derived).
    pub fn has(&self, fold: &str) -> bool {
        self.by_fold.contains_key(fold)
    }

    /// The number of distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there is no word yet.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words matching a probe, with their scores.
    pub fn matching(&self, probe: &Probe, out: &mut Vec<(u32, u16)>, loose: bool) {
        for (i, w) in self.words.iter().enumerate() {
            let s = if loose {
                near(probe, w)
            } else {
                score(probe, w)
            };
            if s > 0 {
                out.push((i as u32, s as u16));
            }
        }
    }
}
