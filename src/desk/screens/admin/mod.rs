//! The Admin screen's part of `update`: the site's services (names in every language, ticket
//! letter, rooms, open or closed, order).

pub mod centre;
pub mod staff;
pub mod staff_form;
pub mod staff_view;
pub mod view;

use std::collections::BTreeMap;

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::TextInput;
use crate::i18n::{Lang, Msg};
use crate::store::queues::Service;

/// What the runner reports back to this screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// A service was saved, added, moved or removed: the new list.
    ServicesSaved(Vec<crate::store::queues::Service>),
    /// What the runner reports to the staff, audit, retention and letterhead sections.
    Sections(staff::Reply),
}

/// Longest service name or room list kept, in characters.
pub const MAX_NAME: usize = 60;

/// The fields of the service form, in Tab order (each has its text in `inputs`, same order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceField {
    Letter,
    Rooms,
    /// The service's name in one interface language.
    Name(Lang),
}

/// The service form: letter, rooms, then a name per interface language.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceForm {
    /// The service being edited, or `None` for a new one.
    pub editing: Option<Service>,
    pub focus: Focus<ServiceField>,
    /// The letter, the rooms, then the names in `Lang::ALL` order: [`ServiceForm::ORDER`].
    pub inputs: Vec<TextInput>,
    pub error: Option<Msg>,
}

impl ServiceForm {
    pub const ORDER: &'static [ServiceField] = &[
        ServiceField::Letter,
        ServiceField::Rooms,
        ServiceField::Name(Lang::ALL[0]),
        ServiceField::Name(Lang::ALL[1]),
        ServiceField::Name(Lang::ALL[2]),
        ServiceField::Name(Lang::ALL[3]),
        ServiceField::Name(Lang::ALL[4]),
        ServiceField::Name(Lang::ALL[5]),
    ];
    /// Number of fields.
    pub const FIELDS: usize = ServiceForm::ORDER.len();

    fn new(editing: Option<Service>) -> ServiceForm {
        let mut inputs = vec![TextInput::default(); ServiceForm::FIELDS];
        if let Some(s) = &editing {
            inputs[0] = TextInput::with_text(&s.letter);
            inputs[1] = TextInput::with_text(&s.rooms);
            for (i, lang) in Lang::ALL.iter().enumerate() {
                inputs[2 + i] = TextInput::with_text(
                    s.names.get(lang.code()).map(String::as_str).unwrap_or(""),
                );
            }
        }
        ServiceForm {
            editing,
            focus: Focus::first(ServiceForm::ORDER),
            inputs,
            error: None,
        }
    }

    /// Checks the form: one letter A–Z, at least one name, nothing too long.
    pub fn check(&self) -> Result<(String, String, BTreeMap<String, String>), Msg> {
        let letter = self.inputs[0].text().trim().to_uppercase();
        if letter.chars().count() != 1 || !letter.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(Msg::new("service-error-letter"));
        }
        let rooms = self.inputs[1].text().trim().to_string();
        let mut names = BTreeMap::new();
        for (i, lang) in Lang::ALL.iter().enumerate() {
            let name = self.inputs[2 + i].text().trim();
            if name.chars().count() > MAX_NAME || rooms.chars().count() > MAX_NAME {
                return Err(Msg::new("service-error-too-long").arg("max", MAX_NAME));
            }
            if !name.is_empty() {
                names.insert(lang.code().to_string(), name.to_string());
            }
        }
        if names.is_empty() {
            return Err(Msg::new("service-error-no-name"));
        }
        Ok((letter, rooms, names))
    }
}

/// What the Admin screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AdminView {
    pub selected: usize,
    pub form: Option<ServiceForm>,
    /// A service waiting for the second Delete that removes it.
    pub confirm_remove: Option<String>,
    pub status: Option<Msg>,
    /// Staff, audit and retention.
    pub more: crate::desk::screens::admin::staff::Sections,
}

