//! The centre's activity (definitions `activity` in `docs/indicators.md`): persons seen, new
//! requests and returns, tickets per service with those who left unseen and the no-shows,
//! waits, appointments kept and missed.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::people::{Counted, counted};
use super::{Def, Progress, Query};
use crate::domain::communes;
use crate::domain::indicators::{
    Fact, Label, Row, Table, Value, buckets, by_band_and_sex, by_group, by_period, nationality,
};
use crate::store::{Store, StoreError};

pub const DEF: Def = Def {
    name: "activity",
    title: "report-activity",
    version: 1,
    build,
};

/// Days without a visit after which a person's next visit is a return.
pub const RETURN_AFTER_DAYS: i64 = 183;

fn fact(p: &Counted, day: NaiveDate) -> Fact {
    Fact {
        sex: p.sex,
        band: p.band(day),
        ..Fact::new(Some(p.id), day)
    }
}

/// The persons seen in a period, those of them who came for the first time, and those who came
/// back after six months or more.
struct Seen {
    seen: Vec<Fact>,
    new: Vec<Fact>,
    back: Vec<Fact>,
}

/// SQL giving the day of a stored date or time stamp as days from the start of the calendar
/// (the number [`from_number`] reads back).
fn day_number(column: &str) -> String {
    format!("CAST(julianday(substr({column}, 1, 10)) - 1721424.5 AS INTEGER)")
}

fn from_number(n: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(n)
}

/// Persons seen, new requests and returns, from every visit up to the period's end.
fn visits(store: &Store, q: &Query, people: &HashMap<i64, Counted>) -> Result<Seen, StoreError> {
    // The day as a number computed by SQLite, read through the index by person (it holds both
    // columns: the table is not visited row by row): a year of visits without a string each.
    let mut stmt = store.conn().prepare(&format!(
        "SELECT person_id, {DAY_NUMBER} FROM visit INDEXED BY visit_person WHERE arrived_at < ?1",
        DAY_NUMBER = day_number("arrived_at")
    ))?;
    let end = q.to.succ_opt().unwrap_or(q.to).to_string();
    let mut all: Vec<(i64, NaiveDate)> = stmt
        .query_map([end], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i32>>(1)?))
        })?
        .filter_map(|row| {
            let (id, n) = row.ok()?;
            Some((people.get(&id).map_or(id, |p| p.id), from_number(n?)?))
        })
        .collect();
    all.sort_unstable();
    let (mut seen, mut new, mut back) = (Vec::new(), Vec::new(), Vec::new());
    let mut previous: Option<(i64, NaiveDate)> = None;
    for &(id, day) in &all {
        let before = previous.filter(|(p, _)| *p == id).map(|(_, d)| d);
        previous = Some((id, day));
        if day < q.from {
            continue;
        }
        let Some(p) = people.get(&id) else { continue };
        let f = fact(p, day);
        match before {
            None => new.push(f.clone()),
            Some(d) if (day - d).num_days() >= RETURN_AFTER_DAYS => back.push(f.clone()),
            _ => {}
        }
        seen.push(f);
    }
    Ok(Seen { seen, new, back })
}

/// The nearest-rank percentile of sorted minutes.
fn percentile(sorted: &[i64], p: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    Some(sorted[rank - 1] as f64)
}

fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

fn waits_row(label: Label, minutes: &mut [i64]) -> Row {
    minutes.sort_unstable();
    let n = minutes.len() as u64;
    Row {
        label,
        cells: vec![
            Value::Count(n),
            Value::Measure {
                value: median(minutes),
                n,
            },
            Value::Measure {
                value: percentile(minutes, 0.9),
                n,
            },
        ],
    }
}

