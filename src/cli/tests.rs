use super::*;

fn words(list: &[&str]) -> Vec<OsString> {
    list.iter().map(OsString::from).collect()
}

#[test]
fn language_is_read_before_the_command_only() {
    assert_eq!(
        asked_language(&words(&["seuil", "--lang", "ar"])).as_deref(),
        Some("ar")
    );
    assert_eq!(
        asked_language(&words(&[
            "seuil",
            "--db",
            "x.db",
            "--lang=ti",
            "db",
            "check"
        ]))
        .as_deref(),
        Some("ti")
    );
    // After `person add`, --lang is the person's language, not the interface's.
    let after = asked_language(&words(&["seuil", "person", "add", "--lang", "ti"]));
    assert_ne!(after.as_deref(), Some("ti"));
}

#[test]
fn command_tree_is_valid_in_every_language() {
    for lang in Lang::ALL {
        localise::localise(Cli::command(), &I18n::new(lang)).debug_assert();
    }
}
