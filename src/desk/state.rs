//! Everything the desk shows comes from this state; only `update` changes it.

use crate::desk::ctx::Ctx;
pub use crate::desk::overlays::Overlay;
pub use crate::desk::screens::Tab;
use chrono::NaiveDateTime;

use crate::i18n::{Lang, Msg};

/// Border style actually used (the config's `auto` resolved against the terminal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BorderStyle {
    Unicode,
    Ascii,
}

/// The smallest terminal the desk lays itself out in.
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// The whole state of one desk.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// What every screen reads and none writes: the clock, the language, who is logged in,
    /// the services, the desk's settings.
    pub ctx: Ctx,
    pub tab: Tab,
    pub overlays: Vec<Overlay>,
    /// Terminal size in cells (width, height).
    pub size: (u16, u16),
    pub borders: BorderStyle,
    /// Messages shown one at a time above the hint bar, each until dismissed with Esc
    /// (for example a broken configuration file).
    pub notices: Vec<Msg>,
    pub intake: crate::desk::screens::intake::Intake,
    pub queues: crate::desk::screens::queues::QueueView,
    pub admin: crate::desk::screens::admin::AdminView,
    pub appointments: crate::desk::screens::appointments::AppointmentsView,
    pub coverage: crate::desk::screens::coverage::CoverageView,
    pub partners: crate::desk::screens::referrals::PartnersView,
    pub treatment: crate::desk::screens::treatment::TreatmentView,
    pub counter: crate::desk::screens::counter::CounterView,
    pub outreach: crate::desk::screens::outreach::OutreachView,
    pub reports: crate::desk::screens::reports::ReportsView,
    /// The first start, the login or the lock, in front of the desk while it is up.
    pub gate: Option<crate::desk::gate::form::Gate>,
    /// The last key pressed, for the idle lock.
    pub idle_since: NaiveDateTime,
    /// Idle time after which the desk locks itself (`None`: never).
    pub lock_after: Option<chrono::TimeDelta>,
    /// Whether the desk shapes and reorders right-to-left text itself (off when the terminal
    /// does it: `terminal_bidi = true` in desk.toml).
    pub own_bidi: bool,
    /// Numbers in Arabic-Indic digits in the Arabic interface (`arabic_digits = "eastern"`).
    pub eastern_digits: bool,
    /// The person form as last saved in the drafts (JSON), to save only changes.
    pub draft_saved: Option<String>,
    /// The screen a person's page was opened from (intake): Esc on the page goes back there.
    pub page_from: Option<Tab>,
    /// The language was asked on the command line (`--lang`, `SEUIL_LANG`): it stays for this
    /// run, whatever the person logging in chose last time.
    pub lang_asked: bool,
    pub quit: bool,
    /// The last key asked "quit and drop what is not saved?" (F10 again quits).
    pub quit_asked: bool,
}

impl State {
    /// A desk just opened on the intake screen.
    pub fn new(lang: Lang, now: NaiveDateTime, size: (u16, u16)) -> State {
        State {
            ctx: Ctx {
                partners: Vec::new(),
                lang,
                now,
                services: Vec::new(),
                session: None,
                renew_days: crate::domain::coverage::RENEW_DAYS,
                print_tickets: false,
                site_name: None,
                desk_name: None,
                sync: None,
            },
            tab: Tab::Intake,
            overlays: Vec::new(),
            size,
            borders: BorderStyle::Unicode,
            notices: Vec::new(),
            intake: Default::default(),
            queues: Default::default(),
            admin: Default::default(),
            appointments: Default::default(),
            coverage: Default::default(),
            partners: Default::default(),
            treatment: Default::default(),
            counter: Default::default(),
            outreach: Default::default(),
            reports: Default::default(),
            gate: None,
            idle_since: now,
            lock_after: None,
            draft_saved: None,
            own_bidi: true,
            eastern_digits: false,
            page_from: None,
            lang_asked: false,
            quit: false,
            quit_asked: false,
        }
    }

    /// A desk with `session` logged in (tests, benchmarks).
    pub fn logged_in(mut self, session: crate::desk::ctx::Session) -> State {
        self.ctx.session = Some(session);
        self
    }

    /// How the frame is put in display order for the interface language.
    pub fn bidi_pass(&self) -> crate::text::bidi::Pass {
        crate::text::bidi::Pass {
            rtl: self.ctx.lang.is_rtl(),
            eastern_digits: self.eastern_digits && self.ctx.lang == crate::i18n::Lang::Ar,
        }
    }

    /// Whether the person logged in may open a screen.
    pub fn role_allows(&self, tab: Tab) -> bool {
        self.ctx.can(tab.area())
    }

    /// Whether the person logged in may see an area.
    pub fn can(&self, area: crate::domain::roles::Area) -> bool {
        self.ctx.session.as_ref().is_some_and(|s| s.can(area))
    }

    /// Empties every screen (another member of staff takes over the desk).
    pub fn reset_screens(&mut self) {
        self.tab = Tab::Intake;
        self.overlays.clear();
        self.intake = crate::desk::screens::intake::Intake {
            registered: self.intake.registered,
            ..Default::default()
        };
        // The room is the desk's, not the worker's.
        self.queues = crate::desk::screens::queues::QueueView {
            room: self.queues.room.take(),
            ..Default::default()
        };
        self.page_from = None;
        self.admin = Default::default();
        self.appointments = Default::default();
        self.coverage = Default::default();
        self.partners = Default::default();
        self.treatment = Default::default();
        self.counter = Default::default();
        self.outreach = Default::default();
        self.draft_saved = None;
    }

    /// Whether the terminal is too small to lay the desk out.
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_SIZE.0 || self.size.1 < MIN_SIZE.1
    }
}
