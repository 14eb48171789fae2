//! The outreach report: sessions, places, contacts, accompaniments, vaccinations.

use super::*;

/// Places: a squat first visited in December 2025, Gare du Midi (metro) first visited on
/// 10 January, Parc Maximilien on 3 March. On 10 January at Gare du Midi three new women of
/// 25–29 (a tally of three) and Daniel (man, 1980) met for the first time, accompanied to the
/// hospital, vaccinated (hepatitis B, dose 1) and referred; on 20 January at the squat two men
/// already met; on 5 February at Gare du Midi Daniel again (dose 2), and a tally taken back;
/// on 3 March at the park a new person of 65 or more accompanied to a CPAS.
pub(super) fn outreach_register() -> Store {
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
