//! The languages people speak at a Brussels desk, found by their code or by their name as a
//! worker would write it (in French, Dutch, English, or in the language itself): "arabe",
//! "Tigrinya", "ትግርኛ", "somali" give `ar`, `ti`, `ti`, `so`. The register keeps the code.

/// A language: its code (ISO 639) and names it goes by.
struct Language {
    code: &'static str,
    names: &'static [&'static str],
}

const LANGUAGES: &[Language] = &[
    Language {
        code: "ar",
        names: &[
            "arabe",
            "Arabisch",
            "Arabic",
            "العربية",
            "عربي",
            "ዓረብኛ",
            "arabski",
        ],
    },
    Language {
        code: "ti",
        names: &[
            "tigrinya",
            "tigrigna",
            "Tigrinya",
            "ትግርኛ",
            "تغرينية",
            "التغرينية",
            "tigrinia",
        ],
    },
    Language {
        code: "fr",
        names: &[
            "français",
            "Frans",
            "French",
            "فرنسية",
            "ፈረንሳይኛ",
            "francuski",
        ],
    },
    Language {
        code: "nl",
        names: &[
            "néerlandais",
            "flamand",
            "Nederlands",
            "Vlaams",
            "Dutch",
            "Flemish",
            "هولندية",
            "ሆላንድኛ",
            "niderlandzki",
        ],
    },
    Language {
        code: "en",
        names: &[
            "anglais",
            "Engels",
            "English",
            "إنجليزية",
            "እንግሊዝኛ",
            "angielski",
        ],
    },
    Language {
        code: "pl",
        names: &["polonais", "Pools", "Polish", "polski", "بولندية", "ፖሎንኛ"],
    },
    Language {
        code: "am",
        names: &["amharique", "Amhaars", "Amharic", "አማርኛ", "أمهرية"],
    },
    Language {
        code: "so",
        names: &[
            "somali",
            "Somalisch",
            "Soomaali",
            "somalijski",
            "صومالية",
            "الصومالية",
            "ሶማልኛ",
        ],
    },
    Language {
        code: "ps",
        names: &["pachto", "pashto", "Pasjtoe", "پښتو", "بشتو"],
    },
    Language {
        code: "fa",
        names: &[
            "persan",
            "farsi",
            "dari",
            "Perzisch",
            "Persian",
            "فارسی",
            "فارسية",
        ],
    },
    Language {
        code: "ku",
        names: &["kurde", "Koerdisch", "Kurdish", "kurdî", "کوردی", "كردية"],
    },
    Language {
        code: "ber",
        names: &[
            "berbère",
            "tamazight",
            "amazigh",
            "kabyle",
            "rifain",
            "Berbers",
            "Berber",
            "ⵜⴰⵎⴰⵣⵉⵖⵜ",
            "أمازيغية",
        ],
    },
    Language {
        code: "tr",
        names: &["turc", "Turks", "Turkish", "Türkçe", "تركية"],
    },
    Language {
        code: "ru",
        names: &["russe", "Russisch", "Russian", "русский", "روسية"],
    },
    Language {
        code: "uk",
        names: &["ukrainien", "Oekraïens", "Ukrainian", "українська"],
    },
    Language {
        code: "ro",
        names: &["roumain", "Roemeens", "Romanian", "română"],
    },
    Language {
        code: "bg",
        names: &["bulgare", "Bulgaars", "Bulgarian", "български"],
    },
    Language {
        code: "es",
        names: &["espagnol", "Spaans", "Spanish", "español", "إسبانية"],
    },
    Language {
        code: "pt",
        names: &["portugais", "Portugees", "Portuguese", "português"],
    },
    Language {
        code: "it",
        names: &["italien", "Italiaans", "Italian", "italiano"],
    },
    Language {
        code: "de",
        names: &["allemand", "Duits", "German", "Deutsch"],
    },
    Language {
        code: "ln",
        names: &["lingala", "Lingala"],
    },
    Language {
        code: "sw",
        names: &["swahili", "Swahili", "Kiswahili"],
    },
    Language {
        code: "wo",
        names: &["wolof", "Wolof"],
    },
    Language {
        code: "ff",
        names: &["peul", "fula", "pular", "Fulfulde"],
    },
    Language {
        code: "ur",
        names: &["ourdou", "Urdu", "اردو"],
    },
    Language {
        code: "bn",
        names: &["bengali", "Bengaals", "Bengali", "বাংলা"],
    },
    Language {
        code: "sq",
        names: &["albanais", "Albanees", "Albanian", "shqip"],
    },
    Language {
        code: "hy",
        names: &["arménien", "Armeens", "Armenian", "հայերեն"],
    },
    Language {
        code: "ka",
        names: &["géorgien", "Georgisch", "Georgian", "ქართული"],
    },
];

use crate::text::choice::fold;

/// The code of a language written as its code (`ar`, `ber`) or its name, whole or its first
/// three letters or more when they point to one language only (`tigr`, `som`).
pub fn code_of(typed: &str) -> Option<String> {
    let t = typed.trim();
    let lower = t.to_lowercase();
    if let Some(l) = LANGUAGES.iter().find(|l| l.code == lower) {
        return Some(l.code.to_string());
    }
    let choices: Vec<crate::text::choice::Choice> = LANGUAGES
        .iter()
        .map(|l| crate::text::choice::Choice {
            also: l.names.iter().map(|n| n.to_string()).collect(),
            ..crate::text::choice::Choice::new(l.code, l.names[0].to_string())
        })
        .collect();
    if let Ok(c) = crate::text::choice::one(t, &choices)
        && (t.chars().count() >= 3 || fold(&c.label) == fold(t))
    {
        return Some(c.code.clone());
    }
    // Another code (two or three Latin letters) is kept as written: the list is not every
    // language of the world.
    ((2..=3).contains(&lower.len()) && lower.bytes().all(|b| b.is_ascii_lowercase()))
        .then_some(lower)
}

#[cfg(test)]
mod tests {
    use super::code_of;

    #[test]
    fn languages_by_code_or_by_name_in_any_script() {
        for (typed, code) in [
            ("ar", "ar"),
            ("Arabe", "ar"),
            ("العربية", "ar"),
            ("tigrinya", "ti"),
            ("ትግርኛ", "ti"),
            ("néerlandais", "nl"),
            ("neerlandais", "nl"),
            ("Vlaams", "nl"),
            ("soma", "so"),
            ("dari", "fa"),
            ("kabyle", "ber"),
            ("hu", "hu"),
        ] {
            assert_eq!(code_of(typed).as_deref(), Some(code), "{typed}");
        }
        assert_eq!(code_of("xyzzy"), None);
        assert_eq!(code_of("a"), None);
    }
}
