//! Writing a referral from a person's page (partner, reason, urgency, appointment, what the
//! person agrees to share, languages), its preview, and the print queue of the Referrals screen.

use crossterm::event::KeyCode;

use crate::desk::ctx::Ctx;
use crate::desk::effect::Effect;
use crate::desk::keymap::{Action, Pressed};
use crate::desk::screens::coverage::CoverageView;
use crate::desk::widgets::focus::Focus;
use crate::desk::widgets::input::{Edit, TextInput};
use crate::domain::roles::Area;
use crate::i18n::{I18n, Lang, Msg};
use crate::store::Person;
use crate::store::partners::Partner;
use crate::store::referrals::{DEFAULT_CONSENT, FIELDS, NewReferral};

/// What the runner reports back about the referral being written.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The printout of a referral being written, as lines.
    Preview(Vec<(String, bool)>),
    /// A referral was not recorded; the message says why.
    Refused(crate::i18n::Msg),
    /// A referral was recorded (and printed, or not: the notes say).
    Saved {
        referrals: Vec<crate::store::referrals::Referral>,
        notes: Vec<crate::i18n::Msg>,
    },
    /// The common reasons in each letter language.
    Reasons(Vec<(Lang, Vec<String>)>),
}

/// Common reasons offered with ↑↓ (ids in `letters/`, in the letter's language).
pub const COMMON_REASONS: usize = 8;

/// The common reasons in the languages letters are written in (French, Dutch).
pub fn common_reasons() -> Vec<(Lang, Vec<String>)> {
    [Lang::Fr, Lang::Nl]
        .into_iter()
        .map(|lang| {
            let words = I18n::letters(lang);
            let reasons = (1..=COMMON_REASONS)
                .map(|n| words.tr(&format!("reason-common-{n}")))
                .collect();
            (lang, reasons)
        })
        .collect()
}

/// The fields of the composer, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Partner,
    Reason,
    Urgent,
    Appointment,
    Consent,
    LetterLang,
    SlipLang,
}

pub const ORDER: [Field; 7] = [
    Field::Partner,
    Field::Reason,
    Field::Urgent,
    Field::Appointment,
    Field::Consent,
    Field::LetterLang,
    Field::SlipLang,
];

/// The referral being written.
#[derive(Debug, Clone, PartialEq)]
pub struct Composer {
    pub person: Person,
    pub focus: Focus<Field>,
    pub partner: TextInput,
    /// Which of the partners matching what was typed is chosen.
    pub pick: usize,
    pub reason: TextInput,
    /// The common reason last put in the field with ↑↓.
    pub common: Option<usize>,
    pub urgent: bool,
    pub appointment: TextInput,
    /// Ticked fields, in the order of [`FIELDS`].
    pub consent: [bool; 7],
    pub consent_at: usize,
    /// `None`: the partner's letter language.
    pub letter_lang: Option<Lang>,
    pub slip_lang: Lang,
    /// The printout as it will come out, once asked for.
    pub preview: Option<Vec<(String, bool)>>,
    pub scroll: u16,
    pub error: Option<Msg>,
    /// The common reasons offered with ↑↓, in each letter language (read by the runner when
    /// the composer opens, so no key builds a bundle).
    pub reasons: Vec<(Lang, Vec<String>)>,
}

impl Composer {
    pub fn new(person: &Person) -> Composer {
        let slip = person.language().unwrap_or(Lang::Fr);
        Composer {
            person: person.clone(),
            focus: Focus::first(&ORDER),
            partner: TextInput::default(),
            pick: 0,
            reason: TextInput::long(),
            common: None,
            reasons: Vec::new(),
            urgent: false,
            appointment: TextInput::default(),
            consent: FIELDS.map(|f| DEFAULT_CONSENT.contains(&f)),
            consent_at: 0,
            letter_lang: None,
            slip_lang: slip,
            preview: None,
            scroll: 0,
            error: None,
        }
    }

