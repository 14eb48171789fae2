//! The counter typed as a reception worker types it: one key per item, a number before it,
//! Enter saves one transaction (shown only once committed), Esc writes nothing, Alt+U takes
//! back today's last exchange after a question; naloxone with its lot; the screens in French,
//! Arabic and Tigrinya at 80×24.

use crate::support::{Desk, keys, now, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::state::Tab;
use seuil::domain::roles::Role;
use seuil::i18n::Lang;
use seuil::store::Store;
use seuil::store::counter::NewNaloxoneBatch;
use seuil::store::queues::Actor;

fn count(s: &Store, table: &str) -> i64 {
    s.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn alt(d: &mut Desk, c: char) {
    d.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
}

fn counter(lang: Lang) -> Desk {
    let mut d = Desk::with_register(lang);
    keys(&mut d, &[KeyCode::F(11)]);
    assert_eq!(d.state.tab, Tab::Counter);
    assert_eq!(d.state.counter.items.len(), 18, "the list is read");
    d
}

fn line(d: &Desk, code: &str) -> Option<(String, u32)> {
    let s = d.services.store.conn();
    s.query_row(
        "SELECT l.item, l.count FROM counter_line l WHERE l.item = ?1
         ORDER BY l.exchange_id DESC LIMIT 1",
        [code],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .ok()
}

/// Each key of `text` as typed, then Enter; returns how many keys that was.
fn type_and_save(d: &mut Desk, text: &str) -> usize {
    typed(d, text);
    keys(d, &[KeyCode::Enter]);
    text.chars().count() + 1
}

#[test]
fn a_typical_exchange_is_eight_keys_from_an_empty_screen_to_saved() {
    let mut d = counter(Lang::Fr);
    assert_eq!(count(&d.services.store, "counter_exchange"), 0);
    // 10 syringes 1 ml, 10 needles, 10 returned (the number stays), then 5 cups.
    let n = type_and_save(&mut d, "10acr5d");
    assert!(n <= 8, "{n} keys");
    assert_eq!(count(&d.services.store, "counter_exchange"), 1);
    assert_eq!(line(&d, "syringe-1ml"), Some(("syringe-1ml".into(), 10)));
    assert_eq!(line(&d, "needle"), Some(("needle".into(), 10)));
    assert_eq!(line(&d, "cup"), Some(("cup".into(), 5)));
    let returned: i64 = d
        .services
        .store
        .conn()
        .query_row("SELECT returned FROM counter_exchange", [], |r| r.get(0))
        .unwrap();
    assert_eq!(returned, 10);
    // Committed, then shown: the screen is empty again and the day's totals count it.
    assert!(!d.state.counter.has_draft());
    assert_eq!(d.state.counter.totals.exchanges, 1);
    assert_eq!(d.state.counter.totals.of("needle"), 10);
    let screen = d.screen();
    assert!(screen.contains("Enregistré"), "{screen}");
}

#[test]
fn a_key_pressed_three_times_is_three_and_a_number_before_it_sets_the_count() {
    let mut d = counter(Lang::Fr);
    typed(&mut d, "aaa");
    assert_eq!(d.state.counter.count("syringe-1ml"), 3);
    typed(&mut d, "12b");
    assert_eq!(d.state.counter.count("syringe-2ml"), 12);
    keys(&mut d, &[KeyCode::Backspace]);
    typed(&mut d, "g");
    assert_eq!(d.state.counter.count("swab"), 1, "the number was cleared");
    typed(&mut d, "+");
    assert_eq!(d.state.counter.count("swab"), 2, "+ on the selected line");
    typed(&mut d, "--");
    assert_eq!(d.state.counter.count("swab"), 0);
    typed(&mut d, "2t");
    assert_eq!(d.state.counter.for_others, 2);
    // Exchange balance: 3 + 12 exchange items given, none returned. Shown, never blocking.
    assert_eq!(d.state.counter.exchange_given(), 15);
    let screen = d.screen();
    assert!(screen.contains("-15"), "{screen}");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "counter_exchange"), 1);
}

#[test]
fn esc_clears_without_writing_anything() {
    let mut d = counter(Lang::Fr);
    typed(&mut d, "5a3r");
    assert!(d.state.counter.has_draft());
    keys(&mut d, &[KeyCode::Esc]);
    assert!(!d.state.counter.has_draft());
    assert_eq!(count(&d.services.store, "counter_exchange"), 0);
    assert_eq!(count(&d.services.store, "counter_line"), 0);
    // Enter with nothing says so and writes nothing.
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "counter_exchange"), 0);
}

