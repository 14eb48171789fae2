//! The controlled-drug register: batches received, returned, destroyed, the daily balance
//! confirmed or corrected, never below zero, never edited; doses debit it.

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::person::Draft;
use seuil::domain::treatment::Outcome;
use seuil::store::Store;
use seuil::store::queues::Actor;
use seuil::store::stock::{Checked, NewBatch, NewProduct, Outflow, StockError};
use seuil::store::treatment::{DoseAsk, NewPrescription, TreatmentError};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn at(d: u32, hour: u32) -> NaiveDateTime {
    day(d).and_hms_opt(hour, 0, 0).unwrap()
}

fn who(t: NaiveDateTime) -> Actor<'static> {
    Actor {
        by: "Inès",
        desk: Some("2"),
        at: t,
    }
}

fn syrup(lot: &str, mg: f64, expires: NaiveDate) -> NewBatch {
    NewBatch {
        product: "methadone-syrup".into(),
        lot: lot.into(),
        mg,
        expires,
        mg_per_ml: None,
        mg_per_unit: None,
    }
}

fn moves(s: &Store) -> i64 {
    s.conn()
        .query_row("SELECT count(*) FROM stock_move", [], |r| r.get(0))
        .unwrap()
}

fn held(s: &Store, lot: &str) -> f64 {
    s.stock_balances(day(10))
        .unwrap()
        .iter()
        .flat_map(|p| p.batches.clone())
        .find(|b| b.lot == lot)
        .map_or(0.0, |b| b.mg)
}

#[test]
fn a_syrup_batch_received_shows_in_mg_and_ml_with_its_strength() {
    let s = Store::open_in_memory().unwrap();
    let mut strong = syrup("S-2", 500.0, day(30));
    strong.mg_per_ml = Some(10.0);
    s.receive_batch(&syrup("S-1", 1000.0, day(28)), who(at(1, 8)))
        .unwrap();
    let m = s.receive_batch(&strong, who(at(1, 8))).unwrap();
    assert_eq!(
        (m.kind.as_str(), m.mg, m.ml),
        ("received", 500.0, Some(50.0))
    );
    let b = s.stock_balances(day(10)).unwrap();
    assert_eq!(b.len(), 1);
    let p = &b[0];
    assert_eq!(
        (p.product.as_str(), p.mg, p.ml),
        ("methadone-syrup", 1500.0, None)
    );
    // Two strengths: no sum of ml. First to expire first, each with its strength from the
    // product (1 mg/ml) or its own.
    let lots: Vec<(&str, f64, Option<f64>)> = p
        .batches
        .iter()
        .map(|b| (b.lot.as_str(), b.mg, b.ml))
        .collect();
    assert_eq!(
        lots,
        [("S-1", 1000.0, Some(1000.0)), ("S-2", 500.0, Some(50.0))]
    );
}

#[test]
fn receiving_wrong_batches_is_refused_and_writes_nothing() {
    let s = Store::open_in_memory().unwrap();
    s.receive_batch(&syrup("S-1", 1000.0, day(28)), who(at(1, 8)))
        .unwrap();
    type Expect = fn(&StockError) -> bool;
    let cases: Vec<(NewBatch, Expect)> = vec![
        (syrup("S-2", 0.0, day(28)), |e| {
            matches!(e, StockError::NotPositive(_))
        }),
        (syrup("S-2", -5.0, day(28)), |e| {
            matches!(e, StockError::NotPositive(_))
        }),
        (
            syrup("S-2", 100.0, NaiveDate::from_ymd_opt(2026, 10, 31).unwrap()),
            |e| matches!(e, StockError::ExpiresBeforeReception { .. }),
        ),
        (syrup("S-1", 100.0, day(28)), |e| {
            matches!(e, StockError::DuplicateLot { .. })
        }),
        (syrup("  ", 100.0, day(28)), |e| {
            matches!(e, StockError::NoLot)
        }),
        (
            NewBatch {
                product: "heroin".into(),
                ..syrup("H-1", 100.0, day(28))
            },
            |e| matches!(e, StockError::UnknownProduct(_)),
        ),
    ];
    for (batch, expected) in cases {
        let e = s.receive_batch(&batch, who(at(1, 9))).unwrap_err();
        assert!(expected(&e), "{batch:?}: {e:?}");
    }
    assert_eq!(moves(&s), 1);
    let batches: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM stock_batch", [], |r| r.get(0))
        .unwrap();
    assert_eq!(batches, 1);
}

