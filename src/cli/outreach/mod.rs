//! `seuil place …` and `seuil outreach …`: the register of places, sessions, contacts and the
//! figures, from a shell. A rule that refuses exits 1 with its reason; bad input exits 2.

pub mod args;
mod contact;

use chrono::{Datelike, Local, NaiveDate};
use serde_json::json;

use super::{Context, Failure, exit};
use crate::domain::outreach::{Totals, kind_id};
use crate::i18n::{Localised, Msg};
use crate::store::outreach::{NewSession, OutreachError, Place};
use crate::store::queues::Actor;
use args::{OutreachCommand, PlaceCommand};

impl From<OutreachError> for Failure {
    fn from(e: OutreachError) -> Self {
        use crate::store::counter::CounterError as C;
        use OutreachError as E;
        let code = match e {
            E::Store(s) => return Failure::from(s),
            E::PlaceName(_)
            | E::UnknownKind(_)
            | E::UnknownCommune(_)
            | E::UnknownPlace(_)
            | E::UnknownSession(_)
            | E::UnknownPerson(_)
            | E::UnknownPartner(_)
            | E::FutureDate(_)
            | E::People
            | E::DoseNumber(_)
            | E::NotInSession(..)
            | E::Counter(C::UnknownItem(_)) => exit::USAGE,
            _ => exit::REFUSED,
        };
        Failure::new(code, e.msg())
    }
}

fn print_json(v: &serde_json::Value) {
    out!("{}", serde_json::to_string_pretty(v).unwrap_or_default());
}

fn day_shown(d: &str) -> String {
    match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
        Ok(day) => day.format("%d/%m/%Y").to_string(),
        Err(_) => d.to_string(),
    }
}

fn place_json(p: &Place) -> serde_json::Value {
    json!({
        "id": p.id,
        "name": p.name,
        "kind": p.kind,
        "commune": p.commune,
        "commune_name": p.commune_name(),
        "first_visit": p.first_visit,
        "closed_at": p.closed_at,
    })
}

/// Runs one `place` subcommand.
pub fn place(ctx: &Context, command: PlaceCommand) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let by = super::person::os_user();
    let who = Actor {
        by: &by,
        desk: None,
        at: Local::now().naive_local(),
    };
    match command {
        PlaceCommand::Add {
            name,
            kind,
            commune,
            json,
        } => {
            let p = store.add_place(&name, &kind, commune.as_deref(), who)?;
            if json {
                print_json(&place_json(&p));
            } else {
                out!(
                    "{}",
                    ctx.i18n.render(
                        &Msg::new("outreach-place-added")
                            .arg("place", p.name.as_str())
                            .arg("kind", ctx.i18n.tr(kind_id(&p.kind)))
                    )
                );
            }
        }
        PlaceCommand::List { json } => {
            let places = store.places()?;
            if json {
                print_json(&json!(places.iter().map(place_json).collect::<Vec<_>>()));
            } else if places.is_empty() {
                out!("{}", ctx.i18n.tr("outreach-no-places"));
            } else {
                for p in &places {
                    out!("{}", place_line(ctx, p));
                }
            }
        }
        PlaceCommand::Close { name, json } => {
            let p = store.close_place(&name, who)?;
            if json {
                print_json(&place_json(&p));
            } else {
                out!(
                    "{}",
                    ctx.i18n
                        .render(&Msg::new("outreach-place-closed").arg("place", p.name.as_str()))
                );
            }
        }
    }
    Ok(())
}

fn place_line(ctx: &Context, p: &Place) -> String {
    let first = match &p.first_visit {
        Some(d) => ctx
            .i18n
            .render(&Msg::new("outreach-first-visit").arg("date", day_shown(d))),
        None => ctx.i18n.tr("outreach-not-visited"),
    };
    let mut parts = vec![
        p.name.clone(),
        ctx.i18n.tr(kind_id(&p.kind)),
        p.commune_name().unwrap_or_else(|| "—".into()),
        first,
    ];
    if p.closed_at.is_some() {
        parts.push(ctx.i18n.tr("outreach-closed-mark"));
    }
    parts.join(" · ")
}

/// Runs one `outreach` subcommand.
pub fn run(ctx: &Context, command: OutreachCommand) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let by = super::person::os_user();
    let now = Local::now().naive_local();
    let who = Actor {
        by: &by,
        desk: None,
        at: now,
    };
    match command {
        OutreachCommand::Session {
            place,
            date,
            team,
            staff,
            json,
        } => {
            let day = match date {
                Some(d) => Some(ctx.date_option("--date", &d)?),
                None => None,
            };
            let id = store.start_session(
                &NewSession {
                    place,
                    new_place: None,
                    commune: None,
                    day,
                    team,
                    staff,
                },
                who,
            )?;
            if json {
                let s = store.session(id)?;
                print_json(&json!(s));
            } else {
                out!("{id}");
            }
        }
        OutreachCommand::Contact(args) => contact::run(ctx, &store, &args, who)?,
        OutreachCommand::Reverse {
            session,
            contact,
            json,
        } => {
            let id = match contact {
                Some(id) => store.reverse_contact(session, id, who)?,
                None => store.reverse_last_contact(session, who)?,
            };
            if json {
                print_json(&json!({ "reversed": id, "session": session }));
            } else {
                out!(
                    "{}",
                    ctx.i18n
                        .render(&Msg::new("outreach-contact-reversed").arg("contact", id))
                );
            }
        }
        OutreachCommand::Sessions { from, to, json } => {
            let today = now.date();
            let from = match from {
                Some(d) => ctx.date_option("--from", &d)?,
                None => NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today),
            };
            let to = match to {
                Some(d) => ctx.date_option("--to", &d)?,
                None => today,
            };
            let sessions = store.sessions(from, to)?;
            let totals = store.outreach_totals(from, to)?;
            if json {
                print_json(&json!({
                    "from": from.format("%Y-%m-%d").to_string(),
                    "to": to.format("%Y-%m-%d").to_string(),
                    "sessions": sessions,
                    "totals": totals,
                }));
            } else {
                for s in &sessions {
                    out!(
                        "{}",
                        ctx.i18n.render(
                            &Msg::new("outreach-session-line")
                                .arg("session", s.id)
                                .arg("date", day_shown(&s.day))
                                .arg("place", s.place.as_str())
                                .arg("team", s.team.clone().unwrap_or_else(|| "—".into()))
                                .arg("contacts", s.totals.contacts)
                                .arg("new", s.totals.new_contacts)
                        )
                    );
                }
                for line in totals_lines(ctx, &totals) {
                    out!("{line}");
                }
            }
        }
    }
    Ok(())
}

/// The figures as labelled lines, in the order funders ask for them.
pub fn totals_lines(ctx: &Context, t: &Totals) -> Vec<String> {
    t.labelled()
        .into_iter()
        .map(|(id, n)| {
            ctx.i18n.render(
                &Msg::new("outreach-total-line")
                    .arg("label", ctx.i18n.tr(id))
                    .arg("count", n),
            )
        })
        .collect()
}
