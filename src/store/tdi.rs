//! TDI treatment episodes: opened at the start of a treatment, completed later, listed per
//! person and per year, and the proposal of a new one (never opened silently).

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::persons::stamp;
use super::queues::Actor;
use super::{Person, Store, StoreError};
use crate::domain::tdi::{self, Due, ItemError, Items, Known};
use crate::i18n::{Localised, Msg};

/// An episode as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Episode {
    pub id: i64,
    pub person_id: i64,
    /// The code of the person's record (the kept one when records were merged).
    pub person_code: String,
    pub started: NaiveDate,
    pub items: Items,
    pub opened_at: String,
    pub opened_by: String,
    pub desk: Option<String>,
    pub changed_at: Option<String>,
}

/// A new episode: its start and the answers given (item key, value as typed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewEpisode {
    pub started: Option<NaiveDate>,
    pub items: Vec<(String, String)>,
}

/// Why an episode act was refused; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum TdiError {
    #[error("no person with code {0}")]
    UnknownPerson(String),
    #[error("no episode {0}")]
    UnknownEpisode(i64),
    #[error("bad value for a TDI item")]
    Item(ItemError),
    #[error("{0} already has an episode starting {1}")]
    SameDay(String, NaiveDate),
    #[error("an episode cannot start after today ({0})")]
    Future(NaiveDate),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for TdiError {
    fn from(e: rusqlite::Error) -> Self {
        TdiError::Store(StoreError::from(e))
    }
}

impl Localised for TdiError {
    fn msg(&self) -> Msg {
        match self {
            TdiError::UnknownPerson(code) => {
                Msg::new("person-error-unknown-code").arg("code", code.as_str())
            }
            TdiError::UnknownEpisode(id) => Msg::new("tdi-error-unknown-episode").arg("id", *id),
            TdiError::Item(e) => e.msg(),
            TdiError::SameDay(code, day) => Msg::new("tdi-error-same-day")
                .arg("code", code.as_str())
                .arg("date", day.to_string()),
            TdiError::Future(day) => Msg::new("tdi-error-future").arg("date", day.to_string()),
            TdiError::Store(e) => e.msg(),
        }
    }
}

type TResult<T> = Result<T, TdiError>;

/// The ids of a person's record and of every record merged into it, at any depth.
const GROUP: &str = "WITH RECURSIVE grp(id) AS (SELECT ?1 UNION
     SELECT p.id FROM person p JOIN grp ON p.merged_into = grp.id)";

const EPISODE: &str = "SELECT e.id, e.person_id, e.started, e.items, e.opened_at, e.opened_by,
     e.desk, e.changed_at FROM tdi_episode e";

fn episode_from_row(r: &Row<'_>) -> rusqlite::Result<Episode> {
    let started: String = r.get(2)?;
    let items: String = r.get(3)?;
    Ok(Episode {
        id: r.get(0)?,
        person_id: r.get(1)?,
        person_code: String::new(),
        started: NaiveDate::parse_from_str(&started, "%Y-%m-%d").unwrap_or_default(),
        items: Items::from_json(&items),
        opened_at: r.get(4)?,
        opened_by: r.get(5)?,
        desk: r.get(6)?,
        changed_at: r.get(7)?,
    })
}

/// The record a merged one was merged into, at any depth (the record itself when not merged).
fn kept_id(c: &Connection, person_id: i64) -> TResult<Option<i64>> {
    let mut id = person_id;
    for _ in 0..64 {
        let merged: Option<Option<i64>> = c
            .query_row("SELECT merged_into FROM person WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        match merged {
            None => return Ok(None),
            Some(None) => return Ok(Some(id)),
            Some(Some(next)) => id = next,
        }
    }
    Ok(Some(id))
}

fn code_of(c: &Connection, person_id: i64) -> TResult<String> {
    Ok(
        c.query_row("SELECT code FROM person WHERE id = ?1", [person_id], |r| {
            r.get(0)
        })?,
    )
}

