//! The person registry in the database: registration, edits with history, visits, merges.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::person::{Draft, Fields};
use seuil::domain::search::{Index, Query};
use seuil::store::{PersonError, Store};

fn at(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(hour, 0, 0)
        .unwrap()
}

fn fields(name: &str, born: &str) -> Fields {
    Draft {
        given_name: name.into(),
        birth: born.into(),
        ..Draft::default()
    }
    .check(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
    .unwrap()
}

fn dump(store: &Store) -> Vec<String> {
    let mut out = Vec::new();
    for table in ["person", "visit", "not_same", "person_change", "coverage"] {
        let mut stmt = store
            .conn()
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1"))
            .unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut line = format!("{table}:");
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    line.push_str(&format!(" {v:?}"));
                }
                Ok(line)
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out
}

#[test]
fn anonymous_walk_in_gets_only_a_code() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(1);
    let p = s
        .add_person(&Fields::default(), "desk:1", at(23, 9), &mut rng)
        .unwrap();
    assert_eq!(p.code.len(), 6);
    assert_eq!(p.display_name(), None);
    let again = s
        .person_by_code(&p.code.to_lowercase().replace('-', ""))
        .unwrap()
        .unwrap();
    assert_eq!(again.id, p.id);
}

#[test]
fn codes_are_unique_even_when_the_draws_collide() {
    let s = Store::open_in_memory().unwrap();
    let mut codes = std::collections::HashSet::new();
    for _ in 0..3 {
        // The same seed every time: the second and third must retry past the taken code.
        let mut rng = fastrand::Rng::with_seed(99);
        codes.insert(
            s.add_person(&Fields::default(), "t", at(23, 9), &mut rng)
                .unwrap()
                .code,
        );
    }
    assert_eq!(codes.len(), 3);
}

#[test]
fn edits_are_kept_with_who_and_when() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(2);
    let p = s
        .add_person(&fields("Tesfay", "1990"), "desk:1", at(23, 9), &mut rng)
        .unwrap();
    let mut changed = fields("Tesfaye", "1990-05");
    changed.alias = Some("Tes".into());
    assert_eq!(
        s.update_person(p.id, &changed, "desk:2", at(23, 10))
            .unwrap(),
        3
    );
    let history: Vec<(String, Option<String>, Option<String>, String)> = s
        .conn()
        .prepare("SELECT field, old_value, new_value, by FROM person_change ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        history[0],
        (
            "given_name".into(),
            Some("Tesfay".into()),
            Some("Tesfaye".into()),
            "desk:2".into()
        )
    );
    assert_eq!(history.len(), 3);
    let index = Index::build(s.index_rows().unwrap());
    assert_eq!(
        index.search(&Query::parse("tes"), 5, 0).hits[0].id,
        p.id,
        "the alias is searchable"
    );
}

#[test]
fn merge_then_undo_leaves_the_database_exactly_as_before() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(3);
    let a = s
        .add_person(&fields("Mohamed Benali", "1987"), "t", at(1, 9), &mut rng)
        .unwrap();
    let b = s
        .add_person(&fields("Mohammed Ben Ali", ""), "t", at(2, 9), &mut rng)
        .unwrap();
    let c = s
        .add_person(&fields("Sara", ""), "t", at(2, 9), &mut rng)
        .unwrap();
    s.record_visit(a.id, Some("1"), "t", at(3, 9)).unwrap();
    s.record_visit(b.id, Some("1"), "t", at(10, 9)).unwrap();
    s.record_visit(b.id, Some("2"), "t", at(12, 9)).unwrap();
    s.record_visit(c.id, None, "t", at(12, 9)).unwrap();
    // b has an AMU request and a mutuelle; a already has a mutuelle: only AMU moves over.
    use seuil::domain::coverage::{Coverage, RENEW_DAYS, Route, State};
    use seuil::store::coverage::CoverageInput;
    let route = |r: Route| CoverageInput {
        coverage: Coverage {
            route: Some(r),
            state: Some(State::Requested),
            ..Coverage::default()
        },
        ..CoverageInput::default()
    };
    s.save_coverage(b.id, &route(Route::Amu), RENEW_DAYS, "t", at(12, 10))
        .unwrap();
    s.save_coverage(b.id, &route(Route::Mutuelle), RENEW_DAYS, "t", at(12, 10))
        .unwrap();
    s.save_coverage(a.id, &route(Route::Mutuelle), RENEW_DAYS, "t", at(12, 10))
        .unwrap();
    let before = dump(&s);

    let merge = s.merge(&a.code, &b.code, "t", at(20, 9)).unwrap();
    assert_eq!(s.visit_count(a.id).unwrap(), 3);
    assert_eq!(s.visit_count(b.id).unwrap(), 0);
    let kept = s.person(a.id).unwrap().unwrap();
    assert_eq!(kept.last_seen.as_deref(), Some("2026-11-12"));
    let routes: Vec<_> = s
        .coverage_of(a.id)
        .unwrap()
        .into_iter()
        .map(|r| r.coverage.route.unwrap())
        .collect();
    assert_eq!(
        routes,
        vec![Route::Mutuelle, Route::Amu],
        "the AMU request moved over"
    );
    assert_eq!(
        s.coverage_of(b.id).unwrap().len(),
        1,
        "the second mutuelle stays with the merged record"
    );
    let index = Index::build(s.index_rows().unwrap());
    assert_eq!(index.len(), 2, "the merged record is hidden");

    s.unmerge(merge, "t", at(21, 9)).unwrap();
    assert_eq!(dump(&s), before);
    assert!(matches!(
        s.unmerge(merge, "t", at(21, 9)),
        Err(PersonError::AlreadyUndone(_))
    ));
}

