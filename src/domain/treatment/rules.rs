//! The rule of a day's dose: which prescription, how much, and every reason to refuse.

use chrono::{Duration, NaiveDate};

use super::{Decision, Outcome, Prescription, Refusal, TAKE_HOME_CEILING, Thresholds};

/// What holds the day's place already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// A dose given or handed over (its stored outcome code).
    Dose(&'static str),
    /// A dose vomited, with no prescriber's decision since.
    Vomited,
}

/// What the store read about the person, for one day.
#[derive(Debug, Clone)]
pub struct Situation<'a> {
    pub today: NaiveDate,
    /// The day the dose is for (today, or an earlier day entered from paper).
    pub day: NaiveDate,
    /// All the person's prescriptions.
    pub prescriptions: &'a [Prescription],
    /// The days a live dose (given or handed over) covers, sorted, without repeats.
    pub covered: &'a [NaiveDate],
    /// What holds `day` already, if anything.
    pub held: Option<Held>,
    /// The prescribers' decisions, oldest first.
    pub decisions: &'a [Decision],
    pub limits: Thresholds,
}

/// What the nurse asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Asked {
    pub outcome: Outcome,
    /// Less than the dose due, when the person asks for less; `None`: the dose due.
    pub mg: Option<f64>,
}

/// What may be recorded: under which prescription, how much a day, for which days.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub prescription_id: i64,
    /// Per day; 0 for a refused or withheld dose.
    pub mg: f64,
    /// The dose due that day (the prescription's, or a decision's restart dose).
    pub due: f64,
    /// Whether the dose due was set by a decision after the prescription.
    pub by_decision: bool,
    pub days: Vec<NaiveDate>,
    pub missed: u32,
}

/// The scheduled days strictly between `last` and `day` without a dose: days on which one of
/// the prescriptions ran. Nothing before a first dose is missed (that is an induction).
pub fn missed_days(last: Option<NaiveDate>, day: NaiveDate, prescriptions: &[Prescription]) -> u32 {
    let Some(last) = last else { return 0 };
    let mut missed = 0;
    let mut d = last + Duration::days(1);
    while d < day {
        if prescriptions.iter().any(|p| p.runs_on(d)) {
            missed += 1;
        }
        d += Duration::days(1);
    }
    missed
}

/// The prescription that rules `day`: of those running that day, the one written last.
pub fn current(prescriptions: &[Prescription], day: NaiveDate) -> Result<&Prescription, Refusal> {
    if let Some(p) = prescriptions
        .iter()
        .filter(|p| p.runs_on(day))
        .max_by_key(|p| (p.created_at, p.id))
    {
        return Ok(p);
    }
    if let Some(next) = prescriptions
        .iter()
        .filter(|p| p.starts > day)
        .min_by_key(|p| p.starts)
    {
        return Err(Refusal::NotStarted {
            starts: next.starts,
        });
    }
    match prescriptions
        .iter()
        .map(|p| p.ends)
        .filter(|e| *e < day)
        .max()
    {
        Some(ended) => Err(Refusal::Expired { ended }),
        None => Err(Refusal::NoPrescription),
    }
}

impl Situation<'_> {
    /// The last day before `day` a dose covered.
    fn last_before(&self) -> Option<NaiveDate> {
        self.covered.iter().rev().find(|d| **d < self.day).copied()
    }

    /// Missed days at the moment of this dose.
    pub fn missed(&self) -> u32 {
        missed_days(self.last_before(), self.day, self.prescriptions)
    }

    /// The latest decision recorded after the last dose (during the present gap).
    fn decision_in_gap(&self) -> Option<&Decision> {
        let last = self.last_before();
        self.decisions
            .iter()
            .rev()
            .find(|d| last.is_none_or(|l| d.at.date() > l) && d.at.date() <= self.day)
    }

    /// The dose due under `p`: the latest decision's dose when it came after the prescription
    /// was written, else the prescription's.
    pub fn due(&self, p: &Prescription) -> (f64, bool) {
        match self.decisions.iter().rev().find(|d| {
            d.mg.is_some()
                && d.at >= p.created_at
                && d.at.date() <= self.day
                && d.for_day.is_none_or(|only| only == self.day)
        }) {
            Some(Decision { mg: Some(mg), .. }) => (mg.min(p.mg), true),
            _ => (p.mg, false),
        }
    }

    /// The longest run of missed days since the last decision (the present gap included):
    /// what suspends take-homes.
    fn missed_since_decision(&self) -> u32 {
        let since = self.decisions.last().map(|d| d.at.date());
        let mut days: Vec<NaiveDate> = self
            .covered
            .iter()
            .copied()
            .filter(|d| since.is_none_or(|s| *d > s) && *d < self.day)
            .collect();
        days.push(self.day);
        let gaps = days
            .windows(2)
            .map(|w| missed_days(Some(w[0]), w[1], self.prescriptions));
        // The gap in which the decision was taken is the one it spoke to: not counted.
        gaps.max().unwrap_or(0)
    }

    /// What holds the day, as a refusal.
    fn held_refusal(&self, day: NaiveDate) -> Option<Refusal> {
        match self.held {
            Some(Held::Dose(outcome)) => Some(Refusal::AlreadyDosed {
                day,
                outcome: outcome.to_string(),
            }),
            Some(Held::Vomited) => Some(Refusal::Vomited),
            None => None,
        }
    }
}

