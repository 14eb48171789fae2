//! A person's record: every field optional, each checked with a reason when refused.

use chrono::NaiveDate;

use super::birth::{Birth, BirthError};
use super::niss::{Niss, NissError};
use crate::text::clean;

/// Longest name, alias or free-text field kept, in characters.
pub const MAX_FIELD: usize = 200;

/// Sex as the person states it; "not said" is an answer, and no answer is fine too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Female,
    Male,
    Other,
    NotSaid,
}

impl Sex {
    /// Every answer, in the order a form cycles through them.
    pub const ALL: [Sex; 4] = [Sex::NotSaid, Sex::Female, Sex::Male, Sex::Other];

    /// Stored form.
    pub fn code(self) -> &'static str {
        match self {
            Sex::Female => "f",
            Sex::Male => "m",
            Sex::Other => "x",
            Sex::NotSaid => "not_said",
        }
    }

    /// Message id of the answer's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Sex::NotSaid => "sex-not-said",
            Sex::Female => "sex-f",
            Sex::Male => "sex-m",
            Sex::Other => "sex-x",
        }
    }

    /// Reads the stored form (and what a script may pass).
    pub fn parse(text: &str) -> Option<Sex> {
        match text.trim().to_ascii_lowercase().as_str() {
            "f" | "w" | "v" | "female" | "woman" => Some(Sex::Female),
            "m" | "male" | "man" | "h" => Some(Sex::Male),
            "x" | "other" => Some(Sex::Other),
            "not_said" | "-" => Some(Sex::NotSaid),
            _ => None,
        }
    }
}

/// A field of the record, to say which one was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    GivenName,
    FamilyName,
    Alias,
    Birth,
    Sex,
    Languages,
    Phone,
    Niss,
    Nationality,
    Commune,
}

impl Field {
    /// Message id of a field's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Field::GivenName => "field-given-name",
            Field::FamilyName => "field-family-name",
            Field::Alias => "field-alias",
            Field::Birth => "field-birth",
            Field::Sex => "field-sex",
            Field::Languages => "field-languages",
            Field::Phone => "field-phone",
            Field::Niss => "field-niss",
            Field::Nationality => "field-nationality",
            Field::Commune => "field-commune",
        }
    }
}

/// Why a field was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    TooLong,
    Birth(BirthError),
    Niss(NissError),
    /// A language code is not 2–3 letters.
    Language,
    /// A phone number has characters other than digits, spaces, `+ . / - ( )`.
    Phone,
}

/// What was typed in the form or given on the command line, before checking.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub given_name: String,
    pub family_name: String,
    pub alias: String,
    pub birth: String,
    pub sex: Option<Sex>,
    pub languages: String,
    pub phone: String,
    pub niss: String,
    pub nationality: String,
    pub commune: String,
}

/// A checked record, ready to store. Empty fields are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub alias: Option<String>,
    pub birth: Option<Birth>,
    pub sex: Option<Sex>,
    pub languages: Vec<String>,
    pub phone: Option<String>,
    pub niss: Option<Niss>,
    pub nationality: Option<String>,
    pub commune: Option<String>,
}

fn text_field(value: &str, field: Field, errors: &mut Vec<(Field, FieldError)>) -> Option<String> {
    let v = clean(value);
    if v.chars().count() > MAX_FIELD {
        errors.push((field, FieldError::TooLong));
        return None;
    }
    (!v.is_empty()).then_some(v)
}

