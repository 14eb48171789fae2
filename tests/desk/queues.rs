//! The queue screen acts on the ticket the worker sees selected.

use crate::support::{Desk, keys, typed};
use crossterm::event::KeyCode;
use seuil::domain::queue::Status;
use seuil::i18n::Lang;

/// Two people sent to the medical queue, in this order.
fn two_waiting() -> Desk {
    let mut d = Desk::with_register(Lang::Fr);
    for query in ["benali", "tesfay"] {
        typed(&mut d, query);
        keys(&mut d, &[KeyCode::Enter, KeyCode::Char('1')]);
    }
    keys(&mut d, &[KeyCode::F(4)]);
    assert_eq!(d.state.queues.entries.len(), 2, "{}", d.screen());
    d
}

fn status_of(d: &Desk, ticket: &str) -> Option<Status> {
    d.state
        .queues
        .entries
        .iter()
        .find(|e| e.ticket == ticket)
        .map(|e| e.status)
}

#[test]
fn after_a_call_the_selection_is_the_ticket_called() {
    let mut d = two_waiting();
    // The second `n` asks first (someone is already called here); `n` again calls.
    keys(
        &mut d,
        &[KeyCode::Char('n'), KeyCode::Char('n'), KeyCode::Char('n')],
    );
    let selected = &d.state.queues.entries[d.state.queues.selected];
    assert_eq!(selected.ticket, "M-002", "{}", d.screen());
    keys(&mut d, &[KeyCode::Char('d')]);
    assert_eq!(
        status_of(&d, "M-001"),
        Some(Status::Called),
        "{}",
        d.screen()
    );
    assert_eq!(
        status_of(&d, "M-002"),
        None,
        "M-002 done, off the open list"
    );
    assert!(
        d.screen().contains("M-002"),
        "the notice names the ticket acted on\n{}",
        d.screen()
    );
}

#[test]
fn each_move_keeps_the_ticket_it_moved_selected() {
    let mut d = two_waiting();
    keys(&mut d, &[KeyCode::Down, KeyCode::Enter]);
    assert_eq!(status_of(&d, "M-002"), Some(Status::Called));
    keys(&mut d, &[KeyCode::Char('s')]);
    assert_eq!(status_of(&d, "M-002"), Some(Status::InService));
    assert_eq!(status_of(&d, "M-001"), Some(Status::Waiting));
}

#[test]
fn a_second_call_into_the_same_room_asks_first() {
    let mut d = two_waiting();
    keys(&mut d, &[KeyCode::Char('n'), KeyCode::Char('n')]);
    assert_eq!(
        status_of(&d, "M-002"),
        Some(Status::Waiting),
        "not called yet"
    );
    assert!(
        d.screen().contains("M-001"),
        "the question names who is called"
    );
    keys(&mut d, &[KeyCode::Esc]);
    assert_eq!(
        status_of(&d, "M-002"),
        Some(Status::Waiting),
        "Esc calls no one"
    );
    // Calling the selected ticket asks the same.
    keys(&mut d, &[KeyCode::Down, KeyCode::Enter]);
    assert_eq!(status_of(&d, "M-002"), Some(Status::Waiting));
    keys(&mut d, &[KeyCode::Enter]);
    assert_eq!(status_of(&d, "M-002"), Some(Status::Called));
    // Once the first is done, the next call asks nothing.
    let mut d = two_waiting();
    keys(
        &mut d,
        &[KeyCode::Char('n'), KeyCode::Char('d'), KeyCode::Char('n')],
    );
    assert_eq!(status_of(&d, "M-002"), Some(Status::Called));
}

#[test]
fn each_desk_calls_into_its_own_room() {
    let mut d = two_waiting();
    keys(&mut d, &[KeyCode::Char('p')]);
    typed(&mut d, "3B");
    keys(&mut d, &[KeyCode::Enter, KeyCode::Char('n')]);
    let called = d
        .state
        .queues
        .entries
        .iter()
        .find(|e| e.ticket == "M-001")
        .unwrap();
    assert_eq!(called.room.as_deref(), Some("3B"), "{}", d.screen());
    assert!(d.screen().contains("3B"));
    // Said in desk.toml, it is there from the start.
    let config =
        seuil::config::Config::parse("room = \"4\"\n", std::path::Path::new("desk.toml")).unwrap();
    let desk = seuil::desk::terminal::Desk {
        lang: Lang::Fr,
        lang_asked: false,
        config: &config,
        warnings: &[],
    };
    let state = seuil::desk::terminal::initial_state(&desk, &d.services.store, (80, 24));
    assert_eq!(state.queues.room.as_deref(), Some("4"));
}

#[test]
fn with_nobody_waiting_a_call_says_so_without_asking() {
    let mut d = two_waiting();
    keys(
        &mut d,
        &[KeyCode::Char('n'), KeyCode::Char('n'), KeyCode::Char('n')],
    );
    // Both called now; nobody waits: `n` asks nothing and says nobody is waiting.
    keys(&mut d, &[KeyCode::Char('n')]);
    assert!(d.state.queues.call_again.is_none(), "{}", d.screen());
}
