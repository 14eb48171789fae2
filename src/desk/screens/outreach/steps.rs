//! The steps of a contact after its first key: the age band of a tally, the material row,
//! the person met, the partner, the vaccination and care forms, taking back the last one.

use crossterm::event::KeyCode;

use super::forms::{self, VaccineForm, WordsForm};
use super::{OutreachView, contact, tally};
use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed};
use crate::desk::widgets::input::{Edit, TextInput};
use crate::domain::counter::CONFIRM_ABOVE;
use crate::domain::person::Draft;
use crate::i18n::Msg;
use crate::store::Person;
use crate::store::outreach::Met;

/// Longest count typed before an item's key (999 of one item at most in the street).
pub const MAX_COUNT_DIGITS: usize = 3;

/// Where the contact being entered is.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Step {
    #[default]
    None,
    /// A sex pressed: the band's key saves the tally.
    Band {
        sex: &'static str,
    },
    /// The material row: digits then an item's key, as at the counter: the number stays for
    /// the next items until another is typed (`typing`: the last key was a digit); `before` is
    /// what Esc goes back to.
    Material {
        count: String,
        typing: bool,
        before: Vec<(String, u32)>,
    },
    /// A count above the counter's limit: is it right? Enter keeps it, Esc goes back to the
    /// material row to correct it.
    LargeCount {
        item: String,
        count: u32,
        before: Vec<(String, u32)>,
    },
    /// Finding the person met by code or name, or registering them (Alt+N).
    Person {
        input: TextInput,
        found: Vec<Person>,
        selected: usize,
        error: Option<Msg>,
    },
    /// Choosing the partner the person was accompanied to.
    Partner {
        input: TextInput,
        selected: usize,
    },
    Vaccine(VaccineForm),
    Words(WordsForm),
    /// "Take back the contact chosen?" (its id).
    Reverse(i64),
}

impl Step {
    pub fn person() -> Step {
        Step::Person {
            input: TextInput::default(),
            found: Vec::new(),
            selected: 0,
            error: None,
        }
    }

    pub fn partner() -> Step {
        Step::Partner {
            input: TextInput::default(),
            selected: 0,
        }
    }
}

/// The partners matching what was typed.
pub fn partners<'a>(
    view: &'a OutreachView,
    typed: &str,
) -> Vec<&'a crate::store::partners::Partner> {
    crate::store::partners::matching(typed, &view.loaded.partners)
}

/// A key while a step is open.
pub fn on_key(view: &mut OutreachView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    let step = std::mem::take(&mut view.step);
    let (step, effects) = match step {
        Step::Band { sex } => match key.action {
            Some(Action::PickNth(i)) => (Step::None, tally(view, sex, i).into_iter().collect()),
            Some(Action::Close) => (Step::None, Vec::new()),
            _ => (Step::Band { sex }, Vec::new()),
        },
        Step::Material {
            count,
            typing,
            before,
        } => material(view, (count, typing), before, key),
        Step::LargeCount {
            item,
            count,
            before,
        } => match key.action {
            Some(Action::Confirm) => {
                view.next.confirmed = true;
                (Step::None, Vec::new())
            }
            Some(Action::Close) => (
                Step::Material {
                    count: String::new(),
                    typing: false,
                    before,
                },
                Vec::new(),
            ),
            _ => (
                Step::LargeCount {
                    item,
                    count,
                    before,
                },
                Vec::new(),
            ),
        },
        Step::Person {
            input,
            found,
            selected,
            error,
        } => person(view, ctx, (input, found, selected, error), key),
        Step::Partner { input, selected } => partner(view, input, selected, key),
        Step::Vaccine(form) => (forms::on_vaccine_key(view, form, key), Vec::new()),
        Step::Words(form) => (forms::on_words_key(view, form, key), Vec::new()),
        Step::Reverse(contact) => match (key.action, view.session_id) {
            (Some(Action::Confirm), Some(session)) => (
                Step::Reverse(contact),
                vec![Effect::ReverseOutreach { session, contact }],
            ),
            (Some(Action::Close), _) => (Step::None, Vec::new()),
            _ => (Step::Reverse(contact), Vec::new()),
        },
        Step::None => (Step::None, Vec::new()),
    };
    view.step = step;
    effects
}

