//! A database joins an organisation as one of its sites: the rows it made move into the site's
//! range of ids with every reference to them, the codes persons carry stay, and from then on
//! its rows take ids no other site draws.

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::person::{Draft, Fields};
use seuil::store::Store;
use seuil::store::audit::AuditFilter;
use seuil::store::ids::SiteError;
use seuil::sync::tables::{Key, REPLICATED, SPAN};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 30)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
}

fn fields(name: &str) -> Fields {
    Draft {
        given_name: name.into(),
        ..Draft::default()
    }
    .check(now().date())
    .unwrap()
}

/// A year of a small centre (persons, visits, coverage, treatment, counter, outreach), then a
/// merge with its visits moved and a partner of the centre's own.
fn register() -> (Store, String) {
    let mut s = Store::open_in_memory().unwrap();
    seuil::cli::generate::populate(&mut s, 200, 120, 3, now(), &|_| {}).unwrap();
    let mut rng = fastrand::Rng::with_seed(4);
    let a = s.add_person(&fields("Awa"), "t", now(), &mut rng).unwrap();
    let b = s
        .add_person(&fields("Awa B"), "t", now(), &mut rng)
        .unwrap();
    s.record_visit(b.id, None, "t", now()).unwrap();
    s.merge(&a.code, &b.code, "t", now()).unwrap();
    (s, a.code)
}

