//! The counter in the register: the item list edited by the centre, giving in one act, a count
//! that asks to confirm, today's last exchange taken back, the day's totals, naloxone kits
//! taken from the batch that expires first and refused when none is in date, reversals.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::person::Draft;
use seuil::i18n::{I18n, Lang};
use seuil::store::Store;
use seuil::store::counter::{
    CounterError, Giving, NewItem, NewNaloxoneBatch, NewReversal, Outcome,
};
use seuil::store::queues::Actor;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn at(d: u32, hour: u32, min: u32) -> NaiveDateTime {
    day(d).and_hms_opt(hour, min, 0).unwrap()
}

fn who(by: &'static str, t: NaiveDateTime) -> Actor<'static> {
    Actor {
        by,
        desk: Some("1"),
        at: t,
    }
}

fn giving(lines: &[(&str, u32)], returned: u32) -> Giving {
    Giving {
        lines: lines.iter().map(|(c, n)| (c.to_string(), *n)).collect(),
        returned,
        ..Default::default()
    }
}

fn count(s: &Store, table: &str) -> i64 {
    s.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn batch(s: &Store, lot: &str, expires: NaiveDate, kits: u32) -> i64 {
    s.receive_naloxone(
        &NewNaloxoneBatch {
            lot: lot.into(),
            expires,
            kits,
        },
        who("Inès", at(1, 8, 0)),
    )
    .unwrap()
}

#[test]
fn the_list_has_every_built_in_item_named_and_keyed() {
    let s = Store::open_in_memory().unwrap();
    let items = s.counter_items(false).unwrap();
    assert_eq!(items.len(), 18);
    let fr = I18n::new(Lang::Fr);
    for item in &items {
        let id = format!("counter-item-{}", item.code);
        assert!(fr.has(&id), "{id}");
        assert!(item.key.is_some(), "{}", item.code);
        for lang in Lang::ALL {
            assert!(I18n::new(lang).has(&id), "{id} in {lang:?}");
        }
    }
    assert_eq!(items[0].code, "syringe-1ml");
    assert_eq!(items[0].key, Some('a'));
    assert!(items[0].exchange);
}

#[test]
fn the_centre_adds_renames_rekeys_and_removes_an_item_that_stays_for_the_figures() {
    let s = Store::open_in_memory().unwrap();
    let mut names = BTreeMap::new();
    names.insert("fr".to_string(), "Gants".to_string());
    names.insert("ar".to_string(), "قفازات".to_string());
    let new = NewItem {
        code: "gloves".into(),
        kind: "care".into(),
        key: "u".into(),
        exchange: false,
        names: names.clone(),
    };
    let item = s.add_counter_item(&new).unwrap();
    assert_eq!(item.key, Some('u'));
    assert_eq!(item.name(&I18n::new(Lang::Ar)), "قفازات");
    assert_eq!(
        item.name(&I18n::new(Lang::Nl)),
        "Gants",
        "French when not named"
    );
    assert!(matches!(
        s.add_counter_item(&new),
        Err(CounterError::ItemExists(_))
    ));
    let taken = NewItem {
        code: "masks".into(),
        key: "a".into(),
        ..new.clone()
    };
    assert!(matches!(
        s.add_counter_item(&taken),
        Err(CounterError::KeyTaken { key: 'a', .. })
    ));
    let reserved = NewItem {
        code: "masks".into(),
        key: "r".into(),
        ..new.clone()
    };
    assert!(matches!(
        s.add_counter_item(&reserved),
        Err(CounterError::BadItem(_))
    ));
    let unnamed = NewItem {
        code: "masks".into(),
        key: "v".into(),
        names: BTreeMap::new(),
        ..new.clone()
    };
    assert!(matches!(
        s.add_counter_item(&unnamed),
        Err(CounterError::NoName)
    ));
    let mut nl = BTreeMap::new();
    nl.insert("nl".to_string(), "Handschoenen".to_string());
    let renamed = s.rename_counter_item("gloves", &nl).unwrap();
    assert_eq!(renamed.name(&I18n::new(Lang::Nl)), "Handschoenen");
    assert_eq!(s.rekey_counter_item("gloves", "w").unwrap().key, Some('w'));

    s.give(&giving(&[("gloves", 2)], 0), who("Inès", at(23, 9, 0)))
        .unwrap();
    let removed = s.remove_counter_item("gloves", at(23, 10, 0)).unwrap();
    assert!(removed.removed);
    assert_eq!(removed.key, None, "its key is free again");
    assert!(
        !s.counter_items(false)
            .unwrap()
            .iter()
            .any(|i| i.code == "gloves")
    );
    assert!(
        s.counter_items(true)
            .unwrap()
            .iter()
            .any(|i| i.code == "gloves")
    );
    // A desk that still had it on screen is refused when it saves, and nothing is written.
    let before = count(&s, "counter_exchange");
    let refused = s.give(
        &giving(&[("needle", 1), ("gloves", 1)], 0),
        who("Inès", at(23, 11, 0)),
    );
    assert!(matches!(refused, Err(CounterError::Removed(c)) if c == "gloves"));
    assert_eq!(count(&s, "counter_exchange"), before);
    // The figures still name it.
    assert_eq!(s.counter_day(day(23)).unwrap().of("gloves"), 2);
}

#[test]
fn a_count_above_the_limit_asks_to_confirm_and_zero_is_nothing() {
    let s = Store::open_in_memory().unwrap();
    let w = who("Inès", at(23, 9, 0));
    let refused = s.give(&giving(&[("syringe-1ml", 10_000)], 0), w);
    assert!(matches!(
        refused,
        Err(CounterError::Confirm { count: 10_000, .. })
    ));
    assert_eq!(count(&s, "counter_exchange"), 0);
    let confirmed = Giving {
        confirmed: true,
        ..giving(&[("syringe-1ml", 10_000)], 0)
    };
    s.give(&confirmed, w).unwrap();
    assert!(matches!(
        s.give(&giving(&[], 0), w),
        Err(CounterError::Nothing)
    ));
    assert!(matches!(
        s.give(&giving(&[("cup", 0)], 0), w),
        Err(CounterError::Nothing)
    ));
    assert!(matches!(
        s.give(&giving(&[("soap", 1)], 0), w),
        Err(CounterError::UnknownItem(_))
    ));
}

#[test]
fn the_days_totals_count_what_was_given_returned_and_for_others_without_what_was_taken_back() {
    let s = Store::open_in_memory().unwrap();
    s.give(
        &Giving {
            for_others: 2,
            ..giving(&[("syringe-1ml", 10), ("needle", 10), ("cup", 5)], 10)
        },
        who("Inès", at(23, 9, 0)),
    )
    .unwrap();
    s.give(
        &Giving {
            emergency: true,
            ..giving(&[("syringe-2ml", 3)], 0)
        },
        who("Inès", at(23, 9, 5)),
    )
    .unwrap();
    // Yesterday's and another worker's do not mix in.
    s.give(&giving(&[("foil", 4)], 0), who("Inès", at(22, 17, 0)))
        .unwrap();
    s.give(&giving(&[("condom", 6)], 0), who("Karim", at(23, 9, 10)))
        .unwrap();
    let t = s.counter_day(day(23)).unwrap();
    assert_eq!(t.exchanges, 3);
    assert_eq!(t.of("syringe-1ml"), 10);
    assert_eq!(t.of("needle"), 10);
    assert_eq!(t.of("cup"), 5);
    assert_eq!(t.of("foil"), 0);
    assert_eq!(t.returned, 10);
    assert_eq!(t.for_others, 2);
    assert_eq!(t.emergencies, 1);
    assert_eq!(t.exchange_given, 23, "syringes and needles, not cups");
    assert_eq!(t.balance(), -13);

    // Inès takes back her last of today: the 2 ml syringes, not Karim's condoms.
    let back = s.undo_last_exchange(who("Inès", at(23, 9, 20))).unwrap();
    assert_eq!(back.lines, vec![("syringe-2ml".to_string(), 3)]);
    let t = s.counter_day(day(23)).unwrap();
    assert_eq!((t.exchanges, t.of("syringe-2ml"), t.emergencies), (2, 0, 0));
    assert_eq!(t.of("condom"), 6);
    // A reversing row, never an edit: the exchange is still there, marked.
    assert!(s.exchange(back.id).unwrap().unwrap().reversed);
    assert!(
        s.conn()
            .execute("DELETE FROM counter_exchange WHERE id = ?1", [back.id])
            .is_err()
    );
    // Then the one before; then nothing of today is left to take back.
    s.undo_last_exchange(who("Inès", at(23, 9, 21))).unwrap();
    assert!(matches!(
        s.undo_last_exchange(who("Inès", at(23, 9, 22))),
        Err(CounterError::NothingToUndo)
    ));
}

#[test]
fn naloxone_comes_from_the_batch_that_expires_first_and_is_refused_when_none_is_in_date() {
    let s = Store::open_in_memory().unwrap();
    let w = who("Inès", at(23, 9, 0));
    let refused = s.give(&giving(&[("naloxone", 1)], 0), w);
    assert!(matches!(refused, Err(CounterError::NoNaloxone { left: 0 })));
    assert_eq!(count(&s, "counter_exchange"), 0);
    // Expired on arrival is refused; one that expired since is not used.
    assert!(matches!(
        s.receive_naloxone(
            &NewNaloxoneBatch {
                lot: "OLD".into(),
                expires: day(1).pred_opt().unwrap(),
                kits: 5
            },
            who("Inès", at(1, 8, 0))
        ),
        Err(CounterError::Expired(_))
    ));
    batch(&s, "SOON", day(20), 5);
    batch(
        &s,
        "LATER",
        NaiveDate::from_ymd_opt(2027, 6, 30).unwrap(),
        10,
    );
    batch(
        &s,
        "FIRST",
        NaiveDate::from_ymd_opt(2027, 1, 31).unwrap(),
        2,
    );
    let id = s.give(&giving(&[("naloxone", 3)], 0), w).unwrap();
    let x = s.exchange(id).unwrap().unwrap();
    let lots: Vec<&str> = x.kits.iter().map(|k| k.lot.as_str()).collect();
    assert_eq!(lots, ["FIRST", "FIRST", "LATER"]);
    let next = s.next_naloxone(day(23)).unwrap().unwrap();
    assert_eq!((next.lot.as_str(), next.left), ("LATER", 9));
    // More than are left in date: refused, nothing taken.
    let refused = s.give(&giving(&[("naloxone", 10)], 0), w);
    assert!(matches!(refused, Err(CounterError::NoNaloxone { left: 9 })));
    assert_eq!(count(&s, "naloxone_kit"), 3);
    // Taken back: the kits are left again.
    s.undo_last_exchange(who("Inès", at(23, 9, 30))).unwrap();
    let first = s
        .naloxone_batches(day(23))
        .unwrap()
        .into_iter()
        .find(|b| b.lot == "FIRST")
        .unwrap();
    assert_eq!(first.left, 2);
}

#[test]
fn a_reversal_is_reported_with_its_kit_and_person() {
    let s = Store::open_in_memory().unwrap();
    let fields = Draft {
        given_name: "Mohamed".into(),
        ..Draft::default()
    }
    .check(day(23))
    .unwrap();
    let p = s
        .add_person(
            &fields,
            "Inès",
            at(1, 8, 0),
            &mut fastrand::Rng::with_seed(7),
        )
        .unwrap();
    batch(&s, "N1", NaiveDate::from_ymd_opt(2027, 6, 30).unwrap(), 10);
    let id = s
        .give(
            &Giving {
                person_id: Some(p.id),
                ..giving(&[("naloxone", 1)], 0)
            },
            who("Inès", at(10, 9, 0)),
        )
        .unwrap();
    let kit = s.exchange(id).unwrap().unwrap().kits[0].id;
    let unknown = NewReversal {
        kit_id: Some(9999),
        person_id: None,
        happened_on: None,
        emergency_called: None,
        outcome: Outcome::Unknown,
        note: None,
    };
    assert!(matches!(
        s.report_reversal(&unknown, who("Inès", at(23, 9, 0))),
        Err(CounterError::UnknownKit(9999))
    ));
    let report = NewReversal {
        kit_id: Some(kit),
        person_id: None,
        happened_on: Some(day(20)),
        emergency_called: Some(false),
        outcome: Outcome::Recovered,
        note: Some("  dans un squat ".into()),
    };
    s.report_reversal(&report, who("Inès", at(23, 9, 0)))
        .unwrap();
    let seen = s.person_reversals(p.id).unwrap();
    assert_eq!(seen.len(), 1, "found through the kit given to them");
    assert_eq!(seen[0].lot.as_deref(), Some("N1"));
    assert_eq!(seen[0].emergency_called, Some(false));
    assert_eq!(seen[0].note.as_deref(), Some("dans un squat"));
    let theirs = s.person_exchanges(p.id, 10).unwrap();
    assert_eq!(theirs.len(), 1);
    assert_eq!(theirs[0].kits[0].lot, "N1");
}

#[test]
fn a_generated_year_has_one_exchange_for_two_persons_mostly_anonymous_with_kits_from_batches() {
    let mut s = Store::open_in_memory().unwrap();
    let now = at(23, 18, 0);
    seuil::cli::generate::populate(&mut s, 2000, 30, 5, now, &|_| {}).unwrap();
    let q = |sql: &str| -> i64 { s.conn().query_row(sql, [], |r| r.get(0)).unwrap() };
    // At the counter (the outreach teams' material has its session).
    assert_eq!(
        q("SELECT count(*) FROM counter_exchange WHERE session_id IS NULL"),
        1000
    );
    let named = q(
        "SELECT count(*) FROM counter_exchange WHERE person_id IS NOT NULL AND session_id IS NULL",
    );
    assert!((50..300).contains(&named), "{named} for persons");
    assert_eq!(
        q("SELECT count(*) FROM counter_exchange WHERE at > '2026-11-23 18:00:00'"),
        0
    );
    assert!(q("SELECT count(*) FROM naloxone_batch") == 4);
    assert!(q("SELECT count(*) FROM naloxone_kit") <= q("SELECT sum(kits) FROM naloxone_batch"));
    // Every day of the year has its exchanges, and the totals read them.
    let t = s.counter_day(day(20)).unwrap();
    assert!(t.exchanges > 0 && t.returned > 0, "{t:?}");
}
