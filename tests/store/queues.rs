//! Queues in the database: tickets, call order, moves and the ones refused.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::person::Fields;
use seuil::domain::queue::{Move, Priority, Status};
use seuil::store::Store;
use seuil::store::queues::{Actor, QueueError};

fn at(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(hour, minute, 0)
        .unwrap()
}

fn who(t: NaiveDateTime) -> Actor<'static> {
    Actor {
        by: "test",
        desk: Some("1"),
        at: t,
    }
}

fn people(s: &Store, n: usize) -> Vec<String> {
    let mut rng = fastrand::Rng::with_seed(3);
    (0..n)
        .map(|_| {
            s.add_person(&Fields::default(), "t", at(1, 8, 0), &mut rng)
                .unwrap()
                .code
        })
        .collect()
}

#[test]
fn default_services_exist_with_names_in_every_language() {
    let s = Store::open_in_memory().unwrap();
    let services = s.services().unwrap();
    assert_eq!(
        services.iter().map(|s| s.code.as_str()).collect::<Vec<_>>(),
        vec!["M", "N", "D", "S", "R", "W"]
    );
    for lang in seuil::i18n::Lang::ALL {
        assert!(
            !services[0].names.get(lang.code()).unwrap().is_empty(),
            "{lang}"
        );
    }
    assert_eq!(services[0].name(seuil::i18n::Lang::Ar), "استشارة طبية");
}

#[test]
fn tickets_count_per_service_and_restart_each_day() {
    let s = Store::open_in_memory().unwrap();
    let p = people(&s, 4);
    assert_eq!(
        s.join(&p[0], "M", Priority::Normal, None, who(at(2, 9, 0)))
            .unwrap()
            .ticket,
        "M-001"
    );
    assert_eq!(
        s.join(&p[1], "m", Priority::Normal, None, who(at(2, 9, 1)))
            .unwrap()
            .ticket,
        "M-002"
    );
    assert_eq!(
        s.join(&p[1], "W", Priority::Normal, None, who(at(2, 9, 1)))
            .unwrap()
            .ticket,
        "W-001",
        "shower and doctor at once"
    );
    assert_eq!(
        s.join(&p[2], "M", Priority::Normal, None, who(at(3, 9, 0)))
            .unwrap()
            .ticket,
        "M-001",
        "a new day"
    );
}

#[test]
fn one_open_ticket_per_service_and_closed_or_unknown_services_refused() {
    let s = Store::open_in_memory().unwrap();
    let p = people(&s, 1);
    s.join(&p[0], "N", Priority::Normal, None, who(at(2, 9, 0)))
        .unwrap();
    assert!(
        matches!(s.join(&p[0], "N", Priority::Urgent, None, who(at(2, 9, 5))), Err(QueueError::AlreadyWaiting(t)) if t == "N-001")
    );
    assert!(matches!(
        s.join(&p[0], "X", Priority::Normal, None, who(at(2, 9, 5))),
        Err(QueueError::UnknownService(_))
    ));
    assert!(matches!(
        s.join("ZZZ-ZZ", "M", Priority::Normal, None, who(at(2, 9, 5))),
        Err(QueueError::UnknownPerson(_))
    ));
    let mut shower = s.service("W").unwrap().unwrap();
    shower.open = false;
    s.save_service(&shower).unwrap();
    assert!(matches!(
        s.join(&p[0], "W", Priority::Normal, None, who(at(2, 9, 5))),
        Err(QueueError::ServiceClosed(_))
    ));
}

