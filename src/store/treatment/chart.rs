//! What the dose screen and `treatment show` put before the nurse: the current prescription,
//! the dose due today or why not, missed days, take-homes, the last doses and decisions.

use chrono::{Duration, NaiveDate};

use super::doses::{Facts, back_on};
use super::read::{self, DecisionRow, DoseRow, PrescriptionRow};
use super::{TResult, id_list};
use crate::domain::treatment::{self, Asked, Outcome, Refusal, TAKE_HOME_CEILING};
use crate::store::Store;

/// The person's treatment as of one day.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub person_id: i64,
    pub today: NaiveDate,
    /// The prescription that rules today.
    pub current: Option<PrescriptionRow>,
    /// The dose due today (the prescription's, or a decision's).
    pub due: Option<f64>,
    pub due_by_decision: bool,
    /// Why today's dose may not be given now (`None`: one key gives it).
    pub hold: Option<Refusal>,
    pub missed: u32,
    /// How many days one delivery may cover now, or why take-homes are not possible.
    pub take_homes: Result<u32, Refusal>,
    /// The day after the last day a dose covers: when the person is due back.
    pub back_on: Option<NaiveDate>,
    /// Today's rows and the last two weeks', newest first.
    pub doses: Vec<DoseRow>,
    /// The prescriptions, newest first.
    pub prescriptions: Vec<PrescriptionRow>,
    /// The decisions, newest first (the last ten).
    pub decisions: Vec<DecisionRow>,
}

impl Chart {
    /// Whether a dose given or handed over covers today.
    pub fn dosed_today(&self) -> Option<&DoseRow> {
        let today = self.today.to_string();
        self.doses.iter().find(|d| {
            d.day == today && !d.reversed && matches!(d.outcome.as_str(), "given" | "take_home")
        })
    }
}

impl Store {
    /// The person's treatment as of `today`, in one read.
    pub fn treatment_chart(&self, person_id: i64, today: NaiveDate) -> TResult<Chart> {
        let c = self.conn();
        let facts = Facts::read(c, person_id, today)?;
        let s = facts.situation(today, today, c)?;
        let list = id_list(&facts.ids);
        let current = treatment::current(&facts.prescriptions, today).ok();
        let (due, due_by_decision) = match current {
            Some(p) => {
                let (mg, by) = s.due(p);
                (Some(mg), by)
            }
            None => (None, false),
        };
        let given = Asked {
            outcome: Outcome::Given,
            mg: None,
        };
        let hold = treatment::check(&s, given).err();
        let take_homes = match current {
            None => Err(hold.clone().unwrap_or(Refusal::NoPrescription)),
            Some(p) if p.take_home_days == 0 => Err(Refusal::TakeHomesNotPrescribed),
            Some(p) => {
                let to_end = u32::try_from((p.ends - today).num_days() + 1).unwrap_or(0);
                let most = p.take_home_days.min(to_end).min(TAKE_HOME_CEILING);
                treatment::check(
                    &s,
                    Asked {
                        outcome: Outcome::TakeHome(most.max(1)),
                        mg: None,
                    },
                )
                .map(|_| most.max(1))
            }
        };
        let mut stmt = c.prepare_cached(&format!(
            "{} WHERE d.person_id IN {list} AND d.day >= ?1 ORDER BY d.day DESC, d.id DESC",
            read::DOSE
        ))?;
        let since = (today - Duration::days(14)).to_string();
        let doses = stmt
            .query_map([since], read::dose_from)?
            .collect::<Result<_, _>>()?;
        let mut stmt = c.prepare_cached(&format!(
            "{} WHERE person_id IN {list} ORDER BY id DESC",
            read::PRESCRIPTION
        ))?;
        let prescriptions = stmt
            .query_map([], read::prescription_from)?
            .collect::<Result<_, _>>()?;
        let mut stmt = c.prepare_cached(&format!(
            "{} WHERE person_id IN {list} ORDER BY at DESC, id DESC LIMIT 10",
            read::DECISION
        ))?;
        let decisions = stmt
            .query_map([], read::decision_from)?
            .collect::<Result<_, _>>()?;
        Ok(Chart {
            person_id: facts.kept,
            today,
            current: current.and_then(|p| read::prescription(c, p.id).ok()),
            due,
            due_by_decision,
            hold,
            missed: s.missed(),
            take_homes,
            back_on: back_on(&facts.covered),
            doses,
            prescriptions,
            decisions,
        })
    }

    /// The products the centre dispenses, in their order.
    pub fn treatment_products(&self) -> TResult<Vec<read::Product>> {
        read::products(self.conn())
    }
}
