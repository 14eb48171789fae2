//! The course of each person's treatment up to the report's end, read in a few set-based
//! queries: their prescriptions, the gaps between the days their doses covered (only the
//! gaps long enough to matter, and the first dose), and their last dose. From these: the
//! inductions, the runs of missed days that reached the withholding threshold, and whether a
//! person who started was still dosed 3, 6 and 12 months later.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, Months, NaiveDate, NaiveDateTime};

use crate::domain::treatment::{Prescription, Thresholds, missed_days};
use crate::report::people::Counted;
use crate::store::{Store, StoreError};

/// Days either side of the day 3, 6 or 12 months after an induction in which a dose shows the
/// person still in treatment.
pub const AROUND_DAYS: i64 = 7;

/// The horizons of retention, in months.
pub const HORIZONS: [u32; 3] = [3, 6, 12];

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

/// The doses that count: given or handed over (they hold a slot), not reversed. The reversed
/// ones are few: a list built once per query.
const LIVE: &str = "slot IS NOT NULL AND day <= ?1
    AND id NOT IN (SELECT reverses FROM dose_event WHERE reverses IS NOT NULL)";

/// A person's treatment as read.
#[derive(Debug, Default)]
pub struct Person {
    pub prescriptions: Vec<Prescription>,
    /// (day of a dose, the previous day a dose covered): the first dose (no previous) and
    /// every dose after at least `min_gap` days without one, oldest first.
    pub gaps: Vec<(NaiveDate, Option<NaiveDate>)>,
    /// The last day a dose covered, up to the report's end.
    pub last: Option<NaiveDate>,
}

/// What was read: everyone's treatment up to `to` by kept record, and the doses of the period
/// by day.
pub struct Read {
    pub courses: HashMap<i64, Person>,
    pub doses: Vec<(NaiveDate, u64)>,
}