/// Tickets of the period by service: seen, left unseen, no-shows; and the waits from the
/// ticket drawn to the call.
fn tickets(store: &Store, q: &Query) -> Result<(Table, Table, Table), StoreError> {
    let services = store.services()?;
    let period = [q.from.to_string(), q.to.to_string()];
    // How each ticket ended, counted by SQLite; the waits as minutes, one number a ticket.
    let mut stmt = store.conn().prepare(
        "SELECT service_id, status, count(*) FROM queue_entry
         WHERE day BETWEEN ?1 AND ?2 GROUP BY service_id, status",
    )?;
    let ended: Vec<(i64, String, i64)> = stmt
        .query_map(rusqlite::params![period[0], period[1]], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut stmt = store.conn().prepare(&format!(
        "SELECT service_id, {DAY},
                CAST((julianday(called_at) - julianday(joined_at)) * 1440 + 0.000001 AS INTEGER)
         FROM queue_entry WHERE day BETWEEN ?1 AND ?2 AND called_at IS NOT NULL",
        DAY = day_number("day")
    ))?;
    let called: Vec<(i64, Option<i32>, Option<i64>)> = stmt
        .query_map(rusqlite::params![period[0], period[1]], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    let cols = vec![
        Label::Msg("report-col-seen"),
        Label::Msg("report-col-left-unseen"),
        Label::Msg("report-col-no-show"),
        Label::Total,
    ];
    let mut per = Table::new("tickets-by-service", "report-tickets-by-service", cols);
    let waits_cols = vec![
        Label::Msg("report-col-called"),
        Label::Msg("report-col-median-minutes"),
        Label::Msg("report-col-p90-minutes"),
    ];
    let mut waits = Table::new(
        "waits-by-service",
        "report-waits-by-service",
        waits_cols.clone(),
    );
    let mut by_month = Table::new("waits-by-period", "report-waits-by-period", waits_cols);
    let periods = buckets(q.from, q.to, q.by);
    let mut month_minutes: Vec<Vec<i64>> = periods.iter().map(|_| Vec::new()).collect();
    let mut all_minutes = Vec::new();
    let mut totals = [0u64; 4];
    for s in &services {
        let mut counts = [0u64; 3];
        for (_, status, n) in ended.iter().filter(|t| t.0 == s.id) {
            let n = n.unsigned_abs();
            match status.as_str() {
                "done" | "in_service" => counts[0] += n,
                "left_unseen" => counts[1] += n,
                "no_show" => counts[2] += n,
                _ => {}
            }
        }
        let mut minutes = Vec::new();
        for (_, day, wait) in called.iter().filter(|t| t.0 == s.id) {
            let Some(m) = wait.filter(|m| *m >= 0) else {
                continue;
            };
            minutes.push(m);
            all_minutes.push(m);
            if let Some(i) = day
                .and_then(from_number)
                .and_then(|d| periods.iter().position(|b| b.from <= d && d <= b.to))
            {
                month_minutes[i].push(m);
            }
        }
        let sum: u64 = counts.iter().sum();
        for (i, n) in counts.iter().chain(std::iter::once(&sum)).enumerate() {
            totals[i] += n;
        }
        let name = Label::Text(s.name(q.lang).to_string());
        per.rows.push(Row {
            label: name.clone(),
            cells: counts
                .iter()
                .chain(std::iter::once(&sum))
                .map(|n| Value::Count(*n))
                .collect(),
        });
        waits.rows.push(waits_row(name, &mut minutes));
    }
    per.rows.push(Row {
        label: Label::Total,
        cells: totals.iter().map(|n| Value::Count(*n)).collect(),
    });
    per.total_col = true;
    per.total_row = true;
    waits.rows.push(waits_row(Label::Total, &mut all_minutes));
    for (b, m) in periods.iter().zip(month_minutes.iter_mut()) {
        by_month
            .rows
            .push(waits_row(Label::Text(b.label.clone()), m));
    }
    Ok((per, waits, by_month))
}

/// Appointments of the period by service: kept (checked in), missed, cancelled.
fn appointments(store: &Store, q: &Query) -> Result<Table, StoreError> {
    let services = store.services()?;
    let cols = vec![
        Label::Msg("report-col-kept"),
        Label::Msg("report-col-missed"),
        Label::Msg("report-col-cancelled"),
        Label::Total,
    ];
    let mut t = Table::new(
        "appointments-by-service",
        "report-appointments-by-service",
        cols,
    );
    let mut stmt = store.conn().prepare(
        "SELECT service_id, status, count(*) FROM appointment
         WHERE day BETWEEN ?1 AND ?2 GROUP BY service_id, status",
    )?;
    let rows: Vec<(i64, String, u64)> = stmt
        .query_map([q.from.to_string(), q.to.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)?.unsigned_abs()))
        })?
        .collect::<Result<_, _>>()?;
    let mut totals = [0u64; 4];
    for s in &services {
        let of = |status: &str| {
            rows.iter()
                .filter(|(id, st, _)| *id == s.id && st == status)
                .map(|(_, _, n)| *n)
                .sum::<u64>()
        };
        let counts = [of("checked_in"), of("no_show"), of("cancelled")];
        let sum: u64 = counts.iter().sum();
        let cells: Vec<u64> = counts.iter().copied().chain(std::iter::once(sum)).collect();
        for (i, n) in cells.iter().enumerate() {
            totals[i] += n;
        }
        t.rows.push(Row {
            label: Label::Text(s.name(q.lang).to_string()),
            cells: cells.into_iter().map(Value::Count).collect(),
        });
    }
    t.rows.push(Row {
        label: Label::Total,
        cells: totals.into_iter().map(Value::Count).collect(),
    });
    t.total_col = true;
    t.total_row = true;
    Ok(t)
}

/// Message ids of the nationality groups, in [`nationality::GROUPS`]' order.
const NATIONALITY_IDS: [&str; 10] = [
    "report-nationality-belgium",
    "report-nationality-eu",
    "report-nationality-europe-other",
    "report-nationality-north-africa",
    "report-nationality-africa-other",
    "report-nationality-middle-east",
    "report-nationality-asia",
    "report-nationality-americas",
    "report-nationality-oceania",
    "report-nationality-unknown",
];

