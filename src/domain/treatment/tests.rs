use chrono::{Duration, NaiveDate};

use super::*;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn prescription(id: i64, from: u32, to: u32, mg: f64, take_home: u32) -> Prescription {
    Prescription {
        id,
        product: "methadone-syrup".into(),
        mg,
        starts: day(from),
        ends: day(to),
        prescriber: Some("Dr Peeters".into()),
        take_home_days: take_home,
        created_at: day(from).and_hms_opt(8, 0, 0).unwrap() - Duration::days(1),
    }
}

fn situation<'a>(
    on: u32,
    prescriptions: &'a [Prescription],
    covered: &'a [NaiveDate],
    decisions: &'a [Decision],
) -> Situation<'a> {
    Situation {
        today: day(on),
        day: day(on),
        prescriptions,
        covered,
        held: None,
        decisions,
        limits: Thresholds::default(),
    }
}

fn given() -> Asked {
    Asked {
        outcome: Outcome::Given,
        mg: None,
    }
}

fn covered(days: &[u32]) -> Vec<NaiveDate> {
    days.iter().map(|d| day(*d)).collect()
}

#[test]
fn a_first_dose_is_the_prescription_s() {
    let p = [prescription(1, 1, 14, 60.0, 0)];
    let plan = check(&situation(3, &p, &[], &[]), given()).unwrap();
    assert_eq!((plan.mg, plan.days, plan.missed), (60.0, vec![day(3)], 0));
}

#[test]
fn missed_days_count_the_scheduled_days_since_the_last_dose() {
    let p = [prescription(1, 1, 14, 60.0, 0)];
    for (last, on, missed) in [
        (5, 6, 0),
        (5, 7, 1),
        (5, 8, 2),
        (5, 9, 3),
        (5, 10, 4),
        (5, 12, 6),
    ] {
        let c = covered(&[1, 2, 3, 4, last]);
        assert_eq!(situation(on, &p, &c, &[]).missed(), missed, "{last} → {on}");
    }
    // Days no prescription ran are not missed.
    let p = [
        prescription(1, 1, 5, 60.0, 0),
        prescription(2, 9, 20, 60.0, 0),
    ];
    let c = covered(&[5]);
    assert_eq!(situation(10, &p, &c, &[]).missed(), 1);
}

#[test]
fn the_thresholds_withhold_send_to_the_prescriber_and_restart() {
    let p = [prescription(1, 1, 14, 60.0, 0)];
    let c = covered(&[1, 2]);
    assert!(
        check(&situation(4, &p, &c, &[]), given()).is_ok(),
        "1 missed"
    );
    assert!(
        check(&situation(5, &p, &c, &[]), given()).is_ok(),
        "2 missed"
    );
    assert_eq!(
        check(&situation(6, &p, &c, &[]), given()),
        Err(Refusal::Withhold { missed: 3 })
    );
    assert_eq!(
        check(&situation(7, &p, &c, &[]), given()),
        Err(Refusal::SeePrescriber { missed: 4 })
    );
    assert_eq!(
        check(&situation(8, &p, &c, &[]), given()),
        Err(Refusal::Induction { missed: 5 })
    );
    // A withheld or refused dose is recorded whatever the missed days.
    let withheld = Asked {
        outcome: Outcome::Withheld,
        mg: None,
    };
    assert_eq!(check(&situation(8, &p, &c, &[]), withheld).unwrap().mg, 0.0);
}

#[test]
fn a_decision_in_the_gap_lifts_the_hold_and_sets_the_restart_dose() {
    let p = [prescription(1, 1, 14, 60.0, 0)];
    let c = covered(&[1, 2]);
    let said = |d: u32, mg: Option<f64>| Decision {
        at: day(d).and_hms_opt(9, 0, 0).unwrap(),
        mg,
        for_day: None,
    };
    // At 3, any decision will do, and the dose stays the prescription's.
    let plan = check(&situation(6, &p, &c, &[said(6, None)]), given()).unwrap();
    assert_eq!((plan.mg, plan.missed), (60.0, 3));
    // At 4 and 5, the decision must set the dose.
    assert_eq!(
        check(&situation(7, &p, &c, &[said(7, None)]), given()),
        Err(Refusal::SeePrescriber { missed: 4 })
    );
    let plan = check(&situation(8, &p, &c, &[said(8, Some(30.0))]), given()).unwrap();
    assert_eq!((plan.mg, plan.by_decision), (30.0, true));
    // A decision before the gap does not speak to it.
    let c = covered(&[1, 2, 3]);
    assert_eq!(
        check(&situation(7, &p, &c, &[said(2, None)]), given()),
        Err(Refusal::Withhold { missed: 3 })
    );
    // The dose set by a decision holds until a new prescription.
    assert!(check_decision(&situation(8, &p, &c, &[]), None).is_err());
    assert_eq!(
        check_decision(&situation(8, &p, &c, &[]), Some(30.0)),
        Ok(4)
    );
    assert!(matches!(
        check_decision(&situation(8, &p, &c, &[]), Some(80.0)),
        Err(Refusal::RestartAbove { .. })
    ));
}

