//! The command line: parse, choose the language, dispatch. Commands stay thin; the work is in
//! `domain` and `store`.

/// `println!` for command output: when the reader went away (`seuil partner list | head`), the
/// command stops quietly, as other Unix tools do, instead of failing on the closed pipe.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout(), $($arg)*)
            && e.kind() == std::io::ErrorKind::BrokenPipe
        {
            std::process::exit(0);
        }
    }};
}

pub mod args;
pub mod counter;
pub mod coverage;
mod db;
mod export;
pub mod generate;
mod localise;
mod manual;
mod outreach;
mod partner;

pub mod person;
pub mod queue;
mod referral;
pub mod report;
pub mod staff;
pub mod stock;
mod stock_show;
pub mod sync;
mod tdi;
mod treatment;
pub mod version;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use crate::config::{Config, ConfigProblem};
use crate::i18n::{self, I18n, Lang, LangSource, Localised, Msg};
use crate::store::{Store, StoreError};
use args::{Cli, Command, DbCommand};

/// Exit codes of the contract.
pub mod exit {
    /// Refused by a rule; the message says why.
    pub const REFUSED: u8 = 1;
    /// Bad usage or bad input.
    pub const USAGE: u8 = 2;
}

/// What every command needs: the chosen language, the settings, the database path.
pub struct Context {
    pub i18n: I18n,
    /// The language was asked for this run (`--lang`, `SEUIL_LANG`).
    pub lang_asked: bool,
    pub config: Config,
    /// Problems met while choosing settings, to show once (stderr, or the desk's notice line).
    pub warnings: Vec<Msg>,
    pub db: Option<PathBuf>,
    /// `--key-file` or `SEUIL_KEY_FILE`.
    pub key_file: Option<PathBuf>,
    /// The language asked for with `--lang` on this very command line: a person's export
    /// follows it before the person's own language (`SEUIL_LANG` and the configuration are
    /// the desk's standing choice, which the person's language goes before).
    pub lang_flag: Option<Lang>,
}

impl Context {
    /// Prints a message on stderr in the interface language.
    pub fn say(&self, msg: &Msg) {
        eprintln!("{}", self.i18n.render(msg));
    }

    /// A date option (`--requested`, `--day`…) read as the desk reads dates, or why not.
    pub fn date_option(&self, flag: &str, text: &str) -> Result<chrono::NaiveDate, Failure> {
        let today = chrono::Local::now().date_naive();
        crate::domain::dates::read_date(text, today).map_err(|e| {
            let why = self.i18n.render(&i18n::words::date_error(e));
            Failure::new(
                exit::USAGE,
                Msg::new("cli-error-date").arg("arg", flag).arg("why", why),
            )
        })
    }

    /// The key of the database: `--key-file`, `SEUIL_KEY_FILE`, or the desk's `key_file`.
    pub fn key(&self) -> Result<Option<crate::store::Key>, Failure> {
        match self.key_file.as_ref().or(self.config.key_file.as_ref()) {
            Some(path) => Ok(Some(crate::store::Key::from_file(path)?)),
            None => Ok(None),
        }
    }

    /// The database file of this run.
    pub fn database_path(&self) -> Result<std::path::PathBuf, Failure> {
        match &self.db {
            Some(p) => Ok(p.clone()),
            None => crate::paths::default_database()
                .ok_or_else(|| Failure::new(exit::REFUSED, Msg::new("error-no-data-dir"))),
        }
    }

    /// Opens the database of this run, or explains why not.
    pub fn open_store(&self) -> Result<Store, Failure> {
        let path = self.database_path()?;
        let key = self.key()?;
        // New name rules: the keys of an existing register are recomputed once, with a bar
        // on a terminal (a few seconds for 100,000 persons).
        let mut bar: Option<indicatif::ProgressBar> = None;
        let mut progress = |done: u64, total: u64| {
            if total < 2000 || !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                return;
            }
            let b = bar.get_or_insert_with(|| {
                let b = indicatif::ProgressBar::new(total);
                if let Ok(style) =
                    indicatif::ProgressStyle::with_template("{msg} {bar:40} {pos}/{len}")
                {
                    b.set_style(style);
                }
                b.set_message(self.i18n.tr("search-keys-rebuilding"));
                b
            });
            b.set_position(done);
            if done >= total {
                b.finish_and_clear();
            }
        };
        Store::open_keyed_with(&path, key.as_ref(), &mut progress).map_err(|e| {
            if key.is_none() && staff::needs_key(&e, &path) {
                Failure::new(
                    exit::USAGE,
                    Msg::new("error-needs-key").arg("path", path.as_path()),
                )
            } else {
                Failure::from(e)
            }
        })
    }
}

