//! The person form: every field optional, Tab order you can read, problems shown beside fields.

use crate::desk::widgets::focus::Focus;
use crossterm::event::{KeyCode, KeyModifiers};

use crate::desk::widgets::input::{Edit, TextInput};
use crate::desk::widgets::typed_date;
use crate::domain::birth::Birth;
use crate::domain::person::{Draft, Field, FieldError, Fields, Sex};
use crate::store::Person;

/// The fields of the form, in Tab order.
pub const ORDER: [Field; 10] = [
    Field::GivenName,
    Field::FamilyName,
    Field::Alias,
    Field::Birth,
    Field::Sex,
    Field::Languages,
    Field::Phone,
    Field::Niss,
    Field::Nationality,
    Field::Commune,
];

/// The form's state.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonForm {
    /// The person being edited, or `None` for a new registration.
    pub editing: Option<(i64, String)>,
    pub focus: Field,
    inputs: [TextInput; 10],
    pub sex: Option<Sex>,
    /// Problems found at the last attempt to save.
    pub errors: Vec<(Field, FieldError)>,
    /// Pointed out at the last attempt to save, until a field changes: Enter again saves.
    pub warning: Option<BirthWarning>,
    /// The birth and national number as the form opened with them (editing): a contradiction
    /// already kept is not pointed out again.
    opened: Option<(String, String)>,
}

/// A birth the national number contradicts (one of them is probably mistyped): pointed out
/// before saving, saved as typed if the worker insists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BirthWarning {
    /// The birth date the national number carries.
    pub carried: Birth,
    /// The birth typed.
    pub typed: Birth,
}

fn slot(field: Field) -> usize {
    ORDER.iter().position(|f| *f == field).unwrap_or(0)
}

impl PersonForm {
    /// A new registration, with what was typed in the search line: words become the name, a
    /// four-digit year becomes the birth year.
    pub fn new_from_search(typed: &str, today: chrono::NaiveDate) -> PersonForm {
        use crate::domain::dates::{Century, DateError, read_parts};
        let mut form = PersonForm::empty(None);
        let mut name = Vec::new();
        for word in typed.split_whitespace() {
            // A year or a date as the desk reads a birth (1987, 12/05/1987, 05/1987); an
            // impossible one goes there too, for the form to say why.
            let digits = word.chars().any(|c| c.is_ascii_digit())
                && word
                    .chars()
                    .all(|c| c.is_ascii_digit() || "/.-".contains(c));
            let is_birth = digits
                && matches!(
                    read_parts(word, today, Century::Past),
                    Ok(_) | Err(DateError::NoSuch(_))
                );
            if is_birth && form.inputs[slot(Field::Birth)].is_empty() {
                form.inputs[slot(Field::Birth)] = TextInput::with_text(word);
            } else {
                name.push(word);
            }
        }
        form.inputs[slot(Field::GivenName)] = TextInput::with_text(&name.join(" "));
        form
    }

    /// The form for editing a stored person; the birth written as `lang` writes dates.
    pub fn edit(p: &Person, lang: crate::i18n::Lang) -> PersonForm {
        let mut form = PersonForm::empty(Some((p.id, p.code.clone())));
        let text = |v: &Option<String>| TextInput::with_text(v.as_deref().unwrap_or(""));
        form.inputs[slot(Field::GivenName)] = text(&p.given_name);
        form.inputs[slot(Field::FamilyName)] = text(&p.family_name);
        form.inputs[slot(Field::Alias)] = text(&p.alias);
        let birth = p.birth.as_deref().map(|b| typed_date(lang, b));
        form.inputs[slot(Field::Birth)] = TextInput::with_text(birth.as_deref().unwrap_or(""));
        form.inputs[slot(Field::Languages)] = TextInput::with_text(&p.languages.join(", "));
        form.inputs[slot(Field::Phone)] = text(&p.phone);
        form.inputs[slot(Field::Niss)] = text(&p.niss);
        form.inputs[slot(Field::Nationality)] = text(&p.nationality);
        form.inputs[slot(Field::Commune)] = text(&p.commune);
        form.sex = p.sex;
        form.opened = Some(form.birth_and_niss());
        form
    }

    fn birth_and_niss(&self) -> (String, String) {
        let t = |f: Field| self.inputs[slot(f)].text().trim().to_string();
        (t(Field::Birth), t(Field::Niss))
    }

