//! Referrals: a person sent to a partner with what they agreed to share (DOMAIN.md, "Referrals
//! and shared professional secrecy").

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::Person;
use super::partners::{Partner, PartnerError};
use super::{Store, StoreError};
use crate::domain::dates::{self, DateError, NoSuchDate};
use crate::i18n::{Localised, Msg};

/// Person fields a letter may carry, when the person agrees.
pub const FIELDS: [&str; 7] = [
    "name",
    "birth",
    "niss",
    "languages",
    "phone",
    "coverage",
    "reason",
];

/// Ticked unless the worker unticks it: the name, so the partner knows whom to expect. Nothing
/// sensitive (birth date, national number, coverage, the reason itself) is shared by default.
pub const DEFAULT_CONSENT: [&str; 1] = ["name"];

/// Longest reason kept, in characters (about a page of the letter).
pub const MAX_REASON: usize = 1500;

/// A referral as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Referral {
    pub id: i64,
    pub person: String,
    pub partner: String,
    pub reason: String,
    pub urgency: String,
    pub appointment: Option<String>,
    pub consent: Vec<String>,
    pub letter_lang: String,
    pub slip_lang: String,
    pub created_at: String,
    pub created_by: String,
    pub printed: bool,
}

/// What a worker asks for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewReferral {
    pub person: String,
    pub partner: String,
    pub reason: String,
    pub urgent: bool,
    pub appointment: Option<String>,
    /// `None`: the default consent.
    pub consent: Option<Vec<String>>,
    /// `None`: the partner's language.
    pub letter_lang: Option<String>,
    /// `None`: the person's language, or French.
    pub slip_lang: Option<String>,
}

/// Why a referral was refused.
#[derive(Debug, thiserror::Error)]
pub enum ReferralError {
    #[error("no person {0}")]
    UnknownPerson(String),
    #[error("no partner {0}")]
    UnknownPartner(String),
    #[error("a referral needs a reason")]
    NoReason,
    #[error("the reason is longer than {MAX_REASON} characters")]
    ReasonTooLong(usize),
    #[error("unknown field {0}")]
    Field(String),
    #[error("letters go in fr or nl, not {0}")]
    LetterLang(String),
    #[error("unknown slip language {0}")]
    SlipLang(String),
    #[error("appointment not a date and a time: {0}")]
    Appointment(String),
    #[error("appointment on a day that does not exist: {0:?}")]
    AppointmentNoSuchDate(NoSuchDate),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ReferralError {
    fn from(e: rusqlite::Error) -> Self {
        ReferralError::Store(e.into())
    }
}

impl From<PartnerError> for ReferralError {
    fn from(e: PartnerError) -> Self {
        match e {
            PartnerError::Store(s) => ReferralError::Store(s),
            other => ReferralError::UnknownPartner(other.to_string()),
        }
    }
}

const SELECT: &str = "SELECT r.id, p.code, pa.name, r.reason, r.urgency, r.appointment, r.consent,
        r.letter_lang, r.slip_lang, r.created_at, r.created_by, r.printed IS NOT NULL
     FROM referral r JOIN person p ON p.id = r.person_id JOIN partner pa ON pa.id = r.partner_id";

fn referral(r: &rusqlite::Row<'_>) -> rusqlite::Result<Referral> {
    let consent: String = r.get(6)?;
    Ok(Referral {
        id: r.get(0)?,
        person: r.get(1)?,
        partner: r.get(2)?,
        reason: r.get(3)?,
        urgency: r.get(4)?,
        appointment: r.get(5)?,
        consent: serde_json::from_str(&consent).unwrap_or_default(),
        letter_lang: r.get(7)?,
        slip_lang: r.get(8)?,
        created_at: r.get(9)?,
        created_by: r.get(10)?,
        printed: r.get(11)?,
    })
}

impl Store {
    /// Records a referral; nothing is printed yet.
    pub fn new_referral(
        &self,
        n: &NewReferral,
        by: &str,
        now: NaiveDateTime,
    ) -> Result<Referral, ReferralError> {
        let (checked, person, partner) = self.check_referral(n, by, now)?;
        self.insert_referral(&checked, &person, &partner, by)
    }

    /// Records a referral already checked (see [`Store::check_referral`]), inside the caller's
    /// transaction when there is one; returns it as stored.
    pub fn insert_referral(
        &self,
        checked: &Referral,
        person: &Person,
        partner: &Partner,
        by: &str,
    ) -> Result<Referral, ReferralError> {
        let id = self.immediate(|c| -> rusqlite::Result<i64> {
        c.execute(
            &format!("INSERT INTO referral (id, person_id, partner_id, reason, urgency, appointment, consent,
                                   letter_lang, slip_lang, created_at, created_by)
             VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", ID = crate::store::ids::next("referral")),
            params![
                person.merged_into.unwrap_or(person.id),
                partner.id,
                checked.reason,
                checked.urgency,
                checked.appointment,
                serde_json::to_string(&checked.consent).unwrap_or_else(|_| "[]".into()),
                checked.letter_lang,
                checked.slip_lang,
                checked.created_at,
                by,
            ],
        )?;
        Ok(c.last_insert_rowid())
        })?;
        self.referral(id)?
            .ok_or_else(|| ReferralError::UnknownPerson(checked.person.clone()))
    }

