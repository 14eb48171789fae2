//! `seuil manpage`, `seuil completions` and `seuil --version`: what the package installs and
//! what a support call reads, made from the command tree itself.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Output;

use clap::CommandFactory;

fn seuil(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    crate::support::seuil_cmd(&dir.path().join("never.db"))
        .env("SEUIL_LANG", "en")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Every command's full name as typed: `seuil person add`, `seuil db check`…
fn command_names(cmd: &clap::Command, path: &str, names: &mut Vec<String>) {
    for sub in cmd.get_subcommands() {
        let name = format!("{path} {}", sub.get_name());
        names.push(name.clone());
        command_names(sub, &name, names);
    }
}

#[test]
fn the_manual_page_names_every_command_and_the_files_environment_and_exit_codes() {
    let o = seuil(&["manpage"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // roff writes a hyphen as \-; the reader sees a hyphen.
    let page = stdout(&o).replace("\\-", "-");
    assert!(
        page.starts_with(".TH seuil 1") || page.contains("\n.TH seuil 1"),
        "{page}"
    );
    let mut names = Vec::new();
    command_names(&seuil::cli::args::Cli::command(), "seuil", &mut names);
    assert!(names.len() > 60, "{names:?}");
    for name in &names {
        assert!(page.contains(&format!("\\fB{name}\\fR")), "{name} missing");
    }
    assert!(!page.contains("seuil-board(1)"), "no page per command");
    for section in [
        ".SH COMMANDS",
        ".SH FILES",
        ".SH ENVIRONMENT",
        ".SH \"EXIT STATUS\"",
    ] {
        assert!(page.contains(section), "{section} missing");
    }
    for word in [
        "SEUIL_DB",
        "SEUIL_LANG",
        "SEUIL_KEY_FILE",
        "SEUIL_CONFIG",
        "~/.local/share/seuil/seuil.db",
        "~/.config/seuil/desk.toml",
        "--service CODE",
        "bash|zsh|fish",
    ] {
        assert!(page.contains(word), "{word} missing");
    }
    // The generated sections come first, ours after them.
    let options = page.find(".SH OPTIONS").unwrap();
    assert!(options < page.find(".SH FILES").unwrap());
}

#[test]
fn completions_are_made_for_bash_zsh_and_fish() {
    for shell in ["bash", "zsh", "fish"] {
        let o = seuil(&["completions", shell]);
        assert!(o.status.success(), "{shell}");
        let script = stdout(&o);
        for word in ["seuil", "person", "treatment", "not-same", "key-file"] {
            assert!(script.contains(word), "{shell}: {word} missing");
        }
    }
    assert!(stdout(&seuil(&["completions", "bash"])).contains("complete -F"));
    assert!(stdout(&seuil(&["completions", "zsh"])).starts_with("#compdef seuil"));
    assert!(stdout(&seuil(&["completions", "fish"])).contains("complete -c seuil"));
}

#[test]
fn an_unknown_shell_is_refused_by_name() {
    let o = seuil(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("tcsh"), "{err}");
    assert!(err.contains("seuil --help"), "{err}");
}

#[test]
fn the_version_says_the_commit_and_the_database_engine() {
    let o = seuil(&["--version"]);
    assert!(o.status.success());
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], format!("seuil {}", env!("CARGO_PKG_VERSION")));
    let commit = lines[1].strip_prefix("commit ").expect("commit line");
    let (hash, date) = commit.split_once(" of ").expect("commit of date");
    assert!(
        hash == "unknown" || (hash.len() == 12 && hash.chars().all(|c| c.is_ascii_hexdigit())),
        "{hash}"
    );
    assert!(date == "unknown" || date.len() == 10, "{date}");
    assert!(lines[2].starts_with("SQLite 3."), "{}", lines[2]);
    assert!(lines[2].contains("SQLCipher 4."), "{}", lines[2]);
    // In the interface language too.
    let fr = stdout(&seuil(&["--lang", "fr", "-V"]));
    assert!(fr.contains(" du "), "{fr}");
}
