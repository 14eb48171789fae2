//! From a referral or a ticket to paper: the printout composed (or the one kept at the first
//! print), queued, then sent or saved. A failure leaves the job in the print queue.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};

use super::compose::{ReferralInput, TicketInput, referral, ticket};
use super::document::Document;
use super::pdf::{PdfError, render};
use super::spool::{self, SpoolError};
use crate::i18n::{Localised, Msg};
use crate::store::partners::Partner;
use crate::store::print_jobs::{JobState, NewJob};
use crate::store::referrals::{NewReferral, Referral, ReferralError};
use crate::store::{Person, Store, StoreError};

/// Why a printout did not come out.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("no referral {0}")]
    UnknownReferral(i64),
    #[error("no print job {0}")]
    UnknownJob(i64),
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Spool(#[from] SpoolError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Localised for PrintError {
    fn msg(&self) -> Msg {
        match self {
            PrintError::UnknownReferral(id) | PrintError::UnknownJob(id) => {
                Msg::new("referral-error-unknown-id").arg("id", *id)
            }
            PrintError::Pdf(PdfError::Font(_)) => Msg::new("print-error-font"),
            PrintError::Pdf(PdfError::Write(reason)) => {
                Msg::new("print-error-refused").arg("reason", reason.clone())
            }
            PrintError::Spool(SpoolError::NoCups) => Msg::new("print-error-no-cups"),
            PrintError::Spool(SpoolError::NoPrinter) => Msg::new("print-error-no-printer"),
            PrintError::Spool(SpoolError::Refused(reason)) => {
                Msg::new("print-error-refused").arg("reason", reason.clone())
            }
            PrintError::Spool(SpoolError::Write { path, reason, .. }) => {
                Msg::new("print-error-write")
                    .arg("path", path.clone())
                    .arg("reason", reason.clone())
            }
            PrintError::Store(e) => e.msg(),
        }
    }
}

impl PrintError {
    /// What the print queue keeps of a failure: a code for the desk's own messages, with what
    /// CUPS or the system said (shown in the worker's language by [`error_msg`]).
    pub fn code(&self) -> String {
        match self {
            PrintError::Spool(SpoolError::NoCups) => "no-cups".into(),
            PrintError::Spool(SpoolError::NoPrinter) => "no-printer".into(),
            PrintError::Pdf(PdfError::Font(_)) => "font".into(),
            PrintError::Spool(SpoolError::Write { path, reason, .. }) => {
                format!("write\t{path}\t{reason}")
            }
            other => format!("refused\t{other}"),
        }
    }
}

/// A stored failure (see [`PrintError::code`]) in words.
pub fn error_msg(code: &str) -> Msg {
    let mut parts = code.splitn(3, '\t');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("no-cups"), ..) => Msg::new("print-error-no-cups"),
        (Some("no-printer"), ..) => Msg::new("print-error-no-printer"),
        (Some("font"), ..) => Msg::new("print-error-font"),
        (Some("write"), Some(path), Some(reason)) => Msg::new("print-error-write")
            .arg("path", path)
            .arg("reason", reason),
        (Some("refused"), Some(reason), _) => Msg::new("print-error-refused").arg("reason", reason),
        _ => Msg::new("print-error-refused").arg("reason", code),
    }
}

/// A referral's printout: what was printed if it was (reprints are the same document), or
/// composed from today's records.
pub fn referral_document(store: &Store, id: i64, today: NaiveDate) -> Result<Document, PrintError> {
    if let Some(doc) = store
        .referral_printed(id)?
        .and_then(|json| Document::from_json(&json))
    {
        return Ok(doc);
    }
    let r = store
        .referral(id)
        .map_err(|_| PrintError::UnknownReferral(id))?
        .ok_or(PrintError::UnknownReferral(id))?;
    let person = store
        .person_by_code(&r.person)?
        .ok_or(PrintError::UnknownReferral(id))?;
    let partner = store
        .partner_named(&r.partner)
        .map_err(|_| PrintError::UnknownReferral(id))?
        .ok_or(PrintError::UnknownReferral(id))?;
    Ok(compose(store, &r, &person, &partner, today)?)
}

fn compose(
    store: &Store,
    r: &Referral,
    person: &Person,
    partner: &Partner,
    today: NaiveDate,
) -> Result<Document, StoreError> {
    let coverage = store.coverage_of(person.merged_into.unwrap_or(person.id))?;
    let site = store.site()?;
    Ok(referral(&ReferralInput {
        site: &site,
        referral: r,
        person,
        partner,
        coverage: &coverage,
        today,
    }))
}

/// What a referral being written would print, before it is recorded (the desk's preview).
pub fn preview(
    store: &Store,
    n: &NewReferral,
    by: &str,
    now: NaiveDateTime,
) -> Result<Document, ReferralError> {
    let (r, person, partner) = store.check_referral(n, by, now)?;
    Ok(compose(store, &r, &person, &partner, now.date())?)
}

