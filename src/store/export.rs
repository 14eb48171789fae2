//! Everything held about one person, for their right of access.

use rusqlite::params;
use serde_json::{Value, json};

use super::{Store, StoreResult};

/// The person `?1` and every record merged into them, however many merges deep.
const IDS: &str = "WITH RECURSIVE ids(id) AS (SELECT ?1 UNION SELECT p.id FROM person p JOIN ids ON p.merged_into = ids.id) ";

/// Rows of one query as JSON objects (column name → value); the query may name `ids`.
fn rows(store: &Store, sql: &str, id: i64) -> StoreResult<Vec<Value>> {
    let mut stmt = store.conn.prepare(&format!("{IDS}{sql}"))?;
    let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
    let out = stmt
        .query_map(params![id], |r| {
            let mut obj = serde_json::Map::new();
            for (i, name) in names.iter().enumerate() {
                let v = match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Null => Value::Null,
                    rusqlite::types::ValueRef::Integer(n) => json!(n),
                    rusqlite::types::ValueRef::Real(f) => json!(f),
                    rusqlite::types::ValueRef::Text(t) => json!(String::from_utf8_lossy(t)),
                    rusqlite::types::ValueRef::Blob(_) => Value::Null,
                };
                obj.insert(name.clone(), v);
            }
            Ok(Value::Object(obj))
        })?
        .collect::<Result<_, _>>()?;
    Ok(out)
}

