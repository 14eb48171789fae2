//! Date options of the command line read the forms the desk reads.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Output;

fn seuil(db: &Path, args: &[&str]) -> Output {
    crate::support::seuil_cmd(db).args(args).output().unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn born_in_the_desk_order_and_partial() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    for (typed, stored) in [
        ("12/05/1987", "1987-05-12"),
        ("12.05.1987", "1987-05-12"),
        ("1/5/1987", "1987-05-01"),
        ("1987-05-12", "1987-05-12"),
        ("05/1987", "1987-05"),
        ("1987", "1987"),
    ] {
        let p = json(&seuil(&db, &["person", "add", "--born", typed, "--json"]));
        assert_eq!(p["birth"], stored, "{typed}");
    }
    let o = seuil(&db, &["person", "add", "--born", "30/02/1987"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("cette date n'existe pas : 30/02/1987"),
        "{}",
        err(&o)
    );
    let o = seuil(
        &db,
        &["--lang", "en", "person", "add", "--born", "May 1987"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("the date (25/05/1987)"), "{}", err(&o));
    assert!(!err(&o).contains("YYYY"), "{}", err(&o));
}
