//! The six interface languages and how the desk picks one.

use std::fmt;

/// An interface language of the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Fr,
    Nl,
    En,
    Ar,
    Ti,
    Pl,
}

impl Lang {
    /// Every language, in the order the language picker shows them.
    pub const ALL: [Lang; 6] = [Lang::Fr, Lang::Nl, Lang::En, Lang::Ar, Lang::Ti, Lang::Pl];

    /// The language used when nothing else chooses one.
    pub const DEFAULT: Lang = Lang::Fr;

    /// ISO 639-1 code, as used in folders, flags and the database.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Ti => "ti",
            Lang::Pl => "pl",
        }
    }

    /// The language's own name, in its own script (what the picker shows).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Ti => "ትግርኛ",
            Lang::Pl => "Polski",
        }
    }

    /// Whether the language is written in Latin letters: a name in another script printed in
    /// it gets its Latin reading beside it.
    pub fn latin_script(self) -> bool {
        !matches!(self, Lang::Ar | Lang::Ti)
    }

    /// A figure with one decimal as the language writes it: `12,5` in French, Dutch and
    /// Polish, `12.5` in English, Arabic (in the Western digits the desk shows) and Tigrinya.
    pub fn decimal(self, x: f64) -> String {
        let text = format!("{x:.1}");
        match self {
            Lang::Fr | Lang::Nl | Lang::Pl => text.replace('.', ","),
            Lang::En | Lang::Ar | Lang::Ti => text,
        }
    }

    /// The mark between day, month and year in the dates the language writes (`date-short`),
    /// so that a date a form fills in looks like the dates on the screen.
    pub fn date_separator(self) -> char {
        match self {
            Lang::Nl => '-',
            Lang::Pl => '.',
            Lang::Fr | Lang::En | Lang::Ar | Lang::Ti => '/',
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// Reads a language from a code such as `ar`, `AR`, `nl_BE.UTF-8` or `fr-BE`.
    pub fn parse(text: &str) -> Option<Lang> {
        let head: String = text
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == head)
    }

    /// The language of the operating system (`LC_ALL`, `LC_MESSAGES`, `LANG`), if it is one of ours.
    pub fn from_system() -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|var| std::env::var(var).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::parse(&v))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Where a language request came from, so a warning can name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangSource {
    /// `--lang` or `SEUIL_LANG`.
    CommandLine,
    /// The desk configuration file.
    Config,
}

/// A language asked for that seuil does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang {
    pub asked: String,
    pub source: LangSource,
}

/// Picks the interface language: command line (flag or environment) > config > system > French.
/// Unknown codes are skipped and reported, so the caller can warn in the language finally chosen.
pub fn choose(
    command_line: Option<&str>,
    config: Option<&str>,
    system: Option<Lang>,
) -> (Lang, Vec<UnknownLang>) {
    let mut unknown = Vec::new();
    for (asked, source) in [
        (command_line, LangSource::CommandLine),
        (config, LangSource::Config),
    ] {
        let Some(asked) = asked else { continue };
        match Lang::parse(asked) {
            Some(lang) => return (lang, unknown),
            None => unknown.push(UnknownLang {
                asked: asked.to_string(),
                source,
            }),
        }
    }
    (system.unwrap_or(Lang::DEFAULT), unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_as_each_language_writes_it() {
        assert_eq!(Lang::Fr.decimal(12.46), "12,5");
        assert_eq!(Lang::Pl.decimal(3.0), "3,0");
        assert_eq!(Lang::En.decimal(12.46), "12.5");
        assert_eq!(Lang::Ar.decimal(0.25), "0.2");
    }

    #[test]
    fn parses_codes_and_locales() {
        assert_eq!(Lang::parse("ar"), Some(Lang::Ar));
        assert_eq!(Lang::parse("NL"), Some(Lang::Nl));
        assert_eq!(Lang::parse("nl_BE.UTF-8"), Some(Lang::Nl));
        assert_eq!(Lang::parse("ti-ER"), Some(Lang::Ti));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse("C"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn command_line_wins_then_config_then_system_then_french() {
        assert_eq!(choose(Some("pl"), Some("nl"), Some(Lang::En)).0, Lang::Pl);
        assert_eq!(choose(None, Some("nl"), Some(Lang::En)).0, Lang::Nl);
        assert_eq!(choose(None, None, Some(Lang::En)).0, Lang::En);
        assert_eq!(choose(None, None, None).0, Lang::Fr);
    }

    #[test]
    fn unknown_language_falls_through_and_is_reported() {
        let (lang, unknown) = choose(Some("klingon"), Some("xx"), Some(Lang::Ar));
        assert_eq!(lang, Lang::Ar);
        assert_eq!(unknown.len(), 2);
        assert_eq!(unknown[0].source, LangSource::CommandLine);
        assert_eq!(unknown[1].asked, "xx");
    }
}
