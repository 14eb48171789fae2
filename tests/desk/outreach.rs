//! The Outreach screen typed as an outreach worker would, on a laptop on their knees: a tally
//! in two or three keys, a new place on the spot, a person met, a vaccination needs its lot,
//! Esc writes nothing, Alt+U takes back; who may open it; the screen in French, Arabic and
//! Tigrinya at 80×24.

use crate::support::{Desk, keys, now, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::state::Tab;
use seuil::domain::roles::Role;
use seuil::i18n::Lang;
use seuil::store::Store;
use seuil::store::outreach::NewSession;
use seuil::store::queues::Actor;

fn who() -> Actor<'static> {
    Actor {
        by: "Inès",
        desk: Some("1"),
        at: now(),
    }
}

fn count(s: &Store, table: &str) -> i64 {
    s.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn alt(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT)
}

fn as_role(d: &mut Desk, role: Role) {
    d.state.ctx.session.as_mut().unwrap().role = role;
}

/// A nurse's desk with a place and today's session there, open on the Outreach screen.
fn in_session(lang: Lang) -> Desk {
    let mut d = Desk::with_register(lang);
    as_role(&mut d, Role::Nurse);
    let s = &d.services.store;
    s.add_place("Gare du Nord", "metro", Some("Schaerbeek"), who())
        .unwrap();
    s.save_partner(
        None,
        &seuil::store::partners::PartnerInput {
            name: "CPAS de Schaerbeek".into(),
            kind: "cpas".into(),
            letter_lang: "fr".into(),
            ..Default::default()
        },
        "test",
        now(),
    )
    .unwrap();
    s.start_session(
        &NewSession {
            place: "Gare du Nord".into(),
            team: Some("A".into()),
            ..Default::default()
        },
        who(),
    )
    .unwrap();
    d.key(alt('9'));
    assert_eq!(d.state.tab, Tab::Outreach);
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.outreach.open().is_some(), "{}", d.screen());
    d
}

fn contacts(d: &Desk) -> i64 {
    count(&d.services.store, "outreach_contact")
}

