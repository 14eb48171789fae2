//! Snapshots of the staff screens in Arabic and Tigrinya (French ones are in `staff.rs`): the
//! first start, the login, the lock, the unfinished form, and the coordinator's sections.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{Desk, keys, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::gate::{Gate, GateKind};
use seuil::domain::roles::Role;
use seuil::i18n::Lang;

#[test]
fn gate_screens_in_arabic_and_tigrinya() {
    for lang in [Lang::Ar, Lang::Ti] {
        let mut d = Desk::empty(lang);
        d.state.ctx.session = None;
        d.state.gate = Some(Gate::setup(None));
        typed(&mut d, "Maison Nord");
        insta::assert_snapshot!(format!("setup_{lang}"), d.screen());
        d.state.gate = Some(Gate::login(GateKind::Login, None));
        typed(&mut d, "Selam");
        keys(&mut d, &[KeyCode::Tab]);
        typed(&mut d, "12");
        insta::assert_snapshot!(format!("login_{lang}"), d.screen());
        let mut d = Desk::with_register(lang);
        d.key(KeyEvent::new(KeyCode::F(12), KeyModifiers::NONE));
        insta::assert_snapshot!(format!("locked_{lang}"), d.screen());
    }
}

#[test]
fn coordinator_sections_in_arabic_and_tigrinya() {
    for lang in [Lang::Ar, Lang::Ti] {
        let mut d = Desk::with_register(lang);
        d.services
            .store
            .add_staff(
                "Selam",
                Role::Mediator,
                "1357",
                "1357",
                Some("ti"),
                crate::support::now(),
            )
            .unwrap();
        d.key(KeyEvent::new(KeyCode::F(8), KeyModifiers::NONE));
        keys(&mut d, &[KeyCode::Tab]);
        insta::assert_snapshot!(format!("staff_list_{lang}"), d.screen());
        keys(&mut d, &[KeyCode::Char('a')]);
        typed(&mut d, "Awet");
        insta::assert_snapshot!(format!("staff_form_{lang}"), d.screen());
        keys(&mut d, &[KeyCode::Esc, KeyCode::Tab]);
        // A day with nothing (the lines of today carry the clock's time).
        typed(&mut d, "test 2001-01-01");
        keys(&mut d, &[KeyCode::Enter]);
        insta::assert_snapshot!(format!("audit_{lang}"), d.screen());
        keys(&mut d, &[KeyCode::Tab]);
        insta::assert_snapshot!(format!("retention_{lang}"), d.screen());
    }
}

#[test]
fn unfinished_form_in_arabic_and_tigrinya() {
    for lang in [Lang::Ar, Lang::Ti] {
        let mut d = Desk::with_register(lang);
        d.key(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::ALT));
        typed(&mut d, "Yonas");
        let form = d.state.intake.form.take().unwrap();
        d.send(seuil::desk::Message::Draft {
            form: Box::new(seuil::desk::drafts::DraftForm::Person(Box::new(form))),
            saved_at: "2026-11-23 09:12:00".into(),
        });
        insta::assert_snapshot!(format!("draft_offered_{lang}"), d.screen());
    }
}
