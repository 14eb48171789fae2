//! `seuil queue join / list / call`: the queues from scripts and other terminals.

use chrono::Local;
use serde_json::json;

use super::args::{Priority as PriorityArg, QueueCommand};
use super::{Context, Failure, exit};
use crate::domain::queue::Priority;
use crate::i18n::{Localised, Msg};
use crate::store::queues::{Actor, Entry, QueueError};

impl From<QueueError> for Failure {
    fn from(e: QueueError) -> Self {
        match e {
            QueueError::Store(s) => Failure::from(s),
            other => Failure::new(exit::REFUSED, other.msg()),
        }
    }
}

/// The JSON of a ticket (never more of the person than their code).
pub fn entry_json(e: &Entry) -> serde_json::Value {
    json!({
        "id": e.id,
        "ticket": e.ticket,
        "service": e.service_code,
        "person": e.person_code,
        "priority": e.priority.code(),
        "status": e.status.code(),
        "arrived_at": e.arrived_at,
        "called_at": e.called_at,
        "calls": e.calls,
        "room": e.room,
    })
}

fn print(ctx: &Context, e: &Entry, as_json: bool, id: &'static str) {
    if as_json {
        out!(
            "{}",
            serde_json::to_string_pretty(&entry_json(e)).unwrap_or_default()
        );
    } else {
        out!(
            "{}",
            ctx.i18n.render(
                &Msg::new(id)
                    .arg("ticket", e.ticket.as_str())
                    .arg("code", e.person_code.as_str())
                    .arg("room", e.room.clone().unwrap_or_else(|| "—".into()))
            )
        );
    }
}

/// Runs one `queue` subcommand.
pub fn run(ctx: &Context, command: QueueCommand) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let by = super::person::os_user();
    let now = Local::now().naive_local();
    let who = Actor {
        by: &by,
        desk: None,
        at: now,
    };
    match command {
        QueueCommand::Join {
            person,
            service,
            priority,
            json,
        } => {
            let priority = match priority {
                None => Priority::Normal,
                Some(PriorityArg::Urgent) => Priority::Urgent,
                Some(PriorityArg::Emergency) => Priority::Emergency,
            };
            let e = store.join(&person, &service, priority, None, who)?;
            print(ctx, &e, json, "queue-joined");
        }
        QueueCommand::Call { service, json } => {
            let e = store.call_next(&service, None, who)?;
            print(ctx, &e, json, "queue-called");
        }
        QueueCommand::List { service, json } => {
            let day = now.format("%Y-%m-%d").to_string();
            let services = match &service {
                Some(code) => vec![
                    store
                        .service(code)?
                        .ok_or_else(|| QueueError::UnknownService(code.clone()))?,
                ],
                None => store.services()?,
            };
            let mut all = Vec::new();
            for s in &services {
                all.extend(store.queue(&s.code, &day)?);
            }
            if json {
                let list: Vec<_> = all.iter().map(entry_json).collect();
                out!(
                    "{}",
                    serde_json::to_string_pretty(&list).unwrap_or_default()
                );
            } else if all.is_empty() {
                ctx.say(&Msg::new("queue-empty"));
            } else {
                for e in &all {
                    out!(
                        "{:<7} {:<7} {:<10} {:<11} {}",
                        e.ticket,
                        e.person_code,
                        e.priority.code(),
                        e.status.code(),
                        e.arrived_at.get(11..16).unwrap_or("")
                    );
                }
            }
        }
    }
    Ok(())
}
