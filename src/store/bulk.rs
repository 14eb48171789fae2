//! Fast insertion of many persons and visits in one transaction (`seuil generate`).

use chrono::NaiveDateTime;
use rusqlite::{Transaction, params};

use super::persons::stamp;
use super::{Store, StoreResult};
use crate::domain::coverage::Coverage;
use crate::domain::names;
use crate::domain::person::Fields;

/// An open bulk insertion; nothing is visible to other desks until [`Bulk::commit`].
pub struct Bulk<'a> {
    tx: Transaction<'a>,
}

impl Store {
    /// Starts a bulk insertion.
    pub fn bulk(&mut self) -> StoreResult<Bulk<'_>> {
        let tx = self.conn.transaction()?;
        // Generated registers are for trying the desk and measuring it: a database that
        // exchanges with other sites takes none (its rows would reach no other site).
        let exchanging: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM sync_state)", [], |r| r.get(0))?;
        if exchanging {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_MISUSE),
                Some("this register exchanges with other sites: generate into another file".into()),
            )
            .into());
        }
        super::capture::open_guard(&tx, true)?;
        // One line in the audit trail for the whole insertion, not one per row.
        tx.execute("UPDATE temp.actor SET quiet = 1", [])?;
        Ok(Bulk { tx })
    }
}

