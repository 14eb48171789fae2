//! Intercultural mediation in the register: the need kept on the person with who and when,
//! mediators joining a consultation, both in the audit trail and in the person's export.

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::person::Draft;
use seuil::domain::queue::{Move, Priority};
use seuil::domain::roles::Role;
use seuil::store::Store;
use seuil::store::audit::AuditFilter;
use seuil::store::mediation::MediationError;
use seuil::store::queues::Actor;

fn at(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(hour, 0, 0)
        .unwrap()
}

fn who(t: NaiveDateTime) -> Actor<'static> {
    Actor {
        by: "Bart",
        desk: Some("1"),
        at: t,
    }
}

/// A person speaking `languages`, registered on the 1st.
fn person(s: &Store, name: &str, languages: &str) -> seuil::store::Person {
    let fields = Draft {
        given_name: name.into(),
        languages: languages.into(),
        ..Draft::default()
    }
    .check(at(1, 8).date())
    .unwrap();
    s.add_person(
        &fields,
        "Bart",
        at(1, 8),
        &mut fastrand::Rng::with_seed(name.len() as u64),
    )
    .unwrap()
}

#[test]
fn the_need_is_kept_on_the_person_with_who_and_when_and_can_be_taken_back() {
    let s = Store::open_in_memory().unwrap();
    s.set_actor("Bart", Some("1")).unwrap();
    let p = person(&s, "Tesfay", "ti,en");
    let marked = s
        .set_mediation_need(p.id, Some("TI"), "Bart", at(2, 9))
        .unwrap();
    assert_eq!(marked.mediation.as_deref(), Some("ti"));
    assert_eq!(
        s.mediation_need(p.id).unwrap(),
        Some(("ti".into(), "2026-11-02 09:00:00".into(), "Bart".into()))
    );
    // Next visit, days later: the ticket carries it.
    let e = s
        .join(&p.code, "M", Priority::Normal, None, who(at(9, 10)))
        .unwrap();
    assert_eq!(e.mediation.as_deref(), Some("ti"));
    s.set_mediation_need(p.id, Some("en"), "Awa", at(9, 11))
        .unwrap();
    assert_eq!(s.mediation_need(p.id).unwrap().unwrap().2, "Awa");
    let gone = s.set_mediation_need(p.id, None, "Awa", at(9, 12)).unwrap();
    assert_eq!(gone.mediation, None);
    assert_eq!(s.entry(e.id).unwrap().mediation, None);
    assert!(matches!(
        s.set_mediation_need(p.id, Some("klingon"), "Awa", at(9, 12)),
        Err(MediationError::Language(_))
    ));
    // Each write is a line of the audit trail, on the person.
    let lines = s
        .audit(&AuditFilter {
            person: Some(p.code.clone()),
            ..AuditFilter::default()
        })
        .unwrap();
    let needs: Vec<&str> = lines
        .iter()
        .filter(|l| l.subject == "mediation_need")
        .map(|l| l.action.as_str())
        .collect();
    assert_eq!(needs, ["delete", "update", "insert"]);
    let fr = seuil::i18n::I18n::new(seuil::i18n::Lang::Fr);
    assert!(
        lines[0].what(&fr).contains("médiateur"),
        "{}",
        lines[0].what(&fr)
    );
}

