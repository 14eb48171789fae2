//! The Treatment screen: today's dispensary list, and a person's dose screen where one key
//! confirms today's dose. Every write is the store's one transaction; the screen shows what
//! was recorded only once the runner says so, and then reads the chart again.

pub mod forms;
pub mod forms_view;
pub mod list_view;
pub mod view;

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed, Scope};
use crate::desk::widgets::input::TextInput;
use crate::domain::treatment::Outcome;
use crate::i18n::Msg;
use crate::store::Person;
use crate::store::queues::Entry;
use crate::store::treatment::{Chart, DoseAsk, Product};

pub use forms::{DecisionForm, PrescriptionForm};

/// The service whose tickets the list shows.
pub const DISPENSARY: &str = "D";

/// What the runner reports back to this screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Today's dispensary tickets, and who has a dose covering today (person id, outcome).
    List {
        entries: Vec<Entry>,
        dosed: Vec<(i64, String)>,
    },
    /// A person's chart as of today, with the products a prescription may name.
    Chart(Box<Open>),
    /// Something was recorded for the person (committed): what to say, and the delivery of
    /// the rows written (the labels of a take-home are printed from it).
    Recorded {
        person_id: i64,
        said: Msg,
        delivery: Option<i64>,
    },
    /// Refused by the store: its sentence; nothing was written.
    Refused { person_id: i64, said: Msg },
}

/// A person's dose screen as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Open {
    /// The person id the chart was asked for (a merged record's chart is its keeper's).
    pub asked: i64,
    pub person: Person,
    pub chart: Chart,
    pub products: Vec<Product>,
    /// A new TDI episode to propose (starting treatment, or back after six months), for a role
    /// that registers them; never opened without the nurse.
    pub tdi_due: Option<crate::domain::tdi::Due>,
}

/// A reason a dose is withheld, chosen from a short list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Intoxicated,
    Prescriber,
    Other,
}

impl Reason {
    pub const ALL: [Reason; 3] = [Reason::Intoxicated, Reason::Prescriber, Reason::Other];

    /// What is stored for the first two (the screen says them in each language); the third is
    /// the nurse's own words.
    pub fn code(self) -> &'static str {
        match self {
            Reason::Intoxicated => "intoxicated",
            Reason::Prescriber => "prescriber",
            Reason::Other => "other",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Reason::Intoxicated => "dispensary-reason-intoxicated",
            Reason::Prescriber => "dispensary-reason-prescriber",
            Reason::Other => "dispensary-reason-other",
        }
    }
}

/// A question the dose screen asks before it writes.
#[derive(Debug, Clone, PartialEq)]
pub enum Asking {
    /// For how many days the take-home is (a digit).
    TakeHomeDays,
    /// Why the dose is withheld; the words typed for "other".
    Withhold { at: usize, text: TextInput },
    /// Whether to take back the last thing recorded today.
    Reverse,
}

/// What the Treatment screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TreatmentView {
    pub entries: Vec<Entry>,
    pub dosed: Vec<(i64, String)>,
    pub selected: usize,
    /// The dose screen of a person, while open.
    pub open: Option<Open>,
    /// The person whose dose screen is being read (before the chart arrives, and for reloads).
    pub person_id: Option<i64>,
    pub asking: Option<Asking>,
    pub decision: Option<DecisionForm>,
    pub prescription: Option<PrescriptionForm>,
    /// What the last act did, or why not.
    pub status: Option<Msg>,
    /// The delivery of the last rows recorded here (a take-home's labels are printed from it).
    pub delivered: Option<i64>,
    /// Where the dose screen was opened from (Esc goes back there).
    pub from: Option<crate::desk::screens::Tab>,
}

/// Effects to read what the screen shows: the list, and the open chart.
pub fn load(view: &TreatmentView) -> Vec<Effect> {
    let mut effects = vec![Effect::LoadDispensary];
    if let Some(id) = view.person_id {
        effects.push(Effect::LoadChart(id));
    }
    effects
}

/// Opens a person's dose screen (from the queue, the person's page or the list).
pub fn open(view: &mut TreatmentView, person_id: i64) -> Vec<Effect> {
    if view.person_id != Some(person_id) {
        view.open = None;
    }
    view.person_id = Some(person_id);
    view.asking = None;
    view.decision = None;
    view.prescription = None;
    view.status = None;
    vec![Effect::LoadChart(person_id), Effect::Opened(person_id)]
}

/// The keys that work on the Treatment screen now.
pub fn scopes(view: &TreatmentView) -> Vec<Scope> {
    if view.decision.is_some() || view.prescription.is_some() {
        return vec![Scope::Form];
    }
    match &view.asking {
        Some(Asking::TakeHomeDays) => return vec![Scope::TakeHomeDays],
        Some(Asking::Withhold { .. }) => return vec![Scope::WithholdReason],
        Some(Asking::Reverse) => return vec![Scope::ReverseConfirm],
        None => {}
    }
    if view.person_id.is_some() {
        return vec![Scope::DoseChart];
    }
    let mut scopes = vec![Scope::Dispensary];
    if !view.entries.is_empty() {
        scopes.push(Scope::DispensaryRows);
    }
    scopes
}

/// A dose of today with this outcome, for the open person.
fn dose(view: &TreatmentView, ctx: &Ctx, outcome: Outcome, reason: Option<String>) -> Vec<Effect> {
    let Some(person_id) = view.person_id else {
        return Vec::new();
    };
    let ask = DoseAsk {
        day: ctx.now.date(),
        outcome,
        mg: None,
        reason,
    };
    vec![Effect::Dose(person_id, Box::new(ask))]
}

