//! The mobile teams: places, tallies of people met, and the figures funders ask for. Pure.

use chrono::NaiveDate;

/// Kinds of place, as stored and typed.
pub const PLACE_KINDS: [&str; 7] = [
    "squat", "metro", "street", "park", "partner", "shelter", "other",
];

/// Message id of a place kind's name (`outreach-kind-squat`).
pub fn kind_id(kind: &str) -> &'static str {
    match kind {
        "squat" => "outreach-kind-squat",
        "metro" => "outreach-kind-metro",
        "street" => "outreach-kind-street",
        "park" => "outreach-kind-park",
        "partner" => "outreach-kind-partner",
        "shelter" => "outreach-kind-shelter",
        _ => "outreach-kind-other",
    }
}

/// The kind a typed word names (its code, in any case), or `None`.
pub fn read_kind(typed: &str) -> Option<&'static str> {
    let t = typed.trim().to_lowercase();
    PLACE_KINDS.iter().copied().find(|k| *k == t)
}

/// Longest coded name of a place, in characters.
pub const MAX_PLACE_NAME: usize = 60;

/// Why a place's name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    /// Nothing typed (or only spaces).
    Blank,
    /// Only punctuation or symbols: no letter or digit to tell it by.
    NoLetters,
    TooLong,
}

impl NameError {
    pub fn message_id(self) -> &'static str {
        match self {
            NameError::Blank => "outreach-error-place-blank",
            NameError::NoLetters => "outreach-error-place-punctuation",
            NameError::TooLong => "outreach-error-place-long",
        }
    }
}

/// A place's coded name as kept: trimmed, inner spaces made one; it must hold a letter or a
/// digit (of any script).
pub fn place_name(typed: &str) -> Result<String, NameError> {
    let name = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(NameError::Blank);
    }
    if !name.chars().any(char::is_alphanumeric) {
        return Err(NameError::NoLetters);
    }
    if name.chars().count() > MAX_PLACE_NAME {
        return Err(NameError::TooLong);
    }
    Ok(name)
}

/// Sexes of a tally, as stored: female, male, another, unknown.
pub const SEXES: [&str; 4] = ["f", "m", "x", "u"];

/// The age bands of a tally (the TDI's, and unknown), in order.
pub const AGE_BANDS: [&str; 13] = [
    "<15", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59",
    "60-64", "65+", "u",
];

/// The keys of the age bands on the desk, the top row of the keyboard then `u`: `1` is `<15`,
/// `0` is `55-59`, `-` is `60-64`, `=` is `65+`.
pub const BAND_KEYS: [char; 13] = [
    '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '=', 'u',
];

/// The band of a key of the band row.
pub fn band_of_key(key: char) -> Option<&'static str> {
    BAND_KEYS
        .iter()
        .position(|k| *k == key)
        .and_then(|i| AGE_BANDS.get(i).copied())
}

/// A band as typed: one of [`AGE_BANDS`], also `>=65` and `≥65` (the TDI's writing of `65+`),
/// an en dash for the hyphen, `?` for unknown.
pub fn read_band(typed: &str) -> Option<&'static str> {
    let t = typed.trim().replace(['–', '—'], "-").to_lowercase();
    let t = match t.as_str() {
        ">=65" | "≥65" => "65+",
        "?" => "u",
        other => other,
    };
    AGE_BANDS.iter().copied().find(|b| *b == t)
}

/// The band of a person by birth year on a day (`u` when unknown).
pub fn band_of_birth(birth_year: Option<u16>, on: NaiveDate) -> &'static str {
    // The TDI's bands are the tally's, in the same order, `>=65` written `65+` (a year's
    // report asks this for every visit: nothing compared, nothing allocated).
    birth_year
        .and_then(|y| crate::domain::tdi::age_band_index(y, on))
        .and_then(|i| AGE_BANDS.get(i).copied())
        .unwrap_or("u")
}

/// The place of a band among [`AGE_BANDS`] (unknown for anything else). The bands are
/// the constants themselves most of the time: told apart by address before by letters.
pub fn band_index(band: &str) -> usize {
    position_of(&AGE_BANDS, band)
}

/// The place of a sex among [`SEXES`] (unknown for anything else).
pub fn sex_index(sex: &str) -> usize {
    position_of(&SEXES, sex)
}

