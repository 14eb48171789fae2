//! The 19 communes of the Brussels-Capital Region, French and Dutch names, postcodes
//! (DOMAIN.md). The competent CPAS/OCMW is the one of the commune.

/// A Brussels commune.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Commune {
    /// Stable key stored in the database (the main postcode).
    pub key: &'static str,
    pub fr: &'static str,
    pub nl: &'static str,
    pub postcodes: &'static [&'static str],
}

/// Every commune, in alphabetical order of the French name.
pub const COMMUNES: [Commune; 19] = [
    Commune {
        key: "1070",
        fr: "Anderlecht",
        nl: "Anderlecht",
        postcodes: &["1070"],
    },
    Commune {
        key: "1160",
        fr: "Auderghem",
        nl: "Oudergem",
        postcodes: &["1160"],
    },
    Commune {
        key: "1082",
        fr: "Berchem-Sainte-Agathe",
        nl: "Sint-Agatha-Berchem",
        postcodes: &["1082"],
    },
    Commune {
        key: "1000",
        fr: "Bruxelles",
        nl: "Brussel",
        postcodes: &["1000", "1020", "1120", "1130"],
    },
    Commune {
        key: "1040",
        fr: "Etterbeek",
        nl: "Etterbeek",
        postcodes: &["1040"],
    },
    Commune {
        key: "1140",
        fr: "Evere",
        nl: "Evere",
        postcodes: &["1140"],
    },
    Commune {
        key: "1190",
        fr: "Forest",
        nl: "Vorst",
        postcodes: &["1190"],
    },
    Commune {
        key: "1083",
        fr: "Ganshoren",
        nl: "Ganshoren",
        postcodes: &["1083"],
    },
    Commune {
        key: "1050",
        fr: "Ixelles",
        nl: "Elsene",
        postcodes: &["1050"],
    },
    Commune {
        key: "1090",
        fr: "Jette",
        nl: "Jette",
        postcodes: &["1090"],
    },
    Commune {
        key: "1081",
        fr: "Koekelberg",
        nl: "Koekelberg",
        postcodes: &["1081"],
    },
    Commune {
        key: "1080",
        fr: "Molenbeek-Saint-Jean",
        nl: "Sint-Jans-Molenbeek",
        postcodes: &["1080"],
    },
    Commune {
        key: "1060",
        fr: "Saint-Gilles",
        nl: "Sint-Gillis",
        postcodes: &["1060"],
    },
    Commune {
        key: "1210",
        fr: "Saint-Josse-ten-Noode",
        nl: "Sint-Joost-ten-Node",
        postcodes: &["1210"],
    },
    Commune {
        key: "1030",
        fr: "Schaerbeek",
        nl: "Schaarbeek",
        postcodes: &["1030"],
    },
    Commune {
        key: "1180",
        fr: "Uccle",
        nl: "Ukkel",
        postcodes: &["1180"],
    },
    Commune {
        key: "1170",
        fr: "Watermael-Boitsfort",
        nl: "Watermaal-Bosvoorde",
        postcodes: &["1170"],
    },
    Commune {
        key: "1200",
        fr: "Woluwe-Saint-Lambert",
        nl: "Sint-Lambrechts-Woluwe",
        postcodes: &["1200"],
    },
    Commune {
        key: "1150",
        fr: "Woluwe-Saint-Pierre",
        nl: "Sint-Pieters-Woluwe",
        postcodes: &["1150"],
    },
];

fn folded(text: &str) -> String {
    deunicode::deunicode(text)
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// A commune from what was typed: a postcode, or its French or Dutch name (accents, case and
/// hyphens ignored; a unique beginning is enough: "schaer", "molen").
pub fn find(text: &str) -> Option<&'static Commune> {
    let t = text.trim();
    if let Some(c) = COMMUNES
        .iter()
        .find(|c| c.postcodes.contains(&t) || c.key == t)
    {
        return Some(c);
    }
    let f = folded(t);
    if f.len() < 3 {
        return None;
    }
    if let Some(c) = COMMUNES
        .iter()
        .find(|c| folded(c.fr) == f || folded(c.nl) == f)
    {
        return Some(c);
    }
    let mut starts = COMMUNES
        .iter()
        .filter(|c| folded(c.fr).starts_with(&f) || folded(c.nl).starts_with(&f));
    match (starts.next(), starts.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// Whether what was typed means "no fixed address" (the competent CPAS is then the one where
/// the person is when asking).
pub fn is_no_fixed_address(text: &str) -> bool {
    matches!(
        folded(text).as_str(),
        "nfa" | "sdf" | "dakloos" | "homeless" | "bezadresu" | "noaddress"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_postcode_name_or_unique_beginning() {
        assert_eq!(find("1030").unwrap().fr, "Schaerbeek");
        assert_eq!(find("1020").unwrap().fr, "Bruxelles", "Laeken is Brussels");
        assert_eq!(find("schaarbeek").unwrap().key, "1030");
        assert_eq!(find("Sint-Jans-Molenbeek").unwrap().key, "1080");
        assert_eq!(find("molen").unwrap().key, "1080");
        assert_eq!(find("elsene").unwrap().fr, "Ixelles");
        assert!(find("woluwe").is_none(), "two Woluwes: ambiguous");
        assert!(find("Antwerpen").is_none());
        assert!(find("10").is_none());
        assert_eq!(COMMUNES.len(), 19);
    }

    #[test]
    fn no_fixed_address_in_several_languages() {
        for t in ["nfa", "SDF", "dakloos", "bez adresu"] {
            assert!(is_no_fixed_address(t), "{t}");
        }
        assert!(!is_no_fixed_address("1000"));
    }
}
