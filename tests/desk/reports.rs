//! The Reports screen as the coordinator uses it: Alt+0, a report and a period in a few keys,
//! the tables one at a time with their true figures (what an export would hide is marked), a
//! chart of a table over the period; closed to other roles; in French, Arabic and Tigrinya.

use crate::support::{Desk, keys, now};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::screens::reports::Preset;
use seuil::desk::state::Tab;
use seuil::domain::indicators::By;
use seuil::domain::roles::Role;
use seuil::i18n::Lang;

fn alt(d: &mut Desk, c: char) {
    d.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

/// The register of the desk tests, each person seen once in November and Mohamed in March too.
fn reports(lang: Lang) -> Desk {
    let mut d = Desk::with_register(lang);
    let s = &d.services.store;
    let ids: Vec<i64> = s
        .conn()
        .prepare("SELECT id FROM person ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for id in &ids {
        s.record_visit(*id, None, "t", now()).unwrap();
    }
    let march = chrono::NaiveDate::from_ymd_opt(2026, 3, 10)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    s.record_visit(ids[0], None, "t", march).unwrap();
    alt(&mut d, '0');
    assert_eq!(d.state.tab, Tab::Reports);
    assert!(d.state.reports.computed.is_some(), "{}", d.screen());
    d
}

#[test]
fn the_coordinator_sees_true_figures_marked_where_an_export_hides_them() {
    let mut d = reports(Lang::Fr);
    let screen = d.screen();
    assert!(
        screen.contains("cette année : 01/01/2026 – 23/11/2026"),
        "{screen}"
    );
    // March: one person, under the threshold: shown, marked, and said under the table.
    let march = screen
        .lines()
        .find(|l| l.contains("2026-03"))
        .unwrap_or_default();
    assert!(march.contains("1*"), "{screen}");
    assert!(screen.contains("masqué dans un export"), "{screen}");
    // The next table: by age band and sex, its total row in sight.
    keys(&mut d, &[KeyCode::Tab]);
    let screen = d.screen();
    assert!(
        screen.contains("femmes") && screen.contains("Total"),
        "{screen}"
    );
    assert_eq!(d.state.reports.table, 1);
    keys(&mut d, &[KeyCode::BackTab]);
    assert_eq!(d.state.reports.table, 0);
}

#[test]
fn the_period_and_its_cut_change_in_one_key_each() {
    let mut d = reports(Lang::Fr);
    assert_eq!(d.state.reports.preset, Preset::ThisYear);
    keys(&mut d, &[KeyCode::Char('p')]);
    assert_eq!(d.state.reports.preset, Preset::LastYear);
    let c = d.state.reports.computed.as_ref().unwrap();
    assert_eq!(c.from.to_string(), "2025-01-01");
    keys(&mut d, &[KeyCode::Char('p'), KeyCode::Char('b')]);
    assert_eq!(d.state.reports.preset, Preset::ThisMonth);
    assert_eq!(d.state.reports.by, By::Quarter);
    assert!(d.screen().contains("par trimestre"), "{}", d.screen());
}

#[test]
fn a_table_over_the_period_reads_as_a_chart() {
    let mut d = reports(Lang::Fr);
    keys(&mut d, &[KeyCode::Char('g')]);
    assert!(d.state.reports.chart);
    let screen = d.screen();
    assert!(screen.contains('█'), "{screen}");
    // The month under each bar, its figure on it (readable without colour).
    assert!(screen.contains(" 11 "), "{screen}");
    keys(&mut d, &[KeyCode::Char('g')]);
    assert!(!d.screen().contains('█'));
}

#[test]
fn only_the_coordinator_opens_the_reports() {
    for (role, opens) in [
        (Role::Reception, false),
        (Role::Nurse, false),
        (Role::Social, false),
        (Role::Coordinator, true),
    ] {
        let mut d = Desk::with_register(Lang::Fr);
        d.state.ctx.session.as_mut().unwrap().role = role;
        alt(&mut d, '0');
        let screen = d.screen();
        assert_eq!(screen.contains("cette année"), opens, "{role:?}\n{screen}");
        assert_eq!(
            screen.lines().nth(1).unwrap().contains("Rapports"),
            opens,
            "{role:?} tab line"
        );
    }
}

#[test]
fn the_reports_screen_in_french_arabic_and_tigrinya() {
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::Ar, "ar"), (Lang::Ti, "ti")] {
        let mut d = reports(lang);
        insta::assert_snapshot!(format!("reports_table_{code}"), d.screen());
        keys(&mut d, &[KeyCode::Char('g')]);
        insta::assert_snapshot!(format!("reports_chart_{code}"), d.screen());
        keys(&mut d, &[KeyCode::Char('g'), KeyCode::Tab]);
        insta::assert_snapshot!(format!("reports_bands_{code}"), d.screen());
    }
}

