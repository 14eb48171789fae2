//! TDI episodes in the register: opened in one transaction from what the record knows, bad
//! values refused with nothing written, merged records followed, and the proposal of a new
//! episode from the contacts with the treatment services.

use chrono::{Days, NaiveDate, NaiveDateTime};
use seuil::domain::person::{Draft, Sex};
use seuil::domain::tdi::Due;
use seuil::store::Store;
use seuil::store::queues::Actor;
use seuil::store::tdi::{NewEpisode, TdiError};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(d: NaiveDate) -> NaiveDateTime {
    d.and_hms_opt(10, 0, 0).unwrap()
}

fn who(d: NaiveDate) -> Actor<'static> {
    Actor {
        by: "Nadia",
        desk: Some("dispensary"),
        at: at(d),
    }
}

fn today() -> NaiveDate {
    day(2026, 11, 23)
}

fn person(s: &Store, name: &str, niss: &str) -> seuil::store::Person {
    let fields = Draft {
        given_name: name.into(),
        birth: "1985-07-30".into(),
        sex: Some(Sex::Male),
        niss: niss.into(),
        nationality: "MA".into(),
        ..Draft::default()
    }
    .check(today())
    .unwrap();
    s.add_person(
        &fields,
        "t",
        at(day(2025, 1, 1)),
        &mut fastrand::Rng::with_seed(3),
    )
    .unwrap()
}

