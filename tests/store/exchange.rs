//! Sites exchanging files: every site reaches the same replicated content whatever order the
//! files arrive in, duplicated, delayed or cut off for a while; a file that is not ours, cut
//! short, for another key, from a newer schema or a clock a year ahead waits unapplied.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use seuil::domain::person::{Draft, Fields};
use seuil::store::Store;
use seuil::store::coverage::CareAccess;
use seuil::sync::exchange::{self, Entry, Header, OrgKey};
use seuil::sync::run::{self, Hold, SyncError};
use seuil::sync::tables::{LOCAL_COLUMNS, REPLICATED};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 2)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

fn fields(given: &str, family: &str, phone: &str) -> Fields {
    Draft {
        given_name: given.into(),
        family_name: family.into(),
        phone: phone.into(),
        ..Draft::default()
    }
    .check(now().date())
    .unwrap()
}

/// A site machine: its register and its copy of the shared folder.
struct Site {
    store: Store,
    view: PathBuf,
}

/// `n` sites of one organisation, each with its own copy of the shared folder (as Syncthing
/// keeps one on every machine), joined in turn.
fn organisation(dir: &Path, n: usize) -> Vec<Site> {
    let key = dir.join("org.key");
    let mut sites: Vec<Site> = Vec::new();
    for i in 0..n {
        let view = dir.join(format!("view{i}"));
        fs::create_dir_all(&view).unwrap();
        // Each machine sees the site folders made before it (the carrier brought them).
        for s in &sites {
            carry_all(&s.view, &view);
        }
        let mut store = Store::open(&dir.join(format!("site{i}.db"))).unwrap();
        let mut rng = fastrand::Rng::with_seed(i as u64);
        store
            .add_person(
                &fields("Before", &format!("Join{i}"), ""),
                "t",
                now(),
                &mut rng,
            )
            .unwrap();
        run::init(&mut store, &format!("Site {i}"), &view, &key, "t", now()).unwrap();
        sites.push(Site { store, view });
    }
    for a in 0..n {
        for b in 0..n {
            if a != b {
                carry_all(&sites[a].view.clone(), &sites[b].view.clone());
            }
        }
    }
    sites
}

/// Copies every file of `from`'s site folders that `to` lacks (or has otherwise).
fn carry_all(from: &Path, to: &Path) {
    for d in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(d.file_name());
        fs::create_dir_all(&target).unwrap();
        for f in fs::read_dir(d.path()).unwrap().flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            fs::copy(f.path(), target.join(&name)).unwrap();
        }
    }
}

/// Copies one random exchange file of `from` to `to`: files arrive one by one, in any order,
/// some twice.
fn carry_one(from: &Path, to: &Path, rng: &mut fastrand::Rng) {
    let mut files = Vec::new();
    for d in fs::read_dir(from).unwrap().flatten() {
        for f in fs::read_dir(d.path()).unwrap().flatten() {
            files.push((d.file_name(), f.file_name(), f.path()));
        }
    }
    if files.is_empty() {
        return;
    }
    let (dir, name, path) = &files[rng.usize(..files.len())];
    if name.to_string_lossy().starts_with('.') {
        return;
    }
    let target = to.join(dir);
    fs::create_dir_all(&target).unwrap();
    fs::copy(path, target.join(name)).unwrap();
}