    pub fn field(&self) -> Field {
        self.focus.get()
    }

    /// Partners whose name holds every typed word (accents and case aside).
    pub fn matches<'a>(&self, partners: &'a [Partner]) -> Vec<&'a Partner> {
        crate::store::partners::matching(self.partner.text(), partners)
    }

    pub fn chosen<'a>(&self, partners: &'a [Partner]) -> Option<&'a Partner> {
        let m = self.matches(partners);
        m.get(self.pick.min(m.len().saturating_sub(1))).copied()
    }

    /// The letter's language: chosen, or the partner's.
    pub fn letter(&self, partners: &[Partner]) -> Lang {
        self.letter_lang.unwrap_or_else(|| {
            self.chosen(partners)
                .and_then(|p| Lang::parse(&p.letter_lang))
                .unwrap_or(Lang::Fr)
        })
    }

    fn request(&self, partners: &[Partner]) -> Result<NewReferral, Msg> {
        let partner = self
            .chosen(partners)
            .ok_or_else(|| Msg::new("composer-no-partner"))?;
        let appointment = self.appointment.text().trim();
        Ok(NewReferral {
            person: self.person.code.clone(),
            partner: partner.name.clone(),
            reason: self.reason.text().to_string(),
            urgent: self.urgent,
            appointment: (!appointment.is_empty()).then(|| appointment.to_string()),
            consent: Some(
                FIELDS
                    .iter()
                    .zip(self.consent)
                    .filter(|(_, on)| *on)
                    .map(|(f, _)| f.to_string())
                    .collect(),
            ),
            letter_lang: Some(self.letter(partners).code().to_string()),
            slip_lang: Some(self.slip_lang.code().to_string()),
        })
    }
}

/// Opens the composer for the person on the Coverage screen.
pub fn open(view: &mut CoverageView, ctx: &Ctx) -> Vec<Effect> {
    if !ctx.can(Area::ReferralReason) {
        view.status = Some(Msg::new("composer-not-for-role"));
        return Vec::new();
    }
    if let Some(p) = &view.person {
        view.composer = Some(Box::new(Composer::new(&p.person)));
        return vec![Effect::LoadPartners, Effect::LoadReasons];
    }
    Vec::new()
}