fn items(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn count(s: &Store) -> i64 {
    s.conn()
        .query_row("SELECT count(*) FROM tdi_episode", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn an_episode_opens_with_what_the_record_knows_and_the_answers_given() {
    let s = Store::open_in_memory().unwrap();
    let p = person(&s, "Karim", "85073003328");
    let new = NewEpisode {
        started: Some(day(2026, 11, 20)),
        items: items(&[("referral", "6"), ("primary_drug", "1.1"), ("route", "2")]),
    };
    let e = s.open_episode(p.id, &new, who(today())).unwrap();
    assert_eq!(e.person_code, p.code);
    assert_eq!(e.started, day(2026, 11, 20));
    assert_eq!(e.items.get("primary_drug"), Some("1.1"));
    assert_eq!(e.items.get("sex"), Some("1"));
    assert_eq!(e.items.get("birth_year"), Some("1985"));
    assert_eq!(e.items.get("nationality"), Some("MA"));
    assert_eq!(e.items.get("niss"), Some("85073003328"));
    assert_eq!(
        e.items.get("status"),
        None,
        "first episode here: the person says"
    );
    assert_eq!(
        (e.opened_by.as_str(), e.desk.as_deref()),
        ("Nadia", Some("dispensary"))
    );
    assert!(e.changed_at.is_none());
    // The second one is proposed as "previously treated", and a given answer wins.
    let second = s
        .open_episode(
            p.id,
            &NewEpisode {
                started: Some(today()),
                items: items(&[("nationality", "99")]),
            },
            who(today()),
        )
        .unwrap();
    assert_eq!(second.items.get("status"), Some("2"));
    assert_eq!(second.items.get("nationality"), None, "declined");
    assert_eq!(s.episodes_of(p.id).unwrap().len(), 2);
}

#[test]
fn a_bad_value_writes_nothing_and_says_why() {
    let s = Store::open_in_memory().unwrap();
    let p = person(&s, "Karim", "");
    let bad = NewEpisode {
        started: None,
        items: items(&[("referral", "6"), ("primary_drug", "1.9")]),
    };
    let err = s.open_episode(p.id, &bad, who(today())).unwrap_err();
    assert!(matches!(err, TdiError::Item(_)), "{err:?}");
    let msg = seuil::i18n::Localised::msg(&err);
    assert_eq!(msg.id, "tdi-error-code");
    assert_eq!(count(&s), 0);
    let future = NewEpisode {
        started: Some(today() + Days::new(1)),
        items: Vec::new(),
    };
    assert!(matches!(
        s.open_episode(p.id, &future, who(today())),
        Err(TdiError::Future(_))
    ));
    let ok = NewEpisode::default();
    let e = s.open_episode(p.id, &ok, who(today())).unwrap();
    assert!(matches!(
        s.open_episode(p.id, &ok, who(today())),
        Err(TdiError::SameDay(..))
    ));
    // Completing later: a bad value leaves the episode as it was.
    let later = at(today()) + chrono::Duration::hours(2);
    assert!(
        s.set_episode(
            e.id,
            None,
            &items(&[("route", "1"), ("education", "7")]),
            later
        )
        .is_err()
    );
    assert_eq!(s.episode(e.id).unwrap().unwrap(), e);
    let done = s
        .set_episode(
            e.id,
            None,
            &items(&[("route", "1"), ("education", "3")]),
            later,
        )
        .unwrap();
    assert_eq!(done.items.get("route"), Some("1"));
    assert_eq!(done.changed_at.as_deref(), Some("2026-11-23 12:00:00"));
    assert!(matches!(
        s.set_episode(99, None, &[], later),
        Err(TdiError::UnknownEpisode(99))
    ));
}

#[test]
fn merged_records_count_as_the_person_kept() {
    let s = Store::open_in_memory().unwrap();
    let keep = person(&s, "Karim", "");
    let other = person(&s, "Kareem", "");
    let old = s
        .open_episode(
            other.id,
            &NewEpisode {
                started: Some(day(2026, 6, 1)),
                items: Vec::new(),
            },
            who(day(2026, 6, 1)),
        )
        .unwrap();
    s.merge(&keep.code, &other.code, "t", at(day(2026, 7, 1)))
        .unwrap();
    // The merged code finds the kept record, and the old episode is theirs.
    assert_eq!(s.tdi_person(&other.code).unwrap().id, keep.id);
    let theirs = s.episodes_of(keep.id).unwrap();
    assert_eq!(theirs.len(), 1);
    assert_eq!(
        theirs[0].person_code, keep.code,
        "shown under the kept code"
    );
    assert_eq!(old.person_code, other.code);
    // An episode opened on the merged record goes to the kept one, counted as a second.
    let e = s
        .open_episode(other.id, &NewEpisode::default(), who(today()))
        .unwrap();
    assert_eq!(e.person_id, keep.id);
    assert_eq!(e.items.get("status"), Some("2"));
    assert!(matches!(
        s.tdi_person("ZZZ-999"),
        Err(TdiError::UnknownPerson(_))
    ));
}

fn dose(s: &Store, person_id: i64, d: NaiveDate) {
    let c = s.conn();
    seuil::store::capture::open_guard(c, true).unwrap();
    c.execute(
        "INSERT INTO prescription (person_id, product, mg, starts, ends, created_at, created_by)
         VALUES (?1, 'methadone-syrup', 60, ?2, ?2, ?2, 't')",
        rusqlite::params![person_id, d.to_string()],
    )
    .unwrap();
    let rx = c.last_insert_rowid();
    c.execute(
        "INSERT INTO dose_event (prescription_id, person_id, day, outcome, mg, slot, delivery, at, by)
         VALUES (?1, ?2, ?3, 'given', 60, 1, 1, ?3, 't')",
        rusqlite::params![rx, person_id, d.to_string()],
    )
    .unwrap();
}

#[test]
fn a_new_episode_is_proposed_at_the_start_and_after_six_months_without_contact() {
    let s = Store::open_in_memory().unwrap();
    let p = person(&s, "Karim", "");
    assert_eq!(s.tdi_due(p.id, today()).unwrap(), Some(Due::Starting));
    let start = day(2025, 9, 1);
    s.open_episode(
        p.id,
        &NewEpisode {
            started: Some(start),
            items: Vec::new(),
        },
        who(start),
    )
    .unwrap();
    // Doses every fortnight until 200 days ago, then nothing: proposed.
    let last = today() - Days::new(200);
    let mut d = start;
    while d <= last {
        dose(&s, p.id, d);
        d = d + Days::new(14);
    }
    let due = s.tdi_due(p.id, today()).unwrap();
    assert!(
        matches!(due, Some(Due::Returning { back, .. }) if back == today()),
        "{due:?}"
    );
    // Not before six months: a contact 100 days ago.
    let q = person(&s, "Samir", "");
    s.open_episode(
        q.id,
        &NewEpisode {
            started: Some(start),
            items: Vec::new(),
        },
        who(start),
    )
    .unwrap();
    dose(&s, q.id, start + Days::new(150));
    dose(&s, q.id, start + Days::new(300));
    dose(&s, q.id, today() - Days::new(100));
    assert_eq!(s.tdi_due(q.id, today()).unwrap(), None);
    // Opening the episode answers the proposal: nothing is written by asking.
    assert_eq!(count(&s), 2);
    s.open_episode(p.id, &NewEpisode::default(), who(today()))
        .unwrap();
    assert_eq!(s.tdi_due(p.id, today()).unwrap(), None);
}

#[test]
fn the_episodes_of_a_year() {
    let s = Store::open_in_memory().unwrap();
    let p = person(&s, "Karim", "");
    for d in [day(2025, 12, 31), day(2026, 1, 1), day(2026, 11, 2)] {
        s.open_episode(
            p.id,
            &NewEpisode {
                started: Some(d),
                items: Vec::new(),
            },
            who(today()),
        )
        .unwrap();
    }
    let year: Vec<NaiveDate> = s
        .episodes_of_year(2026)
        .unwrap()
        .iter()
        .map(|e| e.started)
        .collect();
    assert_eq!(year, vec![day(2026, 1, 1), day(2026, 11, 2)]);
}
