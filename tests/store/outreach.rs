//! The mobile teams' register: places, sessions, contacts and their figures, as the store
//! keeps them whatever the desk or the command line does.

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::outreach::{Tally, Totals};
use seuil::store::Store;
use seuil::store::outreach::{Met, NewContact, NewSession, NewVaccination, OutreachError};
use seuil::store::queues::Actor;

fn at(day: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(14, 0, 0)
        .unwrap()
}

fn who(day: u32) -> Actor<'static> {
    Actor {
        by: "Inès",
        desk: None,
        at: at(day),
    }
}

fn session(s: &Store, place: &str, day: u32) -> i64 {
    s.start_session(
        &NewSession {
            place: place.into(),
            day: Some(at(day).date()),
            ..Default::default()
        },
        who(day),
    )
    .unwrap()
}

fn tally(sex: &'static str, band: &'static str, new: bool, people: u32) -> Met {
    Met::Tally(Tally {
        sex,
        band,
        new,
        people,
    })
}

fn count(s: &Store, table: &str) -> i64 {
    s.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_place_needs_a_letter_and_a_name_of_its_own() {
    let s = Store::open_in_memory().unwrap();
    let p = s
        .add_place(" Porte  de Hal ", "metro", Some("1060"), who(1))
        .unwrap();
    assert_eq!(p.name, "Porte de Hal");
    assert_eq!(p.commune.as_deref(), Some("1060"));
    assert_eq!(p.commune_name().as_deref(), Some("Saint-Gilles"));
    assert!(matches!(
        s.add_place("?!…", "street", None, who(1)),
        Err(OutreachError::PlaceName(_))
    ));
    assert!(matches!(
        s.add_place("   ", "street", None, who(1)),
        Err(OutreachError::PlaceName(_))
    ));
    assert!(matches!(
        s.add_place("PORTE DE HAL", "street", None, who(1)),
        Err(OutreachError::DuplicatePlace(n)) if n == "Porte de Hal"
    ));
    assert!(matches!(
        s.add_place("Flagey", "beach", None, who(1)),
        Err(OutreachError::UnknownKind(_))
    ));
    assert!(matches!(
        s.add_place("Flagey", "square", Some("Paris"), who(1)),
        Err(OutreachError::UnknownKind(_)) | Err(OutreachError::UnknownCommune(_))
    ));
    assert_eq!(count(&s, "place"), 1);
}

#[test]
fn the_first_session_sets_the_first_visit_and_new_places_are_counted_once() {
    let s = Store::open_in_memory().unwrap();
    s.add_place("Gare du Nord", "metro", None, who(1)).unwrap();
    s.add_place("Parc", "park", None, who(1)).unwrap();
    let a = session(&s, "gare du nord", 10);
    session(&s, "Gare du Nord", 12);
    // A session entered later for an earlier day moves the first visit back.
    session(&s, "Parc", 12);
    session(&s, "Parc", 5);
    let place = s.place_named("Parc").unwrap().unwrap();
    assert_eq!(place.first_visit.as_deref(), Some("2026-11-05"));
    let t = s.outreach_totals(at(1).date(), at(30).date()).unwrap();
    assert_eq!((t.sessions, t.places_visited, t.new_places), (4, 2, 2));
    let t = s.outreach_totals(at(11).date(), at(30).date()).unwrap();
    assert_eq!((t.sessions, t.places_visited, t.new_places), (2, 2, 0));
    assert_eq!(s.session_totals(a).unwrap().new_places, 1);
    let later = s.sessions(at(12).date(), at(12).date()).unwrap();
    assert!(later.iter().all(|r| r.totals.new_places == 0), "{later:?}");
}

#[test]
fn a_session_is_never_in_the_future_nor_at_a_closed_or_unknown_place() {
    let s = Store::open_in_memory().unwrap();
    s.add_place("Squat Rue Haute", "squat", None, who(1))
        .unwrap();
    let ask = |day: u32| NewSession {
        place: "Squat Rue Haute".into(),
        day: Some(at(day).date()),
        ..Default::default()
    };
    assert!(matches!(
        s.start_session(&ask(11), who(10)),
        Err(OutreachError::FutureDate(_))
    ));
    assert!(matches!(
        s.start_session(
            &NewSession {
                place: "Nowhere".into(),
                ..ask(10)
            },
            who(10)
        ),
        Err(OutreachError::UnknownPlace(_))
    ));
    s.close_place("squat rue haute", who(10)).unwrap();
    assert!(matches!(
        s.start_session(&ask(10), who(10)),
        Err(OutreachError::PlaceClosed(_))
    ));
    assert_eq!(count(&s, "outreach_session"), 0);
    // A new place named on the spot comes with the session, in one transaction.
    let id = s
        .start_session(
            &NewSession {
                place: "Mont des Arts".into(),
                new_place: Some("park".into()),
                team: Some(" B ".into()),
                staff: vec!["Ana".into(), "Bo".into()],
                ..ask(10)
            },
            who(10),
        )
        .unwrap();
    let row = s.session(id).unwrap().unwrap();
    assert_eq!(
        (row.place.as_str(), row.team.as_deref()),
        ("Mont des Arts", Some("B"))
    );
    assert_eq!(row.staff, vec!["Ana".to_string(), "Bo".to_string()]);
}

#[test]
fn contacts_count_people_new_ones_accompaniments_and_vaccinations() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(3);
    s.add_place("Gare du Midi", "metro", None, who(1)).unwrap();
    let id = session(&s, "Gare du Midi", 10);
    let partner = s
        .save_partner(
            None,
            &seuil::store::partners::PartnerInput {
                name: "Hôpital Saint-Pierre".into(),
                kind: "hospital".into(),
                letter_lang: "fr".into(),
                ..Default::default()
            },
            "test",
            at(1),
        )
        .unwrap();
    let add = |k: NewContact, rng: &mut fastrand::Rng| s.add_contact(&k, who(10), rng);
    add(NewContact::new(id, tally("f", "25-29", true, 3)), &mut rng).unwrap();
    let r = add(
        NewContact {
            given: vec![("syringe-1ml".into(), 10), ("water".into(), 10)],
            accompanied_to: Some(partner.id),
            vaccination: Some(NewVaccination {
                vaccine: "Hépatite B".into(),
                lot: "HB-1".into(),
                dose_number: 2,
                reaction: None,
            }),
            ..NewContact::new(id, Met::NewPerson(Box::default()))
        },
        &mut rng,
    )
    .unwrap();
    let (person, code) = r.person.clone().unwrap();
    assert!(r.new);
    // The same person again: known, not new.
    let again = add(NewContact::new(id, Met::Person(person)), &mut rng).unwrap();
    assert!(!again.new);
    let t = s.session_totals(id).unwrap();
    assert_eq!(
        t,
        Totals {
            sessions: 1,
            places_visited: 1,
            new_places: 1,
            contacts: 5,
            new_contacts: 4,
            accompaniments: 1,
            vaccinations: 1,
        }
    );
    let vaccinations = s.person_vaccinations(person).unwrap();
    assert_eq!(vaccinations.len(), 1);
    assert_eq!(
        (
            vaccinations[0].lot.as_str(),
            vaccinations[0].given_on.as_str()
        ),
        ("HB-1", "2026-11-10")
    );
    assert_eq!(vaccinations[0].place.as_deref(), Some("Gare du Midi"));
    let contacts = s.person_contacts(person).unwrap();
    assert_eq!(contacts.len(), 2);
    assert!(
        contacts
            .iter()
            .all(|c| c.person.as_deref() == Some(code.as_str()))
    );
    let exchange_session: Option<i64> = s
        .conn()
        .query_row("SELECT session_id FROM counter_exchange", [], |r| r.get(0))
        .unwrap();
    assert_eq!(exchange_session, Some(id));
}

