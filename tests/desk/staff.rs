//! Staff, login, lock, audit trail, drafts and retention, as a desk and a coordinator use them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{Desk, keys, now, typed};
use chrono::TimeDelta;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::gate::{Gate, GateKind};
use seuil::desk::{Message, Tab};
use seuil::domain::roles::Role;
use seuil::i18n::Lang;
use seuil::store::Store;
use seuil::store::audit::AuditFilter;
use seuil::store::staff::StaffError;

fn store_with_staff() -> Store {
    let s = Store::open_in_memory().unwrap();
    s.add_staff("Awa", Role::Coordinator, "2468", "2468", None, now())
        .unwrap();
    s.add_staff("Bart", Role::Reception, "1357", "1357", Some("nl"), now())
        .unwrap();
    s
}

#[test]
fn login_checks_the_pin_and_slows_down_after_wrong_ones() {
    let s = store_with_staff();
    assert_eq!(
        s.login("bart", "1357", now()).unwrap().role,
        Role::Reception
    );
    assert!(matches!(
        s.login("Bart", "0000", now()),
        Err(StaffError::Refused)
    ));
    assert!(matches!(
        s.login("Bart", "0000", now()),
        Err(StaffError::Refused)
    ));
    // The third wrong PIN in a row: further tries wait.
    assert!(matches!(
        s.login("Bart", "0000", now()),
        Err(StaffError::Wait(5))
    ));
    // Even the right PIN is not checked while waiting.
    assert!(matches!(
        s.login("Bart", "1357", now()),
        Err(StaffError::Wait(_))
    ));
    let later = now() + TimeDelta::seconds(6);
    assert_eq!(s.login("Bart", "1357", later).unwrap().name, "Bart");
    // A name nobody has is refused like a wrong PIN.
    assert!(matches!(
        s.login("Nobody", "1357", now()),
        Err(StaffError::Refused)
    ));
}

#[test]
fn pins_are_checked_and_never_stored_in_clear() {
    let s = Store::open_in_memory().unwrap();
    for (pin, again) in [
        ("12", "12"),
        ("12a4", "12a4"),
        ("1234567890123", "1234567890123"),
    ] {
        assert!(matches!(
            s.add_staff("X", Role::Nurse, pin, again, None, now()),
            Err(StaffError::PinShape)
        ));
    }
    assert!(matches!(
        s.add_staff("X", Role::Nurse, "1234", "1243", None, now()),
        Err(StaffError::PinsDiffer)
    ));
    s.add_staff("X", Role::Nurse, "918273", "918273", None, now())
        .unwrap();
    let hash: String = s
        .conn()
        .query_row("SELECT pin_hash FROM staff", [], |r| r.get(0))
        .unwrap();
    assert!(
        hash.starts_with("$argon2id$") && !hash.contains("918273"),
        "{hash}"
    );
}

#[test]
fn the_site_keeps_an_active_coordinator() {
    let s = store_with_staff();
    assert!(matches!(
        s.change_staff("Awa", Role::Coordinator, false, None),
        Err(StaffError::LastCoordinator)
    ));
    assert!(matches!(
        s.change_staff("Awa", Role::Nurse, true, None),
        Err(StaffError::LastCoordinator)
    ));
    s.change_staff("Bart", Role::Coordinator, true, None)
        .unwrap();
    s.change_staff("Awa", Role::Nurse, true, None).unwrap();
    // A disabled account cannot log in.
    s.change_staff("Awa", Role::Nurse, false, None).unwrap();
    assert!(matches!(
        s.login("Awa", "2468", now()),
        Err(StaffError::Refused)
    ));
}

