//! The terminal lifecycle and the event loop: the only place that touches the real terminal.
//!
//! `ratatui::try_init` installs a panic hook that restores the terminal before the panic
//! message is printed, so a crash leaves a usable shell and a readable message.

use std::io;
use std::time::{Duration, Instant};

use chrono::{Local, Timelike};
use crossterm::event::{self, Event};

use crate::config::Borders;
use crate::desk::runner::Services;
use crate::desk::{self, BorderStyle, Effect, Message, State};
use crate::i18n::I18n;
use crate::store::Store;

/// Env var used by the start-up measurement: exit right after the first frame is drawn and
/// print on stderr how long it took from the start of `main`.
pub const FIRST_FRAME_EXIT_VAR: &str = "SEUIL_BENCH_FIRST_FRAME";

static PROCESS_START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

/// Notes when the process started, for the start-up measurement.
pub fn mark_process_start() {
    let _ = PROCESS_START.set(Instant::now());
}

/// What a desk opens with: the interface language, the desk's settings, and the problems met
/// choosing them (shown once on the notice line).
pub struct Desk<'a> {
    pub lang: crate::i18n::Lang,
    /// The language was asked for this run (`--lang`, `SEUIL_LANG`): it wins over the one the
    /// person logging in chose last time.
    pub lang_asked: bool,
    pub config: &'a crate::config::Config,
    pub warnings: &'a [crate::i18n::Msg],
}

/// The state of a desk as it opens, from settings and the database; shared by the runner, tests
/// and the start-up benchmark.
pub fn initial_state(desk: &Desk, store: &Store, size: (u16, u16)) -> State {
    let mut state = State::new(desk.lang, Local::now().naive_local(), size);
    state.ctx.site_name = store.setting("site_name").ok().flatten();
    state.ctx.desk_name = desk.config.desk_name.clone();
    state.ctx.sync = crate::desk::runner::exchange::line_of(store);
    state.queues.room = desk.config.room.clone();
    state.lang_asked = desk.lang_asked;
    state.borders = resolve_borders(desk.config.borders, std::env::var("TERM").ok().as_deref());
    state.notices = desk.warnings.to_vec();
    state.ctx.renew_days = u64::from(desk.config.renew_days);
    state.ctx.print_tickets = desk.config.ticket_printer.is_some();
    state.own_bidi = !desk.config.terminal_bidi;
    state.eastern_digits = desk.config.eastern_digits;
    state.lock_after = (desk.config.lock_after_minutes > 0)
        .then(|| chrono::TimeDelta::minutes(i64::from(desk.config.lock_after_minutes)));
    // Nobody works at the desk without logging in; an empty database starts with the site and
    // its first coordinator.
    state.gate = Some(match store.has_staff() {
        Ok(false) => crate::desk::gate::Gate::setup_for(&store.site().unwrap_or_default()),
        _ => crate::desk::gate::Gate::login(crate::desk::gate::GateKind::Login, None),
    });
    state
}

/// `auto` borders are ASCII on the Linux text console, whose fonts may lack box drawing.
pub fn resolve_borders(setting: Borders, term: Option<&str>) -> BorderStyle {
    match setting {
        Borders::Unicode => BorderStyle::Unicode,
        Borders::Ascii => BorderStyle::Ascii,
        Borders::Auto if term == Some("linux") => BorderStyle::Ascii,
        Borders::Auto => BorderStyle::Unicode,
    }
}

/// Terminals that reorder right-to-left text by themselves (VTE, mlterm, Konsole…) are put in
/// explicit mode (`CSI 8 l`, ECMA-48 BDSM reset) before the first frame, while the desk draws
/// text already in display order, so panels do not jump; implicit mode (`CSI 8 h`) is given
/// back at the end. Terminals that know nothing of it ignore both.
pub fn explicit_bidi(on: bool) -> io::Result<()> {
    use std::io::Write;
    let mut out = io::stdout();
    out.write_all(if on { b"\x1b[8l" } else { b"\x1b[8h" })?;
    // Sent before the first frame: the alternate screen is still blank, nothing to redraw.
    out.flush()
}

