//! `seuil staff`, `seuil audit`, and the key and purge commands of `seuil db`.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use chrono::Local;

use super::args::{AuditCommand, AuditFilterArgs, StaffCommand};
use super::{Context, Failure, exit};
use crate::domain::roles::Role;
use crate::i18n::{Localised, Msg};
use crate::store::Key;
use crate::store::audit::AuditFilter;
use crate::store::staff::StaffError;

impl From<StaffError> for Failure {
    fn from(e: StaffError) -> Self {
        match e {
            StaffError::Store(s) => Failure::from(s),
            other => Failure::new(exit::REFUSED, other.msg()),
        }
    }
}

/// Reads a secret: without echo on a terminal, else one line of standard input.
pub fn read_secret(prompt: &str) -> std::io::Result<String> {
    use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
    if !std::io::stdin().is_terminal() {
        // A script answers: no prompt in the middle of its output.
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_string());
    }
    eprint!("{prompt} ");
    std::io::stderr().flush()?;
    crossterm::terminal::enable_raw_mode()?;
    let mut text = String::new();
    let outcome = loop {
        match event::read() {
            Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Enter => break Ok(()),
                KeyCode::Esc => break Err(std::io::ErrorKind::Interrupted.into()),
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Err(std::io::ErrorKind::Interrupted.into());
                }
                KeyCode::Backspace => {
                    text.pop();
                }
                KeyCode::Char(c) => text.push(c),
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(e),
        }
    };
    let _ = crossterm::terminal::disable_raw_mode();
    eprintln!();
    outcome.map(|()| text)
}

fn cancelled(_: std::io::Error) -> Failure {
    Failure::new(exit::USAGE, Msg::new("cli-cancelled"))
}

/// `staff add` and `staff list`.
pub fn run(ctx: &Context, command: StaffCommand) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    match command {
        StaffCommand::Add {
            name,
            role,
            language,
            speaks,
        } => {
            let role = Role::from_code(&role).ok_or_else(|| {
                Failure::new(
                    exit::USAGE,
                    Msg::new("staff-error-role").arg("role", role.as_str()),
                )
            })?;
            let language = match language.as_deref().map(crate::i18n::Lang::parse) {
                Some(None) => {
                    return Err(Failure::new(exit::USAGE, Msg::new("staff-error-language")));
                }
                Some(Some(l)) => Some(l.code()),
                None => None,
            };
            let speaks = spoken(speaks.as_deref())?;
            let pin = read_secret(&ctx.i18n.tr("login-pin")).map_err(cancelled)?;
            let again = read_secret(&ctx.i18n.tr("setup-pin-again")).map_err(cancelled)?;
            let member = store.in_one_transaction(|| {
                store.add_staff(
                    &name,
                    role,
                    &pin,
                    &again,
                    language,
                    Local::now().naive_local(),
                )?;
                store.set_staff_speaks(&name, &speaks)
            })?;
            out!(
                "{}",
                ctx.i18n.render(
                    &Msg::new("staff-added")
                        .arg("name", member.name.as_str())
                        .arg("role", ctx.i18n.tr(member.role.message_id()))
                )
            );
        }
        StaffCommand::List { json } => {
            let list = store.staff()?;
            if json {
                out!("{}", serde_json::json!({ "staff": list }));
            } else {
                for m in list {
                    let speaks = Some(m.speaks.join(","))
                        .filter(|l| !l.is_empty())
                        .unwrap_or_else(|| "-".into());
                    out!(
                        "{}\t{}\t{}\t{}\t{}",
                        m.name,
                        ctx.i18n.tr(m.role.message_id()),
                        m.language.as_deref().unwrap_or("-"),
                        speaks,
                        ctx.i18n.tr(if m.active {
                            "staff-active"
                        } else {
                            "staff-inactive"
                        })
                    );
                }
            }
        }
        StaffCommand::Speaks { name, languages } => {
            let speaks = spoken(languages.as_deref())?;
            let member = store.set_staff_speaks(&name, &speaks)?;
            let msg = if member.speaks.is_empty() {
                Msg::new("staff-speaks-cleared").arg("name", member.name.as_str())
            } else {
                Msg::new("staff-speaks-saved")
                    .arg("name", member.name.as_str())
                    .arg("langs", member.speaks.join(", "))
            };
            out!("{}", ctx.i18n.render(&msg));
        }
    }
    Ok(())
}

/// The languages a member of staff speaks, as typed (`ar,ti`); none when not given.
fn spoken(typed: Option<&str>) -> Result<Vec<String>, Failure> {
    crate::domain::person::read_languages(typed.unwrap_or(""))
        .ok_or_else(|| Failure::new(exit::USAGE, Msg::new("staff-error-speaks")))
}

fn filter(
    ctx: &Context,
    args: AuditFilterArgs,
    limit: Option<u32>,
) -> Result<AuditFilter, Failure> {
    let day = match args.day.as_deref() {
        Some(d) => Some(ctx.date_option("--day", d)?.format("%Y-%m-%d").to_string()),
        None => None,
    };
    Ok(AuditFilter {
        person: args.person,
        staff: args.staff,
        day,
        limit,
    })
}

