//! Dates and times as each language writes them: short (`01/12/2026`, `01-12-2026`,
//! `01.12.2026`) on screens and in lists, long (`1er décembre 2026`, `1 grudnia 2026`) on paper.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::{I18n, Msg};

/// A date as the language writes it in lists and tables.
pub fn short(i18n: &I18n, d: NaiveDate) -> String {
    i18n.render(
        &Msg::new("date-short")
            .arg("day", format!("{:02}", d.day()))
            .arg("month", format!("{:02}", d.month()))
            .arg("year", d.year().to_string()),
    )
}

/// A time of day, hours and minutes.
pub fn time(i18n: &I18n, at: NaiveDateTime) -> String {
    i18n.render(
        &Msg::new("time-short")
            .arg("hour", format!("{:02}", at.hour()))
            .arg("minute", format!("{:02}", at.minute())),
    )
}

/// Date and time as the language writes them in lists and tables.
pub fn short_with_time(i18n: &I18n, at: NaiveDateTime) -> String {
    format!("{} {}", short(i18n, at.date()), time(i18n, at))
}

/// A date in words, as a letter writes it (`1er décembre 2026`, `1 december 2026`).
pub fn long(i18n: &I18n, d: NaiveDate) -> String {
    i18n.render(&long_msg("date-long", d))
}

/// A date in words with its day of the week, for an appointment (`mardi 1er décembre 2026`).
pub fn long_with_weekday(i18n: &I18n, d: NaiveDate) -> String {
    i18n.render(&long_msg("date-long-weekday", d).arg("weekday", d.weekday().number_from_monday()))
}

fn long_msg(id: &'static str, d: NaiveDate) -> Msg {
    Msg::new(id)
        .arg("day", d.day())
        .arg("month", d.month())
        .arg("year", d.year().to_string())
}

/// A stored date or time stamp (`YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]`) as the language writes
/// it; text that is neither is given back as it is.
pub fn stored(i18n: &I18n, text: &str) -> String {
    let text = text.trim();
    for shape in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(at) = NaiveDateTime::parse_from_str(text, shape) {
            return short_with_time(i18n, at);
        }
    }
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) => short(i18n, d),
        Err(_) => text.to_string(),
    }
}
