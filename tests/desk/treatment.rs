//! The dispensary nurse's dose screen, typed as a nurse would: opened from the queue, one key
//! gives today's dose, every refusal says why and writes nothing, two desks stay in step.

use crate::support::{Desk, keys, now, typed};
use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::state::Tab;
use seuil::domain::queue::Priority;
use seuil::domain::roles::Role;
use seuil::domain::treatment::Outcome;
use seuil::i18n::Lang;
use seuil::store::Store;
use seuil::store::queues::Actor;
use seuil::store::treatment::{DoseAsk, NewPrescription};

pub(crate) fn who(at: chrono::NaiveDateTime) -> Actor<'static> {
    Actor {
        by: "Inès",
        desk: Some("2"),
        at,
    }
}

pub(crate) fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// Methadone 60 mg from the 16th, take-homes up to `take_home` days.
pub(crate) fn prescribe(s: &Store, person: i64, take_home: u32) {
    let new = NewPrescription {
        product: "methadone-syrup".into(),
        mg: 60.0,
        starts: day(16),
        ends: None,
        prescriber: Some("Dr Janssens".into()),
        take_home_days: take_home,
        note: None,
    };
    s.prescribe(person, &new, who(day(16).and_hms_opt(8, 0, 0).unwrap()))
        .unwrap();
}

fn person_id(d: &Desk, name: &str) -> i64 {
    d.services
        .store
        .conn()
        .query_row("SELECT id FROM person WHERE given_name = ?1", [name], |r| {
            r.get(0)
        })
        .unwrap()
}

pub(crate) fn as_role(d: &mut Desk, role: Role) {
    d.state.ctx.session.as_mut().unwrap().role = role;
}

pub(crate) fn dose_rows(s: &Store) -> i64 {
    s.conn()
        .query_row("SELECT count(*) FROM dose_event", [], |r| r.get(0))
        .unwrap()
}