#[test]
fn emergencies_first_then_arrival_and_stepping_out_keeps_the_place() {
    let s = Store::open_in_memory().unwrap();
    let p = people(&s, 4);
    let first = s
        .join(&p[0], "M", Priority::Normal, None, who(at(2, 9, 0)))
        .unwrap();
    let second = s
        .join(&p[1], "M", Priority::Normal, None, who(at(2, 9, 5)))
        .unwrap();
    let urgent = s
        .join(&p[2], "M", Priority::Urgent, None, who(at(2, 9, 10)))
        .unwrap();
    let emergency = s
        .join(&p[3], "M", Priority::Emergency, None, who(at(2, 9, 20)))
        .unwrap();
    s.move_entry(first.id, Move::StepOut, 3, None, who(at(2, 9, 21)))
        .unwrap();
    let called = s.call_next("M", None, who(at(2, 9, 22))).unwrap();
    assert_eq!(called.id, emergency.id);
    assert_eq!(
        called.room.as_deref(),
        Some("1"),
        "the service's first room"
    );
    assert_eq!(
        s.call_next("M", Some("3"), who(at(2, 9, 23))).unwrap().id,
        urgent.id
    );
    s.move_entry(first.id, Move::ComeBack, 3, None, who(at(2, 9, 24)))
        .unwrap();
    assert_eq!(
        s.call_next("M", None, who(at(2, 9, 25))).unwrap().id,
        first.id,
        "came back: first in line again"
    );
    assert_eq!(
        s.call_next("M", None, who(at(2, 9, 26))).unwrap().id,
        second.id
    );
    assert!(matches!(
        s.call_next("M", None, who(at(2, 9, 27))),
        Err(QueueError::NobodyWaiting(_))
    ));
}

