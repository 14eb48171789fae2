//! Coverage routes and their deadlines (DOMAIN.md): pure rules that turn a route's dates into
//! the next step and its date. Status informs care; nothing here ever blocks it.
//!
//! CPAS/OCMW law: every request gets an acknowledgement; the decision is due within 30 days of
//! the request, its notification within 8 days of the decision; an appeal to the labour tribunal
//! is possible within 3 months of the notification, or of the missing decision. Cards and
//! guarantees are renewed before their validity ends (flagged 14 days before, configurable).

use chrono::{Days, Months, NaiveDate};

/// A way to have care paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    Mutuelle,
    Bim,
    Cpas,
    Amu,
    MediPrima,
    Fedasil207,
    FedasilNoShow,
    None,
    Unknown,
}

impl Route {
    /// Every route, in the order screens list them.
    pub const ALL: [Route; 9] = [
        Route::Mutuelle,
        Route::Bim,
        Route::Cpas,
        Route::Amu,
        Route::MediPrima,
        Route::Fedasil207,
        Route::FedasilNoShow,
        Route::None,
        Route::Unknown,
    ];

    /// Stored form (and what `--route` takes).
    pub fn code(self) -> &'static str {
        match self {
            Route::Mutuelle => "mutuelle",
            Route::Bim => "bim",
            Route::Cpas => "cpas",
            Route::Amu => "amu",
            Route::MediPrima => "mediprima",
            Route::Fedasil207 => "fedasil",
            Route::FedasilNoShow => "fedasil-no-show",
            Route::None => "none",
            Route::Unknown => "unknown",
        }
    }

    /// Reads the stored form.
    pub fn parse(text: &str) -> Option<Route> {
        Route::ALL
            .into_iter()
            .find(|r| r.code() == text.trim().to_lowercase())
    }

    /// Message id of a route's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Route::Mutuelle => "route-mutuelle",
            Route::Bim => "route-bim",
            Route::Cpas => "route-cpas",
            Route::Amu => "route-amu",
            Route::MediPrima => "route-mediprima",
            Route::Fedasil207 => "route-fedasil",
            Route::FedasilNoShow => "route-fedasil-no-show",
            Route::None => "route-none",
            Route::Unknown => "route-unknown",
        }
    }

    /// Whether a request goes through a CPAS (the CPAS deadlines apply).
    pub fn via_cpas(self) -> bool {
        matches!(self, Route::Cpas | Route::Amu)
    }
}

/// Where a route stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    ToLookInto,
    ToStart,
    Requested,
    Acknowledged,
    Granted,
    Refused,
    Appealed,
    Expired,
    Closed,
}

impl State {
    /// Message id of a state's name.
    pub fn message_id(self) -> &'static str {
        match self {
            State::ToLookInto => "cstate-to-look-into",
            State::ToStart => "cstate-to-start",
            State::Requested => "cstate-requested",
            State::Acknowledged => "cstate-acknowledged",
            State::Granted => "cstate-granted",
            State::Refused => "cstate-refused",
            State::Appealed => "cstate-appealed",
            State::Expired => "cstate-expired",
            State::Closed => "cstate-closed",
        }
    }

    /// Every state, in order.
    pub const ALL: [State; 9] = [
        State::ToLookInto,
        State::ToStart,
        State::Requested,
        State::Acknowledged,
        State::Granted,
        State::Refused,
        State::Appealed,
        State::Expired,
        State::Closed,
    ];

    /// Stored form.
    pub fn code(self) -> &'static str {
        match self {
            State::ToLookInto => "to-look-into",
            State::ToStart => "to-start",
            State::Requested => "requested",
            State::Acknowledged => "acknowledged",
            State::Granted => "granted",
            State::Refused => "refused",
            State::Appealed => "appealed",
            State::Expired => "expired",
            State::Closed => "closed",
        }
    }

    /// Reads the stored form.
    pub fn parse(text: &str) -> Option<State> {
        State::ALL
            .into_iter()
            .find(|s| s.code() == text.trim().to_lowercase())
    }
}

