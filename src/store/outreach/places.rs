//! The register of places the teams visit: a coded name, a kind, the commune; no GPS.

use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::{OResult, OutreachError};
use crate::domain::{communes, outreach};
use crate::store::Store;
use crate::store::persons::stamp;
use crate::store::queues::Actor;

/// A place as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    pub id: i64,
    pub name: String,
    pub kind: String,
    /// The commune's key (its main postcode), when said.
    pub commune: Option<String>,
    /// The day of the first session there.
    pub first_visit: Option<String>,
    pub closed_at: Option<String>,
}

impl Place {
    /// The commune's French name (or what is stored when it is not a Brussels commune).
    pub fn commune_name(&self) -> Option<String> {
        self.commune
            .as_deref()
            .map(|c| communes::find(c).map_or_else(|| c.to_string(), |k| k.fr.to_string()))
    }
}

pub(super) const COLUMNS: &str = "id, name, kind, commune, first_visit, closed_at";

pub(super) fn place_from_row(r: &Row<'_>) -> rusqlite::Result<Place> {
    Ok(Place {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        commune: r.get(3)?,
        first_visit: r.get(4)?,
        closed_at: r.get(5)?,
    })
}

pub(super) fn by_name(c: &rusqlite::Connection, name: &str) -> OResult<Option<Place>> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    Ok(c.query_row(
        &format!("SELECT {COLUMNS} FROM place WHERE name = ?1"),
        [name],
        place_from_row,
    )
    .optional()?)
}

/// A commune as typed (name or postcode, any of its languages), as stored; empty is none.
pub(crate) fn read_commune(typed: Option<&str>) -> OResult<Option<String>> {
    match typed.map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(None),
        Some(typed) => communes::find(typed)
            .map(|c| Some(c.key.to_string()))
            .ok_or_else(|| OutreachError::UnknownCommune(typed.into())),
    }
}

impl Store {
    /// Adds a place (one transaction). The name must hold a letter or digit and not be taken
    /// (in any case); the kind one of [`outreach::PLACE_KINDS`]; the commune, when given, a
    /// Brussels commune by name or postcode.
    pub fn add_place(
        &self,
        name: &str,
        kind: &str,
        commune: Option<&str>,
        who: Actor<'_>,
    ) -> OResult<Place> {
        let name = outreach::place_name(name).map_err(OutreachError::PlaceName)?;
        let kind =
            outreach::read_kind(kind).ok_or_else(|| OutreachError::UnknownKind(kind.into()))?;
        let commune = read_commune(commune)?;
        self.immediate(|c| {
            if let Some(taken) = by_name(c, &name)? {
                return Err(OutreachError::DuplicatePlace(taken.name));
            }
            c.execute(
                &format!(
                    "INSERT INTO place (id, name, kind, commune, created_at, created_by)
                 VALUES ({ID}, ?1, ?2, ?3, ?4, ?5)",
                    ID = crate::store::ids::next("place")
                ),
                params![name, kind, commune, stamp(who.at), who.by],
            )?;
            let id = c.last_insert_rowid();
            Ok(c.query_row(
                &format!("SELECT {COLUMNS} FROM place WHERE id = ?1"),
                [id],
                place_from_row,
            )?)
        })
    }

    /// Every place, active ones first, by name.
    pub fn places(&self) -> OResult<Vec<Place>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM place ORDER BY closed_at IS NOT NULL, name"
        ))?;
        let rows = stmt
            .query_map([], place_from_row)?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// A place by its name (any case).
    pub fn place_named(&self, name: &str) -> OResult<Option<Place>> {
        by_name(&self.conn, name)
    }

    /// Closes a place: no new session there; its sessions stay counted.
    pub fn close_place(&self, name: &str, who: Actor<'_>) -> OResult<Place> {
        self.immediate(|c| {
            let place =
                by_name(c, name)?.ok_or_else(|| OutreachError::UnknownPlace(name.into()))?;
            if place.closed_at.is_some() {
                return Err(OutreachError::PlaceClosed(place.name));
            }
            let at = stamp(who.at);
            c.execute(
                "UPDATE place SET closed_at = ?1 WHERE id = ?2",
                params![at, place.id],
            )?;
            Ok(Place {
                closed_at: Some(at),
                ..place
            })
        })
    }
}

/// The active places whose name holds every word typed (any case, accents ignored).
pub fn matching<'a>(typed: &str, places: &'a [Place]) -> Vec<&'a Place> {
    let fold = |s: &str| deunicode::deunicode(s).to_lowercase();
    let words: Vec<String> = fold(typed).split_whitespace().map(str::to_string).collect();
    places
        .iter()
        .filter(|p| p.closed_at.is_none())
        .filter(|p| {
            let name = fold(&p.name);
            words.iter().all(|w| name.contains(w.as_str()))
        })
        .collect()
}