#[test]
fn every_move_is_an_event_and_finished_tickets_stay_finished() {
    let s = Store::open_in_memory().unwrap();
    let p = people(&s, 1);
    let e = s
        .join(
            &p[0],
            "N",
            Priority::Normal,
            Some("wound"),
            who(at(2, 9, 0)),
        )
        .unwrap();
    s.call_next("N", None, who(at(2, 9, 10))).unwrap();
    s.move_entry(e.id, Move::Start, 3, None, who(at(2, 9, 12)))
        .unwrap();
    let done = s
        .move_entry(e.id, Move::Finish, 3, None, who(at(2, 9, 30)))
        .unwrap();
    assert_eq!(done.status, Status::Done);
    assert!(matches!(
        s.move_entry(e.id, Move::ComeBack, 3, None, who(at(2, 9, 31))),
        Err(QueueError::Refused(_))
    ));
    let kinds: Vec<String> = s
        .conn()
        .prepare("SELECT kind FROM queue_event WHERE entry_id = ?1 ORDER BY id")
        .unwrap()
        .query_map([e.id], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(kinds, vec!["join", "call", "start", "done"]);
}

#[test]
fn recalls_lead_to_a_no_show() {
    let s = Store::open_in_memory().unwrap();
    let p = people(&s, 1);
    let e = s
        .join(&p[0], "D", Priority::Normal, None, who(at(2, 9, 0)))
        .unwrap();
    s.call_next("D", None, who(at(2, 9, 1))).unwrap();
    assert_eq!(
        s.move_entry(e.id, Move::Recall, 2, None, who(at(2, 9, 2)))
            .unwrap()
            .status,
        Status::Called
    );
    assert_eq!(
        s.move_entry(e.id, Move::Recall, 2, None, who(at(2, 9, 3)))
            .unwrap()
            .status,
        Status::NoShow
    );
}

#[test]
fn transfer_keeps_the_first_arrival() {
    let s = Store::open_in_memory().unwrap();
    let p = people(&s, 2);
    let early = s
        .join(&p[0], "S", Priority::Normal, None, who(at(2, 8, 30)))
        .unwrap();
    let later = s
        .join(&p[1], "M", Priority::Normal, None, who(at(2, 9, 0)))
        .unwrap();
    let moved = s.transfer(early.id, "M", who(at(2, 9, 30))).unwrap();
    assert_eq!(moved.ticket, "M-002");
    assert_eq!(moved.arrived_at, early.arrived_at);
    assert_eq!(s.entry(early.id).unwrap().status, Status::Transferred);
    assert_eq!(
        s.call_next("M", None, who(at(2, 9, 31))).unwrap().id,
        moved.id,
        "arrived first, called first"
    );
    let _ = later;
}

#[test]
fn the_board_shows_the_last_called_first() {
    let s = Store::open_in_memory().unwrap();
    let p = people(&s, 3);
    for (i, code) in p.iter().enumerate() {
        s.join(
            code,
            if i == 1 { "N" } else { "M" },
            Priority::Normal,
            None,
            who(at(2, 9, i as u32)),
        )
        .unwrap();
    }
    s.call_next("M", None, who(at(2, 10, 0))).unwrap();
    s.call_next("N", None, who(at(2, 10, 1))).unwrap();
    s.call_next("M", None, who(at(2, 10, 2))).unwrap();
    let all: Vec<String> = s
        .last_called(None, "2026-11-02", 10)
        .unwrap()
        .into_iter()
        .map(|e| e.ticket)
        .collect();
    assert_eq!(all, vec!["M-002", "N-001", "M-001"]);
    let medical: Vec<String> = s
        .last_called(Some("m"), "2026-11-02", 10)
        .unwrap()
        .into_iter()
        .map(|e| e.ticket)
        .collect();
    assert_eq!(medical, vec!["M-002", "M-001"]);
}

#[test]
fn a_database_held_by_a_backup_gives_a_clear_message_and_saves_nothing() {
    use seuil::i18n::{I18n, Lang, Localised};
    use seuil::store::StoreError;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("site.db");
    let s = Store::open(&path).unwrap();
    let p = people(&s, 1);
    s.set_busy_timeout(std::time::Duration::from_millis(100))
        .unwrap();
    let holder = rusqlite::Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    match s.join(&p[0], "M", Priority::Normal, None, who(at(2, 9, 0))) {
        Err(QueueError::Store(e @ StoreError::Busy(_))) => {
            let text = I18n::new(Lang::Fr).render(&e.msg());
            assert!(
                text.contains("occupée") && text.contains("Rien n'a été enregistré"),
                "{text}"
            );
        }
        other => panic!("expected busy, got {other:?}"),
    }
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(
        s.join(&p[0], "M", Priority::Normal, None, who(at(2, 9, 1)))
            .unwrap()
            .ticket,
        "M-001",
        "no number was used up"
    );
}

fn visits(s: &Store) -> i64 {
    s.conn()
        .query_row("SELECT count(*) FROM visit", [], |r| r.get(0))
        .unwrap()
}

/// Sending someone to a service is one act: the day's visit once, whatever the number of
/// services, and nothing at all when the ticket is refused.
#[test]
fn joining_records_the_days_visit_once_and_a_refusal_records_nothing() {
    let s = Store::open_in_memory().unwrap();
    let p = people(&s, 2);
    let morning = at(2, 9, 0);
    s.join(&p[0], "M", Priority::Normal, None, who(morning))
        .unwrap();
    s.join(&p[0], "S", Priority::Normal, None, who(at(2, 9, 5)))
        .unwrap();
    assert_eq!(visits(&s), 1, "one visit for the day, two tickets");
    assert!(matches!(
        s.join(&p[0], "M", Priority::Normal, None, who(at(2, 9, 6))),
        Err(QueueError::AlreadyWaiting(_))
    ));
    let mut closed = s.service("N").unwrap().unwrap();
    closed.open = false;
    s.save_service(&closed).unwrap();
    assert!(matches!(
        s.join(&p[1], "N", Priority::Normal, None, who(morning)),
        Err(QueueError::ServiceClosed(_))
    ));
    assert_eq!(visits(&s), 1, "a refused ticket leaves no visit behind");
    let id = s.person_by_code(&p[1]).unwrap().unwrap().id;
    s.join_person(id, "M", Priority::Normal, None, who(at(3, 10, 0)))
        .unwrap();
    assert_eq!(visits(&s), 2, "the next day is a visit of its own");
}

/// A walk-in registered at the desk is there with their visit, or not at all.
#[test]
fn a_walk_in_is_registered_with_the_visit() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(5);
    let p = s
        .register_walk_in(&Fields::default(), Some("1"), "t", at(2, 9, 0), &mut rng)
        .unwrap();
    assert_eq!(visits(&s), 1);
    assert_eq!(p.last_seen.as_deref(), Some("2026-11-02"));
}
