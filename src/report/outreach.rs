//! Outreach (definitions `outreach` in `docs/indicators.md`): the mobile teams' sessions, the
//! places visited and the new ones, the people met (a tally of three is three), accompaniments
//! by kind of partner, vaccinations by vaccine and dose, referrals. Counted as the teams'
//! figures are (`Store::outreach_totals`): by the session's day, contacts taken back left out,
//! so a report and `seuil outreach sessions` agree.

use std::collections::BTreeMap;

use super::grid::{Grid, bucket_of, day_of};
use super::{Def, Progress, Query};
use crate::domain::indicators::{Fact, Label, Table, buckets, by_band_and_sex, by_period};
use crate::domain::outreach::{AGE_BANDS, PLACE_KINDS, SEXES, kind_id};
use crate::store::{Store, StoreError};

pub const DEF: Def = Def {
    name: "outreach",
    title: "report-outreach",
    version: 1,
    build,
};

/// The sessions of the period, and their contacts that count (neither a reversing row nor
/// taken back), as `Store::outreach_totals` reads them.
const CONTACTS: &str = "WITH s AS MATERIALIZED (SELECT id, day, place_id FROM outreach_session
                               WHERE day BETWEEN ?1 AND ?2),
     k AS MATERIALIZED (SELECT k.*, s.day FROM outreach_contact k JOIN s ON s.id = k.session_id
                        WHERE +k.reverses IS NULL AND NOT EXISTS
                          (SELECT 1 FROM outreach_contact r WHERE r.reverses = k.id))";

/// Partner kinds, as stored, with their names.
const PARTNER_KINDS: [(&str, &str); 6] = [
    ("hospital", "partner-kind-hospital"),
    ("cpas", "partner-kind-cpas"),
    ("medical", "partner-kind-medical"),
    ("shelter", "partner-kind-shelter"),
    ("specialised", "partner-kind-specialised"),
    ("other", "partner-kind-other"),
];

fn period_args(q: &Query) -> [String; 2] {
    [q.from.to_string(), q.to.to_string()]
}

/// Sessions, new places, accompaniments, vaccinations and referrals by period; places
/// visited by period (each once per slice) and by kind.
fn sessions_and_places(store: &Store, q: &Query) -> Result<Vec<Table>, StoreError> {
    let periods = buckets(q.from, q.to, q.by);
    let c = store.conn();
    let mut per = Grid::by_period(&periods, 5);
    let mut stmt = c.prepare(
        "SELECT day, count(*) FROM outreach_session WHERE day BETWEEN ?1 AND ?2 GROUP BY day",
    )?;
    let mut add = |stmt: &mut rusqlite::Statement<'_>, col: usize| -> Result<(), StoreError> {
        let mut rows = stmt.query(period_args(q))?;
        while let Some(r) = rows.next()? {
            if let Some(b) = day_of(&r.get::<_, String>(0)?).and_then(|d| bucket_of(&periods, d)) {
                per.add(b, col, r.get::<_, i64>(1)?.unsigned_abs());
            }
        }
        Ok(())
    };
    add(&mut stmt, 0)?;
    add(
        &mut c.prepare(
            "SELECT first_visit, count(*) FROM place WHERE first_visit BETWEEN ?1 AND ?2
             GROUP BY first_visit",
        )?,
        1,
    )?;
    add(
        &mut c.prepare(&format!(
            "{CONTACTS} SELECT day, count(*) FROM k WHERE accompanied_to IS NOT NULL GROUP BY day"
        ))?,
        2,
    )?;
    add(
        &mut c.prepare(&format!(
            "{CONTACTS} SELECT k.day, count(*) FROM vaccination v JOIN k ON k.id = v.contact_id
             GROUP BY k.day"
        ))?,
        3,
    )?;
    add(
        &mut c.prepare(&format!(
            "{CONTACTS} SELECT day, count(*) FROM k WHERE referral IS NOT NULL GROUP BY day"
        ))?,
        4,
    )?;
    let per = per.table(
        "outreach-by-period",
        "report-outreach-by-period",
        vec![
            Label::Msg("outreach-total-sessions"),
            Label::Msg("outreach-total-new-places"),
            Label::Msg("outreach-total-accompaniments"),
            Label::Msg("outreach-total-vaccinations"),
            Label::Msg("report-col-referrals"),
        ],
        false,
    );
    // Places: each once per slice (a place visited in two months is one place in the quarter).
    let mut stmt = c.prepare(
        "SELECT DISTINCT s.day, s.place_id, p.kind, p.first_visit BETWEEN ?1 AND ?2
         FROM outreach_session s JOIN place p ON p.id = s.place_id
         WHERE s.day BETWEEN ?1 AND ?2",
    )?;
    let mut visits = Vec::new();
    let mut kinds: BTreeMap<i64, (usize, bool)> = BTreeMap::new();
    let mut rows = stmt.query(period_args(q))?;
    while let Some(r) = rows.next()? {
        let Some(day) = day_of(&r.get::<_, String>(0)?) else {
            continue;
        };
        let place: i64 = r.get(1)?;
        let kind: String = r.get(2)?;
        let kind = PLACE_KINDS
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(PLACE_KINDS.len() - 1);
        kinds.insert(place, (kind, r.get::<_, bool>(3)?));
        visits.push(Fact::new(Some(place), day));
    }
    let places = by_period(
        "places-by-period",
        "outreach-total-places",
        &visits,
        &periods,
    );
    let mut by_kind = Grid::new(
        PLACE_KINDS.iter().map(|k| Label::Msg(kind_id(k))).collect(),
        2,
    );
    for (kind, new) in kinds.values() {
        by_kind.add(*kind, 0, 1);
        by_kind.add(*kind, 1, u64::from(*new));
    }
    let by_kind = by_kind.table(
        "places-by-kind",
        "report-places-by-kind",
        vec![
            Label::Msg("outreach-total-places"),
            Label::Msg("outreach-total-new-places"),
        ],
        false,
    );
    Ok(vec![per, places, by_kind])
}