#[test]
fn a_mediator_joins_a_consultation_once_and_may_take_it_back() {
    let s = Store::open_in_memory().unwrap();
    let p = person(&s, "Mohamed", "ar,fr");
    let other = person(&s, "Łukasz", "pl");
    s.set_mediation_need(p.id, Some("ar"), "Bart", at(2, 9))
        .unwrap();
    let e = s
        .join(&p.code, "M", Priority::Normal, None, who(at(2, 9)))
        .unwrap();
    let plain = s
        .join(&other.code, "M", Priority::Normal, None, who(at(2, 9)))
        .unwrap();
    let joined = s
        .join_mediation(e.id, "Amina", Some("2"), at(2, 10))
        .unwrap();
    assert_eq!(joined.mediators, ["Amina"]);
    let row: (String, String, String, Option<String>) = s
        .conn()
        .query_row(
            "SELECT staff, language, joined_at, desk FROM mediation WHERE entry_id = ?1",
            [e.id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        row,
        (
            "Amina".into(),
            "ar".into(),
            "2026-11-02 10:00:00".into(),
            Some("2".into())
        )
    );
    assert!(matches!(
        s.join_mediation(e.id, "amina", None, at(2, 10)),
        Err(MediationError::AlreadyJoined(_))
    ));
    let both = s.join_mediation(e.id, "Yonas", None, at(2, 11)).unwrap();
    assert_eq!(both.mediators, ["Amina", "Yonas"]);
    assert!(matches!(
        s.join_mediation(plain.id, "Amina", None, at(2, 10)),
        Err(MediationError::NotNeeded(_))
    ));
    let left = s.leave_mediation(e.id, "Yonas").unwrap();
    assert_eq!(left.mediators, ["Amina"]);
    assert!(matches!(
        s.leave_mediation(e.id, "Yonas"),
        Err(MediationError::NotJoined(_))
    ));
    s.move_entry(e.id, Move::Call, 3, None, who(at(2, 12)))
        .unwrap();
    s.move_entry(e.id, Move::Finish, 3, None, who(at(2, 12)))
        .unwrap();
    assert!(matches!(
        s.join_mediation(e.id, "Sara", None, at(2, 12)),
        Err(MediationError::Closed(_))
    ));
    // The person's export has the need and who came to their consultation.
    let export = s.export_person(p.id).unwrap().unwrap();
    assert_eq!(export["mediation_need"][0]["language"], "ar");
    assert_eq!(export["mediations"][0]["staff"], "Amina");
    assert_eq!(export["mediations"][0]["ticket"], "M-001");
}

#[test]
fn a_mediators_list_is_made_of_their_languages() {
    let s = Store::open_in_memory().unwrap();
    for (name, langs, need) in [
        ("Mohamed", "ar,fr", "ar"),
        ("Tesfay", "ti", "ti"),
        ("Ola", "pl", "pl"),
    ] {
        let p = person(&s, name, langs);
        s.set_mediation_need(p.id, Some(need), "Bart", at(2, 9))
            .unwrap();
        s.join(&p.code, "M", Priority::Normal, None, who(at(2, 9)))
            .unwrap();
    }
    let unmarked = person(&s, "Hagos", "ti");
    s.join(&unmarked.code, "N", Priority::Normal, None, who(at(2, 9)))
        .unwrap();
    s.add_staff("Amina", Role::Mediator, "2468", "2468", None, at(1, 8))
        .unwrap();
    let amina = s
        .set_staff_speaks("Amina", &["ar".into(), "ti".into()])
        .unwrap();
    assert_eq!(amina.speaks, ["ar", "ti"]);
    let hers = s
        .mediation_waiting("2026-11-02", Some(&amina.speaks))
        .unwrap();
    let langs: Vec<_> = hers.iter().filter_map(|e| e.mediation.clone()).collect();
    assert_eq!(langs, ["ar", "ti"]);
    assert_eq!(s.mediation_waiting("2026-11-02", None).unwrap().len(), 3);
    assert!(
        s.mediation_waiting("2026-11-03", None).unwrap().is_empty(),
        "today only"
    );
    // The board may speak the languages of everyone waiting, and learns nothing else.
    let mut board = s.waiting_languages("2026-11-02").unwrap();
    board.sort();
    assert_eq!(board, [vec!["ar", "fr"], vec!["pl"], vec!["ti"]]);
}

#[test]
fn a_need_follows_a_merge_and_old_joinings_go_with_their_tickets() {
    let s = Store::open_in_memory().unwrap();
    let kept = person(&s, "Mohamed Benali", "ar");
    let dup = person(&s, "Mouhamed Ben Ali", "ar");
    s.set_mediation_need(dup.id, Some("ar"), "Bart", at(2, 9))
        .unwrap();
    s.merge(&kept.code, &dup.code, "Bart", at(2, 9)).unwrap();
    assert_eq!(
        s.person(kept.id).unwrap().unwrap().mediation.as_deref(),
        Some("ar")
    );
    let e = s
        .join(&kept.code, "M", Priority::Normal, None, who(at(2, 10)))
        .unwrap();
    assert_eq!(e.mediation.as_deref(), Some("ar"));
    s.join_mediation(e.id, "Amina", None, at(2, 10)).unwrap();
    // Taken back on the kept record, it is gone from the merged one too.
    s.set_mediation_need(kept.id, None, "Bart", at(2, 11))
        .unwrap();
    assert_eq!(s.mediation_need(dup.id).unwrap(), None);
    let purged = s.purge("2026-11-20").unwrap();
    assert_eq!(purged.tickets, 1);
    let left: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM mediation", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}
