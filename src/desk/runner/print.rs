//! Referrals and printing: the preview of a referral being written, recording and printing it,
//! the print queue (retry, save as PDF) and queue tickets.

use chrono::NaiveDateTime;

use super::Services;
use crate::desk::effect::Effect;
use crate::desk::message::Message;
use crate::desk::screens::{
    admin::Reply as AdminReply, admin::staff::Reply as SectionsReply,
    coverage::Reply as CoverageReply, coverage::composer::Reply as ReferralReply,
    referrals::Reply as ReferralsReply,
};
use crate::i18n::{Localised, Msg};
use crate::print::compose::TicketInput;
use crate::print::jobs::{self};

impl Services {
    fn print_jobs(&self, status: Option<Msg>) -> Message {
        match self.store.print_jobs(200) {
            Ok(list) => Message::Referrals(ReferralsReply::PrintJobs(list, status)),
            Err(e) => Message::Failed(e.msg()),
        }
    }

    /// Carries out one referral or printing effect.
    pub(super) fn print(&mut self, effect: Effect, now: NaiveDateTime) -> Option<Message> {
        Some(match effect {
            Effect::PreviewReferral(r) => match jobs::preview(&self.store, &r, &self.by, now) {
                Ok(doc) => Message::Coverage(CoverageReply::Referral(ReferralReply::Preview(
                    doc.preview(),
                ))),
                Err(e) => Message::Coverage(CoverageReply::Referral(ReferralReply::Refused(
                    crate::i18n::Localised::msg(&e),
                ))),
            },
            Effect::SaveReferral(r) => {
                let printer = self.printer.clone();
                let (saved, job, person_id) =
                    match jobs::record_referral(&self.store, &r, printer.as_deref(), &self.by, now)
                    {
                        Ok(done) => done,
                        Err(e) => {
                            return Some(Message::Coverage(CoverageReply::Referral(
                                ReferralReply::Refused(crate::i18n::Localised::msg(&e)),
                            )));
                        }
                    };
                // The referral is recorded; whatever the printer does, it stays.
                let mut notes = Vec::new();
                match jobs::send_job(&self.store, job, printer.as_deref(), now) {
                    Ok(_) => notes.push(Msg::new("referral-saved-printed").arg("id", saved.id)),
                    Err(e) => {
                        notes.push(Msg::new("referral-saved-not-printed").arg("id", saved.id));
                        notes.push(e.msg());
                    }
                }
                let referrals = self.store.referrals_of(person_id).unwrap_or_default();
                Message::Coverage(CoverageReply::Referral(ReferralReply::Saved {
                    referrals,
                    notes,
                }))
            }
            Effect::LoadPrintJobs => self.print_jobs(None),
            Effect::OfferSavePath(id) => match self.store.print_job(id) {
                Ok(Some(job)) => Message::Referrals(ReferralsReply::SavePath(default_path(&job))),
                Ok(None) => return None,
                Err(e) => Message::Failed(e.msg()),
            },
            Effect::LoadSite => match self.store.site() {
                Ok(site) => Message::Admin(AdminReply::Sections(SectionsReply::Site(site))),
                Err(e) => Message::Failed(e.msg()),
            },
            Effect::SaveSite(site) => {
                let saved = self.store.set_site(&site).and_then(|()| self.store.site());
                match saved {
                    Ok(site) => {
                        Message::Admin(AdminReply::Sections(SectionsReply::SiteSaved(site)))
                    }
                    Err(e) => Message::Failed(e.msg()),
                }
            }
            Effect::RetryPrint(id) => {
                let printer = match self.store.print_job(id) {
                    Ok(Some(job)) => job.printer.or_else(|| self.printer_for(&job.kind)),
                    Ok(None) => None,
                    Err(e) => return Some(Message::Failed(e.msg())),
                };
                let status = match jobs::send_job(&self.store, id, printer.as_deref(), now) {
                    Ok(_) => match &printer {
                        Some(p) => Msg::new("print-sent").arg("printer", p.as_str()),
                        None => Msg::new("print-sent-default"),
                    },
                    Err(e) => e.msg(),
                };
                self.print_jobs(Some(status))
            }
            Effect::SavePrint(id, path) => {
                let status = match jobs::save_job(&self.store, id, &path, now) {
                    Ok(()) => Msg::new("print-saved").arg("path", path.as_path()),
                    Err(e) => e.msg(),
                };
                self.print_jobs(Some(status))
            }
            Effect::PrintTicket {
                ticket,
                service,
                person_id,
                lang,
            } => {
                let site = self.store.site().unwrap_or_default();
                let input = TicketInput {
                    site: &site,
                    ticket: &ticket,
                    service: &service,
                    arrived: now,
                    lang,
                };
                let printer = self.printer_for("ticket");
                match jobs::print_ticket(
                    &self.store,
                    &input,
                    Some(person_id),
                    printer.as_deref(),
                    &self.by,
                    now,
                ) {
                    Ok(_) => return None,
                    Err(e) => Message::Failed(e.msg()),
                }
            }
            _ => return None,
        })
    }

    /// The desk's printer for a kind of printout.
    fn printer_for(&self, kind: &str) -> Option<String> {
        match kind {
            "ticket" => self.ticket_printer.clone(),
            _ => self.printer.clone(),
        }
    }
}

/// Where a printout is offered to be saved: a USB stick if one is mounted (`/media/<user>/…`,
/// `/run/media/<user>/…`), else the home folder; named after the printout.
fn default_path(job: &crate::store::print_jobs::PrintJob) -> String {
    let user = std::env::var("USER").unwrap_or_default();
    let stick = ["/media", "/run/media"]
        .iter()
        .filter_map(|m| std::fs::read_dir(std::path::PathBuf::from(m).join(&user)).ok())
        .flat_map(|d| d.flatten().map(|e| e.path()))
        .find(|p| p.is_dir());
    let home = std::env::var_os("HOME")
        .map_or_else(|| std::path::PathBuf::from("."), std::path::PathBuf::from);
    stick
        .unwrap_or(home)
        .join(format!("seuil-{}-{}.pdf", job.kind, job.title))
        .display()
        .to_string()
}
