//! The Referrals screen's partner directory: everyone who may write a referral reads it; the
//! coordinator adds and changes partners.

pub mod print_queue;
pub mod print_queue_view;
pub mod view;

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::TextInput;
use crate::desk::widgets::picker::Choice;
use crate::domain::roles::Area;
use crate::i18n::Msg;
use crate::store::partners::{Partner, PartnerInput};

/// What the runner reports back to this screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The partner directory.
    Partners(Vec<crate::store::partners::Partner>),
    /// A partner was added or changed: the new directory.
    PartnerSaved(Vec<crate::store::partners::Partner>),
    /// A partner could not be saved.
    PartnerRefused(crate::i18n::Msg),
    /// The print queue, and what became of the last retry or save.
    PrintJobs(
        Vec<crate::store::print_jobs::PrintJob>,
        Option<crate::i18n::Msg>,
    ),
    /// Where to offer saving the selected printout.
    SavePath(String),
}

/// The fields of the partner form, in Tab order (each has its text in `inputs`, same order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerField {
    Name,
    Kind,
    Address,
    Phone,
    Hours,
    LetterLang,
    Notes,
}

/// The partner form: name, kind, address, phone, hours, letter language, notes.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerForm {
    /// The partner being changed, or `None` for a new one.
    pub editing: Option<i64>,
    pub focus: Focus<PartnerField>,
    pub inputs: [TextInput; 7],
    pub error: Option<Msg>,
    /// What was typed on a coded field (kind, letter language) since it got the focus.
    pub typed: String,
}

impl PartnerForm {
    /// The choices of a coded field, named in `lang`; `None` for a field that is typed.
    pub fn choices(field: PartnerField, lang: crate::i18n::Lang) -> Option<Vec<Choice>> {
        Some(match field {
            PartnerField::Kind => crate::store::partners::KINDS
                .iter()
                .map(|k| {
                    Choice::new(
                        k,
                        crate::i18n::tr_in(lang, crate::store::partners::kind_id(k)),
                    )
                })
                .collect(),
            // Letters go in French or Dutch: each named in its own language.
            PartnerField::LetterLang => [crate::i18n::Lang::Fr, crate::i18n::Lang::Nl]
                .iter()
                .map(|l| Choice::new(l.code(), l.native_name().to_string()))
                .collect(),
            _ => return None,
        })
    }

    pub const ORDER: &'static [PartnerField] = &[
        PartnerField::Name,
        PartnerField::Kind,
        PartnerField::Address,
        PartnerField::Phone,
        PartnerField::Hours,
        PartnerField::LetterLang,
        PartnerField::Notes,
    ];
    /// Message ids of the labels, in order.
    pub const LABELS: [&'static str; 7] = [
        "partner-field-name",
        "partner-field-kind",
        "partner-field-address",
        "partner-field-phone",
        "partner-field-hours",
        "partner-field-letter-lang",
        "partner-field-notes",
    ];

    fn new(p: Option<&Partner>) -> PartnerForm {
        let t = |v: Option<&str>| TextInput::with_text(v.unwrap_or(""));
        PartnerForm {
            editing: p.map(|p| p.id),
            focus: Focus::first(PartnerForm::ORDER),
            inputs: [
                t(p.map(|p| p.name.as_str())),
                t(Some(p.map_or("other", |p| p.kind.as_str()))),
                t(p.and_then(|p| p.address.as_deref())),
                t(p.and_then(|p| p.phone.as_deref())),
                t(p.and_then(|p| p.hours.as_deref())),
                t(Some(p.map_or("fr", |p| p.letter_lang.as_str()))),
                t(p.and_then(|p| p.notes.as_deref())),
            ],
            error: None,
            typed: String::new(),
        }
    }

    fn input(&self) -> PartnerInput {
        let t = |i: usize| self.inputs[i].text().trim().to_string();
        PartnerInput {
            name: t(0),
            kind: t(1).to_lowercase(),
            address: t(2),
            phone: t(3),
            hours: t(4),
            letter_lang: t(5).to_lowercase(),
            notes: t(6),
        }
    }
}