#[test]
fn destroying_more_than_a_batch_holds_is_refused_returning_adds_back() {
    let s = Store::open_in_memory().unwrap();
    s.receive_batch(&syrup("S-1", 100.0, day(28)), who(at(1, 8)))
        .unwrap();
    let e = s
        .stock_out(
            Outflow::Destroyed,
            "methadone-syrup",
            "S-1",
            100.5,
            Some("spilt"),
            who(at(2, 9)),
        )
        .unwrap_err();
    match e {
        StockError::Negative { left, asked, .. } => assert_eq!((left, asked), (100.0, 100.5)),
        other => panic!("{other:?}"),
    }
    assert_eq!(moves(&s), 1);
    let m = s
        .stock_out(
            Outflow::Destroyed,
            "methadone-syrup",
            "S-1",
            30.0,
            Some("spilt"),
            who(at(2, 9)),
        )
        .unwrap();
    assert_eq!(
        (m.kind.as_str(), m.mg, m.reason.as_deref()),
        ("destroyed", -30.0, Some("spilt"))
    );
    let m = s
        .stock_out(
            Outflow::Returned,
            "methadone-syrup",
            "S-1",
            10.0,
            None,
            who(at(2, 10)),
        )
        .unwrap();
    assert_eq!((m.kind.as_str(), m.mg), ("returned", 10.0));
    assert_eq!(held(&s, "S-1"), 80.0);
    // An unknown lot, nothing to move.
    assert!(matches!(
        s.stock_out(
            Outflow::Destroyed,
            "methadone-syrup",
            "S-9",
            1.0,
            None,
            who(at(2, 11))
        ),
        Err(StockError::UnknownLot { .. })
    ));
    assert!(matches!(
        s.stock_out(
            Outflow::Returned,
            "methadone-syrup",
            "S-1",
            0.0,
            None,
            who(at(2, 11))
        ),
        Err(StockError::NotPositive(_))
    ));
}

#[test]
fn the_daily_balance_is_confirmed_or_corrected_with_a_reason_in_one_act() {
    let s = Store::open_in_memory().unwrap();
    s.receive_batch(&syrup("S-1", 100.0, day(20)), who(at(1, 8)))
        .unwrap();
    s.receive_batch(&syrup("S-2", 500.0, day(28)), who(at(1, 8)))
        .unwrap();
    let ok = s
        .check_stock("methadone-syrup", 600.0, None, who(at(2, 18)))
        .unwrap();
    assert!(matches!(&ok, Checked::Confirmed(c) if c.expected == 600.0 && c.counted == 600.0));
    // A difference without a reason: refused, nothing written.
    let e = s
        .check_stock("methadone-syrup", 450.0, Some(" "), who(at(2, 18)))
        .unwrap_err();
    assert!(matches!(e, StockError::ReasonNeeded { .. }), "{e:?}");
    assert_eq!(moves(&s), 2);
    // 150 mg short: the 100 of the first to expire, then 50 of the next.
    let fixed = s
        .check_stock(
            "methadone-syrup",
            450.0,
            Some("flacon cassé"),
            who(at(2, 18)),
        )
        .unwrap();
    let Checked::Corrected(check, corrections) = fixed else {
        panic!("not corrected");
    };
    assert_eq!((check.expected, check.counted), (600.0, 450.0));
    let spread: Vec<(&str, f64, &str)> = corrections
        .iter()
        .map(|m| (m.lot.as_str(), m.mg, m.kind.as_str()))
        .collect();
    assert_eq!(
        spread,
        [("S-1", -100.0, "correction"), ("S-2", -50.0, "correction")]
    );
    assert_eq!(s.stock_balances(day(2)).unwrap()[0].mg, 450.0);
    // 5 mg more than the register: to the batch in use.
    let more = s
        .check_stock(
            "methadone-syrup",
            455.0,
            Some("mal compté hier"),
            who(at(3, 18)),
        )
        .unwrap();
    let Checked::Corrected(_, m) = more else {
        panic!("not corrected");
    };
    assert_eq!((m[0].lot.as_str(), m[0].mg), ("S-2", 5.0));
    // Below zero: refused.
    assert!(matches!(
        s.check_stock("methadone-syrup", -1.0, Some("?"), who(at(3, 19))),
        Err(StockError::NegativeCount(_))
    ));
    let p = &s.stock_balances(day(3)).unwrap()[0];
    assert_eq!(p.checked.as_ref().map(|c| c.counted), Some(455.0));
}

