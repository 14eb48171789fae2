//! The command line of `seuil place` and `seuil outreach`.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum PlaceCommand {
    /// Add a place to the register.
    Add {
        name: String,
        #[arg(long, value_name = "K")]
        kind: String,
        #[arg(long, value_name = "C")]
        commune: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// The places, active ones first.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Close a place: no new session there.
    Close {
        name: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum OutreachCommand {
    /// Start a session at a place; prints its number.
    Session {
        #[arg(long, value_name = "NAME")]
        place: String,
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        #[arg(long, value_name = "T")]
        team: Option<String>,
        #[arg(long, value_name = "A,B", value_delimiter = ',')]
        staff: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Record a contact in a session.
    Contact(ContactArgs),
    /// Take back the last contact of a session, or the one named (recorded today).
    Reverse {
        session: i64,
        #[arg(long, value_name = "ID")]
        contact: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// The sessions of a period, with their figures.
    Sessions {
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("met").required(true).args(["tally", "person", "new_person"])))]
pub struct ContactArgs {
    pub session: i64,
    #[arg(long, value_name = "SEX/AGEBAND[/new]")]
    pub tally: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub person: Option<String>,
    #[arg(long)]
    pub new_person: bool,
    #[arg(long, value_name = "N", requires = "tally", allow_hyphen_values = true)]
    pub people: Option<String>,
    #[arg(long, value_name = "ITEM=N", num_args = 1..)]
    pub given: Vec<String>,
    #[arg(long, value_name = "NAME")]
    pub vaccine: Option<String>,
    #[arg(long, value_name = "L", requires = "vaccine")]
    pub lot: Option<String>,
    #[arg(
        long,
        value_name = "N",
        requires = "vaccine",
        allow_hyphen_values = true
    )]
    pub dose: Option<String>,
    #[arg(long, value_name = "TEXT", requires = "vaccine")]
    pub reaction: Option<String>,
    #[arg(long, value_name = "PARTNER")]
    pub accompanied: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub referral: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub care: Option<String>,
    #[arg(long)]
    pub info: bool,
    /// Confirms a count above the counter's limit.
    #[arg(long)]
    pub yes: bool,
    #[arg(long)]
    pub json: bool,
}
