//! A team's session at a place on a day, and who was there.

use chrono::NaiveDate;
use rusqlite::params;

use super::places::{by_name, read_commune};
use super::{OResult, OutreachError, day_text};
use crate::store::Store;
use crate::store::persons::stamp;
use crate::store::queues::Actor;

/// A session as started at the desk or on the command line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewSession {
    /// The place, by name.
    pub place: String,
    /// A place not in the register yet, of this kind: added in the same transaction.
    pub new_place: Option<String>,
    /// The commune of that new place (name or postcode), if known.
    pub commune: Option<String>,
    pub day: Option<NaiveDate>,
    pub team: Option<String>,
    /// Staff present (the one who records it is added when the list is empty).
    pub staff: Vec<String>,
}

impl Store {
    /// Starts a session (one transaction): the place must exist and be open (or be new, with
    /// its kind); the day is not after today; the place's first visit is set by its first
    /// session. Returns the session id.
    pub fn start_session(&self, s: &NewSession, who: Actor<'_>) -> OResult<i64> {
        let day = s.day.unwrap_or(who.at.date());
        if day > who.at.date() {
            return Err(OutreachError::FutureDate(day));
        }
        let name =
            crate::domain::outreach::place_name(&s.place).map_err(OutreachError::PlaceName)?;
        let new_kind = match &s.new_place {
            None => None,
            Some(k) => Some(
                crate::domain::outreach::read_kind(k)
                    .ok_or_else(|| OutreachError::UnknownKind(k.clone()))?,
            ),
        };
        let commune = match new_kind {
            Some(_) => read_commune(s.commune.as_deref())?,
            None => None,
        };
        let team = s
            .team
            .as_deref()
            .map(crate::text::clean)
            .filter(|t| !t.is_empty());
        let mut staff: Vec<String> = s
            .staff
            .iter()
            .map(|n| crate::text::clean(n))
            .filter(|n| !n.is_empty())
            .collect();
        staff.dedup();
        if staff.is_empty() {
            staff.push(who.by.to_string());
        }
        let new_place = new_kind.map(|kind| (kind, commune.as_deref()));
        self.immediate(|c| insert_session(c, &name, new_place, day, team.as_deref(), &staff, who))
    }
}

/// Writes a session inside the caller's transaction (the desk's and the command line's act,
/// and `seuil generate`): the place, new when `new_place` gives its kind (and commune); the
/// place's first visit.
pub(crate) fn insert_session(
    c: &rusqlite::Connection,
    name: &str,
    new_place: Option<(&str, Option<&str>)>,
    day: NaiveDate,
    team: Option<&str>,
    staff: &[String],
    who: Actor<'_>,
) -> OResult<i64> {
    let place_id = match (by_name(c, name)?, new_place) {
        (Some(p), _) if p.closed_at.is_some() => {
            return Err(OutreachError::PlaceClosed(p.name));
        }
        (Some(p), _) => p.id,
        (None, Some((kind, commune))) => {
            c.execute(
                &format!(
                    "INSERT INTO place (id, name, kind, commune, created_at, created_by)
                     VALUES ({ID}, ?1, ?2, ?3, ?4, ?5)",
                    ID = crate::store::ids::next("place")
                ),
                params![name, kind, commune, stamp(who.at), who.by],
            )?;
            c.last_insert_rowid()
        }
        (None, None) => return Err(OutreachError::UnknownPlace(name.to_string())),
    };
    let day = day_text(day);
    c.execute(
        &format!(
            "INSERT INTO outreach_session (id, place_id, day, team, created_at, created_by)
             VALUES ({ID}, ?1, ?2, ?3, ?4, ?5)",
            ID = crate::store::ids::next("outreach_session")
        ),
        params![place_id, day, team, stamp(who.at), who.by],
    )?;
    let id = c.last_insert_rowid();
    let mut add = c.prepare_cached(
        "INSERT OR IGNORE INTO outreach_staff (session_id, staff) VALUES (?1, ?2)",
    )?;
    for name in staff {
        add.execute(params![id, name])?;
    }
    c.execute(
        "UPDATE place SET first_visit = ?1
             WHERE id = ?2 AND (first_visit IS NULL OR first_visit > ?1)",
        params![day, place_id],
    )?;
    Ok(id)
}
