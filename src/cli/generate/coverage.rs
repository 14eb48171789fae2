//! Coverage routes of generated persons: what Brussels desks see by origin, with dates around
//! today so that the due list has overdue, near and far items.

use chrono::{Days, NaiveDate};

use crate::domain::coverage::{Coverage, Route, State};

fn days_before(today: NaiveDate, n: u64) -> Option<NaiveDate> {
    today.checked_sub_days(Days::new(n))
}

/// Zero, one or two routes for a person of origin `nationality` (`BE`, `MA`, `ER`…).
pub fn routes(rng: &mut fastrand::Rng, nationality: &str, today: NaiveDate) -> Vec<Coverage> {
    let commune = ["1000", "1030", "1060", "1070", "1080", "1210"][rng.usize(..6)].to_string();
    let cpas_request = |rng: &mut fastrand::Rng, route: Route| -> Coverage {
        let asked = rng.u64(0..120);
        let requested = days_before(today, asked);
        let acknowledged = (rng.u32(..10) < 8)
            .then(|| days_before(today, asked.saturating_sub(rng.u64(0..3))))
            .flatten();
        // Most CPAS decide within the 30 days; a few files stay open longer.
        let decided = if asked > 30 {
            (rng.u32(..10) < 9)
                .then(|| days_before(today, asked - rng.u64(8..30)))
                .flatten()
        } else {
            (asked > 10 && rng.u32(..10) < 4)
                .then(|| days_before(today, asked - rng.u64(5..10)))
                .flatten()
        };
        let notified = decided
            .and_then(|d| {
                (rng.u32(..10) < 9)
                    .then(|| d.checked_add_days(Days::new(rng.u64(1..6))))
                    .flatten()
            })
            .filter(|n| *n <= today);
        let state = match (decided, rng.u32(..10)) {
            (None, _) => {
                if acknowledged.is_some() {
                    State::Acknowledged
                } else {
                    State::Requested
                }
            }
            (Some(_), 0..7) => State::Granted,
            (Some(_), _) => State::Refused,
        };
        let (valid_from, valid_until) = if state == State::Granted {
            (
                decided,
                decided.and_then(|d| d.checked_add_days(Days::new(rng.u64(30..200)))),
            )
        } else {
            (None, None)
        };
        Coverage {
            route: Some(route),
            state: Some(state),
            commune: Some(commune.clone()),
            requested,
            acknowledged,
            decided,
            notified,
            valid_from,
            valid_until,
        }
    };
    let simple = |route: Route, state: State| Coverage {
        route: Some(route),
        state: Some(state),
        ..Coverage::default()
    };
    match (nationality, rng.u32(..10)) {
        ("BE", 0..7) => {
            let mut out = vec![simple(Route::Mutuelle, State::Granted)];
            if rng.u32(..3) == 0 {
                out.push(simple(Route::Bim, State::Granted));
            }
            out
        }
        ("BE", 7..9) => vec![cpas_request(rng, Route::Cpas)],
        ("PL" | "RO", 0..4) => vec![simple(Route::Mutuelle, State::ToLookInto)],
        ("PL" | "RO", 4..7) => vec![cpas_request(rng, Route::Cpas)],
        ("ER" | "SO" | "SD" | "SY", 0..2) => vec![simple(Route::Fedasil207, State::Granted)],
        ("ER" | "SO" | "SD" | "SY", 2..3) => vec![simple(Route::FedasilNoShow, State::Granted)],
        (_, n) if n < 5 => {
            let amu = cpas_request(rng, Route::Amu);
            let mut out = vec![amu.clone()];
            if amu.state == Some(State::Granted) && rng.bool() {
                out.push(Coverage {
                    route: Some(Route::MediPrima),
                    ..amu
                });
            }
            out
        }
        (_, n) if n < 7 => vec![simple(Route::Unknown, State::ToLookInto)],
        _ => Vec::new(),
    }
}
