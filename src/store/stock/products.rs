//! The products the centre dispenses: the built-in list, extended by the centre, and a
//! product's name in a language.

use std::collections::BTreeMap;

use super::{SResult, StockError};
use crate::i18n::I18n;
use crate::store::Store;
use crate::store::treatment::Product;

/// A product the centre adds to the list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewProduct {
    /// What commands take: lowercase letters, digits and `-` (`oxycodone-sr`).
    pub code: String,
    /// syrup, capsule, tablet or other.
    pub form: String,
    /// A syrup's usual strength.
    pub mg_per_ml: Option<f64>,
    /// Its name by language code (`fr`, `nl`, …).
    pub names: BTreeMap<String, String>,
}

pub const FORMS: [&str; 4] = ["syrup", "capsule", "tablet", "other"];

fn valid_code(code: &str) -> bool {
    (2..=40).contains(&code.len())
        && code.starts_with(|c: char| c.is_ascii_lowercase())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Store {
    /// Adds a product to the list, at its end. Refused for a code that is not one (letters,
    /// digits, `-`) or already on the list, an unknown form, a strength of 0 or less.
    pub fn add_product(&self, new: &NewProduct) -> SResult<Product> {
        let code = new.code.trim();
        if !valid_code(code) {
            return Err(StockError::BadCode(code.to_string()));
        }
        if !FORMS.contains(&new.form.as_str()) {
            return Err(StockError::BadForm(new.form.clone()));
        }
        if new.mg_per_ml.is_some_and(|s| !s.is_finite() || s <= 0.0) {
            return Err(StockError::BadStrength);
        }
        let names: BTreeMap<&str, &str> = new
            .names
            .iter()
            .map(|(l, n)| (l.as_str(), n.trim()))
            .filter(|(_, n)| !n.is_empty())
            .collect();
        let names = serde_json::to_string(&names).unwrap_or_else(|_| "{}".into());
        self.immediate(|c| -> SResult<()> {
            let taken: bool = c.query_row(
                "SELECT EXISTS (SELECT 1 FROM treatment_product WHERE code = ?1)",
                [code],
                |r| r.get(0),
            )?;
            if taken {
                return Err(StockError::DuplicateProduct(code.to_string()));
            }
            c.execute(
                "INSERT INTO treatment_product (code, form, names, mg_per_ml, position)
                 VALUES (?1, ?2, ?3, ?4,
                         (SELECT coalesce(max(position), 0) + 1 FROM treatment_product))",
                rusqlite::params![
                    code,
                    new.form,
                    names,
                    new.mg_per_ml.filter(|_| new.form == "syrup")
                ],
            )?;
            Ok(())
        })?;
        self.treatment_products()
            .map_err(|e| match e {
                crate::store::treatment::TreatmentError::Store(s) => StockError::Store(s),
                other => StockError::UnknownProduct(other.to_string()),
            })?
            .into_iter()
            .find(|p| p.code == code)
            .ok_or_else(|| StockError::UnknownProduct(code.to_string()))
    }
}

/// A product's name in the language of `t`: the centre's own name in that language, else the
/// built-in one (`product-<code>`), else its French name, any name, its code.
pub fn product_name(code: &str, names: &str, t: &I18n) -> String {
    let names: BTreeMap<String, String> = serde_json::from_str(names).unwrap_or_default();
    if let Some(n) = names.get(t.lang().code()) {
        return n.clone();
    }
    let id = format!("product-{code}");
    if t.has(&id) {
        return t.tr(&id);
    }
    names
        .get("fr")
        .or_else(|| names.values().next())
        .cloned()
        .unwrap_or_else(|| code.to_string())
}
