//! The Treatment Demand Indicator (TDI 3.0, TDI.md): the items of a treatment episode as data,
//! their checks, the age band, what the person's record already says, and when a new episode
//! is due. Pure: no terminal, no database, no clock.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::domain::niss::Niss;
use crate::domain::person::Sex;
use crate::i18n::{Localised, Msg};

mod export;
mod items;
#[cfg(test)]
mod tests;

pub use export::{Column, EXPORT, Source, header, row};
pub use items::{ITEMS, NO_DRUG};

/// What every item may be: not known, or declined (the record is still counted).
pub const UNKNOWN: &str = "99";
/// The message id of "unknown".
pub const UNKNOWN_MSG: &str = "tdi-unknown";
/// The NISS item's value for a person who has neither a national nor a BIS number.
pub const NO_NISS: &str = "none";
/// An outpatient episode is new after this many days without contact with the treatment
/// services (6 months).
pub const RETURN_AFTER_DAYS: i64 = 183;

/// One answer of a coded item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    /// What is stored and typed (`1.1`).
    pub code: &'static str,
    /// What the EMCDDA file carries for it.
    pub emcdda: &'static str,
    /// Message id of its words.
    pub msg: &'static str,
}

/// What an item's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One of these codes.
    Codes(&'static [Code]),
    /// The episode's start date (kept beside the items, not among them).
    Date,
    /// A year (birth, first treatment).
    Year,
    /// An age in years.
    Age,
    /// A country, as the ISO two-letter code the person's record keeps (`BE`, `MA`).
    Country,
    /// The national or BIS number, checked, or [`NO_NISS`].
    Niss,
    /// A short text (the unit or antenna of the centre).
    Text,
}

/// When an item is asked: always, or only after another item's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// When that item is one of these codes.
    OneOf(&'static str, &'static [&'static str]),
    /// When that item names a drug (known, and not "none").
    Named(&'static str),
}

/// One item of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// The key in the stored JSON; with `-` for `_`, the command line's flag.
    pub key: &'static str,
    /// Message id of the item's question.
    pub msg: &'static str,
    pub kind: Kind,
    pub when: When,
}

impl Item {
    /// The command-line flag, without its dashes (`primary-drug`).
    pub fn flag(&self) -> String {
        self.key.replace('_', "-")
    }

    /// Its codes, when it is a coded item.
    pub fn codes(&self) -> &'static [Code] {
        match self.kind {
            Kind::Codes(codes) => codes,
            _ => &[],
        }
    }

    /// The code of this item written `code`, if it is one.
    pub fn code(&self, code: &str) -> Option<&'static Code> {
        self.codes().iter().find(|c| c.code == code)
    }
}

/// The item with this key.
pub fn item(key: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|i| i.key == key)
}

