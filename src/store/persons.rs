//! Persons, visits, merges and not-the-same pairs. One transaction per user action.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, Row, params};

pub use super::days::{day_number, day_of};
use super::{Store, StoreError, StoreResult};
use crate::domain::code;
use crate::domain::names;
use crate::domain::person::{Fields, Sex};
use crate::i18n::{Localised, Msg};

pub(super) use super::visits::{insert_visit, visited};

/// A person as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: i64,
    pub code: String,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub alias: Option<String>,
    pub birth: Option<String>,
    pub birth_year: Option<u16>,
    pub sex: Option<Sex>,
    pub languages: Vec<String>,
    pub phone: Option<String>,
    pub niss: Option<String>,
    pub nationality: Option<String>,
    pub commune: Option<String>,
    pub last_seen: Option<String>,
    pub merged_into: Option<i64>,
    pub created_at: String,
    pub created_by: String,
    /// The language the person needs an intercultural mediator in, if they do.
    pub mediation: Option<String>,
}

impl Person {
    /// The first of the person's languages the desk speaks: what their slip, ticket and export
    /// are written in.
    pub fn language(&self) -> Option<crate::i18n::Lang> {
        self.languages
            .iter()
            .find_map(|l| crate::i18n::Lang::parse(l))
    }

    /// The name, then the alias in «» when both are known; the alias alone otherwise.
    pub fn name_with_alias(&self) -> Option<String> {
        match (self.display_name(), &self.alias) {
            (Some(n), Some(a)) if &n != a => Some(format!("{n} «{a}»")),
            (name, _) => name,
        }
    }

    /// Given and family names, or the alias, or nothing (anonymous: show the code).
    pub fn display_name(&self) -> Option<String> {
        let full = [&self.given_name, &self.family_name]
            .into_iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        if !full.is_empty() {
            Some(full)
        } else {
            self.alias.clone()
        }
    }
}

/// Why a person operation was refused.
#[derive(Debug, thiserror::Error)]
pub enum PersonError {
    #[error("no person with code {0}")]
    UnknownCode(String),
    #[error("no merge number {0}")]
    UnknownMerge(i64),
    #[error("a record cannot be merged with itself")]
    SameRecord,
    #[error("{0} was already merged into another record")]
    AlreadyMerged(String),
    #[error("{0} and {1} were marked as different people")]
    MarkedNotSame(String, String),
    #[error("merge {0} was already undone")]
    AlreadyUndone(i64),
    #[error("merge {0} is covered by a later merge of {1}")]
    LaterMerge(i64, String),
    #[error("no visit {0}")]
    UnknownVisit(i64),
    #[error("visit {0} was recorded by someone else or on another day")]
    VisitNotYours(i64),
    #[error("visit {0} has a ticket of {1}")]
    VisitHasTicket(i64, String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for PersonError {
    fn from(e: rusqlite::Error) -> Self {
        PersonError::Store(StoreError::from(e))
    }
}

const COLUMNS: &str = "id, code, given_name, family_name, alias, birth, birth_year, sex, languages, \
     phone, niss, nationality, commune, last_seen, merged_into, created_at, created_by, \
     (SELECT m.language FROM mediation_need m WHERE m.person_id IN \
        (SELECT person.id UNION ALL SELECT q.id FROM person q WHERE q.merged_into = person.id) \
      ORDER BY m.person_id <> person.id LIMIT 1)";

fn person_from_row(r: &Row<'_>) -> rusqlite::Result<Person> {
    let languages: Option<String> = r.get(8)?;
    let sex: Option<String> = r.get(7)?;
    Ok(Person {
        id: r.get(0)?,
        code: r.get(1)?,
        given_name: r.get(2)?,
        family_name: r.get(3)?,
        alias: r.get(4)?,
        birth: r.get(5)?,
        birth_year: r.get(6)?,
        sex: sex.as_deref().and_then(Sex::parse),
        languages: languages
            .map(|l| {
                l.split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
        phone: r.get(9)?,
        niss: r.get(10)?,
        nationality: r.get(11)?,
        commune: r.get(12)?,
        last_seen: r.get(13)?,
        merged_into: r.get(14)?,
        created_at: r.get(15)?,
        created_by: r.get(16)?,
        mediation: r.get(17)?,
    })
}

/// Timestamps as stored: local time, to the second.
pub fn stamp(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M:%S").to_string()
}

/// The stored values of a record's fields, in column order (given … commune).
fn field_values(f: &Fields) -> [(&'static str, Option<String>); 11] {
    [
        ("given_name", f.given_name.clone()),
        ("family_name", f.family_name.clone()),
        ("alias", f.alias.clone()),
        ("birth", f.birth.map(|b| b.to_string())),
        ("birth_year", f.birth.map(|b| b.year.to_string())),
        ("sex", f.sex.map(|s| s.code().to_string())),
        (
            "languages",
            (!f.languages.is_empty()).then(|| f.languages.join(",")),
        ),
        ("phone", f.phone.clone()),
        ("niss", f.niss.as_ref().map(|n| n.digits.clone())),
        ("nationality", f.nationality.clone()),
        ("commune", f.commune.clone()),
    ]
}

impl Store {
    /// Registers a person (every field may be empty) with a new unique code.
    pub fn add_person(
        &self,
        fields: &Fields,
        by: &str,
        at: NaiveDateTime,
        rng: &mut fastrand::Rng,
    ) -> StoreResult<Person> {
        let tx = self.write_tx()?;
        let id = insert_person(&tx, fields, by, at, rng)?;
        tx.commit()?;
        self.person(id)?
            .ok_or(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }

    /// A walk-in registered at the desk: the new record and the visit of today, in one
    /// transaction, so the person is never there without the visit nor the other way round.
    pub fn register_walk_in(
        &self,
        fields: &Fields,
        desk: Option<&str>,
        by: &str,
        at: NaiveDateTime,
        rng: &mut fastrand::Rng,
    ) -> StoreResult<Person> {
        let tx = self.write_tx()?;
        let id = insert_person(&tx, fields, by, at, rng)?;
        insert_visit(&tx, id, desk, by, at)?;
        tx.commit()?;
        self.person(id)?
            .ok_or(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }

    /// A person by row id.
    pub fn person(&self, id: i64) -> StoreResult<Option<Person>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM person WHERE id = ?1"),
                [id],
                person_from_row,
            )
            .optional()?)
    }

    /// A person by code (typed in any case, with or without the dash).
    pub fn person_by_code(&self, typed: &str) -> StoreResult<Option<Person>> {
        let Some(code) = code::normalise(typed) else {
            return Ok(None);
        };
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM person WHERE code = ?1"),
                [code],
                person_from_row,
            )
            .optional()?)
    }

    /// Persons by id, in the order given (missing ids are skipped).
    pub fn persons(&self, ids: &[i64]) -> StoreResult<Vec<Person>> {
        // One read transaction for all of them: the file is locked once.
        let tx = self.write_tx()?;
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM person WHERE id = ?1"))?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(p) = stmt.query_row([id], person_from_row).optional()? {
                out.push(p);
            }
        }
        drop(stmt);
        tx.commit()?;
        Ok(out)
    }