fn material(
    view: &mut OutreachView,
    (mut count, mut typing): (String, bool),
    before: Vec<(String, u32)>,
    key: &Pressed,
) -> (Step, Vec<Effect>) {
    match key.action {
        Some(Action::Confirm) => {
            let large = view
                .next
                .given
                .iter()
                .find(|(_, n)| *n > CONFIRM_ABOVE)
                .cloned();
            return match large {
                Some((item, count)) if !view.next.confirmed => (
                    Step::LargeCount {
                        item,
                        count,
                        before,
                    },
                    Vec::new(),
                ),
                _ => (Step::None, Vec::new()),
            };
        }
        Some(Action::Close) => {
            view.next.given = before;
            return (Step::None, Vec::new());
        }
        // A digit of the number being typed, else the last item.
        Some(Action::Remove) => {
            if typing && count.pop().is_some() {
                typing = !count.is_empty();
            } else {
                view.next.given.pop();
                count.clear();
            }
        }
        _ => {}
    }
    if let (KeyCode::Char(c), None, false) = (key.code, key.action, key.pasted) {
        if c.is_ascii_digit() {
            if !typing {
                count.clear();
            }
            if count.len() < MAX_COUNT_DIGITS && !(count.is_empty() && c == '0') {
                count.push(c);
            }
            typing = !count.is_empty();
        } else if let Some(item) = view.loaded.items.iter().find(|i| i.key == c) {
            typing = false;
            let number: Option<u32> = count.parse().ok();
            let given = &mut view.next.given;
            match given.iter_mut().find(|(code, _)| *code == item.code) {
                // A number sets the count; the key alone adds one.
                Some((_, had)) => *had = number.unwrap_or(had.saturating_add(1)),
                None => given.push((item.code.clone(), number.unwrap_or(1))),
            }
        }
    }
    (
        Step::Material {
            count,
            typing,
            before,
        },
        Vec::new(),
    )
}

type PersonStep = (TextInput, Vec<Person>, usize, Option<Msg>);

fn person(
    view: &mut OutreachView,
    ctx: &Ctx,
    (mut input, found, mut selected, _): PersonStep,
    key: &Pressed,
) -> (Step, Vec<Effect>) {
    let keep = |input, found, selected, error| Step::Person {
        input,
        found,
        selected,
        error,
    };
    match key.action {
        Some(Action::Close) => return (Step::None, Vec::new()),
        Some(Action::Up) => selected = selected.saturating_sub(1),
        Some(Action::Down) => selected = (selected + 1).min(found.len().saturating_sub(1)),
        Some(Action::Confirm) => {
            return match found.get(selected) {
                Some(p) => {
                    let effects = contact(view, Met::Person(p.id)).into_iter().collect();
                    (keep(input, found, selected, None), effects)
                }
                None => {
                    let error = Some(Msg::new("outreach-person-none"));
                    (keep(input, found, selected, error), Vec::new())
                }
            };
        }
        // Nothing is required: what was typed becomes the given name, or nothing.
        Some(Action::NewPerson) => {
            let draft = Draft {
                given_name: input.text().trim().to_string(),
                ..Draft::default()
            };
            return match draft.check(ctx.now.date()) {
                Ok(fields) => {
                    let met = Met::NewPerson(Box::new(fields));
                    let effects = contact(view, met).into_iter().collect();
                    (keep(input, found, selected, None), effects)
                }
                Err(_) => {
                    let error = Some(Msg::new("outreach-person-name-refused"));
                    (keep(input, found, selected, error), Vec::new())
                }
            };
        }
        _ => {}
    }
    if key.action.is_none() && input.handle(key) == Edit::Changed {
        let text = input.text().to_string();
        let effects = if text.trim().chars().count() >= 2 {
            vec![Effect::FindForOutreach(text)]
        } else {
            Vec::new()
        };
        let found = if effects.is_empty() {
            Vec::new()
        } else {
            found
        };
        return (keep(input, found, 0, None), effects);
    }
    (keep(input, found, selected, None), Vec::new())
}

fn partner(
    view: &mut OutreachView,
    mut input: TextInput,
    mut selected: usize,
    key: &Pressed,
) -> (Step, Vec<Effect>) {
    let shown = partners(view, input.text()).len();
    match key.action {
        Some(Action::Close) => return (Step::None, Vec::new()),
        Some(Action::Up) => selected = selected.saturating_sub(1),
        Some(Action::Down) => selected = (selected + 1).min(shown.saturating_sub(1)),
        Some(Action::Confirm) => {
            let chosen = partners(view, input.text())
                .get(selected)
                .map(|p| (p.id, p.name.clone()));
            if let Some(p) = chosen {
                view.next.partner = Some(p);
                return (Step::None, Vec::new());
            }
        }
        _ => {
            if input.handle(key) == Edit::Changed {
                selected = 0;
            }
        }
    }
    (Step::Partner { input, selected }, Vec::new())
}
