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
}