/// A referral written at the desk, recorded and its printout queued as one act, in one
/// transaction: checked once, composed once (the document kept as the referral's content).
/// Returns the referral, the print job to send (outside the transaction: a printer may be slow)
/// and the person's record.
pub fn record_referral(
    store: &Store,
    n: &NewReferral,
    printer: Option<&str>,
    by: &str,
    now: NaiveDateTime,
) -> Result<(Referral, i64, i64), ReferralError> {
    store.in_one_transaction(|| {
        let (checked, person, partner) = store.check_referral(n, by, now)?;
        let r = store.insert_referral(&checked, &person, &partner, by)?;
        let json = compose(store, &r, &person, &partner, now.date())?.to_json();
        store.freeze_referral(r.id, &json)?;
        let person_id = person.merged_into.unwrap_or(person.id);
        let job = queue_referral(store, r.id, Some(person_id), &json, printer, by, now)?;
        Ok((r, job, person_id))
    })
}

/// Keeps a referral's printout (its frozen document) in the print queue, waiting.
fn queue_referral(
    store: &Store,
    id: i64,
    person_id: Option<i64>,
    document: &str,
    printer: Option<&str>,
    by: &str,
    now: NaiveDateTime,
) -> Result<i64, StoreError> {
    store.add_print_job(
        &NewJob {
            kind: "referral",
            referral_id: Some(id),
            person_id,
            title: &id.to_string(),
            document,
            printer,
        },
        by,
        now,
    )
}

/// Where a printout goes.
pub enum Destination<'a> {
    /// A CUPS printer; `None` is the system default.
    Printer(Option<&'a str>),
    /// A PDF file.
    File(&'a Path),
}

/// Keeps the referral's content at its first print, queues it and sends it. Returns the job
/// number and what CUPS said; on failure the job stays in the queue, marked failed.
pub fn print_referral(
    store: &Store,
    id: i64,
    to: Destination,
    by: &str,
    now: NaiveDateTime,
) -> Result<(i64, String), PrintError> {
    let doc = referral_document(store, id, now.date())?;
    let json = doc.to_json();
    store.freeze_referral(id, &json)?;
    let person_id = store.referral_person(id)?;
    let printer = match &to {
        Destination::Printer(p) => *p,
        Destination::File(_) => None,
    };
    let job = queue_referral(store, id, person_id, &json, printer, by, now)?;
    let said = match to {
        Destination::Printer(p) => send_job(store, job, p, now)?,
        Destination::File(path) => {
            save_job(store, job, path, now)?;
            path.display().to_string()
        }
    };
    Ok((job, said))
}

/// Queues a ticket for the receipt printer and sends it.
pub fn print_ticket(
    store: &Store,
    input: &TicketInput,
    person_id: Option<i64>,
    printer: Option<&str>,
    by: &str,
    now: NaiveDateTime,
) -> Result<(i64, String), PrintError> {
    let doc = ticket(input);
    let job = store.add_print_job(
        &NewJob {
            kind: "ticket",
            referral_id: None,
            person_id,
            title: input.ticket,
            document: &doc.to_json(),
            printer,
        },
        by,
        now,
    )?;
    Ok((job, send_job(store, job, printer, now)?))
}

fn job_document(store: &Store, id: i64) -> Result<Document, PrintError> {
    let job = store.print_job(id)?.ok_or(PrintError::UnknownJob(id))?;
    Document::from_json(&job.document).ok_or(PrintError::UnknownJob(id))
}

/// Sends a queued printout (first try or retry); the job says how it went.
pub fn send_job(
    store: &Store,
    id: i64,
    printer: Option<&str>,
    now: NaiveDateTime,
) -> Result<String, PrintError> {
    let doc = job_document(store, id)?;
    let result = render(&doc)
        .map_err(PrintError::from)
        .and_then(|pdf| Ok(spool::send(&pdf.bytes, printer, &pdf.media, &doc.title)?));
    match &result {
        Ok(_) => store.set_print_job_state(id, JobState::Sent, None, now)?,
        Err(e) => store.set_print_job_state(id, JobState::Failed, Some(&e.code()), now)?,
    }
    result
}

/// Saves a queued printout as a PDF file (a USB stick when the printer is missing).
pub fn save_job(store: &Store, id: i64, path: &Path, now: NaiveDateTime) -> Result<(), PrintError> {
    let doc = job_document(store, id)?;
    let result = render(&doc)
        .map_err(PrintError::from)
        .and_then(|pdf| Ok(spool::save(&pdf.bytes, path)?));
    match &result {
        Ok(()) => store.set_print_job_state(id, JobState::Saved, None, now)?,
        Err(e) => store.set_print_job_state(id, JobState::Failed, Some(&e.code()), now)?,
    }
    result
}
