//! `seuil sync …` as a coordinator sets up the sites and a site machine runs the exchange,
//! killed in the middle of it too.

use std::path::PathBuf;
use std::process::Output;
use std::time::Duration;

use crate::support::seuil_cmd;

struct Org {
    dir: tempfile::TempDir,
}

impl Org {
    fn new() -> Org {
        Org {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn db(&self, site: &str) -> PathBuf {
        self.dir.path().join(format!("{site}.db"))
    }
    fn shared(&self) -> PathBuf {
        self.dir.path().join("shared")
    }
    fn key(&self) -> PathBuf {
        self.dir.path().join("keys").join("org.key")
    }
    fn run(&self, site: &str, lang: &str, args: &[&str]) -> Output {
        seuil_cmd(&self.db(site))
            .env("SEUIL_LANG", lang)
            .env("USER", "coordination")
            .args(args)
            .output()
            .unwrap()
    }
    fn ok(&self, site: &str, args: &[&str]) -> String {
        let o = self.run(site, "en", args);
        assert!(o.status.success(), "{args:?}: {}", err(&o));
        String::from_utf8_lossy(&o.stdout).into_owned()
    }
    fn json(&self, site: &str, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(site, args)).unwrap()
    }
    fn init(&self, site: &str) -> serde_json::Value {
        let shared = self.shared();
        let key = self.key();
        self.json(
            site,
            &[
                "sync",
                "init",
                "--site",
                site,
                "--folder",
                shared.to_str().unwrap(),
                "--org-key",
                key.to_str().unwrap(),
                "--json",
            ],
        )
    }
    fn persons(&self, site: &str) -> i64 {
        let c = rusqlite::Connection::open(self.db(site)).unwrap();
        c.query_row("SELECT count(*) FROM person", [], |r| r.get(0))
            .unwrap()
    }
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn two_sites_set_up_from_the_shell_see_each_others_persons() {
    let org = Org::new();
    org.ok("midi", &["person", "add", "--name", "Ahmed Benali"]);
    let first = org.init("midi");
    assert_eq!(first["number"], 1);
    assert_eq!(first["new_key"], true);
    // The key is the organisation's secret: only its owner reads it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(org.key()).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
    let second = org.init("nord");
    assert_eq!(
        (second["number"].as_i64(), second["new_key"].as_bool()),
        (Some(2), Some(false))
    );
    org.ok("nord", &["person", "add", "--name", "ተስፋይ ሃይለ"]);
    let a = org.json("midi", &["sync", "run", "--json"]);
    assert_eq!(a["files_written"], 1);
    let b = org.json("nord", &["sync", "run", "--json"]);
    assert!(b["files_applied"].as_i64() >= Some(1), "{b}");
    org.ok("midi", &["sync", "run"]);
    let found = org.json("midi", &["person", "find", "Tesfay", "--json"]);
    assert!(found.to_string().contains("ተስፋይ"), "{found}");
    let found = org.json("nord", &["person", "find", "Ahmed Benali", "--json"]);
    assert!(found.to_string().contains("Benali"), "{found}");
    let status = org.json("nord", &["sync", "status", "--json"]);
    assert_eq!(status["site"], 2);
    assert_eq!(status["peers"][0]["site"], 1);
    assert!(status["peers"][0]["applied"].as_i64() >= Some(1));
    assert_eq!(status["held"].as_array().map(Vec::len), Some(0));
    // Initialised once; the folder's numbers are not given twice.
    let again = org.run(
        "nord",
        "fr",
        &[
            "sync",
            "init",
            "--site",
            "Nord",
            "--folder",
            org.shared().to_str().unwrap(),
            "--org-key",
            org.key().to_str().unwrap(),
        ],
    );
    assert_eq!(again.status.code(), Some(2));
    assert!(err(&again).contains("échange déjà"), "{}", err(&again));
}

#[test]
fn bad_input_gets_a_sentence_in_the_users_language_and_changes_nothing() {
    let org = Org::new();
    let o = org.run("a", "fr", &["sync", "run"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("seuil sync init"), "{}", err(&o));
    let bad = org.dir.path().join("bad.key");
    std::fs::write(&bad, "not a key").unwrap();
    let shared = org.shared();
    let o = org.run(
        "a",
        "ar",
        &[
            "sync",
            "init",
            "--site",
            "A",
            "--folder",
            shared.to_str().unwrap(),
            "--org-key",
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("مفتاح"), "{}", err(&o));
    // Nothing joined: the register is as it was, and starts normally after.
    let o = org.run("a", "en", &["sync", "status"]);
    assert!(err(&o).contains("does not exchange"), "{}", err(&o));
    org.init("a");
    // A file that is no exchange file, in another site's folder: named, left, not applied.
    let other = shared.join("site-07");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("00000001.seuil"), b"hello").unwrap();
    let o = org.run("a", "ti", &["sync", "run"]);
    assert!(o.status.success(), "{}", err(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("00000001.seuil") && out.contains("seuil"),
        "{out}"
    );
    assert!(
        other.join("00000001.seuil").exists(),
        "another site's file is never removed"
    );
    let status = org.json("a", &["sync", "status", "--json"]);
    assert_eq!(status["held"][0]["reason"], "not-ours");
}

#[test]
fn an_exchange_killed_in_the_middle_finishes_at_the_next_run_with_nothing_half_applied() {
    let org = Org::new();
    org.ok("big", &["generate", "--persons", "1500", "--days", "20"]);
    org.init("big");
    org.ok("big", &["sync", "run"]);
    let expected = org.persons("big");
    let mut rng = fastrand::Rng::with_seed(7);
    for round in 0..3 {
        let site = format!("small{round}");
        org.init(&site);
        let own = org.persons(&site);
        let mut child = seuil_cmd(&org.db(&site))
            .env("SEUIL_LANG", "en")
            .args(["sync", "run"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.u64(20..600)));
        let _ = child.kill();
        let _ = child.wait();
        // Whatever the moment: all of the big site's file or none of it.
        let now = org.persons(&site);
        assert!(now == own || now == own + expected, "round {round}: {now}");
        org.ok(&site, &["sync", "run"]);
        assert_eq!(org.persons(&site), own + expected, "round {round}");
        let check = org.run(&site, "en", &["db", "check"]);
        assert!(check.status.success(), "{}", err(&check));
    }
}

#[test]
fn a_person_treated_at_one_site_is_dosed_at_another_only_as_an_agreed_guest() {
    let org = Org::new();
    org.init("midi");
    org.init("nord");
    let code = org.json("midi", &["person", "add", "--json"])["code"]
        .as_str()
        .unwrap()
        .to_string();
    let today = chrono::Local::now().date_naive().to_string();
    org.ok(
        "midi",
        &[
            "treatment",
            "prescribe",
            &code,
            "--product",
            "methadone-syrup",
            "--mg",
            "60",
            "--from",
            &today,
            "--prescriber",
            "Dr Peeters",
        ],
    );
    org.ok("midi", &["sync", "run"]);
    org.ok("nord", &["sync", "run"]);
    let refused = org.run("nord", "fr", &["treatment", "dose", &code]);
    assert_eq!(refused.status.code(), Some(1), "{}", err(&refused));
    assert!(err(&refused).contains("site 1"), "{}", err(&refused));
    let until = (chrono::Local::now().date_naive() + chrono::Days::new(3)).to_string();
    let g = org.json(
        "nord",
        &["treatment", "guest", &code, "--until", &until, "--json"],
    );
    assert_eq!(g["arrangement"]["home_site"], 1);
    org.ok("nord", &["treatment", "dose", &code]);
    // The arrangement and the dose go back to the home site.
    org.ok("nord", &["sync", "run"]);
    org.ok("midi", &["sync", "run"]);
    let again = org.run("midi", "en", &["treatment", "dose", &code]);
    assert_eq!(again.status.code(), Some(1), "{}", err(&again));
    let conflicts = org.json("midi", &["sync", "conflicts", "--json"]);
    assert_eq!(conflicts["double_doses"].as_array().map(Vec::len), Some(0));
}
