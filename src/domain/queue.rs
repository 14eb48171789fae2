//! Queue rules: who is called next, which moves a ticket may make, how tickets are written.
//!
//! A person waits with a priority; emergencies jump the queue, then urgent, then arrival order.
//! Stepping out for a cigarette keeps one's place; a transfer keeps the original arrival time.

use std::fmt;

/// How soon a person must be seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    Normal,
    Urgent,
    Emergency,
}

impl Priority {
    /// Stored form.
    pub fn code(self) -> &'static str {
        match self {
            Priority::Normal => "normal",
            Priority::Urgent => "urgent",
            Priority::Emergency => "emergency",
        }
    }

    /// Message id of a priority's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Priority::Normal => "priority-normal",
            Priority::Urgent => "priority-urgent",
            Priority::Emergency => "priority-emergency",
        }
    }

    /// Reads the stored form.
    pub fn parse(text: &str) -> Option<Priority> {
        match text {
            "normal" => Some(Priority::Normal),
            "urgent" => Some(Priority::Urgent),
            "emergency" => Some(Priority::Emergency),
            _ => None,
        }
    }
}

/// Where a ticket stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Waiting,
    Called,
    InService,
    SteppedOut,
    Done,
    LeftUnseen,
    Transferred,
    NoShow,
}

impl Status {
    /// Every status, in the order the queue screen groups them.
    pub const ALL: [Status; 8] = [
        Status::Called,
        Status::InService,
        Status::Waiting,
        Status::SteppedOut,
        Status::Done,
        Status::LeftUnseen,
        Status::Transferred,
        Status::NoShow,
    ];

    /// Stored form.
    pub fn code(self) -> &'static str {
        match self {
            Status::Waiting => "waiting",
            Status::Called => "called",
            Status::InService => "in_service",
            Status::SteppedOut => "stepped_out",
            Status::Done => "done",
            Status::LeftUnseen => "left_unseen",
            Status::Transferred => "transferred",
            Status::NoShow => "no_show",
        }
    }

    /// Message id of a status's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::Waiting => "status-waiting",
            Status::Called => "status-called",
            Status::InService => "status-in-service",
            Status::SteppedOut => "status-stepped-out",
            Status::Done => "status-done",
            Status::LeftUnseen => "status-left",
            Status::Transferred => "status-transferred",
            Status::NoShow => "status-no-show",
        }
    }

    /// Reads the stored form.
    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == text)
    }

    /// Whether the ticket is still in the queue (not finished one way or another).
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Status::Waiting | Status::Called | Status::InService | Status::SteppedOut
        )
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Something a worker does to a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Move {
    Call,
    Recall,
    Start,
    Finish,
    StepOut,
    ComeBack,
    LeftUnseen,
    Transfer,
    NoShow,
}

impl Move {
    /// Stored form, in the event history.
    pub fn code(self) -> &'static str {
        match self {
            Move::Call => "call",
            Move::Recall => "recall",
            Move::Start => "start",
            Move::Finish => "done",
            Move::StepOut => "step_out",
            Move::ComeBack => "come_back",
            Move::LeftUnseen => "left_unseen",
            Move::Transfer => "transfer",
            Move::NoShow => "no_show",
        }
    }
}

/// A move that does not apply to a ticket in that status (`done` → waiting, say).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    pub from: Status,
    pub attempted: Move,
}

