//! What a key asks for: the actions the keymap's table binds.

use crate::desk::screens::tab::Tab;
use crate::domain::queue::Move;

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Help,
    Language,
    GoTo(Tab),
    Quit,
    Close,
    Dismiss,
    Up,
    Down,
    /// A page up or down a list, its first or its last line.
    PageUp,
    PageDown,
    First,
    Last,
    Confirm,
    PickNth(usize),
    NewPerson,
    Anonymous,
    Edit,
    NextField,
    PrevField,
    Merge,
    Undo,
    NotSame,
    Left,
    Right,
    CallNext,
    /// Say which room this desk calls people to.
    SetRoom,
    QueueMove(Move),
    CyclePriority,
    DayFigures,
    Toggle,
    Remove,
    Book,
    PrevDay,
    NextDay,
    CheckInToday,
    /// The quick coverage question: 0 fund in order, 1 none, 2 does not know.
    Quick(u8),
    Mine,
    /// Lock the desk: person data hidden until a PIN.
    Lock,
    /// Write what is shown to a file.
    Export,
    /// Write a referral for the person shown.
    Refer,
    /// Open the person's page (coverage, referrals).
    OpenPage,
    /// Open the print queue.
    PrintQueue,
    /// Send a printout again.
    Retry,
    /// Save a printout as a PDF file.
    SavePdf,
    /// Print a ticket with the next queue number, or not.
    TicketToggle,
    /// Mark that the person needs an intercultural mediator (each press: their next language,
    /// then none).
    MarkNeed,
    /// Show or close the people waiting for a mediator today.
    MediationList,
    /// Open the dose screen of the person chosen (a dispensary ticket, the person's page).
    OpenTreatment,
    /// Today's dose handed over to take away: a digit then says for how many days.
    TakeHome,
    /// Today's dose was vomited.
    Vomited,
    /// The person did not want today's dose.
    RefuseDose,
    /// Today's dose is not given: a reason is chosen next.
    Withhold,
    /// Take back the last thing recorded today for the person (asks first).
    Reverse,
    /// Write down a prescriber's decision.
    Decide,
    /// Enter a new prescription.
    Prescribe,
    /// Print again the labels of the take-home just handed over.
    Labels,
    /// Open the controlled-drug register.
    Register,
    /// Open the TDI form of the person shown (a new treatment episode).
    Tdi,
    /// Used material returned at the counter (the number typed, else one more).
    CounterReturned,
    /// For how many other people (secondary distribution).
    CounterOthers,
    /// One more, one less on the selected line.
    Increase,
    Decrease,
    /// Clear the number typed.
    Erase,
    /// Open the reversal report (a naloxone kit used).
    Report,
    /// For a person (search by code or name), or anonymous again.
    ForPerson,
    /// Given in an emergency, without exchange.
    Emergency,
    /// A tally of people met: their sex (the index in `domain::outreach::SEXES`); the age
    /// band's key comes next.
    TallySex(u8),
    /// The next contact is a first contact (or no longer).
    ToggleNew,
    /// Material given in the next contact: the counter's item keys.
    Give,
    /// The next contact is a person: found by code or name, or registered on the spot.
    PersonContact,
    /// The person of the next contact was accompanied to a partner.
    Accompany,
    /// A vaccination in the next contact.
    Vaccinate,
    /// Care given and referral in the next contact.
    Care,
    /// Information given in the next contact (or no longer).
    Info,
    /// The counter's list window (coordinator).
    ItemList,
    /// Give an item another key.
    Rekey,
    /// Receive a batch (naloxone kits).
    Receive,
    /// The next period offered for a report.
    ReportPeriod,
    /// Months, quarters or years.
    ReportBy,
    /// A period of one's own: its first and last days.
    ReportDays,
    /// A table as a chart, or as figures.
    Chart,
}
