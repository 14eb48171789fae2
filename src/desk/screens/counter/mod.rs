//! The Counter screen: one key per item, a count typed before it (`3` `a`) or the key pressed
//! again, used material returned and "for N others", anonymous unless a person is chosen; Enter
//! saves the exchange as one transaction (shown once committed), Esc clears it. The day's
//! totals stay on the same screen.

pub mod reversal;
pub mod view;

use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::widgets::input::TextInput;
use crate::domain::counter::CONFIRM_ABOVE;
use crate::i18n::Msg;
use crate::store::Person;
use crate::store::counter::{DayTotals, Exchange, Giving, Item, NaloxoneBatch};

pub use reversal::{ReversalAsk, ReversalForm};

/// How many persons the search under Alt+P offers.
pub const FOUND: usize = 5;

/// What the runner reports back to this screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The list, the day's totals, the batch the next naloxone kit comes from.
    Loaded {
        items: Vec<Item>,
        totals: DayTotals,
        naloxone: Option<NaloxoneBatch>,
    },
    /// The exchange was committed, as recorded.
    Saved(Exchange),
    /// The store refused (nothing written); `reload`: the list changed under the screen.
    Refused { said: Msg, reload: bool },
    /// Today's last exchange was taken back.
    Undone(Exchange),
    /// Persons found for what was typed under Alt+P.
    Found { query: String, persons: Vec<Person> },
    /// A reversal report: recorded (`Ok`) or refused, in words.
    Reported(Result<Msg, Msg>),
}

/// A question the screen asks before it writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asking {
    /// Take back today's last exchange?
    Undo,
    /// A count above the limit: save anyway?
    Confirm { item: String, count: u32 },
}

/// The person search under Alt+P.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    pub text: TextInput,
    pub found: Vec<Person>,
    pub at: usize,
}

/// What the screen said last.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Said(Msg),
    /// Refused because the list changed under the screen (read again since).
    ListChanged(Msg),
    Saved(Exchange),
    Undone(Exchange),
}

/// What the Counter screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CounterView {
    pub items: Vec<Item>,
    pub totals: DayTotals,
    pub naloxone: Option<NaloxoneBatch>,
    /// The exchange being entered: counts by item code, in the list's order.
    pub counts: Vec<(String, u32)>,
    pub returned: u32,
    pub for_others: u32,
    pub emergency: bool,
    /// For a person (id, code, name); `None`: anonymous.
    pub person: Option<(i64, String, String)>,
    /// The number typed: it stays for the next keys until another number.
    pub number: Option<u32>,
    /// The last key was a digit (the next digit adds to the number).
    pub typing: bool,
    pub selected: usize,
    pub asking: Option<Asking>,
    pub search: Option<Search>,
    pub reversal: Option<ReversalForm>,
    pub status: Option<Status>,
}

impl CounterView {
    /// Whether anything is entered (Enter saves, Esc clears).
    pub fn has_draft(&self) -> bool {
        !self.counts.is_empty()
            || self.returned > 0
            || self.for_others > 0
            || self.emergency
            || self.person.is_some()
            || self.number.is_some()
    }

    /// The count of an item in the exchange being entered.
    pub fn count(&self, code: &str) -> u32 {
        self.counts
            .iter()
            .find(|(c, _)| c == code)
            .map_or(0, |(_, n)| *n)
    }

    /// Exchange items (sterile injection material) in the exchange being entered.
    pub fn exchange_given(&self) -> u32 {
        self.items
            .iter()
            .filter(|i| i.exchange)
            .map(|i| self.count(&i.code))
            .sum()
    }

    fn set(&mut self, code: &str, n: u32) {
        self.counts.retain(|(c, _)| c != code);
        if n > 0 {
            self.counts.push((code.to_string(), n));
        }
        let order = |c: &str| self.items.iter().position(|i| i.code == c);
        let mut counts = std::mem::take(&mut self.counts);
        counts.sort_by_key(|(c, _)| order(c));
        self.counts = counts;
    }

