//! The activity report on a small hand-built register whose figures are known: a person merged
//! during the period counts once, an anonymous walk-in counts as a person, no birth year goes to
//! "age unknown", a visit after six months away is a return; tickets, waits and appointments.

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::indicators::{By, Label, Table, Value, recoverable};
use seuil::domain::person::{Draft, Fields, Sex};
use seuil::domain::queue::{Move, Priority};
use seuil::i18n::Lang;
use seuil::report::{self, Query, Rule};
use seuil::store::Store;
use seuil::store::queues::Actor;

fn at(m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

fn who(t: NaiveDateTime) -> Actor<'static> {
    Actor {
        by: "test",
        desk: Some("1"),
        at: t,
    }
}

fn query(by: By) -> Query {
    Query {
        from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
        by,
        lang: Lang::Fr,
    }
}

fn tables(s: &Store, rule: Rule) -> Vec<(Table, seuil::domain::indicators::Hidden)> {
    report::run(s, "activity", query(By::Month), rule, &mut |_, _| {})
        .unwrap()
        .tables
}

fn table<'a>(t: &'a [(Table, seuil::domain::indicators::Hidden)], name: &str) -> &'a Table {
    &t.iter().find(|(t, _)| t.name == name).unwrap().0
}

fn counts(t: &Table, col: usize) -> Vec<u64> {
    t.rows
        .iter()
        .map(|r| r.cells[col].count().unwrap())
        .collect()
}

fn fields(name: &str, birth: &str, sex: Option<Sex>) -> Fields {
    Draft {
        given_name: name.into(),
        birth: birth.into(),
        sex,
        ..Draft::default()
    }
    .check(at(1, 1, 8, 0).date())
    .unwrap()
}

const OPEN: Rule = Rule {
    apply: false,
    ..Rule::DEFAULT
};

/// Four persons: Awa (woman, 1990) seen in January and February; Bilal (man, no birth year)
/// seen in 2025 and back in March; an anonymous walk-in in February; Chris, a record of Awa
/// made by mistake and merged into hers, seen in March.
fn register() -> Store {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(5);
    let t0 = at(1, 2, 8, 0);
    let awa = s
        .add_person(&fields("Awa", "1990", Some(Sex::Female)), "t", t0, &mut rng)
        .unwrap();
    let bilal = s
        .add_person(&fields("Bilal", "", Some(Sex::Male)), "t", t0, &mut rng)
        .unwrap();
    let anon = s.add_person(&Fields::default(), "t", t0, &mut rng).unwrap();
    let chris = s
        .add_person(&fields("Chris", "", None), "t", t0, &mut rng)
        .unwrap();
    let last_year = NaiveDate::from_ymd_opt(2025, 6, 1)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    s.record_visit(bilal.id, None, "t", last_year).unwrap();
    s.record_visit(awa.id, None, "t", at(1, 5, 9, 0)).unwrap();
    s.record_visit(awa.id, None, "t", at(2, 9, 9, 0)).unwrap();
    s.record_visit(anon.id, None, "t", at(2, 10, 9, 0)).unwrap();
    s.record_visit(bilal.id, None, "t", at(3, 3, 9, 0)).unwrap();
    s.record_visit(chris.id, None, "t", at(3, 4, 9, 0)).unwrap();
    s.merge(&awa.code, &chris.code, "t", at(3, 5, 9, 0))
        .unwrap();
    // Tickets in March: Bilal seen at the medical consultation after 30 minutes, Awa left
    // unseen; one appointment kept, one missed.
    let e = s
        .join_person(bilal.id, "M", Priority::Normal, None, who(at(3, 6, 9, 0)))
        .unwrap();
    s.call_next("M", None, who(at(3, 6, 9, 30))).unwrap();
    s.move_entry(e.id, Move::Start, 0, None, who(at(3, 6, 9, 31)))
        .unwrap();
    s.move_entry(e.id, Move::Finish, 0, None, who(at(3, 6, 9, 50)))
        .unwrap();
    let e = s
        .join_person(awa.id, "M", Priority::Normal, None, who(at(3, 6, 9, 5)))
        .unwrap();
    s.move_entry(e.id, Move::LeftUnseen, 0, None, who(at(3, 6, 10, 0)))
        .unwrap();
    s
}

