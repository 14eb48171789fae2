//! Substitution treatment of generated persons: a year of fourteen-day prescriptions and their
//! daily doses up to yesterday, with take-homes at weekends for some, a missed day now and then.

use chrono::{Datelike, Duration, NaiveDateTime, Weekday};

use crate::store::{Bulk, StoreResult};

const PRODUCTS: [(&str, f64, f64); 3] = [
    ("methadone-syrup", 30.0, 120.0),
    ("buprenorphine", 4.0, 24.0),
    ("buprenorphine-naloxone", 4.0, 16.0),
];

/// A year of treatment for `person_id`, ending with a prescription that runs today.
pub fn year_of_doses(
    bulk: &Bulk<'_>,
    rng: &mut fastrand::Rng,
    person_id: i64,
    now: NaiveDateTime,
    by: &str,
) -> StoreResult<()> {
    let today = now.date();
    let (product, low, high) = PRODUCTS[match rng.u32(..10) {
        0..7 => 0,
        7..9 => 1,
        _ => 2,
    }];
    let mut mg = (low + (high - low) * rng.f64()).round();
    let take_home = if rng.u32(..3) == 0 { 2 } else { 0 };
    let mut starts = today - Duration::days(364);
    let mut delivery = person_id * 1000;
    while starts <= today {
        let ends = starts + Duration::days(13);
        let written = (starts - Duration::days(1))
            .and_hms_opt(16, 0, 0)
            .unwrap_or(now);
        let rx =
            bulk.add_prescription(person_id, product, mg, starts, ends, take_home, written, by)?;
        let mut d = starts;
        while d <= ends && d < today {
            let at = d.and_hms_opt(9, rng.u32(0..60), 0).unwrap_or(now);
            delivery += 1;
            if take_home > 0 && d.weekday() == Weekday::Sat && d + Duration::days(1) < today {
                bulk.add_dose(rx, person_id, d, true, mg, delivery, at, by)?;
                bulk.add_dose(
                    rx,
                    person_id,
                    d + Duration::days(1),
                    true,
                    mg,
                    delivery,
                    at,
                    by,
                )?;
                d += Duration::days(2);
                continue;
            }
            if rng.u32(..100) >= 2 {
                bulk.add_dose(rx, person_id, d, false, mg, delivery, at, by)?;
            }
            d += Duration::days(1);
        }
        if rng.u32(..10) == 0 {
            mg = (mg + if rng.bool() { 5.0 } else { -5.0 }).clamp(low, high);
        }
        starts = ends + Duration::days(1);
    }
    Ok(())
}
