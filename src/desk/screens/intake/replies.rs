//! What the runner reports back to the intake screen: searches, visits, registrations,
//! merges, bookings, tickets and marks.

use super::{Intake, Reply, Undo, mediation, search};
use crate::desk::ctx::Ctx;
use crate::desk::screens::Outcome;
use crate::i18n::Msg;

/// What the runner reports back about intake work.
pub fn on_msg(view: &mut Intake, ctx: &Ctx, reply: Reply) -> Outcome {
    let intake = &mut *view;
    match reply {
        Reply::Found {
            query,
            persons,
            near,
            total,
        } => {
            if query == intake.search.text() {
                intake.results = persons;
                intake.near = near;
                intake.matched = total;
                intake.results_for = query;
                intake.selected = 0;
            }
        }
        Reply::VisitRecorded(p, visit) => {
            intake.undo = Some(Undo::Visit(visit));
            intake.status = Some(
                Msg::new("intake-visit-recorded")
                    .arg("code", p.code.clone())
                    .arg("name", p.display_name().unwrap_or_default()),
            );
            intake.search.clear();
            intake.results.clear();
            intake.selected = 0;
        }
        Reply::VisitRemoved(p) => {
            intake.status = Some(
                Msg::new("intake-visit-removed")
                    .arg("code", p.code.clone())
                    .arg("name", p.display_name().unwrap_or_default()),
            );
        }
        Reply::Registered(p, entry) => {
            intake.form = None;
            intake.registered = intake.registered.map(|n| n + 1);
            let service = entry.as_ref().map(|e| {
                ctx.services
                    .iter()
                    .find(|s| s.id == e.service_id)
                    .map_or(e.service_code.clone(), |s| s.name(ctx.lang).to_string())
            });
            let msg = match (p.display_name(), entry) {
                (Some(name), Some(e)) => Msg::new("intake-registered-joined")
                    .arg("name", name)
                    .arg("ticket", e.ticket),
                (None, Some(e)) => {
                    Msg::new("intake-registered-anonymous-joined").arg("ticket", e.ticket)
                }
                (Some(name), None) => Msg::new("intake-registered").arg("name", name),
                (None, None) => Msg::new("intake-registered-anonymous"),
            };
            intake.status = Some(
                msg.arg("code", p.code.clone())
                    .arg("service", service.unwrap_or_default()),
            );
            intake.search.clear();
            intake.results.clear();
            intake.selected = 0;
        }
        Reply::Updated(p) => {
            intake.form = None;
            intake.status = Some(Msg::new("intake-updated").arg("code", p.code.clone()));
            if let Some(row) = intake.results.iter_mut().find(|r| r.id == p.id) {
                *row = p;
            }
        }
        Reply::Merged { id, keep, other } => {
            intake.undo = Some(Undo::Merge(id));
            intake.status = Some(
                Msg::new("intake-merged")
                    .arg("keep", keep)
                    .arg("other", other)
                    .arg("id", id),
            );
            return search(view).into();
        }
        Reply::Unmerged(id) => {
            intake.status = Some(Msg::new("intake-unmerged").arg("id", id));
            return search(view).into();
        }
        Reply::Overlaps(o) => {
            crate::desk::screens::appointments::overlapped(&mut intake.booking, ctx, &o);
        }
        Reply::Booked(a) => {
            intake.booking = None;
            intake.status = Some(crate::desk::screens::appointments::booked_msg(&a));
        }
        Reply::Upcoming(list, routes, access) => {
            intake.upcoming = list;
            intake.route_coverage = Some((routes, access));
        }
        Reply::Joined(e) => {
            let name = ctx
                .services
                .iter()
                .find(|s| s.id == e.service_id)
                .map(|s| s.name(ctx.lang).to_string());
            intake.status = Some(
                Msg::new("intake-joined")
                    .arg("ticket", e.ticket.clone())
                    .arg("service", name.unwrap_or_else(|| e.service_code.clone()))
                    .arg("code", e.person_code.clone()),
            );
            intake.search.clear();
            intake.results.clear();
            intake.selected = 0;
        }
        Reply::Marked(p) => mediation::marked(intake, p),
        Reply::NotSame(a, b) => {
            intake.status = Some(Msg::new("intake-not-same").arg("a", a).arg("b", b));
        }
    }
    Outcome::default()
}
