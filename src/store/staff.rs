//! Staff accounts: name, role, PIN (argon2id), language; logging in with wrong PINs slowing
//! further tries down.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Store, StoreError};
use crate::domain::roles::Role;
use crate::i18n::{Localised, Msg};

/// Argon2id with 19 MiB and two passes (OWASP's first recommended setting): about 40 ms on
/// this machine, a few hundred on a ten-year-old laptop, so logging in stays well under 0.5 s.
const MEMORY_KIB: u32 = 19 * 1024;
const PASSES: u32 = 2;

/// Wrong PINs in a row accepted before each further try has to wait.
pub const FREE_TRIES: i64 = 3;
/// The longest wait between tries.
const MAX_WAIT_SECS: i64 = 300;

/// A member of staff (never the PIN hash).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StaffMember {
    pub id: i64,
    pub name: String,
    #[serde(serialize_with = "role_code")]
    pub role: Role,
    pub language: Option<String>,
    pub active: bool,
    /// The languages they speak with the people who come (codes, most fluent first): what a
    /// mediator's list is made of.
    pub speaks: Vec<String>,
}

fn role_code<S: serde::Serializer>(role: &Role, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(role.code())
}

/// Why a staff account could not be made or changed, or a login was refused.
#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    #[error("a name is needed")]
    NoName,
    #[error("a PIN is 4 to 12 digits")]
    PinShape,
    #[error("the two PINs differ")]
    PinsDiffer,
    #[error("{0} already has an account")]
    Taken(String),
    #[error("no staff member {0}")]
    Unknown(String),
    #[error("name or PIN not recognised")]
    Refused,
    #[error("too many wrong PINs: wait {0} s")]
    Wait(i64),
    #[error("the last coordinator cannot be removed or changed")]
    LastCoordinator,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for StaffError {
    fn from(e: rusqlite::Error) -> Self {
        StaffError::Store(e.into())
    }
}

pub type StaffResult<T> = Result<T, StaffError>;

fn hasher() -> Argon2<'static> {
    // The parameters are constants within argon2's limits.
    let params = Params::new(MEMORY_KIB, PASSES, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Checks a PIN's shape: 4 to 12 digits.
pub fn check_pin(pin: &str) -> StaffResult<()> {
    if (4..=12).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(StaffError::PinShape)
    }
}

/// The argon2id hash of a PIN, as a PHC string.
pub fn hash_pin(pin: &str) -> StaffResult<String> {
    let mut bytes = [0u8; 16];
    for b in &mut bytes {
        *b = fastrand::u8(..);
    }
    let salt = SaltString::encode_b64(&bytes).map_err(|_| StaffError::PinShape)?;
    hasher()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| StaffError::PinShape)
}