/// Every replicated table's rows, in key order, without the columns that refer to a site's
/// own rows.
fn content(s: &Store) -> Vec<String> {
    let mut out = Vec::new();
    for t in REPLICATED {
        let mut stmt = s
            .conn()
            .prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid")
            .unwrap();
        let cols: Vec<(String, i64)> = stmt
            .query_map([t.name], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let shown: Vec<String> = cols
            .iter()
            .filter(|(c, _)| !LOCAL_COLUMNS.contains(&(t.name, c.as_str())))
            .map(|(c, _)| format!("quote(\"{c}\")"))
            .collect();
        let mut key: Vec<&(String, i64)> = cols.iter().filter(|(_, k)| *k > 0).collect();
        key.sort_by_key(|(_, k)| *k);
        let order: Vec<String> = key.iter().map(|(c, _)| format!("\"{c}\"")).collect();
        let sql = format!(
            "SELECT {} FROM \"{}\" ORDER BY {}",
            shown.join(" || '|' || "),
            t.name,
            order.join(", ")
        );
        let mut stmt = s.conn().prepare(&sql).unwrap();
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(Result::unwrap);
        out.extend(rows.map(|r| format!("{}: {r}", t.name)));
    }
    out
}

fn persons(s: &Store) -> Vec<(i64, String)> {
    let mut stmt = s
        .conn()
        .prepare("SELECT id, code FROM person WHERE merged_into IS NULL ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn actor() -> seuil::store::queues::Actor<'static> {
    seuil::store::queues::Actor {
        by: "t",
        desk: Some("1"),
        at: now(),
    }
}

/// One random act of a desk at a site.
fn act(s: &Store, rng: &mut fastrand::Rng) {
    let given = ["Ahmed", "Tesfay", "ሳባ", "Łukasz", "محمد", "Awa"];
    let family = ["Benali", "Gebre", "Kowalski", "Diallo", "الأمين"];
    let known = persons(s);
    let pick = |rng: &mut fastrand::Rng| known[rng.usize(..known.len())].clone();
    match rng.u8(..15) {
        13..=14 => {
            // A route of coverage started or taken further (the same route may be started at
            // two sites at once).
            use seuil::domain::coverage::{Coverage, Route, State};
            let (id, _) = pick(rng);
            let state = [State::ToStart, State::Requested, State::Acknowledged][rng.usize(..3)];
            let input = seuil::store::coverage::CoverageInput {
                coverage: Coverage {
                    route: Some([Route::Amu, Route::Cpas][rng.usize(..2)]),
                    state: Some(state),
                    commune: Some(["1000", "1030", "1080"][rng.usize(..3)].into()),
                    requested: (state != State::ToStart).then(|| now().date()),
                    acknowledged: (state == State::Acknowledged).then(|| now().date()),
                    ..Coverage::default()
                },
                ..Default::default()
            };
            let _ = s.save_coverage(id, &input, 14, "t", now());
        }
        10 => {
            // The counter: syringes and used ones back, for a person or anonymous.
            let g = seuil::store::counter::Giving {
                lines: vec![("syringe-1ml".into(), rng.u32(1..20))],
                person_id: rng.bool().then(|| pick(rng).0),
                returned: rng.u32(0..10),
                for_others: 0,
                emergency: false,
                session_id: None,
                confirmed: false,
            };
            s.give(&g, actor()).unwrap();
        }
        11..=12 => {
            // The dispensary: a prescription, then a dose a day (refused when the person had one
            // today already, here or at a site whose dose has arrived).
            use seuil::domain::treatment::Outcome;
            use seuil::store::treatment::{DoseAsk, NewPrescription};
            let (id, _) = pick(rng);
            let rx = NewPrescription {
                product: "methadone-syrup".into(),
                mg: f64::from(rng.u8(20..90)),
                starts: now().date(),
                ends: None,
                prescriber: Some("Dr Janssens".into()),
                take_home_days: 0,
                note: None,
            };
            if s.dose(
                id,
                &DoseAsk {
                    day: now().date(),
                    outcome: Outcome::Given,
                    mg: None,
                    reason: None,
                },
                actor(),
            )
            .is_err()
            {
                let _ = s.prescribe(id, &rx, actor());
            }
        }
        0..=2 => {
            let f = fields(
                given[rng.usize(..given.len())],
                family[rng.usize(..family.len())],
                "",
            );
            s.add_person(&f, "t", now(), rng).unwrap();
        }
        3..=4 => {
            let (id, _) = pick(rng);
            let f = fields(
                given[rng.usize(..given.len())],
                family[rng.usize(..family.len())],
                &format!("04{}", rng.u32(10_000_000..99_999_999)),
            );
            s.update_person(id, &f, "t", now()).unwrap();
        }
        5..=6 => {
            let (id, _) = pick(rng);
            s.record_visit(id, None, "t", now()).unwrap();
        }
        7 => {
            let (id, _) = pick(rng);
            let a = CareAccess {
                low_income: rng.bool(),
                free_care_from: None,
                free_care_review: None,
            };
            s.set_care_access(id, &a, "t", now()).unwrap();
        }
        8 if known.len() > 3 => {
            let (_, a) = pick(rng);
            let (_, b) = pick(rng);
            if a != b {
                // Two sites may merge the same record at once: one of them is refused later
                // or both agree; either way the exchange converges.
                let _ = s.merge(&a, &b, "t", now());
            }
        }
        _ => {
            let (_, a) = pick(rng);
            let (_, b) = pick(rng);
            if a != b {
                let _ = s.mark_not_same(&a, &b, "t", now());
            }
        }
    }
}

#[test]
fn three_sites_reach_the_same_content_whatever_order_the_files_arrive_in() {
    for seed in 0..4u64 {
        let dir = tempfile::tempdir().unwrap();
        let sites = organisation(dir.path(), 3);
        let mut rng = fastrand::Rng::with_seed(seed);
        for _ in 0..120 {
            let i = rng.usize(..3);
            match rng.u8(..10) {
                0..=5 => act(&sites[i].store, &mut rng),
                6..=7 => {
                    run::run(&sites[i].store, now()).unwrap();
                }
                _ => {
                    // The carrier brings one file between two machines; site 2 (the mobile
                    // team) is out of reach a third of the time.
                    let j = rng.usize(..3);
                    if i != j && !(rng.u8(..3) == 0 && (i == 2 || j == 2)) {
                        carry_one(&sites[i].view, &sites[j].view, &mut rng);
                    }
                }
            }
        }
        // Back in reach: everything written is carried everywhere, a few rounds.
        for _ in 0..3 {
            for s in &sites {
                run::run(&s.store, now()).unwrap();
            }
            for a in 0..3 {
                for b in 0..3 {
                    if a != b {
                        carry_all(&sites[a].view, &sites[b].view);
                    }
                }
            }
        }
        for s in &sites {
            let r = run::run(&s.store, now()).unwrap();
            assert!(r.held.is_empty(), "seed {seed}: {:?}", r.held);
            assert_eq!(s.store.integrity_problems().unwrap(), None);
        }
        let first = content(&sites[0].store);
        for (i, s) in sites.iter().enumerate().skip(1) {
            let other = content(&s.store);
            let diff: Vec<_> = first
                .iter()
                .filter(|r| !other.contains(r))
                .take(5)
                .collect();
            let more: Vec<_> = other
                .iter()
                .filter(|r| !first.contains(r))
                .take(5)
                .collect();
            assert!(
                diff.is_empty() && more.is_empty() && first.len() == other.len(),
                "seed {seed}: site {i} differs: only on 0: {diff:?}; only on {i}: {more:?}"
            );
        }
        // Every person registered anywhere is found by name everywhere.
        let named: Vec<(i64, String)> = {
            let mut st = sites[0]
                .store
                .conn()
                .prepare(
                    "SELECT id, given_name || ' ' || family_name FROM person
                     WHERE merged_into IS NULL ORDER BY id DESC LIMIT 6",
                )
                .unwrap();
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        for s in &sites {
            for (id, name) in &named {
                let q = seuil::domain::search::Query::parse(name);
                let found = s.store.find(&q, 500, 20_424).unwrap();
                assert!(
                    found.hits.iter().any(|h| h.id == *id),
                    "seed {seed}: {name} not found"
                );
            }
        }
    }
}

#[test]
fn applying_the_same_file_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let sites = organisation(dir.path(), 2);
    let mut rng = fastrand::Rng::with_seed(1);
    for _ in 0..20 {
        act(&sites[0].store, &mut rng);
    }
    run::run(&sites[0].store, now()).unwrap();
    carry_all(&sites[0].view, &sites[1].view);
    let first = run::run(&sites[1].store, now()).unwrap();
    assert!(
        first.files_applied >= 1 && first.changes_applied >= 20,
        "{first:?}"
    );
    let after = content(&sites[1].store);
    // The mark of how far site 0's files were applied is put back: the files come again.
    sites[1]
        .store
        .conn()
        .execute("UPDATE sync_peer SET applied = 0", [])
        .unwrap();
    let again = run::run(&sites[1].store, now()).unwrap();
    assert!(again.files_applied >= 1);
    assert_eq!(content(&sites[1].store), after);
}

#[test]
fn the_latest_edit_of_a_field_wins_on_both_sites_and_the_coordinator_sees_both() {
    let dir = tempfile::tempdir().unwrap();
    let sites = organisation(dir.path(), 2);
    let (id, _) = persons(&sites[0].store)[0].clone();
    run::run(&sites[0].store, now()).unwrap();
    carry_all(&sites[0].view, &sites[1].view);
    run::run(&sites[1].store, now()).unwrap();
    // Both sites correct the same person's phone, each without the other's edit; site 1's is
    // the later.
    sites[0]
        .store
        .update_person(id, &fields("Before", "Join0", "0470111111"), "t", now())
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    sites[1]
        .store
        .update_person(id, &fields("Before", "Join0", "0470222222"), "t", now())
        .unwrap();
    for s in &sites {
        run::run(&s.store, now()).unwrap();
    }
    carry_all(&sites[0].view, &sites[1].view);
    carry_all(&sites[1].view, &sites[0].view);
    for s in &sites {
        run::run(&s.store, now()).unwrap();
    }
    for s in &sites {
        let p = s.store.person(id).unwrap().unwrap();
        assert_eq!(p.phone.as_deref(), Some("0470222222"));
        let c = run::conflicts(&s.store).unwrap();
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].field, "phone");
        assert_eq!(c[0].kept.as_deref(), Some("\"0470222222\""));
        assert_eq!(c[0].other.as_deref(), Some("\"0470111111\""));
        assert!(c[0].person.is_some());
    }
    assert_eq!(content(&sites[0].store), content(&sites[1].store));
    // Looked at: off the list (at that site: each site keeps its own review list).
    let c = run::conflicts(&sites[0].store).unwrap();
    assert_eq!(
        run::reviewed(&sites[0].store, &[c[0].id], now()).unwrap(),
        1
    );
    assert!(run::conflicts(&sites[0].store).unwrap().is_empty());
    assert!(matches!(
        run::reviewed(&sites[0].store, &[987_654], now()),
        Err(SyncError::UnknownReview(987_654))
    ));
}