fn cycle<T: Copy + PartialEq>(all: &[T], now: T, forward: bool) -> T {
    let i = all.iter().position(|x| *x == now).unwrap_or(0);
    let n = all.len();
    all[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
}

/// A key while the composer (or its preview) is open.
pub fn on_key(view: &mut CoverageView, ctx: &Ctx, key: &Pressed) -> Vec<Effect> {
    let partners = &ctx.partners;
    let Some(c) = view.composer.as_deref_mut() else {
        return Vec::new();
    };
    if c.preview.is_some() {
        match key.action {
            Some(Action::Close) => c.preview = None,
            Some(Action::Up) => c.scroll = c.scroll.saturating_sub(1),
            Some(Action::Down) => c.scroll = c.scroll.saturating_add(1),
            Some(Action::Confirm) => {
                return match c.request(partners) {
                    Ok(r) => vec![Effect::SaveReferral(Box::new(r))],
                    Err(m) => {
                        c.error = Some(m);
                        Vec::new()
                    }
                };
            }
            _ => {}
        }
        return Vec::new();
    }
    let field = c.field();
    let action = key.action;
    c.error = None;
    match action {
        Some(Action::Close) => view.composer = None,
        Some(Action::NextField) => c.focus.step(true, |_| false),
        Some(Action::PrevField) => c.focus.step(false, |_| false),
        Some(Action::Confirm) => {
            return match c.request(partners) {
                Ok(r) => vec![Effect::PreviewReferral(Box::new(r))],
                Err(m) => {
                    c.error = Some(m);
                    Vec::new()
                }
            };
        }
        Some(a @ (Action::Up | Action::Down)) => {
            let forward = a == Action::Down;
            match field {
                Field::Partner => {
                    let n = c.matches(partners).len().max(1);
                    c.pick = if forward {
                        (c.pick + 1).min(n - 1)
                    } else {
                        c.pick.saturating_sub(1)
                    };
                }
                // Offered only over an empty field or another common reason: never over what the
                // worker typed.
                Field::Reason if c.reason.is_empty() || c.common.is_some() => {
                    let next = match (c.common, forward) {
                        (None, true) => 0,
                        (None, false) => COMMON_REASONS - 1,
                        (Some(i), true) => (i + 1) % COMMON_REASONS,
                        (Some(i), false) => (i + COMMON_REASONS - 1) % COMMON_REASONS,
                    };
                    let letter = c.letter(partners);
                    let Some(text) = c
                        .reasons
                        .iter()
                        .find(|(lang, _)| *lang == letter)
                        .and_then(|(_, reasons)| reasons.get(next))
                        .cloned()
                    else {
                        return Vec::new();
                    };
                    c.reason = TextInput::long();
                    for ch in text.chars() {
                        c.reason.insert(ch);
                    }
                    c.common = Some(next);
                }
                _ => {}
            }
        }
        _ => toggle_or_type(c, field, key),
    }
    Vec::new()
}

fn toggle_or_type(c: &mut Composer, field: Field, key: &Pressed) {
    // Pasted text is for the text fields only: it ticks and toggles nothing.
    let choice = !key.pasted;
    let space = choice && key.code == KeyCode::Char(' ');
    let (left, right) = (key.code == KeyCode::Left, key.code == KeyCode::Right);
    match field {
        Field::Partner => {
            let changed = c.partner.handle(key) == Edit::Changed;
            if changed {
                c.pick = 0;
                c.letter_lang = None;
            }
        }
        Field::Reason => {
            let changed = c.reason.handle(key) == Edit::Changed;
            if changed {
                c.common = None;
            }
        }
        Field::Appointment => {
            c.appointment.handle(key);
        }
        Field::Urgent if space || left || right => c.urgent = !c.urgent,
        Field::Consent if left => c.consent_at = c.consent_at.saturating_sub(1),
        Field::Consent if right => c.consent_at = (c.consent_at + 1).min(FIELDS.len() - 1),
        Field::Consent if space => c.consent[c.consent_at] = !c.consent[c.consent_at],
        Field::Consent => {
            // 1–7 tick a field directly.
            if let (true, KeyCode::Char(d @ '1'..='7')) = (choice, key.code) {
                let i = usize::from(d as u8 - b'1');
                c.consent[i] = !c.consent[i];
                c.consent_at = i;
            }
        }
        Field::LetterLang if space || left || right => {
            let now = c.letter_lang.unwrap_or(Lang::Fr);
            c.letter_lang = Some(if now == Lang::Fr { Lang::Nl } else { Lang::Fr });
        }
        Field::SlipLang if space || right => c.slip_lang = cycle(&Lang::ALL, c.slip_lang, true),
        Field::SlipLang if left => c.slip_lang = cycle(&Lang::ALL, c.slip_lang, false),
        _ => {}
    }
}

/// What became of the referral being written.
pub fn on_msg(view: &mut CoverageView, reply: Reply) {
    match reply {
        Reply::Reasons(reasons) => {
            if let Some(c) = view.composer.as_deref_mut() {
                c.reasons = reasons;
            }
        }
        Reply::Preview(lines) => {
            if let Some(c) = view.composer.as_deref_mut() {
                c.preview = Some(lines);
                c.scroll = 0;
            }
        }
        Reply::Refused(msg) => {
            if let Some(c) = view.composer.as_deref_mut() {
                c.preview = None;
                c.error = Some(msg);
            }
        }
        Reply::Saved { referrals, notes } => {
            view.composer = None;
            if let Some(p) = view.person.as_mut() {
                p.referrals = referrals;
            }
            view.notes = notes;
        }
    }
}
