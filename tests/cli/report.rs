//! `seuil report …` from a shell: the list, a report as text, JSON and CSV with its small counts
//! hidden, the true figures only with `--no-suppress` (written in the audit trail), bad input
//! refused with exit 2 and nothing written.

use std::path::Path;
use std::process::Output;

use crate::support::seuil_cmd;

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

/// A register with three persons seen today.
fn register(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("site.db");
    for name in ["Awa", "Bilal", "Chris"] {
        let o = run(&db, &["person", "add", "--name", name, "--json"]);
        let v: serde_json::Value = serde_json::from_str(&ok(o)).unwrap();
        let code = v["code"].as_str().unwrap().to_string();
        ok(run(&db, &["queue", "join", &code, "--service", "M"]));
    }
    db
}

#[test]
fn a_report_leaves_with_its_small_counts_hidden_and_its_rule() {
    let dir = tempfile::tempdir().unwrap();
    let db = register(dir.path());
    let list = ok(run(&db, &["report", "list"]));
    assert!(list.contains("activity") && list.contains("v1"), "{list}");
    let today = chrono::Local::now().date_naive().to_string();
    let json = ok(run(
        &db,
        &[
            "report", "run", "activity", "--from", &today, "--to", &today, "--json",
        ],
    ));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["report"], "activity");
    assert_eq!(v["version"], 1);
    assert_eq!(v["period"]["from"], today.as_str());
    assert!(v["rule"]["text"].as_str().unwrap().contains("< 5"));
    let seen = &v["tables"][0];
    assert_eq!(seen["name"], "persons-by-period");
    // Three persons: under 5, hidden, listed among the suppressed cells.
    assert_eq!(seen["rows"][0][1], "< 5");
    assert!(
        seen["suppressed"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!([0, 0]))
    );
    // As text: the heading, the tables, the rule last.
    let text = ok(run(
        &db,
        &[
            "report", "run", "activity", "--from", &today, "--to", &today,
        ],
    ));
    assert!(text.contains("définitions v1"), "{text}");
    assert!(
        text.lines().last().unwrap().starts_with("Petits nombres"),
        "{text}"
    );
    // CSV: the same, in a file written whole.
    let csv = dir.path().join("activity.csv");
    ok(run(
        &db,
        &[
            "report",
            "run",
            "activity",
            "--from",
            &today,
            "--to",
            &today,
            "--csv",
            csv.to_str().unwrap(),
        ],
    ));
    let written = std::fs::read_to_string(&csv).unwrap();
    assert!(
        written.contains("persons-by-period") && written.contains("< 5"),
        "{written}"
    );
}

#[test]
fn the_true_figures_are_for_the_centre_and_written_in_the_audit_trail() {
    let dir = tempfile::tempdir().unwrap();
    let db = register(dir.path());
    let today = chrono::Local::now().date_naive().to_string();
    let json = ok(run(
        &db,
        &[
            "report",
            "run",
            "activity",
            "--from",
            &today,
            "--to",
            &today,
            "--json",
            "--no-suppress",
        ],
    ));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["tables"][0]["rows"][0][1], 3);
    assert_eq!(v["rule"]["applied"], false);
    let audit = ok(run(&db, &["audit", "list", "--json"]));
    assert!(audit.contains("report-unsuppressed"), "{audit}");
}

#[test]
fn bad_input_is_refused_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let db = register(dir.path());
    let cases: [&[&str]; 4] = [
        &[
            "report",
            "run",
            "nothing",
            "--from",
            "2026-01-01",
            "--to",
            "2026-02-01",
        ],
        &[
            "report",
            "run",
            "activity",
            "--from",
            "2026-03-01",
            "--to",
            "2026-02-01",
        ],
        &[
            "report",
            "run",
            "activity",
            "--from",
            "31/02/2026",
            "--to",
            "2026-04-01",
        ],
        &[
            "report",
            "run",
            "activity",
            "--from",
            "2026-01-01",
            "--to",
            "2026-02-01",
            "--by",
            "week",
        ],
    ];
    for args in cases {
        let o = run(&db, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty());
        assert!(!o.stderr.is_empty());
    }
    let o = run(&db, cases[0]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("activity"),
        "names the reports"
    );
    // A file that cannot be written: said, nothing left behind.
    let bad = dir.path().join("no/such/dir/r.csv");
    let o = run(
        &db,
        &[
            "report",
            "run",
            "activity",
            "--from",
            "2026-01-01",
            "--to",
            "2026-02-01",
            "--csv",
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!bad.exists());
}