/// Writes a file as site `site` would, with what the test wants in it.
fn forged(key: &OrgKey, dir: &Path, site: i64, file: i64, schema: i64, hlc: i64) -> PathBuf {
    let header = Header {
        site,
        name: "Forged".into(),
        machine: "x".into(),
        file,
        schema,
        seen: Default::default(),
        hlc,
        written_at: "2026-12-02 09:00:00".into(),
    };
    let folder = exchange::site_folder(dir, site);
    fs::create_dir_all(&folder).unwrap();
    let path = exchange::file_path(&folder, file);
    let entries = [Entry {
        hlc,
        changeset: Vec::new(),
    }];
    fs::write(
        &path,
        key.seal(&exchange::encode(&header, &entries)).unwrap(),
    )
    .unwrap();
    path
}

#[test]
fn a_file_that_cannot_be_applied_waits_with_its_reason_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let sites = organisation(dir.path(), 1);
    let s = &sites[0];
    let key = OrgKey::parse(&fs::read_to_string(dir.path().join("org.key")).unwrap()).unwrap();
    let reason = |site: i64| -> Hold {
        let r = run::run(&s.store, now()).unwrap();
        r.held.into_iter().find(|h| h.site == site).unwrap().hold
    };
    // Not ours.
    let f = exchange::site_folder(&s.view, 5);
    fs::create_dir_all(&f).unwrap();
    fs::write(exchange::file_path(&f, 1), b"hello").unwrap();
    assert_eq!(reason(5), Hold::NotOurs);
    // Encrypted for another organisation.
    forged(&OrgKey::generate(), &s.view, 6, 1, 15, 1);
    assert_eq!(reason(6), Hold::OtherKey);
    // Cut short.
    let p = forged(&key, &s.view, 7, 1, 15, 1);
    let bytes = fs::read(&p).unwrap();
    fs::write(&p, &bytes[..bytes.len() - 7]).unwrap();
    assert_eq!(reason(7), Hold::Damaged);
    // From a newer seuil.
    let newer = seuil::store::latest_version() + 1;
    forged(&key, &s.view, 8, 1, newer, 1);
    assert!(matches!(reason(8), Hold::NewerSchema { found, .. } if found == newer));
    // A clock a year ahead.
    let year = 365 * 24 * 3600 * 1000;
    forged(
        &key,
        &s.view,
        9,
        1,
        15,
        seuil::store::capture::now_ms() + year,
    );
    assert!(matches!(reason(9), Hold::ClockAhead { days } if days >= 365));
    // All of it is in the status, and nothing was applied of any.
    let st = run::status(&s.store, now().date()).unwrap();
    assert_eq!(st.held.len(), 5, "{:?}", st.held);
    assert!(st.peers.iter().all(|p| p.applied == 0));
    // A good file of another site still goes in.
    forged(&key, &s.view, 10, 1, 15, 1);
    let r = run::run(&s.store, now()).unwrap();
    assert_eq!(r.files_applied, 1, "{r:?}");
}