#[test]
fn a_bad_contact_writes_nothing_at_all() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(3);
    s.add_place("Flagey", "street", None, who(1)).unwrap();
    let id = session(&s, "Flagey", 10);
    let no_lot = NewContact {
        vaccination: Some(NewVaccination {
            vaccine: "Tétanos".into(),
            lot: "  ".into(),
            dose_number: 1,
            reaction: None,
        }),
        ..NewContact::new(id, Met::NewPerson(Box::default()))
    };
    assert!(matches!(
        s.add_contact(&no_lot, who(10), &mut rng),
        Err(OutreachError::NoLot)
    ));
    let nobody = NewContact::new(id, tally("m", "u", false, 0));
    assert!(matches!(
        s.add_contact(&nobody, who(10), &mut rng),
        Err(OutreachError::People)
    ));
    // An item not on the list: the person registered in the same act is not kept either.
    let unknown = NewContact {
        given: vec![("crack".into(), 1)],
        ..NewContact::new(id, Met::NewPerson(Box::default()))
    };
    assert!(matches!(
        s.add_contact(&unknown, who(10), &mut rng),
        Err(OutreachError::Counter(_))
    ));
    let elsewhere = NewContact::new(99, tally("f", "u", false, 1));
    assert!(matches!(
        s.add_contact(&elsewhere, who(10), &mut rng),
        Err(OutreachError::UnknownSession(99))
    ));
    for table in [
        "outreach_contact",
        "vaccination",
        "counter_exchange",
        "person",
    ] {
        assert_eq!(count(&s, table), 0, "{table}");
    }
}

#[test]
fn a_contact_is_taken_back_by_a_reversing_row_the_same_day_only() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(3);
    s.add_place("Flagey", "street", None, who(1)).unwrap();
    let id = session(&s, "Flagey", 10);
    let k = NewContact {
        given: vec![("condom".into(), 5)],
        ..NewContact::new(id, tally("x", "30-34", true, 2))
    };
    let first = s.add_contact(&k, who(10), &mut rng).unwrap().contact_id;
    let second = s.add_contact(&k, who(10), &mut rng).unwrap().contact_id;
    assert_eq!(s.reverse_last_contact(id, who(10)).unwrap(), second);
    assert_eq!(s.session_totals(id).unwrap().contacts, 2);
    // The next one back is the first; then there is none left.
    assert_eq!(s.reverse_last_contact(id, who(10)).unwrap(), first);
    assert!(matches!(
        s.reverse_last_contact(id, who(10)),
        Err(OutreachError::NothingToReverse)
    ));
    assert!(matches!(
        s.reverse_contact(id, first, who(10)),
        Err(OutreachError::AlreadyReversed(_))
    ));
    // Named with another session: refused, whatever the contact.
    assert!(matches!(
        s.reverse_contact(id + 1, first, who(10)),
        Err(OutreachError::NotInSession(..))
    ));
    assert_eq!(s.session_totals(id).unwrap().contacts, 0);
    assert_eq!(
        count(&s, "outreach_contact"),
        4,
        "kept, with their reversals"
    );
    let reversed_exchanges: i64 = s
        .conn()
        .query_row(
            "SELECT count(*) FROM counter_exchange WHERE reverses IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(reversed_exchanges, 2);
    // A contact of another day stays.
    let third = s.add_contact(&k, who(10), &mut rng).unwrap().contact_id;
    assert!(matches!(
        s.reverse_contact(id, third, who(11)),
        Err(OutreachError::NotToday(_))
    ));
    // Never edited or deleted in place.
    assert!(
        s.conn()
            .execute("DELETE FROM outreach_contact", [])
            .is_err()
    );
}