/// Languages as typed, by code or by name (`ar, ti`, `AR/so`, `tigrinya, arabe`), as codes,
/// most useful first, without repeats. `None` when a word is no language the desk knows.
pub fn read_languages(text: &str) -> Option<Vec<String>> {
    let mut languages: Vec<String> = Vec::new();
    // Each language by its code or its name ("arabe, tigrinya", "ar ti", "العربية").
    for typed in text
        .split([',', ' ', ';', '/', '،'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let code = super::languages::code_of(typed)?;
        if !languages.contains(&code) {
            languages.push(code);
        }
    }
    Some(languages)
}

impl Draft {
    /// Checks every field; all problems are returned at once so the form can show them together.
    pub fn check(&self, today: NaiveDate) -> Result<Fields, Vec<(Field, FieldError)>> {
        let mut errors = Vec::new();
        let given_name = text_field(&self.given_name, Field::GivenName, &mut errors);
        let family_name = text_field(&self.family_name, Field::FamilyName, &mut errors);
        let alias = text_field(&self.alias, Field::Alias, &mut errors);
        let nationality = text_field(&self.nationality, Field::Nationality, &mut errors);
        let commune = text_field(&self.commune, Field::Commune, &mut errors);
        let birth = match clean(&self.birth).as_str() {
            "" => None,
            b => match Birth::parse(b, today) {
                Ok(b) => Some(b),
                Err(e) => {
                    errors.push((Field::Birth, FieldError::Birth(e)));
                    None
                }
            },
        };
        let niss = match clean(&self.niss).as_str() {
            "" => None,
            n => match Niss::parse(n) {
                Ok(n) => Some(n),
                Err(e) => {
                    errors.push((Field::Niss, FieldError::Niss(e)));
                    None
                }
            },
        };
        let languages = read_languages(&self.languages).unwrap_or_else(|| {
            errors.push((Field::Languages, FieldError::Language));
            Vec::new()
        });
        let phone = clean(&self.phone);
        let phone = if phone.is_empty() {
            None
        } else if phone.len() <= 30
            && phone.chars().any(|c| c.is_ascii_digit())
            && phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +./-()".contains(c))
        {
            Some(phone)
        } else {
            errors.push((Field::Phone, FieldError::Phone));
            None
        };
        if errors.is_empty() {
            Ok(Fields {
                given_name,
                family_name,
                alias,
                birth,
                sex: self.sex,
                languages,
                phone,
                niss,
                nationality,
                commune,
            })
        } else {
            Err(errors)
        }
    }
}

impl Fields {
    /// The birth date the national number carries, when it contradicts the birth given: worth
    /// pointing out before saving (one of them is probably mistyped), never a refusal.
    pub fn birth_contradicted(&self) -> Option<Birth> {
        let given = self.birth?;
        let carried = self.niss.as_ref()?.birth();
        (!carried.agrees_with(&given)).then_some(carried)
    }

    /// All the words a search may use to find this person: names and alias.
    pub fn name_text(&self) -> String {
        [&self.given_name, &self.family_name, &self.alias]
            .into_iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn nothing_at_all_is_a_valid_record() {
        let f = Draft::default().check(today()).unwrap();
        assert_eq!(f, Fields::default());
    }

    #[test]
    fn fields_are_cleaned_and_kept_as_typed() {
        let d = Draft {
            given_name: "  Abdel\u{202E}kader ".into(),
            alias: "Le Grand 🙂".into(),
            languages: "AR, fr fr".into(),
            phone: "+32 470 12 34 56".into(),
            birth: "1987-03".into(),
            ..Draft::default()
        };
        let f = d.check(today()).unwrap();
        assert_eq!(f.given_name.as_deref(), Some("Abdelkader"));
        assert_eq!(f.alias.as_deref(), Some("Le Grand 🙂"));
        assert_eq!(f.languages, vec!["ar", "fr"]);
        assert_eq!(f.birth.unwrap().to_string(), "1987-03");
    }

    #[test]
    fn a_birth_the_national_number_contradicts_is_pointed_out() {
        // 85.07.30-033.xx: born 30 July 1985.
        let niss = format!("850730033{:02}", 97 - 850_730_033 % 97);
        let with = |birth: &str| Draft {
            birth: birth.into(),
            niss: niss.clone(),
            ..Draft::default()
        };
        let fields = with("1987").check(today()).unwrap();
        let carried = fields.birth_contradicted().unwrap();
        assert_eq!(carried.to_string(), "1985-07-30");
        assert!(
            with("12/07/1985")
                .check(today())
                .unwrap()
                .birth_contradicted()
                .is_some()
        );
        for agrees in ["1985", "07/1985", "30/07/1985", ""] {
            let fields = with(agrees).check(today()).unwrap();
            assert_eq!(fields.birth_contradicted(), None, "{agrees:?}");
        }
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let d = Draft {
            given_name: "x".repeat(MAX_FIELD + 1),
            birth: "2023-02-29".into(),
            niss: "12345678901".into(),
            languages: "klingonian".into(),
            phone: "call me".into(),
            ..Draft::default()
        };
        let errors = d.check(today()).unwrap_err();
        let fields: Vec<Field> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            vec![
                Field::GivenName,
                Field::Birth,
                Field::Niss,
                Field::Languages,
                Field::Phone
            ]
        );
    }
}
