//! `seuil counter …` from a shell: the contract's exit codes (1 refused by a rule, 2 bad
//! input), `--json` everywhere, nothing written when refused.

use std::path::{Path, PathBuf};
use std::process::Output;

use chrono::{Duration, Local};
use seuil::domain::person::Draft;
use seuil::store::Store;

use crate::support::seuil_cmd;

fn run(db: &Path, args: &[&str]) -> Output {
    seuil_cmd(db)
        .env("SEUIL_LANG", "fr")
        .args(args)
        .output()
        .unwrap()
}

fn ok(o: Output) -> String {
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn refused(o: Output) -> (i32, String) {
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    (
        o.status.code().unwrap(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn register() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    drop(Store::open(&db).unwrap());
    (dir, db)
}

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap()
}

fn exchanges(db: &Path) -> i64 {
    Store::open(db)
        .unwrap()
        .conn()
        .query_row("SELECT count(*) FROM counter_exchange", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn items_are_listed_with_their_keys_and_names_in_the_asked_language() {
    let (_dir, db) = register();
    let v = json(&ok(run(&db, &["counter", "items", "--json"])));
    let first = &v[0];
    assert_eq!(first["code"], "syringe-1ml");
    assert_eq!(first["key"], "a");
    assert_eq!(first["name"], "Seringue 1 ml");
    let ar = ok(seuil_cmd(&db)
        .args(["--lang", "ar", "counter", "items"])
        .output()
        .unwrap());
    assert!(ar.contains("حقنة 1 مل"), "{ar}");
}

#[test]
fn an_exchange_is_given_totalled_and_taken_back() {
    let (_dir, db) = register();
    let v = json(&ok(run(
        &db,
        &[
            "counter",
            "give",
            "syringe-1ml=10",
            "needle=10",
            "cup=5",
            "--returned",
            "10",
            "--for-others",
            "2",
            "--json",
        ],
    )));
    assert_eq!(v["items"][0]["item"], "syringe-1ml");
    assert_eq!(v["returned"], 10);
    let t = json(&ok(run(&db, &["counter", "today", "--json"])));
    assert_eq!(t["exchanges"], 1);
    assert_eq!(t["exchange_given"], 20);
    assert_eq!(t["balance"], -10);
    assert_eq!(t["for_others"], 2);
    let text = ok(run(&db, &["counter", "today"]));
    assert!(text.contains("bilan d'échange -10"), "{text}");
    let back = json(&ok(run(&db, &["counter", "undo", "--json"])));
    assert_eq!(back["reversed"], true);
    let t = json(&ok(run(&db, &["counter", "today", "--json"])));
    assert_eq!(t["exchanges"], 0);
    let (code, said) = refused(run(&db, &["counter", "undo"]));
    assert_eq!(code, 1);
    assert!(said.contains("Aucun échange"), "{said}");
}

#[test]
fn bad_counts_are_bad_input_and_a_huge_one_asks_to_confirm() {
    let (_dir, db) = register();
    for bad in ["water=0", "water=-3", "water", "soap=2"] {
        let (code, said) = refused(run(&db, &["counter", "give", bad]));
        assert_eq!(code, 2, "{bad}: {said}");
    }
    let (code, said) = refused(run(&db, &["counter", "give", "--returned", "-1"]));
    assert_eq!(code, 2, "{said}");
    let (code, said) = refused(run(&db, &["counter", "give", "syringe-1ml=10000"]));
    assert_eq!(code, 1);
    assert!(said.contains("--yes"), "{said}");
    assert_eq!(exchanges(&db), 0);
    ok(run(&db, &["counter", "give", "syringe-1ml=10000", "--yes"]));
    assert_eq!(exchanges(&db), 1);
}

#[test]
fn naloxone_is_refused_until_a_batch_is_received_then_given_with_its_lot() {
    let (_dir, db) = register();
    let (code, said) = refused(run(&db, &["counter", "give", "naloxone=1"]));
    assert_eq!(code, 1);
    assert!(said.contains("naloxone-receive"), "{said}");
    let expires = (Local::now().date_naive() + Duration::days(300)).to_string();
    let b = json(&ok(run(
        &db,
        &[
            "counter",
            "naloxone-receive",
            "--lot",
            "NX-7",
            "--expires",
            &expires,
            "--kits",
            "20",
            "--json",
        ],
    )));
    assert_eq!(b["left"], 20);
    let v = json(&ok(run(&db, &["counter", "give", "naloxone=2", "--json"])));
    assert_eq!(v["kits"][0]["lot"], "NX-7");
    assert_eq!(v["kits"].as_array().unwrap().len(), 2);
    let kit = v["kits"][0]["id"].as_i64().unwrap().to_string();
    let text = ok(run(
        &db,
        &[
            "counter",
            "reversal",
            "--kit",
            &kit,
            "--emergency",
            "yes",
            "--outcome",
            "hospital",
        ],
    ));
    assert!(text.contains("hôpital"), "{text}");
    let (code, _) = refused(run(
        &db,
        &["counter", "reversal", "--kit", "999", "--outcome", "died"],
    ));
    assert_eq!(code, 1);
    let (code, _) = refused(run(&db, &["counter", "reversal", "--outcome", "maybe"]));
    assert_eq!(code, 2);
}

#[test]
fn the_coordinator_adds_and_removes_an_item_and_a_person_is_found_by_code() {
    let (_dir, db) = register();
    ok(run(
        &db,
        &[
            "counter",
            "item-add",
            "gloves",
            "--kind",
            "care",
            "--key",
            "u",
            "--name-fr",
            "Gants",
        ],
    ));
    let (code, said) = refused(run(
        &db,
        &[
            "counter",
            "item-add",
            "masks",
            "--kind",
            "care",
            "--key",
            "a",
            "--name-fr",
            "M",
        ],
    ));
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("Seringue 1 ml") || said.contains("syringe-1ml"),
        "{said}"
    );
    let store = Store::open(&db).unwrap();
    let fields = Draft {
        given_name: "Mohamed".into(),
        ..Draft::default()
    }
    .check(Local::now().date_naive())
    .unwrap();
    let p = store
        .add_person(
            &fields,
            "test",
            Local::now().naive_local(),
            &mut fastrand::Rng::with_seed(3),
        )
        .unwrap();
    drop(store);
    let v = json(&ok(run(
        &db,
        &["counter", "give", "gloves=2", "--person", &p.code, "--json"],
    )));
    assert_eq!(v["person"], p.code.as_str());
    // Theirs to see: the export lists what the counter gave them.
    let export = ok(run(&db, &["person", "export", &p.code]));
    assert!(export.contains("Matériel donné au comptoir"), "{export}");
    assert!(export.contains("2 × Gants"), "{export}");
    let (code, _) = refused(run(
        &db,
        &["counter", "give", "gloves=2", "--person", "ZZZ-ZZZ"],
    ));
    assert_eq!(code, 2);
    ok(run(&db, &["counter", "item-remove", "gloves"]));
    let (code, said) = refused(run(&db, &["counter", "give", "gloves=1"]));
    assert_eq!(code, 1);
    assert!(said.contains("plus donné"), "{said}");
}
