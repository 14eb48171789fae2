//! Desk start-up to first frame, in process: settings, language, database open + migration
//! check, initial state, first render at 80×24. (Terminal set-up is measured as a whole process,
//! see README "Performance".)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::{Terminal, backend::TestBackend};
use seuil::config::Config;
use seuil::i18n::{I18n, Lang};
use seuil::store::Store;

fn startup(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seuil.db");
    drop(Store::open(&db).unwrap());
    let config_path = dir.path().join("desk.toml");
    std::fs::write(
        &config_path,
        "language = \"fr\"\ndesk_name = \"Accueil 1\"\n",
    )
    .unwrap();
    for lang in [Lang::Fr, Lang::Ar] {
        c.bench_function(&format!("startup_to_first_frame_empty_db_{lang}"), |b| {
            b.iter(|| {
                let (config, _) = Config::load(&config_path);
                let i18n = I18n::new(lang);
                let store = Store::open(&db).unwrap();
                let desk = seuil::desk::terminal::Desk {
                    lang,
                    lang_asked: false,
                    config: &config,
                    warnings: &[],
                };
                let state = seuil::desk::terminal::initial_state(&desk, &store, (80, 24));
                let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
                terminal
                    .draw(|f| seuil::desk::view::view(&state, &i18n, f))
                    .unwrap();
            })
        });
    }
    login(c, dir.path());
    let i18n = I18n::new(Lang::Fr);
    c.bench_function("switch_language_fr_to_ar", |b| {
        b.iter(|| {
            let mut i = I18n::new(Lang::Fr);
            i.set_lang(Lang::Ar);
            i
        })
    });
    let _ = i18n;
}

/// From Enter on the PIN to the first screen drawn: the argon2id check, the session, the
/// services reloaded, the frame; on a plain and on an encrypted database (opened beforehand,
/// as the desk does before the login screen).
fn login(c: &mut Criterion, dir: &std::path::Path) {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = seuil::store::Key::passphrase("correct horse battery").unwrap();
    let mut group = c.benchmark_group("login");
    group.sample_size(10);
    for (name, encrypted) in [("plain", false), ("encrypted", true)] {
        let db = dir.join(format!("login-{name}.db"));
        let store = Store::open_keyed(&db, encrypted.then_some(&key)).unwrap();
        store
            .add_staff(
                "Awa",
                seuil::domain::roles::Role::Coordinator,
                "2468",
                "2468",
                None,
                chrono::Local::now().naive_local(),
            )
            .unwrap();
        drop(store);
        group.bench_function(format!("open_login_first_screen_{name}"), |b| {
            b.iter(|| {
                let store = Store::open_keyed(&db, encrypted.then_some(&key)).unwrap();
                let now = chrono::Local::now().naive_local();
                let mut state = seuil::desk::State::new(Lang::Fr, now, (80, 24));
                state.gate = Some(seuil::desk::gate::Gate::login(
                    seuil::desk::gate::GateKind::Login,
                    Some("Awa"),
                ));
                let mut services = seuil::desk::runner::Services::new(store, None, "os".into());
                let mut i18n = I18n::new(Lang::Fr);
                for c in "2468\r".chars() {
                    let code = if c == '\r' {
                        KeyCode::Enter
                    } else {
                        KeyCode::Char(c)
                    };
                    seuil::desk::terminal::dispatch(
                        &mut state,
                        &mut services,
                        &mut i18n,
                        seuil::desk::Message::Key(KeyEvent::new(code, KeyModifiers::NONE)),
                    );
                }
                assert!(state.gate.is_none());
                let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
                terminal
                    .draw(|f| seuil::desk::view::view(&state, &i18n, f))
                    .unwrap();
            })
        });
    }
    group.finish();
}

criterion_group!(benches, startup);
criterion_main!(benches);
