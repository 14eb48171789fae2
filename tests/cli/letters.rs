//! What a referral letter says, read back from the PDF: the name a partner can read, dates as
//! each language writes them, the invitation to call only when there is a number to call.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use seuil::domain::person::Draft;
use seuil::store::Store;

fn seuil(db: &Path, args: &[&str]) -> Output {
    crate::support::seuil_cmd(db)
        .env("USER", "accueil")
        .args(args)
        .output()
        .unwrap()
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).to_string()
}

/// A centre (with or without a phone), a partner, and one person of `name` speaking `lang`.
fn centre(dir: &Path, name: &str, lang: &str, phone: &str) -> (PathBuf, String) {
    let db = dir.join("site.db");
    let store = Store::open(&db).unwrap();
    let now = chrono::Local::now().naive_local();
    let fields = Draft {
        given_name: name.into(),
        languages: lang.into(),
        ..Draft::default()
    }
    .check(now.date())
    .unwrap();
    let mut rng = fastrand::Rng::with_seed(5);
    let code = store
        .add_person(&fields, "desk", now, &mut rng)
        .unwrap()
        .code;
    drop(store);
    ok(seuil(
        &db,
        &["site", "--name", "Centre Seuil", "--phone", phone],
    ));
    ok(seuil(
        &db,
        &["partner", "add", "--name", "Hôpital Saint-Pierre"],
    ));
    (db, code)
}

/// The letter and the slip of a referral with an appointment on the first of a month.
fn printed(db: &Path, code: &str, letter: &str, slip: &str) -> String {
    let out = ok(seuil(
        db,
        &[
            "referral",
            "new",
            code,
            "--partner",
            "Hôpital Saint-Pierre",
            "--reason",
            "Toux",
            "--letter-lang",
            letter,
            "--slip-lang",
            slip,
            "--appointment",
            "2030-01-01 10:30",
            "--json",
        ],
    ));
    let id = serde_json::from_str::<serde_json::Value>(&out).unwrap()["id"].to_string();
    let pdf = db.with_file_name(format!("referral-{id}.pdf"));
    ok(seuil(
        db,
        &["referral", "print", &id, "--pdf", pdf.to_str().unwrap()],
    ));
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8(text.stdout).unwrap()
}

#[test]
fn a_name_in_arabic_script_goes_on_a_french_letter_with_its_latin_reading() {
    if !crate::support::have("pdftotext", "poppler-utils") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (db, code) = centre(dir.path(), "محمد الأمين", "ar", "02 555 01 23");
    let text = printed(&db, &code, "fr", "en");
    let letter = text.split('\u{c}').next().unwrap();
    // pdftotext reads an Arabic run out of its place; the line holds both, the picture shows
    // "Nom : محمد الأمين (Muhammad al-Amin)".
    let name = letter.lines().find(|l| l.starts_with("Nom :")).unwrap();
    assert!(
        name.contains("Muhammad al-Amin)") && name.contains("محمد"),
        "{name}"
    );
    // The first of the month is "1er" in French; the slip writes the day in English words.
    assert!(
        letter.contains("le mardi 1er janvier 2030 à 10:30"),
        "{letter}"
    );
    assert!(text.contains("Tuesday 1 January 2030 at 10:30"), "{text}");
    assert!(
        letter.contains("n'hésitez pas à nous contacter au 02 555 01 23"),
        "{letter}"
    );

    let dir = tempfile::tempdir().unwrap();
    let (db, code) = centre(dir.path(), "ተስፋይ ሃይለ", "ti", "02 555 01 23");
    let text = printed(&db, &code, "nl", "pl");
    let letter = text.split('\u{c}').next().unwrap();
    assert!(letter.contains("(Tesfay Hayle)"), "{letter}");
    assert!(
        letter.contains("op dinsdag 1 januari 2030 om 10:30"),
        "{letter}"
    );
    assert!(text.contains("wtorek, 1 stycznia 2030 o 10:30"), "{text}");
}

#[test]
fn without_a_phone_the_letter_does_not_invite_a_call() {
    if !crate::support::have("pdftotext", "poppler-utils") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (db, code) = centre(dir.path(), "Mohamed Benali", "ar", "");
    let text = printed(&db, &code, "fr", "fr");
    let letter = text.split('\u{c}').next().unwrap();
    assert!(letter.contains("Mohamed Benali") && !letter.contains("Mohamed Benali ("));
    assert!(!letter.contains("contacter"), "{letter}");
    assert!(letter.contains("Nous vous remercions"), "{letter}");
    let text = printed(&db, &code, "nl", "fr");
    assert!(!text.contains("bellen"), "{text}");
}