/// The status after a move, or why the move is refused. `calls` is how many times the ticket
/// was already called; `max_calls` is the site's limit before a no-show.
pub fn apply(from: Status, m: Move, calls: u32, max_calls: u32) -> Result<Status, Refused> {
    use Move as M;
    use Status as S;
    let to = match (from, m) {
        (S::Waiting, M::Call) => S::Called,
        (S::Called, M::Recall) if calls >= max_calls => S::NoShow,
        (S::Called, M::Recall) => S::Called,
        (S::Called, M::Start) | (S::Waiting, M::Start) => S::InService,
        (S::InService, M::Finish) | (S::Called, M::Finish) => S::Done,
        (S::Waiting | S::Called, M::StepOut) => S::SteppedOut,
        (S::SteppedOut, M::ComeBack) | (S::Called, M::ComeBack) => S::Waiting,
        (S::Waiting | S::Called | S::SteppedOut, M::LeftUnseen) => S::LeftUnseen,
        (S::Waiting | S::Called | S::SteppedOut | S::InService, M::Transfer) => S::Transferred,
        (S::Called | S::SteppedOut, M::NoShow) => S::NoShow,
        _ => return Err(Refused { from, attempted: m }),
    };
    Ok(to)
}

/// Position in the call order: priority first (emergency first), then arrival, then entry id.
/// Smaller comes first.
pub fn call_order(
    priority: Priority,
    arrived_at: &str,
    id: i64,
) -> (std::cmp::Reverse<Priority>, String, i64) {
    (std::cmp::Reverse(priority), arrived_at.to_string(), id)
}

/// A ticket as shown and printed: service letter, dash, three digits (`M-014`).
pub fn ticket(letter: &str, number: u32) -> String {
    format!("{letter}-{number:03}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use Move as M;
    use Status as S;

    #[test]
    fn the_usual_path_and_its_detours() {
        assert_eq!(apply(S::Waiting, M::Call, 0, 3), Ok(S::Called));
        assert_eq!(apply(S::Called, M::Start, 1, 3), Ok(S::InService));
        assert_eq!(apply(S::InService, M::Finish, 1, 3), Ok(S::Done));
        assert_eq!(apply(S::Waiting, M::StepOut, 0, 3), Ok(S::SteppedOut));
        assert_eq!(apply(S::SteppedOut, M::ComeBack, 0, 3), Ok(S::Waiting));
        assert_eq!(
            apply(S::Called, M::ComeBack, 1, 3),
            Ok(S::Waiting),
            "called but not there: back in line"
        );
        assert_eq!(apply(S::Waiting, M::LeftUnseen, 0, 3), Ok(S::LeftUnseen));
        assert_eq!(apply(S::InService, M::Transfer, 1, 3), Ok(S::Transferred));
    }

    #[test]
    fn recall_until_the_limit_then_no_show() {
        assert_eq!(apply(S::Called, M::Recall, 1, 3), Ok(S::Called));
        assert_eq!(apply(S::Called, M::Recall, 2, 3), Ok(S::Called));
        assert_eq!(apply(S::Called, M::Recall, 3, 3), Ok(S::NoShow));
    }

    #[test]
    fn finished_tickets_do_not_come_back() {
        for done in [S::Done, S::LeftUnseen, S::Transferred, S::NoShow] {
            for m in [M::Call, M::ComeBack, M::Start, M::Transfer, M::StepOut] {
                assert_eq!(
                    apply(done, m, 0, 3),
                    Err(Refused {
                        from: done,
                        attempted: m
                    }),
                    "{done} {m:?}"
                );
            }
        }
        assert!(apply(S::InService, M::StepOut, 1, 3).is_err());
        assert!(apply(S::Waiting, M::Recall, 0, 3).is_err());
        assert!(
            apply(S::InService, M::LeftUnseen, 1, 3).is_err(),
            "seen is not left unseen"
        );
    }

    #[test]
    fn emergencies_first_then_arrival() {
        let mut entries = [
            (Priority::Normal, "09:00", 1),
            (Priority::Urgent, "09:30", 2),
            (Priority::Normal, "08:50", 3),
            (Priority::Emergency, "09:45", 4),
            (Priority::Urgent, "09:10", 5),
        ];
        entries.sort_by_key(|(p, at, id)| call_order(*p, at, *id));
        let ids: Vec<i64> = entries.iter().map(|e| e.2).collect();
        assert_eq!(ids, vec![4, 5, 2, 3, 1]);
    }

    #[test]
    fn tickets_read_well() {
        assert_eq!(ticket("M", 14), "M-014");
        assert_eq!(ticket("D", 7), "D-007");
        assert_eq!(ticket("S", 1234), "S-1234");
        assert_eq!(Status::parse("stepped_out"), Some(Status::SteppedOut));
        assert_eq!(Priority::parse("emergency"), Some(Priority::Emergency));
    }
}

/// One ticket of the day, as the end-of-day figures need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayTicket {
    pub service: String,
    /// Minutes from arrival to the first call, if called.
    pub waited: Option<i64>,
    pub status: Status,
    /// Drawn by a transfer from another service (not a new arrival).
    pub transferred_in: bool,
}