/// Opens the desk on this terminal until the person quits.
pub fn run(desk: &Desk, store: Store) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    // Pasted text comes as one piece, told apart from keys (terminals without it ignore this).
    crossterm::execute!(io::stdout(), crossterm::event::EnableBracketedPaste)?;
    let own_bidi = !desk.config.terminal_bidi;
    if own_bidi {
        explicit_bidi(true)?;
    }
    let result = event_loop(&mut terminal, desk, store);
    if own_bidi {
        let _ = explicit_bidi(false);
    }
    let _ = crossterm::execute!(io::stdout(), crossterm::event::DisableBracketedPaste);
    ratatui::restore();
    if std::env::var_os(FIRST_FRAME_EXIT_VAR).is_some()
        && let Some(start) = PROCESS_START.get()
    {
        eprintln!("first frame after {} µs", start.elapsed().as_micros());
    }
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    desk: &Desk,
    store: Store,
) -> io::Result<()> {
    let size = terminal.size()?;
    let mut state = initial_state(desk, &store, (size.width, size.height));
    let mut i18n = I18n::new(state.ctx.lang);
    let path = store.path().map(std::path::Path::to_path_buf);
    let by = crate::store::audit::os_user();
    let mut services = Services::new(store, desk.config.desk_name.clone(), by);
    services.max_calls = desk.config.no_show_after_calls;
    services.printer = desk.config.printer.clone();
    services.ticket_printer = desk.config.ticket_printer.clone();
    services.renew_days = u64::from(desk.config.renew_days);
    services.backup.target = desk
        .config
        .backup_dir
        .clone()
        .map(|dir| (dir, desk.config.backup_keep));
    if let Some(folder) = &desk.config.sync_folder {
        match crate::desk::runner::exchange::folder_matches(&services.store, folder) {
            Ok(()) => {
                services.exchange.every = Some(std::time::Duration::from_secs(
                    60 * u64::from(desk.config.sync_every_minutes),
                ));
            }
            Err(msg) => state.notices.push(msg),
        }
    }
    let exit_after_first_frame = std::env::var_os(FIRST_FRAME_EXIT_VAR).is_some();
    let mut first = true;
    let mut seen_version: Option<i64> = None;
    loop {
        terminal.draw(|frame| crate::desk::view::view(&state, &i18n, frame))?;
        if exit_after_first_frame {
            return Ok(());
        }
        if first {
            // After the first frame: the index loads aside while the worker starts typing.
            first = false;
            dispatch(&mut state, &mut services, &mut i18n, Message::DataChanged);
            match path.clone() {
                Some(p) => services.load_index_aside(p),
                None => {
                    let n = services.load_index_now().unwrap_or(0);
                    dispatch(&mut state, &mut services, &mut i18n, Message::IndexReady(n));
                }
            }
        }
        let message = match services.poll_index() {
            Some(ready) => ready,
            None => next_message(services.is_loading())?,
        };
        let tick = matches!(message, Message::Tick(_));
        dispatch(&mut state, &mut services, &mut i18n, message);
        if tick {
            services.exchange_when_due();
            if let Some(done) = services.poll_exchange() {
                dispatch(&mut state, &mut services, &mut i18n, done);
            }
            services.daily_backup(state.ctx.now);
            if let Some(failed) = services.poll_backup() {
                dispatch(&mut state, &mut services, &mut i18n, failed);
            }
        }
        // Another desk committed since we last looked: refresh what is on screen.
        if tick && let Ok(v) = services.store.data_version() {
            if seen_version.is_some_and(|seen| seen != v) {
                dispatch(&mut state, &mut services, &mut i18n, Message::DataChanged);
            }
            seen_version = Some(v);
        }
        if state.quit {
            return Ok(());
        }
    }
}

/// Feeds a message to `update`, carries out the effects, and feeds their outcomes back.
pub fn dispatch(state: &mut State, services: &mut Services, i18n: &mut I18n, message: Message) {
    let mut queue = vec![message];
    while let Some(message) = queue.pop() {
        for effect in desk::update(state, message) {
            match effect {
                Effect::SetLanguage(lang) => {
                    i18n.set_lang(lang);
                    services.remember_language(state.ctx.session.as_ref(), lang);
                }
                other => queue.extend(services.run(other, state.ctx.now)),
            }
        }
    }
}

/// Waits for a key or a resize, or returns a tick when the clock's second changes (sooner
/// while the search index is loading, to pick it up at once).
fn next_message(loading: bool) -> io::Result<Message> {
    let started = Instant::now();
    let now = Local::now();
    let to_next_second = if loading {
        Duration::from_millis(10)
    } else {
        Duration::from_millis(500 - u64::from(now.nanosecond() / 1_000_000 % 500).min(499))
    };
    loop {
        let left = to_next_second.saturating_sub(started.elapsed());
        if left.is_zero() || !event::poll(left)? {
            return Ok(Message::Tick(Local::now().naive_local()));
        }
        match event::read()? {
            Event::Key(key) => return Ok(Message::Key(key)),
            Event::Paste(text) => return Ok(Message::Paste(text)),
            Event::Resize(w, h) => return Ok(Message::Resize(w, h)),
            _ => continue,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linux_console_gets_ascii_borders_unless_told_otherwise() {
        assert_eq!(
            resolve_borders(Borders::Auto, Some("linux")),
            BorderStyle::Ascii
        );
        assert_eq!(
            resolve_borders(Borders::Auto, Some("xterm-256color")),
            BorderStyle::Unicode
        );
        assert_eq!(
            resolve_borders(Borders::Unicode, Some("linux")),
            BorderStyle::Unicode
        );
        assert_eq!(resolve_borders(Borders::Ascii, None), BorderStyle::Ascii);
    }
}