fn count(s: &Store, table: &str) -> i64 {
    s.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// Empties the focused field (Ctrl+U).
fn clear(d: &mut Desk) {
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
}

pub(crate) fn alt(d: &mut Desk, c: char) {
    d.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

/// A nurse's desk with Mohamed Benali prescribed and waiting at the dispensary.
pub(crate) fn nurse(lang: Lang, take_home: u32) -> (Desk, i64) {
    let mut d = Desk::with_register(lang);
    as_role(&mut d, Role::Nurse);
    let id = person_id(&d, "Mohamed Benali");
    prescribe(&d.services.store, id, take_home);
    d.services
        .store
        .join_person(id, "D", Priority::Normal, None, who(now()))
        .unwrap();
    (d, id)
}

/// From the Queues screen: the dispensary's queue, its ticket, `g`.
pub(crate) fn open_from_queue(d: &mut Desk) {
    keys(d, &[KeyCode::F(4)]);
    let at = d
        .state
        .ctx
        .services
        .iter()
        .position(|s| s.code == "D")
        .unwrap();
    keys(d, &[KeyCode::Char(char::from(b'1' + at as u8))]);
    assert_eq!(d.state.queues.entries.len(), 1, "{}", d.screen());
    keys(d, &[KeyCode::Char('g')]);
    assert_eq!(d.state.tab, Tab::Treatment, "{}", d.screen());
    assert!(d.state.treatment.open.is_some(), "{}", d.screen());
}

#[test]
fn from_the_queue_enter_gives_the_dose_and_enter_again_is_refused_with_the_reason() {
    let (mut d, id) = nurse(Lang::Fr, 0);
    open_from_queue(&mut d);
    assert!(
        d.screen().contains("Dose du jour : 60 mg"),
        "{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(dose_rows(&d.services.store), 1);
    let chart = &d.state.treatment.open.as_ref().unwrap().chart;
    assert!(chart.dosed_today().is_some(), "reloaded after the commit");
    let screen = d.screen();
    assert!(screen.contains("Dose enregistrée : 60 mg"), "{screen}");
    assert!(
        screen.contains("donnée sur place"),
        "the last doses list it\n{screen}"
    );
    // Enter again: refused, the store's sentence with the outcome in words; nothing written.
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(dose_rows(&d.services.store), 1);
    let screen = d.screen();
    assert!(screen.contains("déjà été enregistrée"), "{screen}");
    assert!(
        !screen.contains("(given)"),
        "the outcome in words\n{screen}"
    );
    // Esc goes back to the queue, whose dispensary row says the person is dosed.
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(d.state.tab, Tab::Queues);
    assert_eq!(d.state.queues.dosed, vec![id]);
    assert!(d.screen().contains("[dosé]"), "{}", d.screen());
}

#[test]
fn a_take_home_of_three_days_writes_three_rows_of_one_delivery() {
    let (mut d, _) = nurse(Lang::Fr, 3);
    open_from_queue(&mut d);
    // Beyond what the chart allows is refused by the store, nothing written.
    keys(&mut d, &[KeyCode::Char('h'), KeyCode::Char('5')]);
    assert_eq!(dose_rows(&d.services.store), 0, "{}", d.screen());
    assert!(d.screen().contains("en permet 3"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Char('h'), KeyCode::Char('3')]);
    assert_eq!(dose_rows(&d.services.store), 3, "{}", d.screen());
    let delivery = d.state.treatment.delivered;
    assert!(delivery.is_some(), "kept for the labels");
    let chart = &d.state.treatment.open.as_ref().unwrap().chart;
    assert_eq!(chart.back_on, Some(day(26)));
    assert!(chart.doses.iter().all(|r| Some(r.delivery) == delivery));
    assert!(d.screen().contains("26/11/2026"), "{}", d.screen());
}

#[test]
fn a_take_home_the_prescription_does_not_allow_is_said_at_once() {
    let (mut d, _) = nurse(Lang::Fr, 0);
    open_from_queue(&mut d);
    keys(&mut d, &[KeyCode::Char('h')]);
    assert!(d.state.treatment.asking.is_none());
    assert!(d.screen().contains("ne prévoit pas"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Char('3')]);
    assert_eq!(dose_rows(&d.services.store), 0);
}

#[test]
fn withheld_with_a_reason_from_the_list_or_in_words() {
    let (mut d, _) = nurse(Lang::Fr, 0);
    open_from_queue(&mut d);
    keys(&mut d, &[KeyCode::Char('w'), KeyCode::Esc]);
    assert_eq!(dose_rows(&d.services.store), 0, "Esc writes nothing");
    keys(&mut d, &[KeyCode::Char('w'), KeyCode::Down, KeyCode::Down]);
    // "Other" with no words is not taken.
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(dose_rows(&d.services.store), 0);
    typed(&mut d, "agitation");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(dose_rows(&d.services.store), 1, "{}", d.screen());
    let reason: String = d
        .services
        .store
        .conn()
        .query_row("SELECT reason FROM dose_event", [], |r| r.get(0))
        .unwrap();
    assert_eq!(reason, "agitation");
    assert!(d.screen().contains("suspendue"), "{}", d.screen());
    // Intoxicated, from the list, is kept as its code and said in words.
    let (mut d, _) = nurse(Lang::Fr, 0);
    open_from_queue(&mut d);
    keys(&mut d, &[KeyCode::Char('w'), KeyCode::Enter]);
    let reason: String = d
        .services
        .store
        .conn()
        .query_row("SELECT reason FROM dose_event", [], |r| r.get(0))
        .unwrap();
    assert_eq!(reason, "intoxicated");
    assert!(d.screen().contains("personne intoxiquée"), "{}", d.screen());
}

#[test]
fn after_three_missed_days_the_decision_then_enter_doses() {
    let (mut d, id) = nurse(Lang::Fr, 0);
    let paper = DoseAsk {
        day: day(19),
        outcome: Outcome::Given,
        mg: None,
        reason: None,
    };
    let at = day(19).and_hms_opt(9, 0, 0).unwrap();
    d.services.store.dose(id, &paper, who(at)).unwrap();
    open_from_queue(&mut d);
    assert!(d.screen().contains("3 jours manqués"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(dose_rows(&d.services.store), 1, "withheld: nothing written");
    assert!(d.screen().contains("décision (d)"), "{}", d.screen());
    // The decision form: Esc writes nothing.
    keys(&mut d, &[KeyCode::Char('d')]);
    typed(&mut d, "Dr Peeters");
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(count(&d.services.store, "dose_decision"), 0);
    // No prescriber named: the store says so, the form stays.
    keys(&mut d, &[KeyCode::Char('d'), KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "dose_decision"), 0);
    assert!(d.state.treatment.decision.is_some());
    assert!(d.screen().contains("nom du prescripteur"), "{}", d.screen());
    typed(&mut d, "Dr Peeters");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "reprendre la dose habituelle");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        count(&d.services.store, "dose_decision"),
        1,
        "{}",
        d.screen()
    );
    assert!(d.state.treatment.decision.is_none());
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(dose_rows(&d.services.store), 2, "{}", d.screen());
    assert!(d.screen().contains("Dr Peeters"), "{}", d.screen());
}

#[test]
fn four_missed_days_need_a_restart_dose_the_store_asks_for() {
    let (mut d, id) = nurse(Lang::Fr, 0);
    let paper = DoseAsk {
        day: day(18),
        outcome: Outcome::Given,
        mg: None,
        reason: None,
    };
    let at = day(18).and_hms_opt(9, 0, 0).unwrap();
    d.services.store.dose(id, &paper, who(at)).unwrap();
    open_from_queue(&mut d);
    keys(&mut d, &[KeyCode::Char('d')]);
    typed(&mut d, "Dr Peeters");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "vu ce matin");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "dose_decision"), 0);
    assert!(d.screen().contains("dose de reprise"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "30");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        count(&d.services.store, "dose_decision"),
        1,
        "{}",
        d.screen()
    );
    assert!(d.screen().contains("30 mg"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    let mg: f64 = d
        .services
        .store
        .conn()
        .query_row("SELECT mg FROM dose_event ORDER BY id DESC", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(mg, 30.0);
}

#[test]
fn alt_u_asks_then_takes_back_the_last_dose_of_today() {
    let (mut d, _) = nurse(Lang::Fr, 0);
    open_from_queue(&mut d);
    keys(&mut d, &[KeyCode::Enter]);
    alt(&mut d, 'u');
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(dose_rows(&d.services.store), 1, "Esc takes nothing back");
    alt(&mut d, 'u');
    assert!(d.screen().contains("Annuler le dernier"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(dose_rows(&d.services.store), 2, "a reversing row");
    let chart = &d.state.treatment.open.as_ref().unwrap().chart;
    assert!(chart.dosed_today().is_none());
    assert!(chart.hold.is_none(), "today's dose can be given again");
    assert!(d.screen().contains("[annulée]"), "{}", d.screen());
}

#[test]
fn a_new_prescription_through_the_form_and_esc_writes_nothing() {
    let (mut d, _) = nurse(Lang::Fr, 0);
    open_from_queue(&mut d);
    let before = count(&d.services.store, "prescription");
    keys(&mut d, &[KeyCode::Char('n'), KeyCode::Tab]);
    typed(&mut d, "45");
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(count(&d.services.store, "prescription"), before);
    assert!(d.state.treatment.prescription.is_none());
    // Bad input: the domain's reason, nothing written.
    keys(&mut d, &[KeyCode::Char('n'), KeyCode::Tab]);
    typed(&mut d, "beaucoup");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "prescription"), before);
    assert!(d.screen().contains("plus grand que 0"), "{}", d.screen());
    // The product by its name: "bup" picks buprenorphine.
    keys(&mut d, &[KeyCode::BackTab]);
    typed(&mut d, "bup");
    keys(&mut d, &[KeyCode::Tab]);
    for _ in 0..8 {
        keys(&mut d, &[KeyCode::Backspace]);
    }
    typed(&mut d, "8");
    // A renewal is offered from the day after the current one ends, with its prescriber and
    // take-home days; the dose is never copied. This one starts today instead.
    keys(&mut d, &[KeyCode::Tab]);
    let form = d.state.treatment.prescription.as_ref().unwrap();
    assert_eq!(form.inputs[2].text(), "30/11/2026");
    assert_eq!(form.inputs[4].text(), "Dr Janssens");
    clear(&mut d);
    typed(&mut d, "23/11/2026");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "30/11/2026");
    keys(&mut d, &[KeyCode::Tab]);
    clear(&mut d);
    typed(&mut d, "Dr Peeters");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        count(&d.services.store, "prescription"),
        before + 1,
        "{}",
        d.screen()
    );
    let (product, mg, ends, by): (String, f64, String, String) = d
        .services
        .store
        .conn()
        .query_row(
            "SELECT product, mg, ends, prescriber FROM prescription ORDER BY id DESC",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (product.as_str(), mg, ends.as_str(), by.as_str()),
        ("buprenorphine", 8.0, "2026-11-30", "Dr Peeters")
    );
    assert!(d.screen().contains("buprénorphine 8 mg"), "{}", d.screen());
}

#[test]
fn the_list_of_today_marks_who_is_dosed_and_enter_opens() {
    let (mut d, id) = nurse(Lang::Fr, 0);
    keys(&mut d, &[KeyCode::F(9)]);
    assert_eq!(d.state.treatment.entries.len(), 1, "{}", d.screen());
    assert!(d.screen().contains("pas encore"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(d.state.treatment.person_id, Some(id));
    keys(&mut d, &[KeyCode::Enter, KeyCode::Esc]);
    assert_eq!(d.state.tab, Tab::Treatment, "back to the list");
    assert!(d.screen().contains("donnée sur place"), "{}", d.screen());
}

#[test]
fn from_the_persons_page_g_opens_the_dose_screen() {
    let (mut d, id) = nurse(Lang::Fr, 0);
    typed(&mut d, "benali");
    alt(&mut d, 'o');
    assert_eq!(d.state.tab, Tab::Coverage, "{}", d.screen());
    keys(&mut d, &[KeyCode::Char('g')]);
    assert_eq!(d.state.tab, Tab::Treatment, "{}", d.screen());
    assert_eq!(d.state.treatment.person_id, Some(id));
}

#[test]
fn the_dose_screen_proposes_the_tdi_episode_and_opens_the_form_and_the_register() {
    let (mut d, _) = nurse(Lang::Fr, 0);
    open_from_queue(&mut d);
    let screen = d.screen();
    assert!(
        screen.contains("Pas encore d'épisode TDI"),
        "a first treatment proposes its episode\n{screen}"
    );
    keys(&mut d, &[KeyCode::Char('t')]);
    assert!(
        matches!(
            d.state.overlays.last(),
            Some(seuil::desk::overlays::Overlay::Tdi(_))
        ),
        "t opens the TDI form\n{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::Esc]);
    assert!(d.state.overlays.is_empty(), "{}", d.screen());
    assert_eq!(
        count(&d.services.store, "tdi_episode"),
        0,
        "never opened silently"
    );
    keys(&mut d, &[KeyCode::Char('s')]);
    assert!(
        matches!(
            d.state.overlays.last(),
            Some(seuil::desk::overlays::Overlay::Register(_))
        ),
        "s opens the register\n{}",
        d.screen()
    );
    keys(&mut d, &[KeyCode::Esc]);
    // Once an episode is open, nothing more is proposed.
    let id = d.state.treatment.person_id.unwrap();
    d.services
        .store
        .open_episode(id, &Default::default(), who(now()))
        .unwrap();
    keys(&mut d, &[KeyCode::Esc]);
    open_from_queue(&mut d);
    assert!(!d.screen().contains("épisode TDI"), "{}", d.screen());
}

#[test]
fn a_take_home_committed_prints_its_labels_and_a_supervised_dose_none() {
    use seuil::desk::effect::Effect;
    use seuil::desk::screens::treatment::{Reply, TreatmentView, on_msg};
    let mut view = TreatmentView {
        person_id: Some(7),
        ..TreatmentView::default()
    };
    let said = seuil::i18n::Msg::new("dispensary-recorded-take-home");
    let effects = on_msg(
        &mut view,
        Reply::Recorded {
            person_id: 7,
            said: said.clone(),
            delivery: Some(41),
        },
    );
    assert!(effects.contains(&Effect::PrintLabels(41)), "{effects:?}");
    let effects = on_msg(
        &mut view,
        Reply::Recorded {
            person_id: 7,
            said,
            delivery: None,
        },
    );
    assert!(!effects.iter().any(|e| matches!(e, Effect::PrintLabels(_))));
}
