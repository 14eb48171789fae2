//! `seuil coverage set / due` from scripts.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Output;

use chrono::{Days, Local};

fn seuil(db: &Path, args: &[&str]) -> Output {
    crate::support::seuil_cmd(db).args(args).output().unwrap()
}

fn ago(days: u64) -> String {
    (Local::now().date_naive() - Days::new(days))
        .format("%Y-%m-%d")
        .to_string()
}

#[test]
fn record_routes_then_see_what_falls_due() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let code = |o: Output| -> String {
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v["code"].as_str().unwrap().to_string()
    };
    let a = code(seuil(&db, &["person", "add", "--name", "Amina", "--json"]));
    let b = code(seuil(&db, &["person", "add", "--json"]));
    // AMU asked 40 days ago, never acknowledged: overdue on proof and decision.
    let o = seuil(
        &db,
        &[
            "--lang",
            "en",
            "coverage",
            "set",
            &a,
            "--route",
            "amu",
            "--state",
            "requested",
            "--requested",
            &ago(40),
            "--commune",
            "schaerbeek",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("Urgent medical aid") && out.contains("The CPAS must decide by"),
        "{out}"
    );
    // CPAS asked 25 days ago: decision due in 5 days.
    assert!(
        seuil(
            &db,
            &[
                "coverage",
                "set",
                &b,
                "--route",
                "cpas",
                "--state",
                "acknowledged",
                "--requested",
                &ago(25),
                "--acknowledged",
                &ago(24)
            ]
        )
        .status
        .success()
    );
    let o = seuil(&db, &["coverage", "due", "--within", "7", "--json"]);
    let due: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let list = due.as_array().unwrap();
    assert!(list.len() >= 3, "{due}");
    assert_eq!(list[0]["person"], a.as_str());
    assert_eq!(list[0]["overdue"], true);
    assert_eq!(list.last().unwrap()["person"], b.as_str());
    assert_eq!(list.last().unwrap()["overdue"], false);
    assert_eq!(list[0]["commune"], "1030");
    let o = seuil(&db, &["coverage", "due", "--within", "1"]);
    assert!(
        !String::from_utf8_lossy(&o.stdout).contains(&b),
        "outside one day"
    );
}

#[test]
fn impossible_dates_unknown_communes_and_routes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let o = seuil(&db, &["person", "add", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let p = v["code"].as_str().unwrap();
    let future = (Local::now().date_naive() + Days::new(3))
        .format("%Y-%m-%d")
        .to_string();
    let o = seuil(
        &db,
        &[
            "coverage",
            "set",
            p,
            "--route",
            "cpas",
            "--requested",
            &future,
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("futur"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = seuil(
        &db,
        &[
            "--lang",
            "nl",
            "coverage",
            "set",
            p,
            "--route",
            "cpas",
            "--requested",
            &ago(5),
            "--decided",
            &ago(9),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("vóór de aanvraag"));
    let o = seuil(
        &db,
        &[
            "coverage",
            "set",
            p,
            "--route",
            "cpas",
            "--commune",
            "Liège",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("19 communes"));
    let o = seuil(&db, &["coverage", "set", p, "--route", "insurance"]);
    assert_eq!(o.status.code(), Some(2));
    let o = seuil(
        &db,
        &[
            "coverage",
            "set",
            p,
            "--route",
            "cpas",
            "--requested",
            "31/02/2026",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let o = seuil(&db, &["coverage", "due", "--json"]);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap(),
        serde_json::json!([]),
        "nothing half-saved"
    );
}

#[test]
fn everything_held_about_a_person_in_their_language_and_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let o = seuil(
        &db,
        &[
            "person",
            "add",
            "--name",
            "Selam Tekle",
            "--lang",
            "ti,en",
            "--born",
            "1994",
            "--json",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let code = v["code"].as_str().unwrap().to_string();
    assert!(
        seuil(&db, &["queue", "join", &code, "--service", "N"])
            .status
            .success()
    );
    assert!(
        seuil(
            &db,
            &[
                "coverage",
                "set",
                &code,
                "--route",
                "amu",
                "--state",
                "requested",
                "--requested",
                &ago(3)
            ]
        )
        .status
        .success()
    );
    let o = seuil(&db, &["person", "export", &code]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(&code) && out.contains("ፋይል") && out.contains("Selam Tekle"),
        "in Tigrinya: {out}"
    );
    assert!(
        out.contains("N-001") && out.contains("ህጹጽ ሕክምናዊ ረድኤት (AMU)") && !out.contains(" amu"),
        "the route in Tigrinya words, not its code: {out}"
    );
    let o = seuil(&db, &["person", "export", &code, "--json"]);
    let all: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(all["person"]["code"], code.as_str());
    assert!(
        all["person"].get("search_keys").is_none(),
        "internal keys are not the person's data"
    );
    assert_eq!(all["tickets"].as_array().unwrap().len(), 1);
    assert_eq!(all["coverage"][0]["route"], "amu");
    assert!(!all["ticket_events"].as_array().unwrap().is_empty());
    let o = seuil(&db, &["person", "export", "ZZZ-ZZ"]);
    assert_eq!(o.status.code(), Some(1));
    // A second record of the same person, with a ticket of its own, merged in: the export of
    // the kept record holds what stayed on the merged one.
    let o = seuil(&db, &["person", "add", "--name", "Selam Tekle", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let other = v["code"].as_str().unwrap().to_string();
    assert!(
        seuil(&db, &["queue", "join", &other, "--service", "N"])
            .status
            .success()
    );
    assert!(
        seuil(&db, &["person", "merge", &code, &other])
            .status
            .success()
    );
    let o = seuil(&db, &["person", "export", &code, "--json"]);
    let all: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(all["tickets"].as_array().unwrap().len(), 2, "{all}");
    assert_eq!(all["merged_records"][0]["code"], other.as_str());
    assert_eq!(all["merges"].as_array().unwrap().len(), 1);
}
