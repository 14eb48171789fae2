//! The coverage, harm-reduction and outreach reports on small hand-built registers whose
//! figures are known: a person merged during the period counts once (and their routes once),
//! an anonymous walk-in counts as a person, no birth year goes to "age unknown", an exchange or
//! a contact taken back counts nowhere, a tally of three counts three; the outreach figures
//! agree with the teams' own totals; and no small count can be found again from the totals.

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::coverage::{Coverage, RENEW_DAYS, Route, State};
use seuil::domain::indicators::{By, Hidden, Label, Table, Value, recoverable};
use seuil::domain::outreach::{AGE_BANDS, SEXES, Tally};
use seuil::domain::person::{Draft, Fields, Sex};
use seuil::i18n::Lang;
use seuil::report::{self, Query, Rule};
use seuil::store::Store;
use seuil::store::counter::{Giving, NewNaloxoneBatch, NewReversal, Outcome};
use seuil::store::coverage::{CareAccess, CoverageInput};
use seuil::store::outreach::{Met, NewContact, NewSession, NewVaccination};
use seuil::store::partners::PartnerInput;
use seuil::store::queues::Actor;

mod coverage;
mod harm_reduction;
mod outreach;

use self::coverage::coverage_register;
use self::harm_reduction::harm_register;
use self::outreach::outreach_register;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(m: u32, d: u32, h: u32) -> NaiveDateTime {
    day(2026, m, d).and_hms_opt(h, 0, 0).unwrap()
}

fn who(t: NaiveDateTime) -> Actor<'static> {
    Actor {
        by: "Inès",
        desk: Some("1"),
        at: t,
    }
}

fn query() -> Query {
    Query {
        from: day(2026, 1, 1),
        to: day(2026, 3, 31),
        by: By::Month,
        lang: Lang::Fr,
    }
}

const OPEN: Rule = Rule {
    apply: false,
    ..Rule::DEFAULT
};

fn tables(s: &Store, name: &str, rule: Rule) -> Vec<(Table, Hidden)> {
    report::run(s, name, query(), rule, &mut |_, _| {})
        .unwrap()
        .tables
}

fn table<'a>(t: &'a [(Table, Hidden)], name: &str) -> &'a Table {
    &t.iter()
        .find(|(t, _)| t.name == name)
        .unwrap_or_else(|| panic!("no table {name}"))
        .0
}

/// Every row's cells as counts (shares as their numerator, then denominator).
fn rows(t: &Table) -> Vec<Vec<u64>> {
    t.rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .flat_map(|v| match *v {
                    Value::Count(n) => vec![n],
                    Value::Share { num, den } => vec![num, den],
                    Value::Measure { n, .. } => vec![n],
                })
                .collect()
        })
        .collect()
}

fn band_sex(t: &Table, band: &str, sex: &str) -> u64 {
    let r = AGE_BANDS.iter().position(|b| *b == band).unwrap();
    let c = SEXES.iter().position(|s| *s == sex).unwrap();
    t.cell(r, c).unwrap().count().unwrap()
}

fn total(t: &Table) -> u64 {
    t.rows
        .last()
        .unwrap()
        .cells
        .last()
        .unwrap()
        .count()
        .unwrap()
}

fn fields(name: &str, birth: &str, sex: Option<Sex>) -> Fields {
    Draft {
        given_name: name.into(),
        birth: birth.into(),
        sex,
        ..Draft::default()
    }
    .check(day(2026, 1, 1))
    .unwrap()
}

/// Under the centre's rule, every small count is hidden and none can be found again.
fn safe(s: &Store, name: &str) {
    for (t, hidden) in tables(s, name, Rule::DEFAULT) {
        assert!(recoverable(&t, &hidden).is_empty(), "{}", t.name);
        for (r, row) in t.rows.iter().enumerate() {
            for (c, v) in row.cells.iter().enumerate() {
                if let Some(n) = v.count()
                    && n > 0
                    && n < 5
                {
                    assert!(hidden.contains(&(r, c)), "{} ({r},{c})", t.name);
                }
            }
        }
    }
}

fn tally(sex: &'static str, band: &'static str, new: bool, people: u32) -> Met {
    Met::Tally(Tally {
        sex,
        band,
        new,
        people,
    })
}

#[test]
fn every_title_column_and_label_is_said_in_the_six_languages() {
    let registers = [
        ("coverage", coverage_register()),
        ("harm-reduction", harm_register()),
        ("outreach", outreach_register()),
    ];
    for (name, s) in &registers {
        let def = report::find(name).unwrap();
        let mut ids = vec![def.title];
        for (t, _) in tables(s, name, OPEN) {
            ids.push(t.title);
            let labels = t.columns.iter().chain(t.rows.iter().map(|r| &r.label));
            ids.extend(labels.filter_map(|l| match l {
                Label::Msg(id) => Some(*id),
                _ => None,
            }));
        }
        for lang in Lang::ALL {
            let i18n = seuil::i18n::I18n::new(lang);
            for id in &ids {
                assert!(i18n.has(id), "{name}: {id} in {lang:?}");
            }
        }
    }
}
