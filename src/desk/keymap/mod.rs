//! Keys are data: this one table drives key handling, the hint bar and the help screen.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod action;

pub use action::Action;

/// Where a binding applies: the desk itself, or the overlay on top, or one state of a screen.
/// A scope is active only while every one of its keys does something (the list under the
/// search line only while it has persons), so the hint bar and the help, which read the active
/// scopes, never offer a key that does nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Global,
    /// Behind the gate (first start, login, lock): help, language and quit only.
    Locked,
    /// While a notice is shown and no form takes Esc for itself.
    Notice,
    /// The persons found under the search line.
    Results,
    /// A merge just made, that can be undone.
    Undo,
    /// The tickets of the queue shown.
    Entries,
    /// The selected ticket is waiting: it can be called.
    Waiting,
    /// Choosing the service a ticket is sent to.
    Transfer,
    /// "Someone is already called to this desk: call another anyway?"
    CallAgain,
    /// Typing this desk's room on the Queues screen.
    RoomInput,
    /// The appointments of the day shown.
    AppointmentList,
    /// The selected appointment is booked: it can be checked in or cancelled.
    Booked,
    /// The due list has items.
    DueList,
    /// The person on the Coverage screen has routes.
    Routes,
    /// The partner directory has partners.
    PartnerList,
    /// A coordinator may add partners to the directory.
    PartnerAdd,
    /// A coordinator may change the partner chosen in the directory.
    PartnerEdit,
    /// The print queue has printouts.
    PrintJobs,
    /// The staff section lists accounts.
    StaffList,
    /// The note of the "send to" window is being typed.
    RouteNote,
    /// The person in the "send to" window has an appointment today.
    RouteToday,
    /// Nothing is known of the coverage of the person in the "send to" window.
    RouteQuick,
    Help,
    Language,
    /// The intake screen's search line and results.
    Intake,
    /// The person form.
    Form,
    /// The "same person?" confirmation.
    Merge,
    /// The queue screen.
    Queue,
    /// The "send to" window after finding a person.
    Route,
    /// The Admin screen's list of services.
    Admin,
    /// The Appointments screen.
    Appointments,
    /// The Coverage screen's due list.
    Coverage,
    /// A person's routes on the Coverage screen.
    PersonCoverage,
    /// "A form was left half-filled".
    Draft,
    /// Staff accounts on the Admin screen.
    AdminStaff,
    /// The audit trail on the Admin screen.
    AdminAudit,
    /// Retention of queue data on the Admin screen.
    AdminRetention,
    /// The partner directory on the Referrals screen.
    Partners,
    /// The referral being written.
    Composer,
    /// What a referral will print.
    Preview,
    /// The print queue on the Referrals screen.
    PrintQueue,
    /// The letterhead on the Admin screen.
    AdminCentre,
    /// A person chosen at intake, or in the "send to" window, with languages to ask a mediator
    /// in.
    Mediation,
    /// The people waiting for a mediator today, on the Queues screen.
    MediationList,
    /// That list has tickets.
    MediationRows,
    /// The chosen ticket can be joined by the mediator logged in.
    MediationJoin,
    /// The mediator logged in has joined the chosen ticket.
    MediationLeave,
    /// The Treatment screen's list of today's dispensary tickets.
    Dispensary,
    /// That list has tickets.
    DispensaryRows,
    /// A person's dose screen.
    DoseChart,
    /// A take-home asked for: the digit of its days.
    TakeHomeDays,
    /// A dose withheld: the reason chosen.
    WithholdReason,
    /// "Take back the last thing recorded today?"
    ReverseConfirm,
    /// The selected ticket of the dispensary's queue, for a role that sees treatment.
    DispensaryTicket,
    /// The person's page, for a role that sees treatment.
    PageTreatment,
    /// A person's page, for a role that registers TDI episodes.
    PersonTdi,
    /// The TDI form.
    TdiForm,
    /// The controlled-drug register window.
    Register,
    /// A form of the register window (balance, batch received).
    RegisterForm,
    /// The Counter screen: counts, item keys, returned, others, person, undo, reversal.
    Counter,
    /// Something is entered on the Counter screen: Enter saves, Esc clears.
    CounterDraft,
    /// A question of the Counter screen (take back? a large count?).
    CounterAsk,
    /// The person search of the Counter screen.
    CounterPerson,
    /// The reversal report form.
    CounterReversal,
    /// The Counter screen, for a role that manages the list: the list's window.
    CounterManage,
    /// The counter's list window.
    CounterList,
    /// A form of that window (an item, its names or key, a naloxone batch).
    CounterListForm,
    /// The Reports screen: the report, the period, its tables.
    Reports,
    /// The table shown reads as a trend: its chart.
    ReportsChart,
    /// Where to save the report: the path, Enter to write, Esc to drop.
    ReportsSave,
    /// The Outreach screen with no session open: today's sessions.
    OutreachToday,
    /// Today's sessions listed.
    OutreachTodayRows,
    /// Starting a session: the place (found or new), its kind, the team.
    OutreachStart,
    /// A session open: one-key tallies and what the next contact holds.
    OutreachSession,
    /// A tally's sex pressed: the age band's key.
    OutreachBand,
    /// Material given: a count, then an item's key.
    OutreachMaterial,
    /// Finding the person of a contact (or registering them).
    OutreachPerson,
    /// Choosing the partner the person was accompanied to.
    OutreachPartner,
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

