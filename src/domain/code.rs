//! The person code: short, printable, read aloud without confusion (`K7F-3Q`).
//!
//! Its alphabet leaves out 0/O, 1/I/L so that a code copied by hand or heard over a counter
//! cannot be mistaken. Codes are drawn at random; the store retries on the rare collision.

/// Letters and digits a code may contain.
pub const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// Characters in a code, without the dash.
pub const LEN: usize = 5;

/// A code from five random draws (`next` returns any number; it is reduced to the alphabet).
pub fn from_draws(mut next: impl FnMut() -> usize) -> String {
    let mut out = String::with_capacity(LEN + 1);
    for i in 0..LEN {
        if i == 3 {
            out.push('-');
        }
        out.push(char::from(ALPHABET[next() % ALPHABET.len()]));
    }
    out
}

/// Reads something typed as a code (`k7f3q`, `K7F-3Q`, `k7f 3q`) into its canonical form,
/// if it can be one. Ambiguous letters are read as what they look like (O→0 is not in the
/// alphabet, so a code with O is no code).
pub fn normalise(text: &str) -> Option<String> {
    let compact: Vec<u8> = text
        .bytes()
        .filter(|b| !matches!(b, b'-' | b' '))
        .map(|b| b.to_ascii_uppercase())
        .collect();
    if compact.len() != LEN || !compact.iter().all(|b| ALPHABET.contains(b)) {
        return None;
    }
    let mut out = String::with_capacity(LEN + 1);
    for (i, b) in compact.iter().enumerate() {
        if i == 3 {
            out.push('-');
        }
        out.push(char::from(*b));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_only_unambiguous_characters() {
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..1000 {
            let code = from_draws(|| rng.usize(..));
            assert_eq!(code.len(), 6);
            assert_eq!(&code[3..4], "-");
            assert!(!code.contains(['0', 'O', '1', 'I', 'L']), "{code}");
        }
    }

    #[test]
    fn typed_codes_are_normalised() {
        assert_eq!(normalise("k7f3q").as_deref(), Some("K7F-3Q"));
        assert_eq!(normalise("K7F-3Q").as_deref(), Some("K7F-3Q"));
        assert_eq!(normalise("k7f 3q").as_deref(), Some("K7F-3Q"));
        assert_eq!(normalise("KOF3Q"), None, "O is never in a code");
        assert_eq!(normalise("mohamed"), None);
        assert_eq!(normalise("moh"), None);
    }
}