#[test]
fn merges_that_make_no_sense_are_refused() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(4);
    let a = s
        .add_person(&fields("Ali", ""), "t", at(1, 9), &mut rng)
        .unwrap();
    let b = s
        .add_person(&fields("Aly", ""), "t", at(1, 9), &mut rng)
        .unwrap();
    let c = s
        .add_person(&fields("Alí", ""), "t", at(1, 9), &mut rng)
        .unwrap();
    assert!(matches!(
        s.merge(&a.code, &a.code, "t", at(2, 9)),
        Err(PersonError::SameRecord)
    ));
    assert!(matches!(
        s.merge(&a.code, "ZZZ-ZZ", "t", at(2, 9)),
        Err(PersonError::UnknownCode(_))
    ));
    s.mark_not_same(&a.code, &c.code, "t", at(2, 9)).unwrap();
    assert!(matches!(
        s.merge(&a.code, &c.code, "t", at(2, 9)),
        Err(PersonError::MarkedNotSame(..))
    ));
    let m = s.merge(&a.code, &b.code, "t", at(2, 9)).unwrap();
    assert!(matches!(
        s.merge(&c.code, &b.code, "t", at(2, 9)),
        Err(PersonError::AlreadyMerged(_))
    ));
    // a merged into c later: the first merge can only be undone after that one.
    s.mark_not_same(&a.code, &c.code, "t", at(2, 9)).unwrap();
    let d = s
        .add_person(&fields("Ali B", ""), "t", at(1, 9), &mut rng)
        .unwrap();
    let later = s.merge(&d.code, &a.code, "t", at(3, 9)).unwrap();
    assert!(matches!(
        s.unmerge(m, "t", at(4, 9)),
        Err(PersonError::LaterMerge(..))
    ));
    s.unmerge(later, "t", at(4, 9)).unwrap();
    s.unmerge(m, "t", at(4, 9)).unwrap();
    assert!(matches!(
        s.unmerge(999, "t", at(4, 9)),
        Err(PersonError::UnknownMerge(999))
    ));
}

#[test]
fn not_same_pairs_are_never_proposed_again() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(5);
    let a = s
        .add_person(&fields("Tesfay Haile", "1990"), "t", at(1, 9), &mut rng)
        .unwrap();
    let b = s
        .add_person(&fields("Tesfaye Hayle", "1990"), "t", at(1, 9), &mut rng)
        .unwrap();
    let index = Index::build(s.index_rows().unwrap());
    let proposed = s.likely_duplicates(&index, &a, 5, 0).unwrap();
    assert_eq!(
        proposed.iter().map(|p| p.id).collect::<Vec<_>>(),
        vec![b.id]
    );
    s.mark_not_same(&b.code, &a.code, "t", at(2, 9)).unwrap();
    assert!(s.likely_duplicates(&index, &a, 5, 0).unwrap().is_empty());
    assert!(s.likely_duplicates(&index, &b, 5, 0).unwrap().is_empty());
}

