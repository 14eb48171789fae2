//! The tables versions 2 and 3 of the TDI report add, on five episodes of their own whose
//! figures are known: type of centre, treatment status and sex, years since the first injection per main
//! drug, years since the first substitution treatment.

use seuil::domain::indicators::{Label, Table, Value, recoverable};
use seuil::domain::person::Sex;
use seuil::report::{self, Rule};
use seuil::store::Store;

use super::register::{at, day, episode, fields};
use super::{OPEN, column, row_of, run, table};

/// Ana (woman, 1980): low-threshold agency, never treated, heroin, injected first at 20, in
/// OST since 2010. Ben (man, 1990): low-threshold agency, treated before, methadone misused,
/// first injection at 30, OST from 2020 but not now. Chloé (woman, 2000): outpatient, treated
/// before, crack, first injection at 22, never in OST. Dirk (man, 1995): no type of centre,
/// status or drug; never injected, with an age at first injection left from an earlier answer.
/// Eli (man, no birth year): low-threshold agency, never treated, heroin, first injection at
/// 25, in OST since the year of the episode.
fn register() -> Store {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(7);
    let t0 = at(day(2025, 10, 1));
    let people = [
        ("Ana", "1980", Sex::Female),
        ("Ben", "1990", Sex::Male),
        ("Chloé", "2000", Sex::Female),
        ("Dirk", "1995", Sex::Male),
        ("Eli", "", Sex::Male),
    ]
    .map(|(name, born, sex)| {
        s.add_person(&fields(name, born, sex), "t", t0, &mut rng)
            .unwrap()
            .id
    });
    let answers: [&[(&str, &str)]; 5] = [
        &[
            ("centre_type", "5"),
            ("status", "1"),
            ("primary_drug", "1.1"),
            ("injecting", "2.3"),
            ("first_injection_age", "20"),
            ("ost", "3"),
            ("ost_first_year", "2010"),
        ],
        &[
            ("centre_type", "5"),
            ("status", "2"),
            ("primary_drug", "1.2"),
            ("injecting", "2.1"),
            ("first_injection_age", "30"),
            ("ost", "2"),
            ("ost_first_year", "2020"),
        ],
        &[
            ("centre_type", "1"),
            ("status", "2"),
            ("primary_drug", "2.2"),
            ("injecting", "2"),
            ("first_injection_age", "22"),
            ("ost", "1"),
        ],
        &[("injecting", "1"), ("first_injection_age", "18")],
        &[
            ("centre_type", "5"),
            ("status", "1"),
            ("primary_drug", "1.1"),
            ("injecting", "2.3"),
            ("first_injection_age", "25"),
            ("ost", "3"),
            ("ost_first_year", "2026"),
        ],
    ];
    for (i, (person, items)) in people.iter().zip(answers).enumerate() {
        episode(&s, *person, day(2026, 3, 1 + i as u32), items);
    }
    s
}