    /// Changes a person's fields; each changed field is kept in the history with who and when.
    pub fn update_person(
        &self,
        id: i64,
        fields: &Fields,
        by: &str,
        at: NaiveDateTime,
    ) -> StoreResult<usize> {
        let tx = self.write_tx()?;
        let mut changed = 0;
        for (column, new) in field_values(fields) {
            let old: Option<String> = tx.query_row(
                &format!("SELECT CAST({column} AS TEXT) FROM person WHERE id = ?1"),
                [id],
                |r| r.get(0),
            )?;
            if old != new {
                tx.execute(
                    &format!("UPDATE person SET {column} = ?1 WHERE id = ?2"),
                    params![new, id],
                )?;
                tx.execute(
                    &format!("INSERT INTO person_change (id, person_id, at, by, field, old_value, new_value)
                     VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6)", ID = crate::store::ids::next("person_change")),
                    params![id, stamp(at), by, column, old, new],
                )?;
                changed += 1;
            }
        }
        super::words::refresh_search_keys(&tx, id)?;
        tx.commit()?;
        Ok(changed)
    }
}

/// Inserts a person with a fresh code and their search words, inside the caller's transaction.
pub(crate) fn insert_person(
    c: &rusqlite::Connection,
    fields: &Fields,
    by: &str,
    at: NaiveDateTime,
    rng: &mut fastrand::Rng,
) -> StoreResult<i64> {
    let words = names::record_keys(&fields.name_text());
    let keys = names::encode(&words);
    let v = field_values(fields);
    let mut id = None;
    for _ in 0..20 {
        let code = code::from_draws(|| rng.usize(..));
        let inserted = c.execute(
            &format!("INSERT OR IGNORE INTO person (id, code, given_name, family_name, alias, birth, birth_year,
                sex, languages, phone, niss, nationality, commune, search_keys, created_at, created_by)
             VALUES ({ID}, {CODE}, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
             ID = crate::store::ids::next("person"), CODE = crate::store::ids::code("?1")),
            params![
                code, v[0].1, v[1].1, v[2].1, v[3].1, v[4].1, v[5].1, v[6].1, v[7].1, v[8].1,
                v[9].1, v[10].1, keys, stamp(at), by
            ],
        )?;
        if inserted == 1 {
            id = Some(c.last_insert_rowid());
            break;
        }
    }
    let id = id.ok_or(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows))?;
    super::words::write_words(c, id, &words)?;
    Ok(id)
}

impl Localised for PersonError {
    fn msg(&self) -> Msg {
        match self {
            PersonError::UnknownCode(code) => {
                Msg::new("person-error-unknown-code").arg("code", code.as_str())
            }
            PersonError::UnknownMerge(id) => Msg::new("person-error-unknown-merge").arg("id", *id),
            PersonError::SameRecord => Msg::new("person-error-same-record"),
            PersonError::AlreadyMerged(code) => {
                Msg::new("person-error-already-merged").arg("code", code.as_str())
            }
            PersonError::MarkedNotSame(a, b) => Msg::new("person-error-marked-not-same")
                .arg("a", a.as_str())
                .arg("b", b.as_str()),
            PersonError::AlreadyUndone(id) => {
                Msg::new("person-error-already-undone").arg("id", *id)
            }
            PersonError::LaterMerge(id, code) => Msg::new("person-error-later-merge")
                .arg("id", *id)
                .arg("code", code.as_str()),
            PersonError::UnknownVisit(_) | PersonError::VisitNotYours(_) => {
                Msg::new("person-error-visit-not-yours")
            }
            PersonError::VisitHasTicket(_, ticket) => {
                Msg::new("person-error-visit-has-ticket").arg("ticket", ticket.as_str())
            }
            PersonError::Store(s) => s.msg(),
        }
    }
}
