//! Belgian national number (NISS / INSZ) and BIS number: shape and check digits (DOMAIN.md).
//!
//! `YYMMDD SSS CC`: check digits `97 − (first nine digits mod 97)`, with `2` put before the nine
//! digits for births from 2000 on. Day or month may be `00` when the date is unknown. BIS numbers
//! add 20 (sex unknown) or 40 (sex known) to the month.

use super::birth::Birth;

/// Which register the number belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Register {
    /// National register (NISS / INSZ).
    National,
    /// BIS register, for people not in the national register.
    Bis,
}

/// A checked number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Niss {
    /// The eleven digits.
    pub digits: String,
    pub register: Register,
    /// Year of birth as the check digits tell it (1900s or 2000s).
    pub birth_year: u16,
}

/// Why a number was refused; each says what to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NissError {
    /// Not eleven digits (spaces, dots and dashes are fine).
    Length,
    /// The month part is not a month, a BIS month or `00`.
    Month,
    /// The day part is over 31, or the date does not exist.
    Day,
    /// The check digits do not match: a digit was mistyped.
    Checksum,
}

impl Niss {
    /// Reads a number typed with or without separators (`85.07.30-033.28`, `85073003328`).
    pub fn parse(text: &str) -> Result<Niss, NissError> {
        let digits: String = text
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-' | '/'))
            .collect();
        if digits.len() != 11 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NissError::Length);
        }
        let n = |range: std::ops::Range<usize>| -> u64 { digits[range].parse().unwrap_or(0) };
        let (yy, mm, dd) = (n(0..2), n(2..4), n(4..6));
        let (month, register) = match mm {
            0..=12 => (mm, Register::National),
            20..=32 => (mm - 20, Register::Bis),
            40..=52 => (mm - 40, Register::Bis),
            _ => return Err(NissError::Month),
        };
        if dd > 31 {
            return Err(NissError::Day);
        }
        let first9 = n(0..9);
        let check = n(9..11);
        let century = if 97 - first9 % 97 == check {
            1900
        } else if 97 - (2_000_000_000 + first9) % 97 == check {
            2000
        } else {
            return Err(NissError::Checksum);
        };
        let year = century + yy;
        if month > 0
            && dd > 0
            && chrono::NaiveDate::from_ymd_opt(year as i32, month as u32, dd as u32).is_none()
        {
            return Err(NissError::Day);
        }
        Ok(Niss {
            digits,
            register,
            birth_year: year as u16,
        })
    }

    /// The birth date the number carries: the year always, the month and the day unless written
    /// `00` (BIS numbers have 20 or 40 added to the month).
    pub fn birth(&self) -> Birth {
        let part = |r: std::ops::Range<usize>| -> u8 {
            self.digits.get(r).and_then(|p| p.parse().ok()).unwrap_or(0)
        };
        Birth {
            year: self.birth_year,
            month: Some(part(2..4) % 20).filter(|m| *m > 0),
            day: Some(part(4..6)).filter(|d| *d > 0),
        }
    }

    /// The number as printed on Belgian documents: `YY.MM.DD-SSS.CC`.
    pub fn formatted(&self) -> String {
        let d = &self.digits;
        format!(
            "{}.{}.{}-{}.{}",
            &d[0..2],
            &d[2..4],
            &d[4..6],
            &d[6..9],
            &d[9..11]
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a valid number from its first nine digits.
    fn with_check(first9: &str, after_2000: bool) -> String {
        let n: u64 = first9.parse().unwrap();
        let base = if after_2000 { 2_000_000_000 + n } else { n };
        format!("{first9}{:02}", 97 - base % 97)
    }

    #[test]
    fn valid_numbers_of_both_centuries() {
        let old = Niss::parse(&with_check("850730033", false)).unwrap();
        assert_eq!((old.register, old.birth_year), (Register::National, 1985));
        let young = Niss::parse(&with_check("050315123", true)).unwrap();
        assert_eq!(young.birth_year, 2005);
        assert_eq!(Niss::parse("85.07.30-033.").err(), Some(NissError::Length));
    }

    #[test]
    fn separators_are_ignored_and_printing_adds_them() {
        let raw = with_check("850730033", false);
        let typed = format!(
            "{}.{}.{}-{}.{}",
            &raw[0..2],
            &raw[2..4],
            &raw[4..6],
            &raw[6..9],
            &raw[9..]
        );
        let n = Niss::parse(&typed).unwrap();
        assert_eq!(n.digits, raw);
        assert_eq!(n.formatted(), typed);
    }

    #[test]
    fn unknown_day_or_month_is_allowed() {
        assert!(Niss::parse(&with_check("850000033", false)).is_ok());
        assert!(Niss::parse(&with_check("850700033", false)).is_ok());
    }

    #[test]
    fn bis_numbers_with_month_plus_20_or_40() {
        let unknown_sex = Niss::parse(&with_check("852730033", false)).unwrap();
        assert_eq!(unknown_sex.register, Register::Bis);
        let known_sex = Niss::parse(&with_check("854730033", false)).unwrap();
        assert_eq!(known_sex.register, Register::Bis);
        assert!(
            Niss::parse(&with_check("852000033", false)).is_ok(),
            "BIS with unknown month"
        );
    }

    #[test]
    fn the_birth_date_inside_the_number() {
        let born = |first9: &str| Niss::parse(&with_check(first9, false)).unwrap().birth();
        let b = born("850730033");
        assert_eq!((b.year, b.month, b.day), (1985, Some(7), Some(30)));
        let bis = born("854730033");
        assert_eq!((bis.year, bis.month, bis.day), (1985, Some(7), Some(30)));
        let bis = born("852700033");
        assert_eq!((bis.year, bis.month, bis.day), (1985, Some(7), None));
        let unknown = born("850000033");
        assert_eq!(
            (unknown.year, unknown.month, unknown.day),
            (1985, None, None)
        );
        let young = Niss::parse(&with_check("050315123", true)).unwrap().birth();
        assert_eq!(
            (young.year, young.month, young.day),
            (2005, Some(3), Some(15))
        );
    }

    #[test]
    fn refused_numbers_say_why() {
        let good = with_check("850730033", false);
        let mut typo = good.clone().into_bytes();
        typo[10] = if typo[10] == b'9' { b'0' } else { typo[10] + 1 };
        assert_eq!(
            Niss::parse(std::str::from_utf8(&typo).unwrap()),
            Err(NissError::Checksum)
        );
        assert_eq!(Niss::parse("1234"), Err(NissError::Length));
        assert_eq!(Niss::parse("8507300332a"), Err(NissError::Length));
        assert_eq!(
            Niss::parse(&with_check("851530033", false)),
            Err(NissError::Month)
        );
        assert_eq!(
            Niss::parse(&with_check("850732033", false)),
            Err(NissError::Day)
        );
        assert_eq!(
            Niss::parse(&with_check("850231033", false)),
            Err(NissError::Day)
        );
    }
}
