//! A name written in another script, read in Latin letters: printed beside the name as
//! written on a letter in French or Dutch, so that the partner can read it aloud and file it
//! ("محمد الأمين (Muhammad al-Amin)", "ተስፋይ ሃይለ (Tesfay Hayle)").
//!
//! The search keys of [`super::script`] spell Arabic by its consonants (`mhmd`), which meets
//! every spelling but reads as nothing; Arabic writes no short vowels, and no generic
//! transliteration (deunicode, any_ascii) can put them back. So: the usual spelling of the
//! names the centre sees most, from a list; other Arabic words spelt by rule, with the long
//! vowels they write and an `a` where the word would start or run on with consonants only.
//! Ethiopic is a syllabary and reads as the search keys spell it (`Tesfay`); any other script
//! goes through deunicode (`Кирилл` → `Kirill`).

use super::script::{Script, latin, script_of};

/// Names and parts of names in Arabic script (without short-vowel marks, alef forms made
/// plain) and their usual Latin spelling.
const ARABIC: &[(&str, &str)] = &[
    ("محمد", "Muhammad"),
    ("احمد", "Ahmad"),
    ("محمود", "Mahmud"),
    ("مصطفى", "Mustafa"),
    ("علي", "Ali"),
    ("عمر", "Umar"),
    ("عثمان", "Uthman"),
    ("حسن", "Hasan"),
    ("حسين", "Husayn"),
    ("ابراهيم", "Ibrahim"),
    ("اسماعيل", "Ismail"),
    ("يوسف", "Yusuf"),
    ("يونس", "Yunus"),
    ("موسى", "Musa"),
    ("عيسى", "Isa"),
    ("ادم", "Adam"),
    ("اسحاق", "Ishaq"),
    ("يعقوب", "Yaqub"),
    ("سليمان", "Sulayman"),
    ("داود", "Dawud"),
    ("خالد", "Khalid"),
    ("سعيد", "Said"),
    ("سعد", "Saad"),
    ("سمير", "Samir"),
    ("كريم", "Karim"),
    ("امين", "Amin"),
    ("الامين", "al-Amin"),
    ("نبيل", "Nabil"),
    ("رامي", "Rami"),
    ("ماهر", "Mahir"),
    ("حمزة", "Hamza"),
    ("جمال", "Jamal"),
    ("توفيق", "Tawfiq"),
    ("رضا", "Rida"),
    ("رجب", "Rajab"),
    ("ياسين", "Yasin"),
    ("اسامة", "Usama"),
    ("طارق", "Tariq"),
    ("زكريا", "Zakariya"),
    ("بلال", "Bilal"),
    ("نور", "Nur"),
    ("الدين", "al-Din"),
    ("صلاح", "Salah"),
    ("عبد", "Abd"),
    ("عبدالله", "Abdallah"),
    ("الله", "Allah"),
    ("الرحمن", "al-Rahman"),
    ("القادر", "al-Qadir"),
    ("العزيز", "al-Aziz"),
    ("الاله", "al-Ilah"),
    ("الكريم", "al-Karim"),
    ("فاطمة", "Fatima"),
    ("الزهراء", "al-Zahra"),
    ("عائشة", "Aisha"),
    ("خديجة", "Khadija"),
    ("مريم", "Maryam"),
    ("زينب", "Zaynab"),
    ("امينة", "Amina"),
    ("سميرة", "Samira"),
    ("نبيلة", "Nabila"),
    ("كريمة", "Karima"),
    ("سعيدة", "Saida"),
    ("ياسمين", "Yasmin"),
    ("لينا", "Lina"),
    ("هبة", "Hiba"),
    ("نادية", "Nadia"),
    ("ليلى", "Layla"),
    ("سلمى", "Salma"),
    ("حليمة", "Halima"),
    ("بن", "ben"),
    ("ابن", "ibn"),
    ("بنت", "bint"),
    ("ابو", "Abu"),
    ("ام", "Umm"),
    ("ايت", "Ait"),
    ("حداد", "Haddad"),
    ("الحداد", "al-Haddad"),
    ("خليل", "Khalil"),
    ("درويش", "Darwish"),
    ("ناصر", "Nasir"),
    ("منصور", "Mansur"),
    ("المنصوري", "al-Mansuri"),
    ("بوزيد", "Bouzid"),
    ("الحسن", "al-Hasan"),
    ("الادريسي", "al-Idrisi"),
    ("التازي", "al-Tazi"),
    ("الشاذلي", "al-Shadhili"),
    ("العلوي", "al-Alawi"),
    ("الخطيب", "al-Khatib"),
    ("الشريف", "al-Sharif"),
    ("الزين", "al-Zayn"),
    ("الحلبي", "al-Halabi"),
    ("الاحمد", "al-Ahmad"),
    ("الحمصي", "al-Homsi"),
    ("القاسم", "al-Qasim"),
    ("العمراني", "al-Imrani"),
    ("الزياني", "al-Ziyani"),
    ("الصديق", "al-Siddiq"),
    ("الطيب", "al-Tayyib"),
    ("الشامي", "al-Shami"),
    ("الاسعد", "al-Asad"),
    ("الخوري", "al-Khouri"),
    ("الدمشقي", "al-Dimashqi"),
    ("الشيخ", "al-Shaykh"),
    ("الجندي", "al-Jundi"),
    ("النور", "al-Nur"),
];

