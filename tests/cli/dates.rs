//! Date options of the command line read the forms the desk reads.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Output;

fn seuil(db: &Path, args: &[&str]) -> Output {
    crate::support::seuil_cmd(db).args(args).output().unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn born_in_the_desk_order_and_partial() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    for (typed, stored) in [
        ("12/05/1987", "1987-05-12"),
        ("12.05.1987", "1987-05-12"),
        ("1/5/1987", "1987-05-01"),
        ("1987-05-12", "1987-05-12"),
        ("05/1987", "1987-05"),
        ("1987", "1987"),
    ] {
        let p = json(&seuil(&db, &["person", "add", "--born", typed, "--json"]));
        assert_eq!(p["birth"], stored, "{typed}");
    }
    let o = seuil(&db, &["person", "add", "--born", "30/02/1987"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("cette date n'existe pas : 30/02/1987"),
        "{}",
        err(&o)
    );
    let o = seuil(
        &db,
        &["--lang", "en", "person", "add", "--born", "May 1987"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("the date (25/05/1987)"), "{}", err(&o));
    assert!(!err(&o).contains("YYYY"), "{}", err(&o));
}

fn person(db: &Path) -> String {
    let p = json(&seuil(db, &["person", "add", "--name", "Amina", "--json"]));
    p["code"].as_str().unwrap().to_string()
}

#[test]
fn coverage_dates_in_the_desk_order_and_a_day_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let code = person(&db);
    let o = seuil(
        &db,
        &[
            "coverage",
            "set",
            &code,
            "--route",
            "cpas",
            "--state",
            "requested",
            "--requested",
            "14/10/2026",
            "--acknowledged",
            "16.10.2026",
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    let store = seuil::store::Store::open(&db).unwrap();
    let id = store.person_by_code(&code).unwrap().unwrap().id;
    let routes = store.coverage_of(id).unwrap();
    let c = &routes[0].coverage;
    assert_eq!(c.requested.unwrap().to_string(), "2026-10-14");
    assert_eq!(c.acknowledged.unwrap().to_string(), "2026-10-16");
    drop(store);
    let o = seuil(
        &db,
        &[
            "coverage",
            "set",
            &code,
            "--route",
            "amu",
            "--valid-until",
            "31/02/2027",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("--valid-until : Cette date n'existe pas : 31/02/2027."),
        "{}",
        err(&o)
    );
    let o = seuil(
        &db,
        &[
            "--lang",
            "nl",
            "coverage",
            "set",
            &code,
            "--route",
            "amu",
            "--decided",
            "gisteren",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("--decided: Schrijf de datum als 25-11-2026"),
        "{}",
        err(&o)
    );
}

#[test]
fn an_audit_day_and_a_referral_appointment_in_the_desk_order() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let code = person(&db);
    let today = chrono::Local::now().date_naive();
    let shown = today.format("%d/%m/%Y").to_string();
    let lines = json(&seuil(&db, &["audit", "list", "--day", &shown, "--json"]));
    assert!(!lines["audit"].as_array().unwrap().is_empty(), "{lines}");
    let o = seuil(&db, &["audit", "list", "--day", "32/01/2026"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("32/01/2026"), "{}", err(&o));

    assert!(
        seuil(&db, &["partner", "add", "--name", "Hôpital Saint-Pierre"])
            .status
            .success()
    );
    let refer = |when: &str| {
        seuil(
            &db,
            &[
                "referral",
                "new",
                &code,
                "--partner",
                "Hôpital Saint-Pierre",
                "--reason",
                "Toux",
                "--appointment",
                when,
                "--json",
            ],
        )
    };
    let r = json(&refer("15/01/2030 10h30"));
    assert_eq!(r["appointment"], "2030-01-15 10:30");
    let o = refer("30/02/2030 10:30");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("Cette date n'existe pas : 30/02/2030."),
        "{}",
        err(&o)
    );
    let o = refer("demain matin");
    assert!(
        err(&o).contains("Écrivez-le comme 25/11/2026 10:00"),
        "{}",
        err(&o)
    );
}
