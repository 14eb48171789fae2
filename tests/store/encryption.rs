//! Encryption at rest: a plain database encrypted, keys changed, wrong keys refused without
//! touching the file, backups that stay encrypted, and no name readable in the file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use seuil::store::encrypt::convert;
use seuil::store::{Key, Store, StoreError};

const NAME: &str = "Zerihun Tesfamariam";

fn plain_with_a_person(path: &Path) {
    let store = Store::open(path).unwrap();
    let fields = seuil::domain::person::Draft {
        given_name: NAME.into(),
        ..Default::default()
    }
    .check(chrono::Local::now().date_naive())
    .unwrap();
    store
        .add_person(
            &fields,
            "test",
            chrono::Local::now().naive_local(),
            &mut fastrand::Rng::with_seed(1),
        )
        .unwrap();
}

fn holds_in_clear(path: &Path, text: &str) -> bool {
    let bytes = std::fs::read(path).unwrap();
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

fn key(text: &str) -> Key {
    Key::passphrase(text).unwrap()
}

#[test]
fn a_plain_database_is_encrypted_and_opens_only_with_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    plain_with_a_person(&path);
    assert!(holds_in_clear(&path, NAME));
    convert(&path, None, &key("correct horse battery")).unwrap();
    assert!(!holds_in_clear(&path, NAME), "no name in clear");
    assert!(!holds_in_clear(&path, "SQLite format 3"));
    let header = std::fs::read(&path).unwrap()[..16].to_vec();
    assert_ne!(header, vec![0u8; 16], "a random salt heads the file");

    // Without a key: not readable. With a wrong key: refused, and the file is untouched.
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::NotADatabase { .. })
    ));
    let before = std::fs::read(&path).unwrap();
    assert!(matches!(
        Store::open_keyed(&path, Some(&key("wrong wrong wrong"))),
        Err(StoreError::WrongKey { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);

    let store = Store::open_keyed(&path, Some(&key("correct horse battery"))).unwrap();
    assert_eq!(
        store.persons(&[1]).unwrap()[0].given_name.as_deref(),
        Some(NAME)
    );
    assert_eq!(store.integrity_problems().unwrap(), None);
}

#[test]
fn a_key_is_changed_and_the_old_one_stops_working() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    plain_with_a_person(&path);
    convert(&path, None, &key("first passphrase")).unwrap();
    convert(
        &path,
        Some(&key("first passphrase")),
        &key("second passphrase"),
    )
    .unwrap();
    assert!(matches!(
        Store::open_keyed(&path, Some(&key("first passphrase"))),
        Err(StoreError::WrongKey { .. })
    ));
    let store = Store::open_keyed(&path, Some(&key("second passphrase"))).unwrap();
    assert_eq!(store.persons(&[1]).unwrap().len(), 1);
}

#[test]
fn encrypting_waits_for_the_other_desks_to_close() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    plain_with_a_person(&path);
    let other_desk = Store::open(&path).unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(matches!(
        convert(&path, None, &key("correct horse battery")),
        Err(StoreError::InUse)
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!path.with_extension("db.encrypting").exists());
    drop(other_desk);
    convert(&path, None, &key("correct horse battery")).unwrap();
}

#[test]
fn backups_of_an_encrypted_database_stay_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    plain_with_a_person(&path);
    let k = key("correct horse battery");
    convert(&path, None, &k).unwrap();
    let store = Store::open_keyed(&path, Some(&k)).unwrap();
    let backup = dir.path().join("backup.db");
    store.backup_to(&backup, &mut |_| {}).unwrap();
    assert!(!holds_in_clear(&backup, NAME));
    seuil::store::backup::check_backup(&backup, Some(&k)).unwrap();
    assert!(seuil::store::backup::check_backup(&backup, None).is_err());
    let copy = Store::open_keyed(&backup, Some(&k)).unwrap();
    assert_eq!(
        copy.persons(&[1]).unwrap()[0].given_name.as_deref(),
        Some(NAME)
    );
}

#[test]
fn a_passphrase_is_long_enough() {
    assert!(matches!(
        Key::passphrase("short"),
        Err(StoreError::KeyTooShort { .. })
    ));
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("usb/key.txt");
    assert!(matches!(
        Key::from_file(&missing),
        Err(StoreError::KeyFile { .. })
    ));
}

/// A register encrypted by seuil 0.1.0 (SQLCipher 4.19.0 over the vendored OpenSSL, by
/// `seuil db encrypt --new-key-file`, then left untouched): whatever builds the cipher later
/// (another OpenSSL, the system's, another target), a centre's encrypted data must still open.
#[test]
fn a_register_encrypted_by_seuil_0_1_0_still_opens_with_its_key() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/store/fixtures");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    std::fs::copy(fixtures.join("encrypted-0.1.0.db"), &db).unwrap();
    assert!(!holds_in_clear(&db, NAME));
    assert!(matches!(
        Store::open_keyed(&db, Some(&key("not the key of this centre"))),
        Err(StoreError::WrongKey { .. })
    ));
    let file_key = Key::from_file(&fixtures.join("encrypted-0.1.0.key")).unwrap();
    let store = Store::open_keyed(&db, Some(&file_key)).unwrap();
    assert_eq!(store.integrity_problems().unwrap(), None);
    let person = store.person_by_code("47F-VG").unwrap().unwrap();
    assert_eq!(person.given_name.as_deref(), Some(NAME));
}
