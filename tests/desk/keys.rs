//! Every screen and window, walked as a worker meets them: each key the hint bar offers does
//! something there, and F1 lists the keys of what it covers, as key handling reads them.

use crate::support::{Desk, keys, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::keymap::{self, Action, Scope};
use seuil::desk::{Message, Overlay, State};
use seuil::domain::roles::Role;
use seuil::i18n::{Lang, Msg};
use seuil::store::partners::PartnerInput;

fn alt(d: &mut Desk, c: char) {
    d.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

/// Whether a key changes what the desk shows or asks the runner for something.
fn does_something(state: &State, key: KeyEvent) -> bool {
    let mut after = state.clone();
    let effects = seuil::desk::update(&mut after, Message::Key(key));
    !effects.is_empty() || after != *state
}

/// Each hinted key does something here; ↑ is tried after ↓ (at the top of a list it cannot).
fn hints_work(d: &Desk, place: &str) {
    let state = &d.state;
    let hinted = seuil::desk::update::hinted(state);
    assert!(!hinted.is_empty(), "{place}: no key hinted");
    for (binding, label) in hinted {
        // `F3–F8` is hinted on F3: from the intake screen, the other screens' keys do it.
        if binding.action == Action::GoTo(state.tab) {
            continue;
        }
        let works = binding.keys.iter().any(|k| {
            let key = KeyEvent::new(k.code, k.mods);
            if binding.action == Action::Up {
                let mut below = state.clone();
                seuil::desk::update(&mut below, Message::Key(KeyEvent::from(KeyCode::Down)));
                return does_something(&below, key);
            }
            does_something(state, key)
        });
        assert!(
            works,
            "{place}: the hint bar offers {label} ({:?}) and it does nothing\n{}",
            binding.action,
            d.screen()
        );
    }
}

/// F1 over this place lists, for every key that works here, the key (or its range).
fn help_lists_what_works(d: &mut Desk, place: &str) {
    let scopes = seuil::desk::update::scopes(&d.state);
    let expected: Vec<String> = keymap::shown(&scopes)
        .into_iter()
        .filter(|(b, _)| !matches!(b.action, Action::PickNth(1..)))
        .map(|(_, keys)| keymap::label(&keys[0]))
        .collect();
    d.key(KeyEvent::from(KeyCode::F(1)));
    assert!(
        matches!(d.state.overlays.last(), Some(Overlay::Help { .. })),
        "{place}: F1 opens the help"
    );
    let i18n = seuil::i18n::I18n::new(d.state.ctx.lang);
    let theme = seuil::desk::widgets::theme::Theme::new(seuil::desk::BorderStyle::Unicode);
    let beneath = seuil::desk::update::scopes_under(&d.state, d.state.overlays.len() - 1);
    assert_eq!(beneath, scopes, "{place}: the help covers what was there");
    let text: String = seuil::desk::overlays::help::lines(&beneath, &i18n, &theme)
        .iter()
        .map(|l| format!("{l}\n"))
        .collect();
    for key in expected {
        let key = keymap::localise(&key, &i18n);
        assert!(
            text.contains(&key),
            "{place}: the help does not list {key}\n{text}"
        );
    }
    d.key(KeyEvent::from(KeyCode::F(1)));
    assert!(
        !matches!(d.state.overlays.last(), Some(Overlay::Help { .. })),
        "{place}: F1 closes the help"
    );
}

fn check(d: &mut Desk, place: &str) {
    hints_work(d, place);
    help_lists_what_works(d, place);
}

fn with_partner(d: &Desk) {
    d.services
        .store
        .save_partner(
            None,
            &PartnerInput {
                name: "Hôpital Saint-Pierre".into(),
                kind: "hospital".into(),
                letter_lang: "fr".into(),
                ..PartnerInput::default()
            },
            "t",
            crate::support::now(),
        )
        .unwrap();
}

#[test]
fn intake_and_its_windows() {
    let mut d = Desk::with_register(Lang::Fr);
    check(&mut d, "intake, nothing typed");
    typed(&mut d, "zzzzqx");
    check(&mut d, "intake, nobody found");
    keys(&mut d, &[KeyCode::Backspace; 6]);
    typed(&mut d, "moh");
    check(&mut d, "intake, persons found");
    alt(&mut d, 'n');
    check(&mut d, "the person form");
    keys(&mut d, &[KeyCode::Esc]);
    alt(&mut d, 'r');
    check(&mut d, "the booking form");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.booking.is_none(), "booked");
    keys(&mut d, &[KeyCode::Enter]);
    check(&mut d, "send to, with an appointment today");
    keys(&mut d, &[KeyCode::Tab]);
    check(&mut d, "send to, typing the note");
    keys(&mut d, &[KeyCode::Esc, KeyCode::Esc]);
    keys(&mut d, &[KeyCode::Down, KeyCode::Down]);
    keys(&mut d, &[KeyCode::Enter]);
    check(&mut d, "send to, nothing known of the coverage");
    keys(&mut d, &[KeyCode::Esc]);
    alt(&mut d, 'm');
    keys(&mut d, &[KeyCode::Up]);
    alt(&mut d, 'm');
    check(&mut d, "same person?");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.intake.undo.is_some(), "merged");
    check(&mut d, "intake, a merge to undo");
    keys(&mut d, &[KeyCode::F(2)]);
    hints_work(&d, "the language picker");
    keys(&mut d, &[KeyCode::Esc]);
    d.state.overlays.push(Overlay::Draft {
        form: Box::new(seuil::desk::overlays::DraftForm::Person(Box::new(
            seuil::desk::screens::intake::form::PersonForm::new_from_search(
                "Selam 1990",
                crate::support::now().date(),
            ),
        ))),
        saved_at: "2026-11-23 09:00".into(),
    });
    check(&mut d, "a form left half-filled");
    keys(&mut d, &[KeyCode::Esc]);
    d.state.notices.push(Msg::new("config-unreadable"));
    check(&mut d, "intake with a notice");
}

