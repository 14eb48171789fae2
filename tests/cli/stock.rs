//! `seuil stock …`: the controlled-drug register from a shell, with the contract's exit codes,
//! and take-home labels read back from their PDF as a person reads the paper.

use std::path::{Path, PathBuf};
use std::process::Output;

use chrono::{Duration, Local};
use seuil::domain::person::Draft;
use seuil::domain::treatment::Outcome;
use seuil::store::Store;
use seuil::store::queues::Actor;
use seuil::store::treatment::{DoseAsk, NewPrescription};

use crate::support::{have, seuil_cmd};

fn run(db: &Path, args: &[&str]) -> Output {
    seuil_cmd(db)
        .env("SEUIL_LANG", "fr")
        .args(args)
        .output()
        .unwrap()
}

fn ok(o: Output) -> String {
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The exit code and what was said on stderr.
fn refused(o: Output) -> (i32, String) {
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    (
        o.status.code().unwrap(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn register() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    drop(Store::open(&db).unwrap());
    (dir, db)
}

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap()
}

#[test]
fn a_batch_is_received_destroyed_and_the_balance_corrected_with_a_reason() {
    let (_dir, db) = register();
    let m = json(&ok(run(
        &db,
        &[
            "stock",
            "receive",
            "methadone-syrup",
            "--lot",
            "S-1",
            "--mg",
            "1000",
            "--expires",
            "31/12/2099",
            "--json",
        ],
    )));
    assert_eq!(
        (m["kind"].as_str(), m["mg"].as_f64()),
        (Some("received"), Some(1000.0))
    );
    // Twice the same lot, more destroyed than held, a count off without a reason: refused (1).
    for args in [
        &[
            "stock",
            "receive",
            "methadone-syrup",
            "--lot",
            "S-1",
            "--mg",
            "5",
            "--expires",
            "2099-12-31",
        ][..],
        &[
            "stock",
            "destroy",
            "methadone-syrup",
            "--lot",
            "S-1",
            "--mg",
            "1000.5",
        ],
        &["stock", "check", "methadone-syrup", "--counted", "990"],
        &[
            "stock",
            "receive",
            "methadone-syrup",
            "--lot",
            "S-2",
            "--mg",
            "0",
            "--expires",
            "2099-12-31",
        ],
        &[
            "stock",
            "receive",
            "heroin",
            "--lot",
            "H",
            "--mg",
            "5",
            "--expires",
            "2099-12-31",
        ],
    ] {
        let (code, said) = refused(run(&db, args));
        assert_eq!(code, 1, "{args:?}: {said}");
        assert!(!said.trim().is_empty());
    }
    // A date that is not one, a form that is not one: bad usage (2).
    let (code, said) = refused(run(
        &db,
        &[
            "stock",
            "receive",
            "methadone-syrup",
            "--lot",
            "S-3",
            "--mg",
            "5",
            "--expires",
            "demain",
        ],
    ));
    assert_eq!(code, 2, "{said}");
    let (code, _) = refused(run(
        &db,
        &["stock", "product-add", "oxy", "--form", "powder"],
    ));
    assert_eq!(code, 2);
    ok(run(
        &db,
        &[
            "stock",
            "destroy",
            "methadone-syrup",
            "--lot",
            "S-1",
            "--mg",
            "10",
            "--reason",
            "renversé",
        ],
    ));
    let said = ok(run(
        &db,
        &["stock", "check", "methadone-syrup", "--counted", "990"],
    ));
    assert!(said.contains("confirmé"), "{said}");
    let c = json(&ok(run(
        &db,
        &[
            "stock",
            "check",
            "methadone-syrup",
            "--counted",
            "985",
            "--reason",
            "fuite",
            "--json",
        ],
    )));
    assert_eq!(c["state"], "corrected");
    assert_eq!(c["corrections"][0]["mg"].as_f64(), Some(-5.0));
    let b = json(&ok(run(&db, &["stock", "balance", "--json"])));
    assert_eq!(b[0]["mg"].as_f64(), Some(985.0));
    assert_eq!(b[0]["batches"][0]["ml"].as_f64(), Some(985.0));
    let moves = json(&ok(run(&db, &["stock", "moves", "--json"])));
    let kinds: Vec<&str> = moves
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["received", "destroyed", "correction"]);
    let text = ok(run(&db, &["stock", "balance"]));
    assert!(text.contains("méthadone sirop: 985 mg (985 ml)"), "{text}");
}

#[test]
fn the_centre_adds_a_product_and_lists_it() {
    let (_dir, db) = register();
    ok(run(
        &db,
        &[
            "stock",
            "product-add",
            "oxycodone-sr",
            "--form",
            "tablet",
            "--name-fr",
            "oxycodone LP",
            "--name-ar",
            "أوكسيكودون",
        ],
    ));
    let list = json(&ok(run(&db, &["stock", "products", "--json"])));
    let last = list.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["code"], "oxycodone-sr");
    assert_eq!(last["names"]["ar"], "أوكسيكودون");
    let (code, _) = refused(run(
        &db,
        &["stock", "product-add", "oxycodone-sr", "--form", "tablet"],
    ));
    assert_eq!(code, 1);
}

