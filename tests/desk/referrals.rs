//! Writing a referral at the desk as a worker would: from intake to the person's page, the
//! composer, the preview, saving with no printer, the print queue and its PDF; queue tickets.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{Desk, keys, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::domain::roles::Role;
use seuil::i18n::Lang;
use seuil::store::partners::PartnerInput;
use seuil::store::print_jobs::JobState;

/// This machine has no CUPS, whatever the machine running the tests has: `lp` is looked for
/// in an empty folder. The same for every test of this file (one process).
fn without_cups() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let empty = std::env::temp_dir().join("seuil-tests-no-cups");
        std::fs::create_dir_all(&empty).unwrap();
        // SAFETY: set once, before any test of this binary starts a thread that reads it.
        unsafe { std::env::set_var("PATH", &empty) };
    });
}

fn alt(d: &mut Desk, c: char) {
    d.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

fn desk(lang: Lang) -> Desk {
    without_cups();
    let d = Desk::with_register(lang);
    let s = &d.services.store;
    s.set_setting("site_name", "Gare du Midi").unwrap();
    s.set_setting("site_phone", "02 555 01 23").unwrap();
    s.save_partner(
        None,
        &PartnerInput {
            name: "Hôpital Saint-Pierre".into(),
            kind: "hospital".into(),
            address: "Rue Haute 322, 1000 Bruxelles".into(),
            phone: "02 535 31 11".into(),
            letter_lang: "fr".into(),
            ..PartnerInput::default()
        },
        "t",
        crate::support::now(),
    )
    .unwrap();
    d
}

/// Intake → "benali" → the person's page → r: the composer, filled.
fn composed(lang: Lang) -> Desk {
    let mut d = desk(lang);
    typed(&mut d, "benali");
    alt(&mut d, 'o');
    keys(&mut d, &[KeyCode::Char('r')]);
    assert!(d.state.coverage.composer.is_some(), "{}", d.screen());
    typed(&mut d, "hopital");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, "Toux depuis trois semaines");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab]);
    typed(&mut d, "2026-11-25 10:30");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Char('7')]);
    d
}

#[test]
fn a_referral_written_previewed_and_kept_without_a_printer() {
    let mut d = composed(Lang::Fr);
    insta::assert_snapshot!("composer_fr", d.screen());
    keys(&mut d, &[KeyCode::Enter]);
    let preview = d.screen();
    insta::assert_snapshot!("preview_fr", preview);
    assert!(preview.contains("Hôpital Saint-Pierre"));
    assert!(preview.contains("Nom : Mohamed Benali"));
    assert!(!preview.contains("1987"), "birth date not ticked");
    keys(&mut d, &[KeyCode::Enter]);
    let page = d.screen();
    insta::assert_snapshot!("saved_not_printed_fr", page);
    assert!(page.contains("CUPS n'est pas installé"), "{page}");

    let s = &d.services.store;
    let r = s.referral(1).unwrap().unwrap();
    assert_eq!(r.consent, ["name", "reason"]);
    assert_eq!((r.letter_lang.as_str(), r.slip_lang.as_str()), ("fr", "ar"));
    assert_eq!(r.urgency, "urgent");
    assert_eq!(r.appointment.as_deref(), Some("2026-11-25 10:30"));
    assert!(
        r.printed,
        "the content is kept at the first print, even a failed one"
    );
    let jobs = s.print_jobs(10).unwrap();
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].state, JobState::Failed);

    // The print queue: the failed letter on top; saved to a file (a USB stick).
    keys(&mut d, &[KeyCode::F(7), KeyCode::Char('p')]);
    insta::assert_snapshot!("print_queue_fr", d.screen());
    keys(&mut d, &[KeyCode::Char('r')]);
    assert!(
        d.screen().contains("CUPS"),
        "a retry says why it failed again"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lettre.pdf");
    keys(&mut d, &[KeyCode::Char('s')]);
    d.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    typed(&mut d, file.to_str().unwrap());
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.screen().contains("PDF enregistré"), "{}", d.screen());
    assert!(std::fs::metadata(&file).unwrap().len() > 10_000);
    assert_eq!(
        d.services.store.print_jobs(10).unwrap()[0].state,
        JobState::Saved
    );
}

#[test]
fn composer_and_preview_in_arabic_and_tigrinya() {
    for lang in [Lang::Ar, Lang::Ti] {
        let mut d = composed(lang);
        insta::assert_snapshot!(format!("composer_{}", lang.code()), d.screen());
        keys(&mut d, &[KeyCode::Enter]);
        // The letter is French whatever the desk speaks; the slip is in Arabic (the person's).
        let preview = d.screen();
        assert!(preview.contains("Madame, Monsieur"), "{preview}");
        insta::assert_snapshot!(format!("preview_{}", lang.code()), preview);
    }
}

