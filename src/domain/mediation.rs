//! Intercultural mediation: which language a person needs a mediator in, and whose list a
//! need belongs on.

/// The language the mark moves to when the worker presses the key again: the person's first
/// language when nothing is marked, then each of their other languages in turn, then no
/// mediator at all (`None`), then the first again. A mark in a language the record no longer
/// lists starts over at the first.
pub fn next_need(languages: &[String], current: Option<&str>) -> Option<String> {
    let at = current.and_then(|c| languages.iter().position(|l| l == c));
    match (current, at) {
        (Some(_), Some(i)) => languages.get(i + 1).cloned(),
        _ => languages.first().cloned(),
    }
}

/// Whether a need in `language` is on the list of a mediator who speaks `speaks`. A mediator
/// whose languages nobody has written down sees every need rather than none.
pub fn on_list_of(language: &str, speaks: &[String]) -> bool {
    speaks.is_empty() || speaks.iter().any(|s| s.eq_ignore_ascii_case(language))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(codes: &[&str]) -> Vec<String> {
        codes.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn the_key_walks_the_persons_languages_then_none() {
        let l = langs(&["ar", "fr"]);
        assert_eq!(next_need(&l, None).as_deref(), Some("ar"));
        assert_eq!(next_need(&l, Some("ar")).as_deref(), Some("fr"));
        assert_eq!(next_need(&l, Some("fr")), None);
        assert_eq!(next_need(&l, Some("so")).as_deref(), Some("ar"));
        assert_eq!(next_need(&[], None), None);
    }

    #[test]
    fn a_mediator_sees_the_needs_in_their_languages() {
        assert!(on_list_of("ti", &langs(&["ar", "ti"])));
        assert!(!on_list_of("pl", &langs(&["ar", "ti"])));
        assert!(on_list_of("pl", &[]));
    }
}
