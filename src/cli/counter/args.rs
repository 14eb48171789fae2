//! The command line of `seuil counter`.

use clap::{Subcommand, ValueEnum};

/// Whether emergency services were called, as the person says.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Called {
    Yes,
    No,
    Unknown,
}

/// What happened after a kit was used.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReversalOutcome {
    Recovered,
    Hospital,
    Died,
    Unknown,
}

/// The names of an item in the six languages.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Names {
    #[arg(long, value_name = "T")]
    pub name_fr: Option<String>,
    #[arg(long, value_name = "T")]
    pub name_nl: Option<String>,
    #[arg(long, value_name = "T")]
    pub name_en: Option<String>,
    #[arg(long, value_name = "T")]
    pub name_ar: Option<String>,
    #[arg(long, value_name = "T")]
    pub name_ti: Option<String>,
    #[arg(long, value_name = "T")]
    pub name_pl: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CounterCommand {
    /// The item list: codes, keys, kinds, names.
    Items {
        #[arg(long)]
        json: bool,
    },
    /// Record material given (and used material returned).
    Give {
        #[arg(value_name = "ITEM=N")]
        items: Vec<String>,
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        returned: Option<String>,
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        for_others: Option<String>,
        #[arg(long, value_name = "CODE")]
        person: Option<String>,
        #[arg(long)]
        emergency: bool,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// The day's totals at the counter.
    Today {
        #[arg(long)]
        json: bool,
    },
    /// Take back today's last exchange recorded by this machine's user.
    Undo {
        #[arg(long)]
        json: bool,
    },
    /// Add an item to the list.
    ItemAdd {
        code: String,
        #[arg(long, value_name = "K")]
        kind: String,
        #[arg(long, value_name = "X")]
        key: String,
        #[command(flatten)]
        names: Names,
        #[arg(long)]
        exchange: bool,
    },
    /// Name an item in one or more languages.
    ItemRename {
        code: String,
        #[command(flatten)]
        names: Names,
    },
    /// Give an item another key.
    ItemKey { code: String, key: String },
    /// Stop giving an item (kept for the figures).
    ItemRemove { code: String },
    /// Record a batch of naloxone kits received.
    NaloxoneReceive {
        #[arg(long, value_name = "L")]
        lot: String,
        #[arg(long, value_name = "DATE")]
        expires: String,
        #[arg(long, value_name = "N")]
        kits: u32,
        #[arg(long)]
        json: bool,
    },
    /// Record a naloxone kit used (a reversal reported).
    Reversal {
        #[arg(long, value_name = "ID")]
        kit: Option<i64>,
        #[arg(long, value_name = "CODE")]
        person: Option<String>,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        #[arg(long, value_name = "yes|no|unknown")]
        emergency: Option<Called>,
        #[arg(long)]
        outcome: ReversalOutcome,
        #[arg(long, value_name = "T")]
        note: Option<String>,
        #[arg(long)]
        json: bool,
    },
}
