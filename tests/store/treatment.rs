//! Substitution treatment in the register: prescriptions kept, one dose a day whatever the
//! desks, reversals instead of edits, missed days, take-homes, the register debited.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use seuil::domain::person::Draft;
use seuil::domain::treatment::{Outcome, Refusal};
use seuil::store::Store;
use seuil::store::queues::Actor;
use seuil::store::treatment::{DoseAsk, NewPrescription, TreatmentError};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn at(d: u32, hour: u32) -> NaiveDateTime {
    day(d).and_hms_opt(hour, 0, 0).unwrap()
}

fn who(t: NaiveDateTime) -> Actor<'static> {
    Actor {
        by: "Inès",
        desk: Some("2"),
        at: t,
    }
}

/// A person with a code and nothing else.
fn anonymous(s: &Store) -> i64 {
    let fields = Draft::default().check(day(1)).unwrap();
    s.add_person(&fields, "Inès", at(1, 8), &mut fastrand::Rng::with_seed(7))
        .unwrap()
        .id
}

fn methadone(mg: f64, from: u32, take_home: u32) -> NewPrescription {
    NewPrescription {
        product: "methadone-syrup".into(),
        mg,
        starts: day(from),
        ends: None,
        prescriber: Some("Dr Janssens".into()),
        take_home_days: take_home,
        note: None,
    }
}

fn ask(d: u32, outcome: Outcome) -> DoseAsk {
    DoseAsk {
        day: day(d),
        outcome,
        mg: None,
        reason: None,
    }
}

