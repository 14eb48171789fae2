//! The TDI form: a treatment episode's items over the screen, each one a picker in the
//! worker's language or a short typed field, every one skippable (unknown), prefilled from
//! the person's record, saved in one transaction with Enter or Ctrl+S. Opened from the
//! person's page (and the dose screen) with [`load`], which reads the record first.

use chrono::NaiveDate;

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed};
use crate::desk::overlays::Overlay;
use crate::desk::state::State;
use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::TextInput;
use crate::desk::widgets::picker::{self, Choice};
use crate::domain::dates;
use crate::domain::roles::Area;
use crate::domain::tdi::{self, Due, ITEMS, Item, Items, Kind};
use crate::i18n::{Lang, Msg, tr_in};
use crate::store::Person;
use crate::store::tdi::{Episode, NewEpisode};

/// What the runner reports back to the form.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The person's record read: the form opens with it.
    Loaded(Box<Loaded>),
    /// The episode was opened.
    Saved(Box<Episode>),
    /// Refused: why, in words (the form stays as it was).
    Refused(Msg),
}

/// What the form opens with.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The record kept (a merged one's episodes go there).
    pub person: Person,
    /// The answers the record gives.
    pub prefill: Items,
    /// Why a new episode is proposed, if it is.
    pub due: Option<Due>,
    /// The person's earlier episodes.
    pub earlier: usize,
    /// No new episode is due: the form completes this one, the latest (its answers shown).
    pub completing: Option<(i64, NaiveDate)>,
}

/// The form's state.
#[derive(Debug, Clone, PartialEq)]
pub struct TdiForm {
    pub person: Person,
    pub due: Option<Due>,
    pub earlier: usize,
    /// The episode being completed (id), or `None` for a new one.
    pub completing: Option<i64>,
    pub focus: Focus<Item>,
    /// The text of each item, in [`ITEMS`]' order: a code, a year, the start date as typed.
    pub inputs: Vec<TextInput>,
    /// What was typed on a coded item since it got the focus.
    pub typed: String,
    pub error: Option<Msg>,
}

/// The effect that reads a person's record and opens the form (the dose screen uses it too).
pub fn load(person_id: i64) -> Effect {
    Effect::LoadTdi(person_id)
}

/// The form for a record read, starting `today` (dates as `lang` writes them).
pub fn open(loaded: Loaded, today: NaiveDate, lang: Lang) -> Overlay {
    let inputs = ITEMS
        .iter()
        .map(|item| match item.kind {
            Kind::Date => {
                let started = loaded.completing.map_or(today, |(_, day)| day);
                TextInput::with_text(&crate::desk::widgets::typed_date(
                    lang,
                    &started.to_string(),
                ))
            }
            _ => TextInput::with_text(loaded.prefill.get(item.key).unwrap_or("")),
        })
        .collect();
    Overlay::Tdi(Box::new(TdiForm {
        person: loaded.person,
        due: loaded.due,
        earlier: loaded.earlier,
        completing: loaded.completing.map(|(id, _)| id),
        focus: Focus::first(ITEMS),
        inputs,
        typed: String::new(),
        error: None,
    }))
}

/// The choices of a coded item, named in `lang` with their codes; `None` for a typed item.
pub fn choices(item: &Item, lang: Lang) -> Option<Vec<Choice>> {
    let Kind::Codes(codes) = item.kind else {
        return None;
    };
    Some(
        codes
            .iter()
            .map(|c| {
                let words = tr_in(lang, c.msg);
                let label = format!("{words} ({})", c.code);
                Choice::new(c.code, label)
            })
            .collect(),
    )
}

fn index(item: &Item) -> usize {
    ITEMS.iter().position(|i| i == item).unwrap_or(0)
}

impl TdiForm {
    /// The answers as they stand (what decides which items are asked).
    pub fn items(&self) -> Items {
        let mut items = Items::default();
        let start = NaiveDate::MAX;
        for (item, input) in ITEMS.iter().zip(&self.inputs) {
            if item.kind != Kind::Date {
                let _ = items.set(item.key, input.text(), start);
            }
        }
        items
    }

    /// Whether an item is asked now (the age at first injection only for who injected…).
    pub fn asked(&self, item: &Item) -> bool {
        self.items().applies(item)
    }

    /// The episode to open, or the item that is wrong and why. Items not asked go unknown.
    pub fn read(&self, today: NaiveDate, lang: Lang) -> Result<NewEpisode, (&'static Item, Msg)> {
        let answers = self.items();
        let mut started = None;
        let mut items = Vec::new();
        for (item, input) in ITEMS.iter().zip(&self.inputs) {
            let text = input.text().trim();
            if item.kind == Kind::Date {
                let day = dates::read_date(text, today)
                    .map_err(|e| (item, crate::i18n::words::date_error(e)))?;
                started = Some(day);
                continue;
            }
            let value = if answers.applies(item) { text } else { "" };
            if let Err(e) = tdi::check(item, value, started.unwrap_or(today)) {
                return Err((item, e.msg_named(tr_in(lang, item.msg))));
            }
            items.push((item.key.to_string(), value.to_string()));
        }
        Ok(NewEpisode { started, items })
    }
}

/// A key for the form; returns the effects and whether the form closes.
pub fn on_key(form: &mut TdiForm, ctx: &Ctx, key: &Pressed) -> (Vec<Effect>, bool) {
    let answers = form.items();
    let hidden = |i: Item| !answers.applies(&i);
    match key.action {
        Some(Action::Close) => return (Vec::new(), true),
        Some(action @ (Action::NextField | Action::PrevField)) => {
            form.focus.step(action == Action::NextField, hidden);
            form.typed.clear();
        }
        Some(Action::Confirm) => match form.read(ctx.now.date(), ctx.lang) {
            Ok(new) => {
                form.error = None;
                let effect = match form.completing {
                    Some(id) => Effect::CompleteTdi(id, Box::new(new)),
                    None => Effect::SaveTdi(form.person.id, Box::new(new)),
                };
                return (vec![effect], false);
            }
            Err((item, msg)) => {
                form.focus.set(*item);
                form.typed.clear();
                form.error = Some(msg);
            }
        },
        _ => {
            let item = form.focus.get();
            let at = index(&item);
            match choices(&item, ctx.lang) {
                Some(choices) => {
                    picker::handle(&mut form.inputs[at], &mut form.typed, &choices, key);
                }
                None => {
                    form.inputs[at].handle(key);
                }
            }
            form.error = None;
        }
    }
    (Vec::new(), false)
}

/// What the runner reports: the form opens, closes once saved, or says why not.
pub fn on_msg(state: &mut State, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::Loaded(loaded) if state.ctx.can(Area::Tdi) => {
            let today = state.ctx.now.date();
            state.overlays.push(open(*loaded, today, state.ctx.lang));
        }
        Reply::Loaded(_) => {}
        Reply::Saved(e) => {
            if matches!(state.overlays.last(), Some(Overlay::Tdi(f)) if f.person.id == e.person_id)
            {
                state.overlays.pop();
            }
            state.notices.push(
                Msg::new("tdi-form-saved")
                    .arg("id", e.id)
                    .arg("code", e.person_code.as_str()),
            );
        }
        Reply::Refused(msg) => {
            if let Some(Overlay::Tdi(form)) = state.overlays.last_mut() {
                form.error = Some(msg);
            } else {
                state.notices.push(msg);
            }
        }
    }
    Vec::new()
}
