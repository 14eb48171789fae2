//! The TDI sheet of an episode: every item in the questionnaire's order with the answer's
//! words in the worker's language and its code beside them, to re-key into the Sciensano
//! questionnaire quickly.

use chrono::NaiveDate;

use super::document::{Block, Document, Paper, Sheet, Style};
use crate::domain::tdi::{self, ITEMS, Item, Items, Kind, NO_NISS, UNKNOWN, UNKNOWN_MSG};
use crate::i18n::{I18n, Lang, Msg, dates};
use crate::store::tdi::Episode;

/// The answer to an item in words with its code ("Heroin (1.1)"), or "Unknown (99)". A value
/// that is no code (an old record) is shown as it is.
pub fn answer(item: &Item, items: &Items, t: &I18n) -> String {
    let with_code = |words: String, code: &str| {
        t.render(&Msg::new("tdi-answer").arg("words", words).arg("code", code))
    };
    let Some(value) = items.get(item.key) else {
        return with_code(t.tr(UNKNOWN_MSG), UNKNOWN);
    };
    match item.kind {
        Kind::Codes(_) => match item.code(value) {
            Some(code) => with_code(t.tr(code.msg), code.code),
            None => value.to_string(),
        },
        Kind::Niss if value == NO_NISS => t.tr("tdi-no-niss"),
        _ => value.to_string(),
    }
}

/// One line of the sheet: the item's number and question, then the answer.
fn line(n: usize, item: &Item, e: &Episode, t: &I18n) -> String {
    let value = match item.kind {
        Kind::Date => dates::short(t, e.started),
        _ if !e.items.applies(item) => t.tr("tdi-not-asked"),
        _ => answer(item, &e.items, t),
    };
    t.render(
        &Msg::new("tdi-sheet-line")
            .arg("n", n)
            .arg("label", t.tr(item.msg))
            .arg("value", value),
    )
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
