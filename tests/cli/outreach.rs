//! `seuil place …` and `seuil outreach …` as a script or an outreach worker at a shell would run
//! them: exit 1 for a rule, 2 for bad input, nothing written either way.

use std::path::Path;
use std::process::Output;

fn seuil(db: &Path, args: &[&str]) -> Output {
    crate::support::seuil_cmd(db)
        .env("SEUIL_LANG", "en")
        .args(args)
        .output()
        .unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stderr)))
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

/// A register with one place and today's session there; its id.
fn with_session(db: &Path) -> String {
    let o = seuil(
        db,
        &[
            "place",
            "add",
            "Gare du Nord",
            "--kind",
            "metro",
            "--commune",
            "Schaerbeek",
        ],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let o = seuil(
        db,
        &[
            "outreach",
            "session",
            "--place",
            "gare du nord",
            "--team",
            "A",
            "--staff",
            "Ana,Bo",
        ],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let id = String::from_utf8_lossy(&o.stdout).trim().to_string();
    assert!(id.parse::<i64>().is_ok(), "the session id alone: {id}");
    id
}

#[test]
fn places_are_added_listed_and_closed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    with_session(&db);
    let v = json(&seuil(&db, &["place", "list", "--json"]));
    assert_eq!(v[0]["name"], "Gare du Nord");
    assert_eq!(v[0]["commune"], "1030");
    assert!(v[0]["first_visit"].is_string(), "set by the session: {v}");
    let o = seuil(&db, &["place", "close", "Gare du Nord", "--json"]);
    assert_eq!(code(&o), 0);
    assert!(json(&o)["closed_at"].is_string());
    let o = seuil(&db, &["outreach", "session", "--place", "Gare du Nord"]);
    assert_eq!(code(&o), 1, "a closed place is refused by a rule");
    assert!(err(&o).contains("is closed"), "{}", err(&o));
    let listed = String::from_utf8_lossy(&seuil(&db, &["place", "list"]).stdout).to_string();
    assert!(
        listed.contains("Gare du Nord · metro station · Schaerbeek"),
        "{listed}"
    );
    assert!(listed.contains("closed"), "{listed}");
}

#[test]
fn bad_places_and_dates_are_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    with_session(&db);
    let o = seuil(&db, &["place", "add", "!!! ...", "--kind", "street"]);
    assert_eq!(code(&o), 2);
    assert!(err(&o).contains("not only punctuation"), "{}", err(&o));
    let o = seuil(&db, &["place", "add", "GARE DU NORD", "--kind", "street"]);
    assert_eq!(code(&o), 1);
    assert!(err(&o).contains("already in the register"), "{}", err(&o));
    let o = seuil(&db, &["place", "add", "Flagey", "--kind", "beach"]);
    assert_eq!(code(&o), 2);
    let tomorrow = (chrono::Local::now().date_naive() + chrono::Duration::days(1))
        .format("%d/%m/%Y")
        .to_string();
    let o = seuil(
        &db,
        &[
            "outreach",
            "session",
            "--place",
            "Gare du Nord",
            "--date",
            &tomorrow,
        ],
    );
    assert_eq!(code(&o), 2);
    assert!(err(&o).contains("in the future"), "{}", err(&o));
    let v = json(&seuil(&db, &["place", "list", "--json"]));
    assert_eq!(v.as_array().unwrap().len(), 1);
}

