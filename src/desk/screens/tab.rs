//! The screens of the desk, in the order of their keys (F3–F9).

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
}

impl Tab {
    /// Every screen, in tab order.
    pub const ALL: [Tab; 7] = [
        Tab::Intake,
        Tab::Queues,
        Tab::Appointments,
        Tab::Coverage,
        Tab::Referrals,
        Tab::Admin,
        Tab::Treatment,
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
        }
    }
}