#[test]
fn a_tally_is_two_keys_and_a_new_contact_three() {
    let mut d = in_session(Lang::Fr);
    keys(&mut d, &[KeyCode::Char('f'), KeyCode::Char('4')]);
    assert_eq!(contacts(&d), 1, "{}", d.screen());
    keys(
        &mut d,
        &[KeyCode::Char('n'), KeyCode::Char('m'), KeyCode::Char('=')],
    );
    assert_eq!(contacts(&d), 2);
    let (sex, band, new): (String, String, bool) = d
        .services
        .store
        .conn()
        .query_row(
            "SELECT sex, age_band, new FROM outreach_contact ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((sex.as_str(), band.as_str(), new), ("m", "65+", true));
    let screen = d.screen();
    assert!(screen.contains("Contacts 2 · nouveaux 1"), "{screen}");
    assert!(screen.contains("homme 65+ · nouveau"), "{screen}");
    // `n` applies to one contact only: the next tally is not new.
    keys(&mut d, &[KeyCode::Char('u'), KeyCode::Char('u')]);
    let new: bool = d
        .services
        .store
        .conn()
        .query_row(
            "SELECT new FROM outreach_contact ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!new);
}

#[test]
fn esc_writes_nothing_at_any_step() {
    let mut d = in_session(Lang::Fr);
    // A sex pressed, then Esc: no tally.
    keys(&mut d, &[KeyCode::Char('f'), KeyCode::Esc]);
    // Material typed, then Esc, then Esc again drops what the next contact holds.
    keys(
        &mut d,
        &[
            KeyCode::Char('g'),
            KeyCode::Char('3'),
            KeyCode::Char('a'),
            KeyCode::Enter,
        ],
    );
    assert_eq!(
        d.state.outreach.next.given,
        vec![("syringe-1ml".to_string(), 3)]
    );
    keys(&mut d, &[KeyCode::Esc]);
    assert!(d.state.outreach.next.is_empty());
    // A vaccination form half typed, Esc.
    keys(&mut d, &[KeyCode::Char('v')]);
    typed(&mut d, "HepB");
    keys(&mut d, &[KeyCode::Esc]);
    // The person search, Esc; the start form, Esc.
    keys(&mut d, &[KeyCode::Char('p')]);
    typed(&mut d, "Moh");
    keys(&mut d, &[KeyCode::Esc, KeyCode::Esc]);
    assert!(
        d.state.outreach.session_id.is_none(),
        "Esc leaves the session"
    );
    keys(&mut d, &[KeyCode::Char('n')]);
    typed(&mut d, "Parc Maximilien");
    keys(&mut d, &[KeyCode::Esc]);
    let s = &d.services.store;
    assert_eq!(count(s, "outreach_contact"), 0);
    assert_eq!(count(s, "vaccination"), 0);
    assert_eq!(count(s, "counter_exchange"), 0);
    assert_eq!(count(s, "outreach_session"), 1);
    assert_eq!(count(s, "place"), 1);
    assert_eq!(count(s, "person"), 8);
}

#[test]
fn material_with_its_item_keys_goes_with_the_tally_in_one_exchange() {
    let mut d = in_session(Lang::Fr);
    keys(
        &mut d,
        &[
            KeyCode::Char('g'),
            KeyCode::Char('1'),
            KeyCode::Char('0'),
            KeyCode::Char('a'),
            KeyCode::Char('c'),
            KeyCode::Char('2'),
            KeyCode::Char('f'),
            KeyCode::Char('f'),
            KeyCode::Enter,
        ],
    );
    // As at the counter: the number stays for the next items until another is typed, and
    // an item pressed again with a number keeps that number.
    assert_eq!(
        d.state.outreach.next.given,
        vec![
            ("syringe-1ml".to_string(), 10),
            ("needle".to_string(), 10),
            ("water".to_string(), 2)
        ]
    );
    keys(&mut d, &[KeyCode::Char('x'), KeyCode::Char('3')]);
    let s = &d.services.store;
    assert_eq!(count(s, "counter_exchange"), 1);
    let session: Option<i64> = s
        .conn()
        .query_row("SELECT session_id FROM counter_exchange", [], |r| r.get(0))
        .unwrap();
    assert_eq!(session, d.state.outreach.session_id);
    let lines: i64 = s
        .conn()
        .query_row("SELECT sum(count) FROM counter_line", [], |r| r.get(0))
        .unwrap();
    assert_eq!(lines, 22);
    assert!(d.state.outreach.next.is_empty(), "emptied once recorded");
}

#[test]
fn a_new_place_on_the_spot_starts_the_session() {
    let mut d = Desk::with_register(Lang::Fr);
    as_role(&mut d, Role::Social);
    d.key(alt('9'));
    assert!(
        d.screen().contains("Pas encore de maraude aujourd'hui"),
        "{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::Char('n')]);
    typed(&mut d, "Parc Maximilien");
    // The kind: park (←→ on the kind field), then the team.
    keys(
        &mut d,
        &[
            KeyCode::Tab,
            KeyCode::Right,
            KeyCode::Right,
            KeyCode::Right,
            KeyCode::Tab,
        ],
    );
    // A new place asks its commune (name or postcode), then the day and the team.
    typed(&mut d, "1000");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "B");
    // Who was there: the worker logged in, and a colleague added after a comma.
    keys(&mut d, &[KeyCode::Tab, KeyCode::End]);
    typed(&mut d, ", Samira");
    assert!(
        d.screen().contains("Nouveau lieu « Parc Maximilien »"),
        "{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::Enter]);
    let place = d
        .services
        .store
        .place_named("parc maximilien")
        .unwrap()
        .unwrap();
    assert_eq!(place.kind, "park");
    assert!(place.commune.is_some(), "{place:?}");
    assert_eq!(place.first_visit.as_deref(), Some("2026-11-23"));
    assert!(d.state.outreach.open().is_some(), "{}", d.screen());
    assert_eq!(d.state.outreach.open().unwrap().team.as_deref(), Some("B"));
    assert_eq!(
        d.state.outreach.open().unwrap().staff,
        vec!["Samira".to_string(), "test".to_string()]
    );
    keys(&mut d, &[KeyCode::Char('f'), KeyCode::Char('3')]);
    assert_eq!(contacts(&d), 1);
    // A second session there today: the place is found, not added again.
    keys(&mut d, &[KeyCode::Esc, KeyCode::Char('n')]);
    typed(&mut d, "maxim");
    keys(&mut d, &[KeyCode::Down, KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "place"), 1);
    assert_eq!(count(&d.services.store, "outreach_session"), 2);
}

#[test]
fn a_place_of_only_punctuation_is_refused_in_the_form() {
    let mut d = Desk::with_register(Lang::Fr);
    as_role(&mut d, Role::Nurse);
    d.key(alt('9'));
    keys(&mut d, &[KeyCode::Char('n')]);
    typed(&mut d, "?!-");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.screen().contains("pas seulement"), "{}", d.screen());
    assert_eq!(count(&d.services.store, "place"), 0);
    assert_eq!(count(&d.services.store, "outreach_session"), 0);
}

#[test]
fn a_person_found_by_name_or_registered_with_nothing() {
    let mut d = in_session(Lang::Fr);
    keys(&mut d, &[KeyCode::Char('p')]);
    typed(&mut d, "Benali");
    assert!(d.screen().contains("Mohamed Benali"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    let (person, new): (Option<i64>, bool) = d
        .services
        .store
        .conn()
        .query_row("SELECT person_id, new FROM outreach_contact", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert!(person.is_some());
    assert!(new, "first outreach contact of the person");
    assert!(d.screen().contains("Contact avec"), "{}", d.screen());
    // The same person again: not new.
    keys(&mut d, &[KeyCode::Char('p')]);
    typed(&mut d, "Benali");
    keys(&mut d, &[KeyCode::Enter]);
    let new: bool = d
        .services
        .store
        .conn()
        .query_row(
            "SELECT new FROM outreach_contact ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!new);
    // Registered on the spot with nothing: a code only.
    keys(&mut d, &[KeyCode::Char('p')]);
    d.key(alt('n'));
    assert_eq!(count(&d.services.store, "person"), 9);
    assert!(d.screen().contains("Nouvelle personne"), "{}", d.screen());
}

#[test]
fn a_vaccination_without_a_lot_is_refused_and_with_it_goes_with_the_contact() {
    let mut d = in_session(Lang::Fr);
    keys(&mut d, &[KeyCode::Char('v')]);
    typed(&mut d, "Hépatite B");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(
        d.screen().contains("besoin du numéro de lot"),
        "{}",
        d.screen()
    );
    assert!(d.state.outreach.next.vaccination.is_none());
    // The cursor is on the lot already: what is typed next goes there, not to the vaccine.
    typed(&mut d, "HB-2291");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.outreach.next.vaccination.is_some());
    assert!(
        d.screen().contains("Hépatite B lot HB-2291 dose 1"),
        "{}",
        d.screen()
    );
    assert_eq!(
        count(&d.services.store, "vaccination"),
        0,
        "written with the contact"
    );
    keys(&mut d, &[KeyCode::Char('f'), KeyCode::Char('5')]);
    assert_eq!(count(&d.services.store, "vaccination"), 1);
    assert!(d.screen().contains("vaccinés 1"), "{}", d.screen());
}

#[test]
fn accompaniment_to_a_partner_chosen_from_the_directory() {
    let mut d = in_session(Lang::Fr);
    keys(&mut d, &[KeyCode::Char('a')]);
    typed(&mut d, "schaer");
    keys(
        &mut d,
        &[KeyCode::Enter, KeyCode::Char('m'), KeyCode::Char('6')],
    );
    let to: Option<i64> = d
        .services
        .store
        .conn()
        .query_row("SELECT accompanied_to FROM outreach_contact", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(to.is_some());
    assert!(d.screen().contains("accompagnés 1"), "{}", d.screen());
}

#[test]
fn alt_u_asks_then_takes_back_the_last_contact() {
    let mut d = in_session(Lang::Fr);
    keys(
        &mut d,
        &[KeyCode::Char('g'), KeyCode::Char('a'), KeyCode::Enter],
    );
    keys(&mut d, &[KeyCode::Char('f'), KeyCode::Char('4')]);
    d.key(alt('u'));
    assert!(
        d.screen().contains("Annuler le contact marqué"),
        "{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(contacts(&d), 1, "Esc: nothing taken back");
    d.key(alt('u'));
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(contacts(&d), 2, "a reversing row, never a delete");
    assert_eq!(
        count(&d.services.store, "counter_exchange"),
        2,
        "its material taken back too"
    );
    assert!(d.screen().contains("Contacts 0"), "{}", d.screen());
    assert!(d.screen().contains("(annulé)"), "{}", d.screen());
    // Taken back already: said, nothing written.
    d.key(alt('u'));
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(contacts(&d), 2);
    assert!(d.screen().contains("déjà été annulé"), "{}", d.screen());
}

#[test]
fn an_earlier_contact_chosen_with_the_arrows_is_the_one_taken_back() {
    let mut d = in_session(Lang::Fr);
    keys(&mut d, &[KeyCode::Char('f'), KeyCode::Char('4')]);
    keys(&mut d, &[KeyCode::Char('m'), KeyCode::Char('6')]);
    keys(&mut d, &[KeyCode::Char('x'), KeyCode::Char('2')]);
    let first: i64 = d
        .services
        .store
        .conn()
        .query_row("SELECT min(id) FROM outreach_contact", [], |r| r.get(0))
        .unwrap();
    // The latest is marked first; two rows down is the first contact, the woman of 25-29.
    keys(&mut d, &[KeyCode::Down, KeyCode::Down, KeyCode::Down]);
    assert_eq!(d.state.outreach.picked, 2, "the list ends at its last row");
    let marked = d
        .screen()
        .lines()
        .find(|l| l.contains('›'))
        .unwrap_or_default()
        .to_string();
    assert!(marked.contains("femme 25-29"), "{}", d.screen());
    d.key(alt('u'));
    keys(&mut d, &[KeyCode::Enter]);
    let reversed: i64 = d
        .services
        .store
        .conn()
        .query_row(
            "SELECT reverses FROM outreach_contact WHERE reverses IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(reversed, first);
    assert!(d.screen().contains("Contacts 2"), "{}", d.screen());
}

#[test]
fn a_session_entered_back_at_the_site_keeps_its_own_day_never_a_future_one() {
    let mut d = in_session(Lang::Fr);
    keys(&mut d, &[KeyCode::Esc, KeyCode::Char('n')]);
    typed(&mut d, "Gare du Nord");
    // A place of the register keeps its kind: Tab goes to the day, today to begin with,
    // written the French way.
    keys(&mut d, &[KeyCode::Tab]);
    assert!(d.screen().contains("Jour > 23/11/2026"), "{}", d.screen());
    for _ in 0..10 {
        keys(&mut d, &[KeyCode::Backspace]);
    }
    typed(&mut d, "24/11/2026");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.outreach.start.is_some(), "a future day is refused");
    assert!(d.screen().contains("24/11/2026"), "{}", d.screen());
    assert_eq!(count(&d.services.store, "outreach_session"), 1);
    for _ in 0..10 {
        keys(&mut d, &[KeyCode::Backspace]);
    }
    typed(&mut d, "20/11/2026");
    keys(&mut d, &[KeyCode::Enter]);
    let open = d.state.outreach.open().expect("the session started");
    assert_eq!(open.day, "2026-11-20");
    keys(&mut d, &[KeyCode::Char('f'), KeyCode::Char('4')]);
    let day: String = d
        .services
        .store
        .conn()
        .query_row(
            "SELECT s.day FROM outreach_contact k JOIN outreach_session s ON s.id = k.session_id
             ORDER BY k.id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(day, "2026-11-20", "its contacts count on that day");
    // Nobody named under "who was there": the worker logged in is recorded.
    keys(&mut d, &[KeyCode::Esc, KeyCode::Char('n')]);
    typed(&mut d, "Gare du Nord");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]);
    for _ in 0..10 {
        keys(&mut d, &[KeyCode::Backspace]);
    }
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(d.state.outreach.open().unwrap().place, "Gare du Nord");
    assert_eq!(
        d.state.outreach.open().unwrap().staff,
        vec!["test".to_string()]
    );
}

#[test]
fn more_than_five_hundred_of_an_item_in_the_street_asks_first() {
    let mut d = in_session(Lang::Fr);
    keys(
        &mut d,
        &[
            KeyCode::Char('g'),
            KeyCode::Char('6'),
            KeyCode::Char('0'),
            KeyCode::Char('0'),
            KeyCode::Char('a'),
            KeyCode::Enter,
        ],
    );
    assert!(d.screen().contains("600 ×"), "{}", d.screen());
    // Esc goes back to the material to correct it: 60, not 600.
    keys(&mut d, &[KeyCode::Esc, KeyCode::Backspace]);
    assert!(
        d.state.outreach.next.given.is_empty(),
        "{:?}",
        d.state.outreach.next
    );
    keys(
        &mut d,
        &[
            KeyCode::Char('6'),
            KeyCode::Char('0'),
            KeyCode::Char('0'),
            KeyCode::Char('a'),
            KeyCode::Enter,
            KeyCode::Enter,
        ],
    );
    keys(&mut d, &[KeyCode::Char('f'), KeyCode::Char('4')]);
    assert_eq!(contacts(&d), 1, "{}", d.screen());
    let n: i64 = d
        .services
        .store
        .conn()
        .query_row("SELECT sum(count) FROM counter_line", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 600);
}

#[test]
fn only_nurses_social_workers_and_the_coordinator_open_it() {
    for (role, opens) in [
        (Role::Reception, false),
        (Role::Mediator, false),
        (Role::Nurse, true),
        (Role::Social, true),
        (Role::Coordinator, true),
    ] {
        let mut d = Desk::with_register(Lang::Fr);
        as_role(&mut d, role);
        d.key(alt('9'));
        let screen = d.screen();
        assert_eq!(
            screen.contains("Pas encore de maraude"),
            opens,
            "{role:?}\n{screen}"
        );
        assert_eq!(
            screen.lines().nth(1).unwrap().contains("Maraude"),
            opens,
            "{role:?} tab line"
        );
        keys(&mut d, &[KeyCode::Char('n')]);
        assert_eq!(d.state.outreach.start.is_some(), opens, "{role:?}");
    }
}

fn snapshot_steps(lang: Lang) -> Vec<(String, String)> {
    let mut d = in_session(lang);
    keys(&mut d, &[KeyCode::Char('f'), KeyCode::Char('4')]);
    keys(
        &mut d,
        &[
            KeyCode::Char('g'),
            KeyCode::Char('2'),
            KeyCode::Char('a'),
            KeyCode::Enter,
        ],
    );
    keys(
        &mut d,
        &[KeyCode::Char('n'), KeyCode::Char('m'), KeyCode::Char('3')],
    );
    keys(&mut d, &[KeyCode::Char('n'), KeyCode::Char('u')]);
    let band = d.screen();
    keys(
        &mut d,
        &[KeyCode::Esc, KeyCode::Char('g'), KeyCode::Char('3')],
    );
    let material = d.screen();
    keys(&mut d, &[KeyCode::Esc]);
    let session = d.screen();
    // Esc drops what the next contact holds, Esc again leaves the session.
    keys(&mut d, &[KeyCode::Esc, KeyCode::Esc, KeyCode::Char('n')]);
    typed(&mut d, "Porte");
    let start = d.screen();
    vec![
        ("session".into(), session),
        ("band".into(), band),
        ("material".into(), material),
        ("start".into(), start),
    ]
}

#[test]
fn the_outreach_screens_in_french_arabic_and_tigrinya() {
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::Ar, "ar"), (Lang::Ti, "ti")] {
        for (name, screen) in snapshot_steps(lang) {
            insta::assert_snapshot!(format!("outreach_{name}_{code}"), screen);
        }
    }
}

#[test]
fn the_persons_page_lists_their_outreach_for_roles_that_see_it() {
    let mut d = in_session(Lang::Fr);
    keys(&mut d, &[KeyCode::Char('v')]);
    typed(&mut d, "Hépatite B");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "HB-7");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('a')]);
    typed(&mut d, "schaer");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('p')]);
    typed(&mut d, "Benali");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "vaccination"), 1);
    for (role, sees) in [(Role::Nurse, true), (Role::Reception, false)] {
        as_role(&mut d, role);
        keys(&mut d, &[KeyCode::F(3)]);
        d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        typed(&mut d, "Benali");
        d.key(alt('o'));
        let screen = d.screen();
        assert_eq!(
            screen.contains("Hépatite B lot HB-7 dose 1"),
            sees,
            "{role:?}\n{screen}"
        );
        assert_eq!(
            screen.contains("Gare du Nord · accompagné vers"),
            sees,
            "{role:?}\n{screen}"
        );
        keys(&mut d, &[KeyCode::Esc]);
    }
}

#[test]
fn material_given_in_the_street_is_marked_so_on_the_persons_page() {
    let mut d = in_session(Lang::Fr);
    keys(
        &mut d,
        &[KeyCode::Char('g'), KeyCode::Char('a'), KeyCode::Enter],
    );
    keys(&mut d, &[KeyCode::Char('p')]);
    typed(&mut d, "Benali");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "counter_exchange"), 1);
    keys(&mut d, &[KeyCode::F(3)]);
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    typed(&mut d, "Benali");
    d.key(alt('o'));
    let screen = d.screen();
    assert!(screen.contains("Matériel donné"), "{screen}");
    assert!(screen.contains("maraude · 1 × Seringue 1 ml"), "{screen}");
}
