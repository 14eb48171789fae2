//! The command line as scripts and people use it: a clean environment, a temporary HOME.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `seuil` with nothing of the developer's environment: no LANG, no SEUIL_*.
    fn seuil(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_seuil"));
        cmd.env_clear()
            .env("HOME", self.path())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .args(args);
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.seuil(args).output().unwrap()
    }

    fn default_db(&self) -> PathBuf {
        self.path().join(".local/share/seuil/seuil.db")
    }

    fn write_config(&self, text: &str) -> PathBuf {
        let path = self.path().join(".config/seuil/desk.toml");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn help_is_in_french_by_default() {
    let h = Home::new();
    let o = h.run(&["--help"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("Utilisation"), "{out}");
    assert!(out.contains("Commandes"));
    assert!(out.contains("Afficher cette aide"));
}

#[test]
fn help_follows_the_lang_flag_and_environment() {
    let h = Home::new();
    let ar = stdout(&h.run(&["--lang", "ar", "--help"]));
    assert!(ar.contains("الاستعمال"), "{ar}");
    let pl = stdout(
        &h.seuil(&["person", "--help"])
            .env("SEUIL_LANG", "pl")
            .output()
            .unwrap(),
    );
    assert!(pl.contains("Zarejestruj osobę"), "{pl}");
    let ti = stdout(&h.run(&["--lang=ti", "db", "--help"]));
    assert!(ti.contains("ዳታቤዝ"), "{ti}");
}

#[test]
fn system_locale_is_used_when_nothing_else_says() {
    let h = Home::new();
    let o = h
        .seuil(&["--help"])
        .env("LANG", "nl_BE.UTF-8")
        .output()
        .unwrap();
    assert!(stdout(&o).contains("Gebruik"));
}

#[test]
fn version_is_printed() {
    let o = Home::new().run(&["--version"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn unknown_language_warns_and_falls_back_to_french() {
    let h = Home::new();
    let o = h.run(&["--lang", "de", "db", "check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("Langue inconnue « de »"), "{err}");
}

#[test]
fn db_check_creates_the_default_database_on_first_use() {
    let h = Home::new();
    let o = h.run(&["db", "check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(h.default_db().exists());
    assert!(stdout(&o).contains("est intacte"));
}

#[test]
fn db_flag_and_environment_choose_the_database() {
    let h = Home::new();
    let flagged = h.path().join("site/desk.db");
    let o = h.run(&["--db", flagged.to_str().unwrap(), "db", "check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(flagged.exists());
    let from_env = h.path().join("env.db");
    let o = h
        .seuil(&["db", "check"])
        .env("SEUIL_DB", &from_env)
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(from_env.exists());
    assert!(!h.default_db().exists());
}

#[test]
fn a_text_file_is_refused_unchanged_in_the_chosen_language() {
    let h = Home::new();
    let path = h.path().join("notes.db");
    std::fs::write(&path, "pas une base\n").unwrap();
    let o = h.run(&[
        "--lang",
        "ar",
        "--db",
        path.to_str().unwrap(),
        "db",
        "check",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("ليس قاعدة بيانات seuil"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(&path).unwrap(), b"pas une base\n");
}

#[test]
fn a_database_from_a_newer_seuil_is_refused_unchanged() {
    let h = Home::new();
    let path = h.path().join("future.db");
    assert!(
        h.run(&["--db", path.to_str().unwrap(), "db", "check"])
            .status
            .success()
    );
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
        conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0))
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let o = h.run(&["--db", path.to_str().unwrap(), "db", "check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("plus récente"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_referral_that_does_not_exist_is_named_in_the_language() {
    let h = Home::new();
    let o = h.run(&["referral", "print", "3", "--pdf", "x.pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Pas d'orientation numéro 3"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_usage_is_explained_in_the_language_and_exits_2() {
    let h = Home::new();
    let o = h.run(&["--lang", "nl", "person", "find"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Ontbreekt"), "{}", stderr(&o));
    let o = h.run(&["person", "unmerge", "douze"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Valeur refusée"), "{}", stderr(&o));
    assert!(stderr(&o).contains("douze"));
    let o = h.run(&["fly"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Commande inconnue"), "{}", stderr(&o));
}

#[test]
fn the_desk_needs_a_terminal() {
    let h = Home::new();
    let o = h.run(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("besoin d'un terminal"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn config_language_applies_and_a_broken_config_names_its_line() {
    let h = Home::new();
    h.write_config("language = \"en\"\n");
    let o = h.run(&["db", "check"]);
    assert!(stdout(&o).contains("is intact"), "{}", stdout(&o));
    h.write_config("language = \"nl\"\nborders = \"round\"\n");
    let o = h.run(&["db", "check"]);
    assert!(o.status.success(), "the command still runs");
    let err = stderr(&o);
    assert!(err.contains("line 2") || err.contains("ligne 2"), "{err}");
    assert!(err.contains("borders"));
}

#[test]
fn seuil_config_environment_points_at_another_file() {
    let h = Home::new();
    let path = h.path().join("elsewhere.toml");
    std::fs::write(&path, "language = \"pl\"\n").unwrap();
    let o = h
        .seuil(&["db", "check"])
        .env("SEUIL_CONFIG", &path)
        .output()
        .unwrap();
    assert!(stdout(&o).contains("nienaruszona"), "{}", stdout(&o));
}
