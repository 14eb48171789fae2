//! `seuil referral new / print` and `seuil site`: referrals recorded with their consent scope,
//! printed or written as PDF, and the letterhead they carry.

use chrono::Local;

use std::path::Path;

use super::args::{ReferralNewArgs, SiteArgs};
use super::{Context, Failure, exit};
use crate::i18n::{Localised, Msg};
use crate::print::jobs::{Destination, PrintError, print_referral};
use crate::store::referrals::{NewReferral, ReferralError};

impl From<ReferralError> for Failure {
    fn from(e: ReferralError) -> Self {
        match e {
            ReferralError::Store(s) => Failure::from(s),
            other => Failure::new(exit::USAGE, other.msg()),
        }
    }
}

pub fn new(ctx: &Context, args: ReferralNewArgs) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    // The partner from a few letters of its name, as at the desk.
    let partners = store.partners()?;
    let partner = match crate::store::partners::matching(&args.partner, &partners).as_slice() {
        [one] => one.name.clone(),
        [] => args.partner.clone(),
        several => {
            let names: Vec<&str> = several.iter().map(|p| p.name.as_str()).collect();
            return Err(Failure::new(
                exit::USAGE,
                Msg::new("referral-error-partner-several")
                    .arg("typed", args.partner.as_str())
                    .arg("names", names.join(", ")),
            ));
        }
    };
    let request = NewReferral {
        person: args.person,
        partner,
        reason: args.reason,
        consent: (!args.consent.is_empty()).then_some(args.consent),
        letter_lang: args.letter_lang,
        slip_lang: args.slip_lang,
        urgent: args.urgent,
        appointment: args.appointment,
    };
    let by = crate::store::audit::os_user();
    let r = store.new_referral(&request, &by, Local::now().naive_local())?;
    if args.json {
        out!("{}", serde_json::json!(r));
    } else {
        out!(
            "{}",
            ctx.i18n.render(
                &Msg::new("referral-recorded")
                    .arg("id", r.id)
                    .arg("person", r.person.as_str())
                    .arg("partner", r.partner.as_str())
                    .arg("shared", r.consent.join(", "))
                    .arg("letter", r.letter_lang.as_str())
                    .arg("slip", r.slip_lang.as_str())
            )
        );
    }
    Ok(())
}

impl From<PrintError> for Failure {
    fn from(e: PrintError) -> Self {
        let code = match e {
            PrintError::UnknownReferral(_) | PrintError::UnknownJob(_) => exit::USAGE,
            _ => exit::REFUSED,
        };
        Failure::new(code, e.msg())
    }
}

/// `seuil referral print ID (--pdf FILE | --printer NAME)`: the letter and slip as they were at
/// the first print, or as they are now if never printed. A failed print stays in the desk's
/// print queue.
pub fn print(
    ctx: &Context,
    id: i64,
    pdf: Option<&Path>,
    printer: Option<&str>,
) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let by = crate::store::audit::os_user();
    let to = match pdf {
        Some(path) => Destination::File(path),
        None => Destination::Printer(printer),
    };
    print_referral(&store, id, to, &by, Local::now().naive_local())?;
    let msg = match (pdf, printer) {
        (Some(path), _) => Msg::new("print-saved").arg("path", path),
        (None, Some(p)) => Msg::new("print-sent").arg("printer", p),
        (None, None) => Msg::new("print-sent-default"),
    };
    out!("{}", ctx.i18n.render(&msg));
    Ok(())
}

/// `seuil site`: shows the letterhead, or sets the parts given.
pub fn site(ctx: &Context, args: SiteArgs) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let mut site = store.site()?;
    let changed = args.name.is_some() || args.address.is_some() || args.phone.is_some();
    if changed {
        if let Some(name) = args.name {
            site.name = name;
        }
        if args.address.is_some() {
            site.address = args.address;
        }
        if args.phone.is_some() {
            site.phone = args.phone;
        }
        store.set_site(&site)?;
        site = store.site()?;
    }
    if args.json {
        out!(
            "{}",
            serde_json::json!({"name": site.name, "address": site.address, "phone": site.phone})
        );
        return Ok(());
    }
    if changed {
        out!("{}", ctx.i18n.tr("site-saved"));
    }
    let unset = ctx.i18n.tr("site-not-set");
    let show = |v: Option<&str>| v.filter(|s| !s.is_empty()).unwrap_or(&unset).to_string();
    for (label, value) in [
        ("site-field-name", show(Some(site.name.as_str()))),
        ("site-field-address", show(site.address.as_deref())),
        ("site-field-phone", show(site.phone.as_deref())),
    ] {
        out!("{} {value}", ctx.i18n.tr(label));
    }
    Ok(())
}