fn pin_matches(pin: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| hasher().verify_password(pin.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

/// Seconds to wait before another try after `failed` wrong PINs in a row.
pub fn wait_after(failed: i64) -> i64 {
    if failed < FREE_TRIES {
        0
    } else {
        (5_i64 << (failed - FREE_TRIES).min(10)).min(MAX_WAIT_SECS)
    }
}

const TIME: &str = "%Y-%m-%d %H:%M:%S";

fn member(r: &rusqlite::Row<'_>) -> rusqlite::Result<StaffMember> {
    let role: String = r.get(2)?;
    Ok(StaffMember {
        id: r.get(0)?,
        name: r.get(1)?,
        role: Role::from_code(&role).unwrap_or(Role::Reception),
        language: r.get(3)?,
        active: r.get(4)?,
        speaks: r
            .get::<_, String>(5)?
            .split(',')
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect(),
    })
}

const COLUMNS: &str = "id, name, role, language, active, speaks";

impl Store {
    /// Whether anyone has an account yet (the first start walks through making one).
    pub fn has_staff(&self) -> StaffResult<bool> {
        Ok(self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM staff)", [], |r| r.get(0))?)
    }

    /// Every account, active first, by name.
    pub fn staff(&self) -> StaffResult<Vec<StaffMember>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM staff ORDER BY active DESC, name COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([], member)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn staff_member(&self, name: &str) -> StaffResult<Option<StaffMember>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM staff WHERE name = ?1"),
                [name.trim()],
                member,
            )
            .optional()?)
    }

    /// Makes an account. `pin_again` must repeat `pin`.
    pub fn add_staff(
        &self,
        name: &str,
        role: Role,
        pin: &str,
        pin_again: &str,
        language: Option<&str>,
        now: NaiveDateTime,
    ) -> StaffResult<StaffMember> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StaffError::NoName);
        }
        check_pin(pin)?;
        if pin != pin_again {
            return Err(StaffError::PinsDiffer);
        }
        if self.staff_member(name)?.is_some() {
            return Err(StaffError::Taken(name.to_string()));
        }
        let hash = hash_pin(pin)?;
        let by = self.actor_name()?;
        self.conn.execute(
            "INSERT INTO staff (name, role, pin_hash, language, created_at, created_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                name,
                role.code(),
                hash,
                language,
                now.format(TIME).to_string(),
                by
            ],
        )?;
        self.staff_member(name)?
            .ok_or_else(|| StaffError::Unknown(name.to_string()))
    }

    /// Changes an account's role, language or active flag; a new PIN when given. The site keeps
    /// at least one active coordinator.
    pub fn change_staff(
        &self,
        name: &str,
        role: Role,
        active: bool,
        new_pin: Option<(&str, &str)>,
    ) -> StaffResult<StaffMember> {
        let Some(current) = self.staff_member(name)? else {
            return Err(StaffError::Unknown(name.to_string()));
        };
        if current.role == Role::Coordinator
            && current.active
            && (role != Role::Coordinator || !active)
        {
            let others: i64 = self.conn.query_row(
                "SELECT count(*) FROM staff WHERE role = 'coordinator' AND active = 1 AND id != ?1",
                [current.id],
                |r| r.get(0),
            )?;
            if others == 0 {
                return Err(StaffError::LastCoordinator);
            }
        }
        let hash = match new_pin {
            Some((pin, again)) => {
                check_pin(pin)?;
                if pin != again {
                    return Err(StaffError::PinsDiffer);
                }
                Some(hash_pin(pin)?)
            }
            None => None,
        };
        self.conn.execute(
            "UPDATE staff SET role = ?2, active = ?3, pin_hash = coalesce(?4, pin_hash),
                    failed = CASE WHEN ?4 IS NULL THEN failed ELSE 0 END
             WHERE id = ?1",
            params![current.id, role.code(), active, hash],
        )?;
        self.staff_member(name)?
            .ok_or_else(|| StaffError::Unknown(name.to_string()))
    }

    /// Writes down the languages a member of staff speaks with the people who come (codes, as
    /// [`crate::domain::person::read_languages`] reads them); an empty list forgets them.
    pub fn set_staff_speaks(&self, name: &str, speaks: &[String]) -> StaffResult<StaffMember> {
        let Some(current) = self.staff_member(name)? else {
            return Err(StaffError::Unknown(name.to_string()));
        };
        self.conn.execute(
            "UPDATE staff SET speaks = ?2 WHERE id = ?1 AND speaks IS NOT ?2",
            params![current.id, speaks.join(",")],
        )?;
        self.staff_member(name)?
            .ok_or_else(|| StaffError::Unknown(name.to_string()))
    }

    /// Remembers the language a member of staff chose, for their next login.
    pub fn set_staff_language(&self, id: i64, language: &str) -> StaffResult<()> {
        self.conn.execute(
            "UPDATE staff SET language = ?2 WHERE id = ?1 AND language IS NOT ?2",
            params![id, language],
        )?;
        Ok(())
    }

    /// Checks a name and PIN. After [`FREE_TRIES`] wrong PINs in a row, each further try must
    /// wait longer ([`wait_after`]), even across restarts. Every try is in the audit trail.
    pub fn login(&self, name: &str, pin: &str, now: NaiveDateTime) -> StaffResult<StaffMember> {
        let row: Option<(StaffMember, String, i64, Option<String>)> = self
            .conn
            .query_row(
                &format!(
                    "SELECT {COLUMNS}, pin_hash, failed, failed_at FROM staff WHERE name = ?1"
                ),
                [name.trim()],
                |r| Ok((member(r)?, r.get(6)?, r.get(7)?, r.get(8)?)),
            )
            .optional()?;
        let Some((who, hash, failed, failed_at)) = row.filter(|(m, ..)| m.active) else {
            // As slow as a real check, so a wrong name cannot be told from a wrong PIN.
            let _ = pin_matches(pin, DUMMY_HASH);
            self.log("login-refused", "staff", None, Some(name.trim()))?;
            return Err(StaffError::Refused);
        };
        let since = failed_at
            .and_then(|t| NaiveDateTime::parse_from_str(&t, TIME).ok())
            .map_or(i64::MAX, |t| (now - t).num_seconds());
        let wait = wait_after(failed) - since;
        if wait > 0 {
            return Err(StaffError::Wait(wait));
        }
        if pin_matches(pin, &hash) {
            self.conn.execute(
                "UPDATE staff SET failed = 0, failed_at = NULL WHERE id = ?1 AND failed != 0",
                [who.id],
            )?;
            self.set_actor(&who.name, self.actor_desk()?.as_deref())?;
            self.log("login", "staff", None, Some(&who.name))?;
            Ok(who)
        } else {
            self.conn.execute(
                "UPDATE staff SET failed = failed + 1, failed_at = ?2 WHERE id = ?1",
                params![who.id, now.format(TIME).to_string()],
            )?;
            self.log("login-refused", "staff", None, Some(&who.name))?;
            match wait_after(failed + 1) {
                0 => Err(StaffError::Refused),
                w => Err(StaffError::Wait(w)),
            }
        }
    }

    /// Who writes are recorded as at the moment.
    pub fn actor_name(&self) -> StaffResult<String> {
        Ok(self
            .conn
            .query_row("SELECT staff FROM temp.actor", [], |r| r.get(0))?)
    }

    fn actor_desk(&self) -> StaffResult<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT desk FROM temp.actor", [], |r| r.get(0))?)
    }
}

