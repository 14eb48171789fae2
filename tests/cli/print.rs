//! `seuil referral print`: the letter carries what the person agreed to share and nothing else,
//! the slip speaks their language, a reprint is the same document, and a missing printer loses
//! nothing. Read back with poppler's `pdftotext` / `pdftoppm`, as a person would read the paper.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use seuil::domain::person::Draft;
use seuil::store::Store;

fn seuil_with(db: &Path, path_var: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_seuil"));
    cmd.env_clear()
        .env("HOME", db.parent().unwrap())
        .env("SEUIL_DB", db)
        .env("SEUIL_LANG", "en");
    if let Some(p) = path_var {
        cmd.env("PATH", p);
    }
    cmd.args(args).output().unwrap()
}

fn seuil(db: &Path, args: &[&str]) -> Output {
    seuil_with(db, None, args)
}

fn ok(o: Output) -> String {
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// NISS of someone born on 14 March 1987 (check digits per DOMAIN.md).
fn niss() -> String {
    let base = "870314123";
    let check = 97 - base.parse::<u64>().unwrap() % 97;
    format!("{base}{check:02}")
}

struct Site {
    _dir: tempfile::TempDir,
    db: PathBuf,
    person: String,
}

fn site(name: &str, lang: &str) -> Site {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("site.db");
    let store = Store::open(&db).unwrap();
    let now = chrono::Local::now().naive_local();
    let fields = Draft {
        given_name: name.into(),
        birth: "1987-03-14".into(),
        languages: lang.into(),
        phone: "0470 12 34 56".into(),
        niss: niss(),
        ..Draft::default()
    }
    .check(now.date())
    .unwrap();
    let mut rng = fastrand::Rng::with_seed(3);
    let person = store
        .add_person(&fields, "desk", now, &mut rng)
        .unwrap()
        .code;
    drop(store);
    ok(seuil(
        &db,
        &[
            "site",
            "--name",
            "Centre Seuil",
            "--address",
            "Rue de la Source 12, 1060 Saint-Gilles",
            "--phone",
            "02 555 01 23",
        ],
    ));
    ok(seuil(
        &db,
        &[
            "partner",
            "add",
            "--name",
            "Hôpital Saint-Pierre",
            "--kind",
            "hospital",
            "--address",
            "Rue Haute 322, 1000 Bruxelles",
            "--phone",
            "02 535 31 11",
        ],
    ));
    ok(seuil(
        &db,
        &[
            "coverage",
            "set",
            &person,
            "--route",
            "cpas",
            "--state",
            "requested",
        ],
    ));
    Site {
        _dir: dir,
        db,
        person,
    }
}

fn refer(s: &Site, consent: &str, slip: &str) -> i64 {
    let out = ok(seuil(
        &s.db,
        &[
            "referral",
            "new",
            &s.person,
            "--partner",
            "Hôpital Saint-Pierre",
            "--reason",
            "Toux depuis trois semaines, radiographie demandée",
            "--consent",
            consent,
            "--slip-lang",
            slip,
            "--appointment",
            "2030-01-15 10:30",
            "--json",
        ],
    ));
    serde_json::from_str::<serde_json::Value>(&out).unwrap()["id"]
        .as_i64()
        .unwrap()
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed by the print tests");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_letter_carries_the_consented_fields_and_nothing_else() {
    if !crate::support::have("pdftotext", "poppler-utils") {
        return;
    }
    let s = site("Mohamed Ben Ali", "ar");
    let id = refer(&s, "name", "fr");
    let pdf = s.db.with_file_name("only-name.pdf");
    ok(seuil(
        &s.db,
        &[
            "referral",
            "print",
            &id.to_string(),
            "--pdf",
            pdf.to_str().unwrap(),
        ],
    ));
    let text = pdftotext(&pdf);
    assert!(text.contains("Mohamed Ben Ali"), "{text}");
    assert!(text.contains("Hôpital Saint-Pierre"));
    assert!(text.contains("Centre Seuil"));
    assert!(
        text.contains("mardi 15 janvier 2030"),
        "the appointment is not person data"
    );
    for secret in [
        niss().as_str(),
        "0470 12 34 56",
        "14/03/1987",
        "1987",
        "Toux",
        "CPAS",
        "arabe",
    ] {
        // "CPAS" appears on the slip's list of papers to bring; only the letter (page 1) is checked.
        let letter = text.split('\u{c}').next().unwrap();
        assert!(!letter.contains(secret), "{secret} leaked: {letter}");
    }

    let id = refer(&s, "name,birth,niss,languages,phone,coverage,reason", "fr");
    let pdf = s.db.with_file_name("all.pdf");
    ok(seuil(
        &s.db,
        &[
            "referral",
            "print",
            &id.to_string(),
            "--pdf",
            pdf.to_str().unwrap(),
        ],
    ));
    let text = pdftotext(&pdf);
    let letter = text.split('\u{c}').next().unwrap();
    for shared in [
        niss().as_str(),
        "0470 12 34 56",
        "14/03/1987",
        "Toux depuis trois semaines",
        "Aide du CPAS (demandée)",
        "arabe",
    ] {
        assert!(letter.contains(shared), "{shared} missing: {letter}");
    }
}

#[test]
fn a_reprint_is_the_document_first_printed() {
    if !crate::support::have("pdftotext", "poppler-utils") {
        return;
    }
    let s = site("Ana Kowalska", "pl");
    let id = refer(&s, "name", "pl").to_string();
    let first = s.db.with_file_name("first.pdf");
    let again = s.db.with_file_name("again.pdf");
    ok(seuil(
        &s.db,
        &["referral", "print", &id, "--pdf", first.to_str().unwrap()],
    ));
    // The centre renames itself afterwards: the reprint is still what the person got.
    ok(seuil(&s.db, &["site", "--name", "Another name"]));
    ok(seuil(
        &s.db,
        &["referral", "print", &id, "--pdf", again.to_str().unwrap()],
    ));
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&again).unwrap()
    );
    let text = pdftotext(&again);
    assert!(text.contains("Dokąd iść"), "Polish slip: {text}");
    assert!(!text.contains("Another name"));
}

