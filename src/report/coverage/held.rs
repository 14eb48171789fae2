//! A coverage route as the report reads it, and the rules that place it in a slice: valid
//! (insurance in order, protection granted), granted on a day, a CPAS deadline missed (the
//! decision 30 days after the request, its notification 8 days after the decision).

use chrono::{Days, NaiveDate};

use crate::domain::coverage::{DECISION_DAYS, NOTIFICATION_DAYS, Route, State};

/// One route as recorded, with the dates the report reads.
#[derive(Debug, Clone, Copy)]
pub(super) struct Held {
    pub route: Route,
    pub state: Option<State>,
    pub requested: Option<NaiveDate>,
    pub decided: Option<NaiveDate>,
    pub notified: Option<NaiveDate>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
}

impl Held {
    /// Granted and valid on at least one day from `from` to `to`: granted (open validity ends
    /// allowed), or expired since then.
    pub fn valid_within(&self, from: NaiveDate, to: NaiveDate) -> bool {
        let granted = match self.state {
            Some(State::Granted) => true,
            Some(State::Expired) => self.valid_until.is_some(),
            _ => false,
        };
        granted
            && self.valid_from.is_none_or(|f| f <= to)
            && self.valid_until.is_none_or(|u| u >= from)
    }

    /// The day it was granted: the decision, or the start of validity without one.
    pub fn granted_on(&self) -> Option<NaiveDate> {
        matches!(self.state, Some(State::Granted | State::Expired))
            .then(|| self.decided.or(self.valid_from))
            .flatten()
    }

    /// The CPAS's decision was due (30 days after the request) and came late or not at all.
    pub fn decision_missed(&self, today: NaiveDate) -> Option<NaiveDate> {
        let due = self
            .requested
            .filter(|_| self.route.via_cpas())?
            .checked_add_days(Days::new(DECISION_DAYS))?;
        let pending = matches!(self.state, Some(State::Requested | State::Acknowledged));
        let late = match self.decided {
            Some(d) => d > due,
            None => pending,
        };
        (late && due < today).then_some(due)
    }

    /// The decision was to be notified within 8 days and was notified late or not at all.
    pub fn notification_missed(&self, today: NaiveDate) -> Option<NaiveDate> {
        let due = self
            .decided
            .filter(|_| self.route.via_cpas())?
            .checked_add_days(Days::new(NOTIFICATION_DAYS))?;
        let waiting = !matches!(self.state, Some(State::Appealed | State::Closed));
        let late = match self.notified {
            Some(n) => n > due,
            None => waiting,
        };
        (late && due < today).then_some(due)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap_or(NaiveDate::MIN)
    }

    fn cpas(state: State) -> Held {
        Held {
            route: Route::Cpas,
            state: Some(state),
            requested: Some(day(1, 5)),
            decided: None,
            notified: None,
            valid_from: None,
            valid_until: None,
        }
    }

    #[test]
    fn a_cpas_decision_is_missed_thirty_days_after_the_request() {
        let h = cpas(State::Requested);
        assert_eq!(h.decision_missed(day(2, 4)), None, "due that day");
        assert_eq!(h.decision_missed(day(2, 5)), Some(day(2, 4)));
        let on_time = Held {
            decided: Some(day(2, 4)),
            ..cpas(State::Granted)
        };
        assert_eq!(on_time.decision_missed(day(6, 1)), None);
        assert_eq!(on_time.notification_missed(day(6, 1)), Some(day(2, 12)));
        let late = Held {
            decided: Some(day(2, 5)),
            notified: Some(day(2, 6)),
            ..cpas(State::Granted)
        };
        assert_eq!(late.decision_missed(day(6, 1)), Some(day(2, 4)));
        assert_eq!(late.notification_missed(day(6, 1)), None);
        assert_eq!(cpas(State::Closed).decision_missed(day(6, 1)), None);
    }

    #[test]
    fn insurance_is_in_order_when_its_validity_meets_the_slice() {
        let h = Held {
            route: Route::Mutuelle,
            state: Some(State::Expired),
            valid_until: Some(day(2, 10)),
            ..cpas(State::Granted)
        };
        assert!(h.valid_within(day(2, 1), day(2, 28)));
        assert!(!h.valid_within(day(3, 1), day(3, 31)));
        let open = Held {
            state: Some(State::Granted),
            valid_until: None,
            ..h
        };
        assert!(open.valid_within(day(3, 1), day(3, 31)));
    }
}
