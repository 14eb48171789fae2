//! The due list: what falls due across all persons, from the routes whose earliest deadline is
//! near, overdue first.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::coverage::{day_at, text};
use super::{Store, StoreResult};
use crate::domain::coverage::{self as rules, Coverage, Next, Route, State, Step};

/// One line of the due list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    pub person_id: i64,
    pub person_code: String,
    pub person_name: Option<String>,
    pub route: Option<Route>,
    pub state: Option<State>,
    pub commune: Option<String>,
    /// `None` for free care to review.
    pub step: Option<Step>,
    pub due: NaiveDate,
    pub overdue: bool,
}

impl Store {
    /// What falls due: overdue first, then the next `within` days, earliest first. Optional
    /// filters by route and by commune (postcode key). Reads only the routes whose earliest
    /// deadline is near, from an index holding every column the rules need. Codes and names are
    /// not filled in: [`Store::label_due`] does that for the rows shown.
    pub fn due(
        &self,
        today: NaiveDate,
        within: u32,
        renew_days: u64,
        route: Option<Route>,
        commune: Option<&str>,
        worker: Option<&str>,
    ) -> StoreResult<Vec<DueItem>> {
        let horizon = today + chrono::Days::new(u64::from(within));
        let until = text(Some(horizon));
        let tx = self.conn.unchecked_transaction()?;
        let mut items = Vec::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT person_id, route, state, commune, requested, acknowledged, decided, notified,
                        valid_from, valid_until
                 FROM coverage INDEXED BY coverage_due
                 WHERE next_due <= ?1 AND (?2 IS NULL OR route = ?2) AND (?3 IS NULL OR commune = ?3)
                   AND (?4 IS NULL OR updated_by = ?4)",
            )?;
            let mut rows = stmt.query(params![until, route.map(Route::code), commune, worker])?;
            while let Some(r) = rows.next()? {
                let text = |i: usize| -> rusqlite::Result<&str> {
                    Ok(r.get_ref(i)?.as_str().unwrap_or(""))
                };
                let c = Coverage {
                    route: Route::parse(text(1)?),
                    state: State::parse(text(2)?),
                    commune: None,
                    requested: day_at(r, 4)?,
                    acknowledged: day_at(r, 5)?,
                    decided: day_at(r, 6)?,
                    notified: day_at(r, 7)?,
                    valid_from: day_at(r, 8)?,
                    valid_until: day_at(r, 9)?,
                };
                let mut commune: Option<String> = None;
                for Next { step, due, overdue } in rules::next_steps(&c, today, renew_days) {
                    // A renewal shows from the day it is flagged, whatever the window.
                    let flagged = step == Step::Renew;
                    let Some(due) = due.filter(|d| *d <= horizon || overdue || flagged) else {
                        continue;
                    };
                    if commune.is_none() {
                        commune = r.get(3)?;
                    }
                    items.push(DueItem {
                        person_id: r.get(0)?,
                        person_code: String::new(),
                        person_name: None,
                        route: c.route,
                        state: c.state,
                        commune: commune.clone(),
                        step: Some(step),
                        due,
                        overdue,
                    });
                }
            }
        }
        if route.is_none() && commune.is_none() {
            let mut stmt = self.conn.prepare_cached(
                "SELECT person_id, free_care_review FROM care_access
                 WHERE free_care_review <= ?1 AND (?2 IS NULL OR updated_by = ?2)",
            )?;
            let mut rows = stmt.query(params![until, worker])?;
            while let Some(r) = rows.next()? {
                let Some(due) = day_at(r, 1)? else { continue };
                items.push(DueItem {
                    person_id: r.get(0)?,
                    person_code: String::new(),
                    person_name: None,
                    route: None,
                    state: None,
                    commune: None,
                    step: None,
                    due,
                    overdue: due < today,
                });
            }
        }
        drop(tx);
        items.sort_unstable_by_key(|i| (!i.overdue, i.due, i.person_id));
        Ok(items)
    }

    /// Fills in the codes and names of due items (for the rows a screen shows, or all of them
    /// for a listing); items of merged records drop out.
    pub fn label_due(&self, items: &mut Vec<DueItem>) -> StoreResult<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT code, given_name, family_name, alias FROM person WHERE id = ?1 AND merged_into IS NULL",
        )?;
        let tx = self.conn.unchecked_transaction()?;
        let mut known: rustc_hash::FxHashMap<i64, Option<(String, Option<String>)>> =
            Default::default();
        for item in items.iter_mut() {
            if let std::collections::hash_map::Entry::Vacant(e) = known.entry(item.person_id) {
                let label = stmt
                    .query_row([item.person_id], |r| person_label(r, 0))
                    .optional()?;
                e.insert(label);
            }
            if let Some(Some((code, name))) = known.get(&item.person_id) {
                item.person_code.clone_from(code);
                item.person_name.clone_from(name);
            }
        }
        drop(tx);
        items.retain(|i| !i.person_code.is_empty());
        Ok(())
    }
}

/// `(code, name or alias)` from the four person columns starting at `at`.
fn person_label(r: &Row<'_>, at: usize) -> rusqlite::Result<(String, Option<String>)> {
    let code: String = r.get(at)?;
    let names: Vec<String> = [r.get::<_, Option<String>>(at + 1)?, r.get(at + 2)?]
        .into_iter()
        .flatten()
        .collect();
    let alias: Option<String> = r.get(at + 3)?;
    Ok((
        code,
        if names.is_empty() {
            alias
        } else {
            Some(names.join(" "))
        },
    ))
}
