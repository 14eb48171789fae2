//! Appointments: booking, the day of a service, check-in into the queue, no-shows.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use seuil::domain::person::Fields;
use seuil::domain::queue::Status;
use seuil::store::Store;
use seuil::store::appointments::{AppointmentError, Booking, Kept};
use seuil::store::queues::Actor;

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

fn booking<'a>(person: &'a str, service: &'a str, day: u32, h: u32, m: u32) -> Booking<'a> {
    Booking {
        person,
        service,
        worker: Some("Dr Lambert"),
        day: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
        time: NaiveTime::from_hms_opt(h, m, 0).unwrap(),
        minutes: 20,
        despite_overlap: false,
    }
}

#[test]
fn book_list_check_in_and_no_show() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(1);
    let a = s
        .add_person(&Fields::default(), "t", at(1, 8, 0), &mut rng)
        .unwrap()
        .code;
    let b = s
        .add_person(&Fields::default(), "t", at(1, 8, 0), &mut rng)
        .unwrap()
        .code;
    let early = s
        .book(&booking(&a, "M", 24, 10, 30), who(at(23, 9, 0)))
        .unwrap();
    let late = s
        .book(&booking(&b, "M", 24, 9, 0), who(at(23, 9, 0)))
        .unwrap();
    assert_eq!(early.status, Kept::Booked);
    let day: Vec<String> = s
        .appointments_on("m", "2026-11-24")
        .unwrap()
        .into_iter()
        .map(|x| x.time)
        .collect();
    assert_eq!(day, vec!["09:00", "10:30"], "by time");
    let pa = s.person_by_code(&a).unwrap().unwrap();
    assert_eq!(s.upcoming(pa.id, "2026-11-23").unwrap().len(), 1);

    let entry = s.check_in(early.id, who(at(24, 10, 20))).unwrap();
    assert_eq!(entry.ticket, "M-001");
    assert_eq!(entry.status, Status::Waiting);
    assert_eq!(entry.note.as_deref(), Some("2026-11-24 10:30"));
    assert_eq!(s.appointment(early.id).unwrap().status, Kept::CheckedIn);
    assert!(
        s.visited_on(pa.id, "2026-11-24").unwrap(),
        "coming to the appointment is the day's visit"
    );
    assert!(matches!(
        s.check_in(early.id, who(at(24, 10, 21))),
        Err(AppointmentError::NotBooked(_))
    ));

    assert_eq!(
        s.mark_no_shows(at(24, 9, 10)).unwrap(),
        0,
        "9:00 + 20 min is not over at 9:10"
    );
    assert_eq!(s.mark_no_shows(at(24, 12, 0)).unwrap(), 1);
    assert_eq!(s.appointment(late.id).unwrap().status, Kept::NoShow);
    assert_eq!(
        s.appointments_kept("2026-11-24").unwrap(),
        vec![("M".to_string(), 1, 1)]
    );
}

#[test]
fn bookings_that_make_no_sense_are_refused() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(2);
    let a = s
        .add_person(&Fields::default(), "t", at(1, 8, 0), &mut rng)
        .unwrap()
        .code;
    assert!(matches!(
        s.book(&booking(&a, "M", 22, 10, 0), who(at(23, 9, 0))),
        Err(AppointmentError::InThePast)
    ));
    let mut long = booking(&a, "M", 24, 10, 0);
    long.minutes = 600;
    assert!(matches!(
        s.book(&long, who(at(23, 9, 0))),
        Err(AppointmentError::Duration)
    ));
    assert!(
        s.book(&booking(&a, "Q", 24, 10, 0), who(at(23, 9, 0)))
            .is_err()
    );
    assert!(
        s.book(&booking("ZZZ-ZZ", "M", 24, 10, 0), who(at(23, 9, 0)))
            .is_err()
    );
    let ok = s
        .book(&booking(&a, "N", 24, 11, 0), who(at(23, 9, 0)))
        .unwrap();
    s.cancel_appointment(ok.id).unwrap();
    assert!(s.appointments_on("N", "2026-11-24").unwrap().is_empty());
    assert!(s.cancel_appointment(ok.id).is_err());
}

#[test]
fn a_booking_overlapping_the_persons_or_the_workers_is_refused_unless_insisted() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(1);
    let mut person = || {
        s.add_person(&Fields::default(), "t", at(1, 8, 0), &mut rng)
            .unwrap()
            .code
    };
    let (a, b, c) = (person(), person(), person());
    let now = who(at(23, 9, 0));
    let first = s.book(&booking(&a, "M", 24, 10, 0), now).unwrap();
    // The same worker (written otherwise) at 10:10, another person: refused, with the other one.
    let mut other = booking(&b, "N", 24, 10, 10);
    other.worker = Some(" dr LAMBERT ");
    match s.book(&other, now) {
        Err(AppointmentError::Overlaps(o)) => {
            assert_eq!(o.with.id, first.id);
            assert!(!o.same_person);
        }
        x => panic!("{x:?}"),
    }
    // The same person with nobody named at 10:19: refused too.
    let mut again = booking(&a, "N", 24, 10, 19);
    again.worker = None;
    assert!(matches!(
        s.book(&again, now),
        Err(AppointmentError::Overlaps(o)) if o.same_person
    ));
    // Back to back, another worker, another day: fine.
    assert!(s.book(&booking(&b, "M", 24, 10, 20), now).is_ok());
    let mut elsewhere = booking(&c, "M", 24, 10, 0);
    elsewhere.worker = Some("Sara");
    assert!(s.book(&elsewhere, now).is_ok());
    assert!(s.book(&booking(&a, "M", 25, 10, 0), now).is_ok());
    // Insisted: booked.
    other.despite_overlap = true;
    assert!(s.book(&other, now).is_ok());
    // A cancelled appointment overlaps nothing.
    s.cancel_appointment(first.id).unwrap();
    let mut later = booking(&a, "N", 24, 10, 5);
    later.worker = Some("Nadia");
    assert!(s.book(&later, now).is_ok());
}
