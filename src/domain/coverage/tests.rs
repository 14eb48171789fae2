use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn amu(requested: NaiveDate) -> Coverage {
    Coverage {
        route: Some(Route::Amu),
        state: Some(State::Requested),
        requested: Some(requested),
        ..Coverage::default()
    }
}

fn steps(c: &Coverage, today: NaiveDate) -> Vec<(Step, Option<NaiveDate>, bool)> {
    next_steps(c, today, RENEW_DAYS)
        .into_iter()
        .map(|n| (n.step, n.due, n.overdue))
        .collect()
}

#[test]
fn deadline_table() {
    // (request, today, expected decision date, decision overdue)
    let table = [
        (d(2026, 11, 1), d(2026, 11, 13), d(2026, 12, 1), false),
        (d(2026, 1, 31), d(2026, 2, 1), d(2026, 3, 2), false),
        (d(2024, 1, 31), d(2024, 2, 1), d(2024, 3, 1), false),
        (d(2024, 2, 29), d(2024, 3, 1), d(2024, 3, 30), false),
        (d(2026, 12, 15), d(2027, 1, 20), d(2027, 1, 14), true),
    ];
    for (req, today, due, overdue) in table {
        let mut c = amu(req);
        c.acknowledged = Some(req);
        let s = steps(&c, today);
        assert_eq!(
            s[0],
            (Step::DecisionDue, Some(due), overdue),
            "{req} {today}"
        );
    }
}

#[test]
fn no_acknowledgement_asks_for_proof_of_the_request_date() {
    let s = steps(&amu(d(2026, 11, 11)), d(2026, 11, 23));
    assert_eq!(
        s[0],
        (Step::GetAcknowledgement, Some(d(2026, 11, 11)), true)
    );
    assert_eq!(s[1].0, Step::DecisionDue);
}

#[test]
fn missing_decision_opens_the_appeal_three_months_after_it_should_have_been_notified() {
    let mut c = amu(d(2026, 8, 1));
    c.acknowledged = Some(d(2026, 8, 1));
    let s = steps(&c, d(2026, 9, 15));
    // 1 Aug + 38 days = 8 Sep; + 3 months = 8 Dec.
    assert!(
        s.contains(&(Step::AppealUntil, Some(d(2026, 12, 8)), false)),
        "{s:?}"
    );
    assert!(s.contains(&(Step::DecisionDue, Some(d(2026, 8, 31)), true)));
}

#[test]
fn notification_after_decision_then_appeal_after_refusal() {
    let mut c = amu(d(2026, 10, 1));
    c.acknowledged = Some(d(2026, 10, 1));
    c.decided = Some(d(2026, 10, 20));
    c.state = Some(State::Refused);
    assert_eq!(
        steps(&c, d(2026, 10, 25))[0],
        (Step::NotificationDue, Some(d(2026, 10, 28)), false)
    );
    c.notified = Some(d(2026, 11, 30));
    // 30 Nov + 3 months = 28 Feb (month end).
    assert_eq!(
        steps(&c, d(2026, 12, 1)),
        vec![(Step::AppealUntil, Some(d(2027, 2, 28)), false)]
    );
}

#[test]
fn renewal_flagged_fourteen_days_before_the_end_then_expired() {
    let c = Coverage {
        route: Some(Route::MediPrima),
        state: Some(State::Granted),
        valid_from: Some(d(2026, 6, 1)),
        valid_until: Some(d(2026, 12, 31)),
        ..Coverage::default()
    };
    assert!(steps(&c, d(2026, 12, 16)).is_empty());
    assert_eq!(
        steps(&c, d(2026, 12, 17)),
        vec![(Step::Renew, Some(d(2026, 12, 31)), false)]
    );
    assert_eq!(
        steps(&c, d(2027, 1, 1)),
        vec![(Step::Expired, Some(d(2026, 12, 31)), true)]
    );
    assert_eq!(
        next_steps(&c, d(2026, 12, 1), 30).len(),
        1,
        "a site may warn 30 days before"
    );
}

#[test]
fn missing_dates_still_give_what_can_be_said() {
    let c = Coverage {
        route: Some(Route::Cpas),
        state: Some(State::Requested),
        ..Coverage::default()
    };
    assert!(
        steps(&c, d(2026, 11, 23)).is_empty(),
        "no request date: no deadline to compute"
    );
    let unknown = Coverage::default();
    assert_eq!(
        steps(&unknown, d(2026, 11, 23)),
        vec![(Step::Start, None, false)]
    );
    let closed = Coverage {
        route: Some(Route::Amu),
        state: Some(State::Closed),
        ..amu(d(2026, 1, 1))
    };
    assert!(steps(&closed, d(2026, 11, 23)).is_empty());
}

#[test]
fn fedasil_no_show_and_bim_suggestion() {
    let c = Coverage {
        route: Some(Route::FedasilNoShow),
        state: Some(State::Granted),
        ..Coverage::default()
    };
    assert_eq!(steps(&c, d(2026, 11, 23))[0].0, Step::FedasilAgreementFirst);
    let mutuelle = Coverage {
        route: Some(Route::Mutuelle),
        state: Some(State::Granted),
        ..Coverage::default()
    };
    assert!(suggest_bim(std::slice::from_ref(&mutuelle), true));
    assert!(!suggest_bim(std::slice::from_ref(&mutuelle), false));
    let bim = Coverage {
        route: Some(Route::Bim),
        ..Coverage::default()
    };
    assert!(!suggest_bim(&[mutuelle, bim], true));
}

#[test]
fn dates_are_checked_with_a_reason() {
    let today = d(2026, 11, 23);
    assert_eq!(
        check(&amu(d(2026, 11, 24)), today),
        Err(DateProblem::InTheFuture)
    );
    let mut c = amu(d(2026, 11, 10));
    c.decided = Some(d(2026, 11, 9));
    assert_eq!(check(&c, today), Err(DateProblem::BeforeRequest));
    c.decided = Some(d(2026, 11, 12));
    c.notified = Some(d(2026, 11, 11));
    assert_eq!(check(&c, today), Err(DateProblem::NotifiedBeforeDecision));
    let v = Coverage {
        valid_from: Some(d(2026, 6, 1)),
        valid_until: Some(d(2026, 5, 31)),
        ..Coverage::default()
    };
    assert_eq!(check(&v, today), Err(DateProblem::ValidityEndsBeforeStart));
    let ok = Coverage {
        valid_from: Some(d(2026, 6, 1)),
        valid_until: Some(d(2027, 5, 31)),
        ..amu(d(2026, 11, 1))
    };
    assert_eq!(
        check(&ok, today),
        Ok(()),
        "validity may run into the future"
    );
}

#[test]
fn competent_cpas_from_home_or_from_where_a_homeless_person_is() {
    assert_eq!(
        competent_commune(Some("1030"), None).unwrap().fr,
        "Schaerbeek"
    );
    assert_eq!(
        competent_commune(Some("nfa"), Some("Saint-Gilles"))
            .unwrap()
            .key,
        "1060"
    );
    assert_eq!(competent_commune(None, Some("1000")).unwrap().nl, "Brussel");
    assert!(competent_commune(Some("Liège"), None).is_none());
}

#[test]
fn routes_and_states_round_trip() {
    for r in Route::ALL {
        assert_eq!(Route::parse(r.code()), Some(r));
    }
    for s in State::ALL {
        assert_eq!(State::parse(s.code()), Some(s));
    }
    assert_eq!(Route::parse("AMU"), Some(Route::Amu));
    assert_eq!(Route::parse("xyz"), None);
}
