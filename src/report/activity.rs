//! The centre's activity (definitions `activity` in `docs/indicators.md`): persons seen, new
//! requests and returns, tickets per service with those who left unseen and the no-shows,
//! waits, appointments kept and missed.

use std::collections::HashMap;

use chrono::NaiveDate;

mod queues;

use super::people::{Counted, counted};
use super::{Def, Progress, Query, stamp};
use crate::domain::communes;
use crate::domain::indicators::{
    Fact, Label, Table, buckets, by_band_and_sex, by_group, by_period, nationality,
};
use crate::store::{Store, StoreError};

pub const DEF: Def = Def {
    name: "activity",
    title: "report-activity",
    version: 1,
    build,
};

/// The keys of the figures several tables show (the persons seen, the new requests).
const SEEN: &str = "persons-seen";
const NEW: &str = "new-requests";

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

/// Persons seen, new requests and returns: the period's visits, and each person's last
/// visit before it.
fn visits(store: &Store, q: &Query, people: &HashMap<i64, Counted>) -> Result<Seen, StoreError> {
    let kept = |id: i64| people.get(&id).map_or(id, |p| p.id);
    let (from, end) = (
        q.from.to_string(),
        q.to.succ_opt().unwrap_or(q.to).to_string(),
    );
    // The last visit before the period, by record; a merged record's counts for the one kept.
    let mut stmt = store.conn().prepare(
        "SELECT person_id, max(arrived_at) FROM visit INDEXED BY visit_person
         WHERE arrived_at < ?1 GROUP BY person_id",
    )?;
    let mut before: HashMap<i64, NaiveDate> = HashMap::new();
    let mut rows = stmt.query([&from])?;
    while let Some(r) = rows.next()? {
        let Some(day) = r.get_ref(1)?.as_str().ok().and_then(stamp::day) else {
            continue;
        };
        let last = before.entry(kept(r.get(0)?)).or_insert(day);
        *last = (*last).max(day);
    }
    // The period's visits, read through the index by person (it holds both columns: the table
    // is not visited row by row), each day read from its text without a string.
    let mut stmt = store.conn().prepare(
        "SELECT person_id, arrived_at FROM visit INDEXED BY visit_person
         WHERE arrived_at >= ?1 AND arrived_at < ?2",
    )?;
    let mut all: Vec<(i64, NaiveDate)> = Vec::new();
    let mut rows = stmt.query([&from, &end])?;
    while let Some(r) = rows.next()? {
        if let Some(day) = r.get_ref(1)?.as_str().ok().and_then(stamp::day) {
            all.push((kept(r.get(0)?), day));
        }
    }
    all.sort_unstable();
    let (mut seen, mut new, mut back) = (Vec::new(), Vec::new(), Vec::new());
    let mut previous: Option<(i64, NaiveDate)> = None;
    for &(id, day) in &all {
        let last = match previous {
            Some((p, d)) if p == id => Some(d),
            _ => before.get(&id).copied(),
        };
        previous = Some((id, day));
        let Some(p) = people.get(&id) else { continue };
        let f = fact(p, day);
        match last {
            None => new.push(f.clone()),
            Some(d) if (day - d).num_days() >= RETURN_AFTER_DAYS => back.push(f.clone()),
            _ => {}
        }
        seen.push(f);
    }
    Ok(Seen { seen, new, back })
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
        t.same_total = Some(SEEN);
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
        by_period("persons-by-period", "report-persons-seen", &seen, &periods).linked(SEEN),
        by_band_and_sex("persons-by-band-sex", "report-persons-seen", &seen).linked(SEEN),
        by_period(
            "new-requests-by-period",
            "report-new-requests",
            &new,
            &periods,
        )
        .linked(NEW),
        by_band_and_sex("new-requests-by-band-sex", "report-new-requests", &new).linked(NEW),
        by_period("returns-by-period", "report-returns", &back, &periods),
    ];
    out.extend(breakdowns(&seen, &people, q));
    progress(2, STEPS);
    let (per, waits, by_month) = queues::tickets(store, q)?;
    out.extend([per, waits, by_month]);
    progress(3, STEPS);
    out.push(queues::appointments(store, q)?);
    progress(STEPS, STEPS);
    Ok(out)
}
