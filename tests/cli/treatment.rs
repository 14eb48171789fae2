//! `seuil treatment …` as scripts and the checks use it, and four desks confirming one dose.

use std::path::Path;
use std::process::Output;

use chrono::{Duration, Local};

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

fn refused(db: &Path, args: &[&str], code: i32) -> String {
    let o = seuil(db, args);
    assert_eq!(
        o.status.code(),
        Some(code),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.stdout.is_empty());
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn ago(days: i64) -> String {
    (Local::now().date_naive() - Duration::days(days)).to_string()
}

/// A person with only a code, prescribed 60 mg of methadone from `from` days ago.
fn prescribed(db: &Path, from: i64, take_home: &str) -> String {
    let code = json(db, &["person", "add", "--json"])["code"]
        .as_str()
        .unwrap()
        .to_string();
    let rx = json(
        db,
        &[
            "treatment",
            "prescribe",
            &code,
            "--product",
            "methadone-syrup",
            "--mg",
            "60",
            "--from",
            &ago(from),
            "--prescriber",
            "Dr Peeters",
            "--take-home-days",
            take_home,
            "--json",
        ],
    );
    assert_eq!(rx["mg"], 60.0);
    code
}

fn count(db: &Path, sql: &str) -> i64 {
    let s = seuil::store::Store::open(db).unwrap();
    s.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn the_nurse_s_day_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let code = prescribed(&db, 3, "2");
    // The paper kept during a power cut: three days ago and the day before yesterday.
    json(
        &db,
        &["treatment", "dose", &code, "--on", &ago(3), "--json"],
    );
    json(
        &db,
        &["treatment", "dose", &code, "--on", &ago(2), "--json"],
    );
    let today = json(&db, &["treatment", "dose", &code, "--json"]);
    assert_eq!(today["missed"], 1);
    assert_eq!(today["rows"][0]["outcome"], "given");
    // Never twice a day; the reason says what to do.
    let again = refused(&db, &["--lang", "en", "treatment", "dose", &code], 1);
    assert!(again.contains("already recorded"), "{again}");
    // Entered later is marked, in the rows and the audit trail.
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM dose_event WHERE entered_later = 1"
        ),
        2
    );
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM audit WHERE action = 'entered-later'"
        ),
        2
    );
    // A day missed (yesterday): take-homes wait for a decision.
    let shown = json(&db, &["--lang", "en", "treatment", "show", &code, "--json"]);
    assert!(shown["dosed_today"].is_object());
    let r = refused(&db, &["treatment", "reverse", "NOBODY"], 2);
    assert!(!r.is_empty());
    let back = json(
        &db,
        &[
            "treatment",
            "reverse",
            &code,
            "--reason",
            "wrong day",
            "--json",
        ],
    );
    assert_eq!(back["reversed"][0]["outcome"], "reversal");
    let th = refused(
        &db,
        &[
            "--lang",
            "en",
            "treatment",
            "dose",
            &code,
            "--take-home",
            "2",
        ],
        1,
    );
    assert!(th.contains("No take-home"), "{th}");
    json(
        &db,
        &[
            "treatment",
            "decide",
            &code,
            "--by",
            "Dr Peeters",
            "--decision",
            "take-homes again",
            "--json",
        ],
    );
    let th = json(
        &db,
        &["treatment", "dose", &code, "--take-home", "2", "--json"],
    );
    assert_eq!(th["days"].as_array().unwrap().len(), 2);
    assert_eq!(th["rows"][1]["outcome"], "take_home");
}

#[test]
fn bad_input_is_refused_with_the_reason_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let code = prescribed(&db, 0, "3");
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["treatment", "dose", &code, "--mg", "70"],
            1,
            "more than the dose due",
        ),
        (&["treatment", "dose", &code, "--mg", "soixante"], 2, "--mg"),
        (
            &["treatment", "dose", &code, "--on", "2099-01-01"],
            1,
            "still to come",
        ),
        (
            &["treatment", "dose", &code, "--take-home", "4"],
            1,
            "at most",
        ),
        (
            &["treatment", "dose", &code, "--take-home", "8"],
            1,
            "7 days",
        ),
        (
            &["treatment", "dose", &code, "--take-home", "0"],
            1,
            "how many days",
        ),
        (
            &[
                "treatment",
                "prescribe",
                &code,
                "--product",
                "heroin",
                "--mg",
                "60",
                "--from",
                "today",
            ],
            2,
            "no product",
        ),
        (
            &[
                "treatment",
                "prescribe",
                &code,
                "--product",
                "buprenorphine",
                "--mg",
                "8",
                "--from",
                &ago(0),
                "--until",
                &ago(3),
            ],
            1,
            "ends before it starts",
        ),
        (
            &[
                "treatment",
                "prescribe",
                &code,
                "--product",
                "buprenorphine",
                "--mg",
                "-8",
                "--from",
                &ago(0),
            ],
            1,
            "above 0",
        ),
        (
            &[
                "treatment",
                "prescribe",
                &code,
                "--product",
                "buprenorphine",
                "--mg",
                "8",
                "--from",
                &ago(0),
                "--take-home-days",
                "9",
            ],
            1,
            "7 days",
        ),
        (
            &["treatment", "decide", &code, "--by", " ", "--decision", "x"],
            1,
            "prescriber",
        ),
    ];
    for (args, exit, says) in cases {
        let mut all = vec!["--lang", "en"];
        all.extend_from_slice(args);
        let err = refused(&db, &all, *exit);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert_eq!(count(&db, "SELECT count(*) FROM dose_event"), 0);
    assert_eq!(count(&db, "SELECT count(*) FROM prescription"), 1);
    assert_eq!(count(&db, "SELECT count(*) FROM dose_decision"), 0);
}

#[test]
fn the_thresholds_are_the_centre_s() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let code = prescribed(&db, 4, "0");
    json(
        &db,
        &["treatment", "dose", &code, "--on", &ago(4), "--json"],
    );
    // Three days missed: withheld by default…
    refused(&db, &["treatment", "dose", &code], 1);
    // …given when the centre says 4.
    let t = json(
        &db,
        &[
            "treatment",
            "thresholds",
            "--withhold-after",
            "4",
            "--see-prescriber-after",
            "5",
            "--induction-after",
            "6",
            "--json",
        ],
    );
    assert_eq!(t["withhold_after"], 4);
    let d = json(&db, &["treatment", "dose", &code, "--json"]);
    assert_eq!(d["missed"], 3);
}

/// Four processes confirm the same person's dose at the same moment: exactly one succeeds,
/// the others are told it was recorded, and one row holds the day.
#[test]
fn four_desks_confirming_one_dose_at_once_give_it_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    for round in 0..3 {
        let code = prescribed(&db, 0, "0");
        let children: Vec<_> = (0..4)
            .map(|_| {
                crate::support::seuil_cmd(&db)
                    .args(["--lang", "en", "treatment", "dose", &code])
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let outs: Vec<Output> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        let ok = outs.iter().filter(|o| o.status.success()).count();
        assert_eq!(ok, 1, "round {round}: {outs:?}");
        for o in outs.iter().filter(|o| !o.status.success()) {
            assert_eq!(o.status.code(), Some(1));
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(
                err.contains("already recorded") || err.contains("just recorded"),
                "{err}"
            );
        }
    }
    assert_eq!(count(&db, "SELECT count(*) FROM dose_event"), 3);
}
