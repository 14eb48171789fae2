//! Names written in Arabic or Ethiopic letters, spelt in Latin letters the way people in
//! Brussels write them, so that both sides of a search meet on the same keys.
//!
//! Generic transliteration (deunicode) is made for reading, not for matching: it spells
//! `ተስፋይ` as `tasefaaye`, while the person writes `Tesfay`. Both scripts are regular enough
//! to spell by rule: the fidel is a syllabary laid out in rows of one consonant and eight
//! vowel orders, and Arabic writes consonants and long vowels only.

/// The script of a letter, for cutting a mixed word (`Mohamedمحمد`) into words of one script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Arabic,
    Ethiopic,
    Other,
}

/// The script a letter belongs to (digits and marks count as `Other`).
pub fn script_of(c: char) -> Script {
    match c {
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' => {
            Script::Arabic
        }
        '\u{FE70}'..='\u{FEFC}' => Script::Arabic,
        '\u{1200}'..='\u{139F}' | '\u{2D80}'..='\u{2DDF}' | '\u{AB00}'..='\u{AB2F}' => {
            Script::Ethiopic
        }
        c if c.is_ascii_alphabetic() => Script::Latin,
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Script::Latin,
        _ => Script::Other,
    }
}

/// Consonants of the fidel rows, from U+1200 in steps of eight. An empty consonant is a
/// vowel carrier (አ, ዐ); a trailing `w` marks a labialised row (ቈ), whose orders are
/// `we wi wa we wə` rather than the seven plain vowels.
const FIDEL_ROWS: &[&str] = &[
    "h", "l", "h", "m", "s", "r", "s", "sh", // U+1200 ሀ ለ ሐ መ ሠ ረ ሰ ሸ
    "q", "qw", "q", "qw", "b", "v", "t", "ch", // U+1240 ቀ ቈ ቐ ቘ በ ቨ ተ ቸ
    "h", "hw", "n", "ny", "", "k", "kw", "kh", // U+1280 ኀ ኈ ነ ኘ አ ከ ኰ ኸ
    "khw", "w", "", "z", "zh", "y", "d", "d", // U+12C0 ዀ ወ ዐ ዘ ዠ የ ደ ዸ
    "j", "g", "gw", "ng", "t", "ch", "p", "ts", // U+1300 ጀ ገ ጐ ጘ ጠ ጨ ጰ ጸ
    "ts", "f", "p", // U+1340 ፀ ፈ ፐ
];

/// The vowels of the eight orders, English-style: `ä` is written `e` (Tesfay, Gebre), the
/// sixth order has no vowel of its own.
const FIDEL_VOWELS: [&str; 8] = ["e", "u", "i", "a", "e", "", "o", "wa"];
/// The orders of a labialised row (ቈ ቊ ቋ ቌ ቍ).
const LABIAL_VOWELS: [&str; 8] = ["we", "", "wi", "wa", "we", "w", "", ""];

/// Spells one Ethiopic syllable; `None` for a letter outside the rows (punctuation, numbers).
fn fidel(c: char, out: &mut String) -> Option<()> {
    let at = u32::from(c).checked_sub(0x1200)?;
    let row = FIDEL_ROWS.get(usize::try_from(at / 8).ok()?)?;
    let order = usize::try_from(at % 8).ok()?;
    match row.strip_suffix('w') {
        Some(base) if row.len() > 1 => {
            out.push_str(base);
            out.push_str(LABIAL_VOWELS[order]);
        }
        _ => {
            out.push_str(row);
            out.push_str(FIDEL_VOWELS[order]);
        }
    }
    Some(())
}

/// The Latin spelling of an Arabic letter: consonants as Maghrebi and Middle-Eastern forms
/// write them, long vowels as vowels, short-vowel marks as the vowels they are.
fn arabic(c: char) -> &'static str {
    match c {
        'ا' | 'أ' | 'آ' | 'ٱ' | 'ى' | 'ة' | 'َ' | 'ً' => "a",
        'إ' | 'ِ' | 'ٍ' => "i",
        'ؤ' | 'ُ' | 'ٌ' => "u",
        'ئ' => "i",
        'و' => "w",
        'ي' | 'ی' => "y",
        'ژ' => "zh",
        '٠'..='٩' => "",
        c if let Some(latin) = arabic_consonant(c) => latin,
        // ʿayn, hamza, sukun, shadda (doubling is not kept), tatweel and other marks.
        _ => "",
    }
}

/// The Latin letters of an Arabic consonant, for the search keys and for the reading printed
/// beside a name (the vowels and و, ي are each read their own way there).
pub(super) fn arabic_consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'ب' => "b",
        'ت' | 'ط' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' | 'ه' => "h",
        'خ' => "kh",
        'د' | 'ض' => "d",
        'ذ' => "dh",
        'ر' => "r",
        'ز' | 'ظ' => "z",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' | 'ک' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'پ' => "p",
        'چ' => "ch",
        'گ' => "g",
        'ڤ' => "v",
        _ => return None,
    })
}

/// A word of one script in lower-case ASCII letters: Ethiopic and Arabic by the rules above,
/// every other script by deunicode (`Łukasz` → `lukasz`, `Ştefan` → `stefan`).
pub fn latin(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (i, c) in word.chars().enumerate() {
        match script_of(c) {
            // The ʿayn opening a word is heard as its vowel (علي Ali, عمر Omar, عبد Abd).
            Script::Arabic if i == 0 && c == 'ع' => out.push('a'),
            Script::Ethiopic => {
                let _ = fidel(c, &mut out);
            }
            Script::Arabic if ('\u{0600}'..='\u{06FF}').contains(&c) => out.push_str(arabic(c)),
            Script::Arabic => {
                // Presentation forms (ﻣ, ﺤ) and supplements: the letters drawn joined.
                if let Some(d) = deunicode::deunicode_char(c) {
                    out.extend(d.chars().filter(char::is_ascii_alphabetic));
                }
            }
            _ => {
                if c == 'ç' || c == 'Ç' {
                    out.push('s');
                } else if c.is_ascii() {
                    if c.is_ascii_alphanumeric() || c == '_' {
                        out.push(c.to_ascii_lowercase());
                    }
                } else if let Some(d) = deunicode::deunicode_char(c) {
                    out.extend(
                        d.chars()
                            .filter(char::is_ascii_alphanumeric)
                            .map(|c| c.to_ascii_lowercase()),
                    );
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fidel_is_spelt_as_people_write_it() {
        assert_eq!(latin("ተስፋይ"), "tesfay");
        assert_eq!(latin("ገብረመድህን"), "gebremedhn");
        assert_eq!(latin("ሃይለ"), "hayle");
        assert_eq!(latin("ዮሃንስ"), "yohans");
        assert_eq!(latin("ወልደ"), "welde");
        assert_eq!(latin("ኣብርሃም"), "abrham");
    }

    #[test]
    fn arabic_is_spelt_with_its_consonants_and_long_vowels() {
        assert_eq!(latin("محمد"), "mhmd");
        assert_eq!(latin("الشاذلي"), "alshadhly");
        assert_eq!(latin("فاطمة"), "fatma");
        assert_eq!(latin("يوسف"), "ywsf");
        assert_eq!(latin("علي"), "aly");
        assert_eq!(latin("عبد"), "abd");
    }

    #[test]
    fn other_scripts_fold_to_ascii() {
        assert_eq!(latin("Łukasz"), "lukasz");
        assert_eq!(latin("Ştefan"), "stefan");
        assert_eq!(latin("Ștefan"), "stefan");
        assert_eq!(latin("Hélène"), "helene");
    }
}
