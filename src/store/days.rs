//! Stored dates (`YYYY-MM-DD`) as day numbers, for the search index's "last seen".

use chrono::NaiveDate;

/// Days since 1970-01-01 of a stored date (`YYYY-MM-DD…`).
pub fn day_number(text: &str) -> Option<i32> {
    let b = text.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    let date = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)?;
    Some(day_of(date))
}

/// Days since 1970-01-01 of a date.
pub fn day_of(date: NaiveDate) -> i32 {
    date.signed_duration_since(NaiveDate::default()).num_days() as i32
}
