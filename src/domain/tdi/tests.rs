use super::*;
use crate::domain::person::Sex;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn every_item_has_a_distinct_key_and_every_coded_item_distinct_codes() {
    let mut keys: Vec<&str> = ITEMS.iter().map(|i| i.key).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), ITEMS.len());
    for i in ITEMS {
        let mut codes: Vec<&str> = i.codes().iter().map(|c| c.code).collect();
        assert!(!codes.contains(&UNKNOWN), "{}: 99 is every item's", i.key);
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), i.codes().len(), "{}", i.key);
    }
    // The drug list has its groups and sub-codes, and secondary drugs allow "none".
    let drug = item("primary_drug").unwrap();
    assert!(drug.code("1.4").is_some() && drug.code("8").is_some());
    assert!(drug.code("0").is_none());
    assert!(item("secondary_drug_4").unwrap().code("0").is_some());
    assert_eq!(item("injecting").unwrap().codes().len(), 6);
    assert!(item("hiv_test").unwrap().code("2.3").is_none());
}

#[test]
fn every_item_is_exported_once_and_the_export_names_only_items() {
    for i in ITEMS.iter().filter(|i| i.kind != Kind::Date) {
        let n = EXPORT
            .iter()
            .filter(|c| c.source == Source::Item(i.key))
            .count();
        assert_eq!(n, 1, "{}", i.key);
    }
    for c in EXPORT {
        if let Source::Item(key) = c.source {
            assert!(item(key).is_some(), "{key}");
        }
    }
}

#[test]
fn values_are_checked_and_unknown_is_always_allowed() {
    let start = day(2026, 5, 4);
    let mut items = Items::default();
    items.set("referral", "6", start).unwrap();
    items.set("primary_drug", " 1.1 ", start).unwrap();
    assert_eq!(items.get("primary_drug"), Some("1.1"));
    let err = items.set("referral", "8", start).unwrap_err();
    assert!(matches!(err, ItemError::Code { .. }));
    assert_eq!(
        err.msg().args[0],
        ("item", crate::i18n::Arg::Str("--referral".into()))
    );
    assert!(matches!(
        items.set("birth_year", "2027", start),
        Err(ItemError::Year { max: 2026, .. })
    ));
    assert!(items.set("birth_year", "87", start).is_err());
    assert!(items.set("first_use_age", "abc", start).is_err());
    assert!(items.set("nationality", "Maroc", start).is_err());
    items.set("nationality", "ma", start).unwrap();
    assert_eq!(items.get("nationality"), Some("MA"));
    assert!(items.set("niss", "85073003329", start).is_err(), "checksum");
    items.set("niss", "85.07.30-033.28", start).unwrap();
    assert_eq!(items.get("niss"), Some("85073003328"));
    items.set("niss", "NONE", start).unwrap();
    assert_eq!(items.get("niss"), Some(NO_NISS));
    assert!(matches!(
        items.set("started", "2026-01-01", start),
        Err(ItemError::NoSuchItem(_))
    ));
    assert!(matches!(
        items.set("colour", "1", start),
        Err(ItemError::NoSuchItem(_))
    ));
    items.set("referral", "99", start).unwrap();
    assert_eq!(items.get("referral"), None, "99 makes it unknown again");
    let back = Items::from_json(&items.to_json());
    assert_eq!(back, items);
}

#[test]
fn the_unknown_items_follow_the_answers() {
    let start = day(2026, 5, 4);
    let mut items = Items::default();
    let unknown = |i: &Items| i.unknown().iter().map(|i| i.key).collect::<Vec<_>>();
    let all = unknown(&items);
    assert!(!all.contains(&"started"));
    assert!(!all.contains(&"sharing") && !all.contains(&"ost_first_year"));
    assert!(all.contains(&"secondary_drug_1") && !all.contains(&"secondary_drug_2"));
    items.set("injecting", "2.3", start).unwrap();
    items.set("ost", "3", start).unwrap();
    items.set("secondary_drug_1", "2.2", start).unwrap();
    let now = unknown(&items);
    assert!(now.contains(&"sharing") && now.contains(&"first_injection_age"));
    assert!(now.contains(&"ost_first_year") && now.contains(&"secondary_drug_2"));
    assert!(!now.contains(&"injecting"));
    items.set("secondary_drug_2", NO_DRUG, start).unwrap();
    assert!(!unknown(&items).contains(&"secondary_drug_3"));
    items.set("injecting", "1", start).unwrap();
    assert!(!unknown(&items).contains(&"sharing"), "never injected");
}