#[test]
fn alt_u_takes_back_todays_last_exchange_after_a_question() {
    let mut d = counter(Lang::Fr);
    type_and_save(&mut d, "2n");
    type_and_save(&mut d, "4j");
    alt(&mut d, 'u');
    assert_eq!(
        count(&d.services.store, "counter_exchange"),
        2,
        "asks first"
    );
    assert!(d.screen().contains("Reprendre"), "{}", d.screen());
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(count(&d.services.store, "counter_exchange"), 2, "Esc: no");
    alt(&mut d, 'u');
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(
        count(&d.services.store, "counter_exchange"),
        3,
        "a reversing row"
    );
    assert_eq!(d.state.counter.totals.exchanges, 1);
    assert_eq!(d.state.counter.totals.of("crack-pipe"), 0);
    assert_eq!(d.state.counter.totals.of("condom"), 2);
}

#[test]
fn an_item_removed_while_on_screen_is_refused_at_save_and_nothing_is_lost() {
    let mut d = counter(Lang::Fr);
    typed(&mut d, "3e2a");
    // The coordinator removes filters from another desk meanwhile.
    d.services
        .store
        .remove_counter_item("filter", now())
        .unwrap();
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "counter_exchange"), 0);
    let screen = d.screen();
    assert!(screen.contains("n'est plus donné"), "{screen}");
    // The list read again: the rest of the exchange is still there, saved with Enter.
    assert_eq!(d.state.counter.count("filter"), 0);
    assert_eq!(d.state.counter.count("syringe-1ml"), 2);
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "counter_exchange"), 1);
}

#[test]
fn ten_thousand_syringes_ask_to_confirm() {
    let mut d = counter(Lang::Fr);
    typed(&mut d, "10000a");
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "counter_exchange"), 0);
    let screen = d.screen();
    assert!(screen.contains("10000"), "{screen}");
    assert!(screen.contains("confirmer"), "{screen}");
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(
        d.state.counter.count("syringe-1ml"),
        10_000,
        "kept to correct"
    );
    keys(&mut d, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "counter_exchange"), 1);
}

#[test]
fn naloxone_takes_a_kit_with_its_lot_and_is_refused_with_none_in_date() {
    let mut d = counter(Lang::Fr);
    type_and_save(&mut d, "p");
    assert_eq!(count(&d.services.store, "counter_exchange"), 0);
    assert!(d.screen().contains("recevez"), "{}", d.screen());
    assert_eq!(d.state.counter.count("naloxone"), 1, "kept");
    d.services
        .store
        .receive_naloxone(
            &NewNaloxoneBatch {
                lot: "NX-2027".into(),
                expires: now().date() + chrono::Duration::days(200),
                kits: 12,
            },
            Actor {
                by: "test",
                desk: None,
                at: now(),
            },
        )
        .unwrap();
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "naloxone_kit"), 1);
    let screen = d.screen();
    assert!(screen.contains("NX-2027"), "{screen}");
}

