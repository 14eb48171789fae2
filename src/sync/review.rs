//! What waits for the coordinator: files held, the review list, likely duplicates across
//! sites, doses given twice, and how the exchange stands (`sync status`, `sync conflicts`).

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::params;
use serde::Serialize;

use super::run::*;
use crate::i18n::Msg;
use crate::store::Store;

/// Why a file waits unapplied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Hold {
    NewerSchema { found: i64, ours: i64 },
    Waiting { site: i64, file: i64 },
    NotOurs,
    OtherKey,
    Damaged,
    ClockAhead { days: i64 },
    Refused { detail: String },
    TwoMachines,
}

impl Hold {
    pub(super) fn code(&self) -> &'static str {
        match self {
            Hold::NewerSchema { .. } => "newer-schema",
            Hold::Waiting { .. } => "waiting",
            Hold::NotOurs => "not-ours",
            Hold::OtherKey => "other-key",
            Hold::Damaged => "damaged",
            Hold::ClockAhead { .. } => "clock-ahead",
            Hold::Refused { .. } => "refused",
            Hold::TwoMachines => "two-machines",
        }
    }

    /// The message saying why `path` of site `site` is held and what to do.
    pub fn msg(&self, path: &Path, site: i64) -> Msg {
        let m = Msg::new(match self {
            Hold::NewerSchema { .. } => "sync-held-newer-schema",
            Hold::Waiting { .. } => "sync-held-waiting",
            Hold::NotOurs => "sync-held-not-ours",
            Hold::OtherKey => "sync-held-other-key",
            Hold::Damaged => "sync-held-damaged",
            Hold::ClockAhead { .. } => "sync-held-clock",
            Hold::Refused { .. } => "sync-held-refused",
            Hold::TwoMachines => "sync-held-two-machines",
        })
        .arg("path", path.display().to_string())
        .arg("site", site);
        match self {
            Hold::NewerSchema { found, ours } => m.arg("found", *found).arg("ours", *ours),
            Hold::Waiting { site: s, file } => m.arg("other", *s).arg("file", *file),
            Hold::ClockAhead { days } => m.arg("days", *days),
            Hold::Refused { detail } => m.arg("detail", detail.as_str()),
            _ => m,
        }
    }
}

/// A file held, as `sync run` and `sync status` report it.
#[derive(Debug, Clone, Serialize)]
pub struct Held {
    pub site: i64,
    pub file: i64,
    pub path: PathBuf,
    #[serde(flatten)]
    pub hold: Hold,
}

/// A person dosed twice the same day for one prescription, at two sites that could not see
/// each other's dose: every site that has both records shows it, the same.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoubleDose {
    pub person: String,
    pub day: String,
    pub prescription: i64,
    /// The sites that gave a dose, and the total given.
    pub sites: Vec<i64>,
    pub mg: f64,
}