    /// A referral checked as it would be recorded (id 0), with its person and partner: what the
    /// desk's preview prints.
    pub fn check_referral(
        &self,
        n: &NewReferral,
        by: &str,
        now: NaiveDateTime,
    ) -> Result<(Referral, Person, Partner), ReferralError> {
        let person = self
            .person_by_code(&n.person)?
            .ok_or_else(|| ReferralError::UnknownPerson(n.person.clone()))?;
        let partner = self
            .partner_named(&n.partner)?
            .ok_or_else(|| ReferralError::UnknownPartner(n.partner.clone()))?;
        let reason = n.reason.trim();
        if reason.is_empty() {
            return Err(ReferralError::NoReason);
        }
        let chars = reason.chars().count();
        if chars > MAX_REASON {
            return Err(ReferralError::ReasonTooLong(chars));
        }
        let consent: Vec<String> = match &n.consent {
            None => DEFAULT_CONSENT.iter().map(|s| s.to_string()).collect(),
            Some(list) => {
                let mut out = Vec::new();
                for f in list.iter().map(|f| f.trim().to_lowercase()) {
                    if f.is_empty() {
                        continue;
                    }
                    if !FIELDS.contains(&f.as_str()) {
                        return Err(ReferralError::Field(f));
                    }
                    if !out.contains(&f) {
                        out.push(f);
                    }
                }
                out
            }
        };
        let letter_lang = n
            .letter_lang
            .as_deref()
            .map(str::to_lowercase)
            .unwrap_or(partner.letter_lang.clone());
        if !matches!(letter_lang.as_str(), "fr" | "nl") {
            return Err(ReferralError::LetterLang(letter_lang));
        }
        // The slip speaks the person's language: the first of theirs the desk has.
        let slip_lang = match n.slip_lang.as_deref() {
            Some(l) => {
                crate::i18n::Lang::parse(l).ok_or_else(|| ReferralError::SlipLang(l.to_string()))?
            }
            None => person.language().unwrap_or(crate::i18n::Lang::Fr),
        };
        // Read as the desk reads dates (25/11/2026 10:00, 2026-11-25 10h…), kept as the register
        // writes them.
        let appointment = match n.appointment.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(a) => match dates::read_date_time(a, now.date()) {
                Ok(at) => Some(at.format("%Y-%m-%d %H:%M").to_string()),
                Err(DateError::NoSuch(d)) => return Err(ReferralError::AppointmentNoSuchDate(d)),
                Err(DateError::Shape) => return Err(ReferralError::Appointment(a.to_string())),
            },
        };
        let checked = Referral {
            id: 0,
            person: person.code.clone(),
            partner: partner.name.clone(),
            reason: reason.to_string(),
            urgency: if n.urgent { "urgent" } else { "normal" }.to_string(),
            appointment,
            consent,
            letter_lang,
            slip_lang: slip_lang.code().to_string(),
            created_at: now.format("%Y-%m-%d %H:%M:%S").to_string(),
            created_by: by.to_string(),
            printed: false,
        };
        Ok((checked, person, partner))
    }

    pub fn referral(&self, id: i64) -> Result<Option<Referral>, ReferralError> {
        Ok(self
            .conn
            .query_row(&format!("{SELECT} WHERE r.id = ?1"), [id], referral)
            .optional()?)
    }

    /// A person's referrals, newest first.
    pub fn referrals_of(&self, person_id: i64) -> Result<Vec<Referral>, ReferralError> {
        let mut stmt = self.conn.prepare(&format!(
            "{SELECT} WHERE r.person_id = ?1 ORDER BY r.created_at DESC, r.id DESC"
        ))?;
        let rows = stmt.query_map([person_id], referral)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Localised for ReferralError {
    fn msg(&self) -> Msg {
        match self {
            ReferralError::UnknownPerson(c) => {
                Msg::new("person-error-unknown-code").arg("code", c.as_str())
            }
            ReferralError::UnknownPartner(n) => {
                Msg::new("referral-error-partner").arg("name", n.as_str())
            }
            ReferralError::NoReason => Msg::new("referral-error-reason"),
            ReferralError::ReasonTooLong(n) => Msg::new("referral-error-reason-long")
                .arg("count", *n)
                .arg("max", MAX_REASON),
            ReferralError::Field(f) => Msg::new("referral-error-field")
                .arg("field", f.as_str())
                .arg("fields", FIELDS.join(", ")),
            ReferralError::LetterLang(l) => {
                Msg::new("partner-error-letter-lang").arg("lang", l.as_str())
            }
            ReferralError::SlipLang(l) => {
                Msg::new("referral-error-slip-lang").arg("lang", l.as_str())
            }
            ReferralError::Appointment(a) => {
                Msg::new("referral-error-appointment").arg("value", a.as_str())
            }
            ReferralError::AppointmentNoSuchDate(d) => {
                crate::i18n::words::date_error(DateError::NoSuch(*d))
            }
            ReferralError::Store(s) => s.msg(),
        }
    }
}
