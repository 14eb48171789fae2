//! The `.ftl` files, embedded at build time so the binary needs nothing beside it. `build.rs`
//! packs and compresses each language's files (a sixth of the room); a language is inflated the
//! first time it is used, once per process (about a millisecond), and kept.

use std::io::Read;
use std::sync::OnceLock;

use super::Lang;

static FR: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/locale-fr.z"));
static NL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/locale-nl.z"));
static EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/locale-en.z"));
static AR: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/locale-ar.z"));
static TI: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/locale-ti.z"));
static PL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/locale-pl.z"));

type Files = Vec<(&'static str, &'static str)>;

static INFLATED: [OnceLock<Files>; 6] = [const { OnceLock::new() }; 6];

/// The files of one language: `(file name, text)`.
pub fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    let (slot, packed) = match lang {
        Lang::Fr => (0, FR),
        Lang::Nl => (1, NL),
        Lang::En => (2, EN),
        Lang::Ar => (3, AR),
        Lang::Ti => (4, TI),
        Lang::Pl => (5, PL),
    };
    INFLATED[slot].get_or_init(|| unpack(packed))
}

/// The packed files of `build.rs` (`name\ntext`, joined by NUL). The text lives as long as the
/// program, as it did when embedded as plain text; a language is inflated at most once.
fn unpack(packed: &[u8]) -> Files {
    let mut text = String::new();
    // Made by build.rs from files that compiled into this very binary: it cannot fail to inflate
    // unless the binary itself is damaged, and then no words are better than wrong ones.
    if flate2::read::ZlibDecoder::new(packed)
        .read_to_string(&mut text)
        .is_err()
    {
        return Vec::new();
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    text.split('\0')
        .filter_map(|file| file.split_once('\n'))
        .collect()
}

/// The words of referral letters (French or Dutch).
pub fn letter(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => include_str!("../../letters/nl.ftl"),
        _ => include_str!("../../letters/fr.ftl"),
    }
}
