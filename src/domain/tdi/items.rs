//! Every item of the TDI 3.0 questionnaire as data, in the questionnaire's order (TDI.md).
//! The codes are the protocol's; where Belgium's numbering or a code is unverified, the fix is
//! an edit of this table, never of the logic.

use super::{Code, Item, Kind, When};

const fn c(code: &'static str, msg: &'static str) -> Code {
    Code {
        code,
        emcdda: code,
        msg,
    }
}

/// Type of centre.
pub const CENTRE_TYPE: &[Code] = &[
    c("1", "tdi-centre-1"),
    c("2", "tdi-centre-2"),
    c("3", "tdi-centre-3"),
    c("4", "tdi-centre-4"),
    c("5", "tdi-centre-5"),
    c("6", "tdi-centre-6"),
];

/// Treatment status: treated before (anywhere) or not.
pub const STATUS: &[Code] = &[c("1", "tdi-status-1"), c("2", "tdi-status-2")];

/// Source of referral.
pub const REFERRAL: &[Code] = &[
    c("1", "tdi-referral-1"),
    c("2", "tdi-referral-2"),
    c("3", "tdi-referral-3"),
    c("4", "tdi-referral-4"),
    c("5", "tdi-referral-5"),
    c("6", "tdi-referral-6"),
    c("7", "tdi-referral-7"),
];

/// Sex as TDI knows it; a third answer's code is unverified, so the desk's "other" and "not
/// said" stay unknown (99).
pub const SEX: &[Code] = &[c("1", "tdi-sex-1"), c("2", "tdi-sex-2")];

pub const LIVING_WITH: &[Code] = &[
    c("1", "tdi-living-with-1"),
    c("2", "tdi-living-with-2"),
    c("3", "tdi-living-with-3"),
    c("4", "tdi-living-with-4"),
    c("5", "tdi-living-with-5"),
    c("6", "tdi-living-with-6"),
    c("7", "tdi-living-with-7"),
];

pub const NO_YES: &[Code] = &[c("1", "tdi-no"), c("2", "tdi-yes")];

pub const LIVING_WHERE: &[Code] = &[
    c("1", "tdi-living-where-1"),
    c("2", "tdi-living-where-2"),
    c("3", "tdi-living-where-3"),
    c("4", "tdi-living-where-4"),
];

pub const LABOUR: &[Code] = &[
    c("1", "tdi-labour-1"),
    c("2", "tdi-labour-2"),
    c("3", "tdi-labour-3"),
    c("4", "tdi-labour-4"),
    c("5", "tdi-labour-5"),
    c("6", "tdi-labour-6"),
];

pub const EDUCATION: &[Code] = &[
    c("1", "tdi-education-1"),
    c("2", "tdi-education-2"),
    c("3", "tdi-education-3"),
    c("4", "tdi-education-4"),
];

/// The drugs, each group followed by its sub-codes; "misused" means outside a prescription.
/// `$extra` codes come first (the secondary drugs' "none").
macro_rules! drugs {
    ($name:ident, $($extra:expr),*) => {
        pub const $name: &[Code] = &[
            $($extra,)*
            c("1", "tdi-drug-1"),
            c("1.1", "tdi-drug-1-1"),
            c("1.2", "tdi-drug-1-2"),
            c("1.3", "tdi-drug-1-3"),
            c("1.4", "tdi-drug-1-4"),
            c("1.5", "tdi-drug-1-5"),
            c("2", "tdi-drug-2"),
            c("2.1", "tdi-drug-2-1"),
            c("2.2", "tdi-drug-2-2"),
            c("2.3", "tdi-drug-2-3"),
            c("3", "tdi-drug-3"),
            c("3.1", "tdi-drug-3-1"),
            c("3.2", "tdi-drug-3-2"),
            c("3.3", "tdi-drug-3-3"),
            c("3.4", "tdi-drug-3-4"),
            c("3.5", "tdi-drug-3-5"),
            c("4", "tdi-drug-4"),
            c("4.1", "tdi-drug-4-1"),
            c("4.2", "tdi-drug-4-2"),
            c("4.3", "tdi-drug-4-3"),
            c("4.4", "tdi-drug-4-4"),
            c("5", "tdi-drug-5"),
            c("5.1", "tdi-drug-5-1"),
            c("5.2", "tdi-drug-5-2"),
            c("5.3", "tdi-drug-5-3"),
            c("6", "tdi-drug-6"),
            c("7", "tdi-drug-7"),
            c("7.1", "tdi-drug-7-1"),
            c("7.2", "tdi-drug-7-2"),
            c("7.3", "tdi-drug-7-3"),
            c("8", "tdi-drug-8"),
            c("9", "tdi-drug-9"),
        ];
    };
}

drugs!(DRUGS,);
drugs!(SECONDARY_DRUGS, c("0", "tdi-drug-none"));

/// The secondary drugs' "no (further) secondary drug".
pub const NO_DRUG: &str = "0";

pub const ROUTE: &[Code] = &[
    c("1", "tdi-route-1"),
    c("2", "tdi-route-2"),
    c("3", "tdi-route-3"),
    c("4", "tdi-route-4"),
    c("5", "tdi-route-5"),
];

