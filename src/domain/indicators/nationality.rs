//! Nationality groups for the reports: a person's nationality (the two-letter ISO code the
//! record keeps) in one of the groups funders ask about. Data, so a group can be corrected
//! without touching the reports: a code in no list is "other or unknown".

/// The groups, in the order a table lists them.
pub const GROUPS: [&str; 10] = [
    "belgium",
    "eu",
    "europe-other",
    "north-africa",
    "africa-other",
    "middle-east",
    "asia",
    "americas",
    "oceania",
    "unknown",
];

const EU: &[&str] = &[
    "AT", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
    "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];
const EUROPE_OTHER: &[&str] = &[
    "AL", "AD", "AM", "AZ", "BY", "BA", "GE", "IS", "XK", "LI", "MD", "MC", "ME", "MK", "NO", "RU",
    "SM", "RS", "CH", "UA", "GB", "VA",
];
const NORTH_AFRICA: &[&str] = &["DZ", "EG", "LY", "MA", "MR", "SD", "TN", "EH"];
const AFRICA_OTHER: &[&str] = &[
    "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CD", "CI", "DJ", "GQ", "ER",
    "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR", "MG", "MW", "ML", "MU", "MZ", "NA",
    "NE", "NG", "RW", "ST", "SN", "SC", "SL", "SO", "ZA", "SS", "TZ", "TG", "UG", "ZM", "ZW",
];
const MIDDLE_EAST: &[&str] = &[
    "AF", "BH", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE",
];
const ASIA: &[&str] = &[
    "BD", "BT", "BN", "KH", "CN", "IN", "ID", "JP", "KZ", "KG", "LA", "MY", "MV", "MN", "MM", "NP",
    "KP", "KR", "PK", "PH", "SG", "LK", "TW", "TJ", "TH", "TL", "TM", "UZ", "VN", "HK",
];
const AMERICAS: &[&str] = &[
    "AR", "BS", "BB", "BZ", "BO", "BR", "CA", "CL", "CO", "CR", "CU", "DM", "DO", "EC", "SV", "GD",
    "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR", "TT", "US",
    "UY", "VE",
];
const OCEANIA: &[&str] = &[
    "AU", "FJ", "KI", "MH", "FM", "NR", "NZ", "PW", "PG", "WS", "SB", "TO", "TV", "VU",
];

/// The group of a nationality as recorded (`MA`, ` ma `); "unknown" for none or no code.
pub fn group(nationality: Option<&str>) -> &'static str {
    let Some(code) = nationality.map(|n| n.trim().to_uppercase()) else {
        return "unknown";
    };
    let lists: [(&str, &[&str]); 8] = [
        ("eu", EU),
        ("europe-other", EUROPE_OTHER),
        ("north-africa", NORTH_AFRICA),
        ("africa-other", AFRICA_OTHER),
        ("middle-east", MIDDLE_EAST),
        ("asia", ASIA),
        ("americas", AMERICAS),
        ("oceania", OCEANIA),
    ];
    if code == "BE" {
        return "belgium";
    }
    lists
        .iter()
        .find(|(_, codes)| codes.contains(&code.as_str()))
        .map_or("unknown", |(g, _)| g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_in_one_group_at_most() {
        assert_eq!(group(Some("BE")), "belgium");
        assert_eq!(group(Some(" ma ")), "north-africa");
        assert_eq!(group(Some("ER")), "africa-other");
        assert_eq!(group(Some("SY")), "middle-east");
        assert_eq!(group(Some("PL")), "eu");
        assert_eq!(group(Some("Belge")), "unknown");
        assert_eq!(group(None), "unknown");
        let all = [
            EU,
            EUROPE_OTHER,
            NORTH_AFRICA,
            AFRICA_OTHER,
            MIDDLE_EAST,
            ASIA,
            AMERICAS,
            OCEANIA,
        ]
        .concat();
        let mut seen = std::collections::BTreeSet::new();
        for code in &all {
            assert!(seen.insert(code), "{code} twice");
        }
    }
}
