//! Puts the command line into the interface language: help texts, headings and usage errors.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::i18n::{I18n, Msg};

/// The message id describing an argument of the command at `path` (`person-add`, `db-check`).
fn arg_help_id(path: &str, id: &str) -> String {
    match (path, id) {
        ("person-add" | "person-edit", "lang") => "cli-arg-person-lang".into(),
        ("staff-add" | "staff-speaks", "name") => "cli-arg-staff-name".into(),
        ("audit-list" | "audit-export", "person") => "cli-arg-audit-person".into(),
        ("partner-add", "name") => "cli-arg-partner-name".into(),
        ("site", "name") => "cli-arg-site-name".into(),
        ("treatment-dose" | "treatment-reverse", "reason") => "cli-arg-dose-reason".into(),
        ("treatment-prescribe", "mg") => "cli-arg-prescribed-mg".into(),
        ("treatment-decide", "mg") => "cli-arg-restart-mg".into(),
        ("treatment-decide", "by") => "cli-arg-prescriber".into(),
        ("treatment-dose", "mg") => "cli-arg-dose-mg".into(),
        ("counter-item-add", "kind") => "cli-arg-counter-kind".into(),
        (
            "counter-item-add" | "counter-item-rename" | "counter-item-key" | "counter-item-remove",
            "code",
        ) => "cli-arg-item-code".into(),
        ("counter-give", "items") => "cli-arg-given".into(),
        ("counter-give", "emergency") => "cli-arg-counter-emergency".into(),
        ("counter-reversal", "emergency") => "cli-arg-emergency-called".into(),
        ("counter-reversal", "outcome") => "cli-arg-reversal-outcome".into(),
        ("counter-reversal", "on") => "cli-arg-reversal-on".into(),
        ("counter-naloxone-receive", "lot") => "cli-arg-naloxone-lot".into(),
        ("treatment-guest", "from" | "until") => format!("cli-arg-guest-{id}"),
        ("sync-reviewed", "ids") => "cli-arg-sync-ids".into(),
        ("sync-init", "site" | "folder" | "org_key") => {
            format!("cli-arg-sync-{}", id.replace('_', "-"))
        }
        (p, id)
            if p.starts_with("report-") && !matches!(id, "json" | "help" | "db" | "key_file") =>
        {
            format!("cli-arg-report-{}", id.replace('_', "-"))
        }
        (p, id)
            if (p.starts_with("place-") || p.starts_with("outreach-"))
                && !matches!(id, "json" | "help" | "db" | "key_file" | "yes") =>
        {
            format!("cli-arg-outreach-{}", id.replace('_', "-"))
        }
        (_, "kind") => "cli-arg-partner-kind".into(),
        (_, "a" | "b") => "cli-arg-person".into(),
        _ => format!("cli-arg-{}", id.replace('_', "-")),
    }
}

/// Returns the command tree with every help text, heading and the help flag in `i18n`'s language.
pub fn localise(cmd: Command, i18n: &I18n) -> Command {
    localise_at(cmd, "", i18n)
}

fn localise_at(mut cmd: Command, path: &str, i18n: &I18n) -> Command {
    let about = if path.is_empty() {
        "cli-about".to_string()
    } else {
        format!("cli-cmd-{path}")
    };
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        i18n.tr("cli-usage-heading")
    );
    let options = i18n.tr("cli-options-heading");
    let arguments = i18n.tr("cli-arguments-heading");
    cmd = cmd
        .about(i18n.tr(&about))
        .help_template(template)
        .subcommand_help_heading(i18n.tr("cli-commands-heading"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(i18n.tr("cli-arg-help")),
        );
    if path.is_empty() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(i18n.tr("cli-arg-version")),
        );
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = super::tdi::arg_help(path, &id, i18n)
            .unwrap_or_else(|| i18n.tr(&arg_help_id(path, &id)));
        let (options, arguments) = (options.clone(), arguments.clone());
        cmd = cmd.mut_arg(&id, move |a| {
            let heading = if a.is_positional() {
                arguments
            } else {
                options
            };
            a.help(help).help_heading(heading)
        });
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| localise_at(s, &sub_path, i18n));
    }
    cmd
}

fn context(err: &clap::Error, kind: ContextKind) -> String {
    match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// A usage error as one sentence in the interface language.
pub fn usage_error(err: &clap::Error) -> Msg {
    let arg = context(err, ContextKind::InvalidArg);
    match err.kind() {
        ErrorKind::UnknownArgument => Msg::new("cli-error-unknown-argument").arg("arg", arg),
        ErrorKind::InvalidSubcommand => Msg::new("cli-error-unknown-command")
            .arg("command", context(err, ContextKind::InvalidSubcommand)),
        ErrorKind::MissingRequiredArgument | ErrorKind::MissingSubcommand => {
            Msg::new("cli-error-missing").arg("arg", arg)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::InvalidUtf8 => {
            Msg::new("cli-error-invalid-value")
                .arg("arg", arg)
                .arg("value", context(err, ContextKind::InvalidValue))
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::ArgumentConflict => {
            Msg::new("cli-error-too-many").arg("arg", arg)
        }
        _ => Msg::new("cli-error-generic"),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::i18n::Lang;

    /// Every help text of a command and its arguments, then of its subcommands.
    fn texts(cmd: &Command, out: &mut Vec<(String, String)>) {
        let name = cmd.get_name().to_string();
        if let Some(about) = cmd.get_about() {
            out.push((name.clone(), about.to_string()));
        }
        for arg in cmd.get_arguments() {
            if let Some(help) = arg.get_help() {
                out.push((format!("{name} {}", arg.get_id()), help.to_string()));
            }
        }
        for sub in cmd.get_subcommands() {
            texts(sub, out);
        }
    }

    #[test]
    fn every_command_and_argument_is_described_in_every_language() {
        for lang in Lang::ALL {
            let i18n = I18n::new(lang);
            let cmd = localise(crate::cli::args::Cli::command(), &i18n);
            let mut all = Vec::new();
            texts(&cmd, &mut all);
            assert!(all.len() > 100, "{}", all.len());
            let missing: Vec<_> = all.iter().filter(|(_, t)| t.contains("[?")).collect();
            assert!(missing.is_empty(), "{}: {missing:?}", lang.code());
        }
    }
}