/// The hash of a PIN nobody has, checked when the name is unknown.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2V1aWxzZXVpbHNldWls$PNm6X7gU1e3xM9bwmvGdQxSyR7wH3bV6mR9mC0d3yE8";

impl Localised for StaffError {
    fn msg(&self) -> Msg {
        match self {
            StaffError::NoName => Msg::new("staff-error-name"),
            StaffError::PinShape => Msg::new("staff-error-pin"),
            StaffError::PinsDiffer => Msg::new("staff-error-pins-differ"),
            StaffError::Taken(name) => Msg::new("staff-error-taken").arg("name", name.as_str()),
            StaffError::Unknown(name) => Msg::new("staff-error-unknown").arg("name", name.as_str()),
            StaffError::Refused => Msg::new("login-refused"),
            StaffError::Wait(s) => Msg::new("login-wait").arg("seconds", *s),
            StaffError::LastCoordinator => Msg::new("staff-error-last-coordinator"),
            StaffError::Store(e) => e.msg(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_name_costs_a_real_check() {
        // The stand-in hash parses, so a wrong name takes as long as a wrong PIN.
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
        assert!(!pin_matches("0000", DUMMY_HASH));
    }

    #[test]
    fn waits_grow_then_stop_growing() {
        assert_eq!(
            (0..12).map(wait_after).collect::<Vec<_>>(),
            [0, 0, 0, 5, 10, 20, 40, 80, 160, 300, 300, 300]
        );
    }
}