/// Whether the dose asked for may be recorded, and what exactly; or why not.
pub fn check(s: &Situation<'_>, asked: Asked) -> Result<Plan, Refusal> {
    if s.day > s.today {
        return Err(Refusal::Future { day: s.day });
    }
    let p = current(s.prescriptions, s.day)?;
    if let Some(refusal) = s.held_refusal(s.day) {
        return Err(refusal);
    }
    let missed = s.missed();
    let (due, by_decision) = s.due(p);
    let plan = |mg: f64, days: Vec<NaiveDate>| Plan {
        prescription_id: p.id,
        mg,
        due,
        by_decision,
        days,
        missed,
    };
    if !asked.outcome.takes_the_day() {
        return Ok(plan(0.0, vec![s.day]));
    }
    let decided = s.decision_in_gap();
    let limits = &s.limits;
    if missed >= limits.induction && decided.is_none_or(|d| d.mg.is_none()) {
        return Err(Refusal::Induction { missed });
    }
    if missed >= limits.see_prescriber && decided.is_none_or(|d| d.mg.is_none()) {
        return Err(Refusal::SeePrescriber { missed });
    }
    if missed >= limits.withhold && decided.is_none() {
        return Err(Refusal::Withhold { missed });
    }
    let mg = asked.mg.unwrap_or(due);
    if !mg.is_finite() || mg <= 0.0 {
        return Err(Refusal::NoDose);
    }
    if mg > due + 1e-9 {
        return Err(Refusal::AboveDose { asked: mg, due });
    }
    let days = match asked.outcome {
        Outcome::TakeHome(n) => take_home_days(s, p, n)?,
        _ => vec![s.day],
    };
    Ok(plan(mg, days))
}

/// The days a take-home of `n` days covers, from the dose's day; or why it may not be given.
fn take_home_days(s: &Situation<'_>, p: &Prescription, n: u32) -> Result<Vec<NaiveDate>, Refusal> {
    if n == 0 {
        return Err(Refusal::TakeHomesNone);
    }
    if n > TAKE_HOME_CEILING {
        return Err(Refusal::TakeHomesBeyondCeiling { asked: n });
    }
    if p.take_home_days == 0 {
        return Err(Refusal::TakeHomesNotPrescribed);
    }
    if n > p.take_home_days {
        return Err(Refusal::TakeHomesBeyondSchedule {
            asked: n,
            allowed: p.take_home_days,
        });
    }
    let last = s.day + Duration::days(i64::from(n) - 1);
    if last > p.ends {
        return Err(Refusal::TakeHomesBeyondEnd { ends: p.ends });
    }
    let missed = s.missed_since_decision();
    if missed >= s.limits.suspend_take_homes {
        return Err(Refusal::TakeHomesSuspended { missed });
    }
    let days: Vec<NaiveDate> = (0..i64::from(n))
        .map(|i| s.day + Duration::days(i))
        .collect();
    if let Some(taken) = days[1..]
        .iter()
        .find(|d| s.covered.binary_search(d).is_ok())
    {
        return Err(Refusal::AlreadyDosed {
            day: *taken,
            outcome: "take_home".into(),
        });
    }
    Ok(days)
}

/// Whether a prescriber's decision may be recorded now: with the missed days counted today,
/// from `see_prescriber` on it must set the restart dose, never above the prescription's.
pub fn check_decision(s: &Situation<'_>, mg: Option<f64>) -> Result<u32, Refusal> {
    let missed = s.missed();
    if let Some(mg) = mg {
        if !mg.is_finite() || mg <= 0.0 {
            return Err(Refusal::NoDose);
        }
        let p = current(s.prescriptions, s.day)?;
        if mg > p.mg + 1e-9 {
            return Err(Refusal::RestartAbove {
                asked: mg,
                prescribed: p.mg,
            });
        }
    } else if missed >= s.limits.see_prescriber {
        return Err(Refusal::RestartDoseNeeded { missed });
    }
    Ok(missed)
}