#[test]
fn a_site_folder_written_by_another_machine_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let sites = organisation(dir.path(), 1);
    let s = &sites[0];
    let own = exchange::site_folder(&s.view, 1);
    let toml = fs::read_to_string(own.join("site.toml")).unwrap();
    fs::write(
        own.join("site.toml"),
        toml.replace("machine = \"", "machine = \"other"),
    )
    .unwrap();
    assert!(matches!(
        run::run(&s.store, now()),
        Err(SyncError::Taken { number: 1, .. })
    ));
}

#[test]
fn a_file_lost_before_it_was_written_is_written_again_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let sites = organisation(dir.path(), 2);
    let mut rng = fastrand::Rng::with_seed(3);
    for _ in 0..10 {
        act(&sites[0].store, &mut rng);
    }
    run::run(&sites[0].store, now()).unwrap();
    // As if the machine stopped after numbering the file and before writing it (or the disk
    // was full): the next exchange writes it.
    let own = exchange::site_folder(&sites[0].view, 1);
    let last = fs::read_dir(&own)
        .unwrap()
        .flatten()
        .filter_map(|f| exchange::file_number(&f.file_name().to_string_lossy()))
        .max()
        .unwrap();
    fs::remove_file(exchange::file_path(&own, last)).unwrap();
    run::run(&sites[0].store, now()).unwrap();
    assert!(exchange::file_path(&own, last).exists());
    carry_all(&sites[0].view, &sites[1].view);
    run::run(&sites[1].store, now()).unwrap();
    carry_all(&sites[1].view, &sites[0].view);
    run::run(&sites[0].store, now()).unwrap();
    assert_eq!(content(&sites[0].store), content(&sites[1].store));
}

