//! `seuil person …`: register, find, merge, undo a merge, mark two records as different people.

use chrono::Local;
use serde_json::json;

use super::args::{PersonAddArgs, PersonCommand, PersonEditArgs, PersonFieldArgs};
use super::{Context, Failure, exit};
use crate::domain::person::{Draft, Fields};
use crate::domain::search::Query;
use crate::i18n::words::field_error;
use crate::i18n::{I18n, Localised, Msg};
use crate::store::persons::day_of;
use crate::store::{Person, PersonError};

pub use crate::store::audit::os_user;

impl From<PersonError> for Failure {
    fn from(e: PersonError) -> Self {
        match e {
            PersonError::Store(s) => Failure::from(s),
            other => Failure::new(exit::REFUSED, other.msg()),
        }
    }
}

/// The JSON of a person, as `person add --json` and `person find --json` print it.
pub fn person_json(p: &Person) -> serde_json::Value {
    json!({
        "code": p.code,
        "display_name": p.display_name(),
        "given_name": p.given_name,
        "family_name": p.family_name,
        "alias": p.alias,
        "birth": p.birth,
        "birth_year": p.birth_year,
        "languages": p.languages,
        "last_seen": p.last_seen,
    })
}

fn print_json(value: &serde_json::Value) {
    out!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_default()
    );
}

/// Runs one `person` subcommand.
pub fn run(ctx: &Context, command: PersonCommand) -> Result<(), Failure> {
    match command {
        PersonCommand::Add(args) => add(ctx, &args),
        PersonCommand::Edit(args) => edit(ctx, &args),
        PersonCommand::Find { query, limit, json } => find(ctx, &query, limit.unwrap_or(10), json),
        PersonCommand::Merge { keep, other } => {
            let store = ctx.open_store()?;
            let id = store.merge(&keep, &other, &os_user(), Local::now().naive_local())?;
            let (k, o) = (store.person_by_code(&keep)?, store.person_by_code(&other)?);
            let code = |p: Option<Person>, typed: &str| {
                p.map(|p| p.code).unwrap_or_else(|| typed.to_string())
            };
            out!(
                "{}",
                ctx.i18n.render(
                    &Msg::new("person-merged")
                        .arg("keep", code(k, &keep))
                        .arg("other", code(o, &other))
                        .arg("id", id)
                )
            );
            Ok(())
        }
        PersonCommand::Unmerge { merge_id } => {
            let store = ctx.open_store()?;
            let (kept, merged) = store.unmerge(merge_id, &os_user(), Local::now().naive_local())?;
            out!(
                "{}",
                ctx.i18n.render(
                    &Msg::new("person-unmerged")
                        .arg("id", merge_id)
                        .arg("keep", kept.code)
                        .arg("other", merged.code)
                )
            );
            Ok(())
        }
        PersonCommand::NotSame { a, b } => {
            let store = ctx.open_store()?;
            let (pa, pb) = store.mark_not_same(&a, &b, &os_user(), Local::now().naive_local())?;
            out!(
                "{}",
                ctx.i18n.render(
                    &Msg::new("person-not-same")
                        .arg("a", pa.code)
                        .arg("b", pb.code)
                )
            );
            Ok(())
        }
        PersonCommand::Export { code, json } => export(ctx, &code, json),
    }
}

fn add(ctx: &Context, args: &PersonAddArgs) -> Result<(), Failure> {
    let now = Local::now().naive_local();
    let mut draft = Draft::default();
    given(&args.fields, &mut draft);
    let fields = checked(ctx, &draft, now.date())?;
    let store = ctx.open_store()?;
    let mut rng = fastrand::Rng::new();
    let person = store.add_person(&fields, &os_user(), now, &mut rng)?;
    if args.json {
        print_json(&person_json(&person));
    } else {
        out!(
            "{}",
            ctx.i18n.render(
                &Msg::new("person-added")
                    .arg("code", person.code.as_str())
                    .arg("name", person.display_name().unwrap_or_default())
            )
        );
    }
    Ok(())
}

/// A field given on the command line replaces what the draft holds.
fn set(field: &mut String, value: &Option<String>) {
    if let Some(v) = value {
        v.clone_into(field);
    }
}

/// The fields `person add` and `person edit` share, into a draft: a name is the whole name, as
/// one field of the form.
fn given(args: &PersonFieldArgs, draft: &mut Draft) {
    if let Some(name) = &args.name {
        name.clone_into(&mut draft.given_name);
        draft.family_name.clear();
    }
    set(&mut draft.alias, &args.alias);
    set(&mut draft.birth, &args.born);
    set(&mut draft.languages, &args.lang);
}

/// The draft checked as the desk's form checks it; every fault said, the first as the failure.
fn checked(ctx: &Context, draft: &Draft, today: chrono::NaiveDate) -> Result<Fields, Failure> {
    draft.check(today).map_err(|errors| {
        for (field, error) in &errors[1..] {
            ctx.say(&field_error(&ctx.i18n, *field, *error));
        }
        let (field, error) = errors[0];
        Failure::new(exit::USAGE, field_error(&ctx.i18n, field, error))
    })
}

