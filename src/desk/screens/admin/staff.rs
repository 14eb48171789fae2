//! The coordinator's sections of the Admin screen beside the services: staff accounts, the
//! audit trail, and how long queue data is kept.

use chrono::NaiveDate;
use crossterm::event::KeyCode;

use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed};
use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::TextInput;
use crate::domain::dates;
use crate::i18n::Msg;
use crate::store::audit::{AuditEntry, AuditFilter};
use crate::store::retention::Purged;
use crate::store::staff::StaffMember;

pub use super::staff_form::{StaffField, StaffForm};

/// What the runner reports back to the staff, audit, retention and letterhead sections.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The staff accounts.
    Staff(Vec<crate::store::staff::StaffMember>),
    /// An account was made or changed: the new list.
    StaffSaved(Vec<crate::store::staff::StaffMember>),
    /// An account could not be made or changed.
    StaffRefused(crate::i18n::Msg),
    /// Lines of the audit trail.
    Audit(Vec<crate::store::audit::AuditEntry>),
    /// Retention: days kept, the first day kept, what a purge would remove now.
    Retention {
        days: u32,
        first_kept: String,
        purge: crate::store::retention::Purged,
    },
    /// Something finished on the Admin screen, in words.
    Done(crate::i18n::Msg),
    /// The letterhead (site settings).
    Site(crate::domain::site::Site),
    SiteSaved(crate::domain::site::Site),
}

/// The sections of the Admin screen, switched with Tab.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Section {
    #[default]
    Services,
    Staff,
    Audit,
    Retention,
    /// The letterhead of letters, slips and tickets.
    Centre,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::Services,
        Section::Staff,
        Section::Audit,
        Section::Retention,
        Section::Centre,
    ];

    pub fn title_id(self) -> &'static str {
        match self {
            Section::Services => "admin-section-services",
            Section::Staff => "admin-section-staff",
            Section::Audit => "admin-section-audit",
            Section::Retention => "admin-section-retention",
            Section::Centre => "admin-section-centre",
        }
    }

    /// The effect that loads the section.
    fn load(self, sections: &Sections, today: NaiveDate) -> Option<Effect> {
        match self {
            Section::Services => None,
            Section::Staff => Some(Effect::LoadStaff),
            Section::Audit => Some(Effect::LoadAudit(sections.audit_query(today))),
            Section::Retention => Some(Effect::LoadRetention),
            Section::Centre => Some(Effect::LoadSite),
        }
    }
}

/// State of the staff, audit and retention sections.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sections {
    pub section: Section,
    pub staff: Vec<StaffMember>,
    pub staff_selected: usize,
    pub staff_form: Option<super::staff_form::StaffForm>,
    /// Person code, staff name and/or day (any form [`dates::read_date`] reads), in any order.
    pub audit_filter: TextInput,
    pub audit: Vec<AuditEntry>,
    pub audit_selected: usize,
    /// Days queue data is kept, as typed.
    pub retention_input: TextInput,
    /// The purge as it would run now: the first day kept, and what goes.
    pub purge: Option<(String, Purged)>,
    /// Waiting for the second Del that purges.
    pub confirm_purge: bool,
    /// The letterhead, as typed.
    pub centre: crate::desk::screens::admin::centre::CentreForm,
    pub status: Option<Msg>,
}

impl Sections {
    /// The audit filter as typed: a date is a day, a person code a person, the rest a name.
    pub fn audit_query(&self, today: NaiveDate) -> AuditFilter {
        let mut filter = AuditFilter {
            limit: Some(500),
            ..AuditFilter::default()
        };
        let mut name = Vec::new();
        for word in self.audit_filter.text().split_whitespace() {
            if let Ok(day) = dates::read_date(word, today) {
                filter.day = Some(day.format("%Y-%m-%d").to_string());
            } else if let Some(code) = crate::domain::code::normalise(word) {
                filter.person = Some(code);
            } else {
                name.push(word);
            }
        }
        filter.staff = Some(name.join(" ")).filter(|n| !n.is_empty());
        filter
    }
}

/// Loads the section shown (the Admin screen was opened).
pub fn load(more: &Sections, today: NaiveDate) -> Vec<Effect> {
    more.section.load(more, today).into_iter().collect()
}

/// Tab and Shift+Tab on the Admin screen move between its sections.
pub fn switch(more: &mut Sections, forward: bool, today: NaiveDate) -> Vec<Effect> {
    let mut section = Focus::on(&Section::ALL, more.section);
    section.step(forward, |_| false);
    more.section = section.get();
    more.status = None;
    more.section.load(more, today).into_iter().collect()
}

