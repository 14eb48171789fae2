//! `seuil tdi open / show / set / codes`: treatment episodes for the TDI register, one flag
//! per item; `export`, `checklist` and `sheet` are in [`report`].

pub mod args;
mod items;
mod report;

use chrono::Local;
use serde_json::{Value, json};

pub use items::TdiItems;

use super::args::TdiCommand;
use super::{Context, Failure, exit};
use crate::domain::tdi::{self, Due, ITEMS, Item, Kind};
use crate::i18n::{I18n, Localised, Msg, dates};
use crate::store::queues::Actor;
use crate::store::tdi::{Episode, NewEpisode, TdiError};
use crate::text::choice::{self, Choice};

impl From<TdiError> for Failure {
    fn from(e: TdiError) -> Self {
        let code = match e {
            TdiError::Store(s) => return Failure::from(s),
            TdiError::UnknownPerson(_) | TdiError::UnknownEpisode(_) | TdiError::Item(_) => {
                exit::USAGE
            }
            TdiError::SameDay(..) | TdiError::Future(_) => exit::REFUSED,
        };
        Failure::new(code, e.msg())
    }
}

/// The help of an item's flag: its question, and its codes when it has some.
pub fn arg_help(path: &str, id: &str, i18n: &I18n) -> Option<String> {
    if !path.starts_with("tdi-") {
        return None;
    }
    if (path, id) == ("tdi-sheet", "pdf") {
        return Some(i18n.tr("cli-arg-tdi-pdf"));
    }
    let item = items::flagged().find(|i| i.key == id)?;
    let codes: Vec<&str> = item.codes().iter().map(|c| c.code).collect();
    Some(if codes.is_empty() {
        i18n.tr(item.msg)
    } else {
        i18n.render(
            &Msg::new("cli-arg-tdi-item")
                .arg("item", i18n.tr(item.msg))
                .arg("codes", codes.join(", ")),
        )
    })
}

/// The codes of answers given in words (`--referral self`), found as the desk's pickers find
/// them; anything else is left for the store to refuse with its reason.
fn as_codes(pairs: &[(String, String)], i18n: &I18n) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(key, typed)| {
            let value = typed.trim();
            let coded = tdi::item(key).filter(|i| matches!(i.kind, Kind::Codes(_)));
            let word = coded
                .filter(|i| i.code(value).is_none() && value != tdi::UNKNOWN)
                .and_then(|i| {
                    let choices: Vec<Choice> = i
                        .codes()
                        .iter()
                        .map(|c| Choice::new(c.code, i18n.tr(c.msg)))
                        .collect();
                    choice::one(value, &choices).ok().map(|c| c.code.clone())
                });
            (key.clone(), word.unwrap_or_else(|| value.to_string()))
        })
        .collect()
}

/// An episode as JSON: the items by key with their codes, and the items still unknown.
pub fn episode_json(e: &Episode) -> Value {
    let items: serde_json::Map<String, Value> = e
        .items
        .known()
        .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
        .collect();
    let unknown: Vec<&str> = e.items.unknown().iter().map(|i| i.key).collect();
    json!({
        "id": e.id,
        "person": e.person_code,
        "started": e.started.to_string(),
        "items": items,
        "unknown": unknown,
        "opened_at": e.opened_at,
        "opened_by": e.opened_by,
        "changed_at": e.changed_at,
    })
}

