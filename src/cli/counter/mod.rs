//! `seuil counter …`: the harm-reduction counter from scripts and the checks. What a rule
//! refuses exits 1 with its reason; bad input exits 2; nothing is written either way.

use std::collections::BTreeMap;

use chrono::Local;
use serde_json::{Value, json};

pub mod args;
mod show;

use super::{Context, Failure, exit};
use crate::domain::counter::{GivenError, read_given};
use crate::i18n::{Lang, Localised, Msg};
use crate::store::Store;
use crate::store::counter::{
    CounterError, Giving, NewItem, NewNaloxoneBatch, NewReversal, Outcome,
};
use crate::store::queues::Actor;
use args::{Called, CounterCommand, Names, ReversalOutcome};

impl From<CounterError> for Failure {
    fn from(e: CounterError) -> Self {
        use CounterError as E;
        match e {
            E::Store(s) => Failure::from(s),
            E::UnknownItem(_) | E::BadItem(_) | E::NoName | E::NoLot | E::NoKits => {
                Failure::new(exit::USAGE, e.msg())
            }
            other => Failure::new(exit::REFUSED, other.msg()),
        }
    }
}

fn print_json(v: &Value) {
    out!("{}", serde_json::to_string_pretty(v).unwrap_or_default());
}

/// A count option (`--returned 10`), a whole number from 0, or a usage error naming it.
fn count(flag: &str, text: Option<&str>) -> Result<u32, Failure> {
    let Some(text) = text else { return Ok(0) };
    text.trim().parse::<u32>().map_err(|_| {
        Failure::new(
            exit::USAGE,
            Msg::new("cli-error-invalid-value")
                .arg("arg", flag)
                .arg("value", text),
        )
    })
}

/// The person a code names (a merged record's keeper), or a usage error.
fn person(store: &Store, code: &str) -> Result<crate::store::Person, Failure> {
    let unknown = || {
        Failure::new(
            exit::USAGE,
            Msg::new("counter-error-unknown-person").arg("code", code),
        )
    };
    let mut p = store.person_by_code(code)?.ok_or_else(unknown)?;
    for _ in 0..8 {
        match p.merged_into {
            Some(kept) => p = store.person(kept)?.ok_or_else(unknown)?,
            None => break,
        }
    }
    Ok(p)
}

fn names(n: &Names) -> BTreeMap<String, String> {
    [
        (Lang::Fr, &n.name_fr),
        (Lang::Nl, &n.name_nl),
        (Lang::En, &n.name_en),
        (Lang::Ar, &n.name_ar),
        (Lang::Ti, &n.name_ti),
        (Lang::Pl, &n.name_pl),
    ]
    .into_iter()
    .filter_map(|(l, n)| n.clone().map(|n| (l.code().to_string(), n)))
    .collect()
}

fn given_error(e: GivenError) -> Failure {
    let msg = match e {
        GivenError::Form(w) => Msg::new("counter-error-form").arg("word", w),
        GivenError::Count(w) => Msg::new("counter-error-count").arg("word", w),
        GivenError::Twice(item) => Msg::new("counter-error-twice").arg("item", item),
    };
    Failure::new(exit::USAGE, msg)
}