/// The name in Latin letters, when it has letters of another script; `None` for a name
/// written in Latin letters only (nothing to add).
pub fn romanised(name: &str) -> Option<String> {
    let foreign = name
        .chars()
        .any(|c| c.is_alphabetic() && script_of(c) != Script::Latin);
    if !foreign {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        // "عبد الله", "عبد القادر": Abd joined to the name after it.
        if plain_arabic(word) == "عبد"
            && let Some(next) = words.get(i + 1)
        {
            let joined = format!("عبد{}", plain_arabic(next));
            if let Some(known) = lookup(&joined) {
                out.push(known.to_string());
            } else {
                out.push(format!("Abd {}", read_word(next)));
            }
            i += 2;
            continue;
        }
        out.push(read_word(word));
        i += 1;
    }
    Some(out.join(" "))
}

/// The name for a reader of Latin letters: as written, with its Latin reading beside it
/// when it is written in another script. The name as written is isolated (FSI…PDI) so that
/// in a sentence it keeps its own direction and the reading follows it on the right.
pub fn with_reading(name: &str) -> String {
    match romanised(name) {
        Some(reading) if reading != name => format!("\u{2068}{name}\u{2069} ({reading})"),
        _ => name.to_string(),
    }
}

fn read_word(word: &str) -> String {
    match word.chars().find(|c| c.is_alphabetic()).map(script_of) {
        Some(Script::Arabic) => {
            lookup(&plain_arabic(word)).map_or_else(|| arabic_by_rule(word), str::to_string)
        }
        Some(Script::Ethiopic) => capitalised(&latin(word)),
        Some(Script::Latin) | None => word.to_string(),
        Some(Script::Other) => deunicode::deunicode(word),
    }
}

fn lookup(plain: &str) -> Option<&'static str> {
    ARABIC.iter().find(|(a, _)| *a == plain).map(|(_, l)| *l)
}

/// An Arabic word without short-vowel marks and tatweel, its alef forms made plain.
fn plain_arabic(word: &str) -> String {
    word.chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c) && *c != '\u{0640}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            other => other,
        })
        .collect()
}

