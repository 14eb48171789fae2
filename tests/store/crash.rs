//! Desks killed without warning (SIGKILL, as in a power cut for the process) in the middle of a
//! burst of intakes, several at once, at random moments: every intake a desk reported as saved
//! is there whole (person, search words, visit, audit line), and the database is intact.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use seuil::domain::person::Draft;
use seuil::store::Store;

const WORKER_DB: &str = "SEUIL_TEST_INTAKE_DB";
const NAMES: [&str; 6] = [
    "Mohamed Benali",
    "Tesfay Gebremedhin",
    "ተስፋይ ሃይለ",
    "Łukasz Kowalski",
    "محمد الأمين",
    "Fatima Zahra",
];

/// One desk registering walk-ins as fast as it can, printing each code once committed.
/// Runs only when started by the test below.
#[test]
fn intake_worker() {
    let Some(db) = std::env::var_os(WORKER_DB) else {
        return;
    };
    let store = Store::open(Path::new(&db)).unwrap();
    let mut rng = fastrand::Rng::new();
    let out = std::io::stdout();
    for i in 0.. {
        let now = chrono::Local::now().naive_local();
        let fields = Draft {
            given_name: NAMES[i % NAMES.len()].into(),
            birth: format!("{}", 1960 + i % 40),
            languages: "ar,fr".into(),
            ..Draft::default()
        }
        .check(now.date())
        .unwrap();
        let p = store.add_person(&fields, "worker", now, &mut rng).unwrap();
        store.record_visit(p.id, Some("w"), "worker", now).unwrap();
        let mut lock = out.lock();
        writeln!(lock, "{}", p.code).unwrap();
        lock.flush().unwrap();
    }
}

fn spawn(db: &Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "crash::intake_worker",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env(WORKER_DB, db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn desks_killed_at_random_lose_no_saved_intake() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("site.db");
    drop(Store::open(&db).unwrap());
    let mut rng = fastrand::Rng::with_seed(7);
    let mut saved: Vec<String> = Vec::new();
    for _round in 0..3 {
        let mut workers: Vec<_> = (0..3).map(|_| spawn(&db)).collect();
        let readers: Vec<_> = workers
            .iter_mut()
            .map(|w| {
                let stdout = w.stdout.take().unwrap();
                std::thread::spawn(move || {
                    BufReader::new(stdout)
                        .lines()
                        .map_while(Result::ok)
                        .filter(|l| l.len() == 6 && l.as_bytes()[3] == b'-')
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for w in &mut workers {
            std::thread::sleep(std::time::Duration::from_millis(rng.u64(150..600)));
            w.kill().unwrap();
            w.wait().unwrap();
        }
        for r in readers {
            saved.extend(r.join().unwrap());
        }
    }
    assert!(saved.len() > 30, "the desks worked: {}", saved.len());
    let store = Store::open(&db).unwrap();
    assert_eq!(store.integrity_problems().unwrap(), None);
    let conn = store.conn();
    for code in &saved {
        let (id, visits, words, audited): (i64, i64, i64, i64) = conn
            .query_row(
                "SELECT p.id,
                        (SELECT count(*) FROM visit v WHERE v.person_id = p.id),
                        (SELECT count(*) FROM person_word w WHERE w.person_id = p.id),
                        (SELECT count(*) FROM audit a WHERE a.person_id = p.id AND a.subject = 'person')
                 FROM person p WHERE p.code = ?1",
                [code],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap_or_else(|e| panic!("{code} reported saved but missing: {e}"));
        assert!(
            id > 0 && visits == 1 && words > 0 && audited >= 1,
            "{code}: {visits} {words} {audited}"
        );
    }
    // Nothing half-written either: every person has their search words.
    let without_words: i64 = conn
        .query_row(
            "SELECT count(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM person_word w WHERE w.person_id = p.id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(without_words, 0);
}
