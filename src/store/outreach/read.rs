//! Reading sessions, contacts and the figures of a session or a period.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{OResult, day_text};
use crate::domain::outreach::Totals;
use crate::store::Store;

/// A session with its place, staff and figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionRow {
    pub id: i64,
    pub day: String,
    pub place: String,
    pub kind: String,
    pub team: Option<String>,
    pub staff: Vec<String>,
    pub totals: Totals,
}

/// A contact as shown and exported (contacts taken back are marked, reversing rows left out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactRow {
    pub id: i64,
    pub session_id: i64,
    pub day: String,
    pub place: String,
    pub person: Option<String>,
    pub people: u32,
    pub sex: String,
    pub age_band: String,
    pub new: bool,
    pub care: Option<String>,
    pub information: bool,
    pub referral: Option<String>,
    pub accompanied_to: Option<String>,
    /// Material given: `code=N`, in the list's order.
    pub given: Vec<(String, u32)>,
    pub vaccine: Option<String>,
    pub at: String,
    pub by: String,
    pub reversed: bool,
}

/// A vaccination, with what the national register asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VaccinationRow {
    pub vaccine: String,
    pub lot: String,
    pub dose_number: u32,
    pub reaction: Option<String>,
    pub given_on: String,
    pub place: Option<String>,
    pub vaccinator: String,
}

/// Contacts that count: neither a reversing row nor taken back.
const STANDING: &str = "+k.reverses IS NULL
    AND NOT EXISTS (SELECT 1 FROM outreach_contact r WHERE r.reverses = k.id)";

fn totals_of(
    store: &Store,
    sessions: &str,
    new_places: &str,
    args: &[&dyn rusqlite::ToSql],
) -> OResult<Totals> {
    // Each part read once (materialised), the vaccinations looked up by the contacts kept.
    let sql = format!(
        "WITH s AS MATERIALIZED ({sessions}),
              k AS MATERIALIZED (SELECT k.id, k.people, k.new, k.accompanied_to
                  FROM outreach_contact k JOIN s ON s.id = k.session_id WHERE {STANDING})
         SELECT (SELECT count(*) FROM s),
                (SELECT count(DISTINCT place_id) FROM s),
                ({new_places}),
                (SELECT coalesce(sum(people), 0) FROM k),
                (SELECT coalesce(sum(people), 0) FROM k WHERE new),
                (SELECT count(*) FROM k WHERE accompanied_to IS NOT NULL),
                (SELECT count(*) FROM vaccination v WHERE v.contact_id IN (SELECT id FROM k))"
    );
    let mut stmt = store.conn.prepare_cached(&sql)?;
    Ok(stmt.query_row(args, |r| {
        Ok(Totals {
            sessions: r.get(0)?,
            places_visited: r.get(1)?,
            new_places: r.get(2)?,
            contacts: r.get(3)?,
            new_contacts: r.get(4)?,
            accompaniments: r.get(5)?,
            vaccinations: r.get(6)?,
        })
    })?)
}

const CONTACT: &str =
    "SELECT k.id, k.session_id, s.day, pl.name, p.code, k.people, k.sex, k.age_band,
        k.new, k.care, k.information, k.referral, pa.name,
        (SELECT group_concat(l.item || '=' || l.count, ' ') FROM counter_line l
           JOIN counter_item i ON i.code = l.item WHERE l.exchange_id = k.exchange_id),
        (SELECT v.vaccine FROM vaccination v WHERE v.contact_id = k.id),
        k.at, k.by,
        EXISTS (SELECT 1 FROM outreach_contact r WHERE r.reverses = k.id)
    FROM outreach_contact k
    JOIN outreach_session s ON s.id = k.session_id
    JOIN place pl ON pl.id = s.place_id
    LEFT JOIN person p ON p.id = k.person_id
    LEFT JOIN partner pa ON pa.id = k.accompanied_to";

fn contact_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ContactRow> {
    let given: Option<String> = r.get(13)?;
    Ok(ContactRow {
        id: r.get(0)?,
        session_id: r.get(1)?,
        day: r.get(2)?,
        place: r.get(3)?,
        person: r.get(4)?,
        people: r.get(5)?,
        sex: r.get(6)?,
        age_band: r.get(7)?,
        new: r.get(8)?,
        care: r.get(9)?,
        information: r.get(10)?,
        referral: r.get(11)?,
        accompanied_to: r.get(12)?,
        given: given
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|w| w.split_once('='))
            .map(|(i, n)| (i.to_string(), n.parse().unwrap_or(0)))
            .collect(),
        vaccine: r.get(14)?,
        at: r.get(15)?,
        by: r.get(16)?,
        reversed: r.get(17)?,
    })
}

impl Store {
    /// The figures of the sessions from `from` to `to` (days included).
    pub fn outreach_totals(&self, from: NaiveDate, to: NaiveDate) -> OResult<Totals> {
        totals_of(
            self,
            "SELECT id, place_id FROM outreach_session WHERE day BETWEEN ?1 AND ?2",
            "SELECT count(*) FROM place WHERE first_visit BETWEEN ?1 AND ?2",
            &[&day_text(from), &day_text(to)],
        )
    }

