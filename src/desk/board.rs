//! `seuil board`: the waiting-room screen. Ticket numbers and rooms only, never a name; large
//! block letters readable across a room; refreshes itself; a gentle bell on a new call.

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
use crate::i18n::{I18n, Msg};
use crate::store::Store;
use crate::store::queues::Entry;

/// How many calls the board shows (the newest large, the others below).
pub const SHOWN: usize = 6;

/// What the board shows: only tickets and rooms are kept.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Board {
    /// `(ticket, room)`, newest first.
    pub calls: Vec<(String, Option<String>)>,
    /// Name of the service when the board shows one service only.
    pub service: Option<String>,
    pub now: NaiveDateTime,
}

impl Board {
    /// The board's content from the last calls (names are dropped here).
    pub fn from_entries(entries: &[Entry], service: Option<String>, now: NaiveDateTime) -> Board {
        Board {
            calls: entries
                .iter()
                .map(|e| (e.ticket.clone(), e.room.clone()))
                .collect(),
            service,
            now,
        }
    }
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
        Some(name) => format!("{} · {name}", i18n.tr("board-title")),
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
    let name = service.as_ref().map(|s| s.name(i18n.lang()).to_string());
    let code = service.map(|s| s.code);
    let theme = Theme::new(crate::desk::terminal::resolve_borders(
        config.borders,
        std::env::var("TERM").ok().as_deref(),
    ));
    let mut terminal = ratatui::try_init()?;
    let result = (|| -> io::Result<()> {
        let mut seen_version = None;
        let mut board = Board::default();
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
                let fresh = Board::from_entries(&entries, name.clone(), now);
                if bell
                    && !fresh.calls.is_empty()
                    && fresh.calls.first() != board.calls.first()
                    && !board.calls.is_empty()
                {
                    let mut out = io::stdout();
                    let _ = out.write_all(b"\x07");
                    let _ = out.flush();
                }
                board = fresh;
            }
            terminal.draw(|f| view(&board, i18n, &theme, f))?;
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
