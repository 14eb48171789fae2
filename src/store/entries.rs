//! A ticket as read back: the row of the queue with its person and service.

use crate::domain::queue::{Priority, Status};
use rusqlite::Row;

/// A ticket in a queue, with what the queue screen shows of its person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: i64,
    pub person_id: i64,
    pub person_code: String,
    /// Name or alias, for the workers' screens only (never the waiting-room board).
    pub person_name: Option<String>,
    pub service_id: i64,
    pub service_code: String,
    pub ticket: String,
    pub priority: Priority,
    pub status: Status,
    pub note: Option<String>,
    pub arrived_at: String,
    pub called_at: Option<String>,
    pub calls: u32,
    pub room: Option<String>,
    pub desk: Option<String>,
    /// The person has free care while their coverage is sorted out.
    pub free_care: bool,
    /// The language the person needs an intercultural mediator in, if they do.
    pub mediation: Option<String>,
    /// Names of the mediators who joined this consultation, first come first.
    pub mediators: Vec<String>,
}

pub(super) const ENTRY: &str = "SELECT e.id, e.person_id, p.code, p.given_name, p.family_name, p.alias, e.service_id,
        s.code, e.ticket, e.priority, e.status, e.note, e.arrived_at, e.called_at, e.calls, e.room, e.desk,
        (SELECT a.free_care_from IS NOT NULL FROM care_access a WHERE a.person_id = e.person_id),
        (SELECT m.language FROM mediation_need m WHERE m.person_id IN
            (SELECT e.person_id UNION ALL SELECT id FROM person WHERE merged_into = e.person_id)
         ORDER BY m.person_id <> e.person_id LIMIT 1),
        (SELECT group_concat(staff, char(31)) FROM
            (SELECT j.staff FROM mediation j WHERE j.entry_id = e.id ORDER BY j.joined_at, j.id))
    FROM queue_entry e JOIN person p ON p.id = e.person_id JOIN service s ON s.id = e.service_id";

pub(super) fn entry_from_row(r: &Row<'_>) -> rusqlite::Result<Entry> {
    let names: Vec<String> = [r.get::<_, Option<String>>(3)?, r.get(4)?]
        .into_iter()
        .flatten()
        .collect();
    let alias: Option<String> = r.get(5)?;
    let priority: String = r.get(9)?;
    let status: String = r.get(10)?;
    Ok(Entry {
        id: r.get(0)?,
        person_id: r.get(1)?,
        person_code: r.get(2)?,
        person_name: if names.is_empty() {
            alias
        } else {
            Some(names.join(" "))
        },
        service_id: r.get(6)?,
        service_code: r.get(7)?,
        ticket: r.get(8)?,
        priority: Priority::parse(&priority).unwrap_or(Priority::Normal),
        status: Status::parse(&status).unwrap_or(Status::Waiting),
        note: r.get(11)?,
        arrived_at: r.get(12)?,
        called_at: r.get(13)?,
        calls: r.get(14)?,
        room: r.get(15)?,
        desk: r.get(16)?,
        free_care: r.get::<_, Option<bool>>(17)?.unwrap_or(false),
        mediation: r.get(18)?,
        mediators: r
            .get::<_, Option<String>>(19)?
            .map(|names| names.split('\u{1f}').map(str::to_string).collect())
            .unwrap_or_default(),
    })
}
