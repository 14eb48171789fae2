//! Dates as a worker types them: the one reader behind every date field of the desk and every
//! date option of the command line.
//!
//! All six interface languages write the day first in Belgium: `12/05/1987`, `12.05.1987`,
//! `12-05-1987`, also without leading zeros (`1/5/1987`). The register's own form, year first
//! (`1987-05-12`), is read too. Where a date may be partial (a birth), the year alone (`1987`)
//! and the month (`05/1987`, `5.1987`, `1987-05`) are read. Spaces around the date and its
//! separators do not matter; Arabic-Indic digits read as the digits they are.
//!
//! A year written with two digits (`12/05/87`) is read in the century [`Century`] says; a year
//! alone or with its month only is always written with four digits (`87` alone could be an age).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

/// A date as typed, known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// A date written as a date, but that no calendar has (30 February, month 13), as it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoSuchDate {
    pub year: i32,
    pub month: u32,
    /// `None`: only a month and a year were given (`13/1987`).
    pub day: Option<u32>,
}

/// Why a typed date was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// In none of the forms a date is written in.
    Shape,
    /// Written as a date, but there is no such day or month.
    NoSuch(NoSuchDate),
}

/// Which century a year written with two digits falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Century {
    /// The latest such year not after this one: a birth (`87` → 1987, `05` → 2005).
    Past,
    /// The such year nearest this one, from 49 years back to 50 ahead: a deadline, an
    /// appointment (`27` → 2027).
    Near,
}

/// Reads a full date (day, month and year); two-digit years are read near `today`.
pub fn read_date(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let parts = read_parts(text, today, Century::Near)?;
    match (parts.month, parts.day) {
        (Some(m), Some(d)) => NaiveDate::from_ymd_opt(parts.year, m, d).ok_or(DateError::Shape),
        _ => Err(DateError::Shape),
    }
}

/// Reads a date that may be partial: a year, a month and year, or a full date.
pub fn read_parts(text: &str, today: NaiveDate, century: Century) -> Result<Parts, DateError> {
    let text = western_digits(text);
    let pieces: Vec<&str> = text.trim().split(['/', '.', '-']).map(str::trim).collect();
    let digits = |s: &str, lens: std::ops::RangeInclusive<usize>| -> Result<u32, DateError> {
        if lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().map_err(|_| DateError::Shape)
        } else {
            Err(DateError::Shape)
        }
    };
    let year_first = pieces.first().is_some_and(|p| p.len() == 4);
    let (year, month, day) = match (year_first, pieces.as_slice()) {
        (true, [y]) => (*y, None, None),
        (true, [y, m]) => (*y, Some(*m), None),
        (true, [y, m, d]) => (*y, Some(*m), Some(*d)),
        (false, [m, y]) => (*y, Some(*m), None),
        (false, [d, m, y]) => (*y, Some(*m), Some(*d)),
        _ => return Err(DateError::Shape),
    };
    let month = month.map(|m| digits(m, 1..=2)).transpose()?;
    let day = day.map(|d| digits(d, 1..=2)).transpose()?;
    // Two digits name a year only in a full date written day first.
    let year = if year.len() == 2 && day.is_some() && !year_first {
        in_century(digits(year, 2..=2)?, today.year(), century)
    } else {
        digits(year, 4..=4)? as i32
    };
    if let Some(m) = month {
        let exists = match day {
            Some(d) => NaiveDate::from_ymd_opt(year, m, d).is_some(),
            None => (1..=12).contains(&m),
        };
        if !exists {
            return Err(DateError::NoSuch(NoSuchDate {
                year,
                month: m,
                day,
            }));
        }
    }
    Ok(Parts { year, month, day })
}

/// Reads a time of day: `10:30`, `9:05`, `10h30`, `10h`.
pub fn read_time(text: &str) -> Option<NaiveTime> {
    let text = western_digits(text).trim().to_ascii_lowercase();
    let (h, m) = text
        .split_once(':')
        .or_else(|| text.split_once('h'))
        .map(|(h, m)| (h.trim(), if m.trim().is_empty() { "00" } else { m.trim() }))?;
    let number = |s: &str, lens: std::ops::RangeInclusive<usize>| {
        (lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    NaiveTime::from_hms_opt(number(h, 1..=2)?, number(m, 2..=2)?, 0)
}

/// Reads a date and a time separated by a space (`25/11/2026 10:00`, `2026-11-25 10:00`); the
/// date as [`read_date`] does. A time not understood is [`DateError::Shape`].
pub fn read_date_time(text: &str, today: NaiveDate) -> Result<NaiveDateTime, DateError> {
    let (date, time) = text.trim().rsplit_once(' ').ok_or(DateError::Shape)?;
    let date = read_date(date, today)?;
    let time = read_time(time).ok_or(DateError::Shape)?;
    Ok(date.and_time(time))
}

fn in_century(two_digits: u32, this_year: i32, century: Century) -> i32 {
    let year = this_year - this_year.rem_euclid(100) + two_digits as i32;
    match century {
        Century::Past if year > this_year => year - 100,
        Century::Near if year > this_year + 50 => year - 100,
        Century::Near if year <= this_year - 50 => year + 100,
        _ => year,
    }
}

/// The text with Arabic-Indic digits (٠–٩, ۰–۹) made 0–9, as an Arabic keyboard may type them.
fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests;