/// People met by period (already met, new) and by age band and sex.
fn contacts(store: &Store, q: &Query) -> Result<Vec<Table>, StoreError> {
    let periods = buckets(q.from, q.to, q.by);
    let mut per = Grid::by_period(&periods, 2);
    let mut met = Vec::new();
    let mut new = Vec::new();
    let mut stmt = store.conn().prepare(&format!(
        "{CONTACTS} SELECT day, sex, age_band, new, sum(people) FROM k GROUP BY 1, 2, 3, 4"
    ))?;
    let mut rows = stmt.query(period_args(q))?;
    while let Some(r) = rows.next()? {
        let Some(day) = day_of(&r.get::<_, String>(0)?) else {
            continue;
        };
        let sex: String = r.get(1)?;
        let band: String = r.get(2)?;
        let is_new: bool = r.get(3)?;
        let people = r.get::<_, i64>(4)?.unsigned_abs();
        if let Some(b) = bucket_of(&periods, day) {
            per.add(b, usize::from(is_new), people);
        }
        let fact = Fact {
            sex: SEXES.iter().copied().find(|s| *s == sex).unwrap_or("u"),
            band: AGE_BANDS
                .iter()
                .copied()
                .find(|b| *b == band)
                .unwrap_or("u"),
            weight: people,
            ..Fact::new(None, day)
        };
        if is_new {
            new.push(fact.clone());
        }
        met.push(fact);
    }
    Ok(vec![
        per.table(
            "contacts-by-period",
            "report-contacts-by-period",
            vec![
                Label::Msg("report-col-met-before"),
                Label::Msg("report-col-new"),
            ],
            true,
        ),
        by_band_and_sex("contacts-by-band-sex", "report-contacts-by-band-sex", &met),
        by_band_and_sex(
            "new-contacts-by-band-sex",
            "report-new-contacts-by-band-sex",
            &new,
        ),
    ])
}

/// Accompaniments by kind of partner; vaccinations by vaccine (as written) and dose number.
fn accompaniments_and_vaccinations(store: &Store, q: &Query) -> Result<Vec<Table>, StoreError> {
    let c = store.conn();
    let mut partners = Grid::new(
        PARTNER_KINDS.iter().map(|(_, m)| Label::Msg(m)).collect(),
        1,
    );
    let mut stmt = c.prepare(&format!(
        "{CONTACTS} SELECT pa.kind, count(*) FROM k JOIN partner pa ON pa.id = k.accompanied_to
         GROUP BY pa.kind"
    ))?;
    let mut rows = stmt.query(period_args(q))?;
    while let Some(r) = rows.next()? {
        let kind: String = r.get(0)?;
        let row = PARTNER_KINDS
            .iter()
            .position(|(k, _)| *k == kind)
            .unwrap_or(PARTNER_KINDS.len() - 1);
        partners.add(row, 0, r.get::<_, i64>(1)?.unsigned_abs());
    }
    let mut stmt = c.prepare(&format!(
        "{CONTACTS} SELECT v.vaccine, v.dose_number, count(*) FROM vaccination v
         JOIN k ON k.id = v.contact_id GROUP BY 1, 2 ORDER BY 1, 2"
    ))?;
    let doses: Vec<(String, u32, u64)> = stmt
        .query_map(period_args(q), |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)?.unsigned_abs()))
        })?
        .collect::<Result<_, _>>()?;
    let vaccines: Vec<String> = {
        let mut v: Vec<String> = doses.iter().map(|(name, _, _)| name.clone()).collect();
        v.dedup();
        v
    };
    let highest = doses.iter().map(|(_, d, _)| *d).max().unwrap_or(1).max(1);
    let mut vaccinations = Grid::new(
        vaccines.iter().map(|v| Label::Text(v.clone())).collect(),
        highest as usize,
    );
    for (name, dose, n) in &doses {
        if let Some(row) = vaccines.iter().position(|v| v == name) {
            vaccinations.add(row, (*dose as usize).saturating_sub(1), *n);
        }
    }
    Ok(vec![
        partners.table(
            "accompaniments-by-partner-kind",
            "report-accompaniments-by-partner-kind",
            vec![Label::Msg("outreach-total-accompaniments")],
            false,
        ),
        vaccinations.table(
            "vaccinations-by-vaccine-dose",
            "report-vaccinations-by-vaccine-dose",
            (1..=highest).map(|d| Label::Text(d.to_string())).collect(),
            true,
        ),
    ])
}

fn build(store: &Store, q: &Query, progress: Progress<'_>) -> Result<Vec<Table>, StoreError> {
    const STEPS: usize = 3;
    progress(0, STEPS);
    let mut out = sessions_and_places(store, q)?;
    progress(1, STEPS);
    out.extend(contacts(store, q)?);
    progress(2, STEPS);
    out.extend(accompaniments_and_vaccinations(store, q)?);
    progress(STEPS, STEPS);
    Ok(out)
}
