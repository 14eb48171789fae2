//! The coverage, harm-reduction and outreach reports on small hand-built registers whose
//! figures are known: a person merged during the period counts once (and their routes once),
//! an anonymous walk-in counts as a person, no birth year goes to "age unknown", an exchange or
//! a contact taken back counts nowhere, a tally of three counts three; the outreach figures
//! agree with the teams' own totals; and no small count can be found again from the totals.

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::coverage::{Coverage, RENEW_DAYS, Route, State};
use seuil::domain::indicators::{By, Hidden, Label, Table, Value, recoverable};
use seuil::domain::outreach::{AGE_BANDS, SEXES, Tally};
use seuil::domain::person::{Draft, Fields, Sex};
use seuil::i18n::Lang;
use seuil::report::{self, Query, Rule};
use seuil::store::Store;
use seuil::store::counter::{Giving, NewNaloxoneBatch, NewReversal, Outcome};
use seuil::store::coverage::{CareAccess, CoverageInput};
use seuil::store::outreach::{Met, NewContact, NewSession, NewVaccination};
use seuil::store::partners::PartnerInput;
use seuil::store::queues::Actor;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(m: u32, d: u32, h: u32) -> NaiveDateTime {
    day(2026, m, d).and_hms_opt(h, 0, 0).unwrap()
}

fn who(t: NaiveDateTime) -> Actor<'static> {
    Actor {
        by: "Inès",
        desk: Some("1"),
        at: t,
    }
}

fn query() -> Query {
    Query {
        from: day(2026, 1, 1),
        to: day(2026, 3, 31),
        by: By::Month,
        lang: Lang::Fr,
    }
}

const OPEN: Rule = Rule {
    apply: false,
    ..Rule::DEFAULT
};

fn tables(s: &Store, name: &str, rule: Rule) -> Vec<(Table, Hidden)> {
    report::run(s, name, query(), rule, &mut |_, _| {})
        .unwrap()
        .tables
}

fn table<'a>(t: &'a [(Table, Hidden)], name: &str) -> &'a Table {
    &t.iter()
        .find(|(t, _)| t.name == name)
        .unwrap_or_else(|| panic!("no table {name}"))
        .0
}

/// Every row's cells as counts (shares as their numerator, then denominator).
fn rows(t: &Table) -> Vec<Vec<u64>> {
    t.rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .flat_map(|v| match *v {
                    Value::Count(n) => vec![n],
                    Value::Share { num, den } => vec![num, den],
                    Value::Measure { n, .. } => vec![n],
                })
                .collect()
        })
        .collect()
}

fn band_sex(t: &Table, band: &str, sex: &str) -> u64 {
    let r = AGE_BANDS.iter().position(|b| *b == band).unwrap();
    let c = SEXES.iter().position(|s| *s == sex).unwrap();
    t.cell(r, c).unwrap().count().unwrap()
}

fn total(t: &Table) -> u64 {
    t.rows
        .last()
        .unwrap()
        .cells
        .last()
        .unwrap()
        .count()
        .unwrap()
}

fn fields(name: &str, birth: &str, sex: Option<Sex>) -> Fields {
    Draft {
        given_name: name.into(),
        birth: birth.into(),
        sex,
        ..Draft::default()
    }
    .check(day(2026, 1, 1))
    .unwrap()
}

