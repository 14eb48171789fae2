//! What every screen reads and none writes.

use chrono::NaiveDateTime;

use crate::domain::roles::{Area, Role};
use crate::i18n::Lang;
use crate::store::queues::Service;

/// What the screens read: the clock, the interface language, who is logged in, the site's
/// services and the desk's settings. Only the router and the runner's replies change it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ctx {
    /// The partner directory (loaded when the Referrals screen or the composer opens).
    pub partners: Vec<crate::store::partners::Partner>,
    pub lang: Lang,
    /// Local time of the last tick, for the clock.
    pub now: NaiveDateTime,
    /// Services of the site, in order (loaded by the runner, refreshed when they change).
    pub services: Vec<Service>,
    /// Who is logged in (`None` before the first login).
    pub session: Option<Session>,
    /// Days before a card ends that its renewal is flagged (the desk's `renew_days`).
    pub renew_days: u64,
    /// Tickets are printed unless unticked: the desk has a ticket printer.
    pub print_tickets: bool,
    pub site_name: Option<String>,
    pub desk_name: Option<String>,
    /// The exchange with the other sites, when this register takes part in one.
    pub sync: Option<SyncLine>,
}

/// What the top bar says of the exchange with the other sites.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncLine {
    /// When the last exchange ended (`None`: none yet).
    pub at: Option<NaiveDateTime>,
    /// Files of other sites waiting unapplied.
    pub held: usize,
    /// Fields and doses for the coordinator to review.
    pub review: usize,
}

impl Ctx {
    /// Whether the person logged in may see or do this.
    pub fn can(&self, area: Area) -> bool {
        self.session.as_ref().is_some_and(|s| s.can(area))
    }
}

/// Who is logged in at the desk.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub staff_id: i64,
    pub name: String,
    pub role: Role,
    /// The language they chose last time, switched to at login.
    pub language: Option<crate::i18n::Lang>,
}

impl Session {
    pub fn can(&self, area: Area) -> bool {
        crate::domain::roles::can(self.role, area)
    }
}
