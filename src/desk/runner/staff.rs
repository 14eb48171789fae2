//! Logging in, the first start, the lock, and drafts of forms.

use chrono::NaiveDateTime;

use super::Services;
use crate::desk::drafts::DraftForm;
use crate::desk::effect::Effect;
use crate::desk::gate::Session;
use crate::desk::message::Message;
use crate::desk::screens::{admin::Reply as AdminReply, admin::staff::Reply as SectionsReply};
use crate::domain::roles::Role;
use crate::i18n::{Localised, Msg};
use crate::store::audit::AuditFilter;

/// The draft kept of the person form.
const PERSON_FORM: &str = "person";

impl Services {
    /// Carries out one effect of the gate or of drafts.
    pub(super) fn staff(&mut self, effect: Effect, now: NaiveDateTime) -> Option<Message> {
        match effect {
            Effect::Setup { site, name, pin } => {
                let made = (|| {
                    if *site != crate::domain::site::Site::default() {
                        self.store.set_site(&site)?;
                    }
                    self.store
                        .add_staff(&name, Role::Coordinator, &pin, &pin, None, now)?;
                    self.store.login(&name, &pin, now)
                })();
                Some(self.logged_in(made))
            }
            Effect::Login { name, pin } => {
                let outcome = self.store.login(&name, &pin, now);
                Some(self.logged_in(outcome))
            }
            Effect::Locked => self
                .store
                .log("lock", "desk", None, None)
                .err()
                .map(|e| Message::Failed(e.msg())),
            Effect::SaveDraft(content) => self
                .store
                .save_draft(
                    &self.by,
                    self.desk.as_deref(),
                    PERSON_FORM,
                    content.as_deref(),
                    now,
                )
                .err()
                .map(|e| Message::Failed(crate::i18n::Localised::msg(&e))),
            Effect::LoadDraft => {
                match self
                    .store
                    .draft(&self.by, self.desk.as_deref(), PERSON_FORM)
                {
                    Ok(Some((json, saved_at))) => {
                        DraftForm::from_json(&json).map(|form| Message::Draft {
                            form: Box::new(form),
                            saved_at,
                        })
                    }
                    Ok(None) => None,
                    Err(e) => Some(Message::Failed(crate::i18n::Localised::msg(&e))),
                }
            }
            Effect::Opened(id) => self
                .store
                .log_open(id)
                .err()
                .map(|e| Message::Failed(e.msg())),
            Effect::LoadStaff => Some(match self.store.staff() {
                Ok(list) => Message::Admin(AdminReply::Sections(SectionsReply::Staff(list))),
                Err(e) => Message::Failed(crate::i18n::Localised::msg(&e)),
            }),
            Effect::SaveStaff {
                name,
                role,
                active,
                pin,
                speaks,
                new,
            } => {
                let pin = pin.as_ref().map(|(a, b)| (a.as_str(), b.as_str()));
                // The account and its languages together, or neither.
                let saved = self.store.in_one_transaction(|| {
                    match (new, pin) {
                        (true, Some((p, again))) => {
                            self.store.add_staff(&name, role, p, again, None, now)?
                        }
                        (true, None) => return Err(crate::store::staff::StaffError::PinShape),
                        (false, pin) => self.store.change_staff(&name, role, active, pin)?,
                    };
                    self.store.set_staff_speaks(&name, &speaks).map(|_| ())
                });
                Some(match saved.and_then(|()| self.store.staff()) {
                    Ok(list) => {
                        Message::Admin(AdminReply::Sections(SectionsReply::StaffSaved(list)))
                    }
                    Err(e) => Message::Admin(AdminReply::Sections(SectionsReply::StaffRefused(
                        crate::i18n::Localised::msg(&e),
                    ))),
                })
            }
            Effect::LoadAudit(filter) => Some(match self.store.audit(&filter) {
                Ok(list) => Message::Admin(AdminReply::Sections(SectionsReply::Audit(list))),
                Err(e) => Message::Failed(e.msg()),
            }),
            Effect::ExportAudit(filter, lang) => Some(self.export_audit(filter, lang, now)),
            Effect::LoadRetention => Some(self.retention(now)),
            Effect::SetRetention(days) => {
                if let Err(e) = self.store.set_retention_days(days) {
                    return Some(Message::Failed(e.msg()));
                }
                Some(self.retention(now))
            }
            Effect::Purge => {
                let outcome = self
                    .store
                    .first_day_kept(now.date())
                    .and_then(|before| self.store.purge(&before));
                Some(match outcome {
                    Ok(p) => Message::Admin(AdminReply::Sections(SectionsReply::Done(
                        Msg::new("retention-purged")
                            .arg("tickets", p.tickets)
                            .arg("appointments", p.appointments)
                            .arg("printouts", p.print_jobs),
                    ))),
                    Err(e) => Message::Failed(e.msg()),
                })
            }
            _ => None,
        }
    }

    fn retention(&self, now: NaiveDateTime) -> Message {
        let outcome = self.store.retention_days().and_then(|days| {
            let first_kept = crate::store::retention::first_kept(now.date(), days);
            let purge = self.store.purge_preview(&first_kept)?;
            Ok(Message::Admin(AdminReply::Sections(
                SectionsReply::Retention {
                    days,
                    first_kept,
                    purge,
                },
            )))
        });
        outcome.unwrap_or_else(|e| Message::Failed(e.msg()))
    }

    /// Writes the audit lines matching `filter` as CSV beside the database.
    fn export_audit(
        &self,
        filter: AuditFilter,
        lang: crate::i18n::Lang,
        now: NaiveDateTime,
    ) -> Message {
        let filter = AuditFilter {
            limit: None,
            ..filter
        };
        let folder = self
            .store
            .path()
            .and_then(std::path::Path::parent)
            .map(std::path::Path::to_path_buf)
            .unwrap_or_default();
        let path = folder.join(format!("audit-{}.csv", now.format("%Y-%m-%d-%H%M%S")));
        let i18n = crate::i18n::I18n::new(lang);
        let written = self.store.export_audit(&path, &filter, &|a| a.what(&i18n));
        match written {
            Ok(n) => Message::Admin(AdminReply::Sections(SectionsReply::Done(
                Msg::new("audit-exported")
                    .arg("count", n)
                    .arg("path", path.as_path()),
            ))),
            Err(e) => Message::Admin(AdminReply::Sections(SectionsReply::Done(
                Msg::new("audit-export-failed")
                    .arg("path", path.as_path())
                    .arg("detail", e.to_string()),
            ))),
        }
    }

    /// Keeps the language a member of staff switched to, for their next login.
    pub fn remember_language(&mut self, session: Option<&Session>, lang: crate::i18n::Lang) {
        if let Some(s) = session {
            let _ = self.store.set_staff_language(s.staff_id, lang.code());
        }
    }

    fn logged_in(
        &mut self,
        outcome: crate::store::staff::StaffResult<crate::store::staff::StaffMember>,
    ) -> Message {
        Message::LoggedIn(match outcome {
            Ok(member) => {
                self.by = member.name.clone();
                Ok(Session {
                    staff_id: member.id,
                    name: member.name,
                    role: member.role,
                    language: member
                        .language
                        .as_deref()
                        .and_then(crate::i18n::Lang::parse),
                })
            }
            Err(e) => Err(crate::i18n::Localised::msg(&e)),
        })
    }
}
