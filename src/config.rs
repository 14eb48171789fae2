//! Desk settings, in two steps: the raw TOML file, then a validated [`Config`].
//!
//! Order of precedence: embedded defaults → this file → environment → flags (the last two are
//! applied by the command line). A file with any mistake is reported with its line, and the desk
//! opens with the defaults rather than half of a broken file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use toml::Spanned;

use crate::i18n::{Lang, Localised, Msg};

/// How panels are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Borders {
    /// ASCII on the Linux text console (`TERM=linux`), box drawing elsewhere.
    #[default]
    Auto,
    /// Box-drawing characters.
    Unicode,
    /// Plain `+`, `-`, `|`: works with any font.
    Ascii,
}

/// Validated desk settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Interface language of this desk, unless the command line says otherwise.
    pub language: Option<Lang>,
    /// Name of this desk, shown in the top bar (`Accueil 1`, `Infirmerie`).
    pub desk_name: Option<String>,
    /// The room this desk calls people to (the service's first room when not said).
    pub room: Option<String>,
    /// Border style.
    pub borders: Borders,
    /// Whether the waiting-room board rings the terminal bell on a new call.
    pub board_bell: bool,
    /// Whether the board's words turn through the languages of the people waiting
    /// (`board_languages = "rotate"`), or stay in the board's language (`"fixed"`).
    pub board_rotate: bool,
    /// Calls without answer after which a ticket becomes a no-show.
    pub no_show_after_calls: u32,
    /// Days before a card or guarantee ends that its renewal is flagged.
    pub renew_days: u32,
    /// Minutes without a key after which the desk locks itself (0: never).
    pub lock_after_minutes: u32,
    /// Folder of the automatic daily backups (none when unset).
    pub backup_dir: Option<PathBuf>,
    /// How many daily backups are kept there.
    pub backup_keep: u32,
    /// File holding the key of an encrypted database (for example on a USB stick).
    pub key_file: Option<PathBuf>,
    /// The shared folder this register exchanges through with the other sites: when set, the
    /// desk runs the exchange itself.
    pub sync_folder: Option<PathBuf>,
    /// Minutes between two exchanges the desk runs.
    pub sync_every_minutes: u32,
    /// This terminal shapes and reorders right-to-left text itself: the desk's own pass is off.
    pub terminal_bidi: bool,
    /// Arabic interface with Arabic-Indic digits (٠١٢…) rather than Western ones.
    pub eastern_digits: bool,
    /// CUPS printer for letters (none: the system default).
    pub printer: Option<String>,
    /// CUPS printer for queue tickets, an 80 mm receipt printer (none: no tickets printed).
    pub ticket_printer: Option<String>,
}

/// A mistake in the configuration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigProblem {
    Unreadable {
        path: PathBuf,
        detail: String,
    },
    Syntax {
        path: PathBuf,
        line: usize,
        detail: String,
    },
    UnknownKey {
        path: PathBuf,
        line: usize,
        key: String,
    },
    BadValue {
        path: PathBuf,
        line: usize,
        key: String,
        value: String,
        expected: &'static str,
    },
}

impl Localised for ConfigProblem {
    fn msg(&self) -> Msg {
        match self {
            ConfigProblem::Unreadable { path, detail } => Msg::new("config-unreadable")
                .arg("path", path.as_path())
                .arg("detail", detail.as_str()),
            ConfigProblem::Syntax { path, line, detail } => Msg::new("config-syntax")
                .arg("path", path.as_path())
                .arg("line", *line)
                .arg("detail", detail.as_str()),
            ConfigProblem::UnknownKey { path, line, key } => Msg::new("config-unknown-key")
                .arg("path", path.as_path())
                .arg("line", *line)
                .arg("key", key.as_str()),
            ConfigProblem::BadValue {
                path,
                line,
                key,
                value,
                expected,
            } => Msg::new("config-bad-value")
                .arg("path", path.as_path())
                .arg("line", *line)
                .arg("key", key.as_str())
                .arg("value", value.as_str())
                .arg("expected", *expected),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            language: None,
            desk_name: None,
            room: None,
            borders: Borders::Auto,
            board_bell: true,
            board_rotate: true,
            no_show_after_calls: 3,
            renew_days: 14,
            lock_after_minutes: 5,
            backup_dir: None,
            backup_keep: 14,
            key_file: None,
            sync_folder: None,
            sync_every_minutes: 10,
            terminal_bidi: false,
            eastern_digits: false,
            printer: None,
            ticket_printer: None,
        }
    }
}