/// A key on the Treatment screen.
pub fn on_key(view: &mut TreatmentView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    if view.decision.is_some() || view.prescription.is_some() {
        return forms::on_key(view, ctx, key);
    }
    if view.asking.is_some() {
        return on_asking_key(view, ctx, key);
    }
    let Some(action) = key.action else {
        return Vec::new();
    };
    if view.person_id.is_none() {
        match action {
            Action::Up => view.selected = view.selected.saturating_sub(1),
            Action::Down => {
                view.selected = (view.selected + 1).min(view.entries.len().saturating_sub(1))
            }
            Action::Confirm => {
                if let Some(e) = view.entries.get(view.selected) {
                    let id = e.person_id;
                    return open(view, id);
                }
            }
            _ => {}
        }
        return Vec::new();
    }
    view.status = None;
    match action {
        Action::Confirm => return dose(view, ctx, Outcome::Given, None),
        // Why not is said at once when the chart already knows (nothing is written).
        Action::TakeHome => match view.open.as_ref().map(|o| &o.chart.take_homes) {
            Some(Err(why)) => view.status = Some(crate::i18n::Localised::msg(why)),
            _ => view.asking = Some(Asking::TakeHomeDays),
        },
        Action::Vomited => return dose(view, ctx, Outcome::Vomited, None),
        Action::RefuseDose => return dose(view, ctx, Outcome::Refused, None),
        Action::Withhold => {
            view.asking = Some(Asking::Withhold {
                at: 0,
                text: TextInput::default(),
            })
        }
        Action::Reverse => view.asking = Some(Asking::Reverse),
        Action::Decide => view.decision = Some(DecisionForm::new()),
        Action::Labels => {
            return view
                .delivered
                .map(Effect::PrintLabels)
                .into_iter()
                .collect();
        }
        Action::Prescribe => {
            let products = view.open.as_ref().map(|o| o.products.clone());
            view.prescription = Some(PrescriptionForm::new(
                ctx,
                &products.unwrap_or_default(),
                view.open.as_ref().and_then(|o| o.chart.current.as_ref()),
            ));
        }
        Action::Close => {
            view.person_id = None;
            view.open = None;
            return vec![Effect::LoadDispensary];
        }
        _ => {}
    }
    Vec::new()
}

fn on_asking_key(view: &mut TreatmentView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    let Some(asking) = view.asking.as_mut() else {
        return Vec::new();
    };
    if key.action == Some(Action::Close) {
        view.asking = None;
        return Vec::new();
    }
    match asking {
        Asking::TakeHomeDays => {
            if let Some(Action::PickNth(i)) = key.action {
                view.asking = None;
                let days = u32::try_from(i + 1).unwrap_or(1);
                return dose(view, ctx, Outcome::TakeHome(days), None);
            }
        }
        Asking::Withhold { at, text } => match key.action {
            Some(Action::Up) => *at = at.saturating_sub(1),
            Some(Action::Down) => *at = (*at + 1).min(Reason::ALL.len() - 1),
            Some(Action::Confirm) => {
                let reason = match Reason::ALL.get(*at) {
                    Some(Reason::Other) => crate::text::clean(text.text()),
                    Some(r) => r.code().to_string(),
                    None => String::new(),
                };
                if reason.is_empty() {
                    view.status = Some(Msg::new("dispensary-reason-needed"));
                    return Vec::new();
                }
                view.asking = None;
                return dose(view, ctx, Outcome::Withheld, Some(reason));
            }
            _ if Reason::ALL.get(*at) == Some(&Reason::Other) => {
                text.handle(key);
            }
            _ => {}
        },
        Asking::Reverse => {
            if key.action == Some(Action::Confirm) {
                view.asking = None;
                if let Some(id) = view.person_id {
                    return vec![Effect::ReverseDose(id)];
                }
            }
        }
    }
    Vec::new()
}

/// What the runner reports back about treatment.
pub fn on_msg(view: &mut TreatmentView, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::List { entries, dosed } => {
            let keep = view.entries.get(view.selected).map(|e| e.id);
            view.entries = entries;
            view.dosed = dosed;
            view.selected = keep
                .and_then(|id| view.entries.iter().position(|e| e.id == id))
                .unwrap_or(view.selected)
                .min(view.entries.len().saturating_sub(1));
        }
        // A chart read for someone no longer shown is dropped.
        Reply::Chart(open) if view.person_id == Some(open.asked) => view.open = Some(*open),
        Reply::Chart(_) => {}
        Reply::Recorded {
            person_id,
            said,
            delivery,
        } => {
            view.decision = None;
            view.prescription = None;
            view.status = Some(said);
            view.delivered = delivery;
            let mut effects = reload(view, person_id);
            // A take-home, committed: one label per day handed over, on the ticket printer.
            effects.extend(delivery.map(Effect::PrintLabels));
            return effects;
        }
        Reply::Refused { person_id, said } => {
            // A form keeps what was typed and says why; the screen says it otherwise.
            match (view.decision.as_mut(), view.prescription.as_mut()) {
                (Some(f), _) => f.error = Some(said),
                (_, Some(f)) => f.error = Some(said),
                _ => view.status = Some(said),
            }
            // Another desk may have just written the dose: show what is recorded.
            return reload(view, person_id);
        }
    }
    Vec::new()
}

fn reload(view: &TreatmentView, person_id: i64) -> Vec<Effect> {
    let mut effects = vec![Effect::LoadDispensary];
    if view.person_id == Some(person_id) {
        effects.push(Effect::LoadChart(person_id));
    }
    effects
}

/// How a dispensary ticket's person is marked when a dose covers today: the outcome's word.
pub fn dosed_outcome(dosed: &[(i64, String)], person_id: i64) -> Option<&str> {
    dosed
        .iter()
        .find(|(id, _)| *id == person_id)
        .map(|(_, o)| o.as_str())
}
