//! Referral printouts on 100,000 generated persons: the whole path of `seuil referral print
//! --pdf` (compose from the records, keep the content, queue, lay out, shape, subset the fonts,
//! write the file), for slips in Arabic, Tigrinya and French. Prints percentiles.
//!
//! `cargo bench --bench print`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Instant;

use seuil::print::jobs::{Destination, print_referral, referral_document};
use seuil::store::Store;
use seuil::store::partners::PartnerInput;
use seuil::store::referrals::NewReferral;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("print.db");
    let now = chrono::Local::now().naive_local();
    let mut store = Store::open(&path).unwrap();
    seuil::cli::generate::populate(&mut store, 100_000, 30, 7, now, &|_| {}).unwrap();
    store.set_setting("site_name", "Centre Seuil").unwrap();
    store
        .save_partner(
            None,
            &PartnerInput {
                name: "Hôpital Saint-Pierre".into(),
                kind: "hospital".into(),
                address: "Rue Haute 322, 1000 Bruxelles".into(),
                phone: "02 535 31 11".into(),
                hours: "lun.–ven. 8h–17h".into(),
                letter_lang: "fr".into(),
                notes: String::new(),
            },
            "bench",
            now,
        )
        .unwrap();
    let codes: Vec<String> = {
        let mut stmt = store
            .conn()
            .prepare("SELECT code FROM person WHERE merged_into IS NULL ORDER BY id LIMIT 60")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let reason = "Toux depuis trois semaines, fièvre le soir, perte de poids. ".repeat(8);
    for (slip, label) in [("ar", "Arabic"), ("ti", "Tigrinya"), ("fr", "French")] {
        let mut times = Vec::new();
        let mut bytes = 0;
        for (i, code) in codes.iter().enumerate() {
            let r = store
                .new_referral(
                    &NewReferral {
                        person: code.clone(),
                        partner: "Hôpital Saint-Pierre".into(),
                        reason: reason.clone(),
                        consent: Some(vec!["name".into(), "birth".into(), "reason".into()]),
                        slip_lang: Some(slip.into()),
                        appointment: Some("2030-01-15 10:30".into()),
                        ..NewReferral::default()
                    },
                    "bench",
                    now,
                )
                .unwrap();
            let file = dir.path().join(format!("{slip}-{i}.pdf"));
            let t = Instant::now();
            print_referral(&store, r.id, Destination::File(&file), "bench", now).unwrap();
            let ms = t.elapsed().as_secs_f64() * 1e3;
            if i == 0 && slip == "ar" {
                println!("first printout of the process (fonts inflated): {ms:.1} ms");
                continue;
            }
            times.push(ms);
            bytes = std::fs::metadata(&file).unwrap().len();
            assert!(
                !referral_document(&store, r.id, now.date())
                    .unwrap()
                    .sheets
                    .is_empty()
            );
        }
        times.sort_by(f64::total_cmp);
        let n = times.len();
        println!(
            "referral PDF, letter + {label} slip, {n} runs: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {} KB",
            times[n / 2],
            times[(n * 99) / 100],
            times[n - 1],
            bytes / 1024
        );
    }
}
