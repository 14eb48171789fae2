//! `seuil partner add / list`: the directory, with the 19 CPAS of Brussels there from the start.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

fn seuil(db: &Path, args: &[&str]) -> Output {
    crate::support::seuil_cmd(db)
        .env("SEUIL_LANG", "en")
        .args(args)
        .output()
        .unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stderr)))
}

#[test]
fn the_nineteen_cpas_are_there_without_invented_contacts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let v = json(&seuil(&db, &["partner", "list", "--json"]));
    let cpas: Vec<&serde_json::Value> = v["partners"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "cpas")
        .collect();
    assert_eq!(cpas.len(), 19);
    assert!(
        cpas.iter()
            .all(|p| p["address"].is_null() && p["phone"].is_null())
    );
    assert!(
        cpas.iter()
            .any(|p| p["name"] == "CPAS Schaerbeek / OCMW Schaarbeek")
    );
}

#[test]
fn a_partner_is_added_once_with_its_letter_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let o = seuil(
        &db,
        &[
            "partner",
            "add",
            "--name",
            "Hôpital Saint-Pierre",
            "--kind",
            "hospital",
            "--address",
            "Rue aux Laines 105, 1000 Bruxelles",
            "--letter-lang",
            "fr",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let p = json(&o);
    assert_eq!(p["kind"], "hospital");
    assert_eq!(p["letter_lang"], "fr");
    let o = seuil(&db, &["partner", "add", "--name", "hôpital saint-pierre"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("already in the directory"));
    let o = seuil(&db, &["partner", "add", "--name", "X", "--kind", "church"]);
    assert_eq!(o.status.code(), Some(2));
    let o = seuil(
        &db,
        &["partner", "add", "--name", "X", "--letter-lang", "en"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("fr or nl"));
    let long = "x".repeat(2000);
    let o = seuil(&db, &["partner", "add", "--name", "Y", "--notes", &long]);
    assert_eq!(o.status.code(), Some(2));
    // A partner without an address is fine: the address is added when known.
    let o = seuil(
        &db,
        &[
            "partner",
            "add",
            "--name",
            "Abri de nuit",
            "--kind",
            "shelter",
        ],
    );
    assert!(o.status.success());
    let o = seuil(&db, &["audit", "list", "--json"]);
    let lines = json(&o);
    assert!(
        lines["audit"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["subject"] == "partner" && l["action"] == "insert")
    );
}

#[test]
fn a_referral_is_recorded_with_only_the_name_shared_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let o = seuil(
        &db,
        &[
            "person",
            "add",
            "--name",
            "Selam Tesfay",
            "--lang",
            "ti,ar",
            "--json",
        ],
    );
    let code = json(&o)["code"].as_str().unwrap().to_string();
    let cpas = "CPAS Schaerbeek / OCMW Schaarbeek";
    let o = seuil(
        &db,
        &[
            "referral",
            "new",
            &code,
            "--partner",
            cpas,
            "--reason",
            "Aide médicale urgente",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r = json(&o);
    assert_eq!(
        r["consent"],
        serde_json::json!(["name"]),
        "nothing sensitive by default"
    );
    assert_eq!(r["letter_lang"], "fr", "the partner's language");
    assert_eq!(r["slip_lang"], "ti", "the person's language");
    assert_eq!(r["printed"], false);
    // With consent, in Dutch, the slip in Arabic.
    let o = seuil(
        &db,
        &[
            "referral",
            "new",
            &code,
            "--partner",
            cpas,
            "--reason",
            "AMU",
            "--consent",
            "name,birth,coverage,reason",
            "--letter-lang",
            "nl",
            "--slip-lang",
            "ar",
            "--json",
        ],
    );
    let r = json(&o);
    assert_eq!(
        r["consent"],
        serde_json::json!(["name", "birth", "coverage", "reason"])
    );
    assert_eq!(
        (r["letter_lang"].as_str(), r["slip_lang"].as_str()),
        (Some("nl"), Some("ar"))
    );
    // Refusals, each with a message and nothing recorded.
    let long = "x".repeat(2000);
    for (args, says) in [
        (
            vec!["--partner", "Nowhere", "--reason", "x"],
            "No partner named",
        ),
        (vec!["--partner", cpas, "--reason", "  "], "needs a reason"),
        (
            vec!["--partner", cpas, "--reason", long.as_str()],
            "2000 characters",
        ),
        (
            vec!["--partner", cpas, "--reason", "x", "--consent", "religion"],
            "not a field",
        ),
        (
            vec!["--partner", cpas, "--reason", "x", "--slip-lang", "de"],
            "Unknown slip language",
        ),
    ] {
        let mut all = vec!["referral", "new", code.as_str()];
        all.extend(args);
        let o = seuil(&db, &all);
        assert_eq!(o.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&o.stderr).contains(says),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = seuil(&db, &["audit", "list", "--person", &code, "--json"]);
    let inserts = json(&o)["audit"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["subject"] == "referral")
        .count();
    assert_eq!(inserts, 2);
}

#[test]
fn a_reader_that_goes_away_stops_the_command_quietly() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    // More output than a pipe holds (64 KiB), so the command is still writing when the
    // reader leaves.
    let o = seuil(&db, &["generate", "--persons", "3000", "--seed", "1"]);
    assert!(o.status.success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_seuil"))
        .env_clear()
        .env("SEUIL_DB", &db)
        .args(["person", "find", "a", "--limit", "3000", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then go away, as `| head -1` does.
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(!first.is_empty());
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!String::from_utf8_lossy(&o.stderr).contains("panicked"));
}

#[test]
fn ethiopic_names_sort_in_fidel_order() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    // ሰ (se), ለ (le), ሀ (he): the fidel order is ሀ ለ … ሰ, as Unicode lays the syllables out.
    for name in ["ሰላም ማእከል", "ለገሰ ክሊኒክ", "ሀብቶም መዕቆቢ"] {
        let o = seuil(&db, &["partner", "add", "--name", name, "--kind", "other"]);
        assert!(o.status.success());
    }
    let v = json(&seuil(&db, &["partner", "list", "--json"]));
    let names: Vec<&str> = v["partners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .filter(|n| !n.is_ascii())
        .collect();
    assert_eq!(names, ["ሀብቶም መዕቆቢ", "ለገሰ ክሊኒክ", "ሰላም ማእከል"]);
}

#[test]
fn a_kind_is_given_by_its_name_in_any_language_of_the_desk() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    for (name, kind, expected) in [
        ("Hôpital Saint-Pierre", "hôpital", "hospital"),
        ("UZ Brussel", "Ziekenhuis", "hospital"),
        ("Samusocial", "héberg", "shelter"),
        ("Maison médicale du Nord", "medical", "medical"),
    ] {
        let o = seuil(
            &db,
            &["partner", "add", "--name", name, "--kind", kind, "--json"],
        );
        assert!(
            o.status.success(),
            "{kind}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(json(&o)["kind"], expected, "{kind}");
    }
    let o = seuil(&db, &["partner", "add", "--name", "X", "--kind", "garage"]);
    assert_eq!(o.status.code(), Some(2));
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(
        said.contains("Hospital") && said.contains("Shelter"),
        "{said}"
    );
}

#[test]
fn a_referral_finds_its_partner_from_a_few_letters() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    seuil(
        &db,
        &[
            "partner",
            "add",
            "--name",
            "Hôpital Saint-Pierre",
            "--kind",
            "hospital",
        ],
    );
    let person = json(&seuil(
        &db,
        &["person", "add", "--name", "Amanuel", "--json"],
    ));
    let code = person["code"].as_str().unwrap();
    let o = seuil(
        &db,
        &[
            "referral",
            "new",
            code,
            "--partner",
            "hopital saint",
            "--reason",
            "Consultation",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(json(&o)["partner"], "Hôpital Saint-Pierre");
    // "CPAS" alone could be any of the nineteen: the command says so and records nothing.
    let o = seuil(
        &db,
        &[
            "referral",
            "new",
            code,
            "--partner",
            "cpas",
            "--reason",
            "Aide",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Schaerbeek"));
}
