//! The automatic daily backup: one a day, checked, the oldest dropped beyond the number kept.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use seuil::store::Store;

#[test]
fn one_backup_a_day_and_only_the_newest_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("site.db")).unwrap();
    let folder = dir.path().join("usb/backups");
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let first = store.daily_backup(&folder, day(20), 2).unwrap().unwrap();
    assert!(first.ends_with("seuil-2026-11-20.db"));
    seuil::store::backup::check_backup(&first, None).unwrap();
    assert_eq!(
        store.daily_backup(&folder, day(20), 2).unwrap(),
        None,
        "once a day"
    );
    store.daily_backup(&folder, day(21), 2).unwrap().unwrap();
    store.daily_backup(&folder, day(22), 2).unwrap().unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert_eq!(names, ["seuil-2026-11-21.db", "seuil-2026-11-22.db"]);
}

#[test]
fn a_backup_folder_that_cannot_be_written_is_reported_and_nothing_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("site.db")).unwrap();
    // A file where the folder should be.
    let blocked = dir.path().join("not-a-folder");
    std::fs::write(&blocked, "x").unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    assert!(
        store
            .daily_backup(&blocked.join("backups"), day, 3)
            .is_err()
    );
    assert_eq!(std::fs::read(&blocked).unwrap(), b"x");
}
