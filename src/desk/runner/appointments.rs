//! Appointments: booking, the day of a service, check-in, and what the send-to window shows.

use chrono::NaiveDateTime;

use super::{Services, appointment_msg};
use crate::desk::effect::Effect;
use crate::desk::message::Message;
use crate::desk::screens::appointments::Reply as AppointmentsReply;
use crate::desk::screens::intake::Reply as IntakeReply;
use crate::i18n::Localised;
use crate::store::appointments::AppointmentError;

impl Services {
    /// Carries out one appointment effect.
    pub(super) fn appointments(&mut self, effect: Effect, now: NaiveDateTime) -> Option<Message> {
        let outcome: crate::store::StoreResult<Option<Message>> = match effect {
            Effect::Book(b) => {
                let booking = crate::store::appointments::Booking {
                    person: &b.person,
                    service: &b.service,
                    worker: b.worker.as_deref(),
                    day: b.day,
                    time: b.time,
                    minutes: b.minutes,
                    despite_overlap: b.despite_overlap,
                };
                Ok(Some(match self.store.book(&booking, self.actor(now)) {
                    Ok(a) => Message::Intake(IntakeReply::Booked(a)),
                    Err(AppointmentError::Overlaps(o)) => Message::Intake(IntakeReply::Overlaps(o)),
                    Err(e) => Message::Failed(appointment_msg(e)),
                }))
            }
            Effect::LoadAppointments(service, day) => {
                let list = self.store.mark_no_shows(now).and_then(|_| {
                    self.store
                        .appointments_on(&service, &day.format("%Y-%m-%d").to_string())
                });
                Ok(Some(match list {
                    Ok(list) => Message::Appointments(AppointmentsReply::Appointments {
                        service,
                        day,
                        list,
                    }),
                    Err(e) => Message::Failed(appointment_msg(e)),
                }))
            }
            Effect::CheckIn(id) => Ok(Some(match self.store.check_in(id, self.actor(now)) {
                Ok(entry) => Message::Appointments(AppointmentsReply::AppointmentChanged(
                    crate::i18n::Msg::new("appointment-checked-in").arg("ticket", entry.ticket),
                )),
                Err(e) => Message::Failed(appointment_msg(e)),
            })),
            Effect::CancelAppointment(id) => Ok(Some(match self.store.cancel_appointment(id) {
                Ok(()) => Message::Appointments(AppointmentsReply::AppointmentChanged(
                    crate::i18n::Msg::new("appointment-cancelled"),
                )),
                Err(e) => Message::Failed(appointment_msg(e)),
            })),
            Effect::LoadUpcoming(person) => {
                // The "send to" window shows the person's record: an opening, in the audit trail.
                if let Err(e) = self.store.log_open(person) {
                    return Some(Message::Failed(e.msg()));
                }
                let day = now.format("%Y-%m-%d").to_string();
                let list = match self.store.upcoming(person, &day) {
                    Ok(list) => list,
                    Err(e) => return Some(Message::Failed(appointment_msg(e))),
                };
                (|| {
                    let routes = self.store.coverage_of(person)?;
                    let access = self.store.care_access(person)?;
                    Ok(Some(Message::Intake(IntakeReply::Upcoming(
                        list, routes, access,
                    ))))
                })()
            }
            _ => return None,
        };
        match outcome {
            Ok(message) => message,
            Err(e) => Some(Message::Failed(e.msg())),
        }
    }
}
