//! The rules around an episode: the age band at its start, what the person's record answers
//! already, when a new one is proposed, and when the year's episodes are due.

use chrono::{Datelike, NaiveDate};

use super::Items;
use crate::domain::person::Sex;
use crate::i18n::Msg;

/// An outpatient episode is new after this many days without contact with the treatment
/// services (6 months).
pub const RETURN_AFTER_DAYS: i64 = 183;

/// The age bands TDI reports: the lowest age of each, and its label.
pub const AGE_BANDS: &[(u32, &str)] = &[
    (0, "<15"),
    (15, "15-19"),
    (20, "20-24"),
    (25, "25-29"),
    (30, "30-34"),
    (35, "35-39"),
    (40, "40-44"),
    (45, "45-49"),
    (50, "50-54"),
    (55, "55-59"),
    (60, "60-64"),
    (65, ">=65"),
];

/// The age band at the start of an episode from the birth year (the age the person reaches
/// that year); `None` when the birth year is after the start.
pub fn age_band(birth_year: u16, started: NaiveDate) -> Option<&'static str> {
    age_band_index(birth_year, started).map(|i| AGE_BANDS[i].1)
}

/// The place of [`age_band`]'s band among the bands, youngest first.
pub fn age_band_index(birth_year: u16, started: NaiveDate) -> Option<usize> {
    let age = u32::try_from(started.year() - i32::from(birth_year)).ok()?;
    AGE_BANDS.iter().rposition(|(from, _)| age >= *from)
}

/// What the person's record already says, for the form and the command to start from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known<'a> {
    pub sex: Option<Sex>,
    pub birth_year: Option<u16>,
    pub nationality: Option<&'a str>,
    pub niss: Option<&'a str>,
    /// Episodes of the person before this one.
    pub earlier_episodes: usize,
}

/// The items the record answers already: sex, birth year, nationality, a valid NISS, and
/// "previously treated" when the person had an episode here before. The worker confirms.
pub fn prefill(known: &Known, started: NaiveDate) -> Items {
    let mut items = Items::default();
    let sex = match known.sex {
        Some(Sex::Male) => Some("1"),
        Some(Sex::Female) => Some("2"),
        Some(Sex::Other | Sex::NotSaid) | None => None,
    };
    let pairs = [
        ("sex", sex.map(str::to_string)),
        ("birth_year", known.birth_year.map(|y| y.to_string())),
        ("nationality", known.nationality.map(str::to_string)),
        ("niss", known.niss.map(str::to_string)),
        (
            "status",
            (known.earlier_episodes > 0).then(|| "2".to_string()),
        ),
    ];
    for (key, value) in pairs {
        // A value the record holds but TDI refuses (a NISS with a typo) stays unknown.
        if let Some(v) = value {
            let _ = items.set(key, &v, started);
        }
    }
    items
}

/// Why a new episode is proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// The person has no episode yet: they are starting treatment here.
    Starting,
    /// The person comes back after [`RETURN_AFTER_DAYS`] or more without contact.
    Returning {
        /// The last contact before the gap.
        last_contact: NaiveDate,
        /// The first contact after it (today, or the day they came back).
        back: NaiveDate,
    },
}

impl Due {
    /// The proposal in words, its date written by `date`.
    pub fn msg_with(&self, date: impl Fn(NaiveDate) -> String) -> Msg {
        match self {
            Due::Starting => Msg::new("tdi-due-starting"),
            Due::Returning { last_contact, .. } => {
                Msg::new("tdi-due-returning").arg("last", date(*last_contact))
            }
        }
    }
}

/// Whether to propose a new episode today: the person has none yet, or came back after six
/// months or more without contact (a dose, a prescription or an episode) and no episode was
/// opened since. Only a proposal: the worker opens it.
pub fn due(episodes: &[NaiveDate], contacts: &[NaiveDate], today: NaiveDate) -> Option<Due> {
    if episodes.is_empty() {
        return Some(Due::Starting);
    }
    let mut days: Vec<NaiveDate> = episodes
        .iter()
        .chain(contacts)
        .copied()
        .filter(|d| *d <= today)
        .chain(std::iter::once(today))
        .collect();
    days.sort_unstable();
    days.dedup();
    let gap = days
        .windows(2)
        .rev()
        .find(|w| (w[1] - w[0]).num_days() >= RETURN_AFTER_DAYS)?;
    let (last_contact, back) = (gap[0], gap[1]);
    if episodes.iter().any(|e| *e >= back) {
        return None;
    }
    Some(Due::Returning { last_contact, back })
}

/// The day the episodes of `year` are due at Sciensano: 31 March of the next year.
pub fn due_date(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year + 1, 3, 31)
}