#[test]
fn every_write_and_opening_is_in_the_audit_trail_with_who_and_desk() {
    let mut d = Desk::with_register(Lang::Fr);
    let s = &d.services.store;
    s.add_staff("Awa", Role::Coordinator, "2468", "2468", None, now())
        .unwrap();
    s.set_actor("os:test", Some("1")).unwrap();
    s.login("Awa", "2468", now()).unwrap();
    d.services.by = "Awa".into();
    typed(&mut d, "Tesfay");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    let s = &d.services.store;
    let lines = s.audit(&AuditFilter::default()).unwrap();
    let mine: Vec<_> = lines.iter().filter(|l| l.staff == "Awa").collect();
    assert!(
        mine.iter()
            .any(|l| l.action == "insert" && l.subject == "visit" && l.person.is_some()),
        "{mine:#?}"
    );
    assert!(mine.iter().any(|l| l.action == "login"), "{mine:#?}");
    assert!(
        mine.iter()
            .any(|l| l.action == "open" && l.person.is_some()),
        "the send-to window opened the record: {mine:#?}"
    );
    assert!(mine.iter().all(|l| l.desk.as_deref() == Some("1")));
    // Filtered by person, by staff, by day.
    let code = mine.iter().find_map(|l| l.person.clone()).unwrap();
    let by_person = s
        .audit(&AuditFilter {
            person: Some(code.clone()),
            ..AuditFilter::default()
        })
        .unwrap();
    assert!(!by_person.is_empty() && by_person.iter().all(|l| l.person.as_deref() == Some(&code)));
    let by_staff = s
        .audit(&AuditFilter {
            staff: Some("awa".into()),
            ..AuditFilter::default()
        })
        .unwrap();
    assert_eq!(by_staff.len(), mine.len());
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    let by_day = s
        .audit(&AuditFilter {
            day: Some(today),
            ..AuditFilter::default()
        })
        .unwrap();
    assert_eq!(by_day.len(), lines.len());
    let none = s
        .audit(&AuditFilter {
            day: Some("2001-01-01".into()),
            ..AuditFilter::default()
        })
        .unwrap();
    assert!(none.is_empty());
}

#[test]
fn the_audit_trail_cannot_be_altered_even_with_sql() {
    let s = store_with_staff();
    s.log_open(1).unwrap();
    let before = s.audit(&AuditFilter::default()).unwrap();
    assert!(!before.is_empty());
    for sql in [
        "UPDATE audit SET staff = 'someone else'",
        "DELETE FROM audit",
        "DELETE FROM audit WHERE id = 1",
    ] {
        let err = s.conn().execute(sql, []).unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    assert_eq!(s.audit(&AuditFilter::default()).unwrap(), before);
}

#[test]
fn first_start_creates_the_site_and_the_coordinator() {
    let mut d = Desk::empty(Lang::Fr);
    d.state.ctx.session = None;
    d.state.gate = Some(Gate::setup(None));
    insta::assert_snapshot!("setup_fr", d.screen());
    typed(&mut d, "Maison d'accueil");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "Rue de la Source 12, 1060 Saint-Gilles");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "02 555 01 23");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "Awa");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "2468");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "2486");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.gate.is_some(), "different PINs are refused");
    typed(&mut d, "2468");
    keys(&mut d, &[KeyCode::Enter]);
    // PIN again was cleared and focused: type it once more.
    assert!(d.state.gate.is_none(), "{:?}", d.state.gate);
    let session = d.state.ctx.session.clone().unwrap();
    assert_eq!(
        (session.name.as_str(), session.role),
        ("Awa", Role::Coordinator)
    );
    assert_eq!(
        d.services.store.setting("site_name").unwrap().as_deref(),
        Some("Maison d'accueil")
    );
    // Where the Admin screen's Centre section and `seuil site` keep the letterhead.
    let site = d.services.store.site().unwrap();
    assert_eq!(
        site.address.as_deref(),
        Some("Rue de la Source 12, 1060 Saint-Gilles")
    );
    assert_eq!(site.phone.as_deref(), Some("02 555 01 23"));
}

#[test]
fn the_first_start_needs_no_address_or_phone() {
    let mut d = Desk::empty(Lang::Fr);
    d.state.ctx.session = None;
    d.state.gate = Some(Gate::setup(None));
    typed(&mut d, "Maison Nord");
    // Enter goes on while the next field is empty: past the address and phone, to the name.
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
    typed(&mut d, "Awa");
    keys(&mut d, &[KeyCode::Enter]);
    typed(&mut d, "2468");
    keys(&mut d, &[KeyCode::Enter]);
    typed(&mut d, "2468");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.gate.is_none(), "{:?}", d.state.gate);
    let site = d.services.store.site().unwrap();
    assert_eq!(site.name, "Maison Nord");
    assert_eq!((site.address, site.phone), (None, None));
}

fn login_desk(lang: Lang) -> Desk {
    let mut d = Desk::with_register(lang);
    let s = &d.services.store;
    s.add_staff("Awa", Role::Coordinator, "2468", "2468", None, now())
        .unwrap();
    s.add_staff("Bart", Role::Reception, "1357", "1357", Some("nl"), now())
        .unwrap();
    d.state.ctx.session = None;
    d.state.gate = Some(Gate::login(GateKind::Login, None));
    d
}