#[test]
fn contacts_tallies_persons_material_vaccination_and_the_totals() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let s = with_session(&db);
    let o = seuil(
        &db,
        &[
            "outreach",
            "contact",
            &s,
            "--tally",
            "f/25-29/new",
            "--given",
            "syringe-1ml=10",
            "water=10",
            "--json",
        ],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert_eq!(json(&o)["new"], true);
    let o = seuil(
        &db,
        &[
            "outreach", "contact", &s, "--tally", "m/65+", "--people", "3",
        ],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let o = seuil(
        &db,
        &[
            "outreach",
            "contact",
            &s,
            "--new-person",
            "--vaccine",
            "Hepatitis B",
            "--lot",
            "HB-22",
            "--dose",
            "2",
            "--accompanied",
            "CPAS Schaerbeek",
            "--care",
            "wound dressed",
            "--info",
            "--json",
        ],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let person = json(&o)["person"].as_str().unwrap().to_string();
    let o = seuil(
        &db,
        &["outreach", "contact", &s, "--person", &person, "--json"],
    );
    assert_eq!(json(&o)["new"], false, "met before");
    let v = json(&seuil(&db, &["outreach", "sessions", "--json"]));
    let t = &v["totals"];
    assert_eq!(t["sessions"], 1);
    assert_eq!(t["new_places"], 1);
    assert_eq!(t["contacts"], 6);
    assert_eq!(t["new_contacts"], 2);
    assert_eq!(t["accompaniments"], 1);
    assert_eq!(t["vaccinations"], 1);
    assert_eq!(v["sessions"][0]["staff"], serde_json::json!(["Ana", "Bo"]));
    let text = String::from_utf8_lossy(&seuil(&db, &["outreach", "sessions"]).stdout).to_string();
    assert!(text.contains("6 people met, 2 new"), "{text}");
    assert!(text.contains("Vaccinations: 1"), "{text}");
    // The person's export holds the contacts and the vaccination.
    let o = seuil(&db, &["person", "export", &person, "--json"]);
    if code(&o) == 0 {
        let v = json(&o);
        assert_eq!(
            v["outreach_contacts"].as_array().map(Vec::len),
            Some(2),
            "{v}"
        );
        assert_eq!(v["vaccinations"][0]["lot"], "HB-22");
    }
    // Taken back: the figures drop.
    let o = seuil(&db, &["outreach", "reverse", &s]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let v = json(&seuil(&db, &["outreach", "sessions", "--json"]));
    assert_eq!(v["totals"]["contacts"], 5);
}

#[test]
fn bad_contacts_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let s = with_session(&db);
    let refused = [
        (vec!["--tally", "f/25-29", "--people", "0"], 2, "from 1"),
        (
            vec!["--tally", "f/25-29", "--given", "water=0"],
            2,
            "from 1",
        ),
        (vec!["--tally", "w/25-29"], 2, "not a sex"),
        (vec!["--tally", "f/26-30"], 2, "not an age band"),
        (
            vec!["--tally", "f/25-29", "--given", "crack=1"],
            2,
            "not on the counter",
        ),
        (
            vec!["--new-person", "--vaccine", "Tetanus", "--dose", "1"],
            1,
            "lot number",
        ),
        (
            vec!["--tally", "u/u", "--accompanied", "nowhere at all"],
            2,
            "No single partner",
        ),
        (vec!["--person", "ZZZ-ZZZ"], 2, "No person"),
    ];
    for (args, exit, says) in refused {
        let mut all = vec!["outreach", "contact", s.as_str()];
        all.extend(args.iter().copied());
        let o = seuil(&db, &all);
        assert_eq!(code(&o), exit, "{args:?}: {}", err(&o));
        assert!(err(&o).contains(says), "{args:?}: {}", err(&o));
    }
    let o = seuil(&db, &["outreach", "contact", "99", "--tally", "u/u"]);
    assert_eq!(code(&o), 2);
    // Neither a tally nor a person: usage.
    let o = seuil(&db, &["outreach", "contact", &s]);
    assert_eq!(code(&o), 2);
    let v = json(&seuil(&db, &["outreach", "sessions", "--json"]));
    assert_eq!(v["totals"]["contacts"], 0);
    let o = seuil(&db, &["outreach", "reverse", &s]);
    assert_eq!(code(&o), 1, "nothing to take back");
}

#[test]
fn a_large_count_needs_yes_and_a_contact_named_is_the_one_taken_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let s = with_session(&db);
    let big = [
        "outreach",
        "contact",
        s.as_str(),
        "--tally",
        "m/30-34",
        "--given",
        "syringe-1ml=600",
        "--json",
    ];
    let o = seuil(&db, &big);
    assert_eq!(code(&o), 1, "{}", err(&o));
    assert!(err(&o).contains("600"), "{}", err(&o));
    let v = json(&seuil(&db, &["outreach", "sessions", "--json"]));
    assert_eq!(v["totals"]["contacts"], 0, "nothing written");
    let mut yes = big.to_vec();
    yes.push("--yes");
    let first = json(&seuil(&db, &yes))["contact"].as_i64().unwrap();
    let o = seuil(
        &db,
        &["outreach", "contact", &s, "--tally", "f/u", "--json"],
    );
    let second = json(&o)["contact"].as_i64().unwrap();
    // The first one, not the last.
    let o = seuil(
        &db,
        &[
            "outreach",
            "reverse",
            &s,
            "--contact",
            &first.to_string(),
            "--json",
        ],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert_eq!(json(&o)["reversed"], first);
    let v = json(&seuil(&db, &["outreach", "sessions", "--json"]));
    assert_eq!(v["totals"]["contacts"], 1);
    // A contact of another session, or none: refused, with both numbers.
    let o = seuil(
        &db,
        &[
            "outreach",
            "reverse",
            "99",
            "--contact",
            &second.to_string(),
        ],
    );
    assert_eq!(code(&o), 2, "{}", err(&o));
    assert!(err(&o).contains(&second.to_string()), "{}", err(&o));
    let o = seuil(
        &db,
        &["outreach", "reverse", &s, "--contact", &first.to_string()],
    );
    assert_eq!(code(&o), 1, "taken back already: {}", err(&o));
}

#[test]
fn help_is_in_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let o = crate::support::seuil_cmd(&db)
        .env("SEUIL_LANG", "fr")
        .args(["outreach", "contact", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("Numéro de lot du vaccin (obligatoire)"),
        "{text}"
    );
    assert!(!text.contains("[?"), "{text}");
}
