//! What happens to the desk: keys, the clock, and what the runner reports back to each screen.

use chrono::NaiveDateTime;
use crossterm::event::KeyEvent;

use crate::i18n::Msg;
use crate::store::queues::Service;

/// An event, turned into data.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Key(KeyEvent),
    /// Text pasted into the terminal (bracketed paste), as one piece.
    Paste(String),
    Resize(u16, u16),
    Tick(NaiveDateTime),
    /// The search index is loaded: this many persons.
    IndexReady(usize),
    /// The site's services.
    Services(Vec<Service>),
    /// Another desk changed the database.
    DataChanged,
    /// The outcome of a login or of the first start.
    LoggedIn(Result<crate::desk::gate::Session, Msg>),
    /// A person form left half-filled by this member of staff at this desk.
    Draft {
        form: Box<crate::desk::drafts::DraftForm>,
        saved_at: String,
    },
    /// An exchange with the other sites ran aside: what the top bar says of it.
    Exchanged(crate::desk::ctx::SyncLine),
    /// Something the runner could not do, in words.
    Failed(Msg),
    /// What the runner reports to the intake screen (searches, registrations, merges).
    Intake(crate::desk::screens::intake::Reply),
    /// What the runner reports to the queues (tickets moved, a person sent to a service).
    Queues(crate::desk::screens::queues::Reply),
    /// What the runner reports to appointments (booked, checked in, the day of a service).
    Appointments(crate::desk::screens::appointments::Reply),
    /// What the runner reports to the Coverage screen (due list, a person's routes, the referral being written).
    Coverage(crate::desk::screens::coverage::Reply),
    /// What the runner reports to the Referrals screen (the partner directory, the print queue).
    Referrals(crate::desk::screens::referrals::Reply),
    /// What the runner reports to the register window (the register read, a refusal).
    Register(crate::desk::overlays::register::Reply),
    CounterList(crate::desk::overlays::counter_list::Reply),
    /// A report computed for the Reports screen.
    Reports(crate::desk::screens::reports::Reply),
    /// What the runner reports to the Admin screen (services, staff, audit, retention, letterhead).
    Admin(crate::desk::screens::admin::Reply),
    /// What the runner reports to the Treatment screen (the dispensary list, a chart, a dose).
    Treatment(crate::desk::screens::treatment::Reply),
    /// What the runner reports to the TDI form (the record read, the episode opened).
    Tdi(crate::desk::overlays::tdi::Reply),
    /// What the runner reports to the Counter screen (the list, an exchange saved or refused).
    Counter(crate::desk::screens::counter::Reply),
    /// What the runner reports to the Outreach screen (sessions, a contact recorded).
    Outreach(crate::desk::screens::outreach::Reply),
}