#[test]
fn login_screen_hides_everything_and_switches_to_the_staff_language() {
    let mut d = login_desk(Lang::Fr);
    typed(&mut d, "Bart");
    keys(&mut d, &[KeyCode::Enter]);
    typed(&mut d, "99");
    insta::assert_snapshot!("login_fr", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.gate.as_ref().unwrap().error.is_some());
    typed(&mut d, "1357");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.gate.is_none());
    assert_eq!(d.state.ctx.lang, Lang::Nl, "Bart's language");
    assert_eq!(d.services.by, "Bart");
}

#[test]
fn the_language_asked_on_the_command_line_stays_for_the_run() {
    let mut d = login_desk(Lang::Ar);
    d.state.lang_asked = true;
    typed(&mut d, "Bart");
    keys(&mut d, &[KeyCode::Enter]);
    typed(&mut d, "1357");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.gate.is_none());
    assert_eq!(d.state.ctx.lang, Lang::Ar, "--lang ar, not Bart's Dutch");
}

#[test]
fn reception_cannot_open_the_admin_screen() {
    let mut d = login_desk(Lang::Fr);
    typed(&mut d, "Bart");
    keys(&mut d, &[KeyCode::Enter]);
    typed(&mut d, "1357");
    keys(&mut d, &[KeyCode::Enter, KeyCode::F(8)]);
    assert_eq!(d.state.tab, Tab::Admin);
    let shown = d.screen();
    assert!(!shown.contains("Douche"), "{shown}");
    insta::assert_snapshot!("admin_refused_nl", shown);
    // Its keys do nothing either.
    keys(&mut d, &[KeyCode::Char('a')]);
    assert!(d.state.admin.form.is_none());
}

#[test]
fn the_desk_locks_itself_when_idle_and_on_one_key() {
    let mut d = Desk::with_register(Lang::Fr);
    d.services
        .store
        .add_staff("test", Role::Coordinator, "2468", "2468", None, now())
        .unwrap();
    d.state.lock_after = Some(TimeDelta::minutes(5));
    typed(&mut d, "Tesfay");
    d.send(Message::Tick(now() + TimeDelta::minutes(4)));
    assert!(d.state.gate.is_none());
    d.send(Message::Tick(now() + TimeDelta::minutes(6)));
    assert_eq!(d.state.gate.as_ref().unwrap().kind, GateKind::Locked);
    let locked = d.screen();
    assert!(!locked.contains("Tesfay"), "{locked}");
    let gate = d.state.gate.as_ref().unwrap();
    assert!(gate.inputs[0].is_empty(), "nobody's name is offered");
    insta::assert_snapshot!("locked_fr", locked);
    typed(&mut d, "test");
    keys(&mut d, &[KeyCode::Enter]);
    typed(&mut d, "2468");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.gate.is_none());
    assert_eq!(
        d.state.intake.search.text(),
        "Tesfay",
        "the same person finds their work"
    );
    d.key(KeyEvent::new(KeyCode::F(12), KeyModifiers::NONE));
    assert!(d.state.gate.is_some());
}

#[test]
fn a_half_filled_form_is_offered_back_after_a_crash() {
    let mut d = Desk::with_register(Lang::Fr);
    d.services
        .store
        .add_staff("test", Role::Coordinator, "2468", "2468", None, now())
        .unwrap();
    keys(&mut d, &[]);
    d.key(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::ALT));
    typed(&mut d, "Yonas");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "Haile");
    d.send(Message::Tick(now() + TimeDelta::seconds(1)));
    // The desk dies here. Its database lives on; a new desk opens on it and the same person logs in.
    let store = std::mem::replace(&mut d.services.store, Store::open_in_memory().unwrap());
    let mut again = Desk::empty(Lang::Fr);
    again.services.store = store;
    again.state.ctx.session = None;
    again.state.gate = Some(Gate::login(GateKind::Login, Some("test")));
    typed(&mut again, "2468");
    keys(&mut again, &[KeyCode::Enter]);
    insta::assert_snapshot!("draft_offered_fr", again.screen());
    keys(&mut again, &[KeyCode::Enter]);
    let form = again.state.intake.form.as_ref().expect("the form is back");
    assert_eq!(form.draft().given_name, "Yonas");
    assert_eq!(form.draft().family_name, "Haile");
}

