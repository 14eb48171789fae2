//! The harm-reduction counter: items given as `ITEM=N`, and the exchange balance. Pure.

/// A count at the counter beyond which the desk asks to confirm (10,000 syringes is a slip).
pub const CONFIRM_ABOVE: u32 = 500;

/// Why a typed `ITEM=N` was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GivenError {
    /// Not `ITEM=N`.
    Form(String),
    /// A count of zero, negative or not a number.
    Count(String),
    /// The same item twice.
    Twice(String),
}

/// Reads `ITEM=N` words (`syringe-1ml=10 needle=10`, also `syringe-1ml:10`); the item is
/// lowercased, the count a whole number from 1.
pub fn read_given<'a>(
    words: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<(String, u32)>, GivenError> {
    let mut out: Vec<(String, u32)> = Vec::new();
    for word in words {
        let word = word.trim();
        if word.is_empty() {
            continue;
        }
        let Some((item, count)) = word.split_once(['=', ':']) else {
            return Err(GivenError::Form(word.to_string()));
        };
        let item = item.trim().to_lowercase();
        if item.is_empty() {
            return Err(GivenError::Form(word.to_string()));
        }
        let count = count
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| GivenError::Count(word.to_string()))?;
        if out.iter().any(|(i, _)| *i == item) {
            return Err(GivenError::Twice(item));
        }
        out.push((item, count));
    }
    Ok(out)
}

/// The exchange balance of sterile injection material: used items brought back minus the
/// exchange items given (negative: more given than returned). Shown, never blocking.
pub fn balance(given_exchange_items: u32, returned: u32) -> i64 {
    i64::from(returned) - i64::from(given_exchange_items)
}

/// Keys of the counter screen that no item may take: digits are counts, `r` the used material
/// returned, `t` "for N other people" (secondary distribution), `+`/`-` the selected line.
pub const RESERVED_KEYS: &[char] = &['r', 't', '+', '-', ' '];

/// The kinds of material on the list.
pub const KINDS: &[&str] = &[
    "injection",
    "smoking",
    "sniffing",
    "sex",
    "naloxone",
    "test",
    "disposal",
    "care",
    "other",
];

/// Why an item's code or key was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemError {
    /// A code is lowercase letters, digits and dashes, 2 to 30 of them.
    Code(String),
    /// A key is one lowercase letter the screen does not keep for itself.
    Key(String),
    /// Not one of [`KINDS`].
    Kind(String),
}

/// An item's code as typed, checked.
pub fn item_code(typed: &str) -> Result<String, ItemError> {
    let code = typed.trim().to_lowercase();
    let ok = (2..=30).contains(&code.chars().count())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !code.starts_with('-');
    if ok {
        Ok(code)
    } else {
        Err(ItemError::Code(typed.to_string()))
    }
}

/// An item's key as typed, checked: one lowercase letter, not a key the screen keeps.
pub fn item_key(typed: &str) -> Result<char, ItemError> {
    let mut chars = typed.trim().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_alphabetic() && c.is_lowercase() && !RESERVED_KEYS.contains(&c) => {
            Ok(c)
        }
        _ => Err(ItemError::Key(typed.to_string())),
    }
}

/// An item's kind as typed, checked.
pub fn item_kind(typed: &str) -> Result<&'static str, ItemError> {
    let kind = typed.trim().to_lowercase();
    KINDS
        .iter()
        .copied()
        .find(|k| *k == kind)
        .ok_or_else(|| ItemError::Kind(typed.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_read_as_typed_and_bad_counts_refused() {
        assert_eq!(
            read_given(["syringe-1ml=10", " Needle:2 "]),
            Ok(vec![("syringe-1ml".into(), 10), ("needle".into(), 2)])
        );
        assert_eq!(
            read_given(["water=0"]),
            Err(GivenError::Count("water=0".into()))
        );
        assert_eq!(
            read_given(["water=-3"]),
            Err(GivenError::Count("water=-3".into()))
        );
        assert_eq!(read_given(["water"]), Err(GivenError::Form("water".into())));
        assert_eq!(read_given(["=3"]), Err(GivenError::Form("=3".into())));
        assert_eq!(
            read_given(["cup=1", "cup=2"]),
            Err(GivenError::Twice("cup".into()))
        );
        assert_eq!(balance(10, 8), -2);
    }

    #[test]
    fn codes_keys_and_kinds_are_checked() {
        assert_eq!(item_code(" Gloves-2 "), Ok("gloves-2".into()));
        assert!(item_code("x").is_err());
        assert!(item_code("two words").is_err());
        assert_eq!(item_key("u"), Ok('u'));
        assert!(item_key("r").is_err(), "r is the returned material");
        assert!(item_key("3").is_err());
        assert!(item_key("uv").is_err());
        assert_eq!(item_kind("Care"), Ok("care"));
        assert!(item_kind("food").is_err());
    }
}