#[test]
fn without_cups_the_referral_is_kept_and_the_message_says_what_to_do() {
    if !crate::support::have("pdftotext", "poppler-utils") {
        return;
    }
    let s = site("Tesfay", "ti");
    let id = refer(&s, "name", "ti").to_string();
    let empty = tempfile::tempdir().unwrap();
    let o = seuil_with(
        &s.db,
        Some(empty.path().to_str().unwrap()),
        &["referral", "print", &id, "--printer", "Front-desk"],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("CUPS is not installed"), "{err}");
    assert!(err.contains("Nothing is lost"), "{err}");
    // Saved to a file afterwards, from the same referral.
    let pdf = s.db.with_file_name("later.pdf");
    ok(seuil(
        &s.db,
        &["referral", "print", &id, "--pdf", pdf.to_str().unwrap()],
    ));
    assert!(pdftotext(&pdf).contains("ናበይ ትኸዱ"));
    // The failed print is in the queue for the desk to retry.
    let store = Store::open(&s.db).unwrap();
    let jobs = store.print_jobs(10).unwrap();
    assert!(
        jobs.iter()
            .any(|j| j.state == seuil::store::print_jobs::JobState::Failed)
    );
}

#[test]
fn a_pdf_that_cannot_be_written_leaves_no_half_file() {
    let s = site("Ion Popescu", "fr");
    let id = refer(&s, "name", "fr").to_string();
    let target = s.db.with_file_name("no-such-folder").join("letter.pdf");
    let o = seuil(
        &s.db,
        &["referral", "print", &id, "--pdf", target.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("Could not write"), "{err}");
    assert!(!target.exists());
    assert!(!target.with_file_name(".letter.pdf.part").exists());
}

#[test]
fn an_unknown_referral_is_named() {
    let s = site("X", "fr");
    let o = seuil(&s.db, &["referral", "print", "99", "--pdf", "x.pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("No referral number 99"));
}

#[test]
fn saving_to_a_device_writes_to_it_and_never_replaces_it() {
    use std::os::unix::fs::FileTypeExt;
    let s = site("Ion Popescu", "fr");
    let id = refer(&s, "name", "fr").to_string();
    ok(seuil(
        &s.db,
        &["referral", "print", &id, "--pdf", "/dev/null"],
    ));
    let meta = std::fs::metadata("/dev/null").unwrap();
    assert!(meta.file_type().is_char_device());
}

/// Dark pixels of a page rendered by pdftoppm in grey (PGM); none while the file cannot be
/// read yet (cups-pdf names its file before it has finished writing it).
fn ink(pdf: &Path, page: u32) -> usize {
    let out = Command::new("pdftoppm")
        .args([
            "-gray",
            "-r",
            "40",
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
        ])
        .arg(pdf)
        .stderr(std::process::Stdio::null())
        .output()
        .expect("pdftoppm (poppler-utils)");
    if !out.status.success() {
        return 0;
    }
    // "P5\nW H\n255\n" then one byte per pixel.
    let data = out.stdout;
    let mut newlines = 0;
    let start = data
        .iter()
        .position(|b| {
            newlines += usize::from(*b == b'\n');
            newlines == 3
        })
        .unwrap();
    data[start + 1..].iter().filter(|b| **b < 128).count()
}

#[test]
fn arabic_and_tigrinya_slips_are_drawn_with_the_shipped_fonts() {
    if !crate::support::have("pdftotext", "poppler-utils") {
        return;
    }
    for (lang, name, font) in [
        ("ar", "محمد بن علي", "NotoSansArabic"),
        ("ti", "ተስፋይ ገብረመድህን", "NotoSansEthiopic"),
    ] {
        let s = site(name, lang);
        let id = refer(&s, "name", lang).to_string();
        let pdf = s.db.with_file_name(format!("{lang}.pdf"));
        ok(seuil(
            &s.db,
            &["referral", "print", &id, "--pdf", pdf.to_str().unwrap()],
        ));
        let fonts = Command::new("pdffonts").arg(&pdf).output().unwrap();
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        let line = fonts
            .lines()
            .find(|l| l.contains(font))
            .unwrap_or_else(|| panic!("{font} not in {fonts}"));
        // Embedded and subset: "yes yes".
        assert!(line.contains("yes yes"), "{line}");
        assert!(ink(&pdf, 2) > 500, "{lang} slip drawn");
        // The name, in its own script, is on the letter.
        assert!(pdftotext(&pdf).contains(name.split(' ').next().unwrap()));
    }
}

/// Printing through CUPS to the cups-pdf virtual printer; `.ci/run` sets it up and says where
/// it writes (SEUIL_TEST_CUPS_OUT). Where it is not set up, there is nothing to print to.
#[test]
fn a_referral_prints_through_cups_to_a_pdf_printer() {
    if !crate::support::have("pdftotext", "poppler-utils") {
        return;
    }
    let Ok(out_dir) = std::env::var("SEUIL_TEST_CUPS_OUT") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI sets up cups-pdf and SEUIL_TEST_CUPS_OUT (.ci/run)"
        );
        eprintln!("SEUIL_TEST_CUPS_OUT not set: cups-pdf not configured here");
        return;
    };
    let s = site("Printed Through Cups", "fr");
    let marker = format!("Centre {}", std::process::id());
    ok(seuil(&s.db, &["site", "--name", &marker]));
    let id = refer(&s, "name", "ar").to_string();
    let said = ok(seuil(
        &s.db,
        &["referral", "print", &id, "--printer", "PDF"],
    ));
    assert!(said.contains("Sent to the printer PDF"), "{said}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
    loop {
        // cups-pdf names its file after the job title (the referral and the centre) and
        // redraws the text as pictures, so the page is checked for ink, not for words.
        let found = std::fs::read_dir(&out_dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| {
                p.to_string_lossy().contains(&marker.replace(' ', "_"))
                    && p.extension().is_some_and(|e| e == "pdf")
            });
        if let Some(pdf) = found
            && ink(&pdf, 1) > 500
            && ink(&pdf, 2) > 500
        {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "cups-pdf wrote nothing in {out_dir}"
        );
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    // A printer that does not exist: refused, kept in the queue.
    let o = seuil(
        &s.db,
        &["referral", "print", &id, "--printer", "No-Such-Printer"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("did not take the job"));
}

#[test]
fn a_full_disk_while_writing_the_pdf_is_said_and_the_referral_stays() {
    // /dev/full answers every write with "no space left on device", as a full USB stick does.
    let s = site("Amina Yusuf", "so");
    let id = refer(&s, "name", "en").to_string();
    let o = seuil(&s.db, &["referral", "print", &id, "--pdf", "/dev/full"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("Could not write /dev/full"), "{err}");
    assert!(err.contains("Nothing is lost"), "{err}");
    let store = Store::open(&s.db).unwrap();
    assert!(
        store
            .referral(id.parse().unwrap())
            .unwrap()
            .unwrap()
            .printed
    );
    let jobs = store.print_jobs(10).unwrap();
    assert_eq!(jobs[0].state, seuil::store::print_jobs::JobState::Failed);
    assert!(
        jobs[0]
            .error
            .as_deref()
            .unwrap()
            .starts_with("write\t/dev/full")
    );
}

#[test]
fn a_name_mixing_scripts_is_drawn_with_each_scripts_font() {
    if !crate::support::have("pdftotext", "poppler-utils") {
        return;
    }
    let s = site("Mohamed محمد ተስፋይ Łukasz", "fr");
    let id = refer(&s, "name", "fr").to_string();
    let pdf = s.db.with_file_name("mixed.pdf");
    ok(seuil(
        &s.db,
        &["referral", "print", &id, "--pdf", pdf.to_str().unwrap()],
    ));
    let fonts = Command::new("pdffonts").arg(&pdf).output().unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    for font in ["NotoSans-Regular", "NotoSansArabic", "NotoSansEthiopic"] {
        assert!(fonts.contains(font), "{font} not in {fonts}");
    }
    let text = pdftotext(&pdf);
    for part in ["Mohamed", "ተስፋይ", "Łukasz"] {
        assert!(text.contains(part), "{part} not in {text}");
    }
}

#[test]
fn the_longest_reason_flows_onto_a_second_page_whole() {
    if !crate::support::have("pdftotext", "poppler-utils") {
        return;
    }
    let s = site("Ion Popescu", "ro");
    let reason = format!(
        "{}FIN-DU-MOTIF",
        "Douleurs abdominales depuis deux mois. ".repeat(38)
    );
    assert!(reason.chars().count() <= 1500);
    let out = ok(seuil(
        &s.db,
        &[
            "referral",
            "new",
            &s.person,
            "--partner",
            "Hôpital Saint-Pierre",
            "--reason",
            &reason,
            "--consent",
            "name,reason",
            "--json",
        ],
    ));
    let id = serde_json::from_str::<serde_json::Value>(&out).unwrap()["id"].to_string();
    let pdf = s.db.with_file_name("long.pdf");
    ok(seuil(
        &s.db,
        &["referral", "print", &id, "--pdf", pdf.to_str().unwrap()],
    ));
    let text = pdftotext(&pdf);
    assert!(text.contains("FIN-DU-MOTIF"), "the reason is whole");
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        words.matches("Douleurs abdominales").count(),
        38,
        "no line lost or doubled"
    );
    // Letter and slip: at least two pages, the slip last.
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() >= 2);
    assert!(pages.last().unwrap().contains("Hôpital Saint-Pierre"));
}