/// `audit list` and `audit export`.
pub fn audit(ctx: &Context, command: AuditCommand) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    match command {
        AuditCommand::List {
            filter: f,
            limit,
            json,
        } => {
            let lines = store.audit(&filter(ctx, f, limit.or(Some(100)))?)?;
            if json {
                out!("{}", serde_json::json!({ "audit": lines }));
            } else {
                let i18n = &ctx.i18n;
                for a in lines {
                    out!(
                        "{}\t{}\t{}\t{}\t{}",
                        a.when(i18n),
                        a.who(i18n),
                        a.desk.as_deref().unwrap_or("-"),
                        a.person.as_deref().unwrap_or("-"),
                        a.what(i18n)
                    );
                }
            }
        }
        AuditCommand::Export { file, filter: f } => {
            if file.exists() {
                return Err(Failure::new(
                    exit::USAGE,
                    Msg::new("db-backup-exists").arg("path", file.as_path()),
                ));
            }
            let count = store
                .export_audit(&file, &filter(ctx, f, None)?, &|a| a.what(&ctx.i18n))
                .map_err(|e| match e {
                    crate::store::audit::ExportError::Store(s) => Failure::from(s),
                    crate::store::audit::ExportError::Write(detail) => Failure::new(
                        exit::REFUSED,
                        Msg::new("audit-export-failed")
                            .arg("path", file.as_path())
                            .arg("detail", detail),
                    ),
                })?;
            out!(
                "{}",
                ctx.i18n.render(
                    &Msg::new("audit-exported")
                        .arg("count", count)
                        .arg("path", file.as_path())
                )
            );
        }
    }
    Ok(())
}

/// The new key: from `--new-key-file`, or typed twice.
fn new_key(ctx: &Context, file: Option<&Path>) -> Result<Key, Failure> {
    if let Some(f) = file {
        return Key::from_file(f).map_err(Failure::from);
    }
    if !std::io::stdin().is_terminal() {
        return Err(Failure::new(exit::USAGE, Msg::new("db-key-needs-file")));
    }
    let first = read_secret(&ctx.i18n.tr("db-new-passphrase")).map_err(cancelled)?;
    let key = Key::passphrase(&first)?;
    let again = read_secret(&ctx.i18n.tr("db-new-passphrase-again")).map_err(cancelled)?;
    if Key::passphrase(&again).ok().as_ref() != Some(&key) {
        return Err(Failure::new(exit::USAGE, Msg::new("db-passphrases-differ")));
    }
    Ok(key)
}

/// `db encrypt` (a plain database) and `db rekey` (an encrypted one, opened with its key).
pub fn encrypt(ctx: &Context, rekey: bool, new_key_file: Option<&Path>) -> Result<(), Failure> {
    let path = ctx.database_path()?;
    let old = ctx.key()?;
    if rekey && old.is_none() {
        return Err(Failure::new(exit::USAGE, Msg::new("db-rekey-needs-key")));
    }
    if !rekey && old.is_some() {
        return Err(Failure::new(exit::USAGE, Msg::new("db-encrypt-plain-only")));
    }
    let key = new_key(ctx, new_key_file)?;
    crate::store::encrypt::convert(&path, old.as_ref(), &key)?;
    if let Ok(store) = crate::store::Store::open_keyed(&path, Some(&key)) {
        let _ = store.log("encrypt", "database", None, rekey.then_some("new key"));
    }
    out!(
        "{}",
        ctx.i18n.render(
            &Msg::new(if rekey {
                "db-rekey-done"
            } else {
                "db-encrypt-done"
            })
            .arg("path", path.as_path())
        )
    );
    Ok(())
}

/// `db purge [--yes]`: removes queue data older than the retention the coordinator set.
pub fn purge(ctx: &Context, yes: bool) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let before = store.first_day_kept(Local::now().date_naive())?;
    let preview = store.purge_preview(&before)?;
    let described = Msg::new("retention-preview")
        .arg("day", before.as_str())
        .arg("tickets", preview.tickets)
        .arg("appointments", preview.appointments)
        .arg("printouts", preview.print_jobs);
    if !yes {
        out!("{}", ctx.i18n.render(&described));
        out!("{}", ctx.i18n.tr("db-purge-needs-yes"));
        return Ok(());
    }
    let done = store.purge(&before)?;
    out!(
        "{}",
        ctx.i18n.render(
            &Msg::new("retention-purged")
                .arg("tickets", done.tickets)
                .arg("appointments", done.appointments)
                .arg("printouts", done.print_jobs)
        )
    );
    Ok(())
}

/// Whether `e` means "give the key": a file that is not plain SQLite, opened without a key.
pub fn needs_key(e: &crate::store::StoreError, path: &Path) -> bool {
    // An encrypted file is at least a page long and does not start like plain SQLite.
    matches!(e, crate::store::StoreError::NotADatabase { .. })
        && std::fs::metadata(path).is_ok_and(|m| m.len() >= 4096)
        && crate::store::starts_like_sqlite(path) == Some(false)
}

/// The desk on an encrypted database opened without a key file: the passphrase is typed.
pub fn open_with_passphrase(ctx: &Context, path: &Path) -> Result<crate::store::Store, Failure> {
    for _ in 0..3 {
        let typed = read_secret(&ctx.i18n.tr("db-passphrase")).map_err(cancelled)?;
        let key = match Key::passphrase(&typed) {
            Ok(k) => k,
            Err(e) => {
                ctx.say(&e.msg());
                continue;
            }
        };
        match crate::store::Store::open_keyed(path, Some(&key)) {
            Ok(store) => return Ok(store),
            Err(e @ crate::store::StoreError::WrongKey { .. }) => ctx.say(&e.msg()),
            Err(e) => return Err(e.into()),
        }
    }
    Err(Failure::new(
        exit::REFUSED,
        Msg::new("error-wrong-key").arg("path", path),
    ))
}