#[test]
fn queues_appointments_and_coverage() {
    let mut d = Desk::with_register(Lang::Fr);
    keys(&mut d, &[KeyCode::F(4)]);
    check(&mut d, "queues, nobody waiting");
    keys(&mut d, &[KeyCode::F(3)]);
    typed(&mut d, "tesfay");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('1')]);
    keys(&mut d, &[KeyCode::F(4)]);
    check(&mut d, "queues, a ticket waiting");
    keys(&mut d, &[KeyCode::Char('n')]);
    check(&mut d, "queues, a ticket called");
    keys(&mut d, &[KeyCode::F(3)]);
    typed(&mut d, "benali");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('1'), KeyCode::F(4)]);
    keys(&mut d, &[KeyCode::Char('n')]);
    assert!(d.state.queues.call_again.is_some(), "{}", d.screen());
    check(&mut d, "queues, asking before a second call");
    keys(&mut d, &[KeyCode::Esc, KeyCode::Char('p')]);
    check(&mut d, "queues, typing this desk's room");
    keys(&mut d, &[KeyCode::Esc, KeyCode::Char('t')]);
    check(&mut d, "queues, sending a ticket on");
    keys(&mut d, &[KeyCode::Esc, KeyCode::Char('e')]);
    check(&mut d, "queues, the day's figures");
    keys(&mut d, &[KeyCode::F(5)]);
    check(&mut d, "appointments, none");
    keys(&mut d, &[KeyCode::F(3)]);
    alt(&mut d, 'r');
    keys(&mut d, &[KeyCode::Enter, KeyCode::F(5)]);
    check(&mut d, "appointments, one booked");
    keys(&mut d, &[KeyCode::F(6)]);
    check(&mut d, "coverage, the due list");
    keys(&mut d, &[KeyCode::Char('s')]);
    check(&mut d, "coverage, the counts");
    keys(&mut d, &[KeyCode::F(3)]);
    alt(&mut d, 'o');
    check(&mut d, "a person's page, no route");
    keys(&mut d, &[KeyCode::Char('a')]);
    check(&mut d, "the route form");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.coverage.form.is_none(), "route saved");
    check(&mut d, "a person's page with a route");
}