#[test]
fn retention_purge_removes_old_queue_data_only_and_is_audited() {
    let mut d = Desk::with_register(Lang::Fr);
    let s = &d.services.store;
    let code = s.person(1).unwrap().unwrap().code;
    let who = |at| seuil::store::queues::Actor {
        by: "test",
        desk: Some("1"),
        at,
    };
    let old = now() - TimeDelta::days(500);
    s.join(
        &code,
        "M",
        seuil::domain::queue::Priority::Normal,
        None,
        who(old),
    )
    .unwrap();
    s.join(
        &code,
        "N",
        seuil::domain::queue::Priority::Normal,
        None,
        who(now()),
    )
    .unwrap();
    // Old printouts: one printed (leaves with the purge), one that failed (stays to be done).
    for (state, title) in [
        (seuil::store::print_jobs::JobState::Sent, "M-001"),
        (seuil::store::print_jobs::JobState::Failed, "M-002"),
    ] {
        let job = seuil::store::print_jobs::NewJob {
            kind: "ticket",
            referral_id: None,
            person_id: Some(1),
            title,
            document: "{}",
            printer: None,
        };
        let id = s.add_print_job(&job, "test", old).unwrap();
        s.set_print_job_state(id, state, None, old).unwrap();
    }
    let visits_before: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM visit", [], |r| r.get(0))
        .unwrap();
    d.key(KeyEvent::new(KeyCode::F(8), KeyModifiers::NONE));
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]);
    insta::assert_snapshot!("retention_fr", d.screen());
    keys(&mut d, &[KeyCode::Delete, KeyCode::Delete]);
    let s = &d.services.store;
    let tickets: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM queue_entry", [], |r| r.get(0))
        .unwrap();
    assert_eq!(tickets, 1, "today's ticket stays");
    let visits: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM visit", [], |r| r.get(0))
        .unwrap();
    assert_eq!(visits, visits_before, "visits belong to the care record");
    let purge = s
        .audit(&AuditFilter::default())
        .unwrap()
        .into_iter()
        .find(|l| l.action == "purge")
        .unwrap();
    let detail = purge.detail.unwrap();
    assert!(detail.contains("1 tickets"), "{detail}");
    assert!(detail.contains("1 printouts"), "{detail}");
    let jobs = s.print_jobs(10).unwrap();
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].title, "M-002", "a failed printout stays to be done");
}

#[test]
fn the_coordinator_adds_an_account_and_browses_the_audit() {
    let mut d = Desk::with_register(Lang::Fr);
    d.key(KeyEvent::new(KeyCode::F(8), KeyModifiers::NONE));
    keys(&mut d, &[KeyCode::Tab, KeyCode::Char('a')]);
    typed(&mut d, "Selam");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    typed(&mut d, "ti, AR");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "5555");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "5555");
    insta::assert_snapshot!("staff_form_fr", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    let selam = d.services.store.staff_member("Selam").unwrap().unwrap();
    assert_eq!(selam.role, Role::Nurse);
    assert_eq!(selam.speaks, ["ti", "ar"]);
    insta::assert_snapshot!("staff_list_fr", d.screen());
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "test");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(!d.state.admin.more.audit.is_empty());
    assert!(d.state.admin.more.audit.iter().all(|l| l.staff == "test"));
    // The lines read as words in the desk's language, never the codes the database keeps.
    let screen = d.screen();
    assert!(screen.contains("a créé un compte du"), "{screen}");
    assert!(screen.contains("a noté un passage"), "{screen}");
    let today = chrono::Local::now().date_naive();
    assert!(
        screen.contains(&today.format("%d/%m/%Y").to_string())
            && !screen.contains(&today.format("%Y-%m-%d").to_string()),
        "dates as French writes them: {screen}"
    );
    assert!(!screen.contains("insert staff") && !screen.contains("insert visit"));
}