/// A command that did not succeed: the exit code and the sentence that says why.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub msg: Msg,
}

impl Failure {
    pub fn new(code: u8, msg: Msg) -> Self {
        Failure { code, msg }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        let code = match e {
            StoreError::NotADatabase { .. } => exit::USAGE,
            _ => exit::REFUSED,
        };
        Failure::new(code, e.msg())
    }
}

/// Reads the command line against the contract, with help and errors in `i18n`'s language.
pub fn parse(argv: Vec<OsString>, i18n: &I18n) -> Result<Cli, clap::Error> {
    localise::localise(Cli::command(), i18n)
        .try_get_matches_from(argv)
        .and_then(|m| Cli::from_arg_matches(&m))
}

/// What a usage error says, in `i18n`'s language.
pub fn explain(err: &clap::Error, i18n: &I18n) -> String {
    i18n.render(&localise::usage_error(err))
}

/// The interface language asked for before the command (`--lang X`, `--lang=X`) or by `SEUIL_LANG`.
/// Read before parsing so that help and usage errors are already in that language.
pub fn asked_language(argv: &[OsString]) -> Option<String> {
    language_flag(argv).or_else(|| std::env::var("SEUIL_LANG").ok().filter(|v| !v.is_empty()))
}

/// The language given with `--lang` on this command line itself (not `SEUIL_LANG`).
fn language_flag(argv: &[OsString]) -> Option<String> {
    let mut words = argv.iter().skip(1).map(|a| a.to_string_lossy().to_string());
    while let Some(word) = words.next() {
        if word == "--lang" {
            return words.next();
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
        if word == "--db" {
            words.next();
        } else if !word.starts_with('-') {
            break;
        }
    }
    None
}

/// Runs `seuil` with these arguments and returns the exit code.
pub fn main_with(argv: Vec<OsString>) -> ExitCode {
    let (config, config_problem) = match crate::paths::config_file() {
        Some(path) => Config::load(&path),
        None => (Config::default(), None),
    };
    let asked = asked_language(&argv);
    let config_lang = config.language.map(|l| l.code());
    let (lang, unknown) = i18n::choose(asked.as_deref(), config_lang, Lang::from_system());
    let i18n = I18n::new(lang);
    let mut warnings: Vec<Msg> = unknown
        .iter()
        .map(|u| {
            let source = match u.source {
                LangSource::CommandLine => "source-command-line",
                LangSource::Config => "source-config",
            };
            Msg::new("cli-warn-unknown-lang")
                .arg("asked", u.asked.as_str())
                .arg("source", i18n.tr(source))
                .arg("lang", lang.native_name())
        })
        .collect();
    warnings.extend(config_problem.as_ref().map(ConfigProblem::msg));

    let lang_flag = language_flag(&argv).and_then(|l| Lang::parse(&l));
    let cli = match parse(argv, &i18n) {
        Ok(cli) => cli,
        Err(e) => return usage_failure(&i18n, &e),
    };
    let lang_asked = asked
        .as_deref()
        .is_some_and(|a| Lang::parse(a) == Some(lang));
    let ctx = Context {
        i18n,
        lang_asked,
        config,
        warnings,
        db: cli.db.clone(),
        key_file: cli.key_file.clone(),
        lang_flag,
    };
    let result = match cli.command {
        None => open_desk(&ctx),
        Some(command) => {
            for w in &ctx.warnings {
                ctx.say(w);
            }
            run_command(&ctx, command)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            ctx.say(&failure.msg);
            ExitCode::from(failure.code)
        }
    }
}

fn usage_failure(i18n: &I18n, err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match err.kind() {
        ErrorKind::DisplayHelp => {
            let _ = err.print();
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayVersion => {
            out!("{}", version::describe(i18n));
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            ExitCode::from(exit::USAGE)
        }
        _ => {
            eprintln!("{}", i18n.render(&localise::usage_error(err)));
            eprintln!("{}", i18n.tr("cli-see-help"));
            ExitCode::from(exit::USAGE)
        }
    }
}

fn open_desk(ctx: &Context) -> Result<(), Failure> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::new(exit::USAGE, Msg::new("error-not-a-terminal")));
    }
    let store = match ctx.open_store() {
        Ok(store) => store,
        // An encrypted database and no key file: the site passphrase is typed.
        Err(f) if f.msg.id == "error-needs-key" => {
            staff::open_with_passphrase(ctx, &ctx.database_path()?)?
        }
        Err(f) => return Err(f),
    };
    // The desk searches its own index in memory: its connection reads few rows and need not
    // map the file (mapped pages count against the old laptops' memory).
    store.desk_memory()?;
    crate::desk::terminal::run(
        &crate::desk::terminal::Desk {
            lang: ctx.i18n.lang(),
            lang_asked: ctx.lang_asked,
            config: &ctx.config,
            warnings: &ctx.warnings,
        },
        store,
    )
    .map_err(|e| {
        Failure::new(
            exit::REFUSED,
            Msg::new("error-terminal").arg("detail", e.to_string()),
        )
    })
}