fn refusal(e: TreatmentError) -> Refusal {
    match e {
        TreatmentError::Refused(r) => r,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_person_with_only_a_code_is_prescribed_and_dosed_once_a_day() {
    let s = Store::open_in_memory().unwrap();
    let p = anonymous(&s);
    let rx = s
        .prescribe(p, &methadone(60.0, 1, 0), who(at(1, 8)))
        .unwrap();
    assert_eq!(
        (rx.starts.as_str(), rx.ends.as_str()),
        ("2026-11-01", "2026-11-14")
    );
    let dosed = s.dose(p, &ask(1, Outcome::Given), who(at(1, 9))).unwrap();
    assert_eq!((dosed.plan.mg, dosed.rows.len()), (60.0, 1));
    let again = s
        .dose(p, &ask(1, Outcome::Given), who(at(1, 10)))
        .unwrap_err();
    assert!(matches!(refusal(again), Refusal::AlreadyDosed { .. }));
    // Not even raw SQL gets a second dose of the day in, nor edits the first (the test
    // build's guard against writes outside a write transaction opened: the rules answer).
    seuil::store::capture::open_guard(s.conn(), true).unwrap();
    let raw = s.conn().execute(
        "INSERT INTO dose_event (prescription_id, person_id, day, outcome, mg, slot, delivery, at, by)
         VALUES (?1, ?2, '2026-11-01', 'given', 60, 1, 99, '2026-11-01 11:00:00', 'x')",
        (rx.id, p),
    );
    assert!(raw.is_err());
    assert!(
        s.conn()
            .execute("UPDATE dose_event SET mg = 90", [])
            .is_err()
    );
    assert!(s.conn().execute("DELETE FROM prescription", []).is_err());
}

#[test]
fn a_mistake_is_reversed_the_same_day_and_the_dose_can_then_be_recorded() {
    let s = Store::open_in_memory().unwrap();
    let p = anonymous(&s);
    s.prescribe(p, &methadone(60.0, 1, 0), who(at(1, 8)))
        .unwrap();
    s.dose(p, &ask(1, Outcome::Refused), who(at(1, 9))).unwrap();
    let back = s
        .reverse_dose(p, Some("wrong person"), who(at(1, 9)))
        .unwrap();
    assert_eq!(back[0].outcome, "reversal");
    s.dose(p, &ask(1, Outcome::Given), who(at(1, 10))).unwrap();
    s.reverse_dose(p, None, who(at(1, 10))).unwrap();
    let d = s.dose(p, &ask(1, Outcome::Given), who(at(1, 11))).unwrap();
    assert_eq!(d.rows[0].outcome, "given");
    // Nothing of another day is reversed.
    assert!(matches!(
        s.reverse_dose(p, None, who(at(2, 9))),
        Err(TreatmentError::NothingToReverse)
    ));
    let rows: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM dose_event", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 5, "every row kept");
}

#[test]
fn three_missed_days_withhold_until_a_decision_and_five_need_a_restart_dose() {
    let s = Store::open_in_memory().unwrap();
    let p = anonymous(&s);
    s.prescribe(p, &methadone(80.0, 1, 2), who(at(1, 8)))
        .unwrap();
    s.dose(p, &ask(1, Outcome::Given), who(at(1, 9))).unwrap();
    s.dose(p, &ask(2, Outcome::Given), who(at(2, 9))).unwrap();
    // Missed the 3rd, 4th and 5th.
    let held = s
        .dose(p, &ask(6, Outcome::Given), who(at(6, 9)))
        .unwrap_err();
    assert_eq!(refusal(held), Refusal::Withhold { missed: 3 });
    let chart = s.treatment_chart(p, day(6)).unwrap();
    assert_eq!(chart.missed, 3);
    assert_eq!(chart.hold, Some(Refusal::Withhold { missed: 3 }));
    // Withheld is recorded, with the reason.
    s.dose(
        p,
        &DoseAsk {
            reason: Some("3 jours manqués".into()),
            ..ask(6, Outcome::Withheld)
        },
        who(at(6, 9)),
    )
    .unwrap();
    s.decide(p, "Dr Janssens", "continue", None, who(at(6, 10)))
        .unwrap();
    let d = s.dose(p, &ask(6, Outcome::Given), who(at(6, 11))).unwrap();
    assert_eq!((d.plan.mg, d.plan.missed), (80.0, 3));
    // Take-homes stay suspended after missed days… until the decision, which came.
    assert!(s.treatment_chart(p, day(7)).unwrap().take_homes.is_ok());
    // Five days missed: a new induction, the restart dose set by the prescriber.
    let late = s
        .dose(p, &ask(12, Outcome::Given), who(at(12, 9)))
        .unwrap_err();
    assert_eq!(refusal(late), Refusal::Induction { missed: 5 });
    assert!(
        s.decide(p, "Dr Janssens", "restart", None, who(at(12, 9)))
            .is_err()
    );
    assert!(
        s.decide(p, "Dr Janssens", "restart", Some(90.0), who(at(12, 9)))
            .is_err()
    );
    s.decide(p, "Dr Janssens", "restart", Some(30.0), who(at(12, 9)))
        .unwrap();
    let d = s
        .dose(p, &ask(12, Outcome::Given), who(at(12, 10)))
        .unwrap();
    assert_eq!(d.plan.mg, 30.0);
    // The next day the restart dose holds, and take-homes are possible again.
    let d = s
        .dose(p, &ask(13, Outcome::TakeHome(2)), who(at(13, 10)))
        .unwrap();
    assert_eq!(d.rows.len(), 2);
    assert!(d.rows.iter().all(|r| r.mg == 30.0));
}

#[test]
fn take_homes_cover_their_days_and_missed_days_suspend_them() {
    let s = Store::open_in_memory().unwrap();
    let p = anonymous(&s);
    s.prescribe(p, &methadone(60.0, 1, 3), who(at(1, 8)))
        .unwrap();
    let d = s
        .dose(p, &ask(1, Outcome::TakeHome(3)), who(at(1, 9)))
        .unwrap();
    let days: Vec<&str> = d.rows.iter().map(|r| r.day.as_str()).collect();
    assert_eq!(days, ["2026-11-01", "2026-11-02", "2026-11-03"]);
    let covered = s
        .dose(p, &ask(2, Outcome::Given), who(at(2, 9)))
        .unwrap_err();
    assert!(matches!(refusal(covered), Refusal::AlreadyDosed { .. }));
    assert_eq!(s.treatment_chart(p, day(2)).unwrap().back_on, Some(day(4)));
    let too_many = s
        .dose(p, &ask(4, Outcome::TakeHome(4)), who(at(4, 9)))
        .unwrap_err();
    assert!(matches!(
        refusal(too_many),
        Refusal::TakeHomesBeyondSchedule { .. }
    ));
    // Missed the 4th: take-homes suspended on the 5th.
    let suspended = s
        .dose(p, &ask(5, Outcome::TakeHome(2)), who(at(5, 9)))
        .unwrap_err();
    assert_eq!(
        refusal(suspended),
        Refusal::TakeHomesSuspended { missed: 1 }
    );
    s.dose(p, &ask(5, Outcome::Given), who(at(5, 9))).unwrap();
}

#[test]
fn a_vomited_dose_is_given_again_only_on_the_prescriber_s_word() {
    let s = Store::open_in_memory().unwrap();
    let p = anonymous(&s);
    s.prescribe(p, &methadone(60.0, 1, 0), who(at(1, 8)))
        .unwrap();
    s.dose(p, &ask(1, Outcome::Given), who(at(1, 9))).unwrap();
    s.dose(p, &ask(1, Outcome::Vomited), who(at(1, 9))).unwrap();
    let again = s
        .dose(p, &ask(1, Outcome::Given), who(at(1, 10)))
        .unwrap_err();
    assert_eq!(refusal(again), Refusal::Vomited);
    s.decide(
        p,
        "Dr Janssens",
        "half the dose again",
        Some(30.0),
        who(at(1, 10)),
    )
    .unwrap();
    let d = s.dose(p, &ask(1, Outcome::Given), who(at(1, 11))).unwrap();
    assert_eq!(d.plan.mg, 30.0);
    // That was for the day: the next day, the prescription's dose.
    let d = s.dose(p, &ask(2, Outcome::Given), who(at(2, 9))).unwrap();
    assert_eq!(d.plan.mg, 60.0);
}

#[test]
fn no_dose_outside_the_prescription_in_the_future_or_above_it() {
    let s = Store::open_in_memory().unwrap();
    let p = anonymous(&s);
    let none = s
        .dose(p, &ask(1, Outcome::Given), who(at(1, 9)))
        .unwrap_err();
    assert_eq!(refusal(none), Refusal::NoPrescription);
    s.prescribe(
        p,
        &NewPrescription {
            ends: Some(day(7)),
            ..methadone(60.0, 3, 0)
        },
        who(at(1, 8)),
    )
    .unwrap();
    let early = s
        .dose(p, &ask(2, Outcome::Given), who(at(2, 9)))
        .unwrap_err();
    assert_eq!(refusal(early), Refusal::NotStarted { starts: day(3) });
    let late = s
        .dose(p, &ask(8, Outcome::Given), who(at(8, 9)))
        .unwrap_err();
    assert_eq!(refusal(late), Refusal::Expired { ended: day(7) });
    let future = s
        .dose(p, &ask(5, Outcome::Given), who(at(4, 9)))
        .unwrap_err();
    assert_eq!(refusal(future), Refusal::Future { day: day(5) });
    let more = DoseAsk {
        mg: Some(70.0),
        ..ask(4, Outcome::Given)
    };
    assert!(matches!(
        refusal(s.dose(p, &more, who(at(4, 9))).unwrap_err()),
        Refusal::AboveDose { .. }
    ));
    let unknown = NewPrescription {
        product: "heroin".into(),
        ..methadone(60.0, 1, 0)
    };
    assert!(matches!(
        s.prescribe(p, &unknown, who(at(1, 8))),
        Err(TreatmentError::UnknownProduct(_))
    ));
    let backwards = NewPrescription {
        ends: Some(day(1)),
        ..methadone(60.0, 3, 0)
    };
    assert_eq!(
        refusal(s.prescribe(p, &backwards, who(at(1, 8))).unwrap_err()),
        Refusal::EndsBeforeStart
    );
    let count: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM dose_event", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 0, "nothing written by a refusal");
}

#[test]
fn a_new_prescription_changes_the_dose_and_the_old_one_is_kept() {
    let s = Store::open_in_memory().unwrap();
    let p = anonymous(&s);
    s.prescribe(p, &methadone(60.0, 1, 0), who(at(1, 8)))
        .unwrap();
    s.dose(p, &ask(1, Outcome::Given), who(at(1, 9))).unwrap();
    s.prescribe(p, &methadone(70.0, 2, 0), who(at(1, 17)))
        .unwrap();
    let d = s.dose(p, &ask(2, Outcome::Given), who(at(2, 9))).unwrap();
    assert_eq!(d.plan.mg, 70.0);
    let chart = s.treatment_chart(p, day(2)).unwrap();
    assert_eq!(chart.prescriptions.len(), 2);
    assert!(chart.dosed_today().is_some());
}

#[test]
fn the_register_is_debited_and_an_expired_batch_is_not_dispensed() {
    let s = Store::open_in_memory().unwrap();
    let p = anonymous(&s);
    s.prescribe(p, &methadone(60.0, 1, 0), who(at(1, 8)))
        .unwrap();
    s.conn()
        .execute_batch(
            "INSERT INTO stock_batch (id, product, lot, mg_per_ml, expires, received_at, by)
             VALUES (1, 'methadone-syrup', 'OLD', 1, '2026-10-31', '2026-09-01 08:00:00', 'x'),
                    (2, 'methadone-syrup', 'NEW', 1, '2027-01-31', '2026-11-01 08:00:00', 'x');
             INSERT INTO stock_move (batch_id, kind, mg, at, by)
             VALUES (1, 'received', 1000, '2026-09-01 08:00:00', 'x'),
                    (2, 'received', 100, '2026-11-01 08:00:00', 'x');",
        )
        .unwrap();
    let d = s.dose(p, &ask(1, Outcome::Given), who(at(1, 9))).unwrap();
    assert_eq!(d.rows[0].lot.as_deref(), Some("NEW"));
    let left: f64 = s
        .conn()
        .query_row(
            "SELECT sum(mg) FROM stock_move WHERE batch_id = 2",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 40.0);
    // 40 mg left in date, 60 due: refused, nothing written.
    let short = s
        .dose(p, &ask(2, Outcome::Given), who(at(2, 9)))
        .unwrap_err();
    assert!(matches!(short, TreatmentError::NotEnoughStock { .. }));
    let _ = Duration::days(1);
}
