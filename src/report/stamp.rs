//! Stored days and times read straight from their text (`2026-03-05`, `2026-03-05 09:41:00`),
//! digit by digit: a year's report reads hundreds of thousands of them, and asking SQLite's
//! date functions or a general parser for each costs more than the rest of the report.

use chrono::NaiveDate;

fn number(text: &[u8]) -> Option<u32> {
    text.iter().try_fold(0u32, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

/// The day a stored date or time stamp begins with.
pub fn day(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(number(&b[0..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&b[5..7])?, number(&b[8..10])?)
}

/// A stored time stamp as seconds from the start of the calendar (`:00` when it has none).
pub fn seconds(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() < 16 || !matches!(b[10], b' ' | b'T') || b[13] != b':' {
        return None;
    }
    let (h, m) = (number(&b[11..13])?, number(&b[14..16])?);
    let s = match b.get(16..19) {
        Some([b':', digits @ ..]) => number(digits)?,
        _ => 0,
    };
    if h > 23 || m > 59 || s > 59 {
        return None;
    }
    let days = i64::from(chrono::Datelike::num_days_from_ce(&day(text)?));
    Some(days * 86_400 + i64::from(h * 3600 + m * 60 + s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_minutes_as_stored() {
        assert_eq!(day("2026-03-05"), NaiveDate::from_ymd_opt(2026, 3, 5));
        assert_eq!(
            day("2026-03-05 09:41:00"),
            NaiveDate::from_ymd_opt(2026, 3, 5)
        );
        assert_eq!(day("2026-02-30"), None);
        assert_eq!(day("26-3-5"), None);
        assert_eq!(day("2026-0a-05"), None);
        let (a, b) = (
            seconds("2026-02-28 23:50:00"),
            seconds("2026-03-01T00:10:59"),
        );
        assert_eq!(b.zip(a).map(|(b, a)| b - a), Some(20 * 60 + 59));
        assert_eq!(seconds("2026-03-01 00:10"), b.map(|b| b - 59));
        assert_eq!(seconds("2026-03-01"), None);
        assert_eq!(seconds("2026-03-01 24:00"), None);
        assert_eq!(seconds("2026-03-01 10:00:6x"), None);
    }
}
