//! The screens of the desk, in the order of their keys (F3–F9, F11, then Alt+9).

/// The screens of the desk, one key each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Intake,
    Queues,
    Appointments,
    Coverage,
    Referrals,
    Admin,
    /// The dispensary: today's list and a person's dose screen.
    Treatment,
    /// The harm-reduction counter: material given and returned, naloxone.
    Counter,
    /// The mobile teams' session: one-key tallies, persons met, what was done.
    Outreach,
    /// The coordinator's indicators for funders and Sciensano.
    Reports,
}

impl Tab {
    /// Every screen, in tab order.
    pub const ALL: [Tab; 10] = [
        Tab::Intake,
        Tab::Queues,
        Tab::Appointments,
        Tab::Coverage,
        Tab::Referrals,
        Tab::Admin,
        Tab::Treatment,
        Tab::Counter,
        Tab::Outreach,
        Tab::Reports,
    ];

    /// What a role must be allowed to open the screen.
    pub fn area(self) -> crate::domain::roles::Area {
        use crate::domain::roles::Area;
        match self {
            Tab::Intake => Area::Identity,
            Tab::Queues => Area::Queue,
            Tab::Appointments => Area::Appointments,
            Tab::Coverage => Area::CoverageStatus,
            // The directory is for everyone; writing a referral asks more (ReferralReason).
            Tab::Referrals => Area::Partners,
            Tab::Admin => Area::ManageServices,
            Tab::Treatment => Area::Substance,
            Tab::Counter => Area::Counter,
            Tab::Outreach => Area::Outreach,
            Tab::Reports => Area::Reports,
        }
    }

    /// Message id of the screen's name.
    pub fn title_id(self) -> &'static str {
        match self {
            Tab::Intake => "tab-intake",
            Tab::Queues => "tab-queues",
            Tab::Appointments => "tab-appointments",
            Tab::Coverage => "tab-coverage",
            Tab::Referrals => "tab-referrals",
            Tab::Admin => "tab-admin",
            Tab::Treatment => "tab-treatment",
            Tab::Counter => "tab-counter",
            Tab::Outreach => "tab-outreach",
            Tab::Reports => "tab-reports",
        }
    }

    /// The key that opens the screen, as the tab line writes it (F10 quits, so the counter is
    /// F11; no function key is left for Outreach: Alt+9).
    pub fn key_label(self) -> &'static str {
        match self {
            Tab::Intake => "F3",
            Tab::Queues => "F4",
            Tab::Appointments => "F5",
            Tab::Coverage => "F6",
            Tab::Referrals => "F7",
            Tab::Admin => "F8",
            Tab::Treatment => "F9",
            Tab::Counter => "F11",
            Tab::Outreach => "Alt+9",
            Tab::Reports => "Alt+0",
        }
    }

    /// Whether the tab line shows the screen only to roles that open it (the others are shown
    /// to everyone, with a sentence for a role that may not open them).
    pub fn shown_only_to_its_roles(self) -> bool {
        matches!(
            self,
            Tab::Treatment | Tab::Counter | Tab::Outreach | Tab::Reports
        )
    }
}
