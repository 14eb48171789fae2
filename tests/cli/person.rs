//! `seuil person …` and `seuil generate` as scripts use them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::process::{Command, Output};

struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Site {
        Site {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn db(&self) -> PathBuf {
        self.dir.path().join("site.db")
    }
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_seuil"))
            .env_clear()
            .env("HOME", self.dir.path())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("USER", "accueil")
            .env("SEUIL_DB", self.db())
            .args(args)
            .output()
            .unwrap()
    }
    fn json(&self, args: &[&str]) -> serde_json::Value {
        let o = self.run(args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        serde_json::from_slice(&o.stdout).unwrap()
    }
    fn add(&self, args: &[&str]) -> String {
        let mut all = vec!["person", "add", "--json"];
        all.extend_from_slice(args);
        self.json(&all)["code"].as_str().unwrap().to_string()
    }
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn add_with_nothing_gives_a_code() {
    let s = Site::new();
    let v = s.json(&["person", "add", "--json"]);
    let code = v["code"].as_str().unwrap();
    assert_eq!(code.len(), 6);
    assert!(v["display_name"].is_null());
}

#[test]
fn add_then_find_in_any_script_and_spelling() {
    let s = Site::new();
    let code = s.add(&[
        "--name",
        "Mohamed Benali",
        "--born",
        "1987-03",
        "--lang",
        "ar,fr",
        "--alias",
        "Le Grand",
    ]);
    let other = s.add(&["--name", "Ahmed Tazi", "--born", "1987"]);
    for query in [
        "moh",
        "Muhammad ben ali",
        "محمد",
        "grand",
        "benali 1987",
        &code.to_lowercase().replace('-', ""),
    ] {
        let v = s.json(&["person", "find", query, "--json"]);
        let first = &v.as_array().unwrap()[0];
        assert_eq!(first["code"], code.as_str(), "{query}");
        assert_eq!(first["display_name"], "Mohamed Benali");
        assert_eq!(first["birth_year"], 1987);
        assert!(first["score"].as_u64().unwrap() > 0);
    }
    let v = s.json(&["person", "find", "1987", "--json", "--limit", "1"]);
    assert_eq!(v.as_array().unwrap().len(), 1);
    let none = s.json(&["person", "find", "Kowalski", "--json"]);
    assert!(none.as_array().unwrap().is_empty());
    let _ = other;
}

#[test]
fn find_prints_readable_lines_and_says_when_nobody_is_found() {
    let s = Site::new();
    let code = s.add(&["--name", "Tesfay Haile", "--born", "1990"]);
    let o = s.run(&["person", "find", "tesfaye"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(&code) && out.contains("Tesfay Haile") && out.contains("1990"),
        "{out}"
    );
    let o = s.run(&["--lang", "ar", "person", "find", "xyzzy"]);
    assert!(o.status.success());
    assert!(err(&o).contains("لم يُعثر"), "{}", err(&o));
}

#[test]
fn bad_fields_are_refused_with_the_reason_and_nothing_is_saved() {
    let s = Site::new();
    let o = s.run(&["person", "add", "--name", "Ali", "--born", "2023-02-29"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("cette date n'existe pas"), "{}", err(&o));
    let o = s.run(&[
        "--lang", "nl", "person", "add", "--born", "soon", "--lang", "klingon",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("schrijf het jaar"), "{}", err(&o));
    assert!(
        err(&o).contains("taal is niet bekend"),
        "both problems are told: {}",
        err(&o)
    );
    let long = "x".repeat(500);
    let o = s.run(&["person", "add", "--name", &long]);
    assert_eq!(o.status.code(), Some(2));
    let all = s.json(&["person", "find", "ali", "--json"]);
    assert!(all.as_array().unwrap().is_empty());
}

#[test]
fn odd_but_harmless_input_is_stored_as_typed() {
    let s = Site::new();
    let code = s.add(&["--name", "Sam 🙂 \u{202E}Lee", "--alias", "ዳዊት"]);
    let v = s.json(&["person", "find", "Lee", "--json"]);
    assert_eq!(v[0]["code"], code.as_str());
    assert_eq!(
        v[0]["display_name"], "Sam 🙂 Lee",
        "the override character is dropped"
    );
    let v = s.json(&["person", "find", "dawit", "--json"]);
    assert_eq!(v[0]["code"], code.as_str());
}

#[test]
fn merge_unmerge_and_not_same() {
    let s = Site::new();
    let a = s.add(&["--name", "Khalid Ziani", "--born", "1980"]);
    let b = s.add(&["--name", "Khaled Ziani"]);
    let c = s.add(&["--name", "Chaled Ziani"]);
    let o = s.run(&["person", "merge", &a, &b]);
    assert!(o.status.success(), "{}", err(&o));
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(out.contains("seuil person unmerge 1"), "{out}");
    let found = s.json(&["person", "find", "ziani", "--json"]);
    assert_eq!(
        found.as_array().unwrap().len(),
        2,
        "the merged record is hidden"
    );
    let o = s.run(&["person", "merge", &c, &b]);
    assert_eq!(o.status.code(), Some(1), "already merged");
    assert!(s.run(&["person", "unmerge", "1"]).status.success());
    assert_eq!(s.run(&["person", "unmerge", "1"]).status.code(), Some(1));
    assert_eq!(
        s.json(&["person", "find", "ziani", "--json"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert!(s.run(&["person", "not-same", &a, &c]).status.success());
    let o = s.run(&["--lang", "en", "person", "merge", &a, &c]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("different people"), "{}", err(&o));
    let o = s.run(&["person", "merge", &a, "ZZZ-ZZ"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("ZZZ-ZZ"));
}

#[test]
fn generate_is_deterministic_per_seed() {
    let one = Site::new();
    let two = Site::new();
    for s in [&one, &two] {
        let o = s.run(&[
            "generate",
            "--persons",
            "300",
            "--days",
            "30",
            "--seed",
            "42",
        ]);
        assert!(o.status.success(), "{}", err(&o));
        assert!(
            o.stderr.is_empty(),
            "no progress bar when not on a terminal"
        );
    }
    let names = |s: &Site| -> Vec<(String, String)> {
        let conn = rusqlite::Connection::open(s.db()).unwrap();
        let mut stmt = conn
            .prepare("SELECT code, coalesce(given_name,'') || '|' || coalesce(family_name,'') || '|' || coalesce(alias,'') FROM person ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let a = names(&one);
    assert_eq!(a.len(), 300);
    assert_eq!(a, names(&two));
    let scripts = a.iter().filter(|(_, n)| {
        n.chars().any(|c| {
            ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{1200}'..='\u{137F}').contains(&c)
        })
    });
    assert!(
        scripts.count() > 0,
        "some names are in Arabic or Ethiopic script"
    );
    let o = one.run(&["generate", "--persons", "0"]);
    assert_eq!(o.status.code(), Some(2));
}

/// A person as the desk registers one: sex "not said", Arabic first, an urgent ticket, an
/// AMU request; then exported as text.
fn person_with_a_history(site: &Site, languages: &str) -> String {
    let store = seuil::store::Store::open(&site.db()).unwrap();
    let today = chrono::Local::now().date_naive();
    let fields = seuil::domain::person::Draft {
        given_name: "Amina".into(),
        sex: Some(seuil::domain::person::Sex::NotSaid),
        languages: languages.into(),
        ..Default::default()
    }
    .check(today)
    .unwrap();
    let mut rng = fastrand::Rng::with_seed(3);
    let now = chrono::Local::now().naive_local();
    let code = store
        .add_person(&fields, "accueil", now, &mut rng)
        .unwrap()
        .code;
    drop(store);
    for args in [
        vec![
            "queue",
            "join",
            &code,
            "--service",
            "M",
            "--priority",
            "urgent",
        ],
        vec![
            "coverage",
            "set",
            &code,
            "--route",
            "amu",
            "--state",
            "requested",
        ],
    ] {
        let o = site.run(&args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    code
}

#[test]
fn a_persons_export_is_in_words_of_their_language_or_of_lang() {
    let site = Site::new();
    let code = person_with_a_history(&site, "ar,fr");
    let text = |args: &[&str]| String::from_utf8_lossy(&site.run(args).stdout).to_string();
    let ar = text(&["person", "export", &code]);
    for words in [
        "لا يريد القول",
        "مستعجلة",
        "ينتظر",
        "المساعدة الطبية العاجلة (AMU)",
        "طُلبت",
        "العربية",
    ] {
        assert!(ar.contains(words), "{words} in Arabic: {ar}");
    }
    let today = chrono::Local::now().date_naive();
    for code in ["not_said", "urgent", "waiting", "amu", "requested", "ar,fr"] {
        assert!(!ar.contains(code), "no code {code}: {ar}");
    }
    assert!(
        ar.contains(&today.format("%d/%m/%Y").to_string())
            && !ar.contains(&today.format("%Y-%m-%d").to_string()),
        "dates as the language writes them: {ar}"
    );
    // --lang goes first, before the person's own language and the desk's.
    let ti = text(&["--lang", "ti", "person", "export", &code]);
    for words in ["ክገልጽ ኣይደለየን", "ህጹጽ", "ይጽበ", "ተሓቲቱ", "ትኬታት"]
    {
        assert!(ti.contains(words), "{words} in Tigrinya: {ti}");
    }
    let fr = Command::new(env!("CARGO_BIN_EXE_seuil"))
        .env_clear()
        .env("SEUIL_DB", site.db())
        .env("SEUIL_LANG", "nl")
        .args(["--lang", "fr", "person", "export", &code])
        .output()
        .unwrap();
    let fr = String::from_utf8_lossy(&fr.stdout);
    assert!(
        fr.contains("ne se prononce pas") && fr.contains("urgente"),
        "{fr}"
    );
    // Without --lang, the desk's own choice (here SEUIL_LANG) comes after the person's language.
    let o = Command::new(env!("CARGO_BIN_EXE_seuil"))
        .env_clear()
        .env("SEUIL_DB", site.db())
        .env("SEUIL_LANG", "nl")
        .args(["person", "export", &code])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("لا يريد القول"));
    // A person with no language of the desk's: the desk's language.
    let other = person_with_a_history(&site, "so");
    let o = Command::new(env!("CARGO_BIN_EXE_seuil"))
        .env_clear()
        .env("SEUIL_DB", site.db())
        .env("SEUIL_LANG", "nl")
        .args(["person", "export", &other])
        .output()
        .unwrap();
    let nl = String::from_utf8_lossy(&o.stdout);
    assert!(
        nl.contains("zegt het liever niet") && nl.contains("Geslacht"),
        "{nl}"
    );
    let json = text(&["person", "export", &code, "--json"]);
    let all: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(all["person"]["sex"], "not_said", "--json keeps the codes");
    assert_eq!(all["tickets"][0]["priority"], "urgent");
}

#[test]
fn edit_corrects_the_fields_given_and_keeps_each_change_in_the_history() {
    let s = Site::new();
    let code = s.add(&["--name", "Mohamed Benali", "--born", "1987"]);
    let v = s.json(&[
        "person",
        "edit",
        &code,
        "--alias",
        "Momo",
        "--born",
        "12/05/1987",
        "--phone",
        "0470 12 34 56",
        "--commune",
        "1030",
        "--lang",
        "ar, fr",
        "--json",
    ]);
    assert_eq!(
        v["code"],
        code.as_str(),
        "the code the person carries stays"
    );
    assert_eq!(v["alias"], "Momo");
    assert_eq!(v["birth"], "1987-05-12");
    assert_eq!(v["languages"], serde_json::json!(["ar", "fr"]));
    assert_eq!(
        v["given_name"], "Mohamed Benali",
        "what was not given stays"
    );
    assert!(v["changed"].as_u64().unwrap() >= 4, "{v}");
    // The same again changes nothing; the history has each change once, by the system user.
    let again = s.json(&["person", "edit", &code, "--alias", "Momo", "--json"]);
    assert_eq!(again["changed"], 0);
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    let (fields, by): (i64, String) = conn
        .query_row(
            "SELECT count(DISTINCT field), max(by) FROM person_change",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(fields >= 4, "{fields}");
    assert!(by.contains("accueil"), "{by}");
    // French words for the person at a terminal.
    let o = s.run(&["person", "edit", &code, "--name", "Mohammed Ben Ali"]);
    assert!(o.status.success(), "{}", err(&o));
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(
        said.contains(&code) && said.contains("un champ corrigé"),
        "{said}"
    );
}

#[test]
fn edit_refuses_bad_input_and_writes_nothing() {
    let s = Site::new();
    let code = s.add(&["--name", "Awa"]);
    let nothing = s.run(&["person", "edit", &code]);
    assert_eq!(nothing.status.code(), Some(2));
    assert!(err(&nothing).contains("--name"), "{}", err(&nothing));
    let bad = s.run(&["person", "edit", &code, "--born", "30/02/1987"]);
    assert_eq!(bad.status.code(), Some(2), "{}", err(&bad));
    assert!(err(&bad).contains("30/02/1987"), "{}", err(&bad));
    let unknown = s.run(&["person", "edit", "ZZZ-ZZ", "--alias", "x"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(err(&unknown).contains("ZZZ-ZZ"), "{}", err(&unknown));
    let v = s.json(&["person", "export", &code, "--json"]);
    assert!(v["person"]["birth"].is_null(), "nothing written: {v}");
}
