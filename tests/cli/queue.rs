//! `seuil queue …` from scripts, and four desks working on one database at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use seuil::domain::person::Fields;
use seuil::domain::queue::Priority;
use seuil::store::Store;
use seuil::store::queues::{Actor, QueueError};

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

#[test]
fn join_list_call_as_scripts_use_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let a = json(&db, &["person", "add", "--json"])["code"]
        .as_str()
        .unwrap()
        .to_string();
    let b = json(&db, &["person", "add", "--name", "Selam", "--json"])["code"]
        .as_str()
        .unwrap()
        .to_string();
    let t1 = json(&db, &["queue", "join", &a, "--service", "M", "--json"]);
    assert_eq!(t1["ticket"], "M-001");
    // The same act as the desk's "send to": the day's visit comes with the ticket.
    let seen = json(&db, &["person", "find", &a, "--json"]);
    assert!(
        seen[0]["last_seen"].as_str().is_some_and(|d| !d.is_empty()),
        "{seen}"
    );
    assert_eq!(t1["status"], "waiting");
    let t2 = json(
        &db,
        &[
            "queue",
            "join",
            &b,
            "--service",
            "m",
            "--priority",
            "urgent",
            "--json",
        ],
    );
    assert_eq!(t2["ticket"], "M-002");
    let list = json(&db, &["queue", "list", "--service", "M", "--json"]);
    let tickets: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["ticket"].as_str().unwrap())
        .collect();
    assert_eq!(tickets, vec!["M-002", "M-001"], "urgent first");
    assert!(
        list[0].get("display_name").is_none() && list[0].get("given_name").is_none(),
        "codes, not names"
    );
    let called = json(&db, &["queue", "call", "--service", "M", "--json"]);
    assert_eq!(called["ticket"], "M-002");
    assert_eq!(called["room"], "1");
    let o = seuil(&db, &["queue", "join", &b, "--service", "M"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("M-002"));
    let o = seuil(
        &db,
        &["--lang", "en", "queue", "join", &a, "--service", "Q"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("no service “Q”"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    json(&db, &["queue", "call", "--service", "M", "--json"]);
    let o = seuil(&db, &["queue", "call", "--service", "M"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Personne n'attend"));
    let o = seuil(
        &db,
        &["queue", "join", &a, "--service", "M", "--priority", "soon"],
    );
    assert_eq!(o.status.code(), Some(2));
}

const WORKER_DB: &str = "SEUIL_TEST_WORKER_DB";
const ROUNDS: usize = 300;

/// One desk of the stress test: adds a person to the queue and calls the next, 300 times.
/// Runs only when started by `four_desks_at_once_never_double_call_or_repeat_a_ticket`.
#[test]
fn desk_worker() {
    let Some(db) = std::env::var_os(WORKER_DB) else {
        return;
    };
    let store = Store::open(Path::new(&db)).unwrap();
    // Four desks hammering one file on a busy test machine wait longer than a desk would.
    store
        .set_busy_timeout(std::time::Duration::from_secs(60))
        .unwrap();
    let mut rng = fastrand::Rng::new();
    let by = format!("worker-{}", std::process::id());
    for _ in 0..ROUNDS {
        let now = chrono::Local::now().naive_local();
        let who = Actor {
            by: &by,
            desk: Some(&by),
            at: now,
        };
        let p = store
            .add_person(&Fields::default(), &by, now, &mut rng)
            .unwrap();
        store
            .join(&p.code, "M", Priority::Normal, None, who)
            .unwrap();
        match store.call_next("M", None, who) {
            Ok(_) | Err(QueueError::NobodyWaiting(_)) => {}
            Err(e) => panic!("{e}"),
        }
    }
}

#[test]
fn four_desks_at_once_never_double_call_or_repeat_a_ticket() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("site.db");
    drop(Store::open(&db).unwrap());
    let me = std::env::current_exe().unwrap();
    let workers: Vec<_> = (0..4)
        .map(|_| {
            Command::new(&me)
                .args([
                    "--exact",
                    "queue::desk_worker",
                    "--nocapture",
                    "--test-threads",
                    "1",
                ])
                .env(WORKER_DB, &db)
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut w in workers {
        assert!(w.wait().unwrap().success(), "a desk failed");
    }
    let store = Store::open(&db).unwrap();
    let conn = store.conn();
    let (entries, distinct): (i64, i64) = conn
        .query_row(
            "SELECT count(*), count(DISTINCT ticket || day) FROM queue_entry",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(entries, 4 * ROUNDS as i64);
    assert_eq!(distinct, entries, "no ticket twice");
    let numbers: HashSet<i64> = conn
        .prepare("SELECT number FROM queue_entry")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        numbers.len(),
        4 * ROUNDS,
        "numbers 1..=1200 without a gap or a repeat"
    );
    let double: i64 = conn
        .query_row("SELECT count(*) FROM (SELECT entry_id FROM queue_event WHERE kind = 'call' GROUP BY entry_id HAVING count(*) > 1)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(double, 0, "no person called twice");
    let called: i64 = conn
        .query_row(
            "SELECT count(*) FROM queue_entry WHERE status = 'called'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        called,
        4 * ROUNDS as i64,
        "each desk called one person per round"
    );
    assert_eq!(store.integrity_problems().unwrap(), None);
}

#[test]
fn a_desk_killed_mid_burst_leaves_nothing_half_done() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("site.db");
    drop(Store::open(&db).unwrap());
    let me = std::env::current_exe().unwrap();
    let mut worker = Command::new(&me)
        .args([
            "--exact",
            "queue::desk_worker",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env(WORKER_DB, &db)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Let it work until some tickets exist, then kill it without warning (SIGKILL).
    let store = Store::open(&db).unwrap();
    let started = std::time::Instant::now();
    loop {
        let n: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM queue_entry", [], |r| r.get(0))
            .unwrap();
        if n >= 20 || started.elapsed() > std::time::Duration::from_secs(20) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    worker.kill().unwrap();
    worker.wait().unwrap();
    assert_eq!(store.integrity_problems().unwrap(), None);
    let conn = store.conn();
    let orphans: i64 = conn
        .query_row("SELECT count(*) FROM queue_entry e WHERE NOT EXISTS (SELECT 1 FROM queue_event v WHERE v.entry_id = e.id AND v.kind = 'join')", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orphans, 0, "every ticket has its arrival event");
    let double: i64 = conn
        .query_row("SELECT count(*) FROM (SELECT entry_id FROM queue_event WHERE kind = 'call' GROUP BY entry_id HAVING count(*) > 1)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(double, 0);
    let called_without_event: i64 = conn
        .query_row("SELECT count(*) FROM queue_entry e WHERE e.status = 'called' AND NOT EXISTS (SELECT 1 FROM queue_event v WHERE v.entry_id = e.id AND v.kind = 'call')", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        called_without_event, 0,
        "a call is written whole or not at all"
    );
    let (count, max): (i64, i64) = conn
        .query_row("SELECT count(*), max(number) FROM queue_entry", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(count, max, "ticket numbers 1..n, none lost, none repeated");
    // Another desk carries on with the next number.
    let mut rng = fastrand::Rng::new();
    let now = chrono::Local::now().naive_local();
    let p = store
        .add_person(&Fields::default(), "t", now, &mut rng)
        .unwrap();
    let e = store
        .join(
            &p.code,
            "M",
            Priority::Normal,
            None,
            Actor {
                by: "t",
                desk: None,
                at: now,
            },
        )
        .unwrap();
    assert_eq!(
        e.ticket,
        seuil::domain::queue::ticket("M", u32::try_from(max + 1).unwrap())
    );
}