#[test]
fn a_mediator_never_sees_the_national_number() {
    let mut d = Desk::with_register(Lang::Fr);
    let s = &d.services.store;
    let fields = seuil::domain::person::Draft {
        given_name: "Hagos".into(),
        niss: "85.07.30-033.28".into(),
        ..Default::default()
    }
    .check(now().date())
    .unwrap();
    s.add_person(&fields, "test", now(), &mut fastrand::Rng::with_seed(3))
        .unwrap();
    let n = d.services.load_index_now().unwrap();
    d.send(Message::IndexReady(n));
    d.state.ctx.session.as_mut().unwrap().role = Role::Mediator;
    typed(&mut d, "Hagos");
    d.key(KeyEvent::new(KeyCode::Char('e'), KeyModifiers::ALT));
    let shown = d.screen();
    assert!(shown.contains("Hagos"), "{shown}");
    assert!(
        !shown.contains("033") && !shown.contains("850730"),
        "{shown}"
    );
    insta::assert_snapshot!("form_mediator_fr", shown);
    // Tab never lands on it; typing there changes nothing; saving keeps the number.
    for _ in 0..12 {
        keys(&mut d, &[KeyCode::Tab]);
        assert_ne!(
            d.state.intake.form.as_ref().unwrap().focus,
            seuil::domain::person::Field::Niss
        );
    }
    keys(&mut d, &[KeyCode::Enter]);
    let kept = d.services.store.persons(&[n as i64]).unwrap();
    assert!(kept[0].niss.is_some(), "{kept:?}");
}

#[test]
fn a_half_filled_coverage_route_is_offered_back_too() {
    let mut d = Desk::with_register(Lang::Fr);
    d.services
        .store
        .add_staff("test", Role::Coordinator, "2468", "2468", None, now())
        .unwrap();
    d.state.coverage.form = Some(seuil::desk::screens::coverage::RouteForm::new(
        1,
        None,
        seuil::i18n::Lang::Fr,
    ));
    d.state.tab = Tab::Coverage;
    typed(&mut d, "amu");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "requested");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "2026-11-10");
    d.send(Message::Tick(now() + TimeDelta::seconds(1)));
    let store = std::mem::replace(&mut d.services.store, Store::open_in_memory().unwrap());
    let mut again = Desk::empty(Lang::Fr);
    again.services.store = store;
    again.state.ctx.session = None;
    again.state.gate = Some(Gate::login(GateKind::Login, Some("test")));
    typed(&mut again, "2468");
    keys(&mut again, &[KeyCode::Enter]);
    let shown = again.screen();
    assert!(
        shown.contains("2026-11-10") && shown.contains("amu"),
        "{shown}"
    );
    keys(&mut again, &[KeyCode::Enter]);
    assert_eq!(again.state.tab, Tab::Coverage);
    let form = again
        .state
        .coverage
        .form
        .as_ref()
        .expect("the route form is back");
    assert_eq!(form.inputs[0].text(), "amu");
    assert_eq!(form.inputs[3].text(), "2026-11-10");
    assert_eq!(form.person_id, 1);
}

#[test]
fn referrals_show_on_the_person_page_only_to_those_who_refer() {
    let mut d = Desk::with_register(Lang::Fr);
    let s = &d.services.store;
    let code = s.person(1).unwrap().unwrap().code;
    s.new_referral(
        &seuil::store::referrals::NewReferral {
            person: code,
            partner: "CPAS Ixelles / OCMW Elsene".into(),
            reason: "AMU".into(),
            ..Default::default()
        },
        "test",
        now(),
    )
    .unwrap();
    d.state.tab = Tab::Coverage;
    let loaded = d
        .services
        .run(seuil::desk::Effect::LoadPersonCoverage(1), now())
        .unwrap();
    d.send(loaded.clone());
    assert!(d.screen().contains("CPAS Ixelles"), "{}", d.screen());
    d.state.ctx.session.as_mut().unwrap().role = Role::Reception;
    assert!(!d.screen().contains("CPAS Ixelles"), "{}", d.screen());
}

#[test]
fn reception_reads_the_partner_directory_without_changing_it() {
    let mut d = login_desk(Lang::Fr);
    typed(&mut d, "Bart");
    keys(&mut d, &[KeyCode::Enter]);
    typed(&mut d, "1357");
    keys(&mut d, &[KeyCode::Enter]);
    // Bart's desk speaks Dutch; the directory is there, read-only.
    keys(&mut d, &[KeyCode::F(7)]);
    assert!(d.state.role_allows(Tab::Referrals));
    let screen = d.screen();
    assert!(screen.contains("OCMW"), "{screen}");
    let bar = screen.lines().last().unwrap().to_string();
    assert!(!bar.contains(" a "), "no adding for reception: {bar}");
    keys(&mut d, &[KeyCode::Char('a'), KeyCode::Enter]);
    assert!(d.state.partners.form.is_none());
}
