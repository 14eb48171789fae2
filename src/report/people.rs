//! Who a record counts as: a record merged into another counts as the one it was merged into,
//! with that one's sex and birth year, so a person merged during the period counts once.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::domain::indicators::nationality::group;
use crate::domain::outreach::band_of_birth;
use crate::store::StoreError;

/// A person as counted: the kept record's id, sex, birth year, and what the breakdowns read
/// (nationality group, first language, commune).
#[derive(Debug, Clone)]
pub struct Counted {
    pub id: i64,
    pub sex: &'static str,
    pub birth_year: Option<u16>,
    pub nationality: &'static str,
    pub language: Option<String>,
    pub commune: Option<String>,
}

impl Counted {
    /// The age band on a day (`u` with no birth year).
    pub fn band(&self, on: NaiveDate) -> &'static str {
        band_of_birth(self.birth_year, on)
    }
}

/// Every record, by id, as counted.
pub fn counted(c: &Connection) -> Result<HashMap<i64, Counted>, StoreError> {
    counted_of(c, "1")
}

/// The records `filter` (SQL after `WHERE`) keeps, and every record of a merge (so that a
/// chain of merges can be followed to its end), by id, as counted.
pub fn counted_of(c: &Connection, filter: &str) -> Result<HashMap<i64, Counted>, StoreError> {
    let mut stmt = c.prepare(&format!(
        "SELECT id, merged_into, sex, birth_year, nationality, languages, commune FROM person
         WHERE ({filter})
            OR merged_into IS NOT NULL
            OR id IN (SELECT merged_into FROM person WHERE merged_into IS NOT NULL)"
    ))?;
    type Record = (i64, Option<i64>, Option<String>, Option<u16>, Extra);
    type Extra = (Option<String>, Option<String>, Option<String>);
    let rows: Vec<Record> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                (r.get(4)?, r.get(5)?, r.get(6)?),
            ))
        })?
        .collect::<Result<_, _>>()?;
    let own: HashMap<i64, (Option<i64>, Counted)> = rows
        .into_iter()
        .map(
            |(id, merged, sex, year, (nationality, languages, commune))| {
                let sex = match sex.as_deref() {
                    Some("f") => "f",
                    Some("m") => "m",
                    Some("x") => "x",
                    _ => "u",
                };
                (
                    id,
                    (
                        merged,
                        Counted {
                            id,
                            sex,
                            birth_year: year,
                            nationality: group(nationality.as_deref()),
                            language: languages
                                .as_deref()
                                .and_then(|l| l.split(',').map(str::trim).find(|l| !l.is_empty()))
                                .map(str::to_lowercase),
                            commune: commune.filter(|c| !c.trim().is_empty()),
                        },
                    ),
                )
            },
        )
        .collect();
    let mut out = HashMap::with_capacity(own.len());
    for (&id, (_, me)) in &own {
        // Follow merges to the record kept (a chain of a few at most).
        let mut at = id;
        let mut kept = me;
        for _ in 0..16 {
            match own.get(&at) {
                Some((Some(next), _)) => at = *next,
                Some((None, k)) => {
                    kept = k;
                    break;
                }
                None => break,
            }
        }
        out.insert(id, kept.clone());
    }
    Ok(out)
}