#[test]
fn a_register_that_does_not_exchange_says_how_to_start() {
    let s = Store::open_in_memory().unwrap();
    assert!(matches!(run::run(&s, now()), Err(SyncError::NotStarted)));
}

#[test]
fn a_dose_given_the_same_day_at_two_sites_arrives_and_is_an_incident_on_both() {
    use seuil::domain::treatment::Outcome;
    use seuil::store::queues::Actor;
    use seuil::store::treatment::{DoseAsk, NewPrescription};
    let dir = tempfile::tempdir().unwrap();
    let sites = organisation(dir.path(), 2);
    let (id, code) = persons(&sites[0].store)[0].clone();
    let who = |desk| Actor {
        by: "Inès",
        desk: Some(desk),
        at: now(),
    };
    sites[0]
        .store
        .prescribe(
            id,
            &NewPrescription {
                product: "methadone-syrup".into(),
                mg: 60.0,
                starts: now().date(),
                ends: None,
                prescriber: Some("Dr Janssens".into()),
                take_home_days: 0,
                note: None,
            },
            who("1"),
        )
        .unwrap();
    run::run(&sites[0].store, now()).unwrap();
    carry_all(&sites[0].view, &sites[1].view);
    run::run(&sites[1].store, now()).unwrap();
    let ask = DoseAsk {
        day: now().date(),
        outcome: Outcome::Given,
        mg: None,
        reason: None,
    };
    // Prescribed at site 1: site 2 doses the person only as a guest, agreed with site 1.
    let refused = sites[1].store.dose(id, &ask, who("2")).unwrap_err();
    assert!(format!("{refused:?}").contains("Guest"), "{refused:?}");
    let g = sites[1]
        .store
        .guest_dosing(
            id,
            now().date(),
            now().date() + chrono::Days::new(6),
            None,
            who("2"),
        )
        .unwrap();
    assert_eq!((g.home_site, g.guest_site), (1, 2));
    // The two sites cannot exchange: each doses the person once, as its own rules allow.
    let ask = DoseAsk {
        day: now().date(),
        outcome: Outcome::Given,
        mg: None,
        reason: None,
    };
    sites[0].store.dose(id, &ask, who("1")).unwrap();
    sites[1].store.dose(id, &ask, who("2")).unwrap();
    for s in &sites {
        run::run(&s.store, now()).unwrap();
    }
    carry_all(&sites[0].view, &sites[1].view);
    carry_all(&sites[1].view, &sites[0].view);
    for s in &sites {
        let r = run::run(&s.store, now()).unwrap();
        assert!(r.held.is_empty(), "{:?}", r.held);
        assert_eq!(r.double_doses.len(), 1, "{r:?}");
        let d = &r.double_doses[0];
        assert_eq!(
            (d.person.as_str(), d.sites.as_slice(), d.mg),
            (code.as_str(), &[1, 2][..], 120.0)
        );
    }
    assert_eq!(content(&sites[0].store), content(&sites[1].store));
    // Once exchanged, the second site refuses another dose that day.
    assert!(sites[1].store.dose(id, &ask, who("2")).is_err());
}

