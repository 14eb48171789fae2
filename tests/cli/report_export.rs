//! A report leaves the centre as a spreadsheet or a printable PDF: read back, it holds what the
//! JSON of the same report holds, small counts as `< 5`, with the rule; a bad path writes
//! nothing and says why.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Output;

use calamine::{Data, Reader, Xlsx, open_workbook};
use chrono::{NaiveDate, NaiveDateTime};
use serde_json::Value;
use seuil::domain::person::Draft;
use seuil::store::Store;

const PERIOD: [&str; 4] = ["--from", "2026-01-01", "--to", "2026-03-31"];

fn at(m: u32, d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, m, d)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

/// Seven persons seen in January (some counts shown), two of them back in February and one new
/// one in March (small counts hidden).
fn register(dir: &Path) -> PathBuf {
    let db = dir.join("site.db");
    let store = Store::open(&db).unwrap();
    let mut rng = fastrand::Rng::with_seed(3);
    for i in 0..8u32 {
        let fields = Draft {
            given_name: format!("Personne {i}"),
            birth: if i % 2 == 0 {
                "1990".into()
            } else {
                String::new()
            },
            ..Draft::default()
        }
        .check(at(1, 1).date())
        .unwrap();
        let first = if i == 7 { at(3, 10) } else { at(1, 5 + i) };
        let p = store.add_person(&fields, "desk", first, &mut rng).unwrap();
        store.record_visit(p.id, Some("1"), "desk", first).unwrap();
        if i < 2 {
            store
                .record_visit(p.id, Some("1"), "desk", at(2, 3 + i))
                .unwrap();
        }
    }
    db
}

fn seuil(db: &Path, lang: &str, args: &[&str]) -> Output {
    crate::support::seuil_cmd(db)
        .args(["--lang", lang, "report", "run", "activity"])
        .args(PERIOD)
        .args(args)
        .output()
        .unwrap()
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn json(db: &Path, lang: &str) -> Value {
    serde_json::from_str(&ok(seuil(db, lang, &["--json"]))).unwrap()
}

/// A JSON cell and a spreadsheet cell say the same: a number as a number, `< 5` as text.
fn same(json: &Value, cell: Option<&Data>) -> bool {
    match (json, cell) {
        (Value::Number(n), Some(Data::Float(x))) => (n.as_f64().unwrap() - x).abs() < 1e-9,
        (Value::Number(n), Some(Data::Int(x))) => n.as_i64() == Some(*x),
        (Value::String(s), Some(Data::String(t))) => s == t,
        (Value::Null, None | Some(Data::Empty)) => true,
        _ => false,
    }
}

#[test]
fn report_xlsx_holds_what_the_json_holds_with_small_counts_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = register(dir.path());
    let doc = json(&db, "en");
    let file = dir.path().join("activity.xlsx");
    let said = ok(seuil(&db, "en", &["--xlsx", file.to_str().unwrap()]));
    assert!(said.contains("activity.xlsx"), "{said}");

    let mut wb: Xlsx<_> = open_workbook(&file).unwrap();
    let names = wb.sheet_names();
    let tables = doc["tables"].as_array().unwrap();
    assert_eq!(names.len(), tables.len() + 1, "{names:?}");
    let mut hidden = 0;
    for (t, name) in tables.iter().zip(&names) {
        assert_eq!(t["name"].as_str().unwrap(), name);
        let sheet = wb.worksheet_range(name).unwrap();
        let text = |r: u32, c: u32| match sheet.get_value((r, c)) {
            Some(Data::String(s)) => s.clone(),
            other => panic!("{name} ({r}, {c}): {other:?}"),
        };
        assert!(text(0, 0).contains(doc["title"].as_str().unwrap()));
        assert_eq!(text(1, 0), t["title"].as_str().unwrap());
        for (c, col) in t["columns"].as_array().unwrap().iter().enumerate() {
            assert_eq!(text(3, c as u32 + 1), col.as_str().unwrap(), "{name}");
        }
        let rows = t["rows"].as_array().unwrap();
        for (r, row) in rows.iter().enumerate() {
            let row = row.as_array().unwrap();
            let at = 4 + r as u32;
            assert_eq!(text(at, 0), row[0].as_str().unwrap(), "{name}");
            for (c, v) in row.iter().enumerate().skip(1) {
                let cell = sheet.get_value((at, c as u32));
                assert!(same(v, cell), "{name} row {r} col {c}: {v} / {cell:?}");
                hidden += usize::from(v == "< 5");
            }
        }
        // The rule under each table.
        let rule = doc["rule"]["text"].as_str().unwrap();
        assert_eq!(text(4 + rows.len() as u32 + 1, 0), rule, "{name}");
    }
    assert!(hidden > 0, "the register should give some small counts");

    let rule_sheet = wb.worksheet_range(names.last().unwrap()).unwrap();
    let all: Vec<String> = rule_sheet
        .cells()
        .filter_map(|(_, _, d)| match d {
            Data::String(s) => Some(s.clone()),
            Data::Float(x) => Some(x.to_string()),
            _ => None,
        })
        .collect();
    for wanted in [
        doc["rule"]["text"].as_str().unwrap(),
        "activity",
        "1",
        doc["title"].as_str().unwrap(),
    ] {
        assert!(all.iter().any(|s| s == wanted), "{wanted} in {all:?}");
    }
    assert!(
        all.iter().any(|s| s.contains("docs/indicators.md")),
        "{all:?}"
    );
    assert!(
        all.iter().any(|s| s.contains("persons-by-band-sex")),
        "{all:?}"
    );
    assert!(
        rule_sheet
            .cells()
            .any(|(_, _, d)| matches!(d, Data::DateTime(_))),
        "the period's days as dates"
    );

    // In Arabic: the same sheets, the last one named in Arabic, `< 5` as it is.
    let file = dir.path().join("activity-ar.xlsx");
    ok(seuil(&db, "ar", &["--xlsx", file.to_str().unwrap()]));
    let mut wb: Xlsx<_> = open_workbook(&file).unwrap();
    let ar = wb.sheet_names();
    assert_eq!(ar[..names.len() - 1], names[..names.len() - 1]);
    assert_eq!(ar.last().unwrap(), "القاعدة والتعريفات");
    let sheet = wb.worksheet_range(&ar[1]).unwrap();
    assert!(
        sheet
            .cells()
            .any(|(_, _, d)| d == &Data::String("< 5".into()))
    );
}

