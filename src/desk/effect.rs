//! What the desk asks of the outside (the database, the printer, files): effects carry ids,
//! and the runner carries them out.

use crate::domain::person::Fields;
use crate::domain::queue::{Move, Priority};
use crate::i18n::Lang;
use crate::store::queues::Service;
use chrono::{NaiveDate, NaiveTime};

/// A new person as confirmed in the "send to" window.
#[derive(Debug, Clone, PartialEq)]
pub struct Registration {
    pub fields: Fields,
    /// The coverage answered in the window (Alt+1…3), saved with the registration.
    pub coverage: Option<crate::domain::coverage::Route>,
    /// The language they need an intercultural mediator in (Alt+I), saved with them.
    pub mediation: Option<String>,
    /// The service (code) to send them to, with the ticket's priority and note; `None`: the
    /// visit alone.
    pub join: Option<(String, Priority, Option<String>)>,
}

/// Work that `update` asks the runner to do, outside the pure state change.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Load the messages of another language.
    SetLanguage(Lang),
    /// Look for persons matching what was typed.
    Search(String),
    /// Record that this person came.
    RecordVisit(i64),
    /// Register a new person and record their visit, sending them to a service if asked: the
    /// worker has confirmed in the "send to" window.
    Register(Box<Registration>),
    /// Take back a visit recorded by mistake (its id).
    RemoveVisit(i64),
    /// Save changes to a person.
    Update(i64, Fields),
    /// Merge the second person (code) into the first.
    Merge(String, String),
    /// Undo a merge.
    Unmerge(i64),
    /// Remember that two persons (codes) are different people.
    NotSame(String, String),
    /// Put a person (id) in a service's queue (code), recording today's visit if needed.
    Join {
        person: i64,
        service: String,
        priority: Priority,
        note: Option<String>,
    },
    /// Read the open tickets of a service.
    LoadQueue(String),
    /// Call the next person of a service (code) to this desk's room (`None`: the service's).
    CallNext(String, Option<String>),
    /// Move a ticket; a call goes to this desk's room (`None`: the service's).
    MoveEntry(i64, Move, Option<String>),
    /// Send a ticket to another service (code).
    Transfer(i64, String),
    /// Reload what other desks may have changed: services, the search index.
    Reload,
    /// Compute today's figures per service.
    LoadDay,
    /// Compute the due list.
    LoadDue {
        within: u32,
        route: Option<crate::domain::coverage::Route>,
        commune: Option<String>,
        /// Only the routes this desk's worker last updated.
        mine: bool,
    },
    /// Count routes per route and state.
    LoadCounts,
    /// Read a person's routes and free care.
    LoadPersonCoverage(i64),
    /// Save a route of a person.
    SaveCoverage(i64, Box<crate::store::coverage::CoverageInput>),
    /// Save a person's free care and low income.
    SetCareAccess(i64, crate::store::coverage::CareAccess),
    /// Book an appointment.
    Book(BookingRequest),
    /// Read a service's appointments on a day (marking the slots that are over as no-shows).
    LoadAppointments(String, chrono::NaiveDate),
    /// Check an appointment in: the person joins the queue.
    CheckIn(i64),
    /// Cancel an appointment.
    CancelAppointment(i64),
    /// Read a person's booked appointments, coverage and free care.
    LoadUpcoming(i64),
    /// The quick question at intake: record the route the person says they have.
    QuickCoverage(i64, crate::domain::coverage::Route),
    /// Save a service's settings.
    SaveService(Service),
    /// Add a service.
    AddService {
        letter: String,
        names: std::collections::BTreeMap<String, String>,
        rooms: String,
    },
    /// Remove a service (refused while people wait for it).
    RemoveService(String),
    /// Move a service up (-1) or down (+1) in the order.
    MoveService(String, i64),
    /// Make the site's first coordinator (and write the letterhead: name, address, phone).
    Setup {
        site: Box<crate::domain::site::Site>,
        name: String,
        pin: String,
    },
    /// Check a name and PIN.
    Login {
        name: String,
        pin: String,
    },
    /// The desk was locked (for the audit trail).
    Locked,
    /// Save the person form being filled (JSON), or forget it (`None`).
    SaveDraft(Option<String>),
    /// Look for a form this member of staff left half-filled at this desk.
    LoadDraft,
    /// A person's record was opened (for the audit trail).
    Opened(i64),
    LoadStaff,
    /// Make (`new`) or change an account; a new PIN and its repetition when given; the
    /// languages they speak with the people who come.
    SaveStaff {
        name: String,
        role: crate::domain::roles::Role,
        active: bool,
        pin: Option<(String, String)>,
        speaks: Vec<String>,
        new: bool,
    },
    LoadAudit(crate::store::audit::AuditFilter),
    /// Write the lines of the audit trail matching the filter to a file, with their words in
    /// that language.
    ExportAudit(crate::store::audit::AuditFilter, crate::i18n::Lang),
    LoadRetention,
    SetRetention(u32),
    /// Remove queue data older than the retention.
    Purge,
    LoadPartners,
    /// Read the common reasons of referrals in each letter language.
    LoadReasons,
    PreviewReferral(Box<crate::store::referrals::NewReferral>),
    SaveReferral(Box<crate::store::referrals::NewReferral>),
    LoadPrintJobs,
    LoadSite,
    SaveSite(Box<crate::domain::site::Site>),
    RetryPrint(i64),
    /// Find where to offer saving a printout as a PDF (a USB stick if one is in, else home).
    OfferSavePath(i64),
    SavePrint(i64, std::path::PathBuf),
    /// A queue ticket for the receipt printer, in the person's language.
    PrintTicket {
        ticket: String,
        service: String,
        person_id: i64,
        lang: crate::i18n::Lang,
    },
    /// Read the controlled-drug register: products, balances, the day's moves.
    LoadRegister,
    /// The daily balance of a product: counted mg, the reason when it differs.
    CheckStock {
        product: String,
        counted: f64,
        reason: Option<String>,
    },
    /// Record a batch received.
    ReceiveBatch(Box<crate::store::stock::NewBatch>),
    /// Print the labels of a take-home delivery (its number) on the ticket printer.
    PrintLabels(i64),
    /// Add (`None`) or change a partner.
    SavePartner(Option<i64>, Box<crate::store::partners::PartnerInput>),
    /// Mark that a person (id) needs an intercultural mediator in a language, or no longer.
    MarkNeed(i64, Option<String>),
    /// Read today's tickets of people who need a mediator; `mine`: only in the languages of
    /// the mediator logged in.
    LoadMediation {
        mine: bool,
    },
    /// The mediator logged in joins the consultation of a ticket (id).
    JoinMediation(i64),
    /// The mediator logged in takes back having joined a ticket (id).
    LeaveMediation(i64),
    /// Read today's dispensary tickets and who is dosed today.
    LoadDispensary,
    /// Read a person's treatment chart as of today.
    LoadChart(i64),
    /// Record today's dose of a person (id).
    Dose(i64, Box<crate::store::treatment::DoseAsk>),
    /// Take back the last thing recorded today for a person (id).
    ReverseDose(i64),
    /// Record a prescriber's decision for a person.
    Decide {
        person: i64,
        prescriber: String,
        decision: String,
        mg: Option<f64>,
    },
    /// Record a new prescription for a person (id).
    Prescribe(i64, Box<crate::store::treatment::NewPrescription>),
    /// Read a person's record (id) for the TDI form, which opens with it.
    LoadTdi(i64),
    /// Open a person's (id) TDI episode as the form says.
    SaveTdi(i64, Box<crate::store::tdi::NewEpisode>),
    /// Complete an episode (id) already opened, as the form says.
    CompleteTdi(i64, Box<crate::store::tdi::NewEpisode>),
    /// Read the counter's list, the day's totals and the next naloxone batch.
    LoadCounter,
    /// Record an exchange at the counter.
    Give(Box<crate::store::counter::Giving>),
    /// Take back today's last exchange of the worker logged in.
    UndoExchange,
    /// Look for persons for the counter (code or name).
    CounterFind(String),
    /// Record a reversal reported (a naloxone kit used).
    ReportReversal(Box<crate::desk::screens::counter::ReversalAsk>),
    /// Find where to offer saving a report (a USB stick if one is in, else home).
    OfferReportPath(Box<crate::report::Query>, &'static str),
    /// Save a report, small counts hidden, to a file (its format by the name's extension).
    SaveReport(Box<crate::report::Query>, &'static str, std::path::PathBuf),
    /// Compute a report (its name) over a period, for the Reports screen.
    RunReport(Box<crate::report::Query>, &'static str),
    /// Read the counter's list and the naloxone batches, for the coordinator's window.
    LoadCounterList,
    /// Change the counter's list or receive naloxone, as the coordinator's window asks.
    CounterList(Box<crate::desk::overlays::counter_list::Act>),
    /// Read today's sessions, the places, partners and items, and the session open (id).
    LoadOutreach(Option<i64>),
    /// Start a session (adding its place when new).
    StartOutreach(Box<crate::store::outreach::NewSession>),
    /// Record a contact in a session, with what was done.
    OutreachContact(Box<crate::store::outreach::NewContact>),
    /// Take back a contact of a session (ids), recorded today.
    ReverseOutreach {
        session: i64,
        contact: i64,
    },
    /// Find the person met by code or name.
    FindForOutreach(String),
}

/// What a booking asks for, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookingRequest {
    pub person: String,
    pub service: String,
    pub worker: Option<String>,
    pub day: NaiveDate,
    pub time: NaiveTime,
    pub minutes: u32,
    /// The worker was told this overlaps another appointment, and books it anyway.
    pub despite_overlap: bool,
}
