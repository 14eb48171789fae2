//! Desks killed without warning while they hand over week-long take-homes: every delivery is
//! there whole (seven days, seven register moves) or not at all, and every one a desk reported
//! as recorded is there.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use seuil::domain::person::Draft;
use seuil::domain::treatment::Outcome;
use seuil::store::Store;
use seuil::store::queues::Actor;
use seuil::store::treatment::{DoseAsk, NewPrescription};

const WORKER_DB: &str = "SEUIL_TEST_DOSE_DB";

/// One desk prescribing and handing over seven-day take-homes as fast as it can, printing each
/// delivery once committed. Runs only when started by the test below.
#[test]
fn dose_worker() {
    let Some(db) = std::env::var_os(WORKER_DB) else {
        return;
    };
    let store = Store::open(Path::new(&db)).unwrap();
    let mut rng = fastrand::Rng::new();
    let out = std::io::stdout();
    loop {
        let now = chrono::Local::now().naive_local();
        let who = Actor {
            by: "worker",
            desk: Some("w"),
            at: now,
        };
        let fields = Draft::default().check(now.date()).unwrap();
        let p = store.add_person(&fields, "worker", now, &mut rng).unwrap();
        let rx = NewPrescription {
            product: "methadone-syrup".into(),
            mg: 60.0,
            starts: now.date(),
            ends: None,
            prescriber: Some("Dr Janssens".into()),
            take_home_days: 7,
            note: None,
        };
        store.prescribe(p.id, &rx, who).unwrap();
        let ask = DoseAsk {
            day: now.date(),
            outcome: Outcome::TakeHome(7),
            mg: None,
            reason: None,
        };
        let d = store.dose(p.id, &ask, who).unwrap();
        let mut lock = out.lock();
        writeln!(lock, "delivery {}", d.rows[0].delivery).unwrap();
        lock.flush().unwrap();
    }
}

fn spawn(db: &Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "dose_crash::dose_worker",
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
fn desks_killed_mid_dose_leave_whole_deliveries_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("site.db");
    {
        let s = Store::open(&db).unwrap();
        s.conn()
            .execute_batch(
                "INSERT INTO stock_batch (id, product, lot, mg_per_ml, expires, received_at, by)
                 VALUES (1, 'methadone-syrup', 'B1', 1, '2099-12-31', '2026-01-01 08:00:00', 'x');
                 INSERT INTO stock_move (batch_id, kind, mg, at, by)
                 VALUES (1, 'received', 100000000, '2026-01-01 08:00:00', 'x');",
            )
            .unwrap();
    }
    let mut rng = fastrand::Rng::with_seed(11);
    let mut saved: Vec<i64> = Vec::new();
    for _round in 0..3 {
        let mut workers: Vec<_> = (0..2).map(|_| spawn(&db)).collect();
        let readers: Vec<_> = workers
            .iter_mut()
            .map(|w| {
                let stdout = w.stdout.take().unwrap();
                std::thread::spawn(move || {
                    BufReader::new(stdout)
                        .lines()
                        .map_while(Result::ok)
                        .filter_map(|l| l.strip_prefix("delivery ")?.parse::<i64>().ok())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for w in &mut workers {
            std::thread::sleep(std::time::Duration::from_millis(rng.u64(200..700)));
            w.kill().unwrap();
            w.wait().unwrap();
        }
        for r in readers {
            saved.extend(r.join().unwrap());
        }
    }
    assert!(saved.len() > 10, "the desks worked: {}", saved.len());
    let store = Store::open(&db).unwrap();
    assert_eq!(store.integrity_problems().unwrap(), None);
    let conn = store.conn();
    for delivery in &saved {
        let rows: i64 = conn
            .query_row(
                "SELECT count(*) FROM dose_event WHERE delivery = ?1",
                [delivery],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(rows, 7, "delivery {delivery} reported recorded");
    }
    // Nothing half-written: every delivery has its seven days and seven moves of the register.
    let mut stmt = conn
        .prepare(
            "SELECT d.delivery, count(*), (SELECT count(*) FROM stock_move m
                 JOIN dose_event x ON x.id = m.dose_id WHERE x.delivery = d.delivery)
             FROM dose_event d GROUP BY d.delivery",
        )
        .unwrap();
    let groups: Vec<(i64, i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(groups.len() >= saved.len());
    for (delivery, rows, moves) in groups {
        assert_eq!((rows, moves), (7, 7), "delivery {delivery}");
    }
    // Every prescription's person has either their whole week or no dose at all.
    let half: i64 = conn
        .query_row(
            "SELECT count(*) FROM prescription x WHERE (SELECT count(*) FROM dose_event d
               WHERE d.prescription_id = x.id) NOT IN (0, 7)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(half, 0);
}