/// Episodes matching `filter` (SQL after WHERE, `?1` bound to `arg`), each with the code of
/// the record it belongs to now.
fn episodes_where(
    c: &Connection,
    filter: &str,
    arg: &dyn rusqlite::ToSql,
) -> TResult<Vec<Episode>> {
    let mut stmt = c.prepare_cached(&format!(
        "{EPISODE} WHERE {filter} ORDER BY e.started, e.id"
    ))?;
    let rows: Vec<Episode> = stmt
        .query_map([arg], episode_from_row)?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for mut e in rows {
        let kept = kept_id(c, e.person_id)?.unwrap_or(e.person_id);
        e.person_code = code_of(c, kept)?;
        out.push(e);
    }
    Ok(out)
}

/// Checks the answers given against the start date, into the items to store.
fn checked(base: Items, pairs: &[(String, String)], started: NaiveDate) -> TResult<Items> {
    let mut items = base;
    for (key, value) in pairs {
        items.set(key, value, started).map_err(TdiError::Item)?;
    }
    Ok(items)
}

impl Store {
    /// The person a code names, following a merge to the record kept.
    pub fn tdi_person(&self, code: &str) -> TResult<Person> {
        let p = self
            .person_by_code(code)?
            .ok_or_else(|| TdiError::UnknownPerson(code.to_string()))?;
        self.kept_person(p.id)
    }

    /// A person's record, or the one it was merged into (at any depth).
    pub fn kept_person(&self, person_id: i64) -> TResult<Person> {
        let unknown = || TdiError::UnknownPerson(person_id.to_string());
        let kept = kept_id(&self.conn, person_id)?.ok_or_else(unknown)?;
        self.person(kept)?.ok_or_else(unknown)
    }