#[test]
fn no_dose_outside_the_prescription_nor_in_the_future_nor_twice() {
    let p = [prescription(1, 10, 14, 60.0, 0)];
    assert_eq!(
        check(&situation(9, &p, &[], &[]), given()),
        Err(Refusal::NotStarted { starts: day(10) })
    );
    assert_eq!(
        check(&situation(15, &p, &[], &[]), given()),
        Err(Refusal::Expired { ended: day(14) })
    );
    assert_eq!(
        check(&situation(15, &[], &[], &[]), given()),
        Err(Refusal::NoPrescription)
    );
    let mut s = situation(11, &p, &[], &[]);
    s.day = day(12);
    assert_eq!(check(&s, given()), Err(Refusal::Future { day: day(12) }));
    let mut s = situation(11, &p, &[], &[]);
    s.held = Some(Held::Dose("given"));
    assert!(matches!(
        check(&s, given()),
        Err(Refusal::AlreadyDosed { .. })
    ));
    s.held = Some(Held::Vomited);
    assert_eq!(check(&s, given()), Err(Refusal::Vomited));
    let more = Asked {
        outcome: Outcome::Given,
        mg: Some(61.0),
    };
    assert!(matches!(
        check(&situation(11, &p, &[], &[]), more),
        Err(Refusal::AboveDose { .. })
    ));
}

#[test]
fn take_homes_keep_to_the_schedule_the_ceiling_the_end_and_the_missed_days() {
    let take = |n| Asked {
        outcome: Outcome::TakeHome(n),
        mg: None,
    };
    let none = [prescription(1, 1, 14, 60.0, 0)];
    assert_eq!(
        check(&situation(3, &none, &[], &[]), take(2)),
        Err(Refusal::TakeHomesNotPrescribed)
    );
    let p = [prescription(1, 1, 14, 60.0, 3)];
    let plan = check(&situation(3, &p, &[], &[]), take(3)).unwrap();
    assert_eq!(plan.days, vec![day(3), day(4), day(5)]);
    assert!(matches!(
        check(&situation(3, &p, &[], &[]), take(4)),
        Err(Refusal::TakeHomesBeyondSchedule {
            asked: 4,
            allowed: 3
        })
    ));
    let wide = [prescription(1, 1, 14, 60.0, 7)];
    assert!(check(&situation(3, &wide, &[], &[]), take(7)).is_ok());
    assert!(matches!(
        check(&situation(3, &wide, &[], &[]), take(8)),
        Err(Refusal::TakeHomesBeyondCeiling { asked: 8 })
    ));
    assert_eq!(
        check(&situation(13, &p, &[], &[]), take(3)),
        Err(Refusal::TakeHomesBeyondEnd { ends: day(14) })
    );
    // One missed day suspends take-homes until a decision.
    let c = covered(&[1, 2, 3, 5]);
    assert_eq!(
        check(&situation(6, &p, &c, &[]), take(2)),
        Err(Refusal::TakeHomesSuspended { missed: 1 })
    );
    let decided = [Decision {
        at: day(5).and_hms_opt(10, 0, 0).unwrap(),
        mg: None,
        for_day: None,
    }];
    assert!(check(&situation(6, &p, &c, &decided), take(2)).is_ok());
    // A day already handed over is not handed over again.
    let c = covered(&[1, 2, 3, 4, 5, 7]);
    assert!(matches!(
        check(&situation(6, &p, &c, &decided), take(2)),
        Err(Refusal::AlreadyDosed { .. })
    ));
}

#[test]
fn a_prescription_is_checked_before_it_is_written() {
    let limits = Thresholds::default();
    assert_eq!(
        check_prescription(60.0, day(1), None, 0, &limits),
        Ok(day(14))
    );
    assert_eq!(
        check_prescription(60.0, day(10), Some(day(9)), 0, &limits),
        Err(Refusal::EndsBeforeStart)
    );
    assert!(matches!(
        check_prescription(60.0, day(1), Some(day(20)), 0, &limits),
        Err(Refusal::TooLong {
            days: 20,
            allowed: 14
        })
    ));
    assert_eq!(
        check_prescription(0.0, day(1), None, 0, &limits),
        Err(Refusal::BadDose)
    );
    assert_eq!(
        check_prescription(f64::NAN, day(1), None, 0, &limits),
        Err(Refusal::BadDose)
    );
    assert!(check_prescription(60.0, day(1), None, 8, &limits).is_err());
    assert_eq!(mg_text(60.0), "60");
    assert_eq!(mg_text(2.5), "2.5");
    assert_eq!(mg_text(0.4), "0.4");
}
