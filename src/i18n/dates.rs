//! Dates and times as each language writes them: short (`01/12/2026`, `01-12-2026`,
//! `01.12.2026`) on screens and in lists, long (`1er décembre 2026`, `1 grudnia 2026`) on paper.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::{I18n, Msg};

/// A rendered date as one piece of text: without the isolation marks a bundle for print puts
/// around each value. Left in, a date put into a sentence would be isolates within an isolate,
/// and an Arabic slip would show "2030 يناير 1" in the wrong order.
fn one_piece(text: String) -> String {
    if text.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']) {
        text.chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect()
    } else {
        text
    }
}

/// A date as the language writes it in lists and tables.
pub fn short(i18n: &I18n, d: NaiveDate) -> String {
    one_piece(
        i18n.render(
            &Msg::new("date-short")
                .arg("day", format!("{:02}", d.day()))
                .arg("month", format!("{:02}", d.month()))
                .arg("year", d.year().to_string()),
        ),
    )
}

/// A time of day, hours and minutes.
pub fn time(i18n: &I18n, at: NaiveDateTime) -> String {
    one_piece(
        i18n.render(
            &Msg::new("time-short")
                .arg("hour", format!("{:02}", at.hour()))
                .arg("minute", format!("{:02}", at.minute())),
        ),
    )
}

/// Date and time as the language writes them in lists and tables.
pub fn short_with_time(i18n: &I18n, at: NaiveDateTime) -> String {
    format!("{} {}", short(i18n, at.date()), time(i18n, at))
}

/// A date in words, as a letter writes it (`1er décembre 2026`, `1 december 2026`).
pub fn long(i18n: &I18n, d: NaiveDate) -> String {
    one_piece(
        i18n.render(
            &Msg::new("date-long")
                .arg("day", d.day())
                .arg("month", d.month())
                .arg("year", d.year().to_string()),
        ),
    )
}

/// A date in words with its day of the week, for an appointment (`mardi 1er décembre 2026`).
pub fn long_with_weekday(i18n: &I18n, d: NaiveDate) -> String {
    let weekday = Msg::new("date-weekday").arg("weekday", d.weekday().number_from_monday());
    one_piece(
        i18n.render(
            &Msg::new("date-long-weekday")
                .arg("weekday", i18n.render(&weekday))
                .arg("date", long(i18n, d)),
        ),
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn each_language_writes_a_date_in_words_its_own_way() {
        let first = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let second = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
        let cases = [
            (Lang::Fr, "mardi 1er décembre 2026", "2 décembre 2026"),
            (Lang::Nl, "dinsdag 1 december 2026", "2 december 2026"),
            (Lang::En, "Tuesday 1 December 2026", "2 December 2026"),
            (Lang::Pl, "wtorek, 1 grudnia 2026", "2 grudnia 2026"),
            (Lang::Ar, "الثلاثاء 1 ديسمبر 2026", "2 ديسمبر 2026"),
            (Lang::Ti, "ሰሉስ 1 ታሕሳስ 2026", "2 ታሕሳስ 2026"),
        ];
        for (lang, with_weekday, plain) in cases {
            let i18n = I18n::new(lang);
            assert_eq!(long_with_weekday(&i18n, first), with_weekday);
            assert_eq!(long(&i18n, second), plain);
            let print = I18n::for_print(lang);
            assert_eq!(long_with_weekday(&print, first), with_weekday, "one piece");
        }
        assert_eq!(long(&I18n::new(Lang::Fr), first), "1er décembre 2026");
    }
}