#[test]
fn report_export_to_a_bad_path_writes_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let db = register(dir.path());
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();

    let missing = dir.path().join("no-such-folder").join("r.xlsx");
    let o = seuil(&db, "fr", &["--xlsx", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("ce dossier n'existe pas"), "{err}");
    assert!(err.contains("Rien n'a été écrit"), "{err}");

    let under_file = file.join("r.xlsx");
    let o = seuil(&db, "en", &["--xlsx", under_file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("is a file, not a folder"), "{err}");

    if Path::new("/dev/full").exists() {
        let o = seuil(&db, "en", &["--xlsx", "/dev/full"]);
        assert_eq!(o.status.code(), Some(2));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("the disk or USB stick is full"), "{err}");
    }

    // One format at a time.
    let both = dir.path().join("r.xlsx");
    let o = seuil(&db, "en", &["--json", "--xlsx", both.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!both.exists());

    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("site.db") && n != "a-file")
        .collect();
    assert!(left.is_empty(), "nothing left behind: {left:?}");
}

/// All whitespace as single spaces: pdftotext breaks lines where the page does.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf(db: &Path, lang: &str, file: &Path) -> Vec<u8> {
    let said = ok(seuil(db, lang, &["--pdf", file.to_str().unwrap()]));
    assert!(said.contains(file.to_str().unwrap()), "{said}");
    let bytes = std::fs::read(file).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "{lang}");
    bytes
}

fn poppler(program: &str, file: &Path) -> String {
    let o = std::process::Command::new(program)
        .args(if program == "pdftotext" {
            &["-enc", "UTF-8"][..]
        } else {
            &[][..]
        })
        .arg(file)
        .args(if program == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap();
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn report_pdf_prints_the_heading_the_tables_and_the_rule() {
    let dir = tempfile::tempdir().unwrap();
    let db = register(dir.path());
    ok(crate::support::seuil_cmd(&db)
        .args(["site", "--name", "Centre Seuil", "--phone", "02 555 01 23"])
        .output()
        .unwrap());
    let files: Vec<(&str, PathBuf)> = ["en", "ar", "ti"]
        .into_iter()
        .map(|l| (l, dir.path().join(format!("activity-{l}.pdf"))))
        .collect();
    for (lang, file) in &files {
        pdf(&db, lang, file);
    }
    // A bad path: refused, nothing written.
    let missing = dir.path().join("no-such-folder").join("r.pdf");
    let o = seuil(&db, "en", &["--pdf", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!missing.exists());

    if !crate::support::have("pdftotext", "poppler-utils") {
        return;
    }
    let doc = json(&db, "en");
    let text = flat(&poppler("pdftotext", &files[0].1));
    for wanted in [
        "Centre Seuil",
        doc["title"].as_str().unwrap(),
        "definitions v1 — 01/01/2026 to 31/03/2026",
        doc["rule"]["text"].as_str().unwrap(),
        "< 5",
    ] {
        assert!(text.contains(&flat(wanted)), "{wanted} in {text}");
    }
    for t in doc["tables"].as_array().unwrap() {
        assert!(text.contains(t["title"].as_str().unwrap()), "{t} in {text}");
        for c in t["columns"].as_array().unwrap() {
            assert!(text.contains(c.as_str().unwrap()), "{c} in {text}");
        }
    }
    // Each script in its own font.
    assert!(poppler("pdffonts", &files[1].1).contains("NotoSansArabic"));
    assert!(poppler("pdffonts", &files[2].1).contains("NotoSansEthiopic"));
    // The centre's phone keeps its order on an Arabic page; `< 5` does not turn into `5 >`.
    // pdftotext marks the runs' directions; the marks are not on the page.
    let ar: String = poppler("pdftotext", &files[1].1)
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .collect();
    assert!(ar.contains("02 555 01 23"), "{ar}");
    // (pdftotext reads the isolated `< 5` without its space.)
    assert!(ar.contains("<5") && !ar.contains("5>"), "{ar}");
    assert!(ar.contains("persons-by-period"), "{ar}");
}
