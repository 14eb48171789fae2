//! The harm-reduction report: material, returns, naloxone, exchanges, for others.

use super::*;

/// Counter: on 5 January ten syringes and ten waters, eight used returned; on 6 January a
/// naloxone kit, also for two other people; on 3 February five syringes and two crack pipes
/// in an emergency; on 4 February twenty syringes, taken back. In the street on 2 March five
/// syringes and three condoms. On 10 March the kit is reported used: recovered, emergency
/// services called.
pub(super) fn harm_register() -> Store {
    let s = Store::open_in_memory().unwrap();
    s.receive_naloxone(
        &NewNaloxoneBatch {
            lot: "NX-1".into(),
            expires: day(2027, 1, 1),
            kits: 10,
        },
        who(at(1, 2, 8)),
    )
    .unwrap();
    let give = |lines: &[(&str, u32)], g: Giving, t: NaiveDateTime| {
        let g = Giving {
            lines: lines.iter().map(|(c, n)| (c.to_string(), *n)).collect(),
            ..g
        };
        s.give(&g, who(t)).unwrap()
    };
    let none = Giving::default;
    give(
        &[("syringe-1ml", 10), ("water", 10)],
        Giving {
            returned: 8,
            ..none()
        },
        at(1, 5, 9),
    );
    let kit_exchange = give(
        &[("naloxone", 1)],
        Giving {
            for_others: 2,
            ..none()
        },
        at(1, 6, 9),
    );
    give(
        &[("syringe-1ml", 5), ("crack-pipe", 2)],
        Giving {
            emergency: true,
            ..none()
        },
        at(2, 3, 9),
    );
    give(&[("syringe-2ml", 20)], none(), at(2, 4, 9));
    s.undo_last_exchange(who(at(2, 4, 10))).unwrap();
    s.add_place("Gare du Midi", "metro", None, who(at(3, 2, 8)))
        .unwrap();
    let session = s
        .start_session(
            &NewSession {
                place: "Gare du Midi".into(),
                day: Some(day(2026, 3, 2)),
                ..Default::default()
            },
            who(at(3, 2, 14)),
        )
        .unwrap();
    let contact = NewContact {
        given: vec![("syringe-1ml".into(), 5), ("condom".into(), 3)],
        ..NewContact::new(session, tally("u", "u", false, 1))
    };
    let mut rng = fastrand::Rng::with_seed(3);
    s.add_contact(&contact, who(at(3, 2, 15)), &mut rng)
        .unwrap();
    let kit = s.exchange(kit_exchange).unwrap().unwrap().kits[0].id;
    s.report_reversal(
        &NewReversal {
            kit_id: Some(kit),
            person_id: None,
            happened_on: Some(day(2026, 3, 8)),
            emergency_called: Some(true),
            outcome: Outcome::Recovered,
            note: None,
        },
        who(at(3, 10, 9)),
    )
    .unwrap();
    s
}

#[test]
fn material_given_by_kind_at_the_counter_and_in_the_street_without_what_was_taken_back() {
    let s = harm_register();
    let t = tables(&s, "harm-reduction", OPEN);
    let kinds = rows(table(&t, "items-by-kind"));
    assert_eq!(
        kinds[0],
        [25, 5, 30],
        "injection: the 20 taken back are not there"
    );
    assert_eq!(kinds[1], [2, 0, 2], "smoking");
    assert_eq!(kinds[3], [0, 3, 3], "safer sex");
    assert_eq!(kinds[4], [1, 0, 1], "naloxone");
    assert_eq!(kinds.last().unwrap(), &[28, 8, 36]);
    assert_eq!(
        rows(table(&t, "items-by-period")),
        [
            vec![21, 0, 21],
            vec![7, 0, 7],
            vec![0, 8, 8],
            vec![28, 8, 36]
        ]
    );
}

#[test]
fn used_material_returned_kits_exchanges_and_secondary_distribution() {
    let s = harm_register();
    let t = tables(&s, "harm-reduction", OPEN);
    // Exchange items given, returned, rate (returned of given).
    assert_eq!(
        rows(table(&t, "returns-by-period")),
        [
            vec![10, 8, 8, 10],
            vec![5, 0, 0, 5],
            vec![5, 0, 0, 5],
            vec![20, 8, 8, 20]
        ]
    );
    let rate = table(&t, "returns-by-period").rows[3].cells[2];
    assert_eq!(rate.percent(), Some(40.0));
    assert_eq!(
        rows(table(&t, "exchanges-by-period")),
        [vec![2, 0, 2], vec![1, 0, 1], vec![0, 1, 1], vec![3, 1, 4]],
        "the exchange taken back and its reversing row count nowhere"
    );
    assert_eq!(
        rows(table(&t, "for-others-by-period")),
        [vec![1, 2, 0], vec![0, 0, 1], vec![0, 0, 0], vec![1, 2, 1]]
    );
    assert_eq!(
        rows(table(&t, "naloxone-by-period")),
        [vec![1, 0], vec![0, 0], vec![0, 1], vec![1, 1]]
    );
    let outcomes = rows(table(&t, "reversals-by-outcome"));
    assert_eq!(outcomes[0], [1, 1], "recovered, emergency services called");
    assert_eq!(outcomes.last().unwrap(), &[1, 1]);
    safe(&s, "harm-reduction");
}