#[test]
fn a_reason_too_long_is_refused_with_the_count_and_nothing_is_recorded() {
    let mut d = desk(Lang::En);
    typed(&mut d, "benali");
    alt(&mut d, 'o');
    keys(&mut d, &[KeyCode::Char('r')]);
    typed(&mut d, "hopital");
    keys(&mut d, &[KeyCode::Tab]);
    typed(&mut d, &"x".repeat(2000));
    keys(&mut d, &[KeyCode::Enter]);
    let screen = d.screen();
    assert!(screen.contains("2000 characters"), "{screen}");
    assert!(d.services.store.referral(1).unwrap().is_none());
}

#[test]
fn common_reasons_come_in_the_letters_language_and_never_over_typed_text() {
    let mut d = desk(Lang::En);
    typed(&mut d, "benali");
    alt(&mut d, 'o');
    keys(&mut d, &[KeyCode::Char('r')]);
    typed(&mut d, "hopital");
    keys(&mut d, &[KeyCode::Tab, KeyCode::Down]);
    let c = d.state.coverage.composer.as_ref().unwrap();
    assert_eq!(c.reason.text(), "Consultation de médecine générale");
    typed(&mut d, " urgente");
    keys(&mut d, &[KeyCode::Down]);
    let c = d.state.coverage.composer.as_ref().unwrap();
    assert_eq!(c.reason.text(), "Consultation de médecine générale urgente");
}

#[test]
fn reception_does_not_write_referrals() {
    let mut d = desk(Lang::Fr);
    if let Some(s) = d.state.ctx.session.as_mut() {
        s.role = Role::Reception;
    }
    typed(&mut d, "benali");
    alt(&mut d, 'o');
    keys(&mut d, &[KeyCode::Char('r')]);
    assert!(d.state.coverage.composer.is_none());
}

#[test]
fn a_ticket_is_printed_in_the_persons_language() {
    let mut d = desk(Lang::Fr);
    d.state.ctx.print_tickets = true;
    typed(&mut d, "tesfay gebre");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('1')]);
    let jobs = d.services.store.print_jobs(10).unwrap();
    assert_eq!(jobs.len(), 1, "{}", d.screen());
    assert_eq!(jobs[0].kind, "ticket");
    assert_eq!(
        jobs[0].state,
        JobState::Failed,
        "no CUPS here: kept to retry"
    );
    let doc = seuil::print::Document::from_json(&jobs[0].document).unwrap();
    let lines = doc.lines().join("\n");
    assert!(lines.contains(&jobs[0].title), "{lines}");
    assert!(
        lines.contains("ነዛ ትኬት ሓልዉዋ"),
        "the line in Tigrinya: {lines}"
    );
    // Unticked with Alt+P: no ticket.
    typed(&mut d, "lukasz");
    keys(&mut d, &[KeyCode::Enter]);
    alt(&mut d, 'p');
    keys(&mut d, &[KeyCode::Char('1')]);
    assert_eq!(d.services.store.print_jobs(10).unwrap().len(), 1);
}

#[test]
fn the_coordinator_sets_the_letterhead_on_the_admin_screen() {
    let mut d = desk(Lang::Fr);
    keys(
        &mut d,
        &[
            KeyCode::F(8),
            KeyCode::Tab,
            KeyCode::Tab,
            KeyCode::Tab,
            KeyCode::Tab,
        ],
    );
    keys(&mut d, &[KeyCode::Down]);
    typed(&mut d, "Rue de France 1, 1060 Saint-Gilles");
    keys(&mut d, &[KeyCode::Enter]);
    let screen = d.screen();
    insta::assert_snapshot!("admin_centre_fr", screen);
    assert!(screen.contains("En-tête enregistré"), "{screen}");
    let site = d.services.store.site().unwrap();
    assert_eq!(site.name, "Gare du Midi");
    assert_eq!(
        site.address.as_deref(),
        Some("Rue de France 1, 1060 Saint-Gilles")
    );
    assert_eq!(site.phone.as_deref(), Some("02 555 01 23"));
}

#[test]
fn an_arabic_slip_is_right_aligned_in_the_preview_of_a_french_desk() {
    let mut d = composed(Lang::Fr);
    keys(&mut d, &[KeyCode::Enter]);
    for _ in 0..30 {
        keys(&mut d, &[KeyCode::Down]);
    }
    insta::assert_snapshot!("preview_slip_ar_in_fr", d.screen());
}