fn ids(s: &Store, table: &str) -> Vec<i64> {
    let mut stmt = s
        .conn()
        .prepare(&format!("SELECT id FROM {table}"))
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn codes(s: &Store) -> Vec<String> {
    let mut stmt = s
        .conn()
        .prepare("SELECT code FROM person ORDER BY code")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn joining_moves_every_row_into_the_range_and_keeps_codes_references_and_rules() {
    let (mut s, awa) = register();
    let before = codes(&s);
    let counts: Vec<usize> = REPLICATED.iter().map(|t| ids_or_none(&s, t.name)).collect();
    for t in [
        "person",
        "visit",
        "dose_event",
        "counter_exchange",
        "outreach_contact",
        "coverage",
    ] {
        assert!(ids_or_none(&s, t) > 0, "{t}: a register with some of each");
    }
    let trail = |s: &Store, code: &str| {
        s.audit(&AuditFilter {
            person: Some(code.into()),
            ..AuditFilter::default()
        })
        .unwrap()
        .len()
    };
    let lines = trail(&s, &awa);
    assert!(lines > 0, "the merge is in Awa's trail");
    let joined = s.join_site("Gare du Midi", 3, "coord", now()).unwrap();
    assert_eq!(joined.base, 3 * SPAN);
    assert_eq!(s.joined().unwrap(), Some(joined.clone()));
    assert_eq!(codes(&s), before, "no code a person carries changes");
    for (t, n) in REPLICATED.iter().zip(counts) {
        assert_eq!(ids_or_none(&s, t.name), n, "{}: nothing lost", t.name);
        if t.key != Key::Id {
            continue;
        }
        let low: Vec<i64> = ids(&s, t.name)
            .into_iter()
            .filter(|id| *id < joined.base)
            .collect();
        if t.name == "partner" {
            assert_eq!(
                low.len(),
                19,
                "the CPAS every database has stay where they are"
            );
        } else {
            assert!(low.is_empty(), "{}: {low:?}", t.name);
        }
    }
    let bad: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(bad, 0, "every reference follows its row");
    let ok: String = s
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    assert_eq!(
        trail(&s, &awa),
        lines,
        "the trail still finds the person's lines"
    );
    // The merge still undoes, its moved visits found by their new ids.
    let merge: i64 = s
        .conn()
        .query_row("SELECT max(id) FROM person_merge", [], |r| r.get(0))
        .unwrap();
    let (kept, back) = s.unmerge(merge, "t", now()).unwrap();
    assert_eq!(s.visit_count(back.id).unwrap(), 1, "{kept:?}");
    // The records that are never edited are still never edited (the guard of the test build
    // that catches writes outside a write transaction opened, so the rule itself answers).
    seuil::store::capture::open_guard(s.conn(), true).unwrap();
    let edit = s.conn().execute("UPDATE dose_event SET mg = mg + 1", []);
    assert!(edit.is_err(), "doses stay append-only");
    let edit = s.conn().execute("UPDATE audit SET staff = 'x'", []);
    assert!(edit.is_err(), "the trail stays append-only");
}

fn ids_or_none(s: &Store, table: &str) -> usize {
    s.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap() as usize
}

#[test]
fn two_sites_never_draw_the_same_id() {
    let mut one = Store::open_in_memory().unwrap();
    let mut two = Store::open_in_memory().unwrap();
    one.join_site("Gare du Midi", 1, "c", now()).unwrap();
    two.join_site("Maraude", 2, "c", now()).unwrap();
    let mut rng = fastrand::Rng::with_seed(1);
    let mut all = std::collections::HashSet::new();
    for s in [&one, &two] {
        for i in 0..20 {
            let p = s
                .add_person(&fields(&format!("P{i}")), "t", now(), &mut rng)
                .unwrap();
            let v = s.record_visit(p.id, None, "t", now()).unwrap();
            assert!(all.insert(("person", p.id)), "{}", p.id);
            let letter = if std::ptr::eq(s, &one) { '2' } else { '3' };
            assert!(p.code.starts_with(letter), "site's letter: {}", p.code);
            assert!(all.insert(("visit", v)), "{v}");
        }
    }
    assert!(one.joined().unwrap().is_some_and(|j| j.base == SPAN));
    let first = ids(&one, "person")[0];
    assert_eq!(first, SPAN + 1, "a site's range starts after its base");
}

#[test]
fn a_database_joins_once_and_only_as_a_number_the_codes_can_carry() {
    let mut s = Store::open_in_memory().unwrap();
    assert!(matches!(
        s.join_site("x", 0, "c", now()),
        Err(SiteError::Number(0))
    ));
    assert!(matches!(
        s.join_site("x", 32, "c", now()),
        Err(SiteError::Number(32))
    ));
    s.join_site("Gare du Midi", 5, "c", now()).unwrap();
    assert!(matches!(
        s.join_site("Maraude", 6, "c", now()),
        Err(SiteError::Already { number: 5, .. })
    ));
    assert_eq!(s.joined().unwrap().map(|j| j.number), Some(5));
}

/// A database that exchanges with other sites (what `seuil sync init` records).
fn exchanging(s: &mut Store, number: i64) {
    s.join_site("Site", number, "t", now()).unwrap();
    s.conn()
        .execute(
            "INSERT INTO sync_state (id, org, folder, key_file, machine) VALUES (1, 'o', 'f', 'k', 'm')",
            [],
        )
        .unwrap();
}

fn outbox(s: &Store) -> Vec<Vec<seuil::sync::session::Change>> {
    let mut stmt = s
        .conn()
        .prepare("SELECT changeset FROM sync_outbox ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))
        .unwrap()
        .map(|cs| seuil::sync::session::changes(&cs.unwrap()).unwrap())
        .collect()
}

#[test]
fn each_write_transaction_leaves_its_changes_in_the_outbox_with_it() {
    use seuil::sync::session::Op;
    let mut s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(9);
    // Before the database exchanges, nothing is kept for others.
    s.add_person(&fields("Before"), "t", now(), &mut rng)
        .unwrap();
    exchanging(&mut s, 2);
    assert!(outbox(&s).is_empty());
    let p = s
        .add_person(&fields("Ahmed"), "t", now(), &mut rng)
        .unwrap();
    s.record_visit(p.id, None, "t", now()).unwrap();
    let tx = outbox(&s);
    assert_eq!(tx.len(), 2, "one entry per write transaction: {tx:?}");
    assert!(
        tx[0]
            .iter()
            .any(|c| c.table == "person" && c.op == Op::Insert)
    );
    assert!(tx[1].iter().any(|c| c.table == "visit"));
    assert!(
        tx.iter()
            .flatten()
            .all(|c| seuil::sync::tables::replicated(&c.table).is_some()),
        "local tables (search words, the trail) stay out"
    );
    // An edit: the field's clock says this site made it.
    let edited = fields("Ahmad");
    s.update_person(p.id, &edited, "t", now()).unwrap();
    let last = outbox(&s).pop().unwrap();
    let upd = last
        .iter()
        .find(|c| c.table == "person" && c.op == Op::Update)
        .unwrap();
    assert_eq!(
        upd.new[2],
        Some(rusqlite::types::Value::Text("Ahmad".into()))
    );
    let clocks: i64 = s
        .conn()
        .query_row(
            "SELECT count(*) FROM sync_clock WHERE tbl = 'person' AND site = 2",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(clocks >= 1);
    // A write refused writes nothing, here or in the outbox.
    let before = outbox(&s).len();
    assert!(s.record_visit(9_999_999, None, "t", now()).is_err());
    assert_eq!(outbox(&s).len(), before);
    // Nothing is left half-done: the guard of the test build is closed again.
    assert!(
        s.conn()
            .execute("UPDATE person SET phone = '1' WHERE id = ?1", [p.id])
            .is_err()
    );
}
