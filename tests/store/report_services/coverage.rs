//! The coverage report: shares of the persons seen, routes and CPAS deadlines missed.

use super::*;

fn route(s: &Store, person: i64, c: Coverage) {
    let input = CoverageInput {
        coverage: c,
        ..CoverageInput::default()
    };
    s.save_coverage(person, &input, RENEW_DAYS, "t", at(3, 1, 9))
        .unwrap();
}

/// Awa (woman, 1990) seen in January and February, her mutuelle in order since 2 January;
/// an anonymous walk-in seen in February, under free care from then; Bilal (man, no birth
/// year) seen in March, his AMU requested on 10 January and never decided; Chris, a record of
/// Awa made by mistake, seen in March and merged into hers: his CPAS help requested on
/// 2 January, granted on the 20th, notified late on 15 February; his own mutuelle request
/// is the same route as Awa's and counts once, as hers.
pub(super) fn coverage_register() -> Store {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(5);
    let t0 = at(1, 2, 8);
    let awa = s
        .add_person(&fields("Awa", "1990", Some(Sex::Female)), "t", t0, &mut rng)
        .unwrap();
    let bilal = s
        .add_person(&fields("Bilal", "", Some(Sex::Male)), "t", t0, &mut rng)
        .unwrap();
    let anon = s.add_person(&Fields::default(), "t", t0, &mut rng).unwrap();
    let chris = s
        .add_person(&fields("Chris", "", None), "t", t0, &mut rng)
        .unwrap();
    s.record_visit(awa.id, None, "t", at(1, 5, 9)).unwrap();
    s.record_visit(awa.id, None, "t", at(2, 9, 9)).unwrap();
    s.record_visit(anon.id, None, "t", at(2, 10, 9)).unwrap();
    s.record_visit(bilal.id, None, "t", at(3, 3, 9)).unwrap();
    s.record_visit(chris.id, None, "t", at(3, 4, 9)).unwrap();
    let granted = |r: Route, from: NaiveDate| Coverage {
        route: Some(r),
        state: Some(State::Granted),
        valid_from: Some(from),
        ..Coverage::default()
    };
    route(&s, awa.id, granted(Route::Mutuelle, day(2026, 1, 2)));
    route(
        &s,
        chris.id,
        Coverage {
            requested: Some(day(2026, 1, 2)),
            decided: Some(day(2026, 1, 20)),
            notified: Some(day(2026, 2, 15)),
            ..granted(Route::Cpas, day(2026, 1, 20))
        },
    );
    route(
        &s,
        chris.id,
        Coverage {
            route: Some(Route::Mutuelle),
            state: Some(State::Requested),
            requested: Some(day(2026, 1, 3)),
            ..Coverage::default()
        },
    );
    route(
        &s,
        bilal.id,
        Coverage {
            route: Some(Route::Amu),
            state: Some(State::Requested),
            requested: Some(day(2026, 1, 10)),
            ..Coverage::default()
        },
    );
    let free = CareAccess {
        free_care_from: Some(day(2026, 2, 10)),
        ..CareAccess::default()
    };
    s.set_care_access(anon.id, &free, "t", at(2, 10, 9))
        .unwrap();
    s.merge(&awa.code, &chris.code, "t", at(3, 5, 9)).unwrap();
    s
}

#[test]
fn coverage_shares_count_a_merged_person_once_and_a_walk_in_as_a_person() {
    let s = coverage_register();
    let t = tables(&s, "coverage", OPEN);
    // Seen; insured, protected, free care (each as num, den).
    assert_eq!(
        rows(table(&t, "coverage-shares-by-period")),
        [
            vec![1, 1, 1, 1, 1, 0, 1],
            vec![2, 1, 2, 1, 2, 1, 2],
            vec![2, 1, 2, 1, 2, 0, 2],
            vec![3, 1, 3, 1, 3, 1, 3],
        ],
        "January: Awa; February: Awa and the walk-in; March: Bilal and Awa (as Chris)"
    );
    let seen = table(&t, "seen-by-band-sex");
    assert_eq!(band_sex(seen, "35-39", "f"), 1, "Awa");
    assert_eq!(band_sex(seen, "u", "m"), 1, "Bilal: no birth year");
    assert_eq!(band_sex(seen, "u", "u"), 1, "the walk-in");
    assert_eq!(total(seen), 3);
    let insured = table(&t, "insured-by-band-sex");
    assert_eq!((band_sex(insured, "35-39", "f"), total(insured)), (1, 1));
    let protected = table(&t, "protected-by-band-sex");
    assert_eq!(
        (band_sex(protected, "35-39", "f"), total(protected)),
        (1, 1),
        "Chris's CPAS help is Awa's"
    );
    let free = table(&t, "free-care-by-band-sex");
    assert_eq!((band_sex(free, "u", "u"), total(free)), (1, 1));
}

#[test]
fn routes_requested_granted_and_cpas_deadlines_missed() {
    let s = coverage_register();
    let t = tables(&s, "coverage", OPEN);
    // Requested, granted, decision late, notification late.
    let by_route = rows(table(&t, "routes-by-route"));
    assert_eq!(by_route[0], [0, 1, 0, 0], "mutuelle: Awa's, once");
    assert_eq!(by_route[2], [1, 1, 0, 1], "CPAS: notified late");
    assert_eq!(by_route[3], [1, 0, 1, 0], "AMU: no decision after 30 days");
    assert_eq!(by_route.last().unwrap(), &[2, 2, 1, 1]);
    assert_eq!(
        rows(table(&t, "routes-by-period")),
        [
            vec![2, 2, 0, 1],
            vec![0, 0, 1, 0],
            vec![0, 0, 0, 0],
            vec![2, 2, 1, 1]
        ],
        "notification due 28 January, decision due 9 February"
    );
    safe(&s, "coverage");
}