/// Runs one `counter` subcommand.
pub fn run(ctx: &Context, command: CounterCommand) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let by = super::person::os_user();
    let now = Local::now().naive_local();
    let who = Actor {
        by: &by,
        desk: None,
        at: now,
    };
    match command {
        CounterCommand::Items { json } => {
            let items = store.counter_items(false)?;
            if json {
                print_json(&Value::Array(
                    items.iter().map(|i| show::item_json(ctx, i)).collect(),
                ));
            } else {
                for i in &items {
                    out!("{}", show::item_line(ctx, i));
                }
            }
        }
        CounterCommand::Give {
            items,
            returned,
            for_others,
            person: code,
            emergency,
            yes,
            json,
        } => {
            let lines = read_given(items.iter().map(String::as_str)).map_err(given_error)?;
            let person_id = code.as_deref().map(|c| person(&store, c)).transpose()?;
            let g = Giving {
                lines,
                person_id: person_id.map(|p| p.id),
                returned: count("--returned", returned.as_deref())?,
                for_others: count("--for-others", for_others.as_deref())?,
                emergency,
                session_id: None,
                confirmed: yes,
            };
            let id = store.give(&g, who)?;
            let x = store.exchange(id)?.ok_or(CounterError::NothingToUndo)?;
            if json {
                print_json(&show::exchange_json(&x, code.as_deref()));
            } else {
                out!("{}", show::exchange_line(ctx, &store, &x)?);
            }
        }
        CounterCommand::Today { json } => {
            let t = store.counter_day(now.date())?;
            if json {
                print_json(&show::totals_json(now.date(), &t));
            } else {
                for line in show::totals_lines(ctx, &store, &t)? {
                    out!("{line}");
                }
            }
        }
        CounterCommand::Undo { json } => {
            let x = store.undo_last_exchange(who)?;
            if json {
                print_json(&show::exchange_json(&x, None));
            } else {
                let what = show::exchange_line(ctx, &store, &x)?;
                out!(
                    "{}",
                    ctx.i18n
                        .render(&Msg::new("counter-undone").arg("what", what))
                );
            }
        }
        CounterCommand::ItemAdd {
            code,
            kind,
            key,
            names: n,
            exchange,
        } => {
            let item = store.add_counter_item(&NewItem {
                code,
                kind,
                key,
                exchange,
                names: names(&n),
            })?;
            out!("{}", show::item_line(ctx, &item));
        }
        CounterCommand::ItemRename { code, names: n } => {
            let item = store.rename_counter_item(&code, &names(&n))?;
            out!("{}", show::item_line(ctx, &item));
        }
        CounterCommand::ItemKey { code, key } => {
            let item = store.rekey_counter_item(&code, &key)?;
            out!("{}", show::item_line(ctx, &item));
        }
        CounterCommand::ItemRemove { code } => {
            let item = store.remove_counter_item(&code, now)?;
            out!(
                "{}",
                ctx.i18n
                    .render(&Msg::new("counter-item-removed").arg("item", item.name(&ctx.i18n)))
            );
        }
        CounterCommand::NaloxoneReceive {
            lot,
            expires,
            kits,
            json,
        } => {
            let expires = ctx.date_option("--expires", &expires)?;
            let id = store.receive_naloxone(&NewNaloxoneBatch { lot, expires, kits }, who)?;
            let batches = store.naloxone_batches(now.date())?;
            let b = batches.iter().find(|b| b.id == id);
            match (json, b) {
                (true, Some(b)) => print_json(&json!({
                    "id": b.id, "lot": b.lot, "expires": b.expires, "kits": b.kits, "left": b.left,
                })),
                (false, Some(b)) => out!("{}", show::batch_line(ctx, b)),
                _ => {}
            }
        }
        CounterCommand::Reversal {
            kit,
            person: code,
            on,
            emergency,
            outcome,
            note,
            json,
        } => {
            let person_id = code.as_deref().map(|c| person(&store, c)).transpose()?;
            let happened_on = on
                .as_deref()
                .map(|d| ctx.date_option("--on", d))
                .transpose()?;
            let outcome = match outcome {
                ReversalOutcome::Recovered => Outcome::Recovered,
                ReversalOutcome::Hospital => Outcome::Hospital,
                ReversalOutcome::Died => Outcome::Died,
                ReversalOutcome::Unknown => Outcome::Unknown,
            };
            let r = NewReversal {
                kit_id: kit,
                person_id: person_id.map(|p| p.id),
                happened_on,
                emergency_called: match emergency {
                    Some(Called::Yes) => Some(true),
                    Some(Called::No) => Some(false),
                    Some(Called::Unknown) | None => None,
                },
                outcome,
                note,
            };
            let id = store.report_reversal(&r, who)?;
            if json {
                print_json(&json!({
                    "id": id,
                    "kit": r.kit_id,
                    "person": code,
                    "happened_on": r.happened_on.map(|d| d.to_string()),
                    "emergency_called": r.emergency_called,
                    "outcome": r.outcome.code(),
                    "note": r.note,
                }));
            } else {
                out!(
                    "{}",
                    ctx.i18n.render(
                        &Msg::new("counter-reversal-recorded")
                            .arg("id", id)
                            .arg("outcome", r.outcome.code())
                    )
                );
            }
        }
    }
    Ok(())
}
