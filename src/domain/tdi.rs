//! The Treatment Demand Indicator (TDI 3.0, TDI.md): the items of a treatment episode as data,
//! their checks, the age band, what the person's record already says, and when a new episode
//! is due. Pure: no terminal, no database, no clock.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::domain::niss::Niss;
use crate::i18n::{Localised, Msg};

mod export;
mod items;
mod rules;
#[cfg(test)]
mod tests;

pub use export::{Column, EXPORT, Source, header, row};
pub use items::{ITEMS, NO_DRUG};
pub use rules::{
    AGE_BANDS, Due, Known, RETURN_AFTER_DAYS, age_band, age_band_index, due, due_date, prefill,
};

/// What every item may be: not known, or declined (the record is still counted).
pub const UNKNOWN: &str = "99";
/// The message id of "unknown".
pub const UNKNOWN_MSG: &str = "tdi-unknown";
/// The NISS item's value for a person who has neither a national nor a BIS number.
pub const NO_NISS: &str = "none";

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
