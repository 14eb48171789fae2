//! The command line of `seuil tdi`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// `seuil tdi …`: treatment episodes for the TDI register. The item flags come from the one
/// table of items (`domain::tdi::ITEMS`), see [`super::TdiItems`].
#[derive(Debug, Subcommand)]
pub enum TdiCommand {
    Open(TdiOpenArgs),
    Show {
        person: String,
        #[arg(long)]
        json: bool,
    },
    Set(TdiSetArgs),
    Export {
        #[arg(long, value_name = "YYYY")]
        year: i32,
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
    },
    Checklist {
        #[arg(long, value_name = "YYYY")]
        year: i32,
        #[arg(long)]
        json: bool,
    },
    Sheet {
        episode: i64,
        #[arg(long, value_name = "FILE")]
        pdf: PathBuf,
    },
    Codes {
        item: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct TdiOpenArgs {
    pub person: String,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    #[command(flatten)]
    pub items: super::TdiItems,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TdiSetArgs {
    pub episode: i64,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    #[command(flatten)]
    pub items: super::TdiItems,
    #[arg(long)]
    pub json: bool,
}
