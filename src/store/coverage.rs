//! Coverage routes of persons, the due list, free care while coverage is sorted out.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, Row, params};

pub use super::due::DueItem;
use super::persons::stamp;
use super::{Store, StoreError, StoreResult};
use crate::domain::coverage::{self as rules, Coverage, DateProblem, Route, State};
use crate::i18n::{Localised, Msg};

/// A stored route of a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageRow {
    pub id: i64,
    pub person_id: i64,
    pub coverage: Coverage,
    pub fund: Option<String>,
    pub reference: Option<String>,
    pub note: Option<String>,
    pub updated_at: String,
}

/// What a worker records on a route (dates already read; checked by the rules).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoverageInput {
    pub coverage: Coverage,
    pub fund: Option<String>,
    pub reference: Option<String>,
    pub note: Option<String>,
}

/// Free care while coverage is sorted out, and low income.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CareAccess {
    pub low_income: bool,
    pub free_care_from: Option<NaiveDate>,
    pub free_care_review: Option<NaiveDate>,
}

/// Why a coverage write was refused.
#[derive(Debug, thiserror::Error)]
pub enum CoverageError {
    #[error("dates refused: {0:?}")]
    Dates(DateProblem),
    #[error("no route given")]
    NoRoute,
    #[error("no person {0}")]
    UnknownPerson(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for CoverageError {
    fn from(e: rusqlite::Error) -> Self {
        CoverageError::Store(StoreError::from(e))
    }
}

fn date(v: Option<String>) -> Option<NaiveDate> {
    v.as_deref().and_then(parse_day)
}

/// `YYYY-MM-DD` read digit by digit: the due list reads tens of thousands of dates.
fn parse_day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

/// A date column read without copying the text.
pub(super) fn day_at(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    Ok(r.get_ref(i)?
        .as_str_or_null()
        .ok()
        .flatten()
        .and_then(parse_day))
}

pub(super) fn text(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.format("%Y-%m-%d").to_string())
}

const COLUMNS: &str =
    "id, person_id, route, state, commune, requested, acknowledged, decided, notified,
    valid_from, valid_until, fund, reference, note, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<CoverageRow> {
    let text = |i: usize| -> rusqlite::Result<&str> { Ok(r.get_ref(i)?.as_str().unwrap_or("")) };
    Ok(CoverageRow {
        id: r.get(0)?,
        person_id: r.get(1)?,
        coverage: Coverage {
            route: Route::parse(text(2)?),
            state: State::parse(text(3)?),
            commune: r.get(4)?,
            requested: day_at(r, 5)?,
            acknowledged: day_at(r, 6)?,
            decided: day_at(r, 7)?,
            notified: day_at(r, 8)?,
            valid_from: day_at(r, 9)?,
            valid_until: day_at(r, 10)?,
        },
        fund: r.get(11)?,
        reference: r.get(12)?,
        note: r.get(13)?,
        updated_at: r.get(14)?,
    })
}

impl Store {
    /// The routes of a person, in route order.
    pub fn coverage_of(&self, person_id: i64) -> StoreResult<Vec<CoverageRow>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM coverage WHERE person_id = ?1"
        ))?;
        let mut rows: Vec<CoverageRow> = stmt
            .query_map([person_id], from_row)?
            .collect::<Result<_, _>>()?;
        rows.sort_by_key(|r| {
            r.coverage
                .route
                .and_then(|x| Route::ALL.iter().position(|y| *y == x))
        });
        Ok(rows)
    }

    /// Records a route of a person (one row per route: recording it again updates it); every
    /// changed field is kept with who and when. Dates are checked first; nothing is half-saved.
    pub fn save_coverage(
        &self,
        person_id: i64,
        input: &CoverageInput,
        renew_days: u64,
        by: &str,
        at: NaiveDateTime,
    ) -> Result<CoverageRow, CoverageError> {
        let c = &input.coverage;
        let route = c.route.ok_or(CoverageError::NoRoute)?;
        rules::check(c, at.date()).map_err(CoverageError::Dates)?;
        let state = c.state.unwrap_or(State::ToLookInto);
        let values: [(&str, Option<String>); 12] = [
            ("state", Some(state.code().to_string())),
            ("commune", c.commune.clone()),
            ("requested", text(c.requested)),
            ("acknowledged", text(c.acknowledged)),
            ("decided", text(c.decided)),
            ("notified", text(c.notified)),
            ("valid_from", text(c.valid_from)),
            ("valid_until", text(c.valid_until)),
            ("fund", input.fund.clone()),
            ("reference", input.reference.clone()),
            ("note", input.note.clone()),
            ("next_due", text(rules::earliest_deadline(c, renew_days))),
        ];
        let tx = self.write_tx()?;
        let existing: Option<i64> = tx
            .query_row(
                "SELECT id FROM coverage WHERE person_id = ?1 AND route = ?2",
                params![person_id, route.code()],
                |r| r.get(0),
            )
            .optional()?;
        let id = match existing {
            Some(id) => id,
            None => {
                tx.execute(
                    &format!("INSERT INTO coverage (id, person_id, route, state, updated_at, updated_by) VALUES ({ID}, ?1, ?2, ?3, ?4, ?5)", ID = crate::store::ids::next("coverage")),
                    params![person_id, route.code(), state.code(), stamp(at), by],
                )?;
                tx.last_insert_rowid()
            }
        };
        for (column, new) in values {
            let old: Option<String> = tx.query_row(
                &format!("SELECT {column} FROM coverage WHERE id = ?1"),
                [id],
                |r| r.get(0),
            )?;
            if old != new || (existing.is_none() && new.is_some() && column != "next_due") {
                tx.execute(
                    &format!("UPDATE coverage SET {column} = ?1 WHERE id = ?2"),
                    params![new, id],
                )?;
                if column != "next_due" {
                    tx.execute(
                        &format!("INSERT INTO coverage_event (id, coverage_id, at, by, field, old_value, new_value)
                         VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6)", ID = crate::store::ids::next("coverage_event")),
                        params![id, stamp(at), by, column, if existing.is_some() { old } else { None }, new],
                    )?;
                }
            }
        }
        tx.execute(
            "UPDATE coverage SET updated_at = ?1, updated_by = ?2 WHERE id = ?3",
            params![stamp(at), by, id],
        )?;
        tx.commit()?;
        Ok(self.conn.query_row(
            &format!("SELECT {COLUMNS} FROM coverage WHERE id = ?1"),
            [id],
            from_row,
        )?)
    }

    /// Free care and low income of a person.
    pub fn care_access(&self, person_id: i64) -> StoreResult<CareAccess> {
        Ok(self
            .conn
            .query_row(
                "SELECT low_income, free_care_from, free_care_review FROM care_access WHERE person_id = ?1",
                [person_id],
                |r| {
                    Ok(CareAccess {
                        low_income: r.get(0)?,
                        free_care_from: date(r.get(1)?),
                        free_care_review: date(r.get(2)?),
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    /// Sets free care and low income of a person.
    pub fn set_care_access(
        &self,
        person_id: i64,
        a: &CareAccess,
        by: &str,
        at: NaiveDateTime,
    ) -> StoreResult<()> {
        self.write_one(
            "INSERT INTO care_access (person_id, low_income, free_care_from, free_care_review, updated_at, updated_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (person_id) DO UPDATE SET low_income = excluded.low_income,
                free_care_from = excluded.free_care_from, free_care_review = excluded.free_care_review,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            params![person_id, a.low_income, text(a.free_care_from), text(a.free_care_review), stamp(at), by],
        )?;
        Ok(())
    }

    /// How many routes per route and state, for the summary.
    pub fn coverage_counts(&self) -> StoreResult<Vec<(Route, State, u32)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.route, c.state, count(*) FROM coverage c JOIN person p ON p.id = c.person_id
             WHERE p.merged_into IS NULL GROUP BY c.route, c.state",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (route, state, n) = row?;
            if let (Some(route), Some(state)) = (Route::parse(&route), State::parse(&state)) {
                out.push((route, state, n));
            }
        }
        out.sort_by_key(|(r, s, _)| {
            (
                Route::ALL.iter().position(|x| x == r),
                State::ALL.iter().position(|x| x == s),
            )
        });
        Ok(out)
    }
}

impl Localised for CoverageError {
    fn msg(&self) -> Msg {
        use crate::domain::coverage::DateProblem;
        match self {
            CoverageError::Dates(DateProblem::InTheFuture) => Msg::new("coverage-error-future"),
            CoverageError::Dates(DateProblem::BeforeRequest) => {
                Msg::new("coverage-error-before-request")
            }
            CoverageError::Dates(DateProblem::NotifiedBeforeDecision) => {
                Msg::new("coverage-error-notified-before-decision")
            }
            CoverageError::Dates(DateProblem::ValidityEndsBeforeStart) => {
                Msg::new("coverage-error-validity")
            }
            CoverageError::NoRoute => Msg::new("coverage-error-route"),
            CoverageError::UnknownPerson(code) => {
                Msg::new("person-error-unknown-code").arg("code", code.as_str())
            }
            CoverageError::Store(s) => s.msg(),
        }
    }
}
