//! The command-line contract (DESIGN.md). Help texts are filled from Fluent at run time.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use super::tdi::args::{TdiCommand, TdiOpenArgs, TdiSetArgs};
pub use super::treatment::args::{DoseOutcome, TreatmentCommand};

/// `seuil`: without a command, opens the desk.
#[derive(Debug, Parser)]
#[command(name = "seuil", version, disable_help_subcommand = true)]
pub struct Cli {
    /// Database file.
    #[arg(long, global = true, env = "SEUIL_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Interface language (before the command; after `person add` it is the person's language).
    #[arg(long, env = "SEUIL_LANG", value_name = "LANG")]
    pub lang: Option<String>,
    /// Key file of an encrypted database.
    #[arg(long, global = true, env = "SEUIL_KEY_FILE", value_name = "PATH")]
    pub key_file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Board {
        #[arg(long, value_name = "CODE")]
        service: Option<String>,
    },
    #[command(subcommand)]
    Person(PersonCommand),
    #[command(subcommand)]
    Queue(QueueCommand),
    #[command(subcommand)]
    Coverage(CoverageCommand),
    #[command(subcommand)]
    Partner(PartnerCommand),
    #[command(subcommand)]
    Referral(ReferralCommand),
    Site(SiteArgs),
    Generate(GenerateArgs),
    #[command(subcommand)]
    Staff(StaffCommand),
    #[command(subcommand)]
    Audit(AuditCommand),
    #[command(subcommand)]
    Db(DbCommand),
    /// The controlled-drug register and take-home labels (`src/cli/stock.rs`).
    #[command(subcommand)]
    Stock(super::stock::StockCommand),
    #[command(subcommand)]
    Treatment(TreatmentCommand),
    #[command(subcommand)]
    Tdi(TdiCommand),
    /// The harm-reduction counter (`src/cli/counter/`).
    #[command(subcommand)]
    Counter(super::counter::args::CounterCommand),
    /// The places the mobile teams visit (`src/cli/outreach/`).
    #[command(subcommand)]
    Place(super::outreach::args::PlaceCommand),
    /// The mobile teams' sessions, contacts and figures.
    #[command(subcommand)]
    Outreach(super::outreach::args::OutreachCommand),
    /// The coordinator's indicators for funders and Sciensano (`src/cli/report.rs`).
    #[command(subcommand)]
    Report(super::report::ReportCommand),
    /// The exchange between the organisation's sites (`src/cli/sync.rs`).
    #[command(subcommand)]
    Sync(super::sync::SyncCommand),
    /// The manual page, generated from this very definition (`src/cli/manual.rs`).
    Manpage,
    Completions(super::manual::CompletionsArgs),
}

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Create an account; the PIN is asked twice (or read as two lines from standard input).
    Add {
        name: String,
        #[arg(long, value_name = "ROLE")]
        role: String,
        #[arg(long, value_name = "L")]
        language: Option<String>,
        #[arg(long, value_name = "L,...")]
        speaks: Option<String>,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    /// Write down the languages a member of staff speaks with the people who come (none given:
    /// forget them).
    Speaks {
        name: String,
        #[arg(value_name = "L,...")]
        languages: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct AuditFilterArgs {
    #[arg(long, value_name = "CODE")]
    pub person: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub staff: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub day: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    List {
        #[command(flatten)]
        filter: AuditFilterArgs,
        #[arg(long, value_name = "N")]
        limit: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    Export {
        file: PathBuf,
        #[command(flatten)]
        filter: AuditFilterArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    Add(PersonAddArgs),
    Edit(PersonEditArgs),
    Find {
        query: String,
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        #[arg(long)]
        json: bool,
    },
    Merge {
        keep: String,
        other: String,
    },
    Unmerge {
        merge_id: i64,
    },
    NotSame {
        a: String,
        b: String,
    },
    Export {
        code: String,
        #[arg(long)]
        json: bool,
    },
}

/// What `person add` and `person edit` both take: the fields of the desk's form a script
/// gives most.
#[derive(Debug, Args)]
pub struct PersonFieldArgs {
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    #[arg(long, value_name = "A")]
    pub alias: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub born: Option<String>,
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
}

#[derive(Debug, Args)]
pub struct PersonAddArgs {
    #[command(flatten)]
    pub fields: PersonFieldArgs,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct PersonEditArgs {
    pub code: String,
    #[command(flatten)]
    pub fields: PersonFieldArgs,
    #[arg(long, value_name = "P")]
    pub phone: Option<String>,
    #[arg(long, value_name = "C")]
    pub commune: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Priority {
    Urgent,
    Emergency,
}

#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    Join {
        person: String,
        #[arg(long, value_name = "CODE")]
        service: String,
        #[arg(long)]
        priority: Option<Priority>,
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long, value_name = "CODE")]
        service: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Call {
        #[arg(long, value_name = "CODE")]
        service: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CoverageCommand {
    Due {
        #[arg(long, value_name = "DAYS")]
        within: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    Set(Box<CoverageSetArgs>),
}

#[derive(Debug, Args)]
pub struct CoverageSetArgs {
    pub person: String,
    #[arg(long, value_name = "ROUTE")]
    pub route: String,
    #[arg(long, value_name = "STATE")]
    pub state: Option<String>,
    #[arg(long, value_name = "COMMUNE")]
    pub commune: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub requested: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub acknowledged: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub decided: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub notified: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub valid_from: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub valid_until: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub reference: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum PartnerCommand {
    Add {
        #[arg(long, value_name = "NAME")]
        name: String,
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
        #[arg(long, value_name = "TEXT")]
        address: Option<String>,
        #[arg(long, value_name = "TEXT")]
        phone: Option<String>,
        #[arg(long, value_name = "TEXT")]
        hours: Option<String>,
        #[arg(long, value_name = "fr|nl")]
        letter_lang: Option<String>,
        #[arg(long, value_name = "TEXT")]
        notes: Option<String>,
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReferralCommand {
    New(ReferralNewArgs),
    Print {
        id: i64,
        #[arg(
            long,
            value_name = "FILE",
            conflicts_with = "printer",
            required_unless_present = "printer"
        )]
        pdf: Option<PathBuf>,
        #[arg(long, value_name = "NAME")]
        printer: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct ReferralNewArgs {
    pub person: String,
    #[arg(long, value_name = "NAME")]
    pub partner: String,
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    #[arg(long, value_name = "FIELD,...", value_delimiter = ',')]
    pub consent: Vec<String>,
    #[arg(long, value_name = "fr|nl")]
    pub letter_lang: Option<String>,
    #[arg(long, value_name = "L")]
    pub slip_lang: Option<String>,
    #[arg(long)]
    pub urgent: bool,
    #[arg(long, value_name = "DATE HH:MM")]
    pub appointment: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SiteArgs {
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub address: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub phone: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[arg(long, value_name = "N")]
    pub persons: u32,
    #[arg(long, value_name = "D")]
    pub days: Option<u32>,
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
}

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    Backup {
        file: PathBuf,
    },
    Restore {
        file: PathBuf,
        #[arg(long)]
        yes: bool,
    },
    Check,
    Encrypt {
        #[arg(long, value_name = "PATH")]
        new_key_file: Option<PathBuf>,
    },
    Rekey {
        #[arg(long, value_name = "PATH")]
        new_key_file: Option<PathBuf>,
    },
    Purge {
        #[arg(long)]
        yes: bool,
    },
}