#[test]
fn mediation_marks_and_the_list() {
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "benali");
    alt(&mut d, 'i');
    check(&mut d, "intake, a person marked as needing a mediator");
    keys(&mut d, &[KeyCode::Enter]);
    check(&mut d, "send to, a person marked");
    keys(
        &mut d,
        &[KeyCode::Char('1'), KeyCode::F(4), KeyCode::Char('m')],
    );
    check(
        &mut d,
        "queues, waiting for a mediator (reception, coordination)",
    );
    keys(&mut d, &[KeyCode::Esc]);
    d.state.ctx.session.as_mut().unwrap().role = Role::Mediator;
    keys(&mut d, &[KeyCode::Char('m')]);
    check(&mut d, "queues, a mediator's list, a ticket to join");
    keys(&mut d, &[KeyCode::Enter]);
    check(&mut d, "queues, a mediator's list, a ticket joined");
    let mut empty = Desk::with_register(Lang::Fr);
    empty.state.ctx.session.as_mut().unwrap().role = Role::Mediator;
    keys(&mut empty, &[KeyCode::F(4), KeyCode::Char('m')]);
    check(&mut empty, "queues, a mediator's list, nobody waiting");
}

#[test]
fn referrals_and_the_composer() {
    let mut d = Desk::with_register(Lang::Fr);
    keys(&mut d, &[KeyCode::F(7)]);
    check(&mut d, "referrals, an empty directory");
    with_partner(&d);
    keys(&mut d, &[KeyCode::F(3), KeyCode::F(7)]);
    check(&mut d, "referrals, the directory");
    keys(&mut d, &[KeyCode::Char('a')]);
    check(&mut d, "the partner form");
    keys(&mut d, &[KeyCode::Esc, KeyCode::Char('p')]);
    check(&mut d, "the print queue");
    keys(&mut d, &[KeyCode::Esc, KeyCode::F(3)]);
    typed(&mut d, "benali");
    alt(&mut d, 'o');
    keys(&mut d, &[KeyCode::Char('r')]);
    check(&mut d, "the composer");
    typed(&mut d, "hopital");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "Toux");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(
        d.state
            .coverage
            .composer
            .as_ref()
            .is_some_and(|c| c.preview.is_some()),
        "{}",
        d.screen()
    );
    check(&mut d, "the preview");
}

#[test]
fn admin_sections_the_gate_and_a_screen_not_for_the_role() {
    let mut d = Desk::with_register(Lang::Fr);
    keys(&mut d, &[KeyCode::F(8)]);
    check(&mut d, "admin, services");
    keys(&mut d, &[KeyCode::Enter]);
    check(&mut d, "the service form");
    keys(&mut d, &[KeyCode::Esc]);
    for section in ["staff", "audit", "retention", "centre"] {
        keys(&mut d, &[KeyCode::Tab]);
        check(&mut d, &format!("admin, {section}"));
    }
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    keys(&mut d, &[KeyCode::Char('a')]);
    check(&mut d, "the staff form");
    keys(&mut d, &[KeyCode::Esc, KeyCode::F(12)]);
    assert!(d.state.gate.is_some(), "locked");
    check(&mut d, "the gate");

    let mut r = Desk::with_register(Lang::Fr);
    r.state.ctx.session.as_mut().unwrap().role = Role::Reception;
    keys(&mut r, &[KeyCode::F(8)]);
    check(&mut r, "a screen not for the role");
}

#[test]
fn scopes_active_together_never_bind_one_key_twice() {
    // The desk's own keys may be taken by a window on top (Alt+1 in "send to"); within what a
    // screen or a window offers at once, a key means one thing.
    let mut d = Desk::with_register(Lang::Fr);
    typed(&mut d, "moh");
    let mut states = vec![d.state.clone()];
    keys(&mut d, &[KeyCode::Enter]);
    states.push(d.state.clone());
    for state in states {
        let scopes: Vec<Scope> = seuil::desk::update::scopes(&state)
            .into_iter()
            .filter(|s| *s != Scope::Global)
            .collect();
        let all: Vec<&keymap::Key> = scopes
            .iter()
            .flat_map(|s| keymap::bindings(*s))
            .flat_map(|b| b.keys.iter())
            .collect();
        for (i, k) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(k), "{scopes:?}: {k:?} bound twice");
        }
    }
}