/// The end-of-day figures of one service.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceDay {
    pub service: String,
    pub arrivals: usize,
    pub seen: usize,
    pub left_unseen: usize,
    pub no_show: usize,
    pub still_open: usize,
    pub median_wait: Option<i64>,
    pub p90_wait: Option<i64>,
    /// Appointments of the day checked in, and missed.
    pub appointments_kept: u32,
    pub appointments_missed: u32,
}

/// The nearest-rank percentile of sorted values (`p` in 0..=100).
fn percentile(sorted: &[i64], p: usize) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

/// Figures per service, in the order services first appear in `tickets`.
pub fn summarise(tickets: &[DayTicket]) -> Vec<ServiceDay> {
    let mut order: Vec<String> = Vec::new();
    for t in tickets {
        if !order.contains(&t.service) {
            order.push(t.service.clone());
        }
    }
    order
        .into_iter()
        .map(|service| {
            let mine: Vec<&DayTicket> = tickets.iter().filter(|t| t.service == service).collect();
            let mut waits: Vec<i64> = mine.iter().filter_map(|t| t.waited).collect();
            waits.sort_unstable();
            ServiceDay {
                arrivals: mine.iter().filter(|t| !t.transferred_in).count(),
                seen: mine.iter().filter(|t| t.status == Status::Done).count(),
                left_unseen: mine
                    .iter()
                    .filter(|t| t.status == Status::LeftUnseen)
                    .count(),
                no_show: mine.iter().filter(|t| t.status == Status::NoShow).count(),
                still_open: mine.iter().filter(|t| t.status.is_open()).count(),
                median_wait: percentile(&waits, 50),
                p90_wait: percentile(&waits, 90),
                appointments_kept: 0,
                appointments_missed: 0,
                service,
            }
        })
        .collect()
}

#[cfg(test)]
mod day_tests {
    use super::*;

    fn t(service: &str, waited: Option<i64>, status: Status, transferred_in: bool) -> DayTicket {
        DayTicket {
            service: service.into(),
            waited,
            status,
            transferred_in,
        }
    }

    #[test]
    fn figures_per_service() {
        let day = [
            t("M", Some(10), Status::Done, false),
            t("M", Some(30), Status::Done, false),
            t("M", Some(20), Status::Done, true),
            t("M", None, Status::LeftUnseen, false),
            t("M", Some(50), Status::NoShow, false),
            t("N", None, Status::Waiting, false),
        ];
        let s = summarise(&day);
        assert_eq!(s.len(), 2);
        let m = &s[0];
        assert_eq!(
            (m.arrivals, m.seen, m.left_unseen, m.no_show, m.still_open),
            (4, 3, 1, 1, 0)
        );
        assert_eq!(m.median_wait, Some(20));
        assert_eq!(m.p90_wait, Some(50));
        let n = &s[1];
        assert_eq!((n.arrivals, n.still_open, n.median_wait), (1, 1, None));
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&v, 50), Some(5));
        assert_eq!(percentile(&v, 90), Some(9));
        assert_eq!(percentile(&[7], 90), Some(7));
        assert_eq!(percentile(&[], 50), None);
    }
}