/// One route of one person, with its dates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    pub route: Option<Route>,
    pub state: Option<State>,
    /// Postcode key of the competent CPAS's commune (`communes::COMMUNES`).
    pub commune: Option<String>,
    pub requested: Option<NaiveDate>,
    pub acknowledged: Option<NaiveDate>,
    pub decided: Option<NaiveDate>,
    pub notified: Option<NaiveDate>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
}

/// Why a route's dates were refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// A request, acknowledgement, decision or notification date after today.
    InTheFuture,
    /// Acknowledged or decided before the request.
    BeforeRequest,
    /// Notified before the decision.
    NotifiedBeforeDecision,
    /// Validity ends before it starts.
    ValidityEndsBeforeStart,
}

/// Checks a route's dates against each other and against today.
pub fn check(c: &Coverage, today: NaiveDate) -> Result<(), DateProblem> {
    if [c.requested, c.acknowledged, c.decided, c.notified]
        .into_iter()
        .flatten()
        .any(|d| d > today)
    {
        return Err(DateProblem::InTheFuture);
    }
    if let Some(r) = c.requested
        && [c.acknowledged, c.decided]
            .into_iter()
            .flatten()
            .any(|d| d < r)
    {
        return Err(DateProblem::BeforeRequest);
    }
    if let (Some(d), Some(n)) = (c.decided, c.notified)
        && n < d
    {
        return Err(DateProblem::NotifiedBeforeDecision);
    }
    if let (Some(from), Some(until)) = (c.valid_from, c.valid_until)
        && until < from
    {
        return Err(DateProblem::ValidityEndsBeforeStart);
    }
    Ok(())
}

/// What should happen next on a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Start the route the person wants.
    Start,
    /// No acknowledgement: obtain proof of the request date.
    GetAcknowledgement,
    /// The CPAS must decide by the date.
    DecisionDue,
    /// The decision must be notified by the date.
    NotificationDue,
    /// An appeal to the labour tribunal is possible until the date.
    AppealUntil,
    /// The card or guarantee must be renewed before the date.
    Renew,
    /// Validity ended on the date.
    Expired,
    /// Fedasil no-show: non-urgent care needs Fedasil's agreement first.
    FedasilAgreementFirst,
    /// Low income, mutuelle in order and no BIM: suggest increased reimbursement.
    SuggestBim,
}

/// A next step with its date; `overdue` when the date is past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Next {
    pub step: Step,
    pub due: Option<NaiveDate>,
    pub overdue: bool,
}

/// The CPAS has 30 days to decide.
pub const DECISION_DAYS: u64 = 30;
/// ... and 8 more to notify the decision.
pub const NOTIFICATION_DAYS: u64 = 8;
/// An appeal is possible within 3 months.
pub const APPEAL_MONTHS: u32 = 3;
/// Renewal is flagged this many days before validity ends, unless the site says otherwise.
pub const RENEW_DAYS: u64 = 14;

fn next(step: Step, due: Option<NaiveDate>, today: NaiveDate) -> Next {
    Next {
        step,
        due,
        overdue: due.is_some_and(|d| d < today),
    }
}