/// The double doses across sites of the last `days` days before `today` (and today).
pub fn double_doses(store: &Store, today: chrono::NaiveDate) -> Result<Vec<DoubleDose>, SyncError> {
    let since = (today - chrono::Days::new(30)).to_string();
    let mut stmt = store.conn().prepare(
        "SELECT p.code, d.day, d.prescription_id, group_concat(DISTINCT d.id >> 40), sum(d.mg)
         FROM dose_event d JOIN person p ON p.id = d.person_id
         WHERE d.day >= ?1 AND d.outcome IN ('given', 'take_home')
           AND NOT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = d.id)
         GROUP BY d.prescription_id, d.day
         HAVING count(DISTINCT d.id >> 40) > 1
         ORDER BY d.day, p.code",
    )?;
    let rows = stmt
        .query_map([since], |r| {
            let sites: String = r.get(3)?;
            Ok(DoubleDose {
                person: r.get(0)?,
                day: r.get(1)?,
                prescription: r.get(2)?,
                sites: sites.split(',').filter_map(|s| s.parse().ok()).collect(),
                mg: r.get(4)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// How the exchange stands, for `sync status` and the desk's top bar.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub site: i64,
    pub name: String,
    pub folder: PathBuf,
    pub files_written: i64,
    pub changes_waiting: i64,
    pub last_run: Option<String>,
    pub peers: Vec<Peer>,
    pub held: Vec<Held>,
    pub conflicts: i64,
    pub double_doses: Vec<DoubleDose>,
    pub duplicates: usize,
}

/// Another site, as seen from here.
#[derive(Debug, Clone, Serialize)]
pub struct Peer {
    pub site: i64,
    pub name: String,
    pub applied: i64,
    pub last_at: Option<String>,
}

pub fn status(store: &Store, today: chrono::NaiveDate) -> Result<Status, SyncError> {
    let st = state(store)?;
    let conn = store.conn();
    let (changes_waiting, last_run): (i64, Option<String>) = conn.query_row(
        "SELECT (SELECT count(*) FROM sync_outbox WHERE file IS NULL), last_run FROM sync_state",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let peers = {
        let mut stmt =
            conn.prepare("SELECT site, name, applied, last_at FROM sync_peer ORDER BY site")?;
        stmt.query_map([], |r| {
            Ok(Peer {
                site: r.get(0)?,
                name: r.get(1)?,
                applied: r.get(2)?,
                last_at: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?
    };
    let held = {
        let mut stmt =
            conn.prepare("SELECT site, file, path, detail FROM sync_held ORDER BY site, file")?;
        stmt.query_map([], |r| {
            let detail: String = r.get(3)?;
            Ok(Held {
                site: r.get(0)?,
                file: r.get(1)?,
                path: PathBuf::from(r.get::<_, String>(2)?),
                hold: serde_json::from_str::<Hold>(&detail).unwrap_or(Hold::Damaged),
            })
        })?
        .collect::<Result<_, _>>()?
    };
    let conflicts = conn.query_row(
        "SELECT count(*) FROM sync_conflict WHERE reviewed IS NULL",
        [],
        |r| r.get(0),
    )?;
    Ok(Status {
        site: st.site.number,
        name: st.site.name,
        folder: st.folder,
        files_written: st.written,
        changes_waiting,
        last_run,
        peers,
        held,
        conflicts,
        double_doses: double_doses(store, today)?,
        duplicates: duplicates(store)?.len(),
    })
}

/// A field two sites changed each without the other's edit.
#[derive(Debug, Clone, Serialize)]
pub struct Conflict {
    pub id: i64,
    pub table: String,
    pub key: String,
    /// The person's code, when the record is a person's.
    pub person: Option<String>,
    pub field: String,
    pub kept: Option<String>,
    pub other: Option<String>,
    pub kept_site: i64,
    pub other_site: i64,
    pub at: String,
}

pub fn conflicts(store: &Store) -> Result<Vec<Conflict>, SyncError> {
    state(store)?;
    let mut stmt = store.conn().prepare(
        "SELECT c.id, c.tbl, c.pk, c.col, c.kept, c.other, c.kept_site, c.other_site, c.at,
                (SELECT p.code FROM person p WHERE c.tbl = 'person'
                   AND p.id = CAST(trim(c.pk, '[]') AS INTEGER))
         FROM sync_conflict c WHERE c.reviewed IS NULL ORDER BY c.id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Conflict {
                id: r.get(0)?,
                table: r.get(1)?,
                key: r.get(2)?,
                field: r.get(3)?,
                kept: r.get(4)?,
                other: r.get(5)?,
                kept_site: r.get(6)?,
                other_site: r.get(7)?,
                at: r.get(8)?,
                person: r.get(9)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Compares the persons received from other sites with this site's records, for a few seconds
/// at most (the rest at the next exchange): a record of another site found by the same names
/// and birth year, nearly as well as the person's own, is proposed as a likely duplicate.
/// Never merged by itself; merging, or marking "not the same person", takes it off the list.
pub(super) fn propose_duplicates(
    store: &Store,
    at: NaiveDateTime,
    budget: std::time::Duration,
) -> Result<usize, SyncError> {
    use crate::domain::search::Query;
    let started = std::time::Instant::now();
    let today = i32::try_from((at.date() - chrono::NaiveDate::default()).num_days()).unwrap_or(0);
    let stamp = at.format("%Y-%m-%d %H:%M:%S").to_string();
    let conn = store.conn();
    let mut found = 0;
    let waiting: i64 = conn.query_row("SELECT count(*) FROM sync_dup_todo", [], |r| r.get(0))?;
    if waiting == 0 || budget.is_zero() {
        return Ok(0);
    }
    // The desk's index of names, read once: a search of it takes a fraction of a millisecond.
    let index = store.load_index()?;
    while started.elapsed() < budget {
        let batch: Vec<i64> = {
            let mut stmt =
                conn.prepare("SELECT person_id FROM sync_dup_todo ORDER BY person_id LIMIT 100")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        if batch.is_empty() {
            break;
        }
        for id in batch {
            let person = store.person(id)?.filter(|p| p.merged_into.is_none());
            if let Some(p) = person {
                let text = [&p.given_name, &p.family_name, &p.alias]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ");
                let query = Query::name(&text, p.birth_year);
                if !query.words.is_empty() {
                    let hits = index.search(&query, 12, today).hits;
                    let own = hits.iter().find(|h| h.id == id).map(|h| h.score);
                    for h in &hits {
                        let other_site = h.id >> 40 != id >> 40;
                        let close =
                            own.is_some_and(|o| u64::from(h.score) * 10 >= u64::from(o) * 9);
                        if h.id == id || h.near || !other_site || !close {
                            continue;
                        }
                        let Some(q) = store.person(h.id)? else {
                            continue;
                        };
                        // Names alike and the same birth year; without one, the same names.
                        let same_year = p.birth_year.is_some() && p.birth_year == q.birth_year;
                        let same_names = p.birth_year.is_none()
                            && q.birth_year.is_none()
                            && p.display_name().map(|n| n.to_lowercase())
                                == q.display_name().map(|n| n.to_lowercase());
                        if !(same_year || same_names)
                            || store.is_not_same(id, h.id).unwrap_or(false)
                        {
                            continue;
                        }
                        found += conn.execute(
                            "INSERT OR IGNORE INTO sync_duplicate (a, b, found_at) VALUES (?1, ?2, ?3)",
                            params![id.min(h.id), id.max(h.id), stamp],
                        )?;
                    }
                }
            }
            conn.execute("DELETE FROM sync_dup_todo WHERE person_id = ?1", [id])?;
        }
    }
    Ok(found)
}

/// Two records of two sites that may be the same person.
#[derive(Debug, Clone, Serialize)]
pub struct Duplicate {
    pub a: String,
    pub a_name: String,
    pub b: String,
    pub b_name: String,
    pub found_at: String,
}

/// The likely duplicates still open: both records kept, not marked as different people.
pub fn duplicates(store: &Store) -> Result<Vec<Duplicate>, SyncError> {
    let mut stmt = store.conn().prepare(
        "SELECT d.a, d.b, d.found_at FROM sync_duplicate d
         JOIN person pa ON pa.id = d.a AND pa.merged_into IS NULL
         JOIN person pb ON pb.id = d.b AND pb.merged_into IS NULL
         WHERE NOT EXISTS (SELECT 1 FROM not_same n WHERE n.a = d.a AND n.b = d.b)
         ORDER BY d.found_at, d.a",
    )?;
    let pairs: Vec<(i64, i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (a, b, found_at) in pairs {
        let (Some(pa), Some(pb)) = (store.person(a)?, store.person(b)?) else {
            continue;
        };
        out.push(Duplicate {
            a_name: pa.display_name().unwrap_or_default(),
            a: pa.code,
            b_name: pb.display_name().unwrap_or_default(),
            b: pb.code,
            found_at,
        });
    }
    Ok(out)
}

/// Marks entries of the review list as looked at (`seuil sync reviewed ID…`); an id that is
/// on no list is refused, and nothing is marked.
pub fn reviewed(store: &Store, ids: &[i64], at: NaiveDateTime) -> Result<usize, SyncError> {
    state(store)?;
    let tx = store.write_tx()?;
    let stamp = at.format("%Y-%m-%d %H:%M:%S").to_string();
    let mut done = 0;
    for id in ids {
        let n = tx.execute(
            "UPDATE sync_conflict SET reviewed = ?2 WHERE id = ?1 AND reviewed IS NULL",
            params![id, stamp],
        )?;
        let known: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM sync_conflict WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        if !known {
            return Err(SyncError::UnknownReview(*id));
        }
        done += n;
    }
    tx.commit()?;
    Ok(done)
}
