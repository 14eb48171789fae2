//! Sentences made of domain values: a next step with its date, a refused field.

use chrono::NaiveDate;

use crate::domain::birth::Birth;
use crate::domain::coverage::Step;
use crate::domain::dates::{DateError, NoSuchDate};
use crate::domain::person::{Field, FieldError};
use crate::i18n::{I18n, Msg};

/// The next step as a sentence with its date (`None` step: free care to review).
pub fn step_msg(step: Option<Step>, due: Option<NaiveDate>, i18n: &I18n) -> Msg {
    let id = match step {
        None => "step-free-care-review",
        Some(Step::Start) => "step-start",
        Some(Step::GetAcknowledgement) => "step-get-acknowledgement",
        Some(Step::DecisionDue) => "step-decision-due",
        Some(Step::NotificationDue) => "step-notification-due",
        Some(Step::AppealUntil) => "step-appeal-until",
        Some(Step::Renew) => "step-renew",
        Some(Step::Expired) => "step-expired",
        Some(Step::FedasilAgreementFirst) => "step-fedasil-agreement",
        Some(Step::SuggestBim) => "step-suggest-bim",
    };
    let date = due
        .map(|d| {
            i18n.render(
                &Msg::new("date-short")
                    .arg("day", d.format("%d").to_string())
                    .arg("month", d.format("%m").to_string())
                    .arg("year", d.format("%Y").to_string()),
            )
        })
        .unwrap_or_default();
    Msg::new(id).arg("date", date)
}

/// A refused field as one sentence: which field, and what to do.
pub fn field_error(i18n: &I18n, field: Field, error: FieldError) -> Msg {
    use crate::domain::birth::BirthError as B;
    use crate::domain::niss::NissError as N;
    let id = match error {
        FieldError::TooLong => "field-error-too-long",
        FieldError::Birth(B::Shape) => "field-error-birth-shape",
        FieldError::Birth(B::Impossible(n)) => {
            let id = match n.day {
                Some(_) => "field-error-birth-impossible",
                None => "field-error-birth-no-such-month",
            };
            return with_parts(Msg::new(id), n).arg("field", i18n.tr(field.message_id()));
        }
        FieldError::Birth(B::OutOfRange) => "field-error-birth-range",
        FieldError::Niss(N::Length) => "field-error-niss-length",
        FieldError::Niss(N::Month) => "field-error-niss-month",
        FieldError::Niss(N::Day) => "field-error-niss-day",
        FieldError::Niss(N::Checksum) => "field-error-niss-checksum",
        FieldError::Language => "field-error-language",
        FieldError::Phone => "field-error-phone",
    };
    Msg::new(id)
        .arg("field", i18n.tr(field.message_id()))
        .arg("max", crate::domain::person::MAX_FIELD)
}

/// A typed date not read, as one sentence: how to write a date, or that there is no such date
/// (both in the order the interface language writes dates).
pub fn date_error(error: DateError) -> Msg {
    match error {
        DateError::Shape => Msg::new("date-error-shape"),
        DateError::NoSuch(n) => with_parts(
            Msg::new(match n.day {
                Some(_) => "date-error-no-such-day",
                None => "date-error-no-such-month",
            }),
            n,
        ),
    }
}

fn with_parts(msg: Msg, n: NoSuchDate) -> Msg {
    msg.arg("day", format!("{:02}", n.day.unwrap_or(0)))
        .arg("month", format!("{:02}", n.month))
        .arg("year", format!("{:04}", n.year))
}

/// A birth as the interface language writes dates: `12/05/1987`, `05/1987` or `1987`.
pub fn birth_text(i18n: &I18n, b: &Birth) -> String {
    let (year, month) = (format!("{:04}", b.year), b.month.map(|m| format!("{m:02}")));
    match (month, b.day) {
        (Some(month), Some(day)) => i18n.render(
            &Msg::new("date-short")
                .arg("day", format!("{day:02}"))
                .arg("month", month)
                .arg("year", year),
        ),
        (Some(month), None) => i18n.render(
            &Msg::new("date-month-year")
                .arg("month", month)
                .arg("year", year),
        ),
        _ => year,
    }
}
