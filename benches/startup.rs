//! Desk start-up to first frame, in process: settings, language, database open + migration
//! check, initial state, first render at 80×24. (Terminal set-up is measured as a whole process,
//! see README "Performance".)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::{Terminal, backend::TestBackend};
use seuil::cli::Context;
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
                let ctx = Context {
                    i18n: I18n::new(lang),
                    config,
                    warnings: Vec::new(),
                    db: Some(db.clone()),
                };
                let store = ctx.open_store().unwrap();
                let state = seuil::tui::initial_state(&ctx, &store, (80, 24));
                let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
                terminal
                    .draw(|f| seuil::ui::view(&state, &ctx.i18n, f))
                    .unwrap();
            })
        });
    }
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

criterion_group!(benches, startup);
criterion_main!(benches);
