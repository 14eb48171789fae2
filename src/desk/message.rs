//! What happens to the desk (messages in) and what the desk asks of the outside (effects out).

use chrono::NaiveDateTime;
use crossterm::event::KeyEvent;

use crate::domain::person::Fields;
use crate::domain::queue::{Move, Priority};
use crate::i18n::{Lang, Msg};
use crate::store::Person;
use crate::store::appointments::Appointment;
use crate::store::queues::{Entry, Service};

/// An event, turned into data.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Key(KeyEvent),
    Resize(u16, u16),
    Tick(NaiveDateTime),
    /// The search index is loaded: this many persons.
    IndexReady(usize),
    /// Results of a search.
    Found {
        query: String,
        persons: Vec<Person>,
        /// Those of `persons` found by near match only.
        near: Vec<i64>,
        /// How many persons matched in all (more than are shown when many do).
        total: usize,
    },
    /// A visit was recorded for this person.
    VisitRecorded(Person),
    /// A person was registered (and their visit recorded).
    Registered(Person),
    /// A person's record was changed.
    Updated(Person),
    /// `other` was merged into `keep` under this merge number.
    Merged {
        id: i64,
        keep: Person,
        other: Person,
    },
    /// A merge was undone.
    Unmerged(i64),
    /// Two records were noted as different people.
    NotSame(Person, Person),
    /// The site's services.
    Services(Vec<Service>),
    /// A person joined a queue.
    Joined(Entry),
    /// The open tickets of a service today, in order.
    Queue {
        service: String,
        entries: Vec<Entry>,
    },
    /// A ticket moved (called, started, done…).
    Moved(Entry),
    /// Another desk changed the database.
    DataChanged,
    /// What falls due, with the screen's filters (codes and names filled in).
    Due(Vec<crate::store::coverage::DueItem>),
    /// Routes counted per route and state.
    Counts(
        Vec<(
            crate::domain::coverage::Route,
            crate::domain::coverage::State,
            u32,
        )>,
    ),
    /// A person's routes and free care.
    PersonCoverage(Box<crate::desk::screens::coverage::PersonCoverage>),
    /// A person's coverage was saved.
    CoverageSaved(i64),
    /// The appointments of a service on a day.
    Appointments {
        service: String,
        day: chrono::NaiveDate,
        list: Vec<Appointment>,
    },
    /// An appointment was booked.
    Booked(Appointment),
    /// An appointment was checked in or cancelled: what to tell the worker.
    AppointmentChanged(Msg),
    /// The booked appointments, coverage routes and free care of the person in the "send to"
    /// window.
    Upcoming(
        Vec<Appointment>,
        Vec<crate::store::coverage::CoverageRow>,
        crate::store::coverage::CareAccess,
    ),
    /// A service was saved, added, moved or removed: the new list.
    ServicesSaved(Vec<Service>),
    /// The end-of-day figures, per service.
    Day(Vec<crate::domain::queue::ServiceDay>),
    /// The staff accounts.
    Staff(Vec<crate::store::staff::StaffMember>),
    /// An account was made or changed: the new list.
    StaffSaved(Vec<crate::store::staff::StaffMember>),
    /// An account could not be made or changed.
    StaffRefused(Msg),
    /// Lines of the audit trail.
    Audit(Vec<crate::store::audit::AuditEntry>),
    /// Retention: days kept, the first day kept, what a purge would remove now.
    Retention {
        days: u32,
        first_kept: String,
        purge: crate::store::retention::Purged,
    },
    /// Something finished on the Admin screen, in words.
    Done(Msg),
    /// The partner directory.
    Partners(Vec<crate::store::partners::Partner>),
    /// A partner was added or changed: the new directory.
    PartnerSaved(Vec<crate::store::partners::Partner>),
    /// A partner could not be saved.
    PartnerRefused(Msg),
    /// The printout of a referral being written, as lines.
    ReferralPreview(Vec<(String, bool)>),
    /// A referral was not recorded; the message says why.
    ReferralRefused(Msg),
    /// A referral was recorded (and printed, or not: the notes say).
    ReferralSaved {
        referrals: Vec<crate::store::referrals::Referral>,
        notes: Vec<Msg>,
    },
    /// The letterhead (site settings).
    Site(crate::domain::site::Site),
    SiteSaved(crate::domain::site::Site),
    /// The print queue, and what became of the last retry or save.
    PrintJobs(Vec<crate::store::print_jobs::PrintJob>, Option<Msg>),
    /// The outcome of a login or of the first start.
    LoggedIn(Result<crate::desk::gate::Session, Msg>),
    /// A person form left half-filled by this member of staff at this desk.
    Draft {
        form: Box<crate::desk::drafts::DraftForm>,
        saved_at: String,
    },
    /// Something the runner could not do, in words.
    Failed(Msg),
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
    /// Register a new person and record their visit.
    Register(Fields),
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
    /// Call the next person of a service.
    CallNext(String),
    /// Move a ticket.
    MoveEntry(i64, Move),
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
    Book(crate::desk::screens::appointments::BookingRequest),
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
    /// Make the site's first coordinator (and name the site).
    Setup {
        site: String,
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
    /// Make (`new`) or change an account; a new PIN and its repetition when given.
    SaveStaff {
        name: String,
        role: crate::domain::roles::Role,
        active: bool,
        pin: Option<(String, String)>,
        new: bool,
    },
    LoadAudit(crate::store::audit::AuditFilter),
    /// Write the lines of the audit trail matching the filter to a file.
    ExportAudit(crate::store::audit::AuditFilter),
    LoadRetention,
    SetRetention(u32),
    /// Remove queue data older than the retention.
    Purge,
    LoadPartners,
    PreviewReferral(Box<crate::store::referrals::NewReferral>),
    SaveReferral(Box<crate::store::referrals::NewReferral>),
    LoadPrintJobs,
    LoadSite,
    SaveSite(Box<crate::domain::site::Site>),
    RetryPrint(i64),
    SavePrint(i64, std::path::PathBuf),
    /// A queue ticket for the receipt printer, in the person's language.
    PrintTicket {
        ticket: String,
        service: String,
        person_id: i64,
        lang: crate::i18n::Lang,
    },
    /// Add (`None`) or change a partner.
    SavePartner(Option<i64>, Box<crate::store::partners::PartnerInput>),
}