fn position_of(all: &[&'static str], one: &str) -> usize {
    all.iter()
        .position(|x| std::ptr::eq(x.as_ptr(), one.as_ptr()) && x.len() == one.len())
        .or_else(|| all.iter().position(|x| *x == one))
        .unwrap_or(all.len() - 1)
}

/// People met with no identity: how many, their sex and age band, whether first met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub sex: &'static str,
    pub band: &'static str,
    pub new: bool,
    pub people: u32,
}

/// Why a typed tally was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TallyError {
    /// Not `SEX/AGEBAND[/new]`.
    Form(String),
    Sex(String),
    Band(String),
}

/// Reads `SEX/AGEBAND[/new]` (`f/25-29/new`, `u/u`); the count is one (the command line's
/// `--people` says more).
pub fn read_tally(typed: &str) -> Result<Tally, TallyError> {
    let parts: Vec<&str> = typed.trim().split('/').map(str::trim).collect();
    let (sex, band, new) = match parts.as_slice() {
        [s, b] => (*s, *b, false),
        [s, b, n] if n.eq_ignore_ascii_case("new") || n.eq_ignore_ascii_case("n") => (*s, *b, true),
        _ => return Err(TallyError::Form(typed.to_string())),
    };
    let sex_lower = sex.to_lowercase();
    let sex = SEXES
        .iter()
        .copied()
        .find(|s| *s == sex_lower)
        .ok_or_else(|| TallyError::Sex(sex.to_string()))?;
    let band = read_band(band).ok_or_else(|| TallyError::Band(band.to_string()))?;
    Ok(Tally {
        sex,
        band,
        new,
        people: 1,
    })
}

/// The figures of a session or a period, as funders count them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Totals {
    pub sessions: u32,
    pub places_visited: u32,
    /// Places whose first session falls in the period.
    pub new_places: u32,
    /// People met (a tally of three is three).
    pub contacts: u32,
    pub new_contacts: u32,
    pub accompaniments: u32,
    pub vaccinations: u32,
}

impl Totals {
    /// Each figure with the message id of its label, in the order funders ask for them.
    pub fn labelled(&self) -> [(&'static str, u32); 7] {
        [
            ("outreach-total-sessions", self.sessions),
            ("outreach-total-places", self.places_visited),
            ("outreach-total-new-places", self.new_places),
            ("outreach-total-contacts", self.contacts),
            ("outreach-total-new-contacts", self.new_contacts),
            ("outreach-total-accompaniments", self.accompaniments),
            ("outreach-total-vaccinations", self.vaccinations),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_need_a_letter_or_digit() {
        assert_eq!(place_name("  Gare   du Nord "), Ok("Gare du Nord".into()));
        assert_eq!(place_name("محطة ٣"), Ok("محطة ٣".into()));
        assert_eq!(place_name(" \t "), Err(NameError::Blank));
        assert_eq!(place_name("-- !! ?"), Err(NameError::NoLetters));
        assert_eq!(place_name(&"a".repeat(61)), Err(NameError::TooLong));
    }

    #[test]
    fn tallies_read_as_typed() {
        assert_eq!(
            read_tally("f/25-29/new"),
            Ok(Tally {
                sex: "f",
                band: "25-29",
                new: true,
                people: 1
            })
        );
        assert_eq!(
            read_tally("M/65+").map(|t| (t.sex, t.band)),
            Ok(("m", "65+"))
        );
        assert_eq!(read_tally("u/>=65").map(|t| t.band), Ok("65+"));
        assert_eq!(read_tally("x/<15").map(|t| t.band), Ok("<15"));
        assert_eq!(read_tally("u/u").map(|t| t.new), Ok(false));
        assert_eq!(read_tally("w/25-29"), Err(TallyError::Sex("w".into())));
        assert_eq!(read_tally("f/26-30"), Err(TallyError::Band("26-30".into())));
        assert_eq!(read_tally("f"), Err(TallyError::Form("f".into())));
        assert_eq!(
            read_tally("f/20-24/old"),
            Err(TallyError::Form("f/20-24/old".into()))
        );
    }

    #[test]
    fn band_keys_and_birth_years() {
        assert_eq!(band_of_key('1'), Some("<15"));
        assert_eq!(band_of_key('4'), Some("25-29"));
        assert_eq!(band_of_key('0'), Some("55-59"));
        assert_eq!(band_of_key('='), Some("65+"));
        assert_eq!(band_of_key('u'), Some("u"));
        assert_eq!(band_of_key('q'), None);
        let day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default();
        assert_eq!(band_of_birth(Some(1990), day), "35-39");
        assert_eq!(band_of_birth(Some(1950), day), "65+");
        assert_eq!(band_of_birth(None, day), "u");
    }
}
