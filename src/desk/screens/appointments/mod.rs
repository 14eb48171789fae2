//! Appointments at the desk: the booking form (from intake) and the day of a service.

pub mod view;

use chrono::{Duration, NaiveDate, NaiveTime, Timelike};

use crate::desk::ctx::Ctx;
use crate::desk::effect::{BookingRequest, Effect};
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::{Edit, TextInput};
use crate::desk::widgets::typed_date;
use crate::domain::dates;
use crate::i18n::Msg;
use crate::i18n::words::date_error;
use crate::store::Person;
use crate::store::appointments::{Appointment, Kept, Overlap};

/// What the runner reports back to this screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The appointments of a service on a day.
    Appointments {
        service: String,
        day: chrono::NaiveDate,
        list: Vec<crate::store::appointments::Appointment>,
    },
    /// An appointment was checked in or cancelled: what to tell the worker.
    AppointmentChanged(crate::i18n::Msg),
}

/// The fields of the booking form, in Tab order (each has its text in `inputs`, same order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingField {
    Service,
    Day,
    Time,
    Minutes,
    Worker,
}

/// The booking form: service, date, time, duration, worker.
#[derive(Debug, Clone, PartialEq)]
pub struct BookingForm {
    pub person: Person,
    pub focus: Focus<BookingField>,
    pub inputs: [TextInput; 5],
    pub error: Option<Msg>,
    /// Another appointment this one overlaps, told until a field changes: Enter again books.
    pub warning: Option<Msg>,
    /// What was typed on the service since it got the focus (it is chosen by its name).
    pub typed: String,
}

/// The site's services to choose from, by their names in `lang` (also by their letter).
pub fn service_choices(
    services: &[crate::store::queues::Service],
    lang: crate::i18n::Lang,
) -> Vec<crate::desk::widgets::picker::Choice> {
    services
        .iter()
        .map(|s| crate::desk::widgets::picker::Choice {
            also: vec![s.letter.clone()],
            ..crate::desk::widgets::picker::Choice::new(&s.code, s.name(lang).to_string())
        })
        .collect()
}

impl BookingForm {
    pub const ORDER: &'static [BookingField] = &[
        BookingField::Service,
        BookingField::Day,
        BookingField::Time,
        BookingField::Minutes,
        BookingField::Worker,
    ];

    /// A form for `person`, with the first service, today (as `lang` writes dates), the next
    /// half hour and 20 minutes.
    pub fn new(person: Person, service: &str, ctx: &Ctx) -> BookingForm {
        let now = ctx.now;
        let today = typed_date(ctx.lang, &now.format("%Y-%m-%d").to_string());
        let next = now + Duration::minutes(30 - i64::from(now.minute() % 30));
        BookingForm {
            person,
            focus: Focus::first(BookingForm::ORDER),
            inputs: [
                TextInput::with_text(service),
                TextInput::with_text(&today),
                TextInput::with_text(&next.format("%H:%M").to_string()),
                TextInput::with_text("20"),
                TextInput::default(),
            ],
            error: None,
            warning: None,
            typed: String::new(),
        }
    }

    /// Checks the fields (the service and the past are checked by the store); a date is read
    /// as every date of the desk is ([`dates::read_date`]).
    pub fn check(&self, today: NaiveDate) -> Result<BookingRequest, Msg> {
        let t = |i: usize| self.inputs[i].text().trim().to_string();
        let day = dates::read_date(&t(1), today).map_err(date_error)?;
        let time = dates::read_time(&t(2)).ok_or_else(|| Msg::new("booking-error-time"))?;
        let minutes: u32 = t(3)
            .parse()
            .map_err(|_| Msg::new("booking-error-minutes"))?;
        Ok(BookingRequest {
            person: self.person.code.clone(),
            service: t(0),
            worker: Some(t(4)).filter(|w| !w.is_empty()),
            day,
            time,
            minutes,
            despite_overlap: self.warning.is_some(),
        })
    }
}

/// What the Appointments screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppointmentsView {
    pub service: usize,
    /// The day shown (`None`: today).
    pub day: Option<NaiveDate>,
    pub list: Vec<Appointment>,
    pub selected: usize,
    pub confirm_cancel: Option<i64>,
    pub status: Option<Msg>,
}

/// The day shown.
pub fn shown_day(view: &AppointmentsView, ctx: &Ctx) -> NaiveDate {
    view.day.unwrap_or(ctx.now.date())
}

/// Effects to show the chosen service's day.
pub fn load(view: &AppointmentsView, ctx: &Ctx) -> Vec<Effect> {
    ctx.services
        .get(view.service)
        .map(|s| Effect::LoadAppointments(s.code.clone(), shown_day(view, ctx)))
        .into_iter()
        .collect()
}

/// The keys that work on the Appointments screen now.
pub fn scopes(view: &AppointmentsView) -> Vec<Scope> {
    let mut scopes = vec![Scope::Appointments];
    if !view.list.is_empty() {
        scopes.push(Scope::AppointmentList);
    }
    if view
        .list
        .get(view.selected)
        .is_some_and(|a| a.status == Kept::Booked)
    {
        scopes.push(Scope::Booked);
    }
    scopes
}

