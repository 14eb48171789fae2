//! The command line of `seuil treatment`.

use clap::{Subcommand, ValueEnum};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DoseOutcome {
    Given,
    Vomited,
    Refused,
    Withheld,
}

#[derive(Debug, Subcommand)]
pub enum TreatmentCommand {
    /// Enter a prescriber's order.
    Prescribe {
        person: String,
        #[arg(long, value_name = "P")]
        product: String,
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        mg: String,
        #[arg(long, value_name = "DATE")]
        from: String,
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        #[arg(long, value_name = "NAME")]
        prescriber: Option<String>,
        #[arg(long, value_name = "N")]
        take_home_days: Option<u32>,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Let this site dose a person treated at another site, as agreed with that site.
    Guest {
        person: String,
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        #[arg(long, value_name = "DATE")]
        until: String,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Record the day's dose (given supervised unless said otherwise).
    Dose {
        person: String,
        #[arg(long, value_name = "DAYS", conflicts_with = "outcome")]
        take_home: Option<u32>,
        #[arg(long)]
        outcome: Option<DoseOutcome>,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        mg: Option<String>,
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Record a prescriber's decision (after missed days or a vomited dose).
    Decide {
        person: String,
        #[arg(long, value_name = "NAME")]
        by: String,
        #[arg(long, value_name = "TEXT")]
        decision: String,
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        mg: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Take back today's last dose record of the person (a whole take-home at once).
    Reverse {
        person: String,
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Show {
        person: String,
        #[arg(long)]
        json: bool,
    },
    /// The centre's missed-day thresholds; with a value, sets it.
    Thresholds {
        #[arg(long, value_name = "DAYS")]
        withhold_after: Option<u32>,
        #[arg(long, value_name = "DAYS")]
        see_prescriber_after: Option<u32>,
        #[arg(long, value_name = "DAYS")]
        induction_after: Option<u32>,
        #[arg(long, value_name = "DAYS")]
        suspend_take_homes_after: Option<u32>,
        #[arg(long, value_name = "DAYS")]
        prescription_days: Option<u32>,
        #[arg(long)]
        json: bool,
    },
}
