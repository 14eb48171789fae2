//! The TDI aggregate tables (definitions `tdi` in `docs/indicators.md`, TDI.md "Aggregate
//! tables") from the centre's episodes started in the period, so the coordinator can check
//! what Sciensano shows: episodes by treatment status and sex, by type of centre and
//! treatment status, by primary drug, ages and years since the first injection per primary
//! drug, years since the first substitution treatment, and one table per item; injecting,
//! testing and sharing count persons.

mod ages;
mod years;

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;

use super::people::counted_of;
use super::{Def, Progress, Query};
use crate::domain::indicators::{Label, Row, Table, Value};
use crate::domain::tdi::{Code, Items, UNKNOWN_MSG, item};
use crate::store::{Store, StoreError};

pub const DEF: Def = Def {
    name: "tdi",
    title: "report-tdi",
    version: 3,
    build,
};

/// An episode as the tables read it.
pub(super) struct Episode {
    /// The person as counted (merged records followed).
    pub person: i64,
    pub started: NaiveDate,
    pub items: Items,
}

fn read(store: &Store, q: &Query) -> Result<Vec<Episode>, StoreError> {
    let people = counted_of(store.conn(), "id IN (SELECT person_id FROM tdi_episode)")?;
    let mut stmt = store.conn().prepare(
        "SELECT person_id, started, items FROM tdi_episode WHERE started BETWEEN ?1 AND ?2
         ORDER BY started, id",
    )?;
    let rows: Vec<(i64, String, String)> = stmt
        .query_map([q.from.to_string(), q.to.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows
        .into_iter()
        .filter_map(|(person, started, items)| {
            Some(Episode {
                person: people.get(&person).map_or(person, |p| p.id),
                started: NaiveDate::parse_from_str(&started, "%Y-%m-%d").ok()?,
                items: Items::from_json(&items),
            })
        })
        .collect())
}

/// The codes of an item (by key).
fn codes(key: &str) -> &'static [Code] {
    item(key).map_or(&[], |i| i.codes())
}

/// The row an answer goes to: its code's, or the last (unknown).
fn row_of(codes: &[Code], value: Option<&str>) -> usize {
    value
        .and_then(|v| codes.iter().position(|c| c.code == v))
        .unwrap_or(codes.len())
}

/// A row per code, then unknown, then the total; one column per list of answers.
fn coded(
    name: &str,
    title: &'static str,
    codes: &[Code],
    columns: Vec<(Label, Vec<Option<&str>>)>,
) -> Table {
    let mut counts = vec![vec![0u64; columns.len()]; codes.len() + 1];
    for (c, (_, answers)) in columns.iter().enumerate() {
        for a in answers {
            counts[row_of(codes, *a)][c] += 1;
        }
    }
    let labels = codes
        .iter()
        .map(|c| Label::Msg(c.msg))
        .chain(std::iter::once(Label::Msg(UNKNOWN_MSG)));
    let mut t = Table::new(name, title, columns.into_iter().map(|(l, _)| l).collect());
    let mut total = vec![0u64; t.columns.len()];
    for (label, row) in labels.zip(counts) {
        for (t, n) in total.iter_mut().zip(&row) {
            *t += n;
        }
        t.rows.push(Row {
            label,
            cells: row.into_iter().map(Value::Count).collect(),
        });
    }
    t.rows.push(Row {
        label: Label::Total,
        cells: total.into_iter().map(Value::Count).collect(),
    });
    t.total_row = true;
    t
}

/// Episodes by one item.
fn by_item(name: &str, title: &'static str, key: &str, episodes: &[Episode]) -> Table {
    let answers = episodes.iter().map(|e| e.items.get(key)).collect();
    coded(
        name,
        title,
        codes(key),
        vec![(Label::Msg("report-col-episodes"), answers)],
    )
    .linked(EPISODES)
}

/// The keys of the figures every table of episodes, and of persons, ends on.
const EPISODES: &str = "tdi-episodes";
const PERSONS: &str = "tdi-persons";

/// Each person once, with their first episode of the period.
fn first_of_each(episodes: &[Episode]) -> Vec<&Episode> {
    let mut seen = HashSet::new();
    episodes.iter().filter(|e| seen.insert(e.person)).collect()
}

/// Episodes by type of centre, treatment status and sex, as Belgium reports them upward: a
/// row per type of centre the episodes name (the episode's own item; unknown last) and
/// treatment status, the TDI sex across, with both margins.
fn centre_status_sex(episodes: &[Episode]) -> Table {
    let (centre, status, sex) = (codes("centre_type"), codes("status"), codes("sex"));
    let msg = |codes: &[Code], i: usize| codes.get(i).map_or(UNKNOWN_MSG, |c| c.msg);
    let mut cols: Vec<Label> = (0..=sex.len()).map(|i| Label::Msg(msg(sex, i))).collect();
    cols.push(Label::Total);
    let mut t = Table::new(
        "episodes-by-centre-status-sex",
        "report-tdi-centre-status-sex",
        cols,
    );
    let width = sex.len() + 2;
    // (type of centre, status) → counts by sex, then their total.
    let mut cells: BTreeMap<(usize, usize), Vec<u64>> = BTreeMap::new();
    let mut total = vec![0u64; width];
    for e in episodes {
        let (c, r) = (
            row_of(centre, e.items.get("centre_type")),
            row_of(status, e.items.get("status")),
        );
        let s = row_of(sex, e.items.get("sex"));
        // Every status of a type of centre the episodes name, so its rows read whole.
        for r in 0..=status.len() {
            cells.entry((c, r)).or_insert_with(|| vec![0; width]);
        }
        if let Some(row) = cells.get_mut(&(c, r)) {
            row[s] += 1;
            row[width - 1] += 1;
        }
        total[s] += 1;
        total[width - 1] += 1;
    }
    for ((c, r), row) in cells {
        t.rows.push(Row {
            label: Label::Pair(msg(centre, c), msg(status, r)),
            cells: row.into_iter().map(Value::Count).collect(),
        });
    }
    t.rows.push(Row {
        label: Label::Total,
        cells: total.into_iter().map(Value::Count).collect(),
    });
    t.total_col = true;
    t.total_row = true;
    t
}