impl Config {
    /// Reads the file at `path`. A missing file is not a problem: the defaults apply.
    pub fn load(path: &Path) -> (Config, Option<ConfigProblem>) {
        match std::fs::read_to_string(path) {
            Ok(text) => match Config::parse(&text, path) {
                Ok(config) => (config, None),
                Err(problem) => (Config::default(), Some(problem)),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Config::default(), None),
            Err(e) => (
                Config::default(),
                Some(ConfigProblem::Unreadable {
                    path: path.to_path_buf(),
                    detail: e.to_string(),
                }),
            ),
        }
    }

    /// Validates the text of a configuration file; `path` is only used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigProblem> {
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let raw: BTreeMap<Spanned<String>, Spanned<toml::Value>> =
            toml::from_str(text).map_err(|e| ConfigProblem::Syntax {
                path: path.to_path_buf(),
                line: e.span().map(|s| line_of(s.start)).unwrap_or(1),
                detail: e.message().trim().to_string(),
            })?;
        let mut config = Config::default();
        for (key, value) in raw {
            let line = line_of(key.span().start);
            let bad = |expected: &'static str| ConfigProblem::BadValue {
                path: path.to_path_buf(),
                line,
                key: key.get_ref().clone(),
                value: shown(value.get_ref()),
                expected,
            };
            let number = |range: std::ops::RangeInclusive<u32>, expected: &'static str| {
                value
                    .get_ref()
                    .as_integer()
                    .and_then(|n| u32::try_from(n).ok())
                    .filter(|n| range.contains(n))
                    .ok_or_else(|| bad(expected))
            };
            let folder = || {
                value
                    .get_ref()
                    .as_str()
                    .map(str::trim)
                    .filter(|s| !s.is_empty() && !s.chars().any(char::is_control))
                    .map(PathBuf::from)
                    .ok_or_else(|| bad("a path"))
            };
            // A CUPS queue name: printable, no spaces, no slash or '#' (lpadmin's rule).
            let printer = || {
                value
                    .get_ref()
                    .as_str()
                    .map(str::trim)
                    .filter(|s| {
                        !s.is_empty()
                            && s.chars().count() <= 127
                            && !s.chars().any(|c| {
                                c.is_control() || c.is_whitespace() || c == '/' || c == '#'
                            })
                    })
                    .map(str::to_string)
                    .ok_or_else(|| bad("a CUPS printer name (lpstat -p)"))
            };
            match key.get_ref().as_str() {
                "language" => {
                    let lang = value.get_ref().as_str().and_then(Lang::parse);
                    config.language = Some(lang.ok_or_else(|| bad("fr, nl, en, ar, ti, pl"))?);
                }
                "desk_name" => {
                    let name = value.get_ref().as_str().map(str::trim).filter(|s| {
                        !s.is_empty() && s.chars().count() <= 40 && !s.chars().any(char::is_control)
                    });
                    config.desk_name = Some(name.ok_or_else(|| bad("1–40"))?.to_string());
                }
                "room" => {
                    let room = value.get_ref().as_str().map(str::trim).filter(|s| {
                        !s.is_empty() && s.chars().count() <= 20 && !s.chars().any(char::is_control)
                    });
                    config.room = Some(room.ok_or_else(|| bad("1–20"))?.to_string());
                }
                "borders" => {
                    config.borders = match value.get_ref().as_str() {
                        Some("auto") => Borders::Auto,
                        Some("unicode") => Borders::Unicode,
                        Some("ascii") => Borders::Ascii,
                        _ => return Err(bad("auto, unicode, ascii")),
                    }
                }
                "no_show_after_calls" => config.no_show_after_calls = number(1..=20, "1–20")?,
                "renew_days" => config.renew_days = number(1..=120, "1–120")?,
                "lock_after_minutes" => config.lock_after_minutes = number(0..=240, "0–240")?,
                "backup_keep" => config.backup_keep = number(1..=365, "1–365")?,
                "backup_dir" => config.backup_dir = Some(folder()?),
                "key_file" => config.key_file = Some(folder()?),
                "sync_folder" => config.sync_folder = Some(folder()?),
                "sync_every_minutes" => config.sync_every_minutes = number(1..=1440, "1–1440")?,
                "printer" => config.printer = Some(printer()?),
                "ticket_printer" => config.ticket_printer = Some(printer()?),
                "board_bell" => {
                    config.board_bell = value
                        .get_ref()
                        .as_bool()
                        .ok_or_else(|| bad("true, false"))?;
                }
                "board_languages" => {
                    config.board_rotate = match value.get_ref().as_str() {
                        Some("rotate") => true,
                        Some("fixed") => false,
                        _ => return Err(bad("rotate, fixed")),
                    }
                }
                "arabic_digits" => {
                    config.eastern_digits = match value.get_ref().as_str() {
                        Some("western") => false,
                        Some("eastern") => true,
                        _ => return Err(bad("western, eastern")),
                    }
                }
                "terminal_bidi" => {
                    config.terminal_bidi = value
                        .get_ref()
                        .as_bool()
                        .ok_or_else(|| bad("true, false"))?;
                }
                other => {
                    return Err(ConfigProblem::UnknownKey {
                        path: path.to_path_buf(),
                        line,
                        key: other.to_string(),
                    });
                }
            }
        }
        Ok(config)
    }
}