    fn clear(&mut self) {
        self.counts.clear();
        self.returned = 0;
        self.for_others = 0;
        self.emergency = false;
        self.person = None;
        self.number = None;
        self.typing = false;
    }
}

/// Effects to read what the screen shows.
pub fn load() -> Vec<Effect> {
    vec![Effect::LoadCounter]
}

/// The keys that work on the Counter screen now.
pub fn scopes(view: &CounterView) -> Vec<Scope> {
    if view.reversal.is_some() {
        return vec![Scope::CounterReversal];
    }
    if view.asking.is_some() {
        return vec![Scope::CounterAsk];
    }
    if view.search.is_some() {
        return vec![Scope::CounterPerson];
    }
    let mut scopes = vec![Scope::Counter];
    if view.has_draft() {
        scopes.insert(0, Scope::CounterDraft);
    }
    scopes
}

/// A number key, a count key (`r`, `t`) or an item key: the count it sets.
fn counted(view: &mut CounterView, current: u32) -> u32 {
    view.typing = false;
    match view.number {
        Some(n) => n,
        None => current.saturating_add(1),
    }
}

/// A key on the Counter screen.
pub fn on_key(view: &mut CounterView, ctx: &crate::desk::ctx::Ctx, key: &Pressed) -> Vec<Effect> {
    if view.reversal.is_some() {
        return reversal::on_key(view, ctx.now.date(), key);
    }
    if view.asking.is_some() {
        return on_asking_key(view, key);
    }
    if view.search.is_some() {
        return on_search_key(view, key);
    }
    match key.action {
        Some(Action::PickNth(d)) => {
            let d = u32::try_from(d).unwrap_or(0);
            let n = match (view.typing, view.number) {
                (true, Some(n)) => n.saturating_mul(10).saturating_add(d).min(99_999),
                _ => d,
            };
            view.number = Some(n);
            view.typing = true;
        }
        Some(Action::CounterReturned) => view.returned = counted(view, view.returned),
        Some(Action::CounterOthers) => view.for_others = counted(view, view.for_others),
        Some(Action::Increase | Action::Decrease) => {
            if let Some(code) = view.items.get(view.selected).map(|i| i.code.clone()) {
                let n = view.count(&code);
                let n = if key.action == Some(Action::Increase) {
                    n.saturating_add(1)
                } else {
                    n.saturating_sub(1)
                };
                view.set(&code, n);
            }
        }
        Some(Action::Up) => view.selected = view.selected.saturating_sub(1),
        Some(Action::Down) => {
            view.selected = (view.selected + 1).min(view.items.len().saturating_sub(1))
        }
        Some(Action::Emergency) => view.emergency = !view.emergency,
        Some(Action::Erase) => {
            view.number = None;
            view.typing = false;
        }
        Some(Action::ForPerson) => match view.person {
            Some(_) => view.person = None,
            None => view.search = Some(Search::default()),
        },
        Some(Action::Confirm) => return save(view, false),
        Some(Action::Close) => {
            view.clear();
            view.status = None;
        }
        Some(Action::Undo) => view.asking = Some(Asking::Undo),
        Some(Action::Report) => view.reversal = Some(ReversalForm::default()),
        Some(_) => {}
        None => {
            // An item's own key (the list is the centre's: its keys are data, not the keymap's).
            if let crossterm::event::KeyCode::Char(c) = key.code
                && !key.pasted
            {
                let c = c.to_lowercase().next().unwrap_or(c);
                if let Some(at) = view.items.iter().position(|i| i.key == Some(c)) {
                    let code = view.items[at].code.clone();
                    let n = counted(view, view.count(&code));
                    view.set(&code, n);
                    view.selected = at;
                }
            }
        }
    }
    Vec::new()
}