/// The persons seen by nationality group, first language and commune: the breakdowns the
/// funders ask for (nationality and language single people out sooner: the higher threshold).
fn breakdowns(seen: &[Fact], people: &HashMap<i64, Counted>, q: &Query) -> Vec<Table> {
    // A person's attributes are the same at each visit: one fact each is enough.
    let mut once = std::collections::HashSet::new();
    let seen: Vec<&Fact> = seen
        .iter()
        .filter(|f| f.unit.is_some_and(|u| once.insert(u)))
        .collect();
    let of = |f: &Fact| f.unit.and_then(|u| people.get(&u));
    let regroup = |key: &dyn Fn(&Counted) -> String| -> Vec<Fact> {
        seen.iter()
            .filter_map(|f| {
                let p = of(f)?;
                Some(Fact {
                    group: Some(key(p)),
                    ..(*f).clone()
                })
            })
            .collect()
    };
    let groups: Vec<(String, Label)> = nationality::GROUPS
        .iter()
        .zip(NATIONALITY_IDS)
        .map(|(g, id)| (g.to_string(), Label::Msg(id)))
        .collect();
    let by_nationality = regroup(&|p| p.nationality.to_string());
    let mut nationality = by_group(
        "persons-by-nationality",
        "report-persons-by-nationality",
        &by_nationality,
        &groups,
    );
    nationality.sensitive = true;
    // Languages in the order of how many speak them, those with none last.
    let by_language = regroup(&|p| p.language.clone().unwrap_or_else(|| "-".into()));
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for f in &by_language {
        *counts.entry(f.group.as_deref().unwrap_or("-")).or_default() += 1;
    }
    let mut langs: Vec<(&str, usize)> = counts.into_iter().filter(|(l, _)| *l != "-").collect();
    langs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut lang_groups: Vec<(String, Label)> = langs
        .iter()
        .map(|(l, _)| (l.to_string(), Label::Text(l.to_string())))
        .collect();
    lang_groups.push(("-".into(), Label::Msg("report-language-unknown")));
    let mut language = by_group(
        "persons-by-language",
        "report-persons-by-language",
        &by_language,
        &lang_groups,
    );
    language.sensitive = true;
    // The 19 communes, no fixed address, then elsewhere or not recorded.
    let by_commune = regroup(&|p| match p.commune.as_deref() {
        Some(c) if communes::is_no_fixed_address(c) => "nfa".into(),
        Some(c) => communes::find(c).map_or_else(|| "other".into(), |c| c.key.to_string()),
        None => "other".into(),
    });
    let mut commune_groups: Vec<(String, Label)> = communes::COMMUNES
        .iter()
        .map(|c| {
            let name = if q.lang == crate::i18n::Lang::Nl {
                c.nl
            } else {
                c.fr
            };
            (c.key.to_string(), Label::Text(name.to_string()))
        })
        .collect();
    commune_groups.push(("nfa".into(), Label::Msg("report-commune-nfa")));
    commune_groups.push(("other".into(), Label::Msg("report-commune-other")));
    let commune = by_group(
        "persons-by-commune",
        "report-persons-by-commune",
        &by_commune,
        &commune_groups,
    );
    // Each person has one nationality, one first language, one commune: these totals add up,
    // so the complementary cells protect them as margins.
    let mut tables = vec![nationality, language, commune];
    for t in &mut tables {
        t.total_row = true;
    }
    tables
}

fn build(store: &Store, q: &Query, progress: Progress<'_>) -> Result<Vec<Table>, StoreError> {
    const STEPS: usize = 4;
    progress(0, STEPS);
    let people = counted(store.conn())?;
    let Seen { seen, new, back } = visits(store, q, &people)?;
    progress(1, STEPS);
    let periods = buckets(q.from, q.to, q.by);
    let mut out = vec![
        by_period("persons-by-period", "report-persons-seen", &seen, &periods),
        by_band_and_sex("persons-by-band-sex", "report-persons-seen", &seen),
        by_period(
            "new-requests-by-period",
            "report-new-requests",
            &new,
            &periods,
        ),
        by_band_and_sex("new-requests-by-band-sex", "report-new-requests", &new),
        by_period("returns-by-period", "report-returns", &back, &periods),
    ];
    out.extend(breakdowns(&seen, &people, q));
    progress(2, STEPS);
    let (per, waits, by_month) = tickets(store, q)?;
    out.extend([per, waits, by_month]);
    progress(3, STEPS);
    out.push(appointments(store, q)?);
    progress(STEPS, STEPS);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_ninetieth_percentile_by_nearest_rank() {
        let mut m = vec![10, 2, 4, 8, 6];
        m.sort_unstable();
        assert_eq!(median(&m), Some(6.0));
        assert_eq!(percentile(&m, 0.9), Some(10.0));
        assert_eq!(median(&[1, 3]), Some(2.0));
        assert_eq!(median(&[]), None);
    }
}
