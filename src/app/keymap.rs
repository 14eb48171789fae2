//! Keys are data: this one table drives key handling, the hint bar and the help screen.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::state::Tab;
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
    Confirm,
    PickNth(usize),
    NewPerson,
    Anonymous,
    Edit,
    NextField,
    PrevField,
    Merge,
    UndoMerge,
    NotSame,
    Left,
    Right,
    CallNext,
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
}

/// Where a binding applies: the desk itself, or the overlay on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Global,
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
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
const fn alt(c: char) -> Key {
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

const fn bind(scope: Scope, keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding {
        scope,
        keys,
        action,
        hint: None,
        help,
    }
}
const fn hinted(
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

use Scope::{
    Admin, AdminAudit, AdminRetention, AdminStaff, Appointments, Coverage, Draft, Form, Global,
    Help as HelpScope, Intake, Language as LangScope, Merge as MergeScope, PersonCoverage, Queue,
    Route,
};

/// The whole keymap. Function keys first, with Alt/Ctrl alternatives for terminals that take
/// function keys for themselves.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    hinted(Global, &[plain(KeyCode::F(1))], Action::Help, "help-action-help", "hint-help", None),
    hinted(Global, &[plain(KeyCode::F(2)), alt('l')], Action::Language, "help-action-language", "hint-language", None),
    hinted(Global, &[plain(KeyCode::F(3)), alt('1')], Action::GoTo(Tab::Intake), "help-action-goto", "hint-screens", Some("F3–F8")),
    bind(Global, &[plain(KeyCode::F(4)), alt('2')], Action::GoTo(Tab::Queues), "help-action-goto"),
    bind(Global, &[plain(KeyCode::F(5)), alt('3')], Action::GoTo(Tab::Appointments), "help-action-goto"),
    bind(Global, &[plain(KeyCode::F(6)), alt('4')], Action::GoTo(Tab::Coverage), "help-action-goto"),
    bind(Global, &[plain(KeyCode::F(7)), alt('5')], Action::GoTo(Tab::Referrals), "help-action-goto"),
    bind(Global, &[plain(KeyCode::F(8)), alt('6')], Action::GoTo(Tab::Admin), "help-action-goto"),
    hinted(Global, &[plain(KeyCode::F(10)), ctrl('q'), ctrl('c')], Action::Quit, "help-action-quit", "hint-quit", None),
    hinted(Global, &[plain(KeyCode::F(12)), ctrl('l')], Action::Lock, "help-action-lock", "hint-lock", None),
    bind(Global, &[plain(KeyCode::Esc)], Action::Dismiss, "help-action-close"),
    hinted(HelpScope, &[plain(KeyCode::Esc), plain(KeyCode::F(1))], Action::Close, "help-action-close", "hint-close", None),
    bind(HelpScope, &[plain(KeyCode::Up)], Action::Up, "help-action-up"),
    bind(HelpScope, &[plain(KeyCode::Down)], Action::Down, "help-action-down"),
    bind(LangScope, &[plain(KeyCode::Up)], Action::Up, "help-action-up"),
    bind(LangScope, &[plain(KeyCode::Down)], Action::Down, "help-action-down"),
    hinted(LangScope, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-confirm", "hint-choose", Some("↵")),
    hinted(LangScope, &[plain(KeyCode::Esc), plain(KeyCode::F(2))], Action::Close, "help-action-close", "hint-close", None),
    bind(LangScope, &[plain(KeyCode::Char('1'))], Action::PickNth(0), "help-action-confirm"),
    bind(LangScope, &[plain(KeyCode::Char('2'))], Action::PickNth(1), "help-action-confirm"),
    bind(LangScope, &[plain(KeyCode::Char('3'))], Action::PickNth(2), "help-action-confirm"),
    bind(LangScope, &[plain(KeyCode::Char('4'))], Action::PickNth(3), "help-action-confirm"),
    bind(LangScope, &[plain(KeyCode::Char('5'))], Action::PickNth(4), "help-action-confirm"),
    bind(LangScope, &[plain(KeyCode::Char('6'))], Action::PickNth(5), "help-action-confirm"),
    hinted(Intake, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-visit", "hint-visit", None),
    hinted(Intake, &[alt('n')], Action::NewPerson, "help-action-new-person", "hint-new-person", None),
    hinted(Intake, &[alt('a')], Action::Anonymous, "help-action-anonymous", "hint-anonymous", None),
    hinted(Intake, &[alt('e')], Action::Edit, "help-action-edit", "hint-edit", None),
    hinted(Intake, &[alt('m')], Action::Merge, "help-action-merge", "hint-merge", None),
    bind(Intake, &[alt('u')], Action::UndoMerge, "help-action-undo-merge"),
    bind(Intake, &[alt('r')], Action::Book, "help-action-book"),
    bind(Route, &[alt('1')], Action::Quick(0), "help-action-quick-insured"),
    bind(Route, &[alt('2')], Action::Quick(1), "help-action-quick-none"),
    bind(Route, &[alt('3')], Action::Quick(2), "help-action-quick-unknown"),
    hinted(Route, &[plain(KeyCode::Char('0'))], Action::CheckInToday, "help-action-check-in-today", "hint-check-in", None),
    hinted(Appointments, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-check-in", "hint-check-in", Some("↵")),
    hinted(Appointments, &[plain(KeyCode::PageUp)], Action::PrevDay, "help-action-prev-day", "hint-day", Some("PgUp/PgDn")),
    bind(Appointments, &[plain(KeyCode::PageDown)], Action::NextDay, "help-action-next-day"),
    hinted(Appointments, &[plain(KeyCode::Delete)], Action::Remove, "help-action-cancel-appointment", "hint-cancel-appointment", Some("Del")),
    hinted(Coverage, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-open-coverage", "hint-open", Some("↵")),
    hinted(Coverage, &[plain(KeyCode::PageDown)], Action::NextDay, "help-action-window", "hint-window", Some("PgUp/PgDn")),
    bind(Coverage, &[plain(KeyCode::PageUp)], Action::PrevDay, "help-action-window"),
    hinted(Coverage, &[plain(KeyCode::Char('1'))], Action::PickNth(1), "help-action-route-filter", "hint-route-filter", Some("0-9")),
    bind(Coverage, &[plain(KeyCode::Char('0'))], Action::PickNth(0), "help-action-route-filter"),
    bind(Coverage, &[plain(KeyCode::Char('2'))], Action::PickNth(2), "help-action-route-filter"),
    bind(Coverage, &[plain(KeyCode::Char('3'))], Action::PickNth(3), "help-action-route-filter"),
    bind(Coverage, &[plain(KeyCode::Char('4'))], Action::PickNth(4), "help-action-route-filter"),
    bind(Coverage, &[plain(KeyCode::Char('5'))], Action::PickNth(5), "help-action-route-filter"),
    bind(Coverage, &[plain(KeyCode::Char('6'))], Action::PickNth(6), "help-action-route-filter"),
    bind(Coverage, &[plain(KeyCode::Char('7'))], Action::PickNth(7), "help-action-route-filter"),
    bind(Coverage, &[plain(KeyCode::Char('8'))], Action::PickNth(8), "help-action-route-filter"),
    bind(Coverage, &[plain(KeyCode::Char('9'))], Action::PickNth(9), "help-action-route-filter"),
    hinted(Coverage, &[plain(KeyCode::Char('c'))], Action::Toggle, "help-action-commune-filter", "hint-commune", None),
    hinted(Coverage, &[plain(KeyCode::Char('w'))], Action::Mine, "help-action-mine", "hint-mine", None),
    hinted(Coverage, &[plain(KeyCode::Char('s'))], Action::DayFigures, "help-action-counts", "hint-counts", None),
    bind(Coverage, &[plain(KeyCode::Up)], Action::Up, "help-action-up"),
    bind(Coverage, &[plain(KeyCode::Down)], Action::Down, "help-action-down"),
    hinted(PersonCoverage, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-edit-route", "hint-edit", Some("↵")),
    hinted(PersonCoverage, &[plain(KeyCode::Char('a'))], Action::NewPerson, "help-action-add-route", "hint-add", None),
    hinted(PersonCoverage, &[plain(KeyCode::Char('f'))], Action::Toggle, "help-action-free-care", "hint-free-care", None),
    hinted(PersonCoverage, &[plain(KeyCode::Char('i'))], Action::CyclePriority, "help-action-low-income", "hint-low-income", None),
    hinted(PersonCoverage, &[plain(KeyCode::Esc)], Action::Close, "help-action-close", "hint-close", None),
    bind(PersonCoverage, &[plain(KeyCode::Up)], Action::Up, "help-action-up"),
    bind(PersonCoverage, &[plain(KeyCode::Down)], Action::Down, "help-action-down"),
    bind(Appointments, &[plain(KeyCode::Left)], Action::Left, "help-action-prev-service"),
    bind(Appointments, &[plain(KeyCode::Right)], Action::Right, "help-action-next-service"),
    bind(Appointments, &[plain(KeyCode::Up)], Action::Up, "help-action-up"),
    bind(Appointments, &[plain(KeyCode::Down)], Action::Down, "help-action-down"),
    bind(Appointments, &[plain(KeyCode::Char('1'))], Action::PickNth(0), "help-action-pick-service"),
    bind(Appointments, &[plain(KeyCode::Char('2'))], Action::PickNth(1), "help-action-pick-service"),
    bind(Appointments, &[plain(KeyCode::Char('3'))], Action::PickNth(2), "help-action-pick-service"),
    bind(Appointments, &[plain(KeyCode::Char('4'))], Action::PickNth(3), "help-action-pick-service"),
    bind(Appointments, &[plain(KeyCode::Char('5'))], Action::PickNth(4), "help-action-pick-service"),
    bind(Appointments, &[plain(KeyCode::Char('6'))], Action::PickNth(5), "help-action-pick-service"),
    bind(Appointments, &[plain(KeyCode::Char('7'))], Action::PickNth(6), "help-action-pick-service"),
    bind(Appointments, &[plain(KeyCode::Char('8'))], Action::PickNth(7), "help-action-pick-service"),
    bind(Appointments, &[plain(KeyCode::Char('9'))], Action::PickNth(8), "help-action-pick-service"),
    hinted(Draft, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-restore-draft", "hint-restore-draft", Some("↵")),
    hinted(Draft, &[plain(KeyCode::Esc)], Action::Close, "help-action-drop-draft", "hint-drop-draft", None),
    hinted(MergeScope, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-confirm-merge", "hint-confirm-merge", Some("↵")),
    hinted(MergeScope, &[alt('x')], Action::NotSame, "help-action-not-same", "hint-not-same", None),
    hinted(MergeScope, &[plain(KeyCode::Esc)], Action::Close, "help-action-cancel", "hint-cancel", None),
    bind(Intake, &[plain(KeyCode::Up)], Action::Up, "help-action-up"),
    bind(Intake, &[plain(KeyCode::Down)], Action::Down, "help-action-down"),
    hinted(Form, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-save", "hint-save", None),
    hinted(Form, &[plain(KeyCode::Tab), plain(KeyCode::Down)], Action::NextField, "help-action-next-field", "hint-next-field", Some("Tab")),
    bind(Form, &[plain(KeyCode::BackTab), Key { code: KeyCode::BackTab, mods: KeyModifiers::SHIFT, }, plain(KeyCode::Up),], Action::PrevField, "help-action-prev-field"),
    hinted(Form, &[plain(KeyCode::Esc)], Action::Close, "help-action-cancel", "hint-cancel", None),
    hinted(Route, &[plain(KeyCode::Char('1'))], Action::PickNth(0), "help-action-route", "hint-route", Some("1-9")),
    bind(Route, &[plain(KeyCode::Char('2'))], Action::PickNth(1), "help-action-route"),
    bind(Route, &[plain(KeyCode::Char('3'))], Action::PickNth(2), "help-action-route"),
    bind(Route, &[plain(KeyCode::Char('4'))], Action::PickNth(3), "help-action-route"),
    bind(Route, &[plain(KeyCode::Char('5'))], Action::PickNth(4), "help-action-route"),
    bind(Route, &[plain(KeyCode::Char('6'))], Action::PickNth(5), "help-action-route"),
    bind(Route, &[plain(KeyCode::Char('7'))], Action::PickNth(6), "help-action-route"),
    bind(Route, &[plain(KeyCode::Char('8'))], Action::PickNth(7), "help-action-route"),
    bind(Route, &[plain(KeyCode::Char('9'))], Action::PickNth(8), "help-action-route"),
    hinted(Route, &[plain(KeyCode::Tab)], Action::NextField, "help-action-note", "hint-note", Some("Tab")),
    hinted(Route, &[plain(KeyCode::Char(' '))], Action::CyclePriority, "help-action-priority", "hint-priority", Some("Space")),
    hinted(Route, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-visit-only", "hint-visit-only", Some("↵")),
    hinted(Route, &[plain(KeyCode::Esc)], Action::Close, "help-action-cancel", "hint-cancel", None),
    hinted(Queue, &[plain(KeyCode::Char('n'))], Action::CallNext, "help-action-call-next", "hint-call-next", None),
    hinted(Queue, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-call-this", "hint-call-this", Some("↵")),
    hinted(Queue, &[plain(KeyCode::Char('s'))], Action::QueueMove(Move::Start), "help-action-start", "hint-start", None),
    hinted(Queue, &[plain(KeyCode::Char('d'))], Action::QueueMove(Move::Finish), "help-action-done", "hint-done", None),
    hinted(Queue, &[plain(KeyCode::Char('r'))], Action::QueueMove(Move::Recall), "help-action-recall", "hint-recall", None),
    hinted(Queue, &[plain(KeyCode::Char('o'))], Action::QueueMove(Move::StepOut), "help-action-step-out", "hint-step-out", None),
    hinted(Queue, &[plain(KeyCode::Char('b'))], Action::QueueMove(Move::ComeBack), "help-action-come-back", "hint-come-back", None),
    hinted(Queue, &[plain(KeyCode::Char('l'))], Action::QueueMove(Move::LeftUnseen), "help-action-left", "hint-left", None),
    bind(Queue, &[plain(KeyCode::Char('x'))], Action::QueueMove(Move::NoShow), "help-action-no-show"),
    bind(Queue, &[plain(KeyCode::Char('t'))], Action::QueueMove(Move::Transfer), "help-action-transfer"),
    bind(Queue, &[plain(KeyCode::Char('e'))], Action::DayFigures, "help-action-day"),
    hinted(Admin, &[plain(KeyCode::Tab)], Action::NextField, "help-action-admin-section", "hint-section", Some("Tab")),
    bind(Admin, &[plain(KeyCode::BackTab), Key { code: KeyCode::BackTab, mods: KeyModifiers::SHIFT }], Action::PrevField, "help-action-admin-section"),
    hinted(AdminStaff, &[plain(KeyCode::Tab)], Action::NextField, "help-action-admin-section", "hint-section", Some("Tab")),
    hinted(AdminAudit, &[plain(KeyCode::Tab)], Action::NextField, "help-action-admin-section", "hint-section", Some("Tab")),
    hinted(AdminRetention, &[plain(KeyCode::Tab)], Action::NextField, "help-action-admin-section", "hint-section", Some("Tab")),
    hinted(AdminStaff, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-edit-staff", "hint-edit", Some("↵")),
    hinted(AdminStaff, &[plain(KeyCode::Char('a')), plain(KeyCode::Insert)], Action::NewPerson, "help-action-add-staff", "hint-add", None),
    hinted(AdminStaff, &[plain(KeyCode::Char(' '))], Action::Toggle, "help-action-toggle-staff", "hint-toggle-staff", Some("Space")),
    bind(AdminStaff, &[plain(KeyCode::Up)], Action::Up, "help-action-up"),
    bind(AdminStaff, &[plain(KeyCode::Down)], Action::Down, "help-action-down"),
    hinted(AdminAudit, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-audit-filter", "hint-filter", Some("↵")),
    hinted(AdminAudit, &[ctrl('e'), plain(KeyCode::F(9))], Action::Export, "help-action-audit-export", "hint-export", None),
    bind(AdminAudit, &[plain(KeyCode::Up)], Action::Up, "help-action-up"),
    bind(AdminAudit, &[plain(KeyCode::Down)], Action::Down, "help-action-down"),
    hinted(AdminRetention, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-retention-save", "hint-save", Some("↵")),
    hinted(AdminRetention, &[plain(KeyCode::Delete)], Action::Remove, "help-action-purge", "hint-purge", Some("Del")),
    hinted(Admin, &[plain(KeyCode::Enter)], Action::Confirm, "help-action-edit-service", "hint-edit", Some("↵")),
    hinted(Admin, &[plain(KeyCode::Char('a')), plain(KeyCode::Insert)], Action::NewPerson, "help-action-add-service", "hint-add", None),
    hinted(Admin, &[plain(KeyCode::Char(' '))], Action::Toggle, "help-action-toggle-service", "hint-toggle", Some("Space")),
    hinted(Admin, &[Key { code: KeyCode::Up, mods: KeyModifiers::ALT }, plain(KeyCode::Char('-'))], Action::Left, "help-action-move-up", "hint-move", Some("Alt+↑↓")),
    bind(Admin, &[Key { code: KeyCode::Down, mods: KeyModifiers::ALT }, plain(KeyCode::Char('+'))], Action::Right, "help-action-move-down"),
    hinted(Admin, &[plain(KeyCode::Delete)], Action::Remove, "help-action-remove-service", "hint-remove", Some("Del")),
    bind(Admin, &[plain(KeyCode::Up)], Action::Up, "help-action-up"),
    bind(Admin, &[plain(KeyCode::Down)], Action::Down, "help-action-down"),
    bind(Queue, &[plain(KeyCode::Left)], Action::Left, "help-action-prev-service"),
    bind(Queue, &[plain(KeyCode::Right)], Action::Right, "help-action-next-service"),
    bind(Queue, &[plain(KeyCode::Up)], Action::Up, "help-action-up"),
    bind(Queue, &[plain(KeyCode::Down)], Action::Down, "help-action-down"),
    bind(Queue, &[plain(KeyCode::Esc)], Action::Close, "help-action-cancel"),
    bind(Queue, &[plain(KeyCode::Char('1'))], Action::PickNth(0), "help-action-pick-service"),
    bind(Queue, &[plain(KeyCode::Char('2'))], Action::PickNth(1), "help-action-pick-service"),
    bind(Queue, &[plain(KeyCode::Char('3'))], Action::PickNth(2), "help-action-pick-service"),
    bind(Queue, &[plain(KeyCode::Char('4'))], Action::PickNth(3), "help-action-pick-service"),
    bind(Queue, &[plain(KeyCode::Char('5'))], Action::PickNth(4), "help-action-pick-service"),
    bind(Queue, &[plain(KeyCode::Char('6'))], Action::PickNth(5), "help-action-pick-service"),
    bind(Queue, &[plain(KeyCode::Char('7'))], Action::PickNth(6), "help-action-pick-service"),
    bind(Queue, &[plain(KeyCode::Char('8'))], Action::PickNth(7), "help-action-pick-service"),
    bind(Queue, &[plain(KeyCode::Char('9'))], Action::PickNth(8), "help-action-pick-service"),
];

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

/// The action bound to a key in a scope, if any.
pub fn action_for(scope: Scope, event: &KeyEvent) -> Option<Action> {
    BINDINGS
        .iter()
        .filter(|b| b.scope == scope)
        .find(|b| b.keys.iter().any(|k| matches(k, event)))
        .map(|b| b.action)
}

/// The bindings of a scope, in table order.
pub fn bindings(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.scope == scope)
}

/// How a key is written on screen: `F1`, `Ctrl+Q`, `Alt+1`, `Esc`, `↵`.
pub fn label(key: &Key) -> String {
    let base = match key.code {
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(c) => c.to_ascii_uppercase().to_string(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Enter => "↵".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift+Tab".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Insert => "Ins".into(),
        other => format!("{other:?}"),
    };
    if key.code == KeyCode::BackTab {
        base
    } else if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl+{base}")
    } else if key.mods.contains(KeyModifiers::ALT) {
        format!("Alt+{base}")
    } else {
        base
    }
}

/// All keys of a binding, written for the help screen (`F2 / Alt+L`).
pub fn labels(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(label)
        .collect::<Vec<_>>()
        .join(" / ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_of_a_scope_has_distinct_keys() {
        for scope in [
            Global, HelpScope, LangScope, Intake, Form, MergeScope, Queue, Route,
        ] {
            let keys: Vec<&Key> = bindings(scope).flat_map(|b| b.keys.iter()).collect();
            for (i, k) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(k), "{scope:?}: {k:?} bound twice");
            }
        }
    }

    #[test]
    fn function_keys_and_alternatives_find_their_action() {
        let f2 = KeyEvent::new(KeyCode::F(2), KeyModifiers::NONE);
        assert_eq!(action_for(Global, &f2), Some(Action::Language));
        let alt_l = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::ALT | KeyModifiers::SHIFT);
        assert_eq!(action_for(Global, &alt_l), Some(Action::Language));
        let alt4 = KeyEvent::new(KeyCode::Char('4'), KeyModifiers::ALT);
        assert_eq!(action_for(Global, &alt4), Some(Action::GoTo(Tab::Coverage)));
        let letter = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            action_for(Global, &letter),
            None,
            "plain letters are for typing"
        );
    }

    #[test]
    fn labels_read_well() {
        assert_eq!(label(&ctrl('q')), "Ctrl+Q");
        assert_eq!(label(&alt('1')), "Alt+1");
        assert_eq!(label(&plain(KeyCode::F(10))), "F10");
    }
}