/// A person speaking `lang` handed 3 days of methadone syrup today; the delivery's number.
fn take_home(db: &Path, lang: &str) -> i64 {
    let s = Store::open(db).unwrap();
    let now = Local::now().naive_local();
    let who = Actor {
        by: "Inès",
        desk: None,
        at: now,
    };
    let fields = Draft {
        given_name: "Secret Name".into(),
        languages: lang.into(),
        ..Draft::default()
    }
    .check(now.date())
    .unwrap();
    let p = s
        .add_person(&fields, "Inès", now, &mut fastrand::Rng::with_seed(3))
        .unwrap();
    s.set_site(&seuil::domain::site::Site {
        name: "Centre Gare du Midi".into(),
        ..Default::default()
    })
    .unwrap();
    s.receive_batch(
        &seuil::store::stock::NewBatch {
            product: "methadone-syrup".into(),
            lot: "MS-2611".into(),
            mg: 2000.0,
            expires: now.date() + Duration::days(60),
            mg_per_ml: Some(10.0),
            mg_per_unit: None,
        },
        who,
    )
    .unwrap();
    s.prescribe(
        p.id,
        &NewPrescription {
            product: "methadone-syrup".into(),
            mg: 65.0,
            starts: now.date(),
            ends: None,
            prescriber: Some("Dr Janssens".into()),
            take_home_days: 3,
            note: None,
        },
        who,
    )
    .unwrap();
    let d = s
        .dose(
            p.id,
            &DoseAsk {
                day: now.date(),
                outcome: Outcome::TakeHome(3),
                mg: None,
                reason: None,
            },
            who,
        )
        .unwrap();
    d.rows[0].delivery
}

fn labels_pdf(lang: &str) -> (tempfile::TempDir, PathBuf, String) {
    let (dir, db) = register();
    let delivery = take_home(&db, lang);
    let pdf = dir.path().join("labels.pdf");
    let said = ok(run(
        &db,
        &[
            "stock",
            "labels",
            &delivery.to_string(),
            "--pdf",
            pdf.to_str().unwrap(),
        ],
    ));
    assert!(said.contains('3'), "{said}");
    let code = Store::open(&db)
        .unwrap()
        .take_home_delivery(delivery)
        .unwrap()[0]
        .person_code
        .clone();
    (dir, pdf, code)
}

fn pdf_text(pdf: &Path) -> String {
    let o = std::process::Command::new("pdftotext")
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn pages(pdf: &Path) -> usize {
    pdf_text(pdf).matches('\u{c}').count()
}

#[test]
fn labels_of_a_take_home_in_arabic_say_keep_away_in_arabic_french_and_dutch() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let (_dir, pdf, code) = labels_pdf("ar");
    let text = pdf_text(&pdf);
    assert_eq!(pages(&pdf), 3, "{text}");
    for want in [
        code.as_str(),
        "65 mg",
        "6.5",
        "MS-2611",
        "Centre Gare du Midi",
        "Tenir hors de portée des enfants.",
        "Buiten het bereik van kinderen houden.",
        "متناول",
    ] {
        assert!(text.contains(want), "{want} missing:\n{text}");
    }
    // Never the person's name.
    assert!(!text.contains("Secret"), "{text}");
}