#[test]
fn persons_seen_count_a_merged_record_once_and_an_anonymous_walk_in_as_a_person() {
    let s = register();
    let t = tables(&s, OPEN);
    // January: Awa; February: Awa and the walk-in; March: Bilal and Awa (as Chris, merged).
    let seen = table(&t, "persons-by-period");
    assert_eq!(counts(seen, 0), [1, 2, 2, 3]);
    let bands = table(&t, "persons-by-band-sex");
    let unknown = bands.rows.len() - 2;
    let band_of_awa = bands
        .rows
        .iter()
        .position(|r| r.label == Label::Band("35-39"))
        .unwrap();
    assert_eq!(bands.cell(band_of_awa, 0), Some(Value::Count(1)), "Awa, 36");
    assert_eq!(
        bands.cell(unknown, 1),
        Some(Value::Count(1)),
        "Bilal: no birth year"
    );
    assert_eq!(
        bands.cell(unknown, 3),
        Some(Value::Count(1)),
        "the walk-in: sex not said"
    );
    assert_eq!(bands.cell(bands.rows.len() - 1, 4), Some(Value::Count(3)));
}

#[test]
fn new_requests_are_first_contacts_and_returns_come_after_six_months() {
    let s = register();
    let t = tables(&s, OPEN);
    assert_eq!(counts(table(&t, "new-requests-by-period"), 0), [1, 1, 0, 2]);
    assert_eq!(counts(table(&t, "returns-by-period"), 0), [0, 0, 1, 1]);
}

#[test]
fn a_visit_before_the_period_makes_the_next_one_no_new_request() {
    // From March: Awa came in January and February (Chris's visit is hers), Bilal last June.
    let s = register();
    let march = Query {
        from: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        ..query(By::Month)
    };
    let t = report::run(&s, "activity", march, OPEN, &mut |_, _| {})
        .unwrap()
        .tables;
    assert_eq!(counts(table(&t, "persons-by-period"), 0), [2, 2]);
    assert_eq!(counts(table(&t, "new-requests-by-period"), 0), [0, 0]);
    assert_eq!(counts(table(&t, "returns-by-period"), 0), [1, 1]);
}

#[test]
fn tickets_waits_and_appointments_by_service() {
    let s = register();
    let t = tables(&s, OPEN);
    let tickets = table(&t, "tickets-by-service");
    let medical = 0;
    assert_eq!(
        tickets.rows[medical].cells,
        vec![
            Value::Count(1),
            Value::Count(1),
            Value::Count(0),
            Value::Count(2)
        ]
    );
    let waits = table(&t, "waits-by-service");
    assert_eq!(waits.cell(medical, 0), Some(Value::Count(1)));
    assert_eq!(
        waits.cell(medical, 1),
        Some(Value::Measure {
            value: Some(30.0),
            n: 1
        })
    );
}

#[test]
fn small_counts_leave_the_centre_hidden_and_cannot_be_recovered() {
    let s = register();
    let t = tables(&s, Rule::DEFAULT);
    for (table, hidden) in &t {
        assert!(recoverable(table, hidden).is_empty(), "{}", table.name);
        for (r, row) in table.rows.iter().enumerate() {
            for (c, v) in row.cells.iter().enumerate() {
                if let Some(n) = v.count()
                    && n > 0
                    && n < 5
                {
                    assert!(hidden.contains(&(r, c)), "{} ({r},{c})", table.name);
                }
            }
        }
    }
    let json = seuil::report::out::json(
        &report::run(
            &s,
            "activity",
            query(By::Month),
            Rule::DEFAULT,
            &mut |_, _| {},
        )
        .unwrap(),
        &seuil::i18n::I18n::new(Lang::Fr),
    );
    assert_eq!(json["report"], "activity");
    assert_eq!(json["version"], 1);
    let seen = &json["tables"][0];
    assert_eq!(seen["name"], "persons-by-period");
    assert_eq!(seen["rows"][0][1], "< 5");
    assert!(!seen["suppressed"].as_array().unwrap().is_empty());
}

