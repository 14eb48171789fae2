//! Who sees what: the one table of roles and areas of the desk. Every screen asks [`can`]
//! before showing an area; nothing else decides visibility.

/// What a member of staff does at the centre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Reception,
    Nurse,
    Social,
    Mediator,
    Coordinator,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Reception,
        Role::Nurse,
        Role::Social,
        Role::Mediator,
        Role::Coordinator,
    ];

    /// The name stored in the database and typed on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Role::Reception => "reception",
            Role::Nurse => "nurse",
            Role::Social => "social",
            Role::Mediator => "mediator",
            Role::Coordinator => "coordinator",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Message id of the role's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::Reception => "role-reception",
            Role::Nurse => "role-nurse",
            Role::Social => "role-social",
            Role::Mediator => "role-mediator",
            Role::Coordinator => "role-coordinator",
        }
    }
}

/// A part of a record or of the desk that not everyone may see or do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    /// Names, alias, birth date, languages, sex, commune, phone.
    Identity,
    /// The national (NISS) or BIS number.
    Niss,
    /// Coverage routes, their states, dates and deadlines; free dispensary access.
    CoverageStatus,
    /// Free-text notes and file references of coverage routes.
    CoverageNotes,
    /// Tickets, calling, the day's figures.
    Queue,
    Appointments,
    /// Clinical notes of the care record.
    Clinical,
    /// Substance use and substitution treatment.
    Substance,
    /// Why a person was referred to a partner (and writing referrals).
    ReferralReason,
    /// Treatment Demand Indicator records.
    Tdi,
    ManageStaff,
    ManageServices,
    /// Reading the partner directory (where people are sent): every role.
    Partners,
    ManagePartners,
    /// Reading and exporting the audit trail.
    Audit,
    /// How long queue data is kept, and the purge.
    Retention,
    /// Joining a consultation as its intercultural mediator.
    Mediation,
    /// The harm-reduction counter: material given and returned, naloxone kits, reversals.
    Counter,
    /// Editing the counter's item list.
    ManageCounter,
    /// The mobile teams: sessions, contacts met in the street (care, vaccinations), and a
    /// person's outreach contacts and vaccinations on their page.
    Outreach,
    /// The indicators for funders and Sciensano, with their true small counts.
    Reports,
}

use Area as A;

/// Areas each role may see, row by row. Reception never sees clinical or substance-use fields,
/// referral reasons or TDI data; only the coordinator manages staff, services and partners;
/// only a mediator joins a consultation as its mediator (everyone sees who waits for one).
/// Outreach is for the nurses (they vaccinate and give care in the street), the social
/// workers (the teams' accompaniments and referrals) and the coordinator (the funders'
/// figures); not reception, since a contact holds care and vaccinations.
const TABLE: &[(Role, &[Area])] = &[
    (
        Role::Reception,
        &[
            A::Identity,
            A::Niss,
            A::CoverageStatus,
            A::CoverageNotes,
            A::Queue,
            A::Appointments,
            A::Partners,
            A::Counter,
        ],
    ),
    (
        Role::Nurse,
        &[
            A::Identity,
            A::Niss,
            A::CoverageStatus,
            A::Queue,
            A::Appointments,
            A::Clinical,
            A::Substance,
            A::ReferralReason,
            A::Tdi,
            A::Partners,
            A::Counter,
            A::Outreach,
        ],
    ),
    (
        Role::Social,
        &[
            A::Identity,
            A::Niss,
            A::CoverageStatus,
            A::CoverageNotes,
            A::Queue,
            A::Appointments,
            A::ReferralReason,
            A::Partners,
            A::Outreach,
        ],
    ),
    (
        Role::Mediator,
        &[
            A::Identity,
            A::CoverageStatus,
            A::Queue,
            A::Appointments,
            A::Partners,
            A::Mediation,
        ],
    ),
    (
        Role::Coordinator,
        &[
            A::Identity,
            A::Niss,
            A::CoverageStatus,
            A::CoverageNotes,
            A::Queue,
            A::Appointments,
            A::Clinical,
            A::Substance,
            A::ReferralReason,
            A::Tdi,
            A::ManageStaff,
            A::ManageServices,
            A::Partners,
            A::ManagePartners,
            A::Audit,
            A::Retention,
            A::Counter,
            A::ManageCounter,
            A::Outreach,
            A::Reports,
        ],
    ),
];

/// Whether `role` may see (or, for the managing areas, do) `area`.
pub fn can(role: Role, area: Area) -> bool {
    TABLE
        .iter()
        .find(|(r, _)| *r == role)
        .is_some_and(|(_, areas)| areas.contains(&area))
}

/// [`can`] for whoever is logged in; nobody logged in sees nothing.
pub fn can_opt(role: Option<Role>, area: Area) -> bool {
    role.is_some_and(|r| can(r, area))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SENSITIVE: [Area; 4] = [A::Clinical, A::Substance, A::ReferralReason, A::Tdi];
    const MANAGING: [Area; 6] = [
        A::ManageCounter,
        A::ManageStaff,
        A::ManageServices,
        A::ManagePartners,
        A::Audit,
        A::Retention,
    ];

    #[test]
    fn reception_never_sees_clinical_substance_referral_or_tdi() {
        for area in SENSITIVE {
            assert!(!can(Role::Reception, area), "{area:?}");
        }
    }

    #[test]
    fn only_the_coordinator_manages() {
        for role in Role::ALL {
            for area in MANAGING {
                assert_eq!(
                    can(role, area),
                    role == Role::Coordinator,
                    "{role:?} {area:?}"
                );
            }
        }
    }

    #[test]
    fn the_whole_table() {
        // Role by role, the areas seen, in the order of `Area` (one letter per area).
        let areas = [
            A::Identity,
            A::Niss,
            A::CoverageStatus,
            A::CoverageNotes,
            A::Queue,
            A::Appointments,
            A::Clinical,
            A::Substance,
            A::ReferralReason,
            A::Tdi,
            A::ManageStaff,
            A::ManageServices,
            A::Partners,
            A::ManagePartners,
            A::Audit,
            A::Retention,
            A::Mediation,
            A::Counter,
            A::ManageCounter,
            A::Outreach,
        ];
        let row = |role| {
            areas
                .iter()
                .map(|a| if can(role, *a) { 'x' } else { '.' })
                .collect::<String>()
        };
        assert_eq!(row(Role::Reception), "xxxxxx......x....x..");
        assert_eq!(row(Role::Nurse), "xxx.xxxxxx..x....x.x");
        assert_eq!(row(Role::Social), "xxxxxx..x...x......x");
        assert_eq!(row(Role::Mediator), "x.x.xx......x...x...");
        assert_eq!(row(Role::Coordinator), "xxxxxxxxxxxxxxxx.xxx");
    }

    #[test]
    fn every_role_sees_who_is_in_front_of_them_and_the_queue() {
        for role in Role::ALL {
            assert!(can(role, A::Identity) && can(role, A::Queue), "{role:?}");
        }
    }

    #[test]
    fn codes_read_back() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        assert_eq!(Role::from_code(" Nurse "), Some(Role::Nurse));
        assert_eq!(Role::from_code("doctor"), None);
    }
}
