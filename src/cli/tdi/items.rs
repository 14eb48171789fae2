//! One command-line flag per TDI item, made from the table of items so that a new item is a
//! new flag without touching the command line.

use clap::{Arg, ArgMatches, Command};

use crate::domain::tdi::{ITEMS, Item, Kind};

/// The items given on the command line: `(item key, value as typed)`, in the table's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TdiItems(pub Vec<(String, String)>);

/// The items that have a flag (the start date has `--date`).
pub fn flagged() -> impl Iterator<Item = &'static Item> {
    ITEMS.iter().filter(|i| i.kind != Kind::Date)
}

fn value_name(item: &Item) -> &'static str {
    match item.kind {
        Kind::Codes(_) => "CODE",
        Kind::Year => "YYYY",
        Kind::Age => "AGE",
        Kind::Country => "CC",
        Kind::Niss => "NISS|none",
        Kind::Text | Kind::Date => "TEXT",
    }
}

impl clap::FromArgMatches for TdiItems {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let mut out = Vec::new();
        for item in flagged() {
            let value = m
                .try_get_one::<String>(item.key)
                .map_err(|e| clap::Error::raw(clap::error::ErrorKind::InvalidValue, e))?;
            if let Some(v) = value {
                out.push((item.key.to_string(), v.clone()));
            }
        }
        Ok(TdiItems(out))
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

impl clap::Args for TdiItems {
    fn augment_args(cmd: Command) -> Command {
        flagged().fold(cmd, |cmd, item| {
            cmd.arg(
                Arg::new(item.key)
                    .long(item.flag())
                    .value_name(value_name(item))
                    .value_parser(clap::value_parser!(String)),
            )
        })
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}
