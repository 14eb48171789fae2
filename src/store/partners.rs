//! The partner directory: hospitals, CPAS, medical centres, shelters, specialised services.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Store, StoreError};
use crate::i18n::{Localised, Msg};

/// Kinds of partner, as stored.
pub const KINDS: [&str; 6] = [
    "hospital",
    "cpas",
    "medical",
    "shelter",
    "specialised",
    "other",
];

/// The kind of partner meant by what was typed: its code, or its name or the beginning of a
/// word of it in any of the desk's languages ("hôpital", "ziekenhuis", "مستشفى", "shel").
/// `Err` with the kinds it could be (none: an empty list).
pub fn kind_of(typed: &str) -> Result<&'static str, Vec<&'static str>> {
    use crate::text::choice::{Choice, one};
    let choices: Vec<Choice> = KINDS
        .iter()
        .map(|k| Choice {
            also: crate::i18n::Lang::ALL
                .iter()
                .map(|l| crate::i18n::tr_in(*l, kind_id(k)))
                .collect(),
            ..Choice::new(k, (*k).to_string())
        })
        .collect();
    let code = |c: &Choice| {
        KINDS
            .iter()
            .copied()
            .find(|k| *k == c.code)
            .unwrap_or("other")
    };
    one(typed, &choices)
        .map(code)
        .map_err(|several| several.into_iter().map(code).collect())
}

/// The partners whose name holds every word typed (in any case, without accents), in the
/// directory's order: how the desk and the command line find a partner from a few letters.
pub fn matching<'a>(typed: &str, partners: &'a [Partner]) -> Vec<&'a Partner> {
    let fold = |s: &str| deunicode::deunicode(s).to_lowercase();
    let words: Vec<String> = fold(typed).split_whitespace().map(str::to_string).collect();
    // The whole name typed is that partner, even when another's name contains it.
    if let Some(p) = partners
        .iter()
        .find(|p| fold(&p.name) == fold(typed.trim()))
    {
        return vec![p];
    }
    partners
        .iter()
        .filter(|p| {
            let name = fold(&p.name);
            words.iter().all(|w| name.contains(w.as_str()))
        })
        .collect()
}

/// Longest text kept in a partner's field, in characters.
pub const MAX_FIELD: usize = 200;

/// A partner.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Partner {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub hours: Option<String>,
    /// Language of the letters sent to it: `fr` or `nl`.
    pub letter_lang: String,
    pub notes: Option<String>,
}

/// What is typed for a partner.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PartnerInput {
    pub name: String,
    pub kind: String,
    pub address: String,
    pub phone: String,
    pub hours: String,
    pub letter_lang: String,
    pub notes: String,
}