/// Why a value was refused for an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemError {
    /// No item has this key.
    NoSuchItem(String),
    /// Not one of the item's codes.
    Code { item: &'static Item, value: String },
    /// Not a year between 1900 and the start of the episode.
    Year {
        item: &'static Item,
        value: String,
        max: i32,
    },
    /// Not an age in years.
    Age { item: &'static Item, value: String },
    /// Not a two-letter country code.
    Country { item: &'static Item, value: String },
    /// Not a valid national or BIS number.
    Niss { item: &'static Item, value: String },
    /// Empty or longer than [`TEXT_MAX`] characters.
    Text { item: &'static Item, value: String },
}

/// The longest text item, in characters.
pub const TEXT_MAX: usize = 60;

impl ItemError {
    /// The item concerned, if there is one.
    pub fn item(&self) -> Option<&'static Item> {
        match self {
            ItemError::NoSuchItem(_) => None,
            ItemError::Code { item, .. }
            | ItemError::Year { item, .. }
            | ItemError::Age { item, .. }
            | ItemError::Country { item, .. }
            | ItemError::Niss { item, .. }
            | ItemError::Text { item, .. } => Some(item),
        }
    }

    /// The refusal with the item called `name` (its flag on the command line, its question at
    /// the desk).
    pub fn msg_named(&self, name: String) -> Msg {
        match self {
            ItemError::NoSuchItem(key) => Msg::new("tdi-error-item").arg("item", key.as_str()),
            ItemError::Code { item, value } => {
                let codes: Vec<&str> = item.codes().iter().map(|c| c.code).collect();
                Msg::new("tdi-error-code")
                    .arg("item", name)
                    .arg("value", value.as_str())
                    .arg("codes", codes.join(", "))
            }
            ItemError::Year { value, max, .. } => Msg::new("tdi-error-year")
                .arg("item", name)
                .arg("value", value.as_str())
                .arg("max", i64::from(*max)),
            ItemError::Age { value, .. } => Msg::new("tdi-error-age")
                .arg("item", name)
                .arg("value", value.as_str()),
            ItemError::Country { value, .. } => Msg::new("tdi-error-country")
                .arg("item", name)
                .arg("value", value.as_str()),
            ItemError::Niss { value, .. } => Msg::new("tdi-error-niss")
                .arg("item", name)
                .arg("value", value.as_str()),
            ItemError::Text { value, .. } => Msg::new("tdi-error-text")
                .arg("item", name)
                .arg("value", value.as_str())
                .arg("max", TEXT_MAX),
        }
    }
}

impl Localised for ItemError {
    fn msg(&self) -> Msg {
        let name = self
            .item()
            .map_or_else(String::new, |i| format!("--{}", i.flag()));
        self.msg_named(name)
    }
}

/// Reads the value typed for an item into what is stored: `Ok(None)` for unknown (empty or
/// `99`), else the checked value. `started` bounds the years.
pub fn check(
    item: &'static Item,
    typed: &str,
    started: NaiveDate,
) -> Result<Option<String>, ItemError> {
    let value = typed.trim();
    if value.is_empty() || value == UNKNOWN {
        return Ok(None);
    }
    let owned = || value.to_string();
    match item.kind {
        Kind::Codes(codes) => codes
            .iter()
            .find(|c| c.code == value)
            .map(|c| Some(c.code.to_string()))
            .ok_or_else(|| ItemError::Code {
                item,
                value: owned(),
            }),
        Kind::Year => {
            let max = started.year();
            match value.parse::<i32>() {
                Ok(y) if value.len() == 4 && (1900..=max).contains(&y) => Ok(Some(y.to_string())),
                _ => Err(ItemError::Year {
                    item,
                    value: owned(),
                    max,
                }),
            }
        }
        Kind::Age => match value.parse::<u8>() {
            Ok(a) if a < 99 => Ok(Some(a.to_string())),
            _ => Err(ItemError::Age {
                item,
                value: owned(),
            }),
        },
        Kind::Country => {
            if value.len() == 2 && value.bytes().all(|b| b.is_ascii_alphabetic()) {
                Ok(Some(value.to_ascii_uppercase()))
            } else {
                Err(ItemError::Country {
                    item,
                    value: owned(),
                })
            }
        }
        Kind::Niss if value.eq_ignore_ascii_case(NO_NISS) => Ok(Some(NO_NISS.to_string())),
        Kind::Niss => Niss::parse(value)
            .map(|n| Some(n.digits))
            .map_err(|_| ItemError::Niss {
                item,
                value: owned(),
            }),
        Kind::Text | Kind::Date => {
            if value.chars().count() <= TEXT_MAX && !value.chars().any(char::is_control) {
                Ok(Some(value.to_string()))
            } else {
                Err(ItemError::Text {
                    item,
                    value: owned(),
                })
            }
        }
    }
}

/// The answers of an episode: item key → stored value; an item absent is unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Items(BTreeMap<String, String>);

impl Items {
    /// The known value of an item (`None`: unknown).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .get(key)
            .map(String::as_str)
            .filter(|v| *v != UNKNOWN && !v.is_empty())
    }

    /// Sets an item from what was typed (empty or `99`: unknown again), checked.
    pub fn set(&mut self, key: &str, typed: &str, started: NaiveDate) -> Result<(), ItemError> {
        let it = item(key)
            .filter(|i| i.kind != Kind::Date)
            .ok_or_else(|| ItemError::NoSuchItem(key.to_string()))?;
        match check(it, typed, started)? {
            Some(v) => self.0.insert(it.key.to_string(), v),
            None => self.0.remove(it.key),
        };
        Ok(())
    }

    /// The known answers, by key.
    pub fn known(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .filter(|(_, v)| *v != UNKNOWN)
    }

    /// Whether the item is asked, given the other answers (injecting age only for who injected…).
    pub fn applies(&self, item: &Item) -> bool {
        match item.when {
            When::Always => true,
            When::OneOf(key, codes) => self.get(key).is_some_and(|v| codes.contains(&v)),
            When::Named(key) => self.get(key).is_some_and(|v| v != NO_DRUG),
        }
    }

    /// The items asked and still unknown, in the questionnaire's order (the start date is
    /// always known).
    pub fn unknown(&self) -> Vec<&'static Item> {
        ITEMS
            .iter()
            .filter(|i| i.kind != Kind::Date && self.applies(i) && self.get(i.key).is_none())
            .collect()
    }

    /// As stored (`tdi_episode.items`).
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "{}".into())
    }

    /// Read back from the stored JSON; what cannot be read is unknown.
    pub fn from_json(text: &str) -> Items {
        Items(serde_json::from_str(text).unwrap_or_default())
    }
}

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
    let age = u32::try_from(started.year() - i32::from(birth_year)).ok()?;
    AGE_BANDS
        .iter()
        .rev()
        .find(|(from, _)| age >= *from)
        .map(|(_, label)| *label)
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