/// What the partner directory shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PartnersView {
    pub selected: usize,
    pub form: Option<PartnerForm>,
    pub status: Option<Msg>,
    /// The print queue, shown instead of the directory while open.
    pub queue: print_queue::PrintQueue,
}

/// The screen was opened.
pub fn load() -> Vec<Effect> {
    vec![Effect::LoadPartners]
}

/// The keys that work on the Referrals screen now: the partner form, the file name of a PDF
/// being saved, the print queue, or the directory.
pub fn scopes(view: &PartnersView, ctx: &Ctx) -> Vec<Scope> {
    let v = view;
    if v.form.is_some() || v.queue.saving.is_some() {
        return vec![Scope::Form];
    }
    if v.queue.open {
        let mut scopes = vec![Scope::PrintQueue];
        if !v.queue.jobs.is_empty() {
            scopes.push(Scope::PrintJobs);
        }
        return scopes;
    }
    // Everyone reads the directory; only a coordinator changes it.
    let manage = ctx.can(Area::ManagePartners);
    let mut scopes = vec![Scope::Partners];
    if manage {
        scopes.push(Scope::PartnerAdd);
    }
    if !ctx.partners.is_empty() {
        scopes.push(Scope::PartnerList);
        if manage {
            scopes.push(Scope::PartnerEdit);
        }
    }
    scopes
}

/// A key on the screen.
pub fn on_key(view: &mut PartnersView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    let manage = ctx.can(Area::ManagePartners);
    let v = view;
    if let Some(form) = v.form.as_mut() {
        match key.action {
            Some(Action::Close) => v.form = None,
            Some(Action::NextField) => {
                form.focus.step(true, |_| false);
                form.typed.clear();
            }
            Some(Action::PrevField) => {
                form.focus.step(false, |_| false);
                form.typed.clear();
            }
            Some(Action::Confirm) => {
                return vec![Effect::SavePartner(form.editing, Box::new(form.input()))];
            }
            _ if let Some(choices) = PartnerForm::choices(form.focus.get(), ctx.lang) => {
                let focus = form.focus.index();
                crate::desk::widgets::picker::handle(
                    &mut form.inputs[focus],
                    &mut form.typed,
                    &choices,
                    key,
                );
                form.error = None;
            }
            _ => {
                let focus = form.focus.index();
                form.inputs[focus].handle(key);
                form.error = None;
            }
        }
        return Vec::new();
    }
    match key.action {
        Some(Action::PrintQueue) => {
            v.queue.open = true;
            return vec![Effect::LoadPrintJobs];
        }
        Some(Action::Up) => v.selected = v.selected.saturating_sub(1),
        Some(Action::Down) => {
            v.selected = (v.selected + 1).min(ctx.partners.len().saturating_sub(1))
        }
        Some(Action::NewPerson) if manage => v.form = Some(PartnerForm::new(None)),
        Some(Action::Confirm) if manage => {
            v.form = ctx
                .partners
                .get(v.selected)
                .map(|p| PartnerForm::new(Some(p)));
        }
        _ => {}
    }
    Vec::new()
}

/// What the runner reports back.
pub fn on_msg(view: &mut PartnersView, reply: Reply) -> Vec<Effect> {
    let v = view;
    match reply {
        // The router has put the directory in the context.
        Reply::Partners(list) => v.selected = v.selected.min(list.len().saturating_sub(1)),
        Reply::PartnerSaved(_) => {
            v.form = None;
            v.status = Some(Msg::new("partner-saved"));
        }
        Reply::PartnerRefused(msg) => match v.form.as_mut() {
            Some(form) => form.error = Some(msg),
            None => v.status = Some(msg),
        },
        Reply::SavePath(path) => print_queue::offer_path(&mut v.queue, path),
        Reply::PrintJobs(jobs, status) => {
            let q = &mut v.queue;
            q.selected = q.selected.min(jobs.len().saturating_sub(1));
            q.jobs = jobs;
            if status.is_some() {
                q.status = status;
            }
        }
    }
    Vec::new()
}
