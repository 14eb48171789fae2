//! `seuil tdi …` as a coordinator or a nurse would use it at a shell: open an episode with one
//! flag per item, complete it, the year's CSV and checklist, the printable sheet.

use std::path::Path;
use std::process::Output;

fn seuil(db: &Path, args: &[&str]) -> Output {
    crate::support::seuil_cmd(db).args(args).output().unwrap()
}

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    let o = seuil(db, args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

fn person(db: &Path) -> String {
    json(
        db,
        &[
            "person", "add", "--name", "Karim", "--born", "1985", "--json",
        ],
    )["code"]
        .as_str()
        .unwrap()
        .to_string()
}

fn count(db: &Path) -> i64 {
    let s = seuil::store::Store::open(db).unwrap();
    s.conn()
        .query_row("SELECT count(*) FROM tdi_episode", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn open_with_one_flag_per_item_then_complete_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let code = person(&db);
    let e = json(
        &db,
        &[
            "tdi",
            "open",
            &code,
            "--date",
            "14/03/2026",
            "--referral",
            "6",
            "--primary-drug",
            "1.1",
            "--route",
            "1",
            "--living-where",
            "2",
            "--niss",
            "none",
            "--json",
        ],
    );
    assert_eq!(e["person"], code.as_str());
    assert_eq!(e["started"], "2026-03-14");
    assert_eq!(e["items"]["primary_drug"], "1.1");
    assert_eq!(e["items"]["niss"], "none", "no NISS is an explicit value");
    assert_eq!(e["items"]["birth_year"], "1985", "from the record");
    let unknown: Vec<&str> = e["unknown"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(unknown.contains(&"education") && !unknown.contains(&"route"));
    let id = e["id"].as_i64().unwrap().to_string();
    // Completed later, with an answer in words as the interface says it.
    let done = json(
        &db,
        &[
            "--lang",
            "fr",
            "tdi",
            "set",
            &id,
            "--education",
            "secondaire",
            "--json",
        ],
    );
    assert_eq!(done["items"]["education"], "3");
    assert!(done["changed_at"].is_string());
    let shown = json(&db, &["tdi", "show", &code, "--json"]);
    assert_eq!(shown["episodes"].as_array().unwrap().len(), 1);
    // In words, with the codes beside them.
    let o = seuil(&db, &["--lang", "fr", "tdi", "show", &code]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("Produit principal : Héroïne (1.1)"), "{text}");
    assert!(text.contains("N'a pas de numéro national ni BIS"), "{text}");
}

#[test]
fn a_bad_code_is_refused_in_words_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let code = person(&db);
    let o = seuil(
        &db,
        &[
            "--lang",
            "fr",
            "tdi",
            "open",
            &code,
            "--referral",
            "6",
            "--injecting",
            "4",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("--injecting") && err.contains("« 4 »"),
        "{err}"
    );
    assert!(err.contains("2.1, 2.2, 2.3"), "the answers: {err}");
    assert_eq!(count(&db), 0);
    let o = seuil(&db, &["tdi", "open", &code, "--niss", "85073003329"]);
    assert_eq!(o.status.code(), Some(2));
    let o = seuil(&db, &["tdi", "open", "NOP-E99"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(count(&db), 0);
    // The same day twice is a rule, not a typo.
    assert!(
        seuil(&db, &["tdi", "open", &code, "--date", "2026-01-02"])
            .status
            .success()
    );
    let o = seuil(&db, &["tdi", "open", &code, "--date", "2026-01-02"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(count(&db), 1);
}

#[test]
fn export_and_checklist_of_a_year() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let code = person(&db);
    for (date, drug) in [
        ("2025-12-31", "8"),
        ("2026-02-01", "2.2"),
        ("2026-06-01", "1.1"),
    ] {
        let o = seuil(
            &db,
            &["tdi", "open", &code, "--date", date, "--primary-drug", drug],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let csv = dir.path().join("tdi-2026.csv");
    let o = seuil(
        &db,
        &[
            "tdi",
            "export",
            "--year",
            "2026",
            "--csv",
            csv.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&csv).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "header and two episodes: {text}");
    let header: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(
        header,
        seuil::domain::tdi::header(seuil::domain::tdi::EXPORT)
    );
    let col = |line: &str, name: &str| {
        let at = header.iter().position(|h| *h == name).unwrap();
        line.split(',').nth(at).unwrap().to_string()
    };
    assert_eq!(col(lines[1], "primary_drug"), "2.2");
    assert_eq!(col(lines[1], "age_band"), "40-44");
    assert_eq!(
        col(lines[2], "treatment_status"),
        "2",
        "treated here before"
    );
    assert_eq!(col(lines[1], "referral_source"), "99");
    // A path that cannot be written: a sentence, exit 2, nothing left under the name.
    let bad = dir.path().join("no-such-folder").join("tdi.csv");
    let o = seuil(
        &db,
        &[
            "--lang",
            "fr",
            "tdi",
            "export",
            "--year",
            "2026",
            "--csv",
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Rien n'a été écrit"));
    assert!(!bad.exists());
    let list = json(&db, &["tdi", "checklist", "--year", "2026", "--json"]);
    assert_eq!(list["due"], "2027-03-31");
    let eps = list["episodes"].as_array().unwrap();
    assert_eq!(eps.len(), 2);
    let unknown: Vec<&str> = eps[0]["unknown"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(unknown.contains(&"referral") && !unknown.contains(&"primary_drug"));
    let o = seuil(&db, &["--lang", "en", "tdi", "checklist", "--year", "2026"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("2 episodes, due at Sciensano by 31/03/2027"),
        "{text}"
    );
}

#[test]
fn the_sheet_is_a_pdf_in_the_questionnaires_order() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let code = person(&db);
    let e = json(
        &db,
        &["tdi", "open", &code, "--primary-drug", "1.1", "--json"],
    );
    let id = e["id"].as_i64().unwrap().to_string();
    let pdf = dir.path().join("sheet.pdf");
    let o = seuil(
        &db,
        &[
            "--lang",
            "fr",
            "tdi",
            "sheet",
            &id,
            "--pdf",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    if crate::support::have("pdftotext", "poppler-utils") {
        let out = std::process::Command::new("pdftotext")
            .args([pdf.to_str().unwrap(), "-"])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let drug = text.find("14. Produit principal : Héroïne (1.1)");
        let centre = text.find("1. Type de centre : Inconnu (99)");
        assert!(
            drug.is_some() && centre.is_some() && centre < drug,
            "{text}"
        );
    }
    let o = seuil(
        &db,
        &["tdi", "sheet", "999", "--pdf", pdf.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(2));
}