#[test]
fn two_records_merged_into_each_other_at_two_sites_leave_one_found_and_a_review() {
    let dir = tempfile::tempdir().unwrap();
    let sites = organisation(dir.path(), 2);
    let mut rng = fastrand::Rng::with_seed(5);
    let a = sites[0]
        .store
        .add_person(&fields("Awa", "Diallo", ""), "t", now(), &mut rng)
        .unwrap();
    let b = sites[0]
        .store
        .add_person(&fields("Awa", "Dialo", ""), "t", now(), &mut rng)
        .unwrap();
    run::run(&sites[0].store, now()).unwrap();
    carry_all(&sites[0].view, &sites[1].view);
    run::run(&sites[1].store, now()).unwrap();
    sites[0].store.merge(&a.code, &b.code, "t", now()).unwrap();
    sites[1].store.merge(&b.code, &a.code, "t", now()).unwrap();
    for _ in 0..2 {
        for s in &sites {
            run::run(&s.store, now()).unwrap();
        }
        carry_all(&sites[0].view, &sites[1].view);
        carry_all(&sites[1].view, &sites[0].view);
    }
    for s in &sites {
        let q = seuil::domain::search::Query::parse("Awa Diallo");
        let found = s.store.find(&q, 10, 20_424).unwrap();
        assert_eq!(found.hits.len(), 1, "{found:?}");
        assert_eq!(found.hits[0].id, a.id.min(b.id));
        let c = run::conflicts(&s.store).unwrap();
        assert!(c.iter().any(|c| c.field == "merged_into"), "{c:?}");
    }
    assert_eq!(content(&sites[0].store), content(&sites[1].store));
}

