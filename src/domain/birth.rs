//! Birth dates as people give them: a year, a year and month, or a full date.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::dates::{self, Century, DateError, NoSuchDate};

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
    /// Not a year, a month or a date in any form [`dates`] reads.
    Shape,
    /// Such a date does not exist (30 February, month 13): what was read.
    Impossible(NoSuchDate),
    /// After today, or more than 120 years ago.
    OutOfRange,
}

impl Birth {
    /// Reads a year (`1987`), a month (`05/1987`, `1987-05`) or a date (`12/05/1987`,
    /// `1987-05-12`, `12/05/87`) as [`dates::read_parts`] does, checked against `today`.
    pub fn parse(text: &str, today: NaiveDate) -> Result<Birth, BirthError> {
        let parts = dates::read_parts(text, today, Century::Past).map_err(|e| match e {
            DateError::Shape => BirthError::Shape,
            DateError::NoSuch(n) => BirthError::Impossible(n),
        })?;
        let first_possible =
            NaiveDate::from_ymd_opt(parts.year, parts.month.unwrap_or(1), parts.day.unwrap_or(1));
        let too_old = today.year() - 120;
        let year = u16::try_from(parts.year).map_err(|_| BirthError::OutOfRange)?;
        match first_possible {
            Some(date) if date <= today && parts.year >= too_old => {}
            _ => return Err(BirthError::OutOfRange),
        }
        Ok(Birth {
            year,
            month: parts.month.and_then(|m| u8::try_from(m).ok()),
            day: parts.day.and_then(|d| u8::try_from(d).ok()),
        })
    }

    /// Whether `other` may be the same birth: no known part of one contradicts the other's.
    pub fn agrees_with(&self, other: &Birth) -> bool {
        let same = |a: Option<u8>, b: Option<u8>| a.zip(b).is_none_or(|(a, b)| a == b);
        self.year == other.year && same(self.month, other.month) && same(self.day, other.day)
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
    fn written_as_the_desk_shows_dates() {
        for typed in [
            "12/05/1987",
            "12.05.1987",
            "12-05-1987",
            "12/5/1987",
            "12/05/87",
        ] {
            let b = Birth::parse(typed, today()).unwrap();
            assert_eq!(b.to_string(), "1987-05-12", "{typed:?}");
        }
        for typed in ["05/1987", "5.1987", "1987-05", "5/1987"] {
            assert_eq!(Birth::parse(typed, today()).unwrap().to_string(), "1987-05");
        }
        // Two digits: the latest such year not after this one.
        assert_eq!(Birth::parse("1/1/05", today()).unwrap().year, 2005);
        assert_eq!(Birth::parse("1/1/30", today()).unwrap().year, 1930);
    }

    #[test]
    fn partial_births_agree_with_any_date_inside_them() {
        let b = |t: &str| Birth::parse(t, today()).unwrap();
        assert!(b("1987").agrees_with(&b("12/05/1987")));
        assert!(b("05/1987").agrees_with(&b("12/05/1987")));
        assert!(b("12/05/1987").agrees_with(&b("1987-05-12")));
        assert!(!b("06/1987").agrees_with(&b("12/05/1987")));
        assert!(!b("13/05/1987").agrees_with(&b("12/05/1987")));
        assert!(!b("1988").agrees_with(&b("12/05/1987")));
    }

    #[test]
    fn impossible_and_out_of_range_dates_are_refused() {
        let no_such =
            |year, month, day| Err(BirthError::Impossible(NoSuchDate { year, month, day }));
        assert_eq!(
            Birth::parse("2023-02-29", today()),
            no_such(2023, 2, Some(29))
        );
        assert_eq!(
            Birth::parse("30/02/1987", today()),
            no_such(1987, 2, Some(30))
        );
        assert_eq!(Birth::parse("1990-13", today()), no_such(1990, 13, None));
        assert_eq!(
            Birth::parse("31.04.1990", today()),
            no_such(1990, 4, Some(31))
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
