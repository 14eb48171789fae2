use super::*;

fn bytes(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap()
}

#[test]
fn fresh_database_is_created_with_its_folders_and_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/seuil.db");
    let store = Store::open(&path).unwrap();
    assert!(path.exists());
    assert_eq!(store.schema_version().unwrap(), latest_version());
    let mode: String = store
        .conn()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = store
        .conn()
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
    let sync: i64 = store
        .conn()
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sync, 2, "FULL");
    let app: i64 = store
        .conn()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app, APPLICATION_ID);
}

#[test]
fn migrating_twice_is_a_no_op() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seuil.db");
    {
        let store = Store::open(&path).unwrap();
        store.set_setting("site_name", "Gare du Midi").unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), latest_version());
    assert_eq!(
        store.setting("site_name").unwrap().as_deref(),
        Some("Gare du Midi")
    );
    let mut conn = Connection::open(&path).unwrap();
    migrate::migrate(&mut conn).unwrap();
    assert_eq!(migrate::current_version(&conn).unwrap(), latest_version());
}

#[test]
fn in_memory_database_migrates() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(store.schema_version().unwrap(), latest_version());
    assert_eq!(store.integrity_problems().unwrap(), None);
}

#[test]
fn empty_file_is_taken_as_a_new_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seuil.db");
    fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), latest_version());
}

#[test]
fn text_file_is_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    fs::write(&path, "Rendez-vous CPAS Schaerbeek mardi\n").unwrap();
    let before = bytes(&path);
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::NotADatabase { .. })
    ));
    assert_eq!(bytes(&path), before);
    assert!(!dir.path().join("notes.txt-wal").exists());
}

#[test]
fn random_bytes_are_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("random.db");
    let noise: Vec<u8> = (0..8192u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    fs::write(&path, &noise).unwrap();
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::NotADatabase { .. })
    ));
    assert_eq!(bytes(&path), noise);
}

#[test]
fn damaged_database_after_a_valid_header_is_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.db");
    let mut content = SQLITE_HEADER.to_vec();
    content.extend(std::iter::repeat_n(0xA5u8, 4080));
    fs::write(&path, &content).unwrap();
    assert!(Store::open(&path).is_err());
    assert_eq!(bytes(&path), content);
}

#[test]
fn another_programs_sqlite_database_is_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY);")
            .unwrap();
    }
    let before = bytes(&path);
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::NotADatabase { .. })
    ));
    assert_eq!(bytes(&path), before);
}

#[test]
fn newer_database_is_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seuil.db");
    drop(Store::open(&path).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", latest_version() + 5)
            .unwrap();
        conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0))
            .unwrap();
    }
    let before = bytes(&path);
    match Store::open(&path) {
        Err(StoreError::Newer {
            found, supported, ..
        }) => {
            assert_eq!(found, latest_version() + 5);
            assert_eq!(supported, latest_version());
        }
        other => panic!("expected Newer, got {:?}", other.err()),
    }
    assert_eq!(bytes(&path), before);
}

#[test]
fn a_folder_in_place_of_the_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(Store::open(dir.path()).is_err());
}

#[test]
fn errors_speak_the_persons_language() {
    use crate::i18n::{I18n, Lang, Localised};
    let err = StoreError::Newer {
        path: PathBuf::from("/srv/seuil.db"),
        found: 9,
        supported: 1,
    };
    let fr = I18n::new(Lang::Fr).render(&err.msg());
    assert!(
        fr.contains("/srv/seuil.db") && fr.contains("plus récente"),
        "{fr}"
    );
    let ar = I18n::new(Lang::Ar).render(&err.msg());
    assert!(ar.contains("أحدث"), "{ar}");
}

#[test]
fn desks_starting_together_on_a_new_database_all_open_it() {
    for round in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("new-{round}.db"));
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let (path, barrier) = (path.clone(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    Store::open(&path).map(|s| s.schema_version().unwrap())
                })
            })
            .collect();
        for h in handles {
            let version = h
                .join()
                .unwrap()
                .unwrap_or_else(|e| panic!("round {round}: {e}"));
            assert_eq!(version, latest_version());
        }
    }
}

#[test]
fn keys_written_by_older_name_rules_are_recomputed_on_open_with_progress() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seuil.db");
    let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    {
        let store = Store::open(&path).unwrap();
        let mut rng = fastrand::Rng::with_seed(1);
        for name in ["Xuseen Cali", "Mohamed Benali", "Van der Linden"] {
            let fields = crate::domain::person::Fields {
                given_name: Some(name.into()),
                ..Default::default()
            };
            store.add_person(&fields, "t", at, &mut rng).unwrap();
        }
        // As a database of the first rules looked: bare skeletons, no version setting.
        super::capture::open_guard(store.conn(), true).unwrap();
        store
            .conn()
            .execute_batch(
                "UPDATE person SET search_keys = 'x:x';
                 DELETE FROM person_word; DELETE FROM name_word;
                 DELETE FROM setting WHERE key = 'search_keys_version';",
            )
            .unwrap();
    }
    let mut seen = Vec::new();
    let store =
        Store::open_keyed_with(&path, None, &mut |done, total| seen.push((done, total))).unwrap();
    assert_eq!(seen.last(), Some(&(3, 3)), "{seen:?}");
    let query = crate::domain::search::Query::parse("Hussein Ali");
    let found = store.find(&query, 5, 20_400).unwrap();
    assert_eq!(found.hits.len(), 1, "{found:?}");
    assert!(!found.hits[0].near);
    let found = store
        .find(
            &crate::domain::search::Query::parse("vanderlinden"),
            5,
            20_400,
        )
        .unwrap();
    assert_eq!(found.hits.len(), 1);
    drop(store);
    let mut again = 0;
    Store::open_keyed_with(&path, None, &mut |_, _| again += 1).unwrap();
    assert_eq!(again, 0, "done once, not at every open");
}