pub(super) const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}
pub(super) const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
pub(super) const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::ALT,
    }
}

/// How a binding shows in the hint bar: a message id, and a key label when the keys' own
/// labels would not say it (a range like `F3–F8`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub id: &'static str,
    pub label: Option<&'static str>,
}

/// One line of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [Key],
    pub action: Action,
    /// Shown in the hint bar when present.
    pub hint: Option<Hint>,
    /// Message id describing the action on the help screen.
    pub help: &'static str,
}

pub(super) const fn bind(
    scope: Scope,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        scope,
        keys,
        action,
        hint: None,
        help,
    }
}
pub(super) const fn hinted(
    scope: Scope,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    id: &'static str,
    label: Option<&'static str>,
) -> Binding {
    Binding {
        scope,
        keys,
        action,
        hint: Some(Hint { id, label }),
        help,
    }
}

mod bindings;
mod bindings_more;
mod names;
pub use bindings::BINDINGS;

/// Every binding: the desk's table, then the second one.
pub fn all() -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().chain(bindings_more::BINDINGS)
}
pub use names::{label, labels, localise};

fn matches(key: &Key, event: &KeyEvent) -> bool {
    // Shift is part of the character itself for printable keys.
    let mods = event.modifiers - KeyModifiers::SHIFT;
    let code = match event.code {
        KeyCode::Char(c)
            if event
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            KeyCode::Char(c.to_ascii_lowercase())
        }
        other => other,
    };
    key.code == code && key.mods == mods
}

/// A key as the screens receive it: the event, and the action it is bound to in the scopes
/// active now (`None`: not bound, so it is typed into the field that has the focus).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pressed {
    pub event: KeyEvent,
    pub action: Option<Action>,
    /// A character of pasted text: it goes into a text field or nowhere, and never works a
    /// choice (Space on a picker, a digit ticking a box).
    pub pasted: bool,
}

impl Pressed {
    /// A key typed at the keyboard.
    pub fn typed(event: KeyEvent, action: Option<Action>) -> Pressed {
        Pressed {
            event,
            action,
            pasted: false,
        }
    }
}

impl std::ops::Deref for Pressed {
    type Target = KeyEvent;
    fn deref(&self) -> &KeyEvent {
        &self.event
    }
}

/// The first of `scopes` (most specific first) that binds the key, with the action.
pub fn resolve(scopes: &[Scope], event: &KeyEvent) -> Option<(Scope, Action)> {
    scopes
        .iter()
        .find_map(|s| action_for(*s, event).map(|a| (*s, a)))
}

/// The action bound to a key in a scope, if any.
pub fn action_for(scope: Scope, event: &KeyEvent) -> Option<Action> {
    all()
        .filter(|b| b.scope == scope)
        .find(|b| b.keys.iter().any(|k| matches(k, event)))
        .map(|b| b.action)
}

/// What the hint bar and the help show of the active scopes: each binding with the keys of it
/// that reach it (a key an earlier scope takes is left out), the screen's or window's own
/// bindings first in table order, then Esc for a notice, then the desk's.
pub fn shown(scopes: &[Scope]) -> Vec<(&'static Binding, Vec<Key>)> {
    let rank = |s: Scope| match s {
        Scope::Notice => 1,
        Scope::Global | Scope::Locked => 2,
        _ => 0,
    };
    let mut out: Vec<(&Binding, Vec<Key>)> = all()
        .filter(|b| scopes.contains(&b.scope))
        .filter_map(|b| {
            let keys: Vec<Key> = b
                .keys
                .iter()
                .filter(|k| {
                    resolve(scopes, &KeyEvent::new(k.code, k.mods))
                        .is_some_and(|(scope, action)| scope == b.scope && action == b.action)
                })
                .copied()
                .collect();
            (!keys.is_empty()).then_some((b, keys))
        })
        .collect();
    out.sort_by_key(|(b, _)| rank(b.scope));
    out
}

/// The bindings of a scope, in table order.
pub fn bindings(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    all().filter(move |b| b.scope == scope)
}

#[cfg(test)]
mod tests;
