//! `seuil db backup / restore` as a coordinator uses them, desks working meanwhile.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use seuil::domain::person::Fields;
use seuil::store::Store;

fn seuil(db: &Path, args: &[&str]) -> Output {
    crate::support::seuil_cmd(db)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn persons(db: &Path) -> i64 {
    let c = rusqlite::Connection::open(db).unwrap();
    c.query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn backup_while_a_desk_keeps_writing_then_restore() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let backup = dir.path().join("backup.db");
    drop(Store::open(&db).unwrap());
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (db, stop) = (db.clone(), stop.clone());
        std::thread::spawn(move || {
            let s = Store::open(&db).unwrap();
            let mut rng = fastrand::Rng::with_seed(1);
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) || n < 50 {
                s.add_person(
                    &Fields::default(),
                    "desk",
                    chrono::Local::now().naive_local(),
                    &mut rng,
                )
                .unwrap();
                n += 1;
            }
            n
        })
    };
    std::thread::sleep(std::time::Duration::from_millis(100));
    let o = seuil(
        &db,
        &["--lang", "en", "db", "backup", backup.to_str().unwrap()],
    );
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().unwrap();
    assert!(o.status.success(), "{}", err(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("checked intact"));
    let saved = persons(&backup);
    assert!(saved > 0 && saved <= written as i64, "{saved} of {written}");
    assert!(seuil(&backup, &["db", "check"]).status.success());

    // Restore: what was added after the backup goes, the backup's content comes back.
    assert!(persons(&db) > saved || written as i64 == saved);
    let o = seuil(&db, &["db", "restore", backup.to_str().unwrap(), "--yes"]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(persons(&db), saved);
    assert!(seuil(&db, &["db", "check"]).status.success());
}

#[test]
fn a_backup_never_overwrites_and_a_read_only_place_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    drop(Store::open(&db).unwrap());
    let existing = dir.path().join("notes.txt");
    std::fs::write(&existing, "do not lose me").unwrap();
    let o = seuil(&db, &["db", "backup", existing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("n'écrase jamais"), "{}", err(&o));
    assert_eq!(
        std::fs::read_to_string(&existing).unwrap(),
        "do not lose me"
    );
    let o = seuil(
        &db,
        &["--lang", "nl", "db", "backup", "/proc/seuil-backup.db"],
    );
    assert_ne!(o.status.code(), Some(0));
    assert!(!err(&o).is_empty());
    assert!(!Path::new("/proc/seuil-backup.db").exists());
}

#[test]
fn restore_refuses_what_is_not_a_backup_and_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let s = Store::open(&db).unwrap();
    let mut rng = fastrand::Rng::with_seed(2);
    s.add_person(
        &Fields::default(),
        "t",
        chrono::Local::now().naive_local(),
        &mut rng,
    )
    .unwrap();
    drop(s);
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "pas une sauvegarde").unwrap();
    let o = seuil(&db, &["db", "restore", text.to_str().unwrap(), "--yes"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("n'est pas une sauvegarde seuil"),
        "{}",
        err(&o)
    );
    assert_eq!(std::fs::read(&text).unwrap(), b"pas une sauvegarde");
    assert_eq!(persons(&db), 1);

    let backup = dir.path().join("b.db");
    assert!(
        seuil(&db, &["db", "backup", backup.to_str().unwrap()])
            .status
            .success()
    );
    let o = seuil(
        &db,
        &["--lang", "ar", "db", "restore", backup.to_str().unwrap()],
    );
    assert_eq!(
        o.status.code(),
        Some(2),
        "no one to answer the question: refused"
    );
    assert!(err(&o).contains("--yes"));
}
