//! The site's services: names in every language, ticket letter, rooms, open or closed, order.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, Row, params};

use super::persons::stamp;
use super::queues::{QResult, QueueError};
use super::{Store, StoreError};
use crate::i18n::Lang;

/// A service of the site (medical, nursing, dispensary…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    pub id: i64,
    pub code: String,
    pub letter: String,
    pub names: BTreeMap<String, String>,
    pub rooms: String,
    pub open: bool,
    pub position: i64,
}

impl Service {
    /// The service's name in a language, or in French, or its code.
    pub fn name(&self, lang: Lang) -> &str {
        self.names
            .get(lang.code())
            .or_else(|| self.names.get("fr"))
            .map(String::as_str)
            .unwrap_or(&self.code)
    }

    /// The first room, where a called person is sent unless the desk says otherwise.
    pub fn first_room(&self) -> Option<&str> {
        self.rooms.split(',').map(str::trim).find(|r| !r.is_empty())
    }
}

fn service_from_row(r: &Row<'_>) -> rusqlite::Result<Service> {
    let names: String = r.get(3)?;
    Ok(Service {
        id: r.get(0)?,
        code: r.get(1)?,
        letter: r.get(2)?,
        names: serde_json::from_str(&names).unwrap_or_default(),
        rooms: r.get(4)?,
        open: r.get(5)?,
        position: r.get(6)?,
    })
}

const SERVICE: &str = "SELECT id, code, letter, names, rooms, open, position FROM service";

impl Store {
    /// Services of the site, in their order (removed ones left out).
    pub fn services(&self) -> Result<Vec<Service>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SERVICE} WHERE removed_at IS NULL ORDER BY position, id"
        ))?;
        Ok(stmt
            .query_map([], service_from_row)?
            .collect::<Result<_, _>>()?)
    }

    /// A service by its code (any case).
    pub fn service(&self, code: &str) -> Result<Option<Service>, StoreError> {
        Ok(self
            .conn
            .query_row(
                &format!("{SERVICE} WHERE upper(code) = upper(?1) AND removed_at IS NULL"),
                [code.trim()],
                service_from_row,
            )
            .optional()?)
    }

    /// Changes a service's settings (names, rooms, open, order) in one transaction.
    pub fn save_service(&self, s: &Service) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE service SET letter = ?1, names = ?2, rooms = ?3, open = ?4, position = ?5 WHERE id = ?6",
            params![s.letter, serde_json::to_string(&s.names).unwrap_or_default(), s.rooms, s.open, s.position, s.id],
        )?;
        Ok(())
    }

    /// Adds a service at the end of the order; its code is its letter.
    pub fn add_service(
        &self,
        letter: &str,
        names: &BTreeMap<String, String>,
        rooms: &str,
    ) -> QResult<Service> {
        let exists: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM service WHERE (code = ?1 OR letter = ?1) AND removed_at IS NULL",
                [letter],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_some() {
            return Err(QueueError::LetterTaken(letter.to_string()));
        }
        self.conn.execute(
            "INSERT INTO service (code, letter, names, rooms, position)
             VALUES (?1, ?1, ?2, ?3, (SELECT coalesce(max(position), 0) + 1 FROM service))
             ON CONFLICT (code) DO UPDATE SET names = excluded.names, rooms = excluded.rooms,
                 position = excluded.position, open = 1, removed_at = NULL",
            params![
                letter,
                serde_json::to_string(names).unwrap_or_default(),
                rooms
            ],
        )?;
        self.service(letter)?
            .ok_or_else(|| QueueError::UnknownService(letter.to_string()))
    }

    /// Removes a service from the site. Refused while someone still holds an open ticket for it
    /// (transfer them first, or close the service instead); its history stays.
    pub fn remove_service(&self, code: &str, at: NaiveDateTime) -> QResult<()> {
        let service = self
            .service(code)?
            .ok_or_else(|| QueueError::UnknownService(code.to_string()))?;
        self.immediate(|c| -> QResult<()> {
            let open: i64 = c.query_row(
                "SELECT count(*) FROM queue_entry WHERE service_id = ?1
                 AND status IN ('waiting', 'called', 'in_service', 'stepped_out')",
                [service.id],
                |r| r.get(0),
            )?;
            if open > 0 {
                return Err(QueueError::StillWaiting(service.code.clone(), open));
            }
            c.execute(
                "UPDATE service SET removed_at = ?1 WHERE id = ?2",
                params![stamp(at), service.id],
            )?;
            Ok(())
        })
    }

    /// Moves a service one place up (`-1`) or down (`+1`) in the order.
    pub fn move_service(&self, code: &str, step: i64) -> QResult<()> {
        let list = self.services()?;
        let Some(at) = list.iter().position(|s| s.code == code) else {
            return Err(QueueError::UnknownService(code.to_string()));
        };
        let to = at as i64 + step;
        if to < 0 || to as usize >= list.len() {
            return Ok(());
        }
        self.immediate(|c| -> QResult<()> {
            for (i, s) in list.iter().enumerate() {
                let position = match i as i64 {
                    i if i == at as i64 => to,
                    i if i == to => at as i64,
                    i => i,
                };
                c.execute(
                    "UPDATE service SET position = ?1 WHERE id = ?2",
                    params![position + 1, s.id],
                )?;
            }
            Ok(())
        })
    }
}
