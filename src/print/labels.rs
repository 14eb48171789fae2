//! Take-home labels: one 80 mm label per bottle or box of a take-home delivery, through the
//! ticket printer. A label names the product, the mg, the day it is for, the person's code
//! (never their name) and the centre, and says "keep out of reach of children" in the person's
//! language and in French and Dutch.
//!
//! Labels are sent straight to the printer, not kept in the desk's print queue: that queue is
//! read at reception, and a label says the person is on a substitution treatment.

use chrono::NaiveDate;

use super::document::{Block, Document, Paper, Sheet, Style};
use super::jobs::{Destination, PrintError};
use super::pdf::render;
use super::spool;
use crate::domain::site::Site;
use crate::domain::treatment::mg_text;
use crate::i18n::{I18n, Lang, Localised, Msg, dates};
use crate::store::stock::{StockError, TakeHome, product_name};
use crate::store::{Store, StoreError};

/// Why labels did not come out.
#[derive(Debug, thiserror::Error)]
pub enum LabelError {
    /// No take-home dose (not reversed) in that delivery.
    #[error("no take-home in delivery {0}")]
    NoTakeHome(i64),
    #[error(transparent)]
    Stock(#[from] StockError),
    #[error(transparent)]
    Print(#[from] PrintError),
}

impl From<StoreError> for LabelError {
    fn from(e: StoreError) -> Self {
        LabelError::Stock(StockError::Store(e))
    }
}

impl Localised for LabelError {
    fn msg(&self) -> Msg {
        match self {
            LabelError::NoTakeHome(id) => Msg::new("label-error-no-take-home").arg("delivery", *id),
            LabelError::Stock(e) => e.msg(),
            LabelError::Print(e) => e.msg(),
        }
    }
}

/// What one label needs.
pub struct LabelInput<'a> {
    pub site: &'a Site,
    pub dose: &'a TakeHome,
    /// The person's language (French when the desk does not know it).
    pub lang: Lang,
}

/// The languages the warning is written in: the person's, then French and Dutch.
fn warning_languages(lang: Lang) -> Vec<Lang> {
    let mut out = vec![lang];
    for l in [Lang::Fr, Lang::Nl] {
        if !out.contains(&l) {
            out.push(l);
        }
    }
    out
}

/// Text in Latin letters kept left to right on a right-to-left label (an Arabic one): isolated,
/// so that its full stop stays at its end and "65 mg" does not read "mg 65".
fn ltr(text: String, rtl: bool) -> String {
    match rtl {
        true => format!("\u{2066}{text}\u{2069}"),
        false => text,
    }
}

/// One label, in the person's language.
pub fn label(input: &LabelInput) -> Sheet {
    let t = I18n::for_print(input.lang);
    let rtl = input.lang.is_rtl();
    let d = input.dose;
    let mut b = vec![
        Block::new(Style::Small, ltr(input.site.name.clone(), rtl)).centred(),
        Block::new(Style::Heading, product_name(&d.product, &d.names, &t)).centred(),
    ];
    if input.lang != Lang::Fr {
        let fr = I18n::for_print(Lang::Fr);
        let name = ltr(product_name(&d.product, &d.names, &fr), rtl);
        b.push(Block::new(Style::Small, name).centred());
    }
    let mg = ltr(format!("{} mg", mg_text(d.mg)), rtl);
    b.push(Block::new(Style::Huge, mg).centred());
    if let Some(ml) = d.ml() {
        let m = Msg::new("label-ml").arg("ml", mg_text(ml));
        b.push(Block::new(Style::Body, t.render(&m)).centred());
    }
    let day = NaiveDate::parse_from_str(&d.day, "%Y-%m-%d")
        .map(|day| dates::long_with_weekday(&t, day))
        .unwrap_or_else(|_| d.day.clone());
    let m = Msg::new("label-for-day").arg("day", day);
    b.push(Block::new(Style::Heading, t.render(&m)).centred());
    let m = Msg::new("label-code").arg("code", d.person_code.as_str());
    b.push(Block::new(Style::Body, t.render(&m)).centred());
    if let Some(lot) = &d.lot {
        let m = Msg::new("label-lot").arg("lot", lot.as_str());
        b.push(Block::new(Style::Small, t.render(&m)).centred());
    }
    b.push(Block::gap());
    for lang in warning_languages(input.lang) {
        let mut text = I18n::for_print(lang).tr("label-keep-away");
        if !lang.is_rtl() {
            text = ltr(text, rtl);
        }
        b.push(Block::new(Style::Body, text).centred());
    }
    Sheet {
        paper: Paper::Receipt,
        rtl,
        blocks: b,
    }
}

/// The labels of a take-home delivery, one sheet per day, in the person's language.
pub fn take_home_labels(store: &Store, delivery: i64) -> Result<Document, LabelError> {
    let doses = store.take_home_delivery(delivery)?;
    let first = doses.first().ok_or(LabelError::NoTakeHome(delivery))?;
    let lang = store
        .person(first.person_id)?
        .and_then(|p| p.language())
        .unwrap_or(Lang::Fr);
    let site = store.site()?;
    Ok(Document {
        title: format!("seuil {delivery}"),
        sheets: doses
            .iter()
            .map(|dose| {
                label(&LabelInput {
                    site: &site,
                    dose,
                    lang,
                })
            })
            .collect(),
    })
}

/// Prints the labels of a delivery (each label its own job, so a cutter cuts between them),
/// or writes them all to one PDF. Returns how many labels.
pub fn print_labels(store: &Store, delivery: i64, to: Destination) -> Result<usize, LabelError> {
    let doc = take_home_labels(store, delivery)?;
    let count = doc.sheets.len();
    match to {
        Destination::File(path) => {
            let pdf = render(&doc).map_err(PrintError::from)?;
            spool::save(&pdf.bytes, path).map_err(PrintError::from)?;
        }
        Destination::Printer(printer) => {
            for (i, sheet) in doc.sheets.iter().enumerate() {
                let one = Document {
                    title: format!("{} {}/{count}", doc.title, i + 1),
                    sheets: vec![sheet.clone()],
                };
                let pdf = render(&one).map_err(PrintError::from)?;
                spool::send(&pdf.bytes, printer, &pdf.media, &one.title)
                    .map_err(PrintError::from)?;
            }
        }
    }
    Ok(count)
}
