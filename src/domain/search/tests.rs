use super::*;

fn person(id: i64, name: &str, year: Option<u16>, seen: Option<i32>) -> Indexed {
    Indexed {
        id,
        code: format!("AB{}-{}", id % 10 + 2, "XY"),
        birth_year: year,
        last_seen_day: seen,
        keys: names::record_keys(name),
    }
}

fn registry() -> Index {
    Index::build([
        person(1, "Mohamed Benali", Some(1987), Some(100)),
        person(2, "Muhammad Ben Ali", Some(1990), Some(10)),
        person(3, "Ahmed Tazi", Some(1987), None),
        person(4, "Tesfay Gebremedhin Haile", None, Some(99)),
        person(5, "Łukasz Kowalski", Some(1979), None),
        person(6, "محمد الأمين", Some(1995), None),
        person(7, "ተስፋይ ገብረ", Some(2001), None),
    ])
}

fn ids(index: &Index, q: &str) -> Vec<i64> {
    index
        .search(&Query::parse(q), 10, 100)
        .into_iter()
        .map(|h| h.id)
        .collect()
}

#[test]
fn a_few_letters_find_the_person() {
    let r = registry();
    let found = ids(&r, "moh");
    assert!(found.contains(&1), "{found:?}");
    assert!(!found.contains(&3));
}

#[test]
fn spelling_variants_and_order_of_parts() {
    let r = registry();
    let found = ids(&r, "benali mohammed");
    assert_eq!(found[0], 1, "{found:?}");
    assert!(ids(&r, "Haile Tesfaye").contains(&4));
    assert!(ids(&r, "Gebre Tesfai").contains(&4));
}

#[test]
fn script_typed_finds_latin_and_the_other_way_round() {
    let r = registry();
    let arabic = ids(&r, "محمد");
    assert!(
        arabic.contains(&1) && arabic.contains(&2) && arabic.contains(&6),
        "{arabic:?}"
    );
    assert!(ids(&r, "Mohamed Amin").contains(&6));
    let ethiopic = ids(&r, "ተስፋይ");
    assert!(
        ethiopic.contains(&4) && ethiopic.contains(&7),
        "{ethiopic:?}"
    );
    assert!(ids(&r, "Tesfay").contains(&7));
}

#[test]
fn typos_still_match() {
    let r = registry();
    assert!(ids(&r, "Kowalsky").contains(&5));
    assert!(ids(&r, "Lukasz").contains(&5));
    assert!(ids(&r, "Tesfya").contains(&4), "transposition");
    assert!(ids(&r, "Kowlaski").contains(&5));
}

#[test]
fn birth_year_narrows() {
    let r = registry();
    let found = ids(&r, "moh 1987");
    assert_eq!(found, vec![1]);
    assert_eq!(ids(&r, "1987").len(), 2);
}

#[test]
fn recent_visitors_rank_first_among_equals() {
    let r = registry();
    let found = r.search(&Query::parse("benali"), 10, 100);
    assert_eq!(found[0].id, 1);
    let mut twins = Index::build([
        person(20, "Amina Haddad", None, Some(10)),
        person(21, "Amina Haddad", None, Some(50)),
    ]);
    assert_eq!(twins.search(&Query::parse("amina"), 10, 100)[0].id, 21);
    twins.touch(20, 100);
    let a = twins.search(&Query::parse("amina"), 10, 100);
    assert_eq!(a[0].id, 20, "seen today: {a:?}");
}

#[test]
fn the_code_finds_the_person_directly() {
    let mut r = Index::default();
    let mut p = person(42, "Sara", None, None);
    p.code = "K7F-3Q".into();
    r.insert(p);
    assert_eq!(ids(&r, "k7f3q"), vec![42]);
}

#[test]
fn empty_or_meaningless_queries_find_nothing() {
    let r = registry();
    assert!(ids(&r, "").is_empty());
    assert!(ids(&r, "   ").is_empty());
    assert!(ids(&r, "zzzzqqq").is_empty());
    assert!(ids(&r, "🙂").is_empty());
}

#[test]
fn removed_persons_are_not_found_and_edits_replace() {
    let mut r = registry();
    r.remove(1);
    assert!(!ids(&r, "benali").contains(&1));
    r.insert(person(3, "Ahmed Tazi Benali", Some(1987), None));
    assert!(ids(&r, "benali").contains(&3));
    assert_eq!(r.len(), 6);
}

#[test]
fn look_alikes_do_not_match() {
    let r = registry();
    assert!(!ids(&r, "Ahmed").contains(&1));
    assert!(!ids(&r, "Tekle").contains(&4));
}
