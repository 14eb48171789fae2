//! The counter's item list: built-in items named by their messages, the centre's own named in
//! its six languages; the coordinator adds, renames, re-keys and removes them. A removed item
//! stays in the table (the year's figures name it) and frees its key.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};

use super::{CResult, CounterError};
use crate::domain::counter::{item_code, item_key, item_kind};
use crate::i18n::I18n;
use crate::store::Store;
use crate::store::persons::stamp;

/// An item of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub code: String,
    /// The centre's own names by language (empty for a built-in item not renamed).
    pub names: BTreeMap<String, String>,
    /// The one key that gives it at the counter (`None`: removed).
    pub key: Option<char>,
    pub kind: String,
    /// Sterile injection material given in exchange for used material.
    pub exchange: bool,
    pub position: i64,
    pub removed: bool,
}

impl Item {
    /// The item's name in the language of `t`: the centre's name in that language, else the
    /// built-in one (`counter-item-<code>`), else its French name, else its code.
    pub fn name(&self, t: &I18n) -> String {
        if let Some(n) = self.names.get(t.lang().code()) {
            return n.clone();
        }
        let id = format!("counter-item-{}", self.code);
        if t.has(&id) {
            return t.tr(&id);
        }
        self.names
            .get("fr")
            .or_else(|| self.names.values().next())
            .cloned()
            .unwrap_or_else(|| self.code.clone())
    }

    /// Whether this is naloxone (kits taken from a batch when given).
    pub fn is_naloxone(&self) -> bool {
        self.kind == "naloxone"
    }
}

/// An item the centre adds to its list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewItem {
    pub code: String,
    pub kind: String,
    pub key: String,
    pub exchange: bool,
    /// Names by language code; French at least.
    pub names: BTreeMap<String, String>,
}

fn item_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Item> {
    let names: String = r.get(1)?;
    let key: Option<String> = r.get(2)?;
    let removed: Option<String> = r.get(6)?;
    Ok(Item {
        code: r.get(0)?,
        names: serde_json::from_str(&names).unwrap_or_default(),
        key: key.and_then(|k| k.chars().next()),
        kind: r.get(3)?,
        exchange: r.get(4)?,
        position: r.get(5)?,
        removed: removed.is_some(),
    })
}

const ITEM: &str =
    "SELECT code, names, key, kind, exchange, position, removed_at FROM counter_item";

fn clean_names(names: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    names
        .iter()
        .map(|(l, n)| (l.clone(), crate::text::clean(n)))
        .filter(|(_, n)| !n.is_empty())
        .collect()
}

impl Store {
    /// The list in its order; removed items too when asked (for the figures).
    pub fn counter_items(&self, with_removed: bool) -> CResult<Vec<Item>> {
        let filter = if with_removed {
            ""
        } else {
            " WHERE removed_at IS NULL"
        };
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("{ITEM}{filter} ORDER BY position, code"))?;
        let items = stmt
            .query_map([], item_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(items)
    }

    /// One item by code, removed or not.
    pub fn counter_item(&self, code: &str) -> CResult<Item> {
        self.conn()
            .query_row(&format!("{ITEM} WHERE code = ?1"), [code], item_from_row)
            .optional()?
            .ok_or_else(|| CounterError::UnknownItem(code.to_string()))
    }

    fn key_free(&self, key: char, for_code: &str) -> CResult<()> {
        let owner: Option<String> = self
            .conn()
            .query_row(
                "SELECT code FROM counter_item WHERE key = ?1 AND code <> ?2",
                params![key.to_string(), for_code],
                |r| r.get(0),
            )
            .optional()?;
        match owner {
            Some(item) => Err(CounterError::KeyTaken { key, item }),
            None => Ok(()),
        }
    }

    /// Adds an item at the end of the list.
    pub fn add_counter_item(&self, new: &NewItem) -> CResult<Item> {
        let code = item_code(&new.code)?;
        let kind = item_kind(&new.kind)?;
        let key = item_key(&new.key)?;
        let names = clean_names(&new.names);
        if !names.contains_key("fr") {
            return Err(CounterError::NoName);
        }
        self.immediate(|c| {
            let exists: bool = c.query_row(
                "SELECT EXISTS (SELECT 1 FROM counter_item WHERE code = ?1)",
                [&code],
                |r| r.get(0),
            )?;
            if exists {
                return Err(CounterError::ItemExists(code.clone()));
            }
            self.key_free(key, &code)?;
            c.execute(
                "INSERT INTO counter_item (code, names, key, kind, exchange, position)
                 VALUES (?1, ?2, ?3, ?4, ?5,
                         (SELECT coalesce(max(position), 0) + 1 FROM counter_item))",
                params![
                    code,
                    serde_json::to_string(&names).unwrap_or_else(|_| "{}".into()),
                    key.to_string(),
                    kind,
                    new.exchange
                ],
            )?;
            Ok(())
        })?;
        self.counter_item(&code)
    }

    /// Gives an item names of the centre's own (in the languages given; the others keep theirs).
    pub fn rename_counter_item(
        &self,
        code: &str,
        names: &BTreeMap<String, String>,
    ) -> CResult<Item> {
        let item = self.counter_item(code)?;
        let mut all = item.names.clone();
        all.extend(clean_names(names));
        if all.is_empty() {
            return Err(CounterError::NoName);
        }
        self.immediate(|c| {
            c.execute(
                "UPDATE counter_item SET names = ?2 WHERE code = ?1",
                params![
                    code,
                    serde_json::to_string(&all).unwrap_or_else(|_| "{}".into())
                ],
            )
        })?;
        self.counter_item(code)
    }

    /// Gives an item another key.
    pub fn rekey_counter_item(&self, code: &str, key: &str) -> CResult<Item> {
        let item = self.counter_item(code)?;
        if item.removed {
            return Err(CounterError::Removed(item.code));
        }
        let key = item_key(key)?;
        self.immediate(|c| {
            self.key_free(key, code)?;
            c.execute(
                "UPDATE counter_item SET key = ?2 WHERE code = ?1",
                params![code, key.to_string()],
            )?;
            Ok::<_, CounterError>(())
        })?;
        self.counter_item(code)
    }

    /// Stops giving an item: it stays for the figures, its key is freed. A desk that still
    /// shows it is refused when it saves.
    pub fn remove_counter_item(&self, code: &str, at: chrono::NaiveDateTime) -> CResult<Item> {
        let item = self.counter_item(code)?;
        if item.removed {
            return Err(CounterError::Removed(item.code));
        }
        self.immediate(|c| {
            c.execute(
                "UPDATE counter_item SET removed_at = ?2, key = NULL WHERE code = ?1",
                params![code, stamp(at)],
            )
        })?;
        self.counter_item(code)
    }
}

/// What was given as words: `10 × Seringue 1 ml, 5 × Cupule`, the items named in the language
/// of `t` (an item no longer on `items` by its code).
pub fn lines_text(items: &[Item], lines: &[(String, u32)], t: &I18n) -> String {
    lines
        .iter()
        .map(|(code, n)| {
            let name = items
                .iter()
                .find(|i| i.code == *code)
                .map_or_else(|| code.clone(), |i| i.name(t));
            format!("{n} × {name}")
        })
        .collect::<Vec<_>>()
        .join(match t.lang() {
            crate::i18n::Lang::Ar => "، ",
            crate::i18n::Lang::Ti => "፣ ",
            _ => ", ",
        })
}