/// A key in the booking form (opened from intake).
pub fn on_form_key(booking: &mut Option<BookingForm>, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    let Some(form) = booking.as_mut() else {
        return Vec::new();
    };
    match key.action {
        Some(Action::Close) => *booking = None,
        Some(Action::NextField) => {
            form.focus.step(true, |_| false);
            form.typed.clear();
        }
        Some(Action::PrevField) => {
            form.focus.step(false, |_| false);
            form.typed.clear();
        }
        Some(Action::Confirm) => match form.check(ctx.now.date()) {
            Ok(request) => return vec![Effect::Book(request)],
            Err(msg) => form.error = Some(msg),
        },
        // The service is chosen by its name, never typed as a code.
        _ if form.focus.get() == BookingField::Service => {
            let choices = service_choices(&ctx.services, ctx.lang);
            let before = form.inputs[0].text().to_string();
            crate::desk::widgets::picker::handle(
                &mut form.inputs[0],
                &mut form.typed,
                &choices,
                key,
            );
            if form.inputs[0].text() != before {
                form.warning = None;
            }
        }
        _ => {
            let focus = form.focus.index();
            if form.inputs[focus].handle(key) == Edit::Changed {
                form.warning = None;
            }
        }
    }
    Vec::new()
}

/// The booking overlaps another appointment: the form tells which, and Enter again books.
pub fn overlapped(booking: &mut Option<BookingForm>, ctx: &Ctx, overlap: &Overlap) {
    let service = ctx
        .services
        .iter()
        .find(|s| s.code.eq_ignore_ascii_case(&overlap.with.service_code))
        .map_or(overlap.with.service_code.clone(), |s| {
            s.name(ctx.lang).to_string()
        });
    if let Some(form) = booking.as_mut() {
        form.error = None;
        form.warning = Some(overlap_msg(overlap, service));
    }
}

/// What to say of an overlapping appointment: its time, its end and its service (`service`,
/// as the desk names it); the worker's name when it is theirs, never the other person's.
pub fn overlap_msg(overlap: &Overlap, service: String) -> Msg {
    let a = &overlap.with;
    let until = NaiveTime::parse_from_str(&a.time, "%H:%M")
        .map(|t| {
            (t + Duration::minutes(i64::from(a.minutes)))
                .format("%H:%M")
                .to_string()
        })
        .unwrap_or_default();
    let msg = if overlap.same_person {
        Msg::new("booking-overlap-person")
    } else {
        Msg::new("booking-overlap-worker").arg("worker", a.worker.clone().unwrap_or_default())
    };
    msg.arg("from", a.time.clone())
        .arg("until", until)
        .arg("service", service)
}

/// A key on the Appointments screen.
pub fn on_key(view: &mut AppointmentsView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    let n = ctx.services.len();
    let action = key.action;
    let today_shown = shown_day(view, ctx);
    if action != Some(Action::Remove) {
        view.confirm_cancel = None;
    }
    let chosen = view.list.get(view.selected).cloned();
    match action {
        Some(Action::PickNth(i)) if i < n => view.service = i,
        Some(Action::Left) if n > 0 => view.service = (view.service + n - 1) % n,
        Some(Action::Right) if n > 0 => view.service = (view.service + 1) % n,
        Some(Action::PrevDay) => view.day = Some(today_shown - Duration::days(1)),
        Some(Action::NextDay) => view.day = Some(today_shown + Duration::days(1)),
        Some(Action::Up) => {
            view.selected = view.selected.saturating_sub(1);
            return Vec::new();
        }
        Some(Action::Down) => {
            view.selected = (view.selected + 1).min(view.list.len().saturating_sub(1));
            return Vec::new();
        }
        Some(Action::Confirm) => {
            return chosen
                .filter(|a| a.status == Kept::Booked)
                .map(|a| Effect::CheckIn(a.id))
                .into_iter()
                .collect();
        }
        Some(Action::Remove) => {
            let Some(a) = chosen.filter(|a| a.status == Kept::Booked) else {
                return Vec::new();
            };
            if view.confirm_cancel == Some(a.id) {
                view.confirm_cancel = None;
                return vec![Effect::CancelAppointment(a.id)];
            }
            view.confirm_cancel = Some(a.id);
            view.status = Some(Msg::new("appointment-cancel-confirm").arg("time", a.time));
            return Vec::new();
        }
        _ => return Vec::new(),
    }
    load(view, ctx)
}

/// What the runner reports back about appointments.
pub fn on_msg(view: &mut AppointmentsView, ctx: &Ctx, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::Appointments { service, day, list } => {
            let current = ctx.services.get(view.service).map(|s| s.code.clone());
            if current.as_deref() == Some(service.as_str()) && day == shown_day(view, ctx) {
                view.list = list;
                view.selected = view.selected.min(view.list.len().saturating_sub(1));
            }
        }
        Reply::AppointmentChanged(msg) => {
            view.status = Some(msg);
            return load(view, ctx);
        }
    }
    Vec::new()
}

pub fn booked_msg(a: &Appointment) -> Msg {
    Msg::new("appointment-booked")
        .arg("code", a.person_code.clone())
        .arg("day", a.day.clone())
        .arg("time", a.time.clone())
        .arg("service", a.service_code.clone())
}
