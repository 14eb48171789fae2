//! `seuil report run harm-reduction … --json` from a shell, as a coordinator's script reads
//! it: the report's name and version, the period, the rule applied, and each table with its
//! columns, rows and the cells hidden.

use chrono::NaiveDate;
use seuil::store::Store;
use seuil::store::counter::Giving;
use seuil::store::queues::Actor;

use crate::support::seuil_cmd;

#[test]
fn the_harm_reduction_report_says_its_tables_as_json_with_small_counts_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    {
        let s = Store::open(&db).unwrap();
        // Three exchanges of ten syringes in January, one taken back in February.
        for (d, h) in [(5, 9), (6, 9), (7, 9), (9, 10)] {
            let t = NaiveDate::from_ymd_opt(2026, if d == 9 { 2 } else { 1 }, d)
                .unwrap()
                .and_hms_opt(h, 0, 0)
                .unwrap();
            let who = Actor {
                by: "Inès",
                desk: None,
                at: t,
            };
            let g = Giving {
                lines: vec![("syringe-1ml".into(), 10)],
                returned: 6,
                ..Giving::default()
            };
            s.give(&g, who).unwrap();
            if d == 9 {
                s.undo_last_exchange(who).unwrap();
            }
        }
    }
    let out = seuil_cmd(&db)
        .env("SEUIL_LANG", "fr")
        .args([
            "report",
            "run",
            "harm-reduction",
            "--from",
            "2026-01-01",
            "--to",
            "2026-03-31",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["report"], "harm-reduction");
    assert_eq!(v["version"], 1);
    assert_eq!(v["period"]["from"], "2026-01-01");
    assert_eq!(v["period"]["by"], "month");
    assert_eq!(v["rule"]["applied"], true);
    let tables = v["tables"].as_array().unwrap();
    let names: Vec<&str> = tables.iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "items-by-kind",
            "items-by-period",
            "returns-by-period",
            "exchanges-by-period",
            "for-others-by-period",
            "naloxone-by-period",
            "reversals-by-outcome"
        ]
    );
    let kinds = &tables[0];
    assert_eq!(
        kinds["columns"],
        serde_json::json!(["au comptoir", "en rue (maraude)", "Total"])
    );
    // Thirty syringes at the counter: the ten taken back are not counted.
    assert_eq!(
        kinds["rows"][0],
        serde_json::json!(["injection", 30, 0, 30])
    );
    let returns = &tables[2];
    assert_eq!(
        returns["rows"][0],
        serde_json::json!(["2026-01", 30, 18, 60.0])
    );
    // Three exchanges in January: fewer than five, hidden, and so is the total beside it.
    let exchanges = &tables[3];
    assert_eq!(exchanges["rows"][0][1], "< 5");
    let hidden = exchanges["suppressed"].as_array().unwrap();
    assert!(hidden.contains(&serde_json::json!([0, 0])), "{hidden:?}");
    assert!(hidden.contains(&serde_json::json!([0, 2])), "{hidden:?}");
}