    /// The figures of one session: its place is new when this is the first session there.
    /// Read straight from the session's contacts (its index), not through the period's query:
    /// a year's list reads it for every session.
    pub fn session_totals(&self, id: i64) -> OResult<Totals> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "WITH k AS (SELECT k.id, k.people, k.new, k.accompanied_to FROM outreach_contact k
                        WHERE k.session_id = ?1 AND {STANDING})
             SELECT (SELECT count(*) FROM outreach_session WHERE id = ?1),
                    (SELECT count(*) FROM outreach_session s JOIN place p ON p.id = s.place_id
                     WHERE s.id = ?1 AND p.first_visit = s.day
                       AND NOT EXISTS (SELECT 1 FROM outreach_session o WHERE o.place_id = p.id
                                       AND o.day = s.day AND o.id < s.id)),
                    (SELECT coalesce(sum(people), 0) FROM k),
                    (SELECT coalesce(sum(people), 0) FROM k WHERE new),
                    (SELECT count(*) FROM k WHERE accompanied_to IS NOT NULL),
                    (SELECT count(*) FROM vaccination v JOIN k ON k.id = v.contact_id)"
        ))?;
        Ok(stmt.query_row([id], |r| {
            let sessions: u32 = r.get(0)?;
            Ok(Totals {
                sessions,
                places_visited: sessions,
                new_places: r.get(1)?,
                contacts: r.get(2)?,
                new_contacts: r.get(3)?,
                accompaniments: r.get(4)?,
                vaccinations: r.get(5)?,
            })
        })?)
    }

    /// Sessions from `from` to `to`, by day then id, each with its figures.
    pub fn sessions(&self, from: NaiveDate, to: NaiveDate) -> OResult<Vec<SessionRow>> {
        let ids: Vec<i64> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id FROM outreach_session WHERE day BETWEEN ?1 AND ?2 ORDER BY day, id",
            )?;
            stmt.query_map(params![day_text(from), day_text(to)], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(self.session(id)?);
        }
        Ok(out)
    }

    /// One session, with its figures.
    pub fn session(&self, id: i64) -> OResult<Option<SessionRow>> {
        let row: Option<(String, String, String, Option<String>)> = self
            .conn
            .query_row(
                "SELECT s.day, p.name, p.kind, s.team FROM outreach_session s
                 JOIN place p ON p.id = s.place_id WHERE s.id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((day, place, kind, team)) = row else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT staff FROM outreach_staff WHERE session_id = ?1 ORDER BY staff",
        )?;
        let staff = stmt
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(Some(SessionRow {
            id,
            day,
            place,
            kind,
            team,
            staff,
            totals: self.session_totals(id)?,
        }))
    }

    /// The last `limit` contacts of a session, newest first (reversing rows left out).
    pub fn session_contacts(&self, id: i64, limit: usize) -> OResult<Vec<ContactRow>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{CONTACT} WHERE k.session_id = ?1 AND +k.reverses IS NULL ORDER BY k.id DESC LIMIT ?2"
        ))?;
        let rows = stmt
            .query_map(
                params![id, i64::try_from(limit).unwrap_or(i64::MAX)],
                contact_from_row,
            )?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// A person's outreach contacts (and those of records merged into them), newest first.
    pub fn person_contacts(&self, person_id: i64) -> OResult<Vec<ContactRow>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{CONTACT} WHERE k.person_id IN (SELECT ?1 UNION SELECT id FROM person WHERE merged_into = ?1)
                 AND +k.reverses IS NULL ORDER BY s.day DESC, k.id DESC"
        ))?;
        let rows = stmt
            .query_map([person_id], contact_from_row)?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// A person's vaccinations (contacts taken back left out), newest first.
    pub fn person_vaccinations(&self, person_id: i64) -> OResult<Vec<VaccinationRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT v.vaccine, v.lot, v.dose_number, v.reaction, v.given_on, pl.name, v.vaccinator
             FROM vaccination v LEFT JOIN place pl ON pl.id = v.place_id
             WHERE v.person_id IN (SELECT ?1 UNION SELECT id FROM person WHERE merged_into = ?1)
               AND NOT EXISTS (SELECT 1 FROM outreach_contact r WHERE r.reverses = v.contact_id)
             ORDER BY v.given_on DESC, v.id DESC",
        )?;
        let rows = stmt
            .query_map([person_id], |r| {
                Ok(VaccinationRow {
                    vaccine: r.get(0)?,
                    lot: r.get(1)?,
                    dose_number: r.get(2)?,
                    reaction: r.get(3)?,
                    given_on: r.get(4)?,
                    place: r.get(5)?,
                    vaccinator: r.get(6)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }
}

impl Store {
    /// The counter's items still given that have a key, in the list's order (code, key): the
    /// street's material row.
    pub fn outreach_items(&self) -> OResult<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT code, key FROM counter_item WHERE removed_at IS NULL AND key IS NOT NULL
             ORDER BY position, code",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }
}