impl Store {
    /// Everything held about a person and the records merged into them (what a merge leaves
    /// on the merged record is theirs too): record, change
    /// history, visits, tickets and their events, appointments, coverage routes and their
    /// history, free care, treatment, what the counter gave them (naloxone kits and reversals
    /// reported included), outreach contacts and vaccinations, merges. `None` when no person has
    /// that id.
    pub fn export_person(&self, id: i64) -> StoreResult<Option<Value>> {
        let Some(person) = rows(self, "SELECT * FROM person WHERE id = ?1", id)?
            .into_iter()
            .next()
        else {
            return Ok(None);
        };
        let merged_in = rows(
            self,
            "SELECT id, code FROM person WHERE id IN ids AND id <> ?1",
            id,
        )?;
        let mut v = json!({
            "person": person,
            "merged_records": merged_in,
            "changes": rows(self, "SELECT at, by, field, old_value, new_value FROM person_change WHERE person_id IN ids ORDER BY id", id)?,
            "visits": rows(self, "SELECT arrived_at, left_at, desk, by FROM visit WHERE person_id IN ids ORDER BY arrived_at", id)?,
            "tickets": rows(self, "SELECT e.day, e.ticket, s.code AS service, e.priority, e.status, e.note, e.arrived_at,
                    e.called_at, e.started_at, e.finished_at, e.room, e.desk
                FROM queue_entry e JOIN service s ON s.id = e.service_id WHERE e.person_id IN ids ORDER BY e.id", id)?,
            "ticket_events": rows(self, "SELECT v.at, e.ticket, v.kind, v.status, v.by, v.desk FROM queue_event v
                JOIN queue_entry e ON e.id = v.entry_id WHERE e.person_id IN ids ORDER BY v.id", id)?,
            "referrals": rows(self, "SELECT r.created_at, pa.name AS partner, r.reason, r.urgency, r.appointment,
                r.consent, r.letter_lang, r.slip_lang, r.created_by FROM referral r
                JOIN partner pa ON pa.id = r.partner_id WHERE r.person_id IN ids ORDER BY r.id", id)?,
            "appointments": rows(self, "SELECT a.day, a.time, a.minutes, s.code AS service, a.worker, a.status
                FROM appointment a JOIN service s ON s.id = a.service_id WHERE a.person_id IN ids ORDER BY a.day, a.time", id)?,
            "coverage": rows(self, "SELECT route, state, fund, commune, requested, acknowledged, decided, notified,
                valid_from, valid_until, reference, note, updated_at, updated_by FROM coverage WHERE person_id IN ids", id)?,
            "coverage_history": rows(self, "SELECT c.route, v.at, v.by, v.field, v.old_value, v.new_value
                FROM coverage_event v JOIN coverage c ON c.id = v.coverage_id WHERE c.person_id IN ids ORDER BY v.id", id)?,
            "free_care": rows(self, "SELECT low_income, free_care_from, free_care_review, updated_at, updated_by
                FROM care_access WHERE person_id IN ids", id)?,
            "mediation_need": rows(self, "SELECT language, marked_at, marked_by FROM mediation_need
                WHERE person_id IN ids", id)?,
            "mediations": rows(self, "SELECT m.joined_at, e.ticket, m.language, m.staff FROM mediation m
                JOIN queue_entry e ON e.id = m.entry_id WHERE m.person_id IN ids ORDER BY m.id", id)?,
            "prescriptions": rows(self, "SELECT product, mg, starts, ends, prescriber, take_home_days, note,
                created_at, created_by FROM prescription WHERE person_id IN ids ORDER BY id", id)?,
            "doses": rows(self, "SELECT day, outcome, mg, reason, at, by, desk, entered_later FROM dose_event
                WHERE person_id IN ids ORDER BY day, id", id)?,
            "decisions": rows(self, "SELECT at, prescriber, decision, mg, missed, by FROM dose_decision
                WHERE person_id IN ids ORDER BY id", id)?,
            "tdi_episodes": rows(self, "SELECT started, items, opened_at, opened_by, changed_at FROM tdi_episode
                WHERE person_id IN ids ORDER BY id", id)?,
            "counter_exchanges": rows(self, "SELECT e.at,
                (SELECT group_concat(l.item || '=' || l.count, ' ') FROM counter_line l WHERE l.exchange_id = e.id) AS given,
                e.returned, e.for_others, e.emergency, e.session_id AS session,
                EXISTS (SELECT 1 FROM counter_exchange r WHERE r.reverses = e.id) AS taken_back, e.by
                FROM counter_exchange e WHERE e.person_id IN ids AND +e.reverses IS NULL ORDER BY e.at, e.id", id)?,
            "naloxone_kits": rows(self, "SELECT k.id AS kit, k.at, b.lot, b.expires, k.by FROM naloxone_kit k
                JOIN naloxone_batch b ON b.id = k.batch_id WHERE k.person_id IN ids ORDER BY k.id", id)?,
            "naloxone_reversals": rows(self, "SELECT v.happened_on, v.kit_id AS kit, v.emergency_called, v.outcome,
                v.note, v.at, v.by FROM naloxone_reversal v LEFT JOIN naloxone_kit k ON k.id = v.kit_id
                WHERE v.person_id IN ids OR k.person_id IN ids ORDER BY v.id", id)?,
            "outreach_contacts": rows(self, "SELECT s.day, pl.name AS place, k.sex, k.age_band, k.new, k.care,
                k.information, k.referral, pa.name AS partner,
                EXISTS (SELECT 1 FROM outreach_contact r WHERE r.reverses = k.id) AS reversed, k.at, k.by
                FROM outreach_contact k JOIN outreach_session s ON s.id = k.session_id
                JOIN place pl ON pl.id = s.place_id LEFT JOIN partner pa ON pa.id = k.accompanied_to
                WHERE k.person_id IN ids AND +k.reverses IS NULL ORDER BY k.id", id)?,
            "vaccinations": rows(self, "SELECT v.given_on, v.vaccine, v.lot, v.dose_number, v.reaction,
                pl.name AS place, v.vaccinator, v.at
                FROM vaccination v LEFT JOIN place pl ON pl.id = v.place_id WHERE v.person_id IN ids
                ORDER BY v.id", id)?,
            "merges": rows(self, "SELECT id, kept_id, merged_id, at, by, undone_at FROM person_merge
                WHERE kept_id IN ids OR merged_id IN ids ORDER BY id", id)?,
        });
        if let Some(obj) = v.get_mut("person").and_then(Value::as_object_mut) {
            obj.remove("search_keys");
        }
        Ok(Some(v))
    }
}