/// Everyone's treatment up to `to`, by kept record, and the doses from `from`.
pub fn read(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
    limits: &Thresholds,
    people: &HashMap<i64, Counted>,
) -> Result<Read, StoreError> {
    let kept = |id: i64| people.get(&id).map_or(id, |p| p.id);
    let mut out: HashMap<i64, Person> = HashMap::new();
    let mut stmt = store
        .conn()
        .prepare("SELECT id, person_id, starts, ends FROM prescription WHERE starts <= ?1")?;
    let rows: Vec<(i64, i64, String, String)> = stmt
        .query_map([to.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    for (id, person, starts, ends) in rows {
        let (Some(starts), Some(ends)) = (day(&starts), day(&ends)) else {
            continue;
        };
        out.entry(kept(person))
            .or_default()
            .prescriptions
            .push(Prescription {
                id,
                product: String::new(),
                mg: 0.0,
                starts,
                ends,
                prescriber: None,
                take_home_days: 0,
                created_at: NaiveDateTime::from(starts),
            });
    }
    // One pass over the index of doses, each record's days in order: only the gaps long
    // enough to make an induction or a missed-dose episode are kept, and the doses of the
    // period are counted by day. A person whose records were merged: their days gathered and
    // walked together after.
    let min_gap = i64::from(limits.withhold.min(limits.induction));
    let merged: HashSet<i64> = people
        .iter()
        .filter(|(id, p)| **id != p.id)
        .flat_map(|(id, p)| [*id, p.id])
        .collect();
    let mut families: HashMap<i64, Vec<NaiveDate>> = HashMap::new();
    let span = usize::try_from((to - from).num_days() + 1).unwrap_or(0);
    let mut per_day = vec![0u64; span];
    let mut stmt = store.conn().prepare(&format!(
        "SELECT person_id, day FROM dose_event WHERE {LIVE} ORDER BY person_id, day"
    ))?;
    let mut rows = stmt.query([to.to_string()])?;
    let mut walk = Walk::default();
    while let Some(r) = rows.next()? {
        let pid: i64 = r.get(0)?;
        let Some(d) = r.get_ref(1)?.as_str().ok().and_then(fast_day) else {
            continue;
        };
        if d >= from
            && let Some(n) = usize::try_from((d - from).num_days())
                .ok()
                .and_then(|i| per_day.get_mut(i))
        {
            *n += 1;
        }
        if merged.contains(&pid) {
            families.entry(kept(pid)).or_default().push(d);
            continue;
        }
        walk.step(pid, d, min_gap, &mut out);
    }
    walk.finish(&mut out);
    for (pid, mut days) in families {
        days.sort_unstable();
        let mut walk = Walk::default();
        for d in days {
            walk.step(pid, d, min_gap, &mut out);
        }
        walk.finish(&mut out);
    }
    let doses = per_day
        .into_iter()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .map(|(i, n)| (from + Duration::days(i as i64), n))
        .collect();
    for p in out.values_mut() {
        p.gaps.sort_unstable();
    }
    Ok(Read {
        courses: out,
        doses,
    })
}

/// `YYYY-MM-DD` read without a format string: a day is read for every dose.
fn fast_day(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

/// The walk along one record's days after another: the previous day, to find the gaps.
#[derive(Default)]
struct Walk {
    at: Option<(i64, NaiveDate)>,
}

impl Walk {
    fn step(&mut self, pid: i64, d: NaiveDate, min_gap: i64, out: &mut HashMap<i64, Person>) {
        let prev = match self.at {
            Some((p, prev)) if p == pid => Some(prev),
            _ => {
                self.finish(out);
                None
            }
        };
        if prev.is_none_or(|p| (d - p).num_days() > min_gap) {
            out.entry(pid).or_default().gaps.push((d, prev));
        }
        self.at = Some((pid, d));
    }

    /// The record's last day.
    fn finish(&mut self, out: &mut HashMap<i64, Person>) {
        if let Some((pid, last)) = self.at.take() {
            out.entry(pid).or_default().last = Some(last);
        }
    }
}

impl Person {
    /// The days a new induction started: the first dose ever, and every dose after at least
    /// `induction` days without one (missed or not prescribed alike).
    pub fn inductions(&self, limits: &Thresholds) -> Vec<NaiveDate> {
        self.gaps
            .iter()
            .filter(|(d, prev)| {
                // At least `induction` days strictly between the two doses.
                prev.is_none_or(|p| (*d - p).num_days() > i64::from(limits.induction))
            })
            .map(|(d, _)| *d)
            .collect()
    }

    /// The days a run of missed days reached the withholding threshold (the missed-dose rule's
    /// count: days on which a prescription ran, without a dose), runs still open at `to`
    /// included.
    pub fn missed_episodes(&self, limits: &Thresholds, to: NaiveDate) -> Vec<NaiveDate> {
        let end = to + Duration::days(1);
        let runs = self
            .gaps
            .iter()
            .filter_map(|(d, prev)| prev.map(|p| (p, *d)))
            .chain(self.last.map(|l| (l, end)));
        runs.filter(|(from, until)| {
            missed_days(Some(*from), *until, &self.prescriptions) >= limits.withhold
        })
        .filter_map(|(from, until)| self.reached(from, until, limits.withhold))
        .collect()
    }

    /// The day the `n`th scheduled day without a dose after `from` falls on, before `until`.
    fn reached(&self, from: NaiveDate, until: NaiveDate, n: u32) -> Option<NaiveDate> {
        let mut count = 0;
        let mut d = from + Duration::days(1);
        while d < until {
            if self.prescriptions.iter().any(|p| p.runs_on(d)) {
                count += 1;
                if count >= n {
                    return Some(d);
                }
            }
            d += Duration::days(1);
        }
        None
    }
}

/// What retention found for one horizon.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Kept {
    pub still: u64,
    pub gone: u64,
    pub not_yet: u64,
}

impl Kept {
    /// One person's outcome at a horizon: still in treatment, no longer, or not yet measurable.
    pub fn add(&mut self, outcome: Option<bool>) {
        match outcome {
            Some(true) => self.still += 1,
            Some(false) => self.gone += 1,
            None => self.not_yet += 1,
        }
    }
}

/// For each person who started (their first induction in the period) and each horizon:
/// dosed within [`AROUND_DAYS`] of the day the horizon falls on (`Some(true)`), not
/// (`Some(false)`), or the window not wholly passed by `to` (`None`); in `started`'s order.
pub fn retention(
    store: &Store,
    started: &[(i64, NaiveDate)],
    families: &HashMap<i64, Vec<i64>>,
    to: NaiveDate,
) -> Result<Vec<[Option<bool>; 3]>, StoreError> {
    let mut out = Vec::with_capacity(started.len());
    let mut stmt = store.conn().prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM dose_event d WHERE d.person_id = ?1
             AND d.day BETWEEN ?2 AND ?3 AND d.slot IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM dose_event r WHERE r.reverses = d.id))",
    )?;
    for &(pid, start) in started {
        let own = [pid];
        let ids = families.get(&pid).map_or(&own[..], Vec::as_slice);
        let mut outcome = [None; 3];
        for (k, months) in HORIZONS.iter().enumerate() {
            let Some(on) = start.checked_add_months(Months::new(*months)) else {
                continue;
            };
            let (from, until) = (
                on - Duration::days(AROUND_DAYS),
                on + Duration::days(AROUND_DAYS),
            );
            if until > to {
                continue;
            }
            let mut dosed = false;
            for id in ids {
                dosed = stmt.query_row(
                    rusqlite::params![id, from.to_string(), until.to_string()],
                    |r| r.get(0),
                )?;
                if dosed {
                    break;
                }
            }
            outcome[k] = Some(dosed);
        }
        out.push(outcome);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap_or(NaiveDate::MIN)
    }

    fn running(from: NaiveDate, to: NaiveDate) -> Prescription {
        Prescription {
            id: 1,
            product: String::new(),
            mg: 0.0,
            starts: from,
            ends: to,
            prescriber: None,
            take_home_days: 0,
            created_at: NaiveDateTime::from(from),
        }
    }

    #[test]
    fn a_day_is_read_as_stored_and_nothing_else() {
        assert_eq!(fast_day("2026-03-09"), Some(on(3, 9)));
        assert_eq!(fast_day("2026-02-30"), None);
        assert_eq!(fast_day("09/03/2026"), None);
    }

    #[test]
    fn missed_days_count_only_where_a_prescription_ran() {
        let limits = Thresholds::default();
        // Dosed to 5 March; the prescription ends on the 7th; back on the 20th with a new one.
        let p = Person {
            prescriptions: vec![running(on(3, 1), on(3, 7)), running(on(3, 20), on(3, 31))],
            gaps: vec![(on(3, 1), None), (on(3, 20), Some(on(3, 5)))],
            last: Some(on(3, 31)),
        };
        assert_eq!(p.inductions(&limits), [on(3, 1), on(3, 20)]);
        assert!(
            p.missed_episodes(&limits, on(3, 31)).is_empty(),
            "two days missed (6 and 7 March), then no prescription"
        );
        // Dosed to 2 March of a prescription running to the 7th: 3 missed by the 5th.
        let p = Person {
            prescriptions: vec![running(on(3, 1), on(3, 7))],
            gaps: vec![(on(3, 1), None)],
            last: Some(on(3, 2)),
        };
        assert_eq!(p.missed_episodes(&limits, on(3, 31)), [on(3, 5)]);
        assert!(p.missed_episodes(&limits, on(3, 4)).is_empty(), "not yet");
    }
}
