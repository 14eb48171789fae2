//! The right-to-left pass over a whole 80×24 frame: the Arabic intake screen with results
//! (every row shaped, reordered and mirrored), and a French one with Arabic names in it.
//!
//! `cargo bench --bench bidi`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use seuil::desk::State;
use seuil::i18n::{I18n, Lang};

fn frame(lang: Lang, own_bidi: bool) -> (State, I18n) {
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(9, 30, 0)
        .unwrap();
    let mut state = State::new(lang, now, (80, 24)).logged_in(seuil::desk::gate::Session {
        staff_id: 1,
        name: "Awa".into(),
        role: seuil::domain::roles::Role::Coordinator,
        language: None,
    });
    state.own_bidi = own_bidi;
    state.ctx.site_name = Some("Gare du Midi".into());
    let store = seuil::store::Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(1);
    for name in [
        "محمد الأمين",
        "Mohamed Benali",
        "فاطمة الزهراء الإدريسي",
        "ተስፋይ ሃይለ",
        "Łukasz Kowalski",
        "عبد الله (أبو علي)",
        "Tesfay Gebremedhin",
        "لمياء بن صالح",
    ] {
        let fields = seuil::domain::person::Draft {
            given_name: name.into(),
            birth: "1987".into(),
            languages: "ar,fr".into(),
            ..Default::default()
        }
        .check(now.date())
        .unwrap();
        let p = store.add_person(&fields, "bench", now, &mut rng).unwrap();
        state.intake.results.push(p);
    }
    state.intake.search = seuil::desk::widgets::input::TextInput::with_text("محمد K7F");
    (state, I18n::new(lang))
}

fn bidi(c: &mut Criterion) {
    for (name, lang) in [("ar", Lang::Ar), ("fr", Lang::Fr)] {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let (with, i18n) = frame(lang, true);
        let (without, _) = frame(lang, false);
        c.bench_function(&format!("frame_{name}_with_bidi_pass"), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| seuil::desk::view::view(&with, &i18n, f))
                    .unwrap();
            });
        });
        // Typing: the search line changes every frame (its row is new, the others were seen).
        let (mut typing, _) = frame(lang, true);
        let mut n = 0u64;
        c.bench_function(&format!("frame_{name}_typing_with_bidi_pass"), |b| {
            b.iter(|| {
                n += 1;
                typing.intake.search =
                    seuil::desk::widgets::input::TextInput::with_text(&format!("محمد {n}"));
                terminal
                    .draw(|f| seuil::desk::view::view(&typing, &i18n, f))
                    .unwrap();
            });
        });
        c.bench_function(&format!("frame_{name}_without_bidi_pass"), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| seuil::desk::view::view(&without, &i18n, f))
                    .unwrap();
            });
        });
    }
}

criterion_group!(benches, bidi);
criterion_main!(benches);