impl Bulk<'_> {
    /// The transaction, for the store's own insertions of generated data (outreach).
    pub(crate) fn tx(&self) -> &rusqlite::Connection {
        &self.tx
    }

    /// Inserts a person with a given code; returns the row id, or `None` if the code is taken.
    pub fn add_person(
        &self,
        code: &str,
        fields: &Fields,
        at: NaiveDateTime,
        by: &str,
    ) -> StoreResult<Option<i64>> {
        let words = names::record_keys(&fields.name_text());
        let keys = names::encode(&words);
        let mut stmt = self.tx.prepare_cached(
            &format!("INSERT OR IGNORE INTO person (id, code, given_name, family_name, alias, birth, birth_year,
                sex, languages, phone, niss, nationality, commune, search_keys, created_at, created_by)
             VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)", ID = crate::store::ids::next("person")),
        )?;
        let inserted = stmt.execute(params![
            code,
            fields.given_name,
            fields.family_name,
            fields.alias,
            fields.birth.map(|b| b.to_string()),
            fields.birth.map(|b| b.year),
            fields.sex.map(|s| s.code()),
            (!fields.languages.is_empty()).then(|| fields.languages.join(",")),
            fields.phone,
            fields.niss.as_ref().map(|n| n.digits.as_str()),
            fields.nationality,
            fields.commune,
            keys,
            stamp(at),
            by
        ])?;
        if inserted == 0 {
            return Ok(None);
        }
        let id = self.tx.last_insert_rowid();
        super::words::write_words(&self.tx, id, &words)?;
        Ok(Some(id))
    }

    /// Inserts a visit and keeps the person's last visit day.
    pub fn add_visit(
        &self,
        person_id: i64,
        at: NaiveDateTime,
        desk: &str,
        by: &str,
    ) -> StoreResult<()> {
        self.tx
            .prepare_cached(
                &format!("INSERT INTO visit (id, person_id, arrived_at, desk, by) VALUES ({ID}, ?1, ?2, ?3, ?4)", ID = crate::store::ids::next("visit")),
            )?
            .execute(params![person_id, stamp(at), desk, by])?;
        self.tx
            .prepare_cached(
                "UPDATE person SET last_seen = ?1 WHERE id = ?2 AND (last_seen IS NULL OR last_seen < ?1)",
            )?
            .execute(params![at.format("%Y-%m-%d").to_string(), person_id])?;
        Ok(())
    }

    /// The services open, in order: id and ticket letter.
    pub fn services(&self) -> StoreResult<Vec<(i64, String)>> {
        let mut stmt = self.tx.prepare(
            "SELECT id, letter FROM service WHERE removed_at IS NULL ORDER BY position, id",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Inserts a ticket of a visit, called after `wait` minutes and ended as `status` (generated
    /// data: its number is the next of its service and day).
    #[allow(clippy::too_many_arguments)]
    pub fn add_ticket(
        &self,
        person_id: i64,
        service_id: i64,
        letter: &str,
        number: u32,
        joined: NaiveDateTime,
        wait: Option<i64>,
        status: &str,
        by: &str,
    ) -> StoreResult<()> {
        let day = joined.format("%Y-%m-%d").to_string();
        let called = wait.map(|m| stamp(joined + chrono::Duration::minutes(m)));
        let finished = wait.map(|m| stamp(joined + chrono::Duration::minutes(m + 15)));
        self.tx
            .prepare_cached(
                "INSERT INTO queue_entry (person_id, service_id, day, number, ticket, priority,
                     status, arrived_at, joined_at, called_at, started_at, finished_at, calls)
                 VALUES (?1, ?2, ?3, ?4, ?5, 'normal', ?6, ?7, ?7, ?8, ?8, ?9, ?10)",
            )?
            .execute(params![
                person_id,
                service_id,
                day,
                number,
                format!("{letter}-{number:03}"),
                status,
                stamp(joined),
                called,
                finished,
                i64::from(wait.is_some())
            ])?;
        let _ = by;
        Ok(())
    }

    /// Inserts a prescription (generated data: checked by construction); returns its id.
    #[allow(clippy::too_many_arguments)]
    pub fn add_prescription(
        &self,
        person_id: i64,
        product: &str,
        mg: f64,
        starts: chrono::NaiveDate,
        ends: chrono::NaiveDate,
        take_home_days: u32,
        at: NaiveDateTime,
        by: &str,
    ) -> StoreResult<i64> {
        self.tx
            .prepare_cached(&format!(
                "INSERT INTO prescription (id, person_id, product, mg, starts, ends, prescriber,
                     take_home_days, created_at, created_by)
                 VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, 'Dr Generated', ?6, ?7, ?8)",
                ID = crate::store::ids::next("prescription")
            ))?
            .execute(params![
                person_id,
                product,
                mg,
                starts.to_string(),
                ends.to_string(),
                take_home_days,
                stamp(at),
                by
            ])?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Inserts the dose of one day (given, or one day of a take-home delivery).
    #[allow(clippy::too_many_arguments)]
    pub fn add_dose(
        &self,
        prescription_id: i64,
        person_id: i64,
        day: chrono::NaiveDate,
        take_home: bool,
        mg: f64,
        delivery: i64,
        at: NaiveDateTime,
        by: &str,
    ) -> StoreResult<()> {
        self.tx
            .prepare_cached(&format!(
                "INSERT INTO dose_event (id, prescription_id, person_id, day, outcome, mg, slot,
                     delivery, at, by, desk)
                 VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8, '3')",
                ID = crate::store::ids::next("dose_event")
            ))?
            .execute(params![
                prescription_id,
                person_id,
                day.to_string(),
                if take_home { "take_home" } else { "given" },
                mg,
                delivery,
                stamp(at),
                by
            ])?;
        Ok(())
    }

    /// Inserts a coverage route (generated data: dates are plausible by construction).
    pub fn add_coverage(
        &self,
        person_id: i64,
        c: &Coverage,
        at: NaiveDateTime,
        by: &str,
    ) -> StoreResult<()> {
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
        self.tx
            .prepare_cached(
                &format!("INSERT OR IGNORE INTO coverage (id, person_id, route, state, commune, requested, acknowledged, decided,
                    notified, valid_from, valid_until, next_due, updated_at, updated_by)
                 VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", ID = crate::store::ids::next("coverage")),
            )?
            .execute(params![
                person_id,
                c.route.map(|r| r.code()),
                c.state.map(|s| s.code()),
                c.commune,
                date(c.requested),
                date(c.acknowledged),
                date(c.decided),
                date(c.notified),
                date(c.valid_from),
                date(c.valid_until),
                date(crate::domain::coverage::earliest_deadline(c, crate::domain::coverage::RENEW_DAYS)),
                stamp(at),
                by
            ])?;
        Ok(())
    }

    /// Free care from a date, to review on another.
    pub fn set_free_care(
        &self,
        person_id: i64,
        from: chrono::NaiveDate,
        review: chrono::NaiveDate,
        at: NaiveDateTime,
        by: &str,
    ) -> StoreResult<()> {
        self.tx
            .prepare_cached(
                "INSERT OR REPLACE INTO care_access (person_id, low_income, free_care_from, free_care_review, updated_at, updated_by)
                 VALUES (?1, 1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![person_id, from.to_string(), review.to_string(), stamp(at), by])?;
        Ok(())
    }

    /// The transaction, for generators that write through a store function (the counter's
    /// `insert_exchange`) so generated rows follow the same rules.
    pub(crate) fn conn(&self) -> &rusqlite::Connection {
        &self.tx
    }

    /// Makes everything visible at once.
    pub fn commit(self) -> StoreResult<()> {
        let persons: i64 = self
            .tx
            .query_row("SELECT count(*) FROM person", [], |r| r.get(0))?;
        self.tx.execute_batch(&format!(
            "UPDATE temp.actor SET quiet = 0;
             INSERT INTO audit (at, staff, desk, action, subject, detail)
             SELECT strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), staff, desk, 'bulk', 'person',
                    '{persons} persons in the register' FROM temp.actor;"
        ))?;
        super::capture::open_guard(&self.tx, false)?;
        self.tx.commit()?;
        Ok(())
    }
}