#[test]
fn a_person_is_chosen_by_name_and_a_reversal_is_reported() {
    let mut d = counter(Lang::Fr);
    alt(&mut d, 'p');
    typed(&mut d, "Lukasz");
    assert!(!d.state.counter.search.as_ref().unwrap().found.is_empty());
    keys(&mut d, &[KeyCode::Enter]);
    let (id, _, _) = d.state.counter.person.clone().unwrap();
    type_and_save(&mut d, "2n");
    let person: Option<i64> = d
        .services
        .store
        .conn()
        .query_row("SELECT person_id FROM counter_exchange", [], |r| r.get(0))
        .unwrap();
    assert_eq!(person, Some(id));
    assert!(
        d.state.counter.person.is_none(),
        "the next one is anonymous again"
    );

    alt(&mut d, 'r');
    keys(&mut d, &[KeyCode::Tab, KeyCode::Tab]);
    typed(&mut d, "20/11/2026");
    keys(
        &mut d,
        &[KeyCode::Tab, KeyCode::Right, KeyCode::Tab, KeyCode::Right],
    );
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(count(&d.services.store, "naloxone_reversal"), 1);
    let (called, outcome): (Option<i64>, String) = d
        .services
        .store
        .conn()
        .query_row(
            "SELECT emergency_called, outcome FROM naloxone_reversal",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((called, outcome.as_str()), (Some(1), "recovered"));
}

#[test]
fn only_reception_nurses_and_coordinators_open_the_counter() {
    for (role, allowed) in [
        (Role::Reception, true),
        (Role::Nurse, true),
        (Role::Coordinator, true),
        (Role::Social, false),
        (Role::Mediator, false),
    ] {
        let mut d = Desk::with_register(Lang::Fr);
        d.state.ctx.session.as_mut().unwrap().role = role;
        alt(&mut d, '8');
        assert_eq!(d.state.tab, Tab::Counter);
        typed(&mut d, "3a");
        keys(&mut d, &[KeyCode::Enter]);
        let written = count(&d.services.store, "counter_exchange");
        assert_eq!(written == 1, allowed, "{role:?}");
        let screen = d.screen();
        let tabs = screen.lines().nth(1).unwrap();
        assert_eq!(tabs.contains("Comptoir"), allowed, "{role:?}: {tabs}");
    }
}

#[test]
fn the_tab_line_fits_eighty_columns_in_every_language_and_shows_the_current_tab() {
    for lang in Lang::ALL {
        let mut d = counter(lang);
        // Logical order, so the Arabic names can be looked for as written.
        d.state.own_bidi = false;
        for key in [KeyCode::F(11), KeyCode::F(3), KeyCode::F(9), KeyCode::F(8)] {
            keys(&mut d, &[key]);
            let screen = d.screen();
            let tabs = screen.lines().nth(1).unwrap().trim_matches('"').to_string();
            let i18n = seuil::i18n::I18n::new(lang);
            let title = i18n.tr(d.state.tab.title_id());
            assert!(seuil::text::width(&tabs) <= 80, "{lang:?}: {tabs}");
            assert!(tabs.contains(&title), "{lang:?} {:?}: {tabs}", d.state.tab);
        }
    }
}

#[test]
fn the_counter_screen_in_french_arabic_and_tigrinya() {
    for (lang, name) in [(Lang::Fr, "fr"), (Lang::Ar, "ar"), (Lang::Ti, "ti")] {
        let mut d = counter(lang);
        d.services
            .store
            .receive_naloxone(
                &NewNaloxoneBatch {
                    lot: "NX-7".into(),
                    expires: now().date() + chrono::Duration::days(200),
                    kits: 12,
                },
                Actor {
                    by: "test",
                    desk: None,
                    at: now(),
                },
            )
            .unwrap();
        type_and_save(&mut d, "10acr5d");
        typed(&mut d, "2a3c2r");
        insta::assert_snapshot!(format!("counter_{name}"), d.screen());
    }
}

#[test]
fn the_persons_page_lists_what_the_counter_gave_them_for_roles_of_the_counter() {
    for (role, shown) in [(Role::Coordinator, true), (Role::Social, false)] {
        let mut d = counter(Lang::Fr);
        alt(&mut d, 'p');
        typed(&mut d, "benali");
        keys(&mut d, &[KeyCode::Enter]);
        type_and_save(&mut d, "10a7r");
        d.state.ctx.session.as_mut().unwrap().role = role;
        keys(&mut d, &[KeyCode::F(3)]);
        typed(&mut d, "benali");
        alt(&mut d, 'o');
        let screen = d.screen();
        assert_eq!(
            screen.contains("Matériel donné"),
            shown,
            "{role:?}: {screen}"
        );
        assert_eq!(
            screen.contains("10 × Seringue 1 ml · rendu 7"),
            shown,
            "{screen}"
        );
    }
}

#[test]
fn quitting_with_an_exchange_being_entered_asks_first() {
    let mut d = counter(Lang::Fr);
    typed(&mut d, "5a");
    keys(&mut d, &[KeyCode::F(10)]);
    assert!(!d.state.quit, "asked first");
    assert!(
        d.screen().contains("n'est pas enregistré"),
        "{}",
        d.screen()
    );
    // Esc: back to the exchange, as it was; F10 asks again.
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(d.state.counter.count("syringe-1ml"), 5);
    keys(&mut d, &[KeyCode::F(10)]);
    assert!(!d.state.quit);
    keys(&mut d, &[KeyCode::F(10)]);
    assert!(d.state.quit, "F10 twice quits");
    // Nothing entered: F10 quits at once.
    let mut d = counter(Lang::Fr);
    keys(&mut d, &[KeyCode::F(10)]);
    assert!(d.state.quit);
}
