//! `seuil report run tdi` as a coordinator runs it before sending the year to Sciensano: the
//! TDI tables of the episodes started in the period, small counts hidden, as one JSON document.

use std::path::Path;

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    let o = crate::support::seuil_cmd(db).args(args).output().unwrap();
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn the_tdi_tables_of_a_year_as_json_with_small_counts_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    for (name, drug, date) in [
        ("Karim", "1.1", "14/03/2026"),
        ("Samira", "1.1", "02/04/2026"),
        ("Tomasz", "2.2", "20/05/2026"),
        ("Old", "1.1", "20/12/2025"),
    ] {
        let p = json(
            &db,
            &["person", "add", "--name", name, "--born", "1985", "--json"],
        );
        let code = p["code"].as_str().unwrap();
        json(
            &db,
            &[
                "tdi",
                "open",
                code,
                "--date",
                date,
                "--primary-drug",
                drug,
                "--json",
            ],
        );
    }
    let doc = json(
        &db,
        &[
            "--lang",
            "en",
            "report",
            "run",
            "tdi",
            "--from",
            "01/01/2026",
            "--to",
            "31/12/2026",
            "--json",
        ],
    );
    assert_eq!(doc["report"], "tdi");
    assert_eq!(doc["version"], 3);
    assert_eq!(doc["rule"]["applied"], true);
    let tables = doc["tables"].as_array().unwrap();
    let drug = tables
        .iter()
        .find(|t| t["name"] == "episodes-by-primary-drug")
        .unwrap();
    assert_eq!(drug["title"], "TDI episodes by main drug");
    let total = drug["rows"].as_array().unwrap().last().unwrap();
    // Three episodes in 2026 (the one of December 2025 is not), fewer than five: hidden.
    assert_eq!(total[1], "< 5");
    let heroin = drug["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r[0] == "Heroin")
        .unwrap();
    assert_eq!(heroin[1], "< 5");
    let names: Vec<&str> = tables.iter().map(|t| t["name"].as_str().unwrap()).collect();
    for name in [
        "episodes-by-centre-status-sex",
        "ages-by-primary-drug",
        "persons-by-injecting",
        "injecting-years-by-primary-drug",
        "ost-years-by-ost",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
}