#[test]
fn doses_debit_the_register_and_an_expired_batch_is_not_dispensed() {
    let s = Store::open_in_memory().unwrap();
    let fields = Draft::default().check(day(1)).unwrap();
    let p = s
        .add_person(&fields, "Inès", at(1, 8), &mut fastrand::Rng::with_seed(7))
        .unwrap()
        .id;
    s.prescribe(
        p,
        &NewPrescription {
            product: "methadone-syrup".into(),
            mg: 60.0,
            starts: day(1),
            ends: None,
            prescriber: Some("Dr Janssens".into()),
            take_home_days: 3,
            note: None,
        },
        who(at(1, 8)),
    )
    .unwrap();
    s.receive_batch(&syrup("OLD", 500.0, day(2)), who(at(1, 8)))
        .unwrap();
    let ask = |d: u32, outcome| DoseAsk {
        day: day(d),
        outcome,
        mg: None,
        reason: None,
    };
    s.dose(p, &ask(1, Outcome::Given), who(at(1, 9))).unwrap();
    s.dose(p, &ask(2, Outcome::Given), who(at(2, 9))).unwrap();
    let today = s.stock_moves_on(day(2)).unwrap();
    assert_eq!(
        today
            .iter()
            .map(|m| (m.kind.as_str(), m.mg))
            .collect::<Vec<_>>(),
        [("dispensed", -60.0)]
    );
    // The batch expired on the 2nd: on the 3rd, no dose from it.
    let e = s
        .dose(p, &ask(3, Outcome::Given), who(at(3, 9)))
        .unwrap_err();
    assert!(matches!(e, TreatmentError::BatchExpired { .. }), "{e:?}");
    let expiring = s.stock_expiring(day(3), 0).unwrap();
    assert_eq!(
        expiring
            .iter()
            .map(|b| (b.lot.as_str(), b.mg, b.expired))
            .collect::<Vec<_>>(),
        [("OLD", 380.0, true)]
    );
    s.receive_batch(&syrup("NEW", 1000.0, day(30)), who(at(3, 9)))
        .unwrap();
    s.dose(p, &ask(3, Outcome::Given), who(at(3, 10))).unwrap();
    assert_eq!(held(&s, "NEW"), 940.0);
    // Within 30 days: both; within 7 days of the 3rd, only the old one.
    assert_eq!(s.stock_expiring(day(3), 30).unwrap().len(), 2);
    assert_eq!(s.stock_expiring(day(3), 7).unwrap().len(), 1);
    // A move is never edited nor removed.
    assert!(
        s.conn()
            .execute("UPDATE stock_move SET mg = 0", [])
            .is_err()
    );
    assert!(s.conn().execute("DELETE FROM stock_move", []).is_err());
}

#[test]
fn the_centre_adds_a_product_with_its_names() {
    let s = Store::open_in_memory().unwrap();
    let mut names = std::collections::BTreeMap::new();
    names.insert("fr".to_string(), "oxycodone LP".to_string());
    names.insert("ar".to_string(), "أوكسيكودون".to_string());
    let p = s
        .add_product(&NewProduct {
            code: "oxycodone-sr".into(),
            form: "tablet".into(),
            mg_per_ml: None,
            names,
        })
        .unwrap();
    assert_eq!(p.form, "tablet");
    let list = s.treatment_products().unwrap();
    assert_eq!(list.last().map(|p| p.code.as_str()), Some("oxycodone-sr"));
    let ar = seuil::i18n::I18n::new(seuil::i18n::Lang::Ar);
    let nl = seuil::i18n::I18n::new(seuil::i18n::Lang::Nl);
    assert_eq!(
        seuil::store::stock::product_name(&p.code, &p.names, &ar),
        "أوكسيكودون"
    );
    assert_eq!(
        seuil::store::stock::product_name(&p.code, &p.names, &nl),
        "oxycodone LP"
    );
    let again = s.add_product(&NewProduct {
        code: "oxycodone-sr".into(),
        form: "tablet".into(),
        ..Default::default()
    });
    assert!(matches!(again, Err(StockError::DuplicateProduct(_))));
    for (code, form) in [("Oxy Codone", "tablet"), ("ok-code", "powder")] {
        let e = s
            .add_product(&NewProduct {
                code: code.into(),
                form: form.into(),
                ..Default::default()
            })
            .unwrap_err();
        assert!(
            matches!(e, StockError::BadCode(_) | StockError::BadForm(_)),
            "{e:?}"
        );
    }
    // A tablet batch keeps its strength per unit and counts its units.
    s.receive_batch(
        &NewBatch {
            product: "oxycodone-sr".into(),
            lot: "T-1".into(),
            mg: 200.0,
            expires: day(30),
            mg_per_ml: None,
            mg_per_unit: Some(20.0),
        },
        who(at(1, 8)),
    )
    .unwrap();
    let b = s.stock_balances(day(1)).unwrap();
    assert_eq!(b[0].batches[0].units, Some(10.0));
    assert_eq!(b[0].ml, None);
}