/// Enter: the exchange as entered, or the question a large count asks first.
fn save(view: &mut CounterView, confirmed: bool) -> Vec<Effect> {
    if view.counts.is_empty() && view.returned == 0 {
        view.status = Some(Status::Said(Msg::new("counter-error-nothing")));
        return Vec::new();
    }
    if !confirmed {
        let big = view
            .counts
            .iter()
            .find(|(_, n)| *n > CONFIRM_ABOVE)
            .cloned()
            .or_else(|| {
                [view.returned, view.for_others]
                    .into_iter()
                    .find(|n| *n > CONFIRM_ABOVE)
                    .map(|n| ("-".to_string(), n))
            });
        if let Some((item, count)) = big {
            view.asking = Some(Asking::Confirm { item, count });
            return Vec::new();
        }
    }
    let g = Giving {
        lines: view.counts.clone(),
        person_id: view.person.as_ref().map(|p| p.0),
        returned: view.returned,
        for_others: view.for_others,
        emergency: view.emergency,
        session_id: None,
        confirmed,
    };
    vec![Effect::Give(Box::new(g))]
}

fn on_asking_key(view: &mut CounterView, key: &Pressed) -> Vec<Effect> {
    match (key.action, view.asking.take()) {
        (Some(Action::Confirm), Some(Asking::Undo)) => vec![Effect::UndoExchange],
        (Some(Action::Confirm), Some(Asking::Confirm { .. })) => save(view, true),
        (Some(Action::Close), _) => Vec::new(),
        (_, asking) => {
            view.asking = asking;
            Vec::new()
        }
    }
}

fn on_search_key(view: &mut CounterView, key: &Pressed) -> Vec<Effect> {
    let Some(search) = view.search.as_mut() else {
        return Vec::new();
    };
    match key.action {
        Some(Action::Close) => view.search = None,
        Some(Action::Up) => search.at = search.at.saturating_sub(1),
        Some(Action::Down) => search.at = (search.at + 1).min(search.found.len().saturating_sub(1)),
        Some(Action::Confirm) => {
            if let Some(p) = search.found.get(search.at) {
                let name = p.name_with_alias().unwrap_or_default();
                view.person = Some((p.id, p.code.clone(), name));
                view.search = None;
            }
        }
        _ => {
            let before = search.text.text().to_string();
            search.text.handle(key);
            let text = search.text.text().trim().to_string();
            if text != before.trim() {
                if text.chars().count() >= 2 {
                    return vec![Effect::CounterFind(text)];
                }
                search.found.clear();
                search.at = 0;
            }
        }
    }
    Vec::new()
}

/// What the runner reports back about the counter.
pub fn on_msg(view: &mut CounterView, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::Loaded {
            items,
            totals,
            naloxone,
        } => {
            // An item removed meanwhile leaves the exchange being entered (the refusal said so).
            view.counts
                .retain(|(c, _)| items.iter().any(|i| i.code == *c));
            view.items = items;
            view.totals = totals;
            view.naloxone = naloxone;
            view.selected = view.selected.min(view.items.len().saturating_sub(1));
        }
        Reply::Saved(x) => {
            view.clear();
            view.status = Some(Status::Saved(x));
            return load();
        }
        Reply::Refused { said, reload } => {
            if reload {
                view.status = Some(Status::ListChanged(said));
                return load();
            }
            view.status = Some(Status::Said(said));
        }
        Reply::Undone(x) => {
            view.status = Some(Status::Undone(x));
            return load();
        }
        Reply::Found { query, persons } => {
            if let Some(s) = view.search.as_mut()
                && s.text.text().trim() == query
            {
                s.found = persons;
                s.at = 0;
            }
        }
        Reply::Reported(Ok(said)) => {
            view.reversal = None;
            view.status = Some(Status::Said(said));
        }
        Reply::Reported(Err(said)) => {
            if let Some(f) = view.reversal.as_mut() {
                f.error = Some(said);
            }
        }
    }
    Vec::new()
}