#[test]
fn labels_in_tigrinya_carry_ethiopic_and_french_speakers_get_two_warnings() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let (_dir, pdf, _) = labels_pdf("ti");
    let text = pdf_text(&pdf);
    assert!(text.contains("ቆልዑ"), "{text}");
    assert!(text.contains("ሜታዶን"), "{text}");
    let (_dir, pdf, _) = labels_pdf("fr");
    let text = pdf_text(&pdf);
    assert_eq!(text.matches("Tenir hors de portée").count(), 3, "{text}");
    assert_eq!(text.matches("Buiten het bereik").count(), 3, "{text}");
}

#[test]
fn labels_of_no_take_home_are_refused() {
    let (dir, db) = register();
    let pdf = dir.path().join("none.pdf");
    let (code, said) = refused(run(
        &db,
        &["stock", "labels", "99", "--pdf", pdf.to_str().unwrap()],
    ));
    assert_eq!(code, 1);
    assert!(said.contains("99"), "{said}");
    assert!(!pdf.exists());
}

/// The labels go to a real CUPS printer (cups-pdf, set up by `.ci/run`): one job a label.
#[test]
fn labels_print_through_cups_one_job_a_label() {
    let Ok(out_dir) = std::env::var("SEUIL_TEST_CUPS_OUT") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI sets up cups-pdf and SEUIL_TEST_CUPS_OUT (.ci/run)"
        );
        eprintln!("SEUIL_TEST_CUPS_OUT not set: cups-pdf not configured here");
        return;
    };
    let (_dir, db) = register();
    // A delivery number no other run of this test has used on this printer.
    let s = Store::open(&db).unwrap();
    let first = i64::from(std::process::id()) * 1000;
    // Rows written by hand: the test build's guard against writes outside a write transaction
    // is opened for them.
    seuil::store::capture::open_guard(s.conn(), true).unwrap();
    s.conn()
        .execute(
            "INSERT INTO person (id, code, created_at, created_by) VALUES (99, 'ZZZ-ZZ', '2026-01-01 08:00:00', 'x');
             ",
            [],
        )
        .unwrap();
    s.conn()
        .execute(
            "INSERT INTO prescription (id, person_id, product, mg, starts, ends, created_at, created_by)
             VALUES (99, 99, 'methadone-syrup', 10, '2026-01-01', '2026-01-02', '2026-01-01 08:00:00', 'x')",
            [],
        )
        .unwrap();
    s.conn()
        .execute(
            "INSERT INTO dose_event (prescription_id, person_id, day, outcome, mg, slot, delivery, at, by)
             VALUES (99, 99, '2026-01-01', 'given', 10, 1, ?1, '2026-01-01 09:00:00', 'x')",
            [first],
        )
        .unwrap();
    drop(s);
    let delivery = take_home(&db, "ar");
    assert!(delivery > first);
    let started = std::time::SystemTime::now();
    let said = ok(run(
        &db,
        &["stock", "labels", &delivery.to_string(), "--printer", "PDF"],
    ));
    assert!(!said.is_empty());
    let marker = format!("seuil_{delivery}_");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
    loop {
        let found = std::fs::read_dir(&out_dir)
            .unwrap()
            .flatten()
            .filter(|e| {
                e.file_name().to_string_lossy().contains(&marker)
                    && e.metadata()
                        .and_then(|m| m.modified())
                        .is_ok_and(|t| t >= started - std::time::Duration::from_secs(2))
            })
            .count();
        if found == 3 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "cups-pdf wrote {found} of 3 labels in {out_dir}"
        );
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    let o = run(
        &db,
        &[
            "stock",
            "labels",
            &delivery.to_string(),
            "--printer",
            "No-Such-Printer",
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
