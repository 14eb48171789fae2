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
    keys(&mut d, &[KeyCode::Char('n'), KeyCode::Char('n')]);
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
