//! Which tables replicate between sites, and how a row of each is known everywhere.
//!
//! A table is in one list or the other, never neither: a test opens a new database and checks
//! every table is decided, so a table added later cannot slip by unreplicated by accident.

/// How many ids a site's range holds; site N draws from N × `SPAN` + 1 onwards, site 0 (a
/// database that has joined no organisation) from 1.
pub const SPAN: i64 = 1 << 40;

/// How many sites an organisation has at most: each has a letter of the code alphabet, the
/// first character of every person code it draws.
pub const MAX_SITES: i64 = 31;

/// Columns holding a JSON list of ids of a replicated table (a merge keeps the visits and
/// routes it moved, to put them back on undo).
pub const JSON_ID_LISTS: &[(&str, &str)] = &[
    ("person_merge", "moved_visits"),
    ("person_merge", "moved_coverage"),
];

/// How the rows of a replicated table are told apart across sites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// An integer id drawn from the writing site's range.
    Id,
    /// A key the rows carry themselves (a person's id, an item's code): the same on every site.
    Natural,
}

/// A replicated table.
#[derive(Debug, Clone, Copy)]
pub struct Replicated {
    pub name: &'static str,
    pub key: Key,
    /// Rows every database has from its migrations (the 19 CPAS of the partner list), already
    /// the same on every site: SQL true of the others, the rows a site made itself.
    pub own: Option<&'static str>,
}

const fn id(name: &'static str) -> Replicated {
    Replicated {
        name,
        key: Key::Id,
        own: None,
    }
}

const fn natural(name: &'static str) -> Replicated {
    Replicated {
        name,
        key: Key::Natural,
        own: None,
    }
}

/// The replicated tables, parents before the tables that refer to them.
pub const REPLICATED: &[Replicated] = &[
    // Persons, their record's history, merges and the pairs found not to be the same.
    id("person"),
    id("person_change"),
    id("person_merge"),
    natural("not_same"),
    id("visit"),
    // Coverage and its history, free care.
    id("coverage"),
    id("coverage_event"),
    natural("care_access"),
    natural("mediation_need"),
    // Partners and referrals.
    Replicated {
        own: Some("created_by <> ''"),
        ..id("partner")
    },
    id("referral"),
    // Substitution treatment and the TDI.
    natural("treatment_product"),
    id("prescription"),
    id("dose_event"),
    id("dose_decision"),
    id("tdi_episode"),
    id("guest_dosing"),
    // The counter and the outreach teams.
    natural("counter_item"),
    id("place"),
    id("outreach_session"),
    natural("outreach_staff"),
    id("counter_exchange"),
    natural("counter_line"),
    id("naloxone_batch"),
    id("naloxone_kit"),
    id("naloxone_reversal"),
    id("outreach_contact"),
    id("vaccination"),
];

/// The tables each site keeps to itself, and why.
pub const LOCAL: &[(&str, &str)] = &[
    ("service", "each site has its own services and rooms"),
    ("ticket_counter", "a site's ticket numbers"),
    ("queue_entry", "queues stay at the site"),
    ("queue_event", "queues stay at the site"),
    (
        "appointment",
        "appointments are booked at a site for its services",
    ),
    (
        "mediation",
        "a mediation is asked for a ticket of the site's queue",
    ),
    (
        "staff",
        "accounts and PIN hashes never travel: a worker at two sites has one at each",
    ),
    ("audit", "each site's trail of who did what there"),
    ("setting", "each site's settings"),
    ("draft", "a desk's form kept for its next login"),
    ("print_job", "a site's printer"),
    (
        "name_word",
        "search keys, computed again from the names a site receives",
    ),
    (
        "person_word",
        "search keys, computed again from the names a site receives",
    ),
    ("stock_batch", "the medication in a site's own safe"),
    ("stock_move", "the medication in a site's own safe"),
    ("stock_check", "the medication in a site's own safe"),
    ("site", "which site this database is"),
    ("sync_alias", "each site's account of the exchange"),
    ("sync_state", "each site's own account of the exchange"),
    ("sync_outbox", "each site's own account of the exchange"),
    ("sync_clock", "each site's own account of the exchange"),
    ("sync_peer", "each site's own account of the exchange"),
    ("sync_held", "each site's own account of the exchange"),
    ("sync_conflict", "each site's own account of the exchange"),
    (
        "sync_dup_todo",
        "each site compares what it receives with its own records",
    ),
    (
        "sync_duplicate",
        "each site compares what it receives with its own records",
    ),
];

/// Columns of replicated tables that refer to a site's own, local rows: they travel, but a
/// row received from another site keeps them empty (a dose's batch is in the giving site's
/// safe), and the sites' contents are compared without them.
pub const LOCAL_COLUMNS: &[(&str, &str)] = &[("dose_event", "batch_id")];

/// The replicated table of that name.
pub fn replicated(name: &str) -> Option<&'static Replicated> {
    REPLICATED.iter().find(|t| t.name == name)
}

/// The names of the replicated tables, for a session to record.
pub fn replicated_names() -> Vec<&'static str> {
    REPLICATED.iter().map(|t| t.name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn every_table_is_replicated_or_kept_local_never_both_never_neither() {
        let s = Store::open_in_memory().unwrap_or_else(|e| unreachable!("{e}"));
        let mut stmt = s
            .conn()
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .unwrap_or_else(|e| unreachable!("{e}"));
        let tables: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap_or_else(|e| unreachable!("{e}"))
            .filter_map(Result::ok)
            .collect();
        assert!(tables.len() > 30);
        for t in &tables {
            let shared = replicated(t).is_some();
            let local = LOCAL.iter().any(|(l, _)| l == t);
            assert!(shared != local, "{t}: replicated {shared}, local {local}");
        }
        for t in REPLICATED
            .iter()
            .map(|t| t.name)
            .chain(LOCAL.iter().map(|l| l.0))
        {
            assert!(tables.iter().any(|x| x == t), "{t} is no table");
        }
    }
}
