//! `seuil board`: the waiting-room screen. Ticket numbers and rooms only, never a name; large
//! block letters readable across a room; refreshes itself; a gentle bell on a new call. Its few
//! words ("called", "room", "please wait") turn through the languages of the people waiting,
//! French and Dutch always among them; the numbers never move.

use std::io::{self, Write};
use std::time::Duration;

use chrono::{Local, NaiveDateTime};
use crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Lang, Msg};
use crate::store::Store;
use crate::store::queues::{Entry, Service};

/// How many calls the board shows (the newest large, the others below).
pub const SHOWN: usize = 6;

/// Ticks (one a second) each language's words stay before the next language's.
pub const TICKS_PER_LANGUAGE: u32 = 5;

/// What the board shows: only tickets and rooms are kept.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Board {
    /// `(ticket, room)`, newest first.
    pub calls: Vec<(String, Option<String>)>,
    /// The service when the board shows one service only (its name in every language).
    pub service: Option<Service>,
    pub now: NaiveDateTime,
    /// The languages its words turn through, the board's own first; empty or one: they stay.
    pub languages: Vec<Lang>,
    /// Which of `languages` speaks now.
    pub shown: usize,
    /// Ticks since that language came.
    pub ticks: u32,
}

impl Board {
    /// The board's content from the last calls (names are dropped here).
    pub fn from_entries(entries: &[Entry], service: Option<Service>, now: NaiveDateTime) -> Board {
        Board {
            calls: calls(entries),
            service,
            now,
            ..Board::default()
        }
    }

    /// New calls and languages from the database; the language speaking now goes on speaking
    /// if it is still among them.
    pub fn refresh(&mut self, entries: &[Entry], languages: Vec<Lang>, now: NaiveDateTime) {
        let speaking = self.languages.get(self.shown).copied();
        self.calls = calls(entries);
        self.now = now;
        match speaking.and_then(|l| languages.iter().position(|x| *x == l)) {
            Some(i) => self.shown = i,
            None => (self.shown, self.ticks) = (0, 0),
        }
        self.languages = languages;
    }

    /// One second went by: after [`TICKS_PER_LANGUAGE`] of them, the next language speaks.
    pub fn tick(&mut self) {
        self.ticks += 1;
        if self.ticks >= TICKS_PER_LANGUAGE {
            self.ticks = 0;
            self.shown = (self.shown + 1) % self.languages.len().max(1);
        }
    }

    /// The language the words are in now (`base`, the board's own, when nothing turns).
    pub fn language(&self, base: Lang) -> Lang {
        self.languages.get(self.shown).copied().unwrap_or(base)
    }
}

fn calls(entries: &[Entry]) -> Vec<(String, Option<String>)> {
    entries
        .iter()
        .map(|e| (e.ticket.clone(), e.room.clone()))
        .collect()
}

