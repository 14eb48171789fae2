//! Everything the desk shows comes from this state; only `update` changes it.

use crate::desk::ctx::Ctx;
use chrono::NaiveDateTime;

use crate::desk::screens::intake::form::PersonForm;
use crate::desk::widgets::input::TextInput;
use crate::domain::queue::Priority;
use crate::i18n::{Lang, Msg};
use crate::store::Person;

/// The screens of the desk, one key each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Intake,
    Queues,
    Appointments,
    Coverage,
    Referrals,
    Admin,
}

impl Tab {
    /// Every screen, in tab order.
    pub const ALL: [Tab; 6] = [
        Tab::Intake,
        Tab::Queues,
        Tab::Appointments,
        Tab::Coverage,
        Tab::Referrals,
        Tab::Admin,
    ];

    /// Message id of the screen's name.
    pub fn title_id(self) -> &'static str {
        match self {
            Tab::Intake => "tab-intake",
            Tab::Queues => "tab-queues",
            Tab::Appointments => "tab-appointments",
            Tab::Coverage => "tab-coverage",
            Tab::Referrals => "tab-referrals",
            Tab::Admin => "tab-admin",
        }
    }
}

/// Border style actually used (the config's `auto` resolved against the terminal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BorderStyle {
    Unicode,
    Ascii,
}

/// A window over the screens; the last one of the stack gets the keys first.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Language {
        selected: usize,
    },
    /// "Same person?": merge `other` into `keep`, or remember they are different people.
    Merge {
        keep: Box<Person>,
        other: Box<Person>,
    },
    /// "Send to": put the person in a service's queue (a digit per service), or record the
    /// visit only. `visited` when the visit is already recorded (just registered).
    Route {
        person: Box<Person>,
        priority: Priority,
        visited: bool,
        /// An optional note for the ticket ("wound dressing", "needs an interpreter").
        note: TextInput,
        /// Whether keys go to the note (Tab) rather than choose a service.
        editing_note: bool,
        /// Print a ticket for the receipt printer when the number is drawn.
        ticket: bool,
    },
    /// "A form was left half-filled": take it back (Enter) or drop it (Esc).
    Draft {
        form: Box<crate::desk::drafts::DraftForm>,
        saved_at: String,
    },
}

/// The intake screen: the search line where a reception worker starts every encounter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Intake {
    pub search: TextInput,
    /// Best matches for the search line, best first (fetched by the runner).
    pub results: Vec<Person>,
    /// The query the results answer (results of an older query are dropped).
    pub results_for: String,
    /// Those of the results found by near match only (no word-by-word match).
    pub near: Vec<i64>,
    /// How many persons matched the search in all (the list shows the best of them).
    pub matched: usize,
    pub selected: usize,
    /// The person form, when registering or editing.
    pub form: Option<PersonForm>,
    /// Persons in the register, once the search index is loaded.
    pub registered: Option<usize>,
    /// What the last action did ("visit recorded for …"), until the next keystroke.
    pub status: Option<Msg>,
    /// A record marked with Alt+M, waiting for the record to keep.
    pub merge_from: Option<Person>,
    /// The last merge made at this desk, which Alt+U undoes.
    pub last_merge: Option<i64>,
    /// The booking form, when booking an appointment for the chosen person.
    pub booking: Option<crate::desk::screens::appointments::BookingForm>,
    /// Booked appointments of the person in the "send to" window.
    pub upcoming: Vec<crate::store::appointments::Appointment>,
    /// Coverage routes and free care of the person in the "send to" window (`None`: not loaded).
    pub route_coverage: Option<(
        Vec<crate::store::coverage::CoverageRow>,
        crate::store::coverage::CareAccess,
    )>,
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
    pub intake: Intake,
    pub queues: crate::desk::screens::queues::QueueView,
    pub admin: crate::desk::screens::admin::AdminView,
    pub appointments: crate::desk::screens::appointments::AppointmentsView,
    pub coverage: crate::desk::screens::coverage::CoverageView,
    pub partners: crate::desk::screens::referrals::PartnersView,
    /// The first start, the login or the lock, in front of the desk while it is up.
    pub gate: Option<crate::desk::gate::Gate>,
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
    pub quit: bool,
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
            },
            tab: Tab::Intake,
            overlays: Vec::new(),
            size,
            borders: BorderStyle::Unicode,
            notices: Vec::new(),
            intake: Intake::default(),
            queues: Default::default(),
            admin: Default::default(),
            appointments: Default::default(),
            coverage: Default::default(),
            partners: Default::default(),
            gate: None,
            idle_since: now,
            lock_after: None,
            draft_saved: None,
            own_bidi: true,
            eastern_digits: false,
            quit: false,
        }
    }

    /// A desk with `session` logged in (tests, benchmarks).
    pub fn logged_in(mut self, session: crate::desk::gate::Session) -> State {
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
        use crate::domain::roles::Area;
        let area = match tab {
            Tab::Intake => Area::Identity,
            Tab::Queues => Area::Queue,
            Tab::Appointments => Area::Appointments,
            Tab::Coverage => Area::CoverageStatus,
            Tab::Referrals => Area::ReferralReason,
            Tab::Admin => Area::ManageServices,
        };
        self.ctx.session.as_ref().is_some_and(|s| s.can(area))
    }

    /// Whether the person logged in may see an area.
    pub fn can(&self, area: crate::domain::roles::Area) -> bool {
        self.ctx.session.as_ref().is_some_and(|s| s.can(area))
    }

    /// Empties every screen (another member of staff takes over the desk).
    pub fn reset_screens(&mut self) {
        self.tab = Tab::Intake;
        self.overlays.clear();
        self.intake = Intake {
            registered: self.intake.registered,
            ..Intake::default()
        };
        self.queues = Default::default();
        self.admin = Default::default();
        self.appointments = Default::default();
        self.coverage = Default::default();
        self.partners = Default::default();
        self.draft_saved = None;
    }

    /// Whether the terminal is too small to lay the desk out.
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_SIZE.0 || self.size.1 < MIN_SIZE.1
    }
}