#[test]
fn age_bands_at_the_start() {
    let start = day(2026, 1, 2);
    assert_eq!(age_band(2012, start), Some("<15"));
    assert_eq!(age_band(2011, start), Some("15-19"));
    assert_eq!(age_band(2007, start), Some("15-19"));
    assert_eq!(age_band(2006, start), Some("20-24"));
    assert_eq!(age_band(1962, start), Some("60-64"));
    assert_eq!(age_band(1961, start), Some(">=65"));
    assert_eq!(age_band(2027, start), None);
}

#[test]
fn the_record_prefills_what_it_knows() {
    let start = day(2026, 5, 4);
    let known = Known {
        sex: Some(Sex::Female),
        birth_year: Some(1990),
        nationality: Some("er"),
        niss: Some("85073003329"),
        earlier_episodes: 1,
    };
    let items = prefill(&known, start);
    assert_eq!(items.get("sex"), Some("2"));
    assert_eq!(items.get("birth_year"), Some("1990"));
    assert_eq!(items.get("nationality"), Some("ER"));
    assert_eq!(
        items.get("niss"),
        None,
        "a NISS with a wrong check stays unknown"
    );
    assert_eq!(items.get("status"), Some("2"));
    let first = prefill(
        &Known {
            sex: Some(Sex::Other),
            niss: Some("85073003328"),
            ..Known::default()
        },
        start,
    );
    assert_eq!(
        first.get("sex"),
        None,
        "a third answer's code is unverified"
    );
    assert_eq!(
        first.get("status"),
        None,
        "treated elsewhere? the person says"
    );
    assert_eq!(first.get("niss"), Some("85073003328"));
}

#[test]
fn a_new_episode_is_due_at_the_start_and_after_six_months_away() {
    let today = day(2026, 11, 23);
    assert_eq!(due(&[], &[], today), Some(Due::Starting));
    let opened = day(2025, 1, 10);
    // Seen every month: no new episode.
    let monthly: Vec<NaiveDate> = (0..22).map(|m| opened + chrono::Months::new(m)).collect();
    assert_eq!(due(&[opened], &monthly, today), None);
    // Last dose 183 days ago, a month after the episode: back today.
    let last = today - chrono::Days::new(183);
    let month_before = |d: NaiveDate| d - chrono::Days::new(30);
    assert_eq!(
        due(&[month_before(last)], &[last], today),
        Some(Due::Returning {
            last_contact: last,
            back: today
        })
    );
    // 182 days is not six months.
    let nearly = today - chrono::Days::new(182);
    assert_eq!(due(&[month_before(nearly)], &[nearly], today), None);
    // Came back last week after the gap, and the episode was opened then: nothing more.
    let back = today - chrono::Days::new(7);
    assert_eq!(
        due(
            &[opened, back],
            &[last - chrono::Days::new(10), back],
            today
        ),
        None
    );
    // Came back last week, no episode yet: still proposed.
    let proposed = due(&[opened], &[day(2025, 3, 1), back], today);
    assert_eq!(
        proposed,
        Some(Due::Returning {
            last_contact: day(2025, 3, 1),
            back
        })
    );
    // A prescription starting next month is not a contact yet.
    assert!(due(&[opened], &[today + chrono::Days::new(20)], today).is_some());
}

#[test]
fn the_export_row_writes_emcdda_codes_and_99_for_unknown() {
    let start = day(2026, 3, 14);
    let mut items = Items::default();
    items.set("primary_drug", "1.1", start).unwrap();
    items.set("birth_year", "1990", start).unwrap();
    items.set("niss", "85073003328", start).unwrap();
    let header = header(EXPORT);
    let row = row(EXPORT, 7, start, &items);
    let at = |name: &str| row[header.iter().position(|h| *h == name).unwrap()].as_str();
    assert_eq!(at("episode"), "7");
    assert_eq!(at("start_date"), "2026-03-14");
    assert_eq!(at("primary_drug"), "1.1");
    assert_eq!(at("age_band"), "35-39");
    assert_eq!(
        at("niss"),
        "85073003328",
        "as stored: the eHealth platform hashes"
    );
    assert_eq!(at("referral_source"), "99");
    assert_eq!(header.len(), row.len());
}

#[test]
fn the_due_date_is_the_31st_of_march_after() {
    assert_eq!(due_date(2026), Some(day(2027, 3, 31)));
}