/// The drugs episodes name as secondary (an episode once per drug, however many times it
/// names it); an episode may name several, so the rows do not add up to the episodes.
fn secondary(episodes: &[Episode]) -> Table {
    const KEYS: [&str; 4] = [
        "secondary_drug_1",
        "secondary_drug_2",
        "secondary_drug_3",
        "secondary_drug_4",
    ];
    let drugs = codes("secondary_drug_1");
    let mut counts = vec![0u64; drugs.len() + 1];
    for e in episodes {
        let named: HashSet<usize> = KEYS
            .iter()
            .filter_map(|k| e.items.get(k))
            .filter_map(|v| drugs.iter().position(|c| c.code == v))
            .collect();
        if e.items.get(KEYS[0]).is_none() {
            counts[drugs.len()] += 1;
        }
        for i in named {
            counts[i] += 1;
        }
    }
    let mut t = Table::new(
        "episodes-by-secondary-drug",
        "report-tdi-secondary-drugs",
        vec![Label::Msg("report-col-episodes")],
    );
    let labels = drugs
        .iter()
        .map(|c| Label::Msg(c.msg))
        .chain(std::iter::once(Label::Msg(UNKNOWN_MSG)));
    for (label, n) in labels.zip(counts) {
        t.rows.push(Row {
            label,
            cells: vec![Value::Count(n)],
        });
    }
    t.rows.push(Row {
        label: Label::Total,
        cells: vec![Value::Count(episodes.len() as u64)],
    });
    t
}

/// Injecting, sharing (of those who injected) and HIV and HCV testing, each person once.
fn persons_tables(episodes: &[Episode]) -> [Table; 3] {
    let persons = first_of_each(episodes);
    let col = || Label::Msg("report-col-persons");
    let injecting = coded(
        "persons-by-injecting",
        "report-tdi-injecting",
        codes("injecting"),
        vec![(
            col(),
            persons.iter().map(|e| e.items.get("injecting")).collect(),
        )],
    );
    let sharing_item = item("sharing");
    let sharing = coded(
        "persons-by-sharing",
        "report-tdi-sharing",
        codes("sharing"),
        vec![(
            col(),
            persons
                .iter()
                .filter(|e| sharing_item.is_some_and(|i| e.items.applies(i)))
                .map(|e| e.items.get("sharing"))
                .collect(),
        )],
    );
    let testing = coded(
        "persons-by-testing",
        "report-tdi-testing",
        codes("hiv_test"),
        vec![
            (
                Label::Msg("report-col-hiv"),
                persons.iter().map(|e| e.items.get("hiv_test")).collect(),
            ),
            (
                Label::Msg("report-col-hcv"),
                persons.iter().map(|e| e.items.get("hcv_test")).collect(),
            ),
        ],
    );
    // Each person once in injecting and in each column of testing: the same total.
    [injecting.linked(PERSONS), sharing, testing.linked(PERSONS)]
}

fn build(store: &Store, q: &Query, progress: Progress<'_>) -> Result<Vec<Table>, StoreError> {
    const STEPS: usize = 2;
    progress(0, STEPS);
    let episodes = read(store, q)?;
    progress(1, STEPS);
    let mut out = vec![
        centre_status_sex(&episodes).linked(EPISODES),
        by_item(
            "episodes-by-primary-drug",
            "report-tdi-primary-drug",
            "primary_drug",
            &episodes,
        ),
        ages::by_primary_drug(&episodes),
        years::injecting_by_primary_drug(&episodes),
    ];
    let items: [(&str, &'static str, &str); 10] = [
        ("episodes-by-referral", "report-tdi-referral", "referral"),
        (
            "episodes-by-living-with",
            "report-tdi-living-with",
            "living_with",
        ),
        (
            "episodes-by-living-with-children",
            "report-tdi-living-with-children",
            "living_with_children",
        ),
        (
            "episodes-by-living-where",
            "report-tdi-living-where",
            "living_where",
        ),
        ("episodes-by-education", "report-tdi-education", "education"),
        ("episodes-by-labour", "report-tdi-labour", "labour"),
        ("episodes-by-route", "report-tdi-route", "route"),
        ("episodes-by-frequency", "report-tdi-frequency", "frequency"),
        ("episodes-by-polydrug", "report-tdi-polydrug", "polydrug"),
        ("episodes-by-ost", "report-tdi-ost", "ost"),
    ];
    for (name, title, key) in items {
        out.push(by_item(name, title, key, &episodes));
        if key == "ost" {
            out.push(years::by_ost(&episodes));
        }
    }
    out.push(secondary(&episodes));
    out.extend(persons_tables(&episodes));
    progress(STEPS, STEPS);
    Ok(out)
}