#[test]
fn x_saves_the_report_as_it_leaves_the_centre_where_the_worker_says() {
    let mut d = reports(Lang::Fr);
    keys(&mut d, &[KeyCode::Char('x')]);
    let offered = d.state.reports.saving.as_ref().unwrap().text().to_string();
    assert!(offered.ends_with(".xlsx"), "{offered}");
    // A folder that does not exist: said, the path stays to correct, nothing written.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("no/such/folder/r.xlsx");
    d.state.reports.saving = Some(seuil::desk::widgets::input::TextInput::with_text(
        bad.to_str().unwrap(),
    ));
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.reports.saving.is_some());
    assert!(d.screen().contains("Impossible d'écrire"), "{}", d.screen());
    assert!(!bad.exists());
    let good = dir.path().join("rapport.csv");
    d.state.reports.saving = Some(seuil::desk::widgets::input::TextInput::with_text(
        good.to_str().unwrap(),
    ));
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.reports.saving.is_none(), "{}", d.screen());
    let written = std::fs::read_to_string(&good).unwrap();
    // As it leaves the centre: the one person of March hidden.
    assert!(written.contains("< 5"), "{written}");
    let audit: i64 = d
        .services
        .store
        .conn()
        .query_row(
            "SELECT count(*) FROM audit WHERE action = 'report-export'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audit, 1);
    // Esc drops the path without writing.
    keys(&mut d, &[KeyCode::Char('x'), KeyCode::Esc]);
    assert!(d.state.reports.saving.is_none());
}

#[test]
fn a_period_of_ones_own_is_two_dates_typed_as_the_screen_writes_them() {
    let mut d = reports(Lang::Fr);
    keys(&mut d, &[KeyCode::Char('d')]);
    let form = d.state.reports.period_form.as_ref().unwrap();
    assert_eq!(form.inputs[0].text(), "01/01/2026");
    // Backwards: said, nothing computed.
    for _ in 0..10 {
        keys(&mut d, &[KeyCode::Backspace]);
    }
    crate::support::typed(&mut d, "01/12/2026");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.reports.period_form.is_some());
    assert!(d.screen().contains("se termine avant"), "{}", d.screen());
    // The cursor is on the last day, at fault: it is corrected there, then the first day.
    assert_eq!(d.state.reports.period_form.as_ref().unwrap().focus, 1);
    for _ in 0..10 {
        keys(&mut d, &[KeyCode::Backspace]);
    }
    crate::support::typed(&mut d, "31/03/2026");
    keys(&mut d, &[KeyCode::Tab]);
    for _ in 0..10 {
        keys(&mut d, &[KeyCode::Backspace]);
    }
    crate::support::typed(&mut d, "01/03/2026");
    keys(&mut d, &[KeyCode::Enter]);
    assert!(d.state.reports.period_form.is_none(), "{}", d.screen());
    let c = d.state.reports.computed.as_ref().unwrap();
    assert_eq!(
        (c.from.to_string(), c.to.to_string()),
        ("2026-03-01".into(), "2026-03-31".into())
    );
    assert!(
        d.screen()
            .contains("la période choisie : 01/03/2026 – 31/03/2026"),
        "{}",
        d.screen()
    );
    // p goes back to the periods offered, where they were.
    keys(&mut d, &[KeyCode::Char('p')]);
    assert_eq!(d.state.reports.preset, Preset::ThisYear);
    assert!(d.state.reports.custom.is_none());
}