/// A key in one of the coordinator's sections.
pub fn on_key(
    more: &mut Sections,
    lang: crate::i18n::Lang,
    key: &Pressed,
    today: NaiveDate,
) -> Vec<Effect> {
    match more.section {
        Section::Services => Vec::new(),
        Section::Staff if more.staff_form.is_some() => super::staff_form::on_key(more, key),
        Section::Staff => on_staff_key(more, key),
        Section::Audit => on_audit_key(more, lang, key, today),
        Section::Retention => on_retention_key(more, key),
        Section::Centre => more.centre.on_key(key),
    }
}

fn on_staff_key(more: &mut Sections, key: &Pressed) -> Vec<Effect> {
    let selected = more.staff.get(more.staff_selected).cloned();
    match (key.action, selected) {
        (Some(Action::Up), _) => more.staff_selected = more.staff_selected.saturating_sub(1),
        (Some(Action::Down), _) => {
            more.staff_selected = (more.staff_selected + 1).min(more.staff.len().saturating_sub(1))
        }
        (Some(Action::NewPerson), _) => more.staff_form = Some(StaffForm::new(None)),
        (Some(Action::Confirm), Some(m)) => more.staff_form = Some(StaffForm::new(Some(m))),
        (Some(Action::Toggle), Some(m)) => {
            return vec![Effect::SaveStaff {
                name: m.name,
                role: m.role,
                active: !m.active,
                pin: None,
                speaks: m.speaks,
                new: false,
            }];
        }
        _ => {}
    }
    Vec::new()
}

/// The export writes each line in the words of `lang`, the language of the desk at that moment.
fn on_audit_key(
    more: &mut Sections,
    lang: crate::i18n::Lang,
    key: &Pressed,
    today: NaiveDate,
) -> Vec<Effect> {
    match key.action {
        Some(Action::Up) => more.audit_selected = more.audit_selected.saturating_sub(1),
        Some(Action::Down) => {
            more.audit_selected = (more.audit_selected + 1).min(more.audit.len().saturating_sub(1))
        }
        Some(Action::Confirm) => return vec![Effect::LoadAudit(more.audit_query(today))],
        Some(Action::Export) => return vec![Effect::ExportAudit(more.audit_query(today), lang)],
        _ => {
            more.audit_filter.handle(key);
        }
    }
    Vec::new()
}

fn on_retention_key(more: &mut Sections, key: &Pressed) -> Vec<Effect> {
    let action = key.action;
    if action != Some(Action::Remove) {
        more.confirm_purge = false;
    }
    match action {
        Some(Action::Confirm) => match more.retention_input.text().trim().parse::<u32>() {
            Ok(days) if (30..=3650).contains(&days) => return vec![Effect::SetRetention(days)],
            _ => more.status = Some(Msg::new("retention-error-days")),
        },
        Some(Action::Remove) if more.confirm_purge => {
            more.confirm_purge = false;
            return vec![Effect::Purge];
        }
        Some(Action::Remove) => {
            more.confirm_purge = true;
            more.status = Some(Msg::new("retention-purge-confirm"));
        }
        _ => {
            if key.code == KeyCode::Char(' ') {
                return Vec::new();
            }
            more.retention_input.handle(key);
        }
    }
    Vec::new()
}

/// What the runner reports back to these sections.
pub fn on_msg(more: &mut Sections, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::Staff(list) => {
            more.staff_selected = more.staff_selected.min(list.len().saturating_sub(1));
            more.staff = list;
        }
        Reply::StaffSaved(list) => {
            more.staff = list;
            more.staff_form = None;
            more.status = Some(Msg::new("staff-saved"));
        }
        Reply::StaffRefused(msg) => match more.staff_form.as_mut() {
            Some(form) => form.error = Some(msg),
            None => more.status = Some(msg),
        },
        Reply::Audit(list) => {
            more.audit_selected = 0;
            more.audit = list;
        }
        Reply::Retention {
            days,
            first_kept,
            purge,
        } => {
            more.retention_input = TextInput::with_text(&days.to_string());
            more.purge = Some((first_kept, purge));
        }
        Reply::Done(msg) => more.status = Some(msg),
        Reply::Site(site) => more.centre.fill(&site),
        Reply::SiteSaved(site) => {
            more.centre.fill(&site);
            more.status = Some(Msg::new("site-saved"));
        }
    }
    Vec::new()
}