/// The item names, joined for a line (a name may hold a comma of its own).
fn names(items: &[&Item], i18n: &I18n) -> String {
    items
        .iter()
        .map(|i| i18n.tr(i.msg))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// An episode as lines: its head, each known answer in words with its code, what is unknown.
fn print_episode(ctx: &Context, e: &Episode) {
    let t = &ctx.i18n;
    out!(
        "{}",
        t.render(
            &Msg::new("tdi-episode-head")
                .arg("id", e.id)
                .arg("code", e.person_code.as_str())
                .arg("date", dates::short(t, e.started))
        )
    );
    for item in ITEMS.iter().filter(|i| i.kind != Kind::Date) {
        if e.items.get(item.key).is_some() {
            let value = crate::print::tdi::answer(item, &e.items, t);
            let line = Msg::new("tdi-line")
                .arg("label", t.tr(item.msg))
                .arg("value", value);
            out!("  {}", t.render(&line));
        }
    }
    let unknown = e.items.unknown();
    if !unknown.is_empty() {
        let msg = Msg::new("tdi-still-unknown")
            .arg("count", unknown.len())
            .arg("items", names(&unknown, t));
        out!("  {}", t.render(&msg));
    }
}

fn show_one(ctx: &Context, e: &Episode, as_json: bool) {
    if as_json {
        out!(
            "{}",
            serde_json::to_string_pretty(&episode_json(e)).unwrap_or_default()
        );
    } else {
        print_episode(ctx, e);
    }
}

/// The proposal of a new episode in words.
fn due_msg(due: Option<Due>, i18n: &I18n) -> Msg {
    match due {
        None => Msg::new("tdi-due-none"),
        Some(d) => d.msg_with(|day| dates::short(i18n, day)),
    }
}

fn due_json(due: Option<Due>) -> Value {
    match due {
        None => Value::Null,
        Some(Due::Starting) => json!({ "why": "starting" }),
        Some(Due::Returning { last_contact, back }) => json!({
            "why": "returning",
            "last_contact": last_contact.to_string(),
            "back": back.to_string(),
        }),
    }
}

/// Runs one `tdi` subcommand.
pub fn run(ctx: &Context, command: TdiCommand) -> Result<(), Failure> {
    let now = Local::now().naive_local();
    match command {
        TdiCommand::Open(args) => {
            let store = ctx.open_store()?;
            let person = store.tdi_person(&args.person)?;
            let started = args
                .date
                .map(|d| ctx.date_option("--date", &d))
                .transpose()?;
            // Said, never held against: the worker knows why they open it.
            let due = store.tdi_due(person.id, started.unwrap_or(now.date()))?;
            let by = crate::store::audit::os_user();
            let new = NewEpisode {
                started,
                items: as_codes(&args.items.0, &ctx.i18n),
            };
            let who = Actor {
                by: &by,
                desk: None,
                at: now,
            };
            let e = store.open_episode(person.id, &new, who)?;
            if !args.json {
                out!(
                    "{}",
                    ctx.i18n.render(
                        &Msg::new("tdi-opened")
                            .arg("id", e.id)
                            .arg("code", e.person_code.as_str())
                    )
                );
            }
            show_one(ctx, &e, args.json);
            if due.is_none() {
                ctx.say(&Msg::new("tdi-open-not-due"));
            }
        }
        TdiCommand::Set(args) => {
            let store = ctx.open_store()?;
            let started = args
                .date
                .map(|d| ctx.date_option("--date", &d))
                .transpose()?;
            let pairs = as_codes(&args.items.0, &ctx.i18n);
            let e = store.set_episode(args.episode, started, &pairs, now)?;
            if !args.json {
                out!(
                    "{}",
                    ctx.i18n.render(&Msg::new("tdi-saved").arg("id", e.id))
                );
            }
            show_one(ctx, &e, args.json);
        }
        TdiCommand::Show { person, json } => {
            let store = ctx.open_store()?;
            let p = store.tdi_person(&person)?;
            let episodes = store.episodes_of(p.id)?;
            let due = store.tdi_due(p.id, now.date())?;
            if json {
                let list: Vec<Value> = episodes.iter().map(episode_json).collect();
                let doc = json!({ "person": p.code, "due": due_json(due), "episodes": list });
                out!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
                return Ok(());
            }
            if episodes.is_empty() {
                let msg = Msg::new("tdi-no-episodes").arg("code", p.code.as_str());
                out!("{}", ctx.i18n.render(&msg));
            }
            for e in &episodes {
                print_episode(ctx, e);
            }
            out!("{}", ctx.i18n.render(&due_msg(due, &ctx.i18n)));
        }
        TdiCommand::Codes { item } => codes(ctx, item.as_deref())?,
        TdiCommand::Export { year, csv } => report::export(ctx, year, &csv)?,
        TdiCommand::Checklist { year, json } => report::checklist(ctx, year, json)?,
        TdiCommand::Sheet { episode, pdf } => report::sheet(ctx, episode, &pdf)?,
    }
    Ok(())
}

/// `seuil tdi codes [ITEM]`: each item's flag and question, with its codes in words.
fn codes(ctx: &Context, only: Option<&str>) -> Result<(), Failure> {
    let t = &ctx.i18n;
    let wanted = only.map(|w| w.trim_start_matches('-').replace('-', "_"));
    let chosen: Vec<&Item> = items::flagged()
        .filter(|i| wanted.as_deref().is_none_or(|w| w == i.key))
        .collect();
    if chosen.is_empty() {
        let e = tdi::ItemError::NoSuchItem(only.unwrap_or_default().to_string());
        return Err(Failure::new(exit::USAGE, e.msg()));
    }
    for item in chosen {
        out!("--{}  {}", item.flag(), t.tr(item.msg));
        for c in item.codes() {
            out!("    {:<4} {}", c.code, t.tr(c.msg));
        }
        out!("    {:<4} {}", tdi::UNKNOWN, t.tr(tdi::UNKNOWN_MSG));
    }
    Ok(())
}