/// A stored record as the desk's form shows it, to be changed and checked again.
fn draft_of(p: &Person) -> Draft {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    Draft {
        given_name: text(&p.given_name),
        family_name: text(&p.family_name),
        alias: text(&p.alias),
        birth: text(&p.birth),
        sex: p.sex,
        languages: p.languages.join(", "),
        phone: text(&p.phone),
        niss: text(&p.niss),
        nationality: text(&p.nationality),
        commune: text(&p.commune),
    }
}

/// `person edit`: the fields given replace the recorded ones, the record is checked as the
/// desk's form checks it, and each field that changed goes into its history.
fn edit(ctx: &Context, args: &PersonEditArgs) -> Result<(), Failure> {
    let now = Local::now().naive_local();
    let store = ctx.open_store()?;
    let person = store
        .person_by_code(&args.code)?
        .ok_or_else(|| PersonError::UnknownCode(args.code.clone()))?;
    if person.merged_into.is_some() {
        return Err(PersonError::AlreadyMerged(person.code).into());
    }
    let f = &args.fields;
    let typed = [
        &f.name,
        &f.alias,
        &f.born,
        &f.lang,
        &args.phone,
        &args.commune,
    ];
    if typed.iter().all(|v| v.is_none()) {
        return Err(Failure::new(exit::USAGE, Msg::new("person-edit-nothing")));
    }
    let mut draft = draft_of(&person);
    given(f, &mut draft);
    set(&mut draft.phone, &args.phone);
    set(&mut draft.commune, &args.commune);
    let fields = checked(ctx, &draft, now.date())?;
    let changed = store.update_person(person.id, &fields, &os_user(), now)?;
    let after = store
        .person_by_code(&person.code)?
        .ok_or_else(|| PersonError::UnknownCode(person.code.clone()))?;
    if args.json {
        let mut doc = person_json(&after);
        doc["changed"] = json!(changed);
        print_json(&doc);
    } else {
        out!(
            "{}",
            ctx.i18n.render(
                &Msg::new("person-edited")
                    .arg("code", after.code.as_str())
                    .arg("name", after.display_name().unwrap_or_default())
                    .arg("count", changed)
            )
        );
    }
    Ok(())
}

fn find(ctx: &Context, query: &str, limit: usize, as_json: bool) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let today = day_of(Local::now().date_naive());
    // Straight from the word tables: faster for one query than building the desk's index.
    // A query given whole: its last word is finished, not being typed.
    let mut parsed = Query::parse(query);
    parsed.open = false;
    let found = store.find(&parsed, limit.max(1), today)?;
    let hits = &found.hits;
    let persons = store.persons(&hits.iter().map(|h| h.id).collect::<Vec<_>>())?;
    if as_json {
        let list: Vec<serde_json::Value> = persons
            .iter()
            .zip(hits)
            .map(|(p, h)| {
                let mut v = person_json(p);
                v["score"] = json!(h.score);
                v["near"] = json!(h.near);
                v
            })
            .collect();
        print_json(&serde_json::Value::Array(list));
        return Ok(());
    }
    if persons.is_empty() {
        ctx.say(&Msg::new("person-find-none").arg("query", query));
        return Ok(());
    }
    if hits.first().is_some_and(|h| h.near) {
        ctx.say(&Msg::new("person-find-near").arg("query", query));
    }
    for (p, h) in persons.iter().zip(hits.iter()) {
        let name = p.name_with_alias().unwrap_or_else(|| "—".into());
        out!(
            "{}  {:<32}  {:>4}  {:<8}  {}{}",
            p.code,
            crate::text::truncate(&name, 32),
            p.birth_year
                .map(|y| y.to_string())
                .unwrap_or_else(|| "—".into()),
            p.languages.join(","),
            p.last_seen.clone().unwrap_or_default(),
            if h.near { "  ≈" } else { "" }
        );
    }
    if found.total > persons.len() {
        ctx.say(
            &Msg::new("person-find-more")
                .arg("shown", persons.len())
                .arg("total", found.total),
        );
    }
    Ok(())
}

/// `person export CODE`: everything held about a person, in words of `--lang`, else of their
/// own language when it is one of the desk's, else of the desk's; or as JSON, with the codes.
fn export(ctx: &Context, code: &str, as_json: bool) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let person = store
        .person_by_code(code)?
        .ok_or_else(|| PersonError::UnknownCode(code.to_string()))?;
    let id = person.merged_into.unwrap_or(person.id);
    let Some(all) = store.export_person(id)? else {
        return Err(PersonError::UnknownCode(code.to_string()).into());
    };
    store.log("export", "person", Some(id), None)?;
    if as_json {
        print_json(&all);
        return Ok(());
    }
    let lang = super::export::language(ctx.lang_flag, &all["person"], ctx.i18n.lang());
    let i18n = I18n::new(lang);
    let mut records = vec![(id, all["person"]["code"].as_str().unwrap_or("").to_string())];
    records.extend(
        all["merged_records"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| {
                (
                    r["id"].as_i64().unwrap_or(0),
                    r["code"].as_str().unwrap_or("").to_string(),
                )
            }),
    );
    let services = store.services()?;
    // A register whose list cannot be read still exports, with the items' codes.
    let items = store.counter_items(true).unwrap_or_default();
    let export = super::export::Export {
        i18n: &i18n,
        services: &services,
        items: &items,
        records,
    };
    for line in export.lines(&all) {
        out!("{line}");
    }
    Ok(())
}
