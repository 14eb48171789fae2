//! What a referral letter, its slip and a queue ticket say: built from the records into a
//! [`Document`], in the letter's language (fr/nl) and the person's language.

use chrono::{NaiveDate, NaiveDateTime};

use super::document::{Block, Document, Paper, Sheet, Style};
use crate::domain::names::romanise;
use crate::domain::site::Site;
use crate::i18n::{I18n, Lang, Msg, dates};
use crate::store::coverage::CoverageRow;
use crate::store::partners::Partner;
use crate::store::persons::Person;
use crate::store::referrals::Referral;

/// Everything a referral printout needs.
pub struct ReferralInput<'a> {
    pub site: &'a Site,
    pub referral: &'a Referral,
    pub person: &'a Person,
    pub partner: &'a Partner,
    pub coverage: &'a [CoverageRow],
    pub today: NaiveDate,
}

/// The day in words ("mardi 1er décembre 2026", "wtorek, 1 grudnia 2026") and the time of a
/// stored appointment, as the language of `t` writes them.
fn appointment(a: &str, t: &I18n) -> Option<(String, String)> {
    let at = NaiveDateTime::parse_from_str(a, "%Y-%m-%d %H:%M").ok()?;
    Some((dates::long_with_weekday(t, at.date()), dates::time(t, at)))
}