    /// What to point out before saving `fields`, if not pointed out already: a birth the
    /// national number contradicts, unless the record was opened with both as they are, or the
    /// role does not see national numbers (`hidden`).
    pub fn warn_before_saving(
        &mut self,
        fields: &Fields,
        hidden: &[Field],
    ) -> Option<BirthWarning> {
        if self.warning.is_some()
            || hidden.contains(&Field::Niss)
            || self.opened == Some(self.birth_and_niss())
        {
            return None;
        }
        let warning = BirthWarning {
            carried: fields.birth_contradicted()?,
            typed: fields.birth?,
        };
        self.warning = Some(warning);
        Some(warning)
    }

    fn empty(editing: Option<(i64, String)>) -> PersonForm {
        PersonForm {
            editing,
            focus: Field::GivenName,
            inputs: Default::default(),
            sex: None,
            errors: Vec::new(),
            warning: None,
            opened: None,
        }
    }

    /// The text field of a field (the sex field has none; it shows its choice).
    pub fn input(&self, field: Field) -> &TextInput {
        &self.inputs[slot(field)]
    }

    /// What was typed, ready to check.
    pub fn draft(&self) -> Draft {
        let t = |f: Field| self.inputs[slot(f)].text().to_string();
        Draft {
            given_name: t(Field::GivenName),
            family_name: t(Field::FamilyName),
            alias: t(Field::Alias),
            birth: t(Field::Birth),
            sex: self.sex,
            languages: t(Field::Languages),
            phone: t(Field::Phone),
            niss: t(Field::Niss),
            nationality: t(Field::Nationality),
            commune: t(Field::Commune),
        }
    }

    /// The form as JSON, to keep it as a draft while it is being filled.
    pub fn to_json(&self) -> String {
        serde_json::json!({
            "editing": self.editing,
            "focus": slot(self.focus),
            "fields": self.inputs.iter().map(TextInput::text).collect::<Vec<_>>(),
            "sex": self.sex.map(Sex::code),
        })
        .to_string()
    }

    /// A form read back from [`PersonForm::to_json`]; `None` if the text is not such a form.
    pub fn from_json(json: &str) -> Option<PersonForm> {
        #[derive(serde::Deserialize)]
        struct Saved {
            editing: Option<(i64, String)>,
            focus: usize,
            fields: Vec<String>,
            sex: Option<String>,
        }
        let saved: Saved = serde_json::from_str(json).ok()?;
        let mut form = PersonForm::empty(saved.editing);
        for (input, text) in form.inputs.iter_mut().zip(&saved.fields) {
            *input = TextInput::with_text(text);
        }
        form.focus = ORDER.get(saved.focus).copied().unwrap_or(Field::GivenName);
        form.sex = saved.sex.as_deref().and_then(Sex::parse);
        Some(form)
    }

    /// Whether anything was typed (an untouched new form is not worth keeping).
    pub fn is_blank(&self) -> bool {
        self.editing.is_none() && self.sex.is_none() && self.inputs.iter().all(TextInput::is_empty)
    }

    /// Moves the focus to the next (or previous) field, wrapping around, past the fields
    /// `hidden` says the role does not see.
    pub fn move_focus(&mut self, forward: bool, hidden: impl Fn(Field) -> bool) {
        let mut focus = Focus::on(&ORDER, self.focus);
        focus.step(forward, hidden);
        self.focus = focus.get();
    }

    /// Gives a key to the focused field. Returns whether the form used it.
    pub fn handle(&mut self, key: &crate::desk::keymap::Pressed) -> bool {
        if self.focus == Field::Sex {
            if key.pasted {
                return false;
            }
            let step = match key.code {
                KeyCode::Char(' ') | KeyCode::Right => 1,
                KeyCode::Left => Sex::ALL.len() + 1 - 1,
                KeyCode::Backspace | KeyCode::Delete => {
                    self.sex = None;
                    return true;
                }
                _ => return false,
            };
            // None → not said → woman → man → other → None …
            let now = self
                .sex
                .map(|s| Sex::ALL.iter().position(|x| *x == s).unwrap_or(0) + 1)
                .unwrap_or(0);
            let next = (now + step) % (Sex::ALL.len() + 1);
            self.sex = if next == 0 {
                None
            } else {
                Some(Sex::ALL[next - 1])
            };
            return true;
        }
        let shift_only = key.modifiers.difference(KeyModifiers::SHIFT).is_empty();
        if !shift_only && !matches!(key.code, KeyCode::Char('u')) {
            return false;
        }
        let changed = self.inputs[slot(self.focus)].handle(key) != Edit::NotMine;
        if changed {
            self.errors.retain(|(f, _)| *f != self.focus);
            self.warning = None;
        }
        changed
    }
}