/// The keys that work on the Admin screen now: a form, or the section shown.
pub fn scopes(view: &AdminView) -> Vec<Scope> {
    use crate::desk::screens::admin::staff::Section;
    if view.form.is_some() || view.more.staff_form.is_some() {
        return vec![Scope::Form];
    }
    let more = &view.more;
    match more.section {
        Section::Services => vec![Scope::Admin],
        Section::Staff if more.staff.is_empty() => vec![Scope::AdminStaff],
        Section::Staff => vec![Scope::AdminStaff, Scope::StaffList],
        Section::Audit => vec![Scope::AdminAudit],
        Section::Retention => vec![Scope::AdminRetention],
        Section::Centre => vec![Scope::AdminCentre],
    }
}

/// A key on the Admin screen.
pub fn on_key(view: &mut AdminView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    if view.form.is_some() {
        return on_form_key(view, key);
    }
    let in_form = view.more.staff_form.is_some();
    match key.action {
        Some(Action::NextField) if !in_form => {
            return crate::desk::screens::admin::staff::switch(
                &mut view.more,
                true,
                ctx.now.date(),
            );
        }
        Some(Action::PrevField) if !in_form => {
            return crate::desk::screens::admin::staff::switch(
                &mut view.more,
                false,
                ctx.now.date(),
            );
        }
        _ => {}
    }
    if view.more.section != crate::desk::screens::admin::staff::Section::Services {
        return crate::desk::screens::admin::staff::on_key(
            &mut view.more,
            ctx.lang,
            key,
            ctx.now.date(),
        );
    }
    let n = ctx.services.len();
    let selected = ctx.services.get(view.selected).cloned();
    let action = key.action;
    if action != Some(Action::Remove) {
        view.confirm_remove = None;
    }
    match (action, selected) {
        (Some(Action::Up), _) => view.selected = view.selected.saturating_sub(1),
        (Some(Action::Down), _) => view.selected = (view.selected + 1).min(n.saturating_sub(1)),
        (Some(Action::NewPerson), _) => view.form = Some(ServiceForm::new(None)),
        (Some(Action::Confirm), Some(s)) => view.form = Some(ServiceForm::new(Some(s))),
        (Some(Action::Toggle), Some(mut s)) => {
            s.open = !s.open;
            return vec![Effect::SaveService(s)];
        }
        (Some(Action::Left), Some(s)) => {
            view.selected = view.selected.saturating_sub(1);
            return vec![Effect::MoveService(s.code, -1)];
        }
        (Some(Action::Right), Some(s)) => {
            view.selected = (view.selected + 1).min(n.saturating_sub(1));
            return vec![Effect::MoveService(s.code, 1)];
        }
        (Some(Action::Remove), Some(s)) => {
            if view.confirm_remove.as_deref() == Some(s.code.as_str()) {
                view.confirm_remove = None;
                return vec![Effect::RemoveService(s.code)];
            }
            view.status =
                Some(Msg::new("admin-remove-confirm").arg("service", s.name(ctx.lang).to_string()));
            view.confirm_remove = Some(s.code);
        }
        _ => {}
    }
    Vec::new()
}

fn on_form_key(view: &mut AdminView, key: &Pressed) -> Vec<Effect> {
    let Some(form) = view.form.as_mut() else {
        return Vec::new();
    };
    match key.action {
        Some(Action::Close) => view.form = None,
        Some(Action::NextField) => form.focus.step(true, |_| false),
        Some(Action::PrevField) => form.focus.step(false, |_| false),
        Some(Action::Confirm) => match form.check() {
            Ok((letter, rooms, names)) => {
                return vec![match &form.editing {
                    Some(s) => Effect::SaveService(Service {
                        letter,
                        rooms,
                        names,
                        ..s.clone()
                    }),
                    None => Effect::AddService {
                        letter,
                        names,
                        rooms,
                    },
                }];
            }
            Err(msg) => form.error = Some(msg),
        },
        _ => {
            let focus = form.focus.index();
            form.inputs[focus].handle(key);
        }
    }
    Vec::new()
}

/// What the runner reports back about services.
pub fn on_msg(view: &mut AdminView, ctx: &Ctx, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::Sections(reply) => crate::desk::screens::admin::staff::on_msg(&mut view.more, reply),
        // The router has put the new list in the context.
        Reply::ServicesSaved(_) => {
            view.selected = view.selected.min(ctx.services.len().saturating_sub(1));
            view.status = Some(Msg::new(if view.form.take().is_some() {
                "admin-saved"
            } else {
                "admin-updated"
            }));
            Vec::new()
        }
    }
}