fn shown(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigProblem> {
        Config::parse(text, Path::new("desk.toml"))
    }

    #[test]
    fn empty_file_gives_defaults() {
        assert_eq!(parse("").unwrap(), Config::default());
    }

    #[test]
    fn full_file_is_read() {
        let c =
            parse("language = \"ar\"\ndesk_name = \"Accueil 1\"\nborders = \"ascii\"\n").unwrap();
        assert_eq!(c.language, Some(Lang::Ar));
        assert_eq!(c.desk_name.as_deref(), Some("Accueil 1"));
        assert_eq!(c.borders, Borders::Ascii);
    }

    #[test]
    fn syntax_error_names_its_line() {
        match parse("language = \"fr\"\n\ndesk_name = Accueil\n") {
            Err(ConfigProblem::Syntax { line, .. }) => assert_eq!(line, 3),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        match parse("# desk\nlanguage = \"nl\"\nprinter_name = \"hp\"\n") {
            Err(ConfigProblem::UnknownKey { line, key, .. }) => {
                assert_eq!((line, key.as_str()), (3, "printer_name"))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bad_values_are_refused_with_what_was_expected() {
        match parse("\nlanguage = \"de\"\n") {
            Err(ConfigProblem::BadValue {
                line,
                value,
                expected,
                ..
            }) => {
                assert_eq!(line, 2);
                assert_eq!(value, "de");
                assert!(expected.contains("ti"));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse("borders = 3"),
            Err(ConfigProblem::BadValue { .. })
        ));
        assert!(matches!(
            parse("desk_name = \"\""),
            Err(ConfigProblem::BadValue { .. })
        ));
        assert!(matches!(
            parse("desk_name = \"a\\u0007b\""),
            Err(ConfigProblem::BadValue { .. })
        ));
    }

    #[test]
    fn the_board_turns_its_words_unless_told_to_stay() {
        assert!(parse("").unwrap().board_rotate);
        assert!(!parse("board_languages = \"fixed\"").unwrap().board_rotate);
        assert!(matches!(
            parse("board_languages = \"ar\""),
            Err(ConfigProblem::BadValue { .. })
        ));
    }

    #[test]
    fn missing_file_is_no_problem_and_unreadable_file_is() {
        let dir = tempfile::tempdir().unwrap();
        let (c, p) = Config::load(&dir.path().join("none.toml"));
        assert_eq!((c, p), (Config::default(), None));
        let (_, p) = Config::load(dir.path());
        assert!(matches!(p, Some(ConfigProblem::Unreadable { .. })));
    }

    #[test]
    fn binary_garbage_is_a_syntax_problem() {
        assert!(matches!(
            parse("\u{0}\u{1}\u{2}=="),
            Err(ConfigProblem::Syntax { .. })
        ));
    }
}