/// The languages the board's words turn through: its own, then French and Dutch (Brussels
/// speaks both, always), then those of the desk's six that someone waiting reads (the first of
/// each person's languages the desk speaks), in the desk's order. `waiting`: each person's
/// language codes, most useful first.
pub fn rotation(base: Lang, waiting: &[Vec<String>]) -> Vec<Lang> {
    let read: Vec<Lang> = waiting
        .iter()
        .filter_map(|codes| codes.iter().find_map(|c| Lang::parse(c)))
        .collect();
    let mut out = vec![base];
    for lang in [Lang::Fr, Lang::Nl]
        .into_iter()
        .chain(Lang::ALL.into_iter().filter(|l| read.contains(l)))
    {
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    out
}

fn room_text(i18n: &I18n, room: &Option<String>) -> String {
    room.as_ref()
        .map(|r| i18n.render(&Msg::new("board-room").arg("room", r.as_str())))
        .unwrap_or_default()
}

/// Draws the board: pure, like every view.
pub fn view(board: &Board, i18n: &I18n, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    draw(board, i18n, theme, frame);
    // Arabic words shaped and in reading order; the big ticket numbers are never mirrored.
    crate::text::bidi::reorder(frame.buffer_mut(), area, Default::default(), None);
}

fn draw(board: &Board, i18n: &I18n, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    let title = match &board.service {
        Some(s) => format!("{} · {}", i18n.tr("board-title"), s.name(i18n.lang())),
        None => i18n.tr("board-title"),
    };
    let [top, main, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(u16::try_from(SHOWN - 1).unwrap_or(5).min(area.height / 4)),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(Line::styled(title, theme.title)), top);
    frame.render_widget(
        Paragraph::new(board.now.format("%H:%M").to_string()).alignment(Alignment::Right),
        top,
    );
    let Some((ticket, room)) = board.calls.first() else {
        frame.render_widget(
            Paragraph::new(Line::styled(i18n.tr("board-none"), theme.title))
                .alignment(Alignment::Center),
            centre_rows(main, 1),
        );
        return;
    };
    big(
        frame,
        main,
        ticket,
        room.as_deref(),
        &room_text(i18n, room),
        theme,
    );
    let others: Vec<Line> = board
        .calls
        .iter()
        .skip(1)
        .map(|(t, r)| Line::raw(format!("{t}   {}", room_text(i18n, r))))
        .collect();
    frame.render_widget(Paragraph::new(others).alignment(Alignment::Center), rest);
}

fn centre_rows(area: Rect, rows: u16) -> Rect {
    let rows = rows.min(area.height);
    Rect {
        y: area.y + (area.height - rows) / 2,
        height: rows,
        ..area
    }
}

/// The newest call in the largest letters that fit: full blocks (8 rows), half blocks (4 rows),
/// or plain text on a very small screen (full and half blocks exist in Linux console fonts).
/// Only the ticket and the room number are drawn large: the block font has Latin letters and
/// digits only, so the word "room" stays in the board's language in ordinary letters.
fn big(
    frame: &mut Frame,
    area: Rect,
    ticket: &str,
    room: Option<&str>,
    label: &str,
    theme: &Theme,
) {
    let widest = ticket
        .chars()
        .count()
        .max(room.map_or(0, |r| r.chars().count()));
    let cols = u16::try_from(widest * 8).unwrap_or(u16::MAX);
    let size = if area.width >= cols && area.height >= 18 {
        Some((PixelSize::Full, 8))
    } else if area.width >= cols && area.height >= 10 {
        Some((PixelSize::HalfHeight, 4))
    } else {
        None
    };
    let Some((pixels, rows)) = size else {
        let lines = vec![
            Line::styled(ticket.to_string(), theme.title),
            Line::raw(room.map(|_| label.to_string()).unwrap_or_default()),
        ];
        frame.render_widget(
            Paragraph::new(lines).alignment(Alignment::Center),
            centre_rows(area, 2),
        );
        return;
    };
    let block = centre_rows(area, rows * 2 + 2);
    let [t, _, l, r] = Layout::vertical([
        Constraint::Length(rows),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(rows),
    ])
    .areas(block);
    let large = |text: &str| {
        BigText::builder()
            .pixel_size(pixels)
            .lines(vec![Line::from(text.to_string())])
            .centered()
            .build()
    };
    frame.render_widget(large(ticket), t);
    if let Some(room) = room {
        frame.render_widget(
            Paragraph::new(Line::styled(label.to_string(), theme.title))
                .alignment(Alignment::Center),
            l,
        );
        frame.render_widget(large(room), r);
    }
}

/// Runs the board until q, Esc or F10.
pub fn run(
    i18n: &crate::i18n::I18n,
    config: &crate::config::Config,
    store: Store,
    service_code: Option<String>,
    bell: bool,
) -> io::Result<()> {
    let service = service_code
        .as_deref()
        .and_then(|c| store.service(c).ok().flatten());
    let code = service.as_ref().map(|s| s.code.clone());
    let base = i18n.lang();
    // The words of each language, loaded the first time it speaks.
    let mut words: Vec<I18n> = Vec::new();
    let theme = Theme::new(crate::desk::terminal::resolve_borders(
        config.borders,
        std::env::var("TERM").ok().as_deref(),
    ));
    let mut terminal = ratatui::try_init()?;
    let result = (|| -> io::Result<()> {
        let mut seen_version = None;
        let mut board = Board {
            service,
            ..Board::default()
        };
        let mut last_tick = std::time::Instant::now();
        loop {
            let version = store.data_version().ok();
            if version != seen_version
                || board.now.format("%M").to_string() != Local::now().format("%M").to_string()
            {
                seen_version = version;
                let now = Local::now().naive_local();
                let day = now.format("%Y-%m-%d").to_string();
                let entries = store
                    .last_called(code.as_deref(), &day, SHOWN)
                    .unwrap_or_default();
                let languages = if config.board_rotate {
                    rotation(base, &store.waiting_languages(&day).unwrap_or_default())
                } else {
                    vec![base]
                };
                let before = board.calls.first().cloned();
                board.refresh(&entries, languages, now);
                if bell
                    && !board.calls.is_empty()
                    && board.calls.first() != before.as_ref()
                    && before.is_some()
                {
                    let mut out = io::stdout();
                    let _ = out.write_all(b"\x07");
                    let _ = out.flush();
                }
            }
            while last_tick.elapsed() >= Duration::from_secs(1) {
                last_tick += Duration::from_secs(1);
                board.tick();
            }
            let lang = board.language(base);
            if lang != base && !words.iter().any(|w| w.lang() == lang) {
                words.push(I18n::new(lang));
            }
            let speaking = words.iter().find(|w| w.lang() == lang).unwrap_or(i18n);
            terminal.draw(|f| view(&board, speaking, &theme, f))?;
            if event::poll(Duration::from_millis(500))? {
                match event::read()? {
                    Event::Key(k)
                        if k.kind != KeyEventKind::Release
                            && matches!(
                                k.code,
                                KeyCode::Char('q') | KeyCode::Esc | KeyCode::F(10)
                            ) =>
                    {
                        return Ok(());
                    }
                    _ => {}
                }
            }
        }
    })();
    ratatui::restore();
    result
}
