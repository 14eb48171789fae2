//! `seuil staff`, `seuil audit`, `seuil db encrypt / rekey / purge` from a shell.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn seuil(db: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = crate::support::seuil_cmd(db)
        .env("USER", "coord")
        .env("SEUIL_LANG", "en")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn staff_accounts_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let o = seuil(
        &db,
        &["staff", "add", "Awa", "--role", "coordinator"],
        "2468\n2468\n",
    );
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("Awa (Coordinator)"), "{}", out(&o));
    let o = seuil(
        &db,
        &["staff", "add", "Bart", "--role", "nurse"],
        "1357\n1375\n",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("not the same"), "{}", err(&o));
    let o = seuil(&db, &["staff", "add", "Bart", "--role", "doctor"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("Unknown role"), "{}", err(&o));
    let o = seuil(&db, &["staff", "list", "--json"], "");
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["staff"][0]["name"], "Awa");
    assert_eq!(v["staff"][0]["role"], "coordinator");
    assert!(!out(&o).contains("argon2"), "never the PIN hash");
}

#[test]
fn a_mediators_languages_are_written_down_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let o = seuil(
        &db,
        &[
            "staff", "add", "Amina", "--role", "mediator", "--speaks", "AR,ti",
        ],
        "2468\n2468\n",
    );
    assert!(o.status.success(), "{}", err(&o));
    let o = seuil(&db, &["staff", "list", "--json"], "");
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["staff"][0]["speaks"], serde_json::json!(["ar", "ti"]));
    let o = seuil(&db, &["staff", "speaks", "Amina", "ti,so"], "");
    assert!(out(&o).contains("Amina speaks: ti, so"), "{}", out(&o));
    let o = seuil(&db, &["staff", "list"], "");
    assert!(out(&o).contains("ti,so"), "{}", out(&o));
    let o = seuil(&db, &["staff", "speaks", "Amina", "tigrinya, somali"], "");
    assert!(
        out(&o).contains("Amina speaks: ti, so"),
        "by name: {}",
        out(&o)
    );
    let o = seuil(&db, &["staff", "speaks", "Amina", "klingon"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("by name or code"), "{}", err(&o));
    let o = seuil(&db, &["staff", "speaks", "Amina"], "");
    assert!(out(&o).contains("No language"), "{}", out(&o));
    let o = seuil(&db, &["staff", "speaks", "Nobody", "ar"], "");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn the_audit_trail_names_the_system_user_of_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let o = seuil(
        &db,
        &["person", "add", "--name", "Selam Tesfay", "--json"],
        "",
    );
    assert!(o.status.success(), "{}", err(&o));
    let code = serde_json::from_str::<serde_json::Value>(&out(&o)).unwrap()["code"]
        .as_str()
        .unwrap()
        .to_string();
    let o = seuil(&db, &["audit", "list", "--person", &code, "--json"], "");
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    let lines = v["audit"].as_array().unwrap();
    assert!(
        lines.iter().any(|l| l["action"] == "insert"
            && l["subject"] == "person"
            && l["staff"] == "os:coord"),
        "{lines:?}"
    );
    let csv = dir.path().join("audit.csv");
    let o = seuil(&db, &["audit", "export", csv.to_str().unwrap()], "");
    assert!(o.status.success(), "{}", err(&o));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.starts_with("id,at,staff,desk,action,subject,row_id,person,detail,words"),
        "the codes for scripts, then the words: {text}"
    );
    assert!(text.contains(",insert,person,") && text.contains("registered a person"));
    let o = seuil(&db, &["audit", "export", csv.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(2), "never over an existing file");
    let o = seuil(&db, &["audit", "list", "--day", "31/11/2026"], "");
    assert_eq!(o.status.code(), Some(2), "a day that does not exist");
}

