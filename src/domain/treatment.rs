//! Substitution treatment: whether today's dose may be given, and how much. Pure rules over
//! what the store read: the person's prescriptions, the days their doses covered, the
//! prescribers' decisions (DOMAIN.md, treatment).

use chrono::{Duration, NaiveDate, NaiveDateTime};

use crate::i18n::{Localised, Msg};

mod rules;
#[cfg(test)]
mod tests;

pub use rules::{Asked, Held, Plan, Situation, check, check_decision, current, missed_days};

/// The law's ceiling on one delivery: at most 7 days of doses handed over at once.
pub const TAKE_HOME_CEILING: u32 = 7;

/// The centre's thresholds (settings `treatment_*`), the defaults as in DOMAIN.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    /// Missed days from which the dose is withheld until a prescriber's decision.
    pub withhold: u32,
    /// Missed days from which the prescriber must see the person (and set a lower dose).
    pub see_prescriber: u32,
    /// Missed days from which it is a new induction (the prescriber sets the restart dose).
    pub induction: u32,
    /// Missed days that suspend take-homes until a prescriber's decision.
    pub suspend_take_homes: u32,
    /// The longest a prescription may run, in days (Belgium: 14).
    pub prescription_days: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            withhold: 3,
            see_prescriber: 4,
            induction: 5,
            suspend_take_homes: 1,
            prescription_days: 14,
        }
    }
}

impl Thresholds {
    /// The setting names, with how to read and write each value.
    pub const SETTINGS: [&'static str; 5] = [
        "treatment_withhold_after",
        "treatment_see_prescriber_after",
        "treatment_induction_after",
        "treatment_suspend_take_homes_after",
        "treatment_prescription_days",
    ];

    /// Sets the value of one setting; `false` when the name is not one of [`Self::SETTINGS`].
    pub fn set(&mut self, name: &str, value: u32) -> bool {
        let slot = match name {
            "treatment_withhold_after" => &mut self.withhold,
            "treatment_see_prescriber_after" => &mut self.see_prescriber,
            "treatment_induction_after" => &mut self.induction,
            "treatment_suspend_take_homes_after" => &mut self.suspend_take_homes,
            "treatment_prescription_days" => &mut self.prescription_days,
            _ => return false,
        };
        *slot = value.max(1);
        true
    }
}

/// What happened to a day's dose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Taken in front of the nurse.
    Given,
    /// Handed over to take away, for this day and the following (the number of days).
    TakeHome(u32),
    /// Taken, then vomited: given again only on a prescriber's word.
    Vomited,
    /// The person did not want it.
    Refused,
    /// Not given: the person was intoxicated, or the prescriber decided so.
    Withheld,
}

impl Outcome {
    /// The stored code (`dose_event.outcome`).
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Given => "given",
            Outcome::TakeHome(_) => "take_home",
            Outcome::Vomited => "vomited",
            Outcome::Refused => "refused",
            Outcome::Withheld => "withheld",
        }
    }

    /// Whether it takes the day's place (a medicine left the register).
    pub fn takes_the_day(self) -> bool {
        matches!(
            self,
            Outcome::Given | Outcome::TakeHome(_) | Outcome::Vomited
        )
    }

    /// Message id of the outcome's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Outcome::Given => "dose-outcome-given",
            Outcome::TakeHome(_) => "dose-outcome-take-home",
            Outcome::Vomited => "dose-outcome-vomited",
            Outcome::Refused => "dose-outcome-refused",
            Outcome::Withheld => "dose-outcome-withheld",
        }
    }
}

/// A prescription as the rules read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Prescription {
    pub id: i64,
    pub product: String,
    /// The daily dose.
    pub mg: f64,
    pub starts: NaiveDate,
    /// The last day, included.
    pub ends: NaiveDate,
    pub prescriber: Option<String>,
    /// The most days one delivery may cover (0: supervised every day).
    pub take_home_days: u32,
    pub created_at: NaiveDateTime,
}

impl Prescription {
    /// Whether the prescription runs on `day`.
    pub fn runs_on(&self, day: NaiveDate) -> bool {
        self.starts <= day && day <= self.ends
    }
}

/// A prescriber's decision as the rules read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub at: NaiveDateTime,
    /// The dose to give from the decision on, if it set one.
    pub mg: Option<f64>,
    /// A vomited dose given again: the decision's dose is for that day only.
    pub for_day: Option<NaiveDate>,
}

/// Why a dose (or a prescription) is refused, and what to do next.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// No prescription of the person runs that day at all.
    NoPrescription,
    /// The prescription starts later.
    NotStarted { starts: NaiveDate },
    /// The last prescription has ended.
    Expired { ended: NaiveDate },
    /// A dose of that day was already given (or handed over), `at` when it was recorded.
    AlreadyDosed { day: NaiveDate, outcome: String },
    /// A dose for a day after today.
    Future { day: NaiveDate },
    /// Missed days reached the withholding threshold: a prescriber's decision first.
    Withhold { missed: u32 },
    /// Missed days reached the threshold where the prescriber sees the person first.
    SeePrescriber { missed: u32 },
    /// Missed days make it a new induction: the prescriber sets the restart dose.
    Induction { missed: u32 },
    /// The dose was vomited: given again only on a prescriber's word.
    Vomited,
    /// Prescribed at another site of the organisation, and no arrangement lets this site dose
    /// the person as a guest that day.
    Guest { home: i64 },
    /// Missed days suspend take-homes until a prescriber's decision.
    TakeHomesSuspended { missed: u32 },
    /// The prescription allows no take-home.
    TakeHomesNotPrescribed,
    /// More take-home days than the prescription allows.
    TakeHomesBeyondSchedule { asked: u32, allowed: u32 },
    /// More than the law's ceiling of one delivery.
    TakeHomesBeyondCeiling { asked: u32 },
    /// The take-home would run past the prescription's last day.
    TakeHomesBeyondEnd { ends: NaiveDate },
    /// A take-home of no days.
    TakeHomesNone,
    /// More than the dose due.
    AboveDose { asked: f64, due: f64 },
    /// A dose of nothing.
    NoDose,
    /// A prescription ending before it starts.
    EndsBeforeStart,
    /// A prescription longer than the centre allows.
    TooLong { days: u32, allowed: u32 },
    /// A dose of nothing or beyond any plausible daily dose.
    BadDose,
    /// A restart dose above the prescription's.
    RestartAbove { asked: f64, prescribed: f64 },
    /// A decision that must set a restart dose does not.
    RestartDoseNeeded { missed: u32 },
}

