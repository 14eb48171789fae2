//! The treatment and TDI reports on a small hand-built register whose figures are known: a
//! person whose two records are merged during the period counts once and keeps his course,
//! no birth year goes to "age unknown", a reversed dose does not count (and leaves a day
//! without a dose), retention with persons not yet measurable at the report's end.

mod register;
mod tdi_v2;

use register::{day, register};
use seuil::domain::indicators::{By, Hidden, Label, Table, Value, recoverable};
use seuil::i18n::Lang;
use seuil::report::{self, Query, Rule};
use seuil::store::Store;

const OPEN: Rule = Rule {
    apply: false,
    ..Rule::DEFAULT
};

fn query() -> Query {
    Query {
        from: day(2026, 1, 1),
        to: day(2026, 12, 31),
        by: By::Quarter,
        lang: Lang::Fr,
    }
}

fn run(s: &Store, name: &str, rule: Rule) -> Vec<(Table, Hidden)> {
    report::run(s, name, query(), rule, &mut |_, _| {})
        .unwrap()
        .tables
}

fn table<'a>(t: &'a [(Table, Hidden)], name: &str) -> &'a Table {
    &t.iter().find(|(t, _)| t.name == name).unwrap().0
}

fn column(t: &Table, col: usize) -> Vec<u64> {
    t.rows
        .iter()
        .map(|r| r.cells[col].count().unwrap())
        .collect()
}

fn row_of(t: &Table, label: &Label) -> usize {
    t.rows.iter().position(|r| &r.label == label).unwrap()
}

#[test]
fn persons_in_treatment_count_a_merged_person_once_and_no_birth_year_as_age_unknown() {
    let r = register();
    let t = run(&r.store, "treatment", OPEN);
    // Q1: Awa, Bilal, Dan (two records, one person); Q2: Awa; Q3: Awa, Bilal; Q4: Awa, Eve.
    let persons = table(&t, "persons-in-treatment-by-period");
    assert_eq!(column(persons, 0), [3, 1, 2, 2, 4]);
    assert!(!persons.total_row, "persons do not add up over quarters");
    let bands = table(&t, "persons-in-treatment-by-band-sex");
    let total = bands.rows.len() - 1;
    assert_eq!(bands.cell(total, 4), Some(Value::Count(4)));
    let unknown = row_of(bands, &Label::Band("u"));
    assert_eq!(bands.cell(unknown, 1), Some(Value::Count(1)), "Bilal");
    let dan = row_of(bands, &Label::Band("45-49"));
    assert_eq!(bands.cell(dan, 1), Some(Value::Count(1)), "Dan, once");
    let eve = row_of(bands, &Label::Band("25-29"));
    assert_eq!(bands.cell(eve, 0), Some(Value::Count(1)));
}

#[test]
fn inductions_are_first_doses_and_restarts_after_five_days_without_a_dose() {
    let r = register();
    let t = run(&r.store, "treatment", OPEN);
    // Awa 5 January, Bilal 1 February and again 1 July, Eve 1 October; Dan's second record
    // continues the first one's course (no induction), as does Awa after 3 days missed.
    assert_eq!(
        column(table(&t, "inductions-by-period"), 0),
        [2, 0, 1, 1, 4]
    );
    let bands = table(&t, "inductions-by-band-sex");
    let unknown = row_of(bands, &Label::Band("u"));
    assert_eq!(bands.cell(unknown, 1), Some(Value::Count(2)), "Bilal twice");
    assert_eq!(bands.cell(bands.rows.len() - 1, 4), Some(Value::Count(4)));
}

#[test]
fn retention_counts_who_is_still_dosed_and_says_who_is_not_yet_measurable() {
    let r = register();
    let t = run(&r.store, "treatment", OPEN);
    // Started: Awa (5 January), Bilal (1 February, his first induction), Eve (1 October).
    // 3 months: Awa dosed, Bilal not (gone in May), Eve's 1 January 2027 not reached.
    // 6 months: Awa, and Bilal back in July (dosed 25–31 July, within 7 days of 1 August).
    // 12 months: nobody measurable by 31 December.
    let kept = table(&t, "retention");
    assert_eq!(column(kept, 0), [1, 1, 1, 3]);
    assert_eq!(column(kept, 1), [2, 0, 1, 3]);
    assert_eq!(column(kept, 2), [0, 0, 3, 3]);
    let share = table(&t, "retention-share");
    // In %, hidden under the smallest count of its horizon (1 at 3 and 6 months).
    let pct = |row| match share.cell(row, 0) {
        Some(Value::Measure { value, n }) => (value, n),
        other => panic!("{other:?}"),
    };
    assert_eq!(pct(0), (Some(50.0), 1));
    assert_eq!(pct(1), (Some(100.0), 1));
    assert_eq!(pct(2), (None, 3), "nobody measurable at 12 months");
}