#[test]
fn encrypt_then_every_command_needs_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let k1 = dir.path().join("k1");
    let k2 = dir.path().join("k2");
    std::fs::write(&k1, "correct horse battery\n").unwrap();
    std::fs::write(&k2, "another long phrase\n").unwrap();
    let o = seuil(&db, &["person", "add", "--name", "Yonas"], "");
    assert!(o.status.success(), "{}", err(&o));
    let o = seuil(&db, &["db", "encrypt"], "");
    assert_eq!(
        o.status.code(),
        Some(2),
        "no terminal, no key file: {}",
        err(&o)
    );
    let o = seuil(
        &db,
        &["db", "encrypt", "--new-key-file", k1.to_str().unwrap()],
        "",
    );
    assert!(o.status.success(), "{}", err(&o));
    let o = seuil(&db, &["db", "check"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("--key-file"), "{}", err(&o));
    let o = seuil(
        &db,
        &["--key-file", k2.to_str().unwrap(), "db", "check"],
        "",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("does not open"), "{}", err(&o));
    assert!(
        !err(&o).contains("ERROR"),
        "SQLCipher's own log stays quiet: {}",
        err(&o)
    );
    let o = seuil(
        &db,
        &[
            "--key-file",
            k1.to_str().unwrap(),
            "db",
            "rekey",
            "--new-key-file",
            k2.to_str().unwrap(),
        ],
        "",
    );
    assert!(o.status.success(), "{}", err(&o));
    let o = Command::new(env!("CARGO_BIN_EXE_seuil"))
        .env_clear()
        .env("SEUIL_DB", &db)
        .env("SEUIL_KEY_FILE", &k2)
        .env("SEUIL_LANG", "en")
        .args(["person", "find", "yonas"])
        .output()
        .unwrap();
    assert!(out(&o).contains("Yonas"), "{}", err(&o));
}

#[test]
fn purge_asks_for_yes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let o = seuil(&db, &["db", "purge"], "");
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("--yes"), "{}", out(&o));
    let o = seuil(&db, &["db", "purge", "--yes"], "");
    assert!(out(&o).contains("Purge done"), "{}", out(&o));
    let o = seuil(&db, &["audit", "list"], "");
    let text = out(&o);
    assert!(
        text.contains("purged queue data from before") && text.contains("tickets 0"),
        "{text}"
    );
}

/// The name the password database gives the account running the tests, read without a
/// program: the owner of a file just made is that account.
fn account_name(dir: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let probe = dir.join("probe");
    std::fs::write(&probe, "").unwrap();
    let uid = std::fs::metadata(&probe).unwrap().uid().to_string();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        (fields.get(2) == Some(&uid.as_str())).then(|| fields[0].to_string())
    })
}

#[test]
fn without_user_or_logname_the_audit_names_the_system_account() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    // seuil_cmd clears the environment: neither USER nor LOGNAME is set.
    let o = crate::support::seuil_cmd(&db)
        .args(["person", "add", "--name", "Selam"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", err(&o));
    let o = crate::support::seuil_cmd(&db)
        .args(["audit", "list", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    let who = v["audit"][0]["staff"].as_str().unwrap().to_string();
    assert!(who.starts_with("os:") && who != "os:unknown", "{who}");
    if let Some(name) = account_name(dir.path()) {
        assert_eq!(who, format!("os:{name}"));
    }
}

#[test]
fn the_audit_list_speaks_the_readers_language_not_codes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let o = seuil(
        &db,
        &["staff", "add", "Awa", "--role", "coordinator"],
        "2468\n2468\n",
    );
    assert!(o.status.success(), "{}", err(&o));
    let o = seuil(&db, &["person", "add", "--name", "Selam"], "");
    assert!(o.status.success(), "{}", err(&o));
    let o = seuil(&db, &["--lang", "fr", "audit", "list"], "");
    assert!(o.status.success(), "{}", err(&o));
    let text = out(&o);
    for words in [
        "a créé un compte du personnel",
        "a enregistré une personne",
        "coord (système)",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    for code in ["insert person", "insert staff", "os:coord", "2026-"] {
        assert!(!text.contains(code), "{code}: {text}");
    }
    let o = seuil(&db, &["--lang", "ar", "audit", "list"], "");
    assert!(out(&o).contains("تسجيل شخص"), "{}", out(&o));
    let o = seuil(&db, &["audit", "list", "--json"], "");
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(
        v["audit"][0]["action"], "insert",
        "--json keeps the codes for scripts"
    );
}
