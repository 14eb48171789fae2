//! Forms being filled at a desk, kept as they change and offered back after a crash.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};

use super::Store;
use super::staff::StaffResult;

const TIME: &str = "%Y-%m-%d %H:%M:%S";

impl Store {
    /// Keeps the form `form` being filled by `staff` at `desk` (replacing the last one), or
    /// forgets it (`None`).
    pub fn save_draft(
        &self,
        staff: &str,
        desk: Option<&str>,
        form: &str,
        content: Option<&str>,
        now: NaiveDateTime,
    ) -> StaffResult<()> {
        let desk = desk.unwrap_or("");
        match content {
            Some(c) => self.conn.execute(
                "INSERT INTO draft (staff, desk, form, content, saved_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (staff, desk, form) DO UPDATE SET content = excluded.content,
                     saved_at = excluded.saved_at",
                params![staff, desk, form, c, now.format(TIME).to_string()],
            )?,
            None => self.conn.execute(
                "DELETE FROM draft WHERE staff = ?1 AND desk = ?2 AND form = ?3",
                params![staff, desk, form],
            )?,
        };
        Ok(())
    }

    /// The form `form` that `staff` left half-filled at `desk`, with when it was last saved.
    pub fn draft(
        &self,
        staff: &str,
        desk: Option<&str>,
        form: &str,
    ) -> StaffResult<Option<(String, String)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT content, saved_at FROM draft WHERE staff = ?1 AND desk = ?2 AND form = ?3",
                params![staff, desk.unwrap_or(""), form],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}
