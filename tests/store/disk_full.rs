//! A full disk: the database limited in size (as a full disk answers SQLite), and a backup
//! written where a file may not grow. Clear message, nothing half-written, no damage.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

use seuil::domain::person::Draft;
use seuil::i18n::{I18n, Lang, Localised};
use seuil::store::{Store, StoreError};

fn intake(store: &Store, i: usize, rng: &mut fastrand::Rng) -> Result<(), StoreError> {
    let now = chrono::Local::now().naive_local();
    let fields = Draft {
        given_name: format!("Person number {i} with a rather long name to fill pages"),
        alias: "x".repeat(120),
        ..Draft::default()
    }
    .check(now.date())
    .unwrap();
    let p = store.add_person(&fields, "desk", now, rng)?;
    store.record_visit(p.id, Some("1"), "desk", now)?;
    Ok(())
}

#[test]
fn a_full_disk_refuses_the_write_says_so_and_damages_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("site.db");
    let store = Store::open(&path).unwrap();
    let mut rng = fastrand::Rng::with_seed(5);
    for i in 0..20 {
        intake(&store, i, &mut rng).unwrap();
    }
    let pages: i64 = store
        .conn()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    // The file may grow by a few pages more, no further: what a full disk looks like to SQLite.
    store
        .conn()
        .query_row(
            &format!("PRAGMA max_page_count = {}", pages + 4),
            [],
            |_| Ok(()),
        )
        .unwrap();
    let mut refused = None;
    for i in 20..2000 {
        if let Err(e) = intake(&store, i, &mut rng) {
            refused = Some(e);
            break;
        }
    }
    let e = refused.expect("the disk fills up");
    assert!(matches!(e, StoreError::DiskFull(_)), "{e:?}");
    let said = I18n::new(Lang::Fr).render(&e.msg());
    assert!(said.contains("disque est plein"), "{said}");
    // Nothing half-written: every person has their search words; the file is intact.
    assert_eq!(store.integrity_problems().unwrap(), None);
    let orphans: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM person p WHERE NOT EXISTS
               (SELECT 1 FROM person_word w WHERE w.person_id = p.id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
    let before: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .unwrap();
    // Room again: the desk carries on.
    store
        .conn()
        .query_row("PRAGMA max_page_count = 1073741823", [], |_| Ok(()))
        .unwrap();
    intake(&store, 9999, &mut rng).unwrap();
    let after: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .unwrap();
    assert_eq!(after, before + 1);
}

#[test]
fn a_backup_that_cannot_grow_is_explained_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let store = Store::open(&db).unwrap();
    let mut rng = fastrand::Rng::with_seed(6);
    for i in 0..300 {
        intake(&store, i, &mut rng).unwrap();
    }
    drop(store);
    let target = dir.path().join("usb.db");
    // Files may not grow past 64 KiB (the shell's ulimit), as on a full stick; the signal that
    // would kill the process is ignored, so the write fails as it does on a full disk.
    let o = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f 64; exec {} --lang en db backup {}",
            env!("CARGO_BIN_EXE_seuil"),
            target.display()
        ))
        .env("SEUIL_DB", &db)
        .env("HOME", dir.path())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&o.stderr);
    assert_ne!(o.status.code(), Some(0), "{said}");
    assert!(said.contains("Could not write the backup"), "{said}");
    assert!(!target.exists(), "no half backup left looking like one");
    let store = Store::open(&db).unwrap();
    assert_eq!(store.integrity_problems().unwrap(), None);
}