fn run_command(ctx: &Context, command: Command) -> Result<(), Failure> {
    use args::ReferralCommand as R;
    match command {
        Command::Db(DbCommand::Check) => db::check(ctx),
        Command::Db(DbCommand::Backup { file }) => db::backup(ctx, &file),
        Command::Db(DbCommand::Restore { file, yes }) => db::restore(ctx, &file, yes),
        Command::Db(DbCommand::Encrypt { new_key_file }) => {
            staff::encrypt(ctx, false, new_key_file.as_deref())
        }
        Command::Db(DbCommand::Rekey { new_key_file }) => {
            staff::encrypt(ctx, true, new_key_file.as_deref())
        }
        Command::Db(DbCommand::Purge { yes }) => staff::purge(ctx, yes),
        Command::Staff(s) => staff::run(ctx, s),
        Command::Audit(a) => staff::audit(ctx, a),
        Command::Board { service } => {
            if !std::io::stdout().is_terminal() {
                return Err(Failure::new(exit::USAGE, Msg::new("error-not-a-terminal")));
            }
            let store = ctx.open_store()?;
            if let Some(code) = &service
                && store.service(code)?.is_none()
            {
                return Err(Failure::new(
                    exit::REFUSED,
                    Msg::new("queue-error-unknown-service").arg("service", code.as_str()),
                ));
            }
            crate::desk::board::run(
                &ctx.i18n,
                &ctx.config,
                store,
                service,
                ctx.config.board_bell,
            )
            .map_err(|e| {
                Failure::new(
                    exit::REFUSED,
                    Msg::new("error-terminal").arg("detail", e.to_string()),
                )
            })
        }
        Command::Person(p) => person::run(ctx, p),
        Command::Queue(q) => queue::run(ctx, q),
        Command::Coverage(c) => coverage::run(ctx, c),
        Command::Partner(p) => partner::run(ctx, p),
        Command::Referral(R::New(args)) => referral::new(ctx, args),
        Command::Referral(R::Print { id, pdf, printer }) => {
            referral::print(ctx, id, pdf.as_deref(), printer.as_deref())
        }
        Command::Site(args) => referral::site(ctx, args),
        Command::Generate(args) => generate::run(ctx, &args),
        Command::Treatment(t) => treatment::run(ctx, t),
        Command::Tdi(t) => tdi::run(ctx, t),
        Command::Counter(c) => counter::run(ctx, c),
        Command::Stock(s) => stock::run(ctx, s),
        Command::Place(p) => outreach::place(ctx, p),
        Command::Outreach(o) => outreach::run(ctx, o),
        Command::Report(r) => report::run(ctx, r),
        Command::Sync(c) => sync::run(ctx, c),
        Command::Manpage => manual::manpage(),
        Command::Completions(c) => manual::completions(ctx, c.shell),
    }
}

#[cfg(test)]
mod tests;
