//! The screens of the desk, in the order of their keys (F3–F8).

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
