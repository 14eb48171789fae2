//! What one desk saves, the other desks and commands see at once. The desk opens more
//! connections to its own file (the search index reloaded aside, the daily backup); none of them
//! may take away the locks that tell other programs the file is in use. Were they lost, the next
//! program to close the file would take it for unused, fold the write-ahead log into it and
//! delete the log under the desk: what the desk saved after that would reach no one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use seuil::domain::person::Draft;
use seuil::store::Store;

use crate::support::have;

/// Whether another program, the `sqlite3` shell a technician would use, sees `code` in `db`.
/// It closes the file properly after: the last program to close folds the log into the file.
fn seen_elsewhere(db: &Path, code: &str) -> bool {
    let out = Command::new("sqlite3")
        .arg(db)
        .arg(format!("SELECT count(*) FROM person WHERE code = '{code}'"))
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim() == "1"
}

#[test]
fn a_registration_is_seen_by_other_programs_after_the_desk_reopens_its_file() {
    if !have("sqlite3", "sqlite3") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seuil.db");
    let now = NaiveDate::from_ymd_opt(2026, 12, 1)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let fields = |name: &str| {
        Draft {
            given_name: name.into(),
            ..Draft::default()
        }
        .check(now.date())
        .unwrap()
    };
    let mut rng = fastrand::Rng::with_seed(7);
    let desk = Store::open(&db).unwrap();
    let first = desk
        .register_walk_in(&fields("Amanuel"), Some("1"), "ana", now, &mut rng)
        .unwrap();
    assert!(seen_elsewhere(&db, &first.code));
    for _ in 0..3 {
        // As the desk does to load its search index aside, and for its daily backup.
        drop(desk.reopen().unwrap());
        // Another program opens the file and closes it again.
        assert!(seen_elsewhere(&db, &first.code));
        let next = desk
            .register_walk_in(&fields("Mariam"), Some("1"), "ana", now, &mut rng)
            .unwrap();
        assert!(
            seen_elsewhere(&db, &next.code),
            "{} was reported saved but another program does not see it",
            next.code
        );
    }
}