/// Why a partner was refused.
#[derive(Debug, thiserror::Error)]
pub enum PartnerError {
    #[error("a partner needs a name")]
    NoName,
    #[error("unknown kind {0}")]
    Kind(String),
    #[error("letters go in fr or nl, not {0}")]
    LetterLang(String),
    #[error("{0} is already in the directory")]
    Taken(String),
    #[error("longer than {MAX_FIELD} characters")]
    TooLong,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for PartnerError {
    fn from(e: rusqlite::Error) -> Self {
        PartnerError::Store(e.into())
    }
}

fn partner(r: &rusqlite::Row<'_>) -> rusqlite::Result<Partner> {
    Ok(Partner {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        address: r.get(3)?,
        phone: r.get(4)?,
        hours: r.get(5)?,
        letter_lang: r.get(6)?,
        notes: r.get(7)?,
    })
}

const COLUMNS: &str = "id, name, kind, address, phone, hours, letter_lang, notes";

/// Empty text as nothing.
fn opt(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

impl PartnerInput {
    /// Checks the input: a name, a known kind, fr or nl, nothing too long.
    fn check(&self) -> Result<(), PartnerError> {
        if self.name.trim().is_empty() {
            return Err(PartnerError::NoName);
        }
        if !KINDS.contains(&self.kind.trim()) {
            return Err(PartnerError::Kind(self.kind.clone()));
        }
        if !matches!(self.letter_lang.trim(), "fr" | "nl") {
            return Err(PartnerError::LetterLang(self.letter_lang.clone()));
        }
        let fields = [
            &self.name,
            &self.address,
            &self.phone,
            &self.hours,
            &self.notes,
        ];
        if fields.iter().any(|f| f.chars().count() > MAX_FIELD) {
            return Err(PartnerError::TooLong);
        }
        Ok(())
    }
}

impl Store {
    /// The directory, by name.
    pub fn partners(&self) -> Result<Vec<Partner>, PartnerError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM partner ORDER BY name COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([], partner)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A partner by its name (any case).
    pub fn partner_named(&self, name: &str) -> Result<Option<Partner>, PartnerError> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM partner WHERE name = ?1"),
                [name.trim()],
                partner,
            )
            .optional()?)
    }

    /// Adds a partner (`id: None`) or changes one.
    pub fn save_partner(
        &self,
        id: Option<i64>,
        p: &PartnerInput,
        by: &str,
        now: NaiveDateTime,
    ) -> Result<Partner, PartnerError> {
        p.check()?;
        let name = p.name.trim();
        if let Some(other) = self.partner_named(name)?
            && Some(other.id) != id
        {
            return Err(PartnerError::Taken(name.to_string()));
        }
        let values = params![
            name,
            p.kind.trim(),
            opt(&p.address),
            opt(&p.phone),
            opt(&p.hours),
            p.letter_lang.trim(),
            opt(&p.notes),
        ];
        let tx = self.write_tx()?;
        match id {
            None => {
                let mut stmt = tx.prepare(
                    &format!("INSERT INTO partner (id, name, kind, address, phone, hours, letter_lang, notes,
                                          created_at, created_by)
                     VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", ID = crate::store::ids::next("partner")),
                )?;
                let at = now.format("%Y-%m-%d %H:%M:%S").to_string();
                let mut all: Vec<&dyn rusqlite::ToSql> = values.to_vec();
                all.push(&at);
                all.push(&by);
                stmt.execute(all.as_slice())?;
            }
            Some(id) => {
                let mut all: Vec<&dyn rusqlite::ToSql> = values.to_vec();
                all.push(&id);
                tx.execute(
                    "UPDATE partner SET name = ?1, kind = ?2, address = ?3, phone = ?4, hours = ?5,
                            letter_lang = ?6, notes = ?7
                     WHERE id = ?8",
                    all.as_slice(),
                )?;
            }
        }
        tx.commit()?;
        self.partner_named(name)?
            .ok_or_else(|| PartnerError::Taken(name.to_string()))
    }
}

impl Localised for PartnerError {
    fn msg(&self) -> Msg {
        match self {
            PartnerError::NoName => Msg::new("partner-error-name"),
            PartnerError::Kind(k) => Msg::new("partner-error-kind").arg("kind", k.as_str()),
            PartnerError::LetterLang(l) => {
                Msg::new("partner-error-letter-lang").arg("lang", l.as_str())
            }
            PartnerError::Taken(n) => Msg::new("partner-error-taken").arg("name", n.as_str()),
            PartnerError::TooLong => {
                Msg::new("partner-error-too-long").arg("max", crate::store::partners::MAX_FIELD)
            }
            PartnerError::Store(s) => s.msg(),
        }
    }
}

/// Message id of a kind of partner.
pub fn kind_id(kind: &str) -> &'static str {
    match kind {
        "hospital" => "partner-kind-hospital",
        "cpas" => "partner-kind-cpas",
        "medical" => "partner-kind-medical",
        "shelter" => "partner-kind-shelter",
        "specialised" => "partner-kind-specialised",
        _ => "partner-kind-other",
    }
}
