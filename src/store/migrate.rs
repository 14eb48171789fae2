//! Numbered migrations, embedded in the binary, applied in one transaction against
//! `PRAGMA user_version`. A landed migration is never edited: add the next one.

use rusqlite::Connection;

use super::error::StoreResult;

/// `PRAGMA application_id` of a seuil database ('SEUL').
pub const APPLICATION_ID: i64 = 0x5345_554C;

/// The migrations, in order; the schema version is the number applied.
pub const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_foundation",
        include_str!("../../migrations/0001_foundation.sql"),
    ),
    (
        "0002_persons",
        include_str!("../../migrations/0002_persons.sql"),
    ),
    (
        "0003_queues",
        include_str!("../../migrations/0003_queues.sql"),
    ),
    (
        "0004_appointments",
        include_str!("../../migrations/0004_appointments.sql"),
    ),
    (
        "0005_coverage",
        include_str!("../../migrations/0005_coverage.sql"),
    ),
    (
        "0006_staff",
        include_str!("../../migrations/0006_staff.sql"),
    ),
    (
        "0007_partners",
        include_str!("../../migrations/0007_partners.sql"),
    ),
    (
        "0008_referrals",
        include_str!("../../migrations/0008_referrals.sql"),
    ),
    (
        "0009_printing",
        include_str!("../../migrations/0009_printing.sql"),
    ),
    (
        "0010_name_sounds",
        include_str!("../../migrations/0010_name_sounds.sql"),
    ),
    (
        "0011_mediation",
        include_str!("../../migrations/0011_mediation.sql"),
    ),
    (
        "0012_treatment",
        include_str!("../../migrations/0012_treatment.sql"),
    ),
    (
        "0013_harm_reduction",
        include_str!("../../migrations/0013_harm_reduction.sql"),
    ),
    (
        "0014_sites",
        include_str!("../../migrations/0014_sites.sql"),
    ),
    ("0015_sync", include_str!("../../migrations/0015_sync.sql")),
];

/// The schema version this binary writes.
pub fn latest_version() -> i64 {
    i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX)
}

/// The schema version of an open database.
pub fn current_version(conn: &Connection) -> StoreResult<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Applies every migration the database lacks, all in one transaction; a no-op when up to date.
/// The write lock is taken before the version is read again, so desks started together on a
/// new database migrate it once: the others wait, then find it up to date.
pub fn migrate(conn: &mut Connection) -> StoreResult<()> {
    if current_version(conn)? >= latest_version() {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let from = current_version(&tx)?;
    if from >= latest_version() {
        return Ok(());
    }
    for (index, (_, sql)) in MIGRATIONS.iter().enumerate() {
        let version = i64::try_from(index + 1).unwrap_or(i64::MAX);
        if version > from {
            tx.execute_batch(sql)?;
        }
    }
    tx.pragma_update(None, "user_version", latest_version())?;
    tx.commit()?;
    Ok(())
}