#[test]
fn retention_by_sex_and_by_age_band_at_the_start() {
    let r = register();
    let t = run(&r.store, "treatment", OPEN);
    let pct = |t: &Table, row: usize, col: usize| match t.cell(row, col) {
        Some(Value::Measure { value, .. }) => value,
        other => panic!("{other:?}"),
    };
    // Women: Awa (still at 3 and 6 months) and Eve (not yet measurable); a man, Bilal
    // (gone at 3 months, back by 6), no birth year.
    let sex = table(&t, "retention-by-sex");
    let (f, m) = (row_of(sex, &Label::Sex("f")), row_of(sex, &Label::Sex("m")));
    assert_eq!(column(sex, 0), [2, 1, 0, 0, 3], "started, adding up");
    assert_eq!((pct(sex, f, 1), pct(sex, f, 2)), (Some(100.0), Some(100.0)));
    assert_eq!((pct(sex, m, 1), pct(sex, m, 2)), (Some(0.0), Some(100.0)));
    assert_eq!(pct(sex, m, 3), None, "nobody measurable at 12 months");
    let total = sex.rows.len() - 1;
    assert_eq!(pct(sex, total, 1), Some(50.0), "as the retention share");
    let band = table(&t, "retention-by-band");
    let unknown = row_of(band, &Label::Band("u"));
    assert_eq!(band.cell(unknown, 0), Some(Value::Count(1)), "Bilal");
    assert_eq!(pct(band, unknown, 1), Some(0.0));
    assert_eq!(
        band.cell(row_of(band, &Label::Band("25-29")), 0),
        Some(Value::Count(1)),
        "Eve"
    );
    // Leaving the centre, every share here stands on a count under 5: hidden.
    let hidden = run(&r.store, "treatment", Rule::DEFAULT);
    let (sex, h) = hidden
        .iter()
        .find(|(t, _)| t.name == "retention-by-sex")
        .unwrap();
    assert!(h.contains(&(f, 1)) && h.contains(&(total, 1)), "{h:?}");
    assert!(recoverable(sex, h).is_empty(), "{h:?}");
}

#[test]
fn doses_count_once_each_and_a_reversed_dose_not_at_all() {
    let r = register();
    let t = run(&r.store, "treatment", OPEN);
    let doses = table(&t, "doses-by-period");
    // Q2: Awa every day of April, May and June (91) but 1 (reversed), 2 and 3 June; a
    // take-home of a weekend is a dose for each of its days.
    assert_eq!(column(doses, 0)[1], 88);
    assert_eq!(column(doses, 0)[4], r.doses);
    assert!(doses.total_row, "doses add up");
}

#[test]
fn missed_dose_episodes_are_runs_that_reach_the_withholding_threshold() {
    let r = register();
    let t = run(&r.store, "treatment", OPEN);
    // Q1: Awa 10–12 March, Bilal from 21 March; Q2: Awa 1–3 June (the reversed dose leaves
    // 1 June without one). Dan's two days at the new year stay under the threshold.
    assert_eq!(
        column(table(&t, "missed-dose-episodes-by-period"), 0),
        [2, 1, 0, 0, 3]
    );
}

#[test]
fn tdi_episodes_opened_and_their_items_unknown() {
    let r = register();
    let t = run(&r.store, "treatment", OPEN);
    let e = table(&t, "tdi-episodes-by-period");
    assert_eq!(column(e, 0), [4, 0, 0, 1, 5]);
    // Eve: 23 items asked (she never injected); known: sex and birth year from her record,
    // status, route, age at first use, injecting, HIV test.
    assert_eq!(e.cell(3, 1), Some(Value::Share { num: 16, den: 23 }));
    assert_eq!(e.cell(1, 1), Some(Value::Share { num: 0, den: 0 }));
}