/// N, mean and standard deviation of a row of a years table.
fn years(t: &Table, row: usize) -> (u64, Option<f64>, Option<f64>) {
    let measure = |c| match t.cell(row, c) {
        Some(Value::Measure { value, .. }) => value,
        other => panic!("{other:?}"),
    };
    (
        t.cell(row, 0).unwrap().count().unwrap(),
        measure(1),
        measure(2),
    )
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn the_report_is_version_3() {
    assert_eq!(report::find("tdi").map(|d| d.version), Some(3));
}

#[test]
fn episodes_by_type_of_centre_treatment_status_and_sex() {
    let s = register();
    let t = run(&s, "tdi", OPEN);
    let c = table(&t, "episodes-by-centre-status-sex");
    assert!(c.total_row && c.total_col);
    // Men, women, unknown, total; a row for each status of the types of centre named.
    assert_eq!(c.columns[0], Label::Msg("tdi-sex-1"));
    let row = |centre: &'static str, status: &'static str| -> Vec<u64> {
        let r = row_of(c, &Label::Pair(centre, status));
        (0..4)
            .map(|k| c.cell(r, k).unwrap().count().unwrap())
            .collect()
    };
    assert_eq!(row("tdi-centre-1", "tdi-status-2"), [0, 1, 0, 1], "Chloé");
    assert_eq!(row("tdi-centre-1", "tdi-status-1"), [0, 0, 0, 0]);
    assert_eq!(
        row("tdi-centre-5", "tdi-status-1"),
        [1, 1, 0, 2],
        "Eli, Ana"
    );
    assert_eq!(row("tdi-centre-5", "tdi-status-2"), [1, 0, 0, 1], "Ben");
    assert_eq!(row("tdi-unknown", "tdi-unknown"), [1, 0, 0, 1], "Dirk");
    assert_eq!(
        c.rows.len(),
        3 * 3 + 1,
        "no row for a type of centre no episode names"
    );
    assert_eq!(
        c.rows[c.rows.len() - 2].label,
        Label::Pair("tdi-unknown", "tdi-unknown")
    );
    assert_eq!(column(c, 3)[c.rows.len() - 1], 5);
    assert_eq!(column(c, 0)[c.rows.len() - 1], 3, "three men");
    assert_eq!(
        column(c, 3).iter().sum::<u64>(),
        10,
        "the total row is the sum"
    );
}

#[test]
fn years_since_first_injection_by_main_drug() {
    let s = register();
    let t = run(&s, "tdi", OPEN);
    let y = table(&t, "injecting-years-by-primary-drug");
    // Opioids: Ana 46 − 20 = 26, Ben 36 − 30 = 6; Eli has no birth year: not in the N.
    let (n, mean, sd) = years(y, row_of(y, &Label::Msg("tdi-drug-1")));
    assert_eq!(n, 2);
    assert!(close(mean, 16.0), "{mean:?}");
    assert!(close(sd, 200f64.sqrt()), "{sd:?}");
    // Cocaine: Chloé 26 − 22 = 4, alone: no standard deviation.
    assert_eq!(
        years(y, row_of(y, &Label::Msg("tdi-drug-2"))),
        (1, Some(4.0), None)
    );
    // Dirk never injected: his leftover age is not read.
    assert_eq!(years(y, row_of(y, &Label::Msg("tdi-unknown"))).0, 0);
    let (n, mean, _) = years(y, y.rows.len() - 1);
    assert_eq!(n, 3);
    assert!(close(mean, 12.0), "{mean:?}");
}

#[test]
fn years_since_first_substitution_treatment() {
    let s = register();
    let t = run(&s, "tdi", OPEN);
    let y = table(&t, "ost-years-by-ost");
    let labels: Vec<&Label> = y.rows.iter().map(|r| &r.label).collect();
    assert_eq!(
        labels,
        [
            &Label::Msg("tdi-ost-2"),
            &Label::Msg("tdi-ost-3"),
            &Label::Total
        ]
    );
    // Before but not now: Ben, 2026 − 2020. Now: Ana 16, Eli 0.
    assert_eq!(years(y, 0), (1, Some(6.0), None));
    let (n, mean, sd) = years(y, 1);
    assert_eq!(n, 2);
    assert!(
        close(mean, 8.0) && close(sd, 128f64.sqrt()),
        "{mean:?} {sd:?}"
    );
    let (n, mean, _) = years(y, 2);
    assert_eq!(n, 3);
    assert!(close(mean, 22.0 / 3.0), "{mean:?}");
    // The tables of version 1 are still there, and injecting still counts persons.
    let inj = table(&t, "persons-by-injecting");
    assert_eq!(inj.cell(inj.rows.len() - 1, 0), Some(Value::Count(5)));
}

#[test]
fn the_new_tables_hide_small_counts_so_none_can_be_recovered() {
    let s = register();
    let t = run(&s, "tdi", Rule::DEFAULT);
    for name in [
        "episodes-by-centre-status-sex",
        "injecting-years-by-primary-drug",
        "ost-years-by-ost",
    ] {
        let (table, hidden) = t.iter().find(|(t, _)| t.name == name).unwrap();
        assert!(recoverable(table, hidden).is_empty(), "{name}: {hidden:?}");
        assert!(!hidden.is_empty(), "{name}: five episodes, small counts");
        for (r, row) in table.rows.iter().enumerate() {
            for (c, v) in row.cells.iter().enumerate() {
                let small = match *v {
                    Value::Count(n) | Value::Measure { n, .. } => n > 0 && n < 5,
                    Value::Share { .. } => false,
                };
                if small {
                    assert!(hidden.contains(&(r, c)), "{name} ({r},{c})");
                }
            }
        }
    }
    for (table, hidden) in &t {
        assert!(recoverable(table, hidden).is_empty(), "{}", table.name);
    }
}
