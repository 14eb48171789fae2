//! Birth dates as people give them: a year, a year and month, or a full date.

use std::fmt;

use chrono::{Datelike, NaiveDate};

/// A birth date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Birth {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Why a birth date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BirthError {
    /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Shape,
    /// Such a date does not exist (31 February, month 13).
    Impossible,
    /// After today, or more than 120 years ago.
    OutOfRange,
}

impl Birth {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also with `/` or `.`), checked against `today`.
    pub fn parse(text: &str, today: NaiveDate) -> Result<Birth, BirthError> {
        let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
        let number = |s: &str, len: usize| -> Result<u32, BirthError> {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| BirthError::Shape)
            } else {
                Err(BirthError::Shape)
            }
        };
        let (year, month, day) = match parts.as_slice() {
            [y] => (number(y, 4)?, None, None),
            [y, m] => (number(y, 4)?, Some(number(m, 2)?), None),
            [y, m, d] => (number(y, 4)?, Some(number(m, 2)?), Some(number(d, 2)?)),
            _ => return Err(BirthError::Shape),
        };
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(BirthError::Impossible);
        }
        let earliest = NaiveDate::from_ymd_opt(year.max(1) as i32, month.unwrap_or(1), 1);
        if let (Some(m), Some(d)) = (month, day)
            && NaiveDate::from_ymd_opt(year as i32, m, d).is_none()
        {
            return Err(BirthError::Impossible);
        }
        let first_possible = match (month, day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(year as i32, m, d),
            _ => earliest,
        };
        let too_old = today.year() - 120;
        match first_possible {
            Some(date) if date <= today && year as i32 >= too_old => {}
            _ => return Err(BirthError::OutOfRange),
        }
        Ok(Birth {
            year: year as u16,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }
}

impl fmt::Display for Birth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn partial_and_full_dates() {
        let b = Birth::parse("1987", today()).unwrap();
        assert_eq!((b.year, b.month, b.day), (1987, None, None));
        assert_eq!(
            Birth::parse("1987-03", today()).unwrap().to_string(),
            "1987-03"
        );
        assert_eq!(
            Birth::parse("1987/03/09", today()).unwrap().to_string(),
            "1987-03-09"
        );
        assert_eq!(Birth::parse("2024-02-29", today()).unwrap().day, Some(29));
    }

    #[test]
    fn impossible_and_out_of_range_dates_are_refused() {
        assert_eq!(
            Birth::parse("2023-02-29", today()),
            Err(BirthError::Impossible)
        );
        assert_eq!(
            Birth::parse("1990-13", today()),
            Err(BirthError::Impossible)
        );
        assert_eq!(
            Birth::parse("1990-04-31", today()),
            Err(BirthError::Impossible)
        );
        assert_eq!(Birth::parse("2027", today()), Err(BirthError::OutOfRange));
        assert_eq!(
            Birth::parse("2026-12-01", today()),
            Err(BirthError::OutOfRange)
        );
        assert_eq!(Birth::parse("1850", today()), Err(BirthError::OutOfRange));
        assert_eq!(Birth::parse("87", today()), Err(BirthError::Shape));
        assert_eq!(Birth::parse("soon", today()), Err(BirthError::Shape));
        assert_eq!(Birth::parse("", today()), Err(BirthError::Shape));
    }
}