/// Under the centre's rule, every small count is hidden and none can be found again.
fn safe(s: &Store, name: &str) {
    for (t, hidden) in tables(s, name, Rule::DEFAULT) {
        assert!(recoverable(&t, &hidden).is_empty(), "{}", t.name);
        for (r, row) in t.rows.iter().enumerate() {
            for (c, v) in row.cells.iter().enumerate() {
                if let Some(n) = v.count()
                    && n > 0
                    && n < 5
                {
                    assert!(hidden.contains(&(r, c)), "{} ({r},{c})", t.name);
                }
            }
        }
    }
}

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
fn coverage_register() -> Store {
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

/// Counter: on 5 January ten syringes and ten waters, eight used returned; on 6 January a
/// naloxone kit, also for two other people; on 3 February five syringes and two crack pipes
/// in an emergency; on 4 February twenty syringes, taken back. In the street on 2 March five
/// syringes and three condoms. On 10 March the kit is reported used: recovered, emergency
/// services called.
fn harm_register() -> Store {
    let s = Store::open_in_memory().unwrap();
    s.receive_naloxone(
        &NewNaloxoneBatch {
            lot: "NX-1".into(),
            expires: day(2027, 1, 1),
            kits: 10,
        },
        who(at(1, 2, 8)),
    )
    .unwrap();
    let give = |lines: &[(&str, u32)], g: Giving, t: NaiveDateTime| {
        let g = Giving {
            lines: lines.iter().map(|(c, n)| (c.to_string(), *n)).collect(),
            ..g
        };
        s.give(&g, who(t)).unwrap()
    };
    let none = Giving::default;
    give(
        &[("syringe-1ml", 10), ("water", 10)],
        Giving {
            returned: 8,
            ..none()
        },
        at(1, 5, 9),
    );
    let kit_exchange = give(
        &[("naloxone", 1)],
        Giving {
            for_others: 2,
            ..none()
        },
        at(1, 6, 9),
    );
    give(
        &[("syringe-1ml", 5), ("crack-pipe", 2)],
        Giving {
            emergency: true,
            ..none()
        },
        at(2, 3, 9),
    );
    give(&[("syringe-2ml", 20)], none(), at(2, 4, 9));
    s.undo_last_exchange(who(at(2, 4, 10))).unwrap();
    s.add_place("Gare du Midi", "metro", None, who(at(3, 2, 8)))
        .unwrap();
    let session = s
        .start_session(
            &NewSession {
                place: "Gare du Midi".into(),
                day: Some(day(2026, 3, 2)),
                ..Default::default()
            },
            who(at(3, 2, 14)),
        )
        .unwrap();
    let contact = NewContact {
        given: vec![("syringe-1ml".into(), 5), ("condom".into(), 3)],
        ..NewContact::new(session, tally("u", "u", false, 1))
    };
    let mut rng = fastrand::Rng::with_seed(3);
    s.add_contact(&contact, who(at(3, 2, 15)), &mut rng)
        .unwrap();
    let kit = s.exchange(kit_exchange).unwrap().unwrap().kits[0].id;
    s.report_reversal(
        &NewReversal {
            kit_id: Some(kit),
            person_id: None,
            happened_on: Some(day(2026, 3, 8)),
            emergency_called: Some(true),
            outcome: Outcome::Recovered,
            note: None,
        },
        who(at(3, 10, 9)),
    )
    .unwrap();
    s
}

#[test]
fn material_given_by_kind_at_the_counter_and_in_the_street_without_what_was_taken_back() {
    let s = harm_register();
    let t = tables(&s, "harm-reduction", OPEN);
    let kinds = rows(table(&t, "items-by-kind"));
    assert_eq!(
        kinds[0],
        [25, 5, 30],
        "injection: the 20 taken back are not there"
    );
    assert_eq!(kinds[1], [2, 0, 2], "smoking");
    assert_eq!(kinds[3], [0, 3, 3], "safer sex");
    assert_eq!(kinds[4], [1, 0, 1], "naloxone");
    assert_eq!(kinds.last().unwrap(), &[28, 8, 36]);
    assert_eq!(
        rows(table(&t, "items-by-period")),
        [
            vec![21, 0, 21],
            vec![7, 0, 7],
            vec![0, 8, 8],
            vec![28, 8, 36]
        ]
    );
}

#[test]
fn used_material_returned_kits_exchanges_and_secondary_distribution() {
    let s = harm_register();
    let t = tables(&s, "harm-reduction", OPEN);
    // Exchange items given, returned, rate (returned of given).
    assert_eq!(
        rows(table(&t, "returns-by-period")),
        [
            vec![10, 8, 8, 10],
            vec![5, 0, 0, 5],
            vec![5, 0, 0, 5],
            vec![20, 8, 8, 20]
        ]
    );
    let rate = table(&t, "returns-by-period").rows[3].cells[2];
    assert_eq!(rate.percent(), Some(40.0));
    assert_eq!(
        rows(table(&t, "exchanges-by-period")),
        [vec![2, 0, 2], vec![1, 0, 1], vec![0, 1, 1], vec![3, 1, 4]],
        "the exchange taken back and its reversing row count nowhere"
    );
    assert_eq!(
        rows(table(&t, "for-others-by-period")),
        [vec![1, 2, 0], vec![0, 0, 1], vec![0, 0, 0], vec![1, 2, 1]]
    );
    assert_eq!(
        rows(table(&t, "naloxone-by-period")),
        [vec![1, 0], vec![0, 0], vec![0, 1], vec![1, 1]]
    );
    let outcomes = rows(table(&t, "reversals-by-outcome"));
    assert_eq!(outcomes[0], [1, 1], "recovered, emergency services called");
    assert_eq!(outcomes.last().unwrap(), &[1, 1]);
    safe(&s, "harm-reduction");
}

fn tally(sex: &'static str, band: &'static str, new: bool, people: u32) -> Met {
    Met::Tally(Tally {
        sex,
        band,
        new,
        people,
    })
}

/// Places: a squat first visited in December 2025, Gare du Midi (metro) first visited on
/// 10 January, Parc Maximilien on 3 March. On 10 January at Gare du Midi three new women of
/// 25–29 (a tally of three) and Daniel (man, 1980) met for the first time, accompanied to the
/// hospital, vaccinated (hepatitis B, dose 1) and referred; on 20 January at the squat two men
/// already met; on 5 February at Gare du Midi Daniel again (dose 2), and a tally taken back;
/// on 3 March at the park a new person of 65 or more accompanied to a CPAS.
fn outreach_register() -> Store {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(9);
    let hospital = s
        .save_partner(
            None,
            &PartnerInput {
                name: "Hôpital Saint-Pierre".into(),
                kind: "hospital".into(),
                letter_lang: "fr".into(),
                ..Default::default()
            },
            "t",
            at(1, 2, 8),
        )
        .unwrap();
    let cpas = s
        .partner_named("CPAS Saint-Gilles / OCMW Sint-Gillis")
        .unwrap()
        .unwrap();
    let t0 = day(2025, 12, 15).and_hms_opt(14, 0, 0).unwrap();
    for (name, kind) in [
        ("Squat Rue Haute", "squat"),
        ("Gare du Midi", "metro"),
        ("Parc Maximilien", "park"),
    ] {
        s.add_place(name, kind, None, who(t0)).unwrap();
    }
    let session = |place: &str, t: NaiveDateTime| {
        s.start_session(
            &NewSession {
                place: place.into(),
                day: Some(t.date()),
                ..Default::default()
            },
            who(t),
        )
        .unwrap()
    };
    session("Squat Rue Haute", t0);
    let midi = session("Gare du Midi", at(1, 10, 14));
    let add = |k: NewContact, t: NaiveDateTime, rng: &mut fastrand::Rng| {
        s.add_contact(&k, who(t), rng).unwrap()
    };
    add(
        NewContact::new(midi, tally("f", "25-29", true, 3)),
        at(1, 10, 15),
        &mut rng,
    );
    let vaccine = |dose| NewVaccination {
        vaccine: "Hépatite B".into(),
        lot: "HB-1".into(),
        dose_number: dose,
        reaction: None,
    };
    let daniel = fields("Daniel", "1980", Some(Sex::Male));
    let daniel = add(
        NewContact {
            accompanied_to: Some(hospital.id),
            referral: Some("CPAS Saint-Gilles".into()),
            vaccination: Some(vaccine(1)),
            ..NewContact::new(midi, Met::NewPerson(Box::new(daniel)))
        },
        at(1, 10, 15),
        &mut rng,
    )
    .person
    .unwrap()
    .0;
    let squat = session("Squat Rue Haute", at(1, 20, 14));
    add(
        NewContact::new(squat, tally("m", "u", false, 2)),
        at(1, 20, 15),
        &mut rng,
    );
    let midi = session("Gare du Midi", at(2, 5, 14));
    add(
        NewContact {
            vaccination: Some(vaccine(2)),
            ..NewContact::new(midi, Met::Person(daniel))
        },
        at(2, 5, 15),
        &mut rng,
    );
    add(
        NewContact::new(midi, tally("u", "u", true, 1)),
        at(2, 5, 15),
        &mut rng,
    );
    s.reverse_last_contact(midi, who(at(2, 5, 16))).unwrap();
    let park = session("Parc Maximilien", at(3, 3, 14));
    add(
        NewContact {
            accompanied_to: Some(cpas.id),
            ..NewContact::new(park, tally("x", "65+", true, 1))
        },
        at(3, 3, 15),
        &mut rng,
    );
    s
}

#[test]
fn outreach_sessions_places_and_new_places_agree_with_the_teams_totals() {
    let s = outreach_register();
    let t = tables(&s, "outreach", OPEN);
    // Sessions, new places, accompaniments, vaccinations, referrals.
    let per = rows(table(&t, "outreach-by-period"));
    assert_eq!(
        per,
        [
            vec![2, 1, 1, 1, 1],
            vec![1, 0, 0, 1, 0],
            vec![1, 1, 1, 0, 0],
            vec![4, 2, 2, 2, 1]
        ]
    );
    assert_eq!(
        rows(table(&t, "places-by-period")),
        [vec![2], vec![1], vec![1], vec![3]],
        "a place visited in two months is one place in the period"
    );
    let kinds = rows(table(&t, "places-by-kind"));
    assert_eq!(
        (&kinds[0], &kinds[1], &kinds[3]),
        (&vec![1, 0], &vec![1, 1], &vec![1, 1]),
        "squat (not new), metro, park"
    );
    let q = query();
    let totals = s.outreach_totals(q.from, q.to).unwrap();
    let contacts = rows(table(&t, "contacts-by-period"));
    assert_eq!(
        (per[3][0], per[3][1], per[3][2], per[3][3]),
        (
            u64::from(totals.sessions),
            u64::from(totals.new_places),
            u64::from(totals.accompaniments),
            u64::from(totals.vaccinations)
        )
    );
    assert_eq!(kinds.last().unwrap()[0], u64::from(totals.places_visited));
    assert_eq!(contacts[3][2], u64::from(totals.contacts));
    assert_eq!(contacts[3][1], u64::from(totals.new_contacts));
}

#[test]
fn contacts_count_a_tally_of_three_as_three_and_what_was_taken_back_nowhere() {
    let s = outreach_register();
    let t = tables(&s, "outreach", OPEN);
    // Already met, new, all.
    assert_eq!(
        rows(table(&t, "contacts-by-period")),
        [vec![2, 4, 6], vec![1, 0, 1], vec![0, 1, 1], vec![3, 5, 8]]
    );
    let met = table(&t, "contacts-by-band-sex");
    assert_eq!(band_sex(met, "25-29", "f"), 3, "a tally of three");
    assert_eq!(band_sex(met, "u", "m"), 2, "no age band: unknown");
    assert_eq!(band_sex(met, "45-49", "m"), 2, "Daniel, met twice");
    assert_eq!(band_sex(met, "65+", "x"), 1);
    assert_eq!(total(met), 8);
    let new = table(&t, "new-contacts-by-band-sex");
    assert_eq!(band_sex(new, "45-49", "m"), 1);
    assert_eq!(total(new), 5);
    let partners = rows(table(&t, "accompaniments-by-partner-kind"));
    assert_eq!(
        (partners[0][0], partners[1][0], partners[6][0]),
        (1, 1, 2),
        "hospital, CPAS, all"
    );
    let vaccinations = table(&t, "vaccinations-by-vaccine-dose");
    assert_eq!(vaccinations.rows[0].label, Label::Text("Hépatite B".into()));
    assert_eq!(rows(vaccinations), [vec![1, 1, 2], vec![1, 1, 2]]);
    safe(&s, "outreach");
}
