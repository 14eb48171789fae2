//! The screens of the desk, in the order of their keys (F3–F9, F11).

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
}

impl Tab {
    /// Every screen, in tab order.
    pub const ALL: [Tab; 8] = [
        Tab::Intake,
        Tab::Queues,
        Tab::Appointments,
        Tab::Coverage,
        Tab::Referrals,
        Tab::Admin,
        Tab::Treatment,
        Tab::Counter,
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
        }
    }

    /// The function key that opens the screen (F10 quits, so the counter is F11).
    pub fn function_key(self) -> u8 {
        match self {
            Tab::Intake => 3,
            Tab::Queues => 4,
            Tab::Appointments => 5,
            Tab::Coverage => 6,
            Tab::Referrals => 7,
            Tab::Admin => 8,
            Tab::Treatment => 9,
            Tab::Counter => 11,
        }
    }
}
