//! The TDI sheet of an episode: every item in the questionnaire's order with the answer's
//! words in the worker's language and its code beside them, to re-key into the Sciensano
//! questionnaire quickly.

use chrono::NaiveDate;

use super::document::{Block, Document, Paper, Sheet, Style};
use crate::domain::tdi::{self, ITEMS, Item, Items, Kind, NO_NISS, UNKNOWN, UNKNOWN_MSG};
use crate::i18n::{I18n, Lang, Msg, dates};
use crate::store::tdi::Episode;

/// The answer to an item: its words, and its code when it is coded (unknown is `99`). A
/// value that is no code (an old record) is shown as it is.
fn parts(item: &Item, items: &Items, t: &I18n) -> (String, Option<&'static str>) {
    let Some(value) = items.get(item.key) else {
        return (t.tr(UNKNOWN_MSG), Some(UNKNOWN));
    };
    match item.kind {
        Kind::Codes(_) => match item.code(value) {
            Some(code) => (t.tr(code.msg), Some(code.code)),
            None => (value.to_string(), None),
        },
        Kind::Niss if value == NO_NISS => (t.tr("tdi-no-niss"), None),
        _ => (value.to_string(), None),
    }
}

/// The answer to an item in words with its code ("Heroin (1.1)"), or "Unknown (99)".
pub fn answer(item: &Item, items: &Items, t: &I18n) -> String {
    match parts(item, items, t) {
        (words, Some(code)) => {
            t.render(&Msg::new("tdi-answer").arg("words", words).arg("code", code))
        }
        (words, None) => words,
    }
}

/// One line of the sheet: the item's number and question, then the answer with its code. One
/// message for the whole line: an answer put together first would be isolated as a whole, and
/// in Arabic its code would stand on the wrong side of its words.
fn line(n: usize, item: &Item, e: &Episode, t: &I18n) -> String {
    let (value, code) = match item.kind {
        Kind::Date => (dates::short(t, e.started), None),
        _ if !e.items.applies(item) => (t.tr("tdi-not-asked"), None),
        _ => parts(item, &e.items, t),
    };
    let msg = Msg::new(if code.is_some() {
        "tdi-sheet-coded"
    } else {
        "tdi-sheet-line"
    })
    .arg("n", n)
    .arg("label", t.tr(item.msg))
    .arg("value", value);
    t.render(&match code {
        Some(code) => msg.arg("code", code),
        None => msg,
    })
}

/// The printable sheet of an episode, in `lang`.
pub fn sheet(e: &Episode, lang: Lang, today: NaiveDate) -> Document {
    let t = I18n::for_print(lang);
    let mut b = vec![
        Block::new(Style::Heading, t.tr("tdi-sheet-title")),
        Block::new(
            Style::Body,
            t.render(
                &Msg::new("tdi-sheet-episode")
                    .arg("id", e.id)
                    .arg("code", e.person_code.as_str()),
            ),
        ),
        Block::new(Style::Small, t.tr("tdi-sheet-note")),
        Block::gap(),
    ];
    for (i, item) in ITEMS.iter().enumerate() {
        b.push(Block::new(Style::Field, line(i + 1, item, e, &t)));
        if item.key == "birth_year" {
            let band = e
                .items
                .get("birth_year")
                .and_then(|y| y.parse().ok())
                .and_then(|y| tdi::age_band(y, e.started))
                .map_or_else(|| t.tr(UNKNOWN_MSG), str::to_string);
            b.push(Block::new(
                Style::Small,
                t.render(&Msg::new("tdi-sheet-age-band").arg("band", band)),
            ));
        }
    }
    b.push(Block::gap());
    b.push(Block::new(
        Style::Small,
        t.render(
            &Msg::new("tdi-sheet-footer")
                .arg(
                    "opened",
                    e.opened_at
                        .get(..10)
                        .map_or_else(String::new, |d| dates::stored(&t, d)),
                )
                .arg("by", e.opened_by.as_str())
                .arg("printed", dates::short(&t, today)),
        ),
    ));
    Document {
        title: I18n::new(lang).render(
            &Msg::new("tdi-sheet-episode")
                .arg("id", e.id)
                .arg("code", e.person_code.as_str()),
        ),
        sheets: vec![Sheet {
            paper: Paper::A4,
            rtl: lang.is_rtl(),
            blocks: b,
        }],
    }
}