fn present(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The letter to the partner followed by the person's slip.
pub fn referral(input: &ReferralInput) -> Document {
    let r = input.referral;
    let letter_lang = Lang::parse(&r.letter_lang).unwrap_or(Lang::Fr);
    let slip_lang = Lang::parse(&r.slip_lang).unwrap_or(Lang::Fr);
    Document {
        title: format!("{} {} — {}", r.id, input.site.name, input.partner.name),
        sheets: vec![
            letter(input, &I18n::letters(letter_lang)),
            slip(input, &I18n::for_print(slip_lang)),
        ],
    }
}

/// The centre's name, then its address and phone, as a letter is headed.
pub(super) fn letterhead(site: &Site) -> Vec<Block> {
    let mut blocks = vec![Block::new(Style::Letterhead, site.name.clone())];
    let contact: Vec<&str> = [present(&site.address), present(&site.phone)]
        .into_iter()
        .flatten()
        .collect();
    if !contact.is_empty() {
        blocks.push(Block::new(Style::Small, contact.join(" · ")));
    }
    blocks
}

/// The value of a consented field on the letter, `None` when the desk does not know it.
fn field_value(field: &str, input: &ReferralInput, t: &I18n) -> Option<String> {
    let p = input.person;
    match field {
        // A name in Arabic or Ethiopic letters, on a letter in Latin letters, with its reading.
        "name" => p.display_name().map(|name| {
            if t.lang().latin_script() {
                romanise::with_reading(&name)
            } else {
                name
            }
        }),
        "birth" => p.birth.as_deref().map(|b| dates::stored(t, b)),
        "niss" => p.niss.clone(),
        "phone" => p.phone.clone(),
        "languages" => (!p.languages.is_empty()).then(|| {
            p.languages
                .iter()
                .map(|code| match format!("lang-{code}") {
                    id if t.has(&id) => t.tr(&id),
                    _ => code.clone(),
                })
                .collect::<Vec<_>>()
                .join(", ")
        }),
        "coverage" => {
            let routes: Vec<String> = input
                .coverage
                .iter()
                .filter_map(|row| {
                    let route = t.tr((row.coverage.route?).message_id());
                    Some(match row.coverage.state {
                        Some(s) => format!("{route} ({})", t.tr(s.message_id())),
                        None => route,
                    })
                })
                .collect();
            (!routes.is_empty()).then(|| routes.join("; "))
        }
        _ => None,
    }
}

fn letter(input: &ReferralInput, t: &I18n) -> Sheet {
    let r = input.referral;
    let mut b = letterhead(input.site);
    b.push(Block::gap());
    let date = dates::long(t, input.today);
    b.push(Block::new(
        Style::Body,
        t.render(&Msg::new("letter-place-date").arg("date", date)),
    ));
    b.push(Block::gap());
    let p = input.partner;
    let mut to = vec![t.tr("letter-to"), p.name.clone()];
    to.push(present(&p.address).map_or_else(|| t.tr("letter-no-address"), str::to_string));
    b.push(Block::new(Style::Body, to.join("\n")));
    b.push(Block::gap());
    let subject = if r.urgency == "urgent" {
        "letter-subject-urgent"
    } else {
        "letter-subject"
    };
    b.push(Block::new(Style::Heading, t.tr(subject)));
    b.push(Block::gap());
    b.push(Block::new(Style::Body, t.tr("letter-greeting")));
    b.push(Block::new(Style::Body, t.tr("letter-intro")));
    b.push(Block::gap());
    for field in r.consent.iter().filter(|f| *f != "reason") {
        let label = t.tr(&format!("letter-field-{field}"));
        let value = field_value(field, input, t).unwrap_or_else(|| t.tr("letter-not-known"));
        let line = Msg::new("letter-field")
            .arg("label", label)
            .arg("value", value);
        b.push(Block::new(Style::Field, t.render(&line)));
    }
    if let Some((date, time)) = r.appointment.as_deref().and_then(|a| appointment(a, t)) {
        let m = Msg::new("letter-appointment")
            .arg("date", date)
            .arg("time", time);
        b.push(Block::new(Style::Field, t.render(&m)));
    }
    b.push(Block::gap());
    if r.consent.iter().any(|f| f == "reason") {
        b.push(Block::new(Style::Heading, t.tr("letter-field-reason")));
        b.push(Block::new(Style::Body, r.reason.clone()));
    } else {
        b.push(Block::new(Style::Body, t.tr("letter-no-reason")));
    }
    b.push(Block::gap());
    b.push(Block::new(Style::Body, t.tr("letter-closing")));
    // "Do not hesitate to contact us" only where there is a number to call.
    if let Some(phone) = present(&input.site.phone) {
        let m = Msg::new("letter-contact").arg("phone", phone);
        b.push(Block::new(Style::Body, t.render(&m)));
    }
    b.push(Block::new(Style::Body, t.tr("letter-regards")));
    b.push(Block::gap());
    b.push(Block::gap());
    let sign = Msg::new("letter-signature").arg("site", input.site.name.clone());
    b.push(Block::new(Style::Signature, t.render(&sign)));
    b.push(Block::gap());
    b.push(Block::new(Style::Small, t.tr("letter-footer")));
    Sheet {
        paper: Paper::A4,
        rtl: false,
        blocks: b,
    }
}

fn slip(input: &ReferralInput, t: &I18n) -> Sheet {
    let r = input.referral;
    let p = input.partner;
    let site = input.site;
    let mut b = vec![Block::new(Style::Letterhead, t.tr("slip-title"))];
    b.push(Block::new(
        Style::Body,
        t.render(&Msg::new("slip-from").arg("site", site.name.clone())),
    ));
    b.push(Block::gap());
    b.push(Block::new(Style::Heading, p.name.clone()));
    b.push(Block::new(
        Style::Body,
        match present(&p.address) {
            Some(a) => t.render(&Msg::new("slip-address").arg("address", a)),
            None => t.tr("slip-no-address"),
        },
    ));
    if let Some(phone) = present(&p.phone) {
        let m = Msg::new("slip-phone").arg("phone", phone);
        b.push(Block::new(Style::Body, t.render(&m)));
    }
    if let Some(hours) = present(&p.hours) {
        let m = Msg::new("slip-hours").arg("hours", hours);
        b.push(Block::new(Style::Body, t.render(&m)));
    }
    b.push(Block::gap());
    let when = match r.appointment.as_deref().and_then(|a| appointment(a, t)) {
        Some((date, time)) => t.render(&Msg::new("slip-when").arg("date", date).arg("time", time)),
        None => t.tr("slip-when-none"),
    };
    b.push(Block::new(Style::Heading, when));
    if r.urgency == "urgent" {
        b.push(Block::new(Style::Heading, t.tr("slip-urgent")));
    }
    b.push(Block::gap());
    b.push(Block::new(Style::Body, t.tr("slip-bring")));
    if let Some(phone) = present(&site.phone) {
        b.push(Block::gap());
        let m = Msg::new("slip-contact")
            .arg("site", site.name.clone())
            .arg("phone", phone);
        b.push(Block::new(Style::Small, t.render(&m)));
    }
    Sheet {
        paper: Paper::A4,
        rtl: t.lang().is_rtl(),
        blocks: b,
    }
}

/// What a queue ticket shows.
pub struct TicketInput<'a> {
    pub site: &'a Site,
    pub ticket: &'a str,
    /// The service's name in the person's language.
    pub service: &'a str,
    pub arrived: NaiveDateTime,
    /// The person's language.
    pub lang: Lang,
}

/// A receipt-width ticket, in the person's language.
pub fn ticket(input: &TicketInput) -> Document {
    let t = I18n::for_print(input.lang);
    let time = input.arrived.format("%H:%M").to_string();
    let blocks = vec![
        Block::new(Style::Small, input.site.name.clone()).centred(),
        Block::new(Style::Huge, input.ticket).centred(),
        Block::new(Style::Heading, input.service).centred(),
        Block::new(
            Style::Body,
            t.render(&Msg::new("ticket-arrived").arg("time", time)),
        )
        .centred(),
        Block::gap(),
        Block::new(Style::Body, t.tr("ticket-wait")).centred(),
    ];
    Document {
        title: input.ticket.to_string(),
        sheets: vec![Sheet {
            paper: Paper::Receipt,
            rtl: input.lang.is_rtl(),
            blocks,
        }],
    }
}