    /// Opens an episode for a person (a merged record's episode goes to the record kept), in
    /// one transaction: what the record says comes first ([`Store::tdi_prefill`]), then the
    /// answers given, each checked; one bad value writes nothing. The start is today when not
    /// given. Refused when the person already has an episode starting that day, or when it
    /// starts after today.
    pub fn open_episode(&self, person_id: i64, new: &NewEpisode, who: Actor) -> TResult<Episode> {
        let today = who.at.date();
        let started = new.started.unwrap_or(today);
        if started > today {
            return Err(TdiError::Future(started));
        }
        let id = self.immediate(|c| -> TResult<i64> {
            let kept = kept_id(c, person_id)?
                .ok_or_else(|| TdiError::UnknownPerson(person_id.to_string()))?;
            let items = checked(self.tdi_prefill(kept, started)?, &new.items, started)?;
            let same: bool = c.query_row(
                &format!(
                    "{GROUP} SELECT EXISTS (SELECT 1 FROM tdi_episode
                     WHERE person_id IN grp AND started = ?2)"
                ),
                params![kept, started.to_string()],
                |r| r.get(0),
            )?;
            if same {
                return Err(TdiError::SameDay(code_of(c, kept)?, started));
            }
            c.execute(
                &format!("INSERT INTO tdi_episode (id, person_id, started, items, opened_at, opened_by, desk)
                 VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6)", ID = crate::store::ids::next("tdi_episode")),
                params![
                    kept,
                    started.to_string(),
                    items.to_json(),
                    stamp(who.at),
                    who.by,
                    who.desk
                ],
            )?;
            Ok(c.last_insert_rowid())
        })?;
        self.episode(id)?.ok_or(TdiError::UnknownEpisode(id))
    }

    /// Completes or corrects an episode's answers later (and its start date, when given), in
    /// one transaction; one bad value writes nothing. `changed_at` says when.
    pub fn set_episode(
        &self,
        id: i64,
        started: Option<NaiveDate>,
        pairs: &[(String, String)],
        at: NaiveDateTime,
    ) -> TResult<Episode> {
        self.immediate(|c| -> TResult<()> {
            let found = episodes_where(c, "e.id = ?1", &id)?;
            let e = found.first().ok_or(TdiError::UnknownEpisode(id))?;
            let start = started.unwrap_or(e.started);
            if start > at.date() {
                return Err(TdiError::Future(start));
            }
            let items = checked(e.items.clone(), pairs, start)?;
            if started.is_some_and(|s| s != e.started) {
                let same: bool = c.query_row(
                    &format!(
                        "{GROUP} SELECT EXISTS (SELECT 1 FROM tdi_episode
                         WHERE person_id IN grp AND started = ?2 AND id <> ?3)"
                    ),
                    params![e.person_id, start.to_string(), id],
                    |r| r.get(0),
                )?;
                if same {
                    return Err(TdiError::SameDay(e.person_code.clone(), start));
                }
            }
            c.execute(
                "UPDATE tdi_episode SET started = ?1, items = ?2, changed_at = ?3 WHERE id = ?4",
                params![start.to_string(), items.to_json(), stamp(at), id],
            )?;
            Ok(())
        })?;
        self.episode(id)?.ok_or(TdiError::UnknownEpisode(id))
    }

    /// One episode.
    pub fn episode(&self, id: i64) -> TResult<Option<Episode>> {
        Ok(episodes_where(&self.conn, "e.id = ?1", &id)?
            .into_iter()
            .next())
    }

    /// A person's episodes, oldest first, those of records merged into theirs included.
    pub fn episodes_of(&self, person_id: i64) -> TResult<Vec<Episode>> {
        let kept = kept_id(&self.conn, person_id)?.unwrap_or(person_id);
        let filter = "e.person_id IN (WITH RECURSIVE grp(id) AS (SELECT ?1 UNION
             SELECT p.id FROM person p JOIN grp ON p.merged_into = grp.id) SELECT id FROM grp)";
        episodes_where(&self.conn, filter, &kept)
    }

    /// The episodes started in a year, oldest first.
    pub fn episodes_of_year(&self, year: i32) -> TResult<Vec<Episode>> {
        episodes_where(
            &self.conn,
            "substr(e.started, 1, 4) = ?1",
            &format!("{year:04}"),
        )
    }

    /// The days the person (and the records merged into theirs) had contact with the
    /// treatment services: doses (a reversed one or a reversal is none), prescriptions.
    fn treatment_contacts(&self, kept: i64) -> TResult<Vec<NaiveDate>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{GROUP} SELECT day FROM dose_event WHERE person_id IN grp AND outcome <> 'reversal'
                 AND id NOT IN (SELECT reverses FROM dose_event WHERE reverses IS NOT NULL)
             UNION SELECT starts FROM prescription WHERE person_id IN grp"
        ))?;
        let days: Vec<String> = stmt
            .query_map([kept], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(days
            .iter()
            .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .collect())
    }

    /// Whether to propose a new episode to a person today (see [`tdi::due`]): they start
    /// treatment, or come back after six months without contact. Only a proposal.
    pub fn tdi_due(&self, person_id: i64, today: NaiveDate) -> TResult<Option<Due>> {
        let kept = kept_id(&self.conn, person_id)?
            .ok_or_else(|| TdiError::UnknownPerson(person_id.to_string()))?;
        let episodes: Vec<NaiveDate> = self.episodes_of(kept)?.iter().map(|e| e.started).collect();
        Ok(tdi::due(&episodes, &self.treatment_contacts(kept)?, today))
    }

    /// The answers the person's record gives a new episode starting `started`.
    pub fn tdi_prefill(&self, person_id: i64, started: NaiveDate) -> TResult<Items> {
        let kept = kept_id(&self.conn, person_id)?
            .ok_or_else(|| TdiError::UnknownPerson(person_id.to_string()))?;
        let p = self
            .person(kept)?
            .ok_or_else(|| TdiError::UnknownPerson(person_id.to_string()))?;
        let earlier = self
            .episodes_of(kept)?
            .iter()
            .filter(|e| e.started < started)
            .count();
        Ok(tdi::prefill(
            &Known {
                sex: p.sex,
                birth_year: p.birth_year,
                nationality: p.nationality.as_deref(),
                niss: p.niss.as_deref(),
                earlier_episodes: earlier,
            },
            started,
        ))
    }
}