#[test]
fn the_same_person_registered_at_two_sites_is_proposed_as_a_duplicate_never_merged() {
    let dir = tempfile::tempdir().unwrap();
    let sites = organisation(dir.path(), 2);
    let born = |given: &str, family: &str| {
        Draft {
            given_name: given.into(),
            family_name: family.into(),
            birth: "1990".into(),
            ..Draft::default()
        }
        .check(now().date())
        .unwrap()
    };
    let mut rng = fastrand::Rng::with_seed(8);
    let a = sites[0]
        .store
        .add_person(&born("Awa", "Diallo"), "t", now(), &mut rng)
        .unwrap();
    let b = sites[1]
        .store
        .add_person(&born("Awa", "Dialo"), "t", now(), &mut rng)
        .unwrap();
    // Another Awa Diallo born another year is someone else.
    sites[1]
        .store
        .add_person(
            &Draft {
                given_name: "Awa".into(),
                family_name: "Diallo".into(),
                birth: "1971".into(),
                ..Draft::default()
            }
            .check(now().date())
            .unwrap(),
            "t",
            now(),
            &mut rng,
        )
        .unwrap();
    let exchange = || {
        for s in &sites {
            run::run(&s.store, now()).unwrap();
        }
        carry_all(&sites[0].view, &sites[1].view);
        carry_all(&sites[1].view, &sites[0].view);
        for s in &sites {
            run::run(&s.store, now()).unwrap();
        }
    };
    exchange();
    for s in &sites {
        let d = run::duplicates(&s.store).unwrap();
        assert_eq!(d.len(), 1, "{d:?}");
        let pair = [d[0].a.as_str(), d[0].b.as_str()];
        assert!(
            pair.contains(&a.code.as_str()) && pair.contains(&b.code.as_str()),
            "{d:?}"
        );
        // Both records stay: nothing is merged by itself.
        assert!(s.store.person(a.id).unwrap().unwrap().merged_into.is_none());
        assert!(s.store.person(b.id).unwrap().unwrap().merged_into.is_none());
    }
    // The coordinator at one site says they are two people: off both lists.
    sites[0]
        .store
        .mark_not_same(&a.code, &b.code, "t", now())
        .unwrap();
    exchange();
    for s in &sites {
        assert!(run::duplicates(&s.store).unwrap().is_empty());
    }
}