pub const FREQUENCY: &[Code] = &[
    c("1", "tdi-frequency-1"),
    c("2", "tdi-frequency-2"),
    c("3", "tdi-frequency-3"),
    c("4", "tdi-frequency-4"),
    c("5", "tdi-frequency-5"),
];

pub const POLYDRUG: &[Code] = &[c("1", "tdi-yes"), c("2", "tdi-no")];

/// Injecting and needle sharing: never, ever (when unknown), and when last.
pub const INJECTING: &[Code] = &[
    c("1", "tdi-inject-1"),
    c("2", "tdi-inject-2"),
    c("2.1", "tdi-inject-2-1"),
    c("2.2", "tdi-inject-2-2"),
    c("2.3", "tdi-inject-2-3"),
    c("3", "tdi-inject-3"),
];

/// HIV and HCV testing: never, ever (when unknown), and when last.
pub const TESTED: &[Code] = &[
    c("1", "tdi-test-1"),
    c("2", "tdi-test-2"),
    c("2.1", "tdi-test-2-1"),
    c("2.2", "tdi-test-2-2"),
    c("3", "tdi-test-3"),
];

pub const OST: &[Code] = &[
    c("1", "tdi-ost-1"),
    c("2", "tdi-ost-2"),
    c("3", "tdi-ost-3"),
];

/// The codes of injecting that mean the person has injected.
const INJECTED: &[&str] = &["2", "2.1", "2.2", "2.3"];

const fn item(key: &'static str, msg: &'static str, kind: Kind) -> Item {
    Item {
        key,
        msg,
        kind,
        when: When::Always,
    }
}

const fn only(mut it: Item, when: When) -> Item {
    it.when = when;
    it
}

/// The items in the questionnaire's order: what the sheet prints, the form asks, the
/// checklist counts.
pub const ITEMS: &[Item] = &[
    item(
        "centre_type",
        "tdi-item-centre-type",
        Kind::Codes(CENTRE_TYPE),
    ),
    item("started", "tdi-item-started", Kind::Date),
    item("status", "tdi-item-status", Kind::Codes(STATUS)),
    item("referral", "tdi-item-referral", Kind::Codes(REFERRAL)),
    item("niss", "tdi-item-niss", Kind::Niss),
    item("sex", "tdi-item-sex", Kind::Codes(SEX)),
    item("birth_year", "tdi-item-birth-year", Kind::Year),
    item(
        "living_with",
        "tdi-item-living-with",
        Kind::Codes(LIVING_WITH),
    ),
    item(
        "living_with_children",
        "tdi-item-living-with-children",
        Kind::Codes(NO_YES),
    ),
    item(
        "living_where",
        "tdi-item-living-where",
        Kind::Codes(LIVING_WHERE),
    ),
    item("nationality", "tdi-item-nationality", Kind::Country),
    item("labour", "tdi-item-labour", Kind::Codes(LABOUR)),
    item("education", "tdi-item-education", Kind::Codes(EDUCATION)),
    item("primary_drug", "tdi-item-primary-drug", Kind::Codes(DRUGS)),
    item("route", "tdi-item-route", Kind::Codes(ROUTE)),
    item("frequency", "tdi-item-frequency", Kind::Codes(FREQUENCY)),
    item("first_use_age", "tdi-item-first-use-age", Kind::Age),
    item(
        "secondary_drug_1",
        "tdi-item-secondary-drug-1",
        Kind::Codes(SECONDARY_DRUGS),
    ),
    only(
        item(
            "secondary_drug_2",
            "tdi-item-secondary-drug-2",
            Kind::Codes(SECONDARY_DRUGS),
        ),
        When::Named("secondary_drug_1"),
    ),
    only(
        item(
            "secondary_drug_3",
            "tdi-item-secondary-drug-3",
            Kind::Codes(SECONDARY_DRUGS),
        ),
        When::Named("secondary_drug_2"),
    ),
    only(
        item(
            "secondary_drug_4",
            "tdi-item-secondary-drug-4",
            Kind::Codes(SECONDARY_DRUGS),
        ),
        When::Named("secondary_drug_3"),
    ),
    item("polydrug", "tdi-item-polydrug", Kind::Codes(POLYDRUG)),
    item("injecting", "tdi-item-injecting", Kind::Codes(INJECTING)),
    only(
        item(
            "first_injection_age",
            "tdi-item-first-injection-age",
            Kind::Age,
        ),
        When::OneOf("injecting", INJECTED),
    ),
    only(
        item("sharing", "tdi-item-sharing", Kind::Codes(INJECTING)),
        When::OneOf("injecting", INJECTED),
    ),
    item("hiv_test", "tdi-item-hiv-test", Kind::Codes(TESTED)),
    item("hcv_test", "tdi-item-hcv-test", Kind::Codes(TESTED)),
    item("ost", "tdi-item-ost", Kind::Codes(OST)),
    only(
        item("ost_first_year", "tdi-item-ost-first-year", Kind::Year),
        When::OneOf("ost", &["2", "3"]),
    ),
    item("centre_unit", "tdi-item-centre-unit", Kind::Text),
];
