//! Property tests over everything a person or a file can feed the desk: the command line, the
//! desk configuration, the person form, NISS numbers, birth dates, search queries. Nothing may
//! panic; bad input is answered with a message. (`PROPTEST_CASES` raises the number of cases.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::ffi::OsString;
use std::path::Path;

use proptest::prelude::*;
use seuil::config::Config;
use seuil::i18n::{I18n, Lang};

/// Words a command line is made of: real commands and flags mixed with anything.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "person",
            "add",
            "find",
            "merge",
            "unmerge",
            "not-same",
            "export",
            "queue",
            "join",
            "list",
            "call",
            "coverage",
            "due",
            "set",
            "db",
            "backup",
            "restore",
            "check",
            "encrypt",
            "rekey",
            "purge",
            "staff",
            "audit",
            "board",
            "generate",
            "--json",
            "--lang",
            "--db",
            "--key-file",
            "--name",
            "--born",
            "--service",
            "--priority",
            "--persons",
            "--limit",
            "--within",
            "--yes",
            "--role",
            "--day",
            "--staff",
            "--person",
            "urgent",
            "ar",
            "ti",
            "-h",
            "--help",
            "--",
            "=",
            "--lang=",
        ])
        .prop_map(String::from),
        "\\PC{0,12}",
        any::<u32>().prop_map(|n| n.to_string()),
    ]
}

proptest! {
    #[test]
    fn the_command_line_never_panics(words in prop::collection::vec(word(), 0..8), lang in 0..6usize) {
        let mut argv: Vec<OsString> = vec!["seuil".into()];
        argv.extend(words.iter().map(OsString::from));
        let _ = seuil::cli::asked_language(&argv);
        let i18n = I18n::new(Lang::ALL[lang]);
        if let Err(e) = seuil::cli::parse(argv, &i18n) {
            let text = seuil::cli::explain(&e, &i18n);
            prop_assert!(!text.trim().is_empty());
        }
    }

    #[test]
    fn any_configuration_text_gives_a_config_or_a_message(text in "\\PC{0,200}") {
        if let Err(problem) = Config::parse(&text, Path::new("desk.toml")) {
            let said = I18n::new(Lang::Fr).render(&seuil::i18n::Localised::msg(&problem));
            prop_assert!(said.contains("desk.toml"));
        }
    }

    #[test]
    fn configuration_keys_with_any_values(
        key in prop::sample::select(vec![
            "language", "desk_name", "borders", "board_bell", "no_show_after_calls",
            "renew_days", "lock_after_minutes", "backup_dir", "backup_keep", "key_file",
            "terminal_bidi", "arabic_digits", "other",
        ]),
        value in prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            "\\PC{0,20}".prop_map(|s| format!("{s:?}")),
            Just("true".to_string()),
            Just("[1, 2]".to_string()),
        ],
    ) {
        let text = format!("{key} = {value}\n");
        if let Err(problem) = Config::parse(&text, Path::new("desk.toml")) {
            let said = I18n::new(Lang::Ar).render(&seuil::i18n::Localised::msg(&problem));
            prop_assert!(said.contains("desk.toml"), "{said}");
        }
    }

    #[test]
    fn the_person_form_takes_anything(
        given in "\\PC{0,40}", family in "\\PC{0,40}", birth in "\\PC{0,12}",
        niss in "[0-9 .-]{0,16}|\\PC{0,16}", langs in "\\PC{0,12}", phone in "\\PC{0,16}",
    ) {
        let draft = seuil::domain::person::Draft {
            given_name: given,
            family_name: family,
            birth,
            niss,
            languages: langs,
            phone,
            ..Default::default()
        };
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let _ = draft.check(today);
    }

    #[test]
    fn searches_take_anything(query in "\\PC{0,40}") {
        let _ = seuil::domain::search::Query::parse(&query);
        let _ = seuil::domain::names::keys(&query);
    }
}