#[test]
fn a_name_or_code_two_sites_both_gave_is_kept_twice_told_apart_the_same_everywhere() {
    use seuil::store::partners::PartnerInput;
    let dir = tempfile::tempdir().unwrap();
    let sites = organisation(dir.path(), 2);
    let partner = PartnerInput {
        name: "Médecins du Monde".into(),
        kind: "medical".into(),
        address: String::new(),
        phone: String::new(),
        hours: String::new(),
        letter_lang: "fr".into(),
        notes: String::new(),
    };
    for s in &sites {
        s.store.save_partner(None, &partner, "t", now()).unwrap();
    }
    for _ in 0..2 {
        for s in &sites {
            run::run(&s.store, now()).unwrap();
        }
        carry_all(&sites[0].view, &sites[1].view);
        carry_all(&sites[1].view, &sites[0].view);
    }
    for s in &sites {
        let r = run::run(&s.store, now()).unwrap();
        assert!(r.held.is_empty(), "{:?}", r.held);
        let names: Vec<String> = {
            let mut st = s
                .store
                .conn()
                .prepare("SELECT name FROM partner WHERE name LIKE 'Médecins%' ORDER BY id")
                .unwrap();
            st.query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        assert_eq!(names, ["Médecins du Monde", "Médecins du Monde · 2"]);
        let c = run::conflicts(&s.store).unwrap();
        assert!(c.iter().any(|c| c.table == "partner"), "{c:?}");
    }
    assert_eq!(content(&sites[0].store), content(&sites[1].store));
}

#[test]
fn a_code_two_registers_drew_before_they_joined_is_kept_once_the_other_drawn_again() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("org.key");
    let view = dir.path().join("view");
    let mut stores = Vec::new();
    for i in 0..2 {
        let mut s = Store::open(&dir.path().join(format!("c{i}.db"))).unwrap();
        let mut rng = fastrand::Rng::with_seed(40 + i);
        let p = s
            .add_person(
                &fields("Awa", &format!("Centre{i}"), ""),
                "t",
                now(),
                &mut rng,
            )
            .unwrap();
        seuil::store::capture::open_guard(s.conn(), true).unwrap();
        s.conn()
            .execute("UPDATE person SET code = 'K7F-3Q' WHERE id = ?1", [p.id])
            .unwrap();
        seuil::store::capture::open_guard(s.conn(), false).unwrap();
        run::init(&mut s, &format!("C{i}"), &view, &key, "t", now()).unwrap();
        stores.push(s);
    }
    for _ in 0..2 {
        for s in &stores {
            run::run(s, now()).unwrap();
        }
    }
    for s in &stores {
        let codes: Vec<(String, String)> = {
            let mut st = s
                .conn()
                .prepare(
                    "SELECT code, family_name FROM person WHERE given_name = 'Awa' ORDER BY id",
                )
                .unwrap();
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        assert_eq!(codes.len(), 2, "{codes:?}");
        assert_eq!(codes[0], ("K7F-3Q".to_string(), "Centre0".to_string()));
        assert_ne!(codes[1].0, "K7F-3Q");
        assert!(
            seuil::domain::code::normalise(&codes[1].0).is_some(),
            "{codes:?}"
        );
        let c = run::conflicts(s).unwrap();
        assert!(c.iter().any(|c| c.field == "code"), "{c:?}");
    }
    assert_eq!(content(&stores[0]), content(&stores[1]));
}

#[test]
fn a_route_started_at_two_sites_for_one_person_becomes_one_record_everywhere() {
    use seuil::domain::coverage::{Coverage, Route, State};
    use seuil::store::coverage::CoverageInput;
    let dir = tempfile::tempdir().unwrap();
    let sites = organisation(dir.path(), 2);
    let (id, _) = persons(&sites[0].store)[0].clone();
    run::run(&sites[0].store, now()).unwrap();
    carry_all(&sites[0].view, &sites[1].view);
    run::run(&sites[1].store, now()).unwrap();
    let route = |state: State, commune: &str| CoverageInput {
        coverage: Coverage {
            route: Some(Route::Amu),
            state: Some(state),
            acknowledged: (state == State::Acknowledged).then(|| now().date()),
            commune: Some(commune.into()),
            requested: Some(now().date()),
            ..Coverage::default()
        },
        ..CoverageInput::default()
    };
    // Both sites start the person's urgent medical aid the same day, neither knowing.
    sites[0]
        .store
        .save_coverage(id, &route(State::Requested, "1030"), 14, "t", now())
        .unwrap();
    sites[1]
        .store
        .save_coverage(id, &route(State::Requested, "1000"), 14, "t", now())
        .unwrap();
    // And site 2 takes it further on its own copy.
    sites[1]
        .store
        .save_coverage(id, &route(State::Acknowledged, "1000"), 14, "t", now())
        .unwrap();
    for _ in 0..2 {
        for s in &sites {
            run::run(&s.store, now()).unwrap();
        }
        carry_all(&sites[0].view, &sites[1].view);
        carry_all(&sites[1].view, &sites[0].view);
    }
    for s in &sites {
        let r = run::run(&s.store, now()).unwrap();
        assert!(r.held.is_empty(), "{:?}", r.held);
        let rows: Vec<(i64, String)> = {
            let mut st = s
                .store
                .conn()
                .prepare("SELECT id, state FROM coverage WHERE person_id = ?1")
                .unwrap();
            st.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        assert_eq!(rows.len(), 1, "{rows:?}");
        let orphans: i64 = s
            .store
            .conn()
            .query_row(
                "SELECT count(*) FROM coverage_event e WHERE NOT EXISTS
                 (SELECT 1 FROM coverage c WHERE c.id = e.coverage_id)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(orphans, 0);
        let c = run::conflicts(&s.store).unwrap();
        assert!(c.iter().any(|c| c.table == "coverage"), "{c:?}");
    }
    assert_eq!(content(&sites[0].store), content(&sites[1].store));
}

#[test]
fn a_register_put_back_from_a_backup_is_told_it_is_older_than_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let sites = organisation(dir.path(), 1);
    let s = &sites[0];
    run::run(&s.store, now()).unwrap();
    let backup = dir.path().join("backup.db");
    s.store
        .conn()
        .execute("VACUUM INTO ?1", [backup.to_str().unwrap()])
        .unwrap();
    let mut rng = fastrand::Rng::with_seed(12);
    act(&s.store, &mut rng);
    s.store
        .add_person(&fields("After", "Backup", ""), "t", now(), &mut rng)
        .unwrap();
    run::run(&s.store, now()).unwrap();
    let restored = Store::open(&backup).unwrap();
    assert!(matches!(
        run::run(&restored, now()),
        Err(SyncError::Behind { .. })
    ));
}