/// A day as every language reads it on this desk's lists (dd/mm/yyyy).
fn day_text(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// An amount of milligrams as written on a prescription: 60, 2.5, 0.4.
pub fn mg_text(mg: f64) -> String {
    let tenths = (mg * 100.0).round() / 100.0;
    let text = format!("{tenths:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

impl Localised for Refusal {
    fn msg(&self) -> Msg {
        match self {
            Refusal::NoPrescription => Msg::new("dose-refused-no-prescription"),
            Refusal::NotStarted { starts } => {
                Msg::new("dose-refused-not-started").arg("day", day_text(*starts))
            }
            Refusal::Expired { ended } => {
                Msg::new("dose-refused-expired").arg("day", day_text(*ended))
            }
            Refusal::AlreadyDosed { day, outcome } => Msg::new("dose-refused-already")
                .arg("day", day_text(*day))
                .arg("outcome", outcome.as_str()),
            Refusal::Future { day } => Msg::new("dose-refused-future").arg("day", day_text(*day)),
            Refusal::Withhold { missed } => {
                Msg::new("dose-refused-withhold").arg("missed", *missed)
            }
            Refusal::SeePrescriber { missed } => {
                Msg::new("dose-refused-see-prescriber").arg("missed", *missed)
            }
            Refusal::Induction { missed } => {
                Msg::new("dose-refused-induction").arg("missed", *missed)
            }
            Refusal::Vomited => Msg::new("dose-refused-vomited"),
            Refusal::Guest { home } => Msg::new("dose-refused-guest").arg("home", *home),
            Refusal::TakeHomesSuspended { missed } => {
                Msg::new("dose-refused-take-homes-suspended").arg("missed", *missed)
            }
            Refusal::TakeHomesNotPrescribed => Msg::new("dose-refused-take-homes-not-prescribed"),
            Refusal::TakeHomesBeyondSchedule { asked, allowed } => {
                Msg::new("dose-refused-take-homes-schedule")
                    .arg("asked", *asked)
                    .arg("allowed", *allowed)
            }
            Refusal::TakeHomesBeyondCeiling { asked } => {
                Msg::new("dose-refused-take-homes-ceiling")
                    .arg("asked", *asked)
                    .arg("ceiling", TAKE_HOME_CEILING)
            }
            Refusal::TakeHomesBeyondEnd { ends } => {
                Msg::new("dose-refused-take-homes-end").arg("day", day_text(*ends))
            }
            Refusal::TakeHomesNone => Msg::new("dose-refused-take-homes-none"),
            Refusal::AboveDose { asked, due } => Msg::new("dose-refused-above")
                .arg("asked", mg_text(*asked))
                .arg("due", mg_text(*due)),
            Refusal::NoDose => Msg::new("dose-refused-nothing"),
            Refusal::EndsBeforeStart => Msg::new("prescription-refused-ends-before-start"),
            Refusal::TooLong { days, allowed } => Msg::new("prescription-refused-too-long")
                .arg("days", *days)
                .arg("allowed", *allowed),
            Refusal::BadDose => Msg::new("prescription-refused-dose"),
            Refusal::RestartAbove { asked, prescribed } => Msg::new("decision-refused-above")
                .arg("asked", mg_text(*asked))
                .arg("prescribed", mg_text(*prescribed)),
            Refusal::RestartDoseNeeded { missed } => {
                Msg::new("decision-refused-dose-needed").arg("missed", *missed)
            }
        }
    }
}

/// Checks a new prescription: a real daily dose, an end on or after the start, no longer
/// than the centre allows. Returns its last day (the longest allowed when none was given).
pub fn check_prescription(
    mg: f64,
    starts: NaiveDate,
    ends: Option<NaiveDate>,
    take_home_days: u32,
    limits: &Thresholds,
) -> Result<NaiveDate, Refusal> {
    if !mg.is_finite() || mg <= 0.0 || mg > 2000.0 {
        return Err(Refusal::BadDose);
    }
    if take_home_days > TAKE_HOME_CEILING {
        return Err(Refusal::TakeHomesBeyondCeiling {
            asked: take_home_days,
        });
    }
    let longest = starts + Duration::days(i64::from(limits.prescription_days.max(1)) - 1);
    let ends = ends.unwrap_or(longest);
    if ends < starts {
        return Err(Refusal::EndsBeforeStart);
    }
    if ends > longest {
        let days = u32::try_from((ends - starts).num_days() + 1).unwrap_or(u32::MAX);
        return Err(Refusal::TooLong {
            days,
            allowed: limits.prescription_days,
        });
    }
    Ok(ends)
}