#[test]
fn breakdowns_by_nationality_language_and_commune_hide_under_ten() {
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(8);
    // Twelve Moroccan nationals speaking Arabic in Schaerbeek, three Eritreans speaking Tigrinya
    // with no fixed address.
    let mut add = |nationality: &str, lang: &str, commune: &str| {
        let f = Draft {
            given_name: "X".into(),
            nationality: nationality.into(),
            languages: lang.into(),
            commune: commune.into(),
            ..Draft::default()
        }
        .check(at(1, 1, 8, 0).date())
        .unwrap();
        let p = s.add_person(&f, "t", at(1, 2, 8, 0), &mut rng).unwrap();
        s.record_visit(p.id, None, "t", at(2, 3, 9, 0)).unwrap();
    };
    for _ in 0..12 {
        add("MA", "ar", "1030");
    }
    for _ in 0..3 {
        add("ER", "ti", "sdf");
    }
    let open = tables(&s, OPEN);
    let n = table(&open, "persons-by-nationality");
    let row = |label: &'static str| {
        n.rows
            .iter()
            .position(|r| r.label == Label::Msg(label))
            .unwrap()
    };
    assert_eq!(
        n.cell(row("report-nationality-north-africa"), 0),
        Some(Value::Count(12))
    );
    assert_eq!(
        n.cell(row("report-nationality-africa-other"), 0),
        Some(Value::Count(3))
    );
    let c = table(&open, "persons-by-commune");
    let nfa = c
        .rows
        .iter()
        .position(|r| r.label == Label::Msg("report-commune-nfa"))
        .unwrap();
    assert_eq!(c.cell(nfa, 0), Some(Value::Count(3)));
    let l = table(&open, "persons-by-language");
    assert_eq!(
        l.rows[0].label,
        Label::Text("ar".into()),
        "most spoken first"
    );
    // Leaving the centre: the 3 is under the 10 of a nationality breakdown, hidden, and
    // another cell of its column with it, so that the total does not give it back.
    let hidden = tables(&s, Rule::DEFAULT);
    let (t, h) = hidden
        .iter()
        .find(|(t, _)| t.name == "persons-by-nationality")
        .unwrap();
    assert!(t.sensitive);
    assert!(h.contains(&(row("report-nationality-africa-other"), 0)));
    assert!(recoverable(t, h).is_empty(), "{h:?}");
}

#[test]
fn a_total_hidden_by_nationality_is_hidden_in_every_table_of_the_persons_seen() {
    // Seven Eritreans seen in February: 7 is under the 10 of the breakdown by nationality, and
    // alone in its column, so the total goes with it; shown by month or by age band, that
    // total would give the 7 back.
    let s = Store::open_in_memory().unwrap();
    let mut rng = fastrand::Rng::with_seed(9);
    for _ in 0..7 {
        let f = Draft {
            given_name: "X".into(),
            nationality: "ER".into(),
            ..Draft::default()
        }
        .check(at(1, 1, 8, 0).date())
        .unwrap();
        let p = s.add_person(&f, "t", at(1, 2, 8, 0), &mut rng).unwrap();
        s.record_visit(p.id, None, "t", at(2, 3, 9, 0)).unwrap();
    }
    let t = tables(&s, Rule::DEFAULT);
    for name in [
        "persons-by-nationality",
        "persons-by-language",
        "persons-by-commune",
        "persons-by-period",
        "persons-by-band-sex",
    ] {
        let (t, h) = t.iter().find(|(t, _)| t.name == name).unwrap();
        let last = t.rows.len() - 1;
        let total = (last, t.rows[last].cells.len() - 1);
        assert_eq!(t.cell(total.0, total.1), Some(Value::Count(7)), "{name}");
        assert!(h.contains(&total), "{name}: {h:?}");
        assert!(recoverable(t, h).is_empty(), "{name}: {h:?}");
    }
}