/// A sound of an Arabic word: its Latin letters, and whether it is a vowel.
type Sound = (&'static str, bool);

/// An Arabic word spelt by rule: the article as `al-`, long vowels as written (و and ي are
/// vowels between consonants, consonants elsewhere), short-vowel marks when there are any,
/// and an `a` where consonants would start the word or run three in a row.
fn arabic_by_rule(word: &str) -> String {
    // Alef forms made plain, tatweel dropped; short-vowel marks kept to be read.
    let written: String = word
        .chars()
        .filter(|c| *c != '\u{0640}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            other => other,
        })
        .collect();
    let (article, rest) = match written.strip_prefix("ال") {
        Some(rest)
            if rest
                .chars()
                .filter(|c| script_of(*c) == Script::Arabic)
                .count()
                >= 2 =>
        {
            (true, rest)
        }
        _ => (false, written.as_str()),
    };
    let letters: Vec<char> = rest.chars().collect();
    let has_marks = letters
        .iter()
        .any(|c| ('\u{064E}'..='\u{0650}').contains(c));
    let mut sounds: Vec<Sound> = Vec::new();
    for (i, c) in letters.iter().enumerate() {
        let after_consonant = sounds.last().is_some_and(|s| !s.1);
        let next_is_vowel_letter = letters.get(i + 1).is_some_and(|n| matches!(n, 'ا' | 'ى'));
        let sound: Option<Sound> = match c {
            'َ' => Some(("a", true)),
            'ِ' => Some(("i", true)),
            'ُ' => Some(("u", true)),
            'ا' | 'ى' | 'ة' => Some(("a", true)),
            'و' if after_consonant && !next_is_vowel_letter => Some(("u", true)),
            'و' => Some(("w", false)),
            'ي' if after_consonant && !next_is_vowel_letter => Some(("i", true)),
            'ي' => Some(("y", false)),
            'ؤ' => Some(("u", true)),
            'ئ' => Some(("i", true)),
            // ʿayn opening a word is heard as its vowel; elsewhere, as hamza, it is not written.
            'ع' if sounds.is_empty() => Some(("a", true)),
            other => super::script::arabic_consonant(*other).map(|l| (l, false)),
        };
        if let Some(s) = sound {
            // A long vowel after its own short mark is written once (مُوسى: "mu", not "muu").
            if s.1 && sounds.last() == Some(&s) {
                continue;
            }
            sounds.push(s);
        }
    }
    if !has_marks {
        sounds = with_vowels(sounds);
    }
    let text: String = sounds.iter().map(|s| s.0).collect();
    match (article, text.is_empty()) {
        (_, true) => word.to_string(),
        (true, false) => format!("al-{}", capitalised(&text)),
        (false, false) => capitalised(&text),
    }
}

/// Puts an `a` between two consonants opening a word and into runs of three consonants.
fn with_vowels(sounds: Vec<Sound>) -> Vec<Sound> {
    let mut out: Vec<Sound> = Vec::with_capacity(sounds.len() + 2);
    for s in sounds {
        let n = out.len();
        let opening = n == 1 && !out[0].1;
        let run = n >= 2 && !out[n - 1].1 && !out[n - 2].1;
        if !s.1 && (opening || run) {
            out.push(("a", true));
        }
        out.push(s);
    }
    out
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_arabic_script_read_as_their_usual_spelling() {
        assert_eq!(romanised("محمد الأمين").as_deref(), Some("Muhammad al-Amin"));
        assert_eq!(
            romanised("عبد القادر المنصوري").as_deref(),
            Some("Abd al-Qadir al-Mansuri")
        );
        assert_eq!(romanised("عبد الله").as_deref(), Some("Abdallah"));
        assert_eq!(
            romanised("فاطمة الزهراء").as_deref(),
            Some("Fatima al-Zahra")
        );
    }

    #[test]
    fn other_arabic_words_are_spelt_readably_by_rule() {
        assert_eq!(romanised("سليم").as_deref(), Some("Salim"));
        assert_eq!(romanised("البقالي").as_deref(), Some("al-Baqali"));
        assert_eq!(romanised("درويش").as_deref(), Some("Darwish"));
        assert_eq!(romanised("مَرْوان").as_deref(), Some("Marwan"));
    }

    #[test]
    fn ethiopic_and_other_scripts_read_in_latin_letters() {
        assert_eq!(romanised("ተስፋይ ሃይለ").as_deref(), Some("Tesfay Hayle"));
        assert_eq!(romanised("Кирилл").as_deref(), Some("Kirill"));
    }

    #[test]
    fn a_name_in_latin_letters_needs_nothing_beside_it() {
        assert_eq!(romanised("Łukasz Kowalski"), None);
        assert_eq!(with_reading("Mohamed Benali"), "Mohamed Benali");
        assert_eq!(
            with_reading("محمد الأمين"),
            "\u{2068}محمد الأمين\u{2069} (Muhammad al-Amin)"
        );
    }
}