#[test]
fn names_of_a_merged_record_still_find_the_kept_one() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(6);
    let a = s
        .add_person(&fields("Abdelkader", ""), "t", at(1, 9), &mut rng)
        .unwrap();
    let street = Fields {
        alias: Some("Le Grand".into()),
        ..Fields::default()
    };
    let b = s.add_person(&street, "t", at(1, 9), &mut rng).unwrap();
    s.merge(&a.code, &b.code, "t", at(2, 9)).unwrap();
    let index = Index::build(s.index_rows().unwrap());
    let hits = index.search(&Query::parse("grand"), 5, 0);
    let strict: Vec<i64> = hits.hits.iter().filter(|h| !h.near).map(|h| h.id).collect();
    assert_eq!(strict, vec![a.id]);
}

#[test]
fn database_search_agrees_with_the_desk_index_through_edits_and_merges() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(8);
    let mut codes = Vec::new();
    for (name, born) in [
        ("Mohamed Benali", "1987"),
        ("Muhammad Ben Ali", "1990"),
        ("محمد الأمين", "1995"),
        ("Tesfay Gebremedhin Haile", ""),
        ("ተስፋይ ገብረ", "2001"),
        ("Łukasz Kowalski", "1979"),
        ("Ahmed Tazi", "1987"),
    ] {
        let p = s
            .add_person(&fields(name, born), "t", at(1, 9), &mut rng)
            .unwrap();
        s.record_visit(p.id, None, "t", at(2 + codes.len() as u32, 9))
            .unwrap();
        codes.push(p.code);
    }
    let check = |label: &str| {
        let index = Index::build(s.index_rows().unwrap());
        for q in [
            "moh",
            "ben ali",
            "محمد",
            "ተስፋይ",
            "kowalsky",
            "moh 1987",
            "1987",
            "tesfai haile",
            "zzz",
            &codes[1],
        ] {
            let query = Query::parse(q);
            assert_eq!(
                s.find(&query, 10, 20_000).unwrap(),
                index.search(&query, 10, 20_000),
                "{label}: {q}"
            );
        }
    };
    check("registered");
    let mut changed = fields("Ahmed Tazi Benali", "1987");
    changed.alias = Some("Le Grand".into());
    s.update_person(
        s.person_by_code(&codes[6]).unwrap().unwrap().id,
        &changed,
        "t",
        at(3, 9),
    )
    .unwrap();
    check("edited");
    let m = s.merge(&codes[0], &codes[1], "t", at(4, 9)).unwrap();
    check("merged");
    s.unmerge(m, "t", at(5, 9)).unwrap();
    check("unmerged");
}

#[test]
fn a_visit_is_taken_back_only_by_whoever_recorded_it_the_same_day_without_a_ticket() {
    let store = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(3);
    let p = store
        .add_person(&fields("Semhar", ""), "ana", at(20, 9), &mut rng)
        .unwrap();
    let earlier = store
        .record_visit(p.id, Some("1"), "ana", at(20, 9))
        .unwrap();
    let mistake = store
        .record_visit(p.id, Some("1"), "ana", at(23, 9))
        .unwrap();
    assert!(
        store.remove_visit(mistake, "bob", at(23, 10)).is_err(),
        "not bob's"
    );
    assert!(
        store.remove_visit(mistake, "ana", at(24, 9)).is_err(),
        "the next day"
    );
    assert!(
        store.remove_visit(earlier, "ana", at(23, 10)).is_err(),
        "an earlier day"
    );
    let kept = store.remove_visit(mistake, "ana", at(23, 10)).unwrap();
    assert_eq!(store.visit_count(p.id).unwrap(), 1);
    assert_eq!(
        kept.last_seen.as_deref(),
        Some("2026-11-20"),
        "last seen goes back"
    );
    // Once the person holds a ticket that day, the queue takes it back, not this.
    let service = store.services().unwrap()[0].code.clone();
    let who = seuil::store::queues::Actor {
        by: "ana",
        desk: Some("1"),
        at: at(23, 11),
    };
    store
        .join_person(
            p.id,
            &service,
            seuil::domain::queue::Priority::Normal,
            None,
            who,
        )
        .unwrap();
    let visit: i64 = store
        .conn()
        .query_row("SELECT max(id) FROM visit", [], |r| r.get(0))
        .unwrap();
    assert!(matches!(
        store.remove_visit(visit, "ana", at(23, 12)),
        Err(PersonError::VisitHasTicket(..))
    ));
}