/// The next steps of a route on `today` (with the site's renewal warning in days).
pub fn next_steps(c: &Coverage, today: NaiveDate, renew_days: u64) -> Vec<Next> {
    let mut out = Vec::new();
    let state = c.state.unwrap_or(State::ToLookInto);
    if matches!(state, State::Closed) {
        return out;
    }
    if c.route == Some(Route::FedasilNoShow) {
        out.push(next(Step::FedasilAgreementFirst, None, today));
    }
    if matches!(state, State::ToLookInto | State::ToStart) && c.requested.is_none() {
        out.push(next(Step::Start, None, today));
        return out;
    }
    let cpas = c.route.is_some_and(Route::via_cpas);
    if cpas && let Some(req) = c.requested {
        let pending = matches!(state, State::Requested | State::Acknowledged);
        if pending && c.acknowledged.is_none() {
            out.push(next(Step::GetAcknowledgement, Some(req), today));
        }
        if pending && c.decided.is_none() {
            let due = req.checked_add_days(Days::new(DECISION_DAYS));
            out.push(next(Step::DecisionDue, due, today));
            // Without a decision, the appeal runs from when it should have been notified.
            let missing = req.checked_add_days(Days::new(DECISION_DAYS + NOTIFICATION_DAYS));
            if missing.is_some_and(|m| m < today) {
                let until = missing.and_then(|m| m.checked_add_months(Months::new(APPEAL_MONTHS)));
                out.push(next(Step::AppealUntil, until, today));
            }
        }
        if let Some(dec) = c.decided
            && c.notified.is_none()
            && state != State::Appealed
        {
            out.push(next(
                Step::NotificationDue,
                dec.checked_add_days(Days::new(NOTIFICATION_DAYS)),
                today,
            ));
        }
    }
    if state == State::Refused
        && let Some(n) = c.notified
    {
        out.push(next(
            Step::AppealUntil,
            n.checked_add_months(Months::new(APPEAL_MONTHS)),
            today,
        ));
    }
    if let Some(until) = c.valid_until
        && matches!(state, State::Granted | State::Expired)
    {
        if until < today {
            out.push(next(Step::Expired, Some(until), today));
        } else {
            let warn = until
                .checked_sub_days(Days::new(renew_days))
                .unwrap_or(until);
            if today >= warn {
                out.push(Next {
                    step: Step::Renew,
                    due: Some(until),
                    overdue: false,
                });
            }
        }
    }
    out
}

/// The earliest deadline a route's dates give, whatever the day: when it needs attention first.
/// The due list reads the routes whose date is near, then asks [`next_steps`] for the exact steps.
pub fn earliest_deadline(c: &Coverage, renew_days: u64) -> Option<NaiveDate> {
    let state = c.state.unwrap_or(State::ToLookInto);
    if state == State::Closed {
        return None;
    }
    let mut dates = Vec::new();
    if c.route.is_some_and(Route::via_cpas)
        && let Some(req) = c.requested
        && matches!(state, State::Requested | State::Acknowledged)
    {
        if c.acknowledged.is_none() {
            dates.push(Some(req));
        }
        if c.decided.is_none() {
            dates.push(req.checked_add_days(Days::new(DECISION_DAYS)));
        }
    }
    if let Some(dec) = c.decided
        && c.notified.is_none()
    {
        dates.push(dec.checked_add_days(Days::new(NOTIFICATION_DAYS)));
    }
    if state == State::Refused
        && let Some(n) = c.notified
    {
        dates.push(n.checked_add_months(Months::new(APPEAL_MONTHS)));
    }
    if matches!(state, State::Granted | State::Expired)
        && let Some(until) = c.valid_until
    {
        dates.push(until.checked_sub_days(Days::new(renew_days)));
    }
    dates.into_iter().flatten().min()
}

/// Across a person's routes: suggest BIM when their income is low, their mutuelle is in order
/// and no BIM route exists.
pub fn suggest_bim(routes: &[Coverage], low_income: bool) -> bool {
    low_income
        && routes
            .iter()
            .any(|c| c.route == Some(Route::Mutuelle) && c.state == Some(State::Granted))
        && !routes.iter().any(|c| c.route == Some(Route::Bim))
}

/// The competent CPAS's commune: where the person habitually lives, or, with no fixed address,
/// where they are when asking. `None` when neither is a Brussels commune.
pub fn competent_commune(
    home: Option<&str>,
    present: Option<&str>,
) -> Option<&'static super::communes::Commune> {
    use super::communes::{find, is_no_fixed_address};
    match home {
        Some(h) if !is_no_fixed_address(h) => find(h),
        _ => present.and_then(find),
    }
}

#[cfg(test)]
mod tests;
