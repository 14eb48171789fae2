//! A desk driven like a person would: keys in, effects carried out on an in-memory register.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]

use chrono::{NaiveDate, NaiveDateTime};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use seuil::desk::gate::Session;
use seuil::desk::runner::Services;
use seuil::desk::{Message, State};
use seuil::domain::person::Draft;
use seuil::domain::roles::Role;
use seuil::i18n::{I18n, Lang};
use seuil::store::Store;

pub fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(9, 30, 0)
        .unwrap()
}

pub struct Desk {
    pub state: State,
    pub services: Services,
    pub i18n: I18n,
}

/// A few people as they reach a Brussels desk: spellings, scripts, an alias, an anonymous one.
pub const REGISTER: &[(&str, &str, &str, &str)] = &[
    ("Mohamed Benali", "", "1987", "ar,fr"),
    ("Muhammad", "Le Grand", "1990-04", "ar"),
    ("محمد الأمين", "", "1995", "ar"),
    ("Tesfay Gebremedhin", "", "1990", "ti,en"),
    ("ተስፋይ ሃይለ", "", "", "ti"),
    ("Łukasz Kowalski", "Polak", "1979-03-09", "pl"),
    ("Fatima Zahra El Idrissi", "", "", "ar,fr"),
    ("", "", "", ""),
];

impl Desk {
    pub fn empty(lang: Lang) -> Desk {
        let mut state = State::new(lang, now(), (80, 24)).logged_in(Session {
            staff_id: 1,
            name: "test".into(),
            role: Role::Coordinator,
            language: None,
        });
        state.ctx.site_name = Some("Gare du Midi".into());
        state.ctx.desk_name = Some("1".into());
        let services = Services::new(
            Store::open_in_memory().unwrap(),
            Some("1".into()),
            "test".into(),
        );
        let mut desk = Desk {
            state,
            services,
            i18n: I18n::new(lang),
        };
        desk.send(Message::DataChanged);
        desk
    }

    pub fn with_register(lang: Lang) -> Desk {
        let mut desk = Desk::empty(lang);
        let mut rng = fastrand::Rng::with_seed(11);
        for (i, (name, alias, born, langs)) in REGISTER.iter().enumerate() {
            let fields = Draft {
                given_name: name.to_string(),
                alias: alias.to_string(),
                birth: born.to_string(),
                languages: langs.to_string(),
                ..Draft::default()
            }
            .check(now().date())
            .unwrap();
            let at = now() - chrono::Duration::days(30 - i as i64);
            let p = desk
                .services
                .store
                .add_person(&fields, "test", at, &mut rng)
                .unwrap();
            desk.services
                .store
                .record_visit(p.id, Some("1"), "test", at)
                .unwrap();
        }
        let n = desk.services.load_index_now().unwrap();
        desk.send(Message::IndexReady(n));
        desk
    }

    /// The desk as an 80×24 terminal shows it.
    pub fn screen(&self) -> String {
        let i18n = I18n::new(self.state.ctx.lang);
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|f| seuil::desk::view::view(&self.state, &i18n, f))
            .unwrap();
        terminal.backend().to_string()
    }

    pub fn send(&mut self, message: Message) {
        seuil::desk::terminal::dispatch(
            &mut self.state,
            &mut self.services,
            &mut self.i18n,
            message,
        );
    }

    pub fn key(&mut self, key: KeyEvent) {
        self.send(Message::Key(key));
    }

    /// Text pasted into the terminal (bracketed paste).
    pub fn paste(&mut self, text: &str) {
        self.send(Message::Paste(text.into()));
    }
}

pub fn keys(desk: &mut Desk, codes: &[KeyCode]) {
    for code in codes {
        desk.key(KeyEvent::new(*code, KeyModifiers::NONE));
    }
}

pub fn typed(desk: &mut Desk, text: &str) {
    for c in text.chars() {
        keys(desk, &[KeyCode::Char(c)]);
    }
}

/// The `seuil` command on the register at `db`, with nothing of the caller's environment but
/// `PATH` (so no desk.toml, key file or language of the person running the tests leaks in).
pub fn seuil_cmd(db: &std::path::Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_seuil"));
    cmd.env_clear()
        .env("HOME", db.parent().unwrap())
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("SEUIL_DB", db);
    cmd
}

/// Whether a system program a test reads its output with is installed. Outside CI a missing one
/// skips the test with a line saying what to install; in CI (`CI` set) it is required.
pub fn have(program: &str, package: &str) -> bool {
    let found = std::process::Command::new(program)
        .arg("-v")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok();
    assert!(
        found || std::env::var_os("CI").is_none(),
        "{program} ({package}) is required in CI: .ci/run installs it"
    );
    if !found {
        eprintln!("skipped: {program} is not installed (apt install {package})");
    }
    found
}
