//! The manual page and the shell completions, made from the same command tree as `--help`, so
//! they cannot drift from it (`seuil manpage`, `seuil completions bash|zsh|fish`); the Debian
//! package ships their output.

use clap::{Arg, Args, CommandFactory, ValueEnum};
use roff::{Roff, bold, italic, roman};

use super::args::Cli;
use super::{Context, Failure, exit, localise};
use crate::i18n::{I18n, Lang, Msg};

/// The shells whose completions the package installs.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// `seuil completions SHELL`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The environment the program reads, and why (the man page's ENVIRONMENT).
const ENVIRONMENT: [(&str, &str); 7] = [
    ("SEUIL_DB", "The database file, as --db."),
    (
        "SEUIL_LANG",
        "The interface language (fr, nl, en, ar, ti, pl), as --lang before the command.",
    ),
    (
        "SEUIL_KEY_FILE",
        "The key file of an encrypted database, as --key-file.",
    ),
    (
        "SEUIL_CONFIG",
        "The desk configuration file, instead of ~/.config/seuil/desk.toml.",
    ),
    (
        "LC_ALL, LC_MESSAGES, LANG",
        "The system's language, used when neither --lang, SEUIL_LANG nor desk.toml chooses one.",
    ),
    (
        "USER, LOGNAME",
        "Who runs a command, as written in the audit trail; USER also finds a USB stick under /media/USER to save reports on.",
    ),
    (
        "TERM",
        "With borders = \"auto\", the Linux console (TERM=linux) gets ASCII borders.",
    ),
];

/// The files of a desk (the man page's FILES).
const FILES: [(&str, &str); 4] = [
    (
        "~/.local/share/seuil/seuil.db",
        "The register: one SQLite (SQLCipher) database in WAL mode, created on first use; --db or SEUIL_DB name another. Never on a network share.",
    ),
    (
        "~/.config/seuil/desk.toml",
        "The desk's settings (language, desk name, room, printers, backups, key file...); every setting is optional. SEUIL_CONFIG names another file.",
    ),
    (
        "key file",
        "The key of an encrypted database, wherever the coordinator keeps it (a USB stick, e.g. /media/usb/seuil.key): key_file in desk.toml, --key-file or SEUIL_KEY_FILE. Without it the desk asks for the site passphrase.",
    ),
    (
        "backup_dir/seuil-YYYY-MM-DD.db",
        "The daily backups, when backup_dir is set in desk.toml.",
    ),
];

/// `seuil manpage`: the roff page in English, from the same tree as `--help`.
pub fn manpage() -> Result<(), Failure> {
    let page = render_manpage().map_err(write_failure)?;
    out!("{page}");
    Ok(())
}

/// `seuil completions SHELL`: the script, with descriptions in the interface language.
pub fn completions(ctx: &Context, shell: Shell) -> Result<(), Failure> {
    let mut cmd = localise::localise(Cli::command(), &ctx.i18n);
    let mut script = Vec::new();
    let generator = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    clap_complete::generate(generator, &mut cmd, "seuil", &mut script);
    out!("{}", String::from_utf8_lossy(&script).trim_end());
    Ok(())
}

fn write_failure(e: std::io::Error) -> Failure {
    Failure::new(
        exit::REFUSED,
        Msg::new("error-terminal").arg("detail", e.to_string()),
    )
}

/// The whole page: clap's sections, then every command's synopsis, the files, the
/// environment and the exit codes.
pub fn render_manpage() -> std::io::Result<String> {
    let cmd = localise::localise(Cli::command(), &I18n::new(Lang::En));
    // clap's own list of commands would point to a page per command (`seuil-board(1)`), which
    // the package does not have: its commands are hidden from it, and listed in full below.
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut top = cmd.clone().subcommand_value_name("COMMAND");
    for name in names {
        top = top.mut_subcommand(name, |s| s.hide(true));
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(top)
        .date(super::version::DATE)
        .manual("seuil")
        .render(&mut page)?;
    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    every_command(&mut roff, &cmd, "seuil");
    roff.control("SH", ["FILES"]);
    for (file, what) in FILES {
        roff.control("TP", [])
            .text([italic(file)])
            .text([roman(what)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (var, what) in ENVIRONMENT {
        roff.control("TP", []).text([bold(var)]).text([roman(what)]);
    }
    roff.control("SH", ["EXIT STATUS"]);
    for (code, what) in [
        ("0", "Done."),
        (
            "1",
            "Refused by a rule, or the work could not be done; the message on standard error says why.",
        ),
        (
            "2",
            "Bad usage or bad input: an unknown command or option, a value or date that cannot be read, a file that is not a seuil database, an encrypted database without its key.",
        ),
    ] {
        roff.control("TP", [])
            .text([bold(code)])
            .text([roman(what)]);
    }
    roff.control("SH", ["SEE ALSO"]);
    roff.text([roman(
        "seuil --help, and seuil COMMAND --help in the interface language; /usr/share/doc/seuil/README.Debian for the first start.",
    )]);
    roff.to_writer(&mut page)?;
    Ok(String::from_utf8_lossy(&page).into_owned())
}

/// Each command below `cmd`, depth first: its full name, its arguments, what it does.
fn every_command(roff: &mut Roff, cmd: &clap::Command, path: &str) {
    for sub in cmd.get_subcommands() {
        let name = format!("{path} {}", sub.get_name());
        let mut line = vec![bold(name.clone())];
        for arg in sub.get_arguments().filter(|a| a.get_id() != "help") {
            line.push(roman(" "));
            line.push(roman(synopsis(arg)));
        }
        if sub.has_subcommands() {
            line.push(roman(" COMMAND"));
        }
        roff.control("TP", []).text(line);
        if let Some(about) = sub.get_about() {
            roff.text([roman(about.to_string())]);
        }
        every_command(roff, sub, &name);
    }
}

/// How an argument is written in a synopsis: `CODE`, `[--json]`, `--service CODE`.
fn synopsis(arg: &Arg) -> String {
    let choices: Vec<String> = arg
        .get_possible_values()
        .iter()
        .map(|v| v.get_name().to_string())
        .collect();
    let value = match arg.get_value_names().and_then(|v| v.first()) {
        _ if !choices.is_empty() => choices.join("|"),
        Some(name) => name.to_string(),
        None => arg.get_id().as_str().to_uppercase(),
    };
    let written = match arg.get_long() {
        Some(long) if arg.get_action().takes_values() => format!("--{long} {value}"),
        Some(long) => format!("--{long}"),
        None => value,
    };
    if arg.is_required_set() {
        written
    } else {
        format!("[{written}]")
    }
}