#[test]
fn tdi_tables_count_episodes_and_persons_once() {
    let r = register();
    let t = run(&r.store, "tdi", OPEN);
    // Treatment status down (never, before, unknown, total); men, women, unknown, total.
    // No type of centre in these episodes: the rows of "unknown" alone.
    let status = table(&t, "episodes-by-centre-status-sex");
    assert_eq!(column(status, 0), [1, 2, 0, 3]);
    assert_eq!(column(status, 1), [2, 0, 0, 2]);
    assert_eq!(column(status, 3), [3, 2, 0, 5]);
    let drug = table(&t, "episodes-by-primary-drug");
    let heroin = row_of(drug, &Label::Msg("tdi-drug-1-1"));
    let crack = row_of(drug, &Label::Msg("tdi-drug-2-2"));
    let unknown = row_of(drug, &Label::Msg("tdi-unknown"));
    assert_eq!(
        (
            drug.cell(heroin, 0),
            drug.cell(crack, 0),
            drug.cell(unknown, 0)
        ),
        (
            Some(Value::Count(3)),
            Some(Value::Count(1)),
            Some(Value::Count(1))
        )
    );
    // Opioids: Awa 36, Dan 46 twice; Bilal (crack) has no birth year: not in the N.
    let ages = table(&t, "ages-by-primary-drug");
    let opioids = row_of(ages, &Label::Msg("tdi-drug-1"));
    assert_eq!(ages.cell(opioids, 0), Some(Value::Count(3)));
    let Some(Value::Measure {
        value: Some(mean),
        n: 3,
    }) = ages.cell(opioids, 1)
    else {
        panic!("{:?}", ages.cell(opioids, 1));
    };
    assert!((mean - 128.0 / 3.0).abs() < 1e-9);
    let cocaine = row_of(ages, &Label::Msg("tdi-drug-2"));
    assert_eq!(ages.cell(cocaine, 0), Some(Value::Count(0)));
    assert_eq!(ages.cell(cocaine, 3), Some(Value::Count(1)), "first use 25");
    assert_eq!(ages.cell(ages.rows.len() - 1, 0), Some(Value::Count(4)));
    // Injecting: Dan once, with his first episode; never: Bilal and Eve.
    let inj = table(&t, "persons-by-injecting");
    let last30 = row_of(inj, &Label::Msg("tdi-inject-2-3"));
    let never = row_of(inj, &Label::Msg("tdi-inject-1"));
    assert_eq!(inj.cell(last30, 0), Some(Value::Count(2)));
    assert_eq!(inj.cell(never, 0), Some(Value::Count(2)));
    assert_eq!(inj.cell(inj.rows.len() - 1, 0), Some(Value::Count(4)));
    // Sharing, of those who injected: Awa never, Dan unknown.
    let sharing = table(&t, "persons-by-sharing");
    assert_eq!(
        sharing.cell(sharing.rows.len() - 1, 0),
        Some(Value::Count(2))
    );
    let testing = table(&t, "persons-by-testing");
    let unknown = row_of(testing, &Label::Msg("tdi-unknown"));
    assert_eq!(testing.cell(unknown, 0), Some(Value::Count(0)));
    assert_eq!(testing.cell(unknown, 1), Some(Value::Count(2)), "Dan, Eve");
    let referral = table(&t, "episodes-by-referral");
    let own = row_of(referral, &Label::Msg("tdi-referral-6"));
    assert_eq!(referral.cell(own, 0), Some(Value::Count(1)));
}

#[test]
fn small_counts_leave_the_centre_hidden_and_cannot_be_recovered() {
    let r = register();
    for name in ["treatment", "tdi"] {
        for (table, hidden) in &run(&r.store, name, Rule::DEFAULT) {
            assert!(recoverable(table, hidden).is_empty(), "{}", table.name);
            for (row, cells) in table.rows.iter().enumerate() {
                for (c, v) in cells.cells.iter().enumerate() {
                    if let Some(n) = v.count()
                        && n > 0
                        && n < 5
                    {
                        assert!(hidden.contains(&(row, c)), "{} ({row},{c})", table.name);
                    }
                }
            }
        }
    }
    let listed: Vec<&str> = report::REPORTS.iter().map(|d| d.name).collect();
    assert_eq!(&listed[listed.len() - 2..], ["treatment", "tdi"]);
}
