//! A contact in a session: a tally or a person, and what was done; taken back by a reversing
//! row the same day.

use rusqlite::{Connection, OptionalExtension, params};

use super::{OResult, OutreachError};
use crate::domain::outreach::{Tally, band_of_birth};
use crate::domain::person::Fields;
use crate::store::Store;
use crate::store::counter::{Giving, insert_exchange};
use crate::store::persons::{insert_person, stamp};
use crate::store::queues::Actor;

/// Who was met.
#[derive(Debug, Clone, PartialEq)]
pub enum Met {
    /// People with no identity.
    Tally(Tally),
    /// A person of the register (id).
    Person(i64),
    /// A person registered on the spot (every field may be empty).
    NewPerson(Box<Fields>),
}

/// A vaccination given in a contact: what the national register asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewVaccination {
    pub vaccine: String,
    pub lot: String,
    pub dose_number: u32,
    pub reaction: Option<String>,
}

/// A contact and what was done in it.
#[derive(Debug, Clone, PartialEq)]
pub struct NewContact {
    pub session_id: i64,
    pub met: Met,
    /// Material given (item codes and counts), written as a counter exchange of the session.
    pub given: Vec<(String, u32)>,
    pub care: Option<String>,
    pub referral: Option<String>,
    /// The partner (id) the person was accompanied to.
    pub accompanied_to: Option<i64>,
    pub information: bool,
    pub vaccination: Option<NewVaccination>,
    /// A count above the counter's limit was confirmed by the worker (else it is refused).
    pub confirmed: bool,
}

impl NewContact {
    /// A contact with nothing done yet.
    pub fn new(session_id: i64, met: Met) -> NewContact {
        NewContact {
            session_id,
            met,
            given: Vec::new(),
            care: None,
            referral: None,
            accompanied_to: None,
            information: false,
            vaccination: None,
            confirmed: false,
        }
    }
}

/// What was recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub contact_id: i64,
    /// The person met, when one was (a person registered on the spot has a new code).
    pub person: Option<(i64, String)>,
    pub new: bool,
}

fn words(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(crate::text::clean)
        .filter(|t| !t.is_empty())
}

/// The vaccination checked: a vaccine, a lot, a dose number from 1 to 10.
pub(crate) fn check_vaccination(v: &NewVaccination) -> OResult<NewVaccination> {
    let vaccine = crate::text::clean(&v.vaccine);
    if vaccine.is_empty() {
        return Err(OutreachError::NoVaccine);
    }
    let lot = crate::text::clean(&v.lot);
    if lot.is_empty() {
        return Err(OutreachError::NoLot);
    }
    if !(1..=10).contains(&v.dose_number) {
        return Err(OutreachError::DoseNumber(v.dose_number));
    }
    Ok(NewVaccination {
        vaccine,
        lot,
        dose_number: v.dose_number,
        reaction: words(&v.reaction),
    })
}

/// A person's id, code, sex and birth year.
type Who = (i64, String, Option<String>, Option<u16>);

/// The record a person's contact is written on: theirs, or the one it was merged into.
fn keeper(c: &Connection, id: i64) -> OResult<Who> {
    let mut id = id;
    for _ in 0..16 {
        let row: Option<(Option<i64>, Who)> = c
            .query_row(
                "SELECT merged_into, id, code, sex, birth_year FROM person WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))),
            )
            .optional()?;
        match row {
            None => return Err(OutreachError::UnknownPerson(id.to_string())),
            Some((Some(kept), _)) => id = kept,
            Some((None, who)) => return Ok(who),
        }
    }
    Err(OutreachError::UnknownPerson(id.to_string()))
}

/// Whether a person was met before (a contact not taken back).
fn met_before(c: &Connection, person_id: i64) -> OResult<bool> {
    Ok(c.query_row(
        "SELECT EXISTS (SELECT 1 FROM outreach_contact k WHERE k.person_id = ?1
             AND +k.reverses IS NULL
             AND NOT EXISTS (SELECT 1 FROM outreach_contact r WHERE r.reverses = k.id))",
        [person_id],
        |r| r.get(0),
    )?)
}

impl Store {
    /// Records a contact and everything done in it as one transaction: a person registered
    /// on the spot, the material given (a counter exchange of the session), the vaccination.
    /// A vaccination without a lot, a tally of nobody or an item not on the list refuse the
    /// whole contact.
    pub fn add_contact(
        &self,
        k: &NewContact,
        who: Actor<'_>,
        rng: &mut fastrand::Rng,
    ) -> OResult<Recorded> {
        let vaccination = k.vaccination.as_ref().map(check_vaccination).transpose()?;
        if let Met::Tally(t) = &k.met
            && t.people == 0
        {
            return Err(OutreachError::People);
        }
        self.immediate(|c| insert_contact(c, k, vaccination, who, rng))
    }

    /// Takes back the last contact of a session still standing (one transaction): a
    /// reversing row, and one for its material. Only a contact recorded today.
    pub fn reverse_last_contact(&self, session_id: i64, who: Actor<'_>) -> OResult<i64> {
        self.immediate(|c| {
            let last: Option<i64> = c
                .query_row(
                    "SELECT k.id FROM outreach_contact k WHERE k.session_id = ?1
                         AND +k.reverses IS NULL
                         AND NOT EXISTS (SELECT 1 FROM outreach_contact r WHERE r.reverses = k.id)
                     ORDER BY k.id DESC LIMIT 1",
                    [session_id],
                    |r| r.get(0),
                )
                .optional()?;
            let id = last.ok_or(OutreachError::NothingToReverse)?;
            reverse(c, session_id, id, who)?;
            Ok(id)
        })
    }

    /// Takes back a contact (id) of a session, recorded today (one transaction).
    pub fn reverse_contact(&self, session_id: i64, id: i64, who: Actor<'_>) -> OResult<i64> {
        self.immediate(|c| reverse(c, session_id, id, who))
    }
}

/// Writes a contact inside the caller's transaction (the desk's and the command line's act,
/// and `seuil generate`); `vaccination` is already checked.
pub(crate) fn insert_contact(
    c: &Connection,
    k: &NewContact,
    vaccination: Option<NewVaccination>,
    who: Actor<'_>,
    rng: &mut fastrand::Rng,
) -> OResult<Recorded> {
    let (place_id, day): (i64, String) = c
        .query_row(
            "SELECT place_id, day FROM outreach_session WHERE id = ?1",
            [k.session_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or(OutreachError::UnknownSession(k.session_id))?;
    let on = crate::store::treatment::read_day(&day).unwrap_or(who.at.date());
    let (person, people, sex, band, new) = match &k.met {
        Met::Tally(t) => (None, t.people, t.sex.to_string(), t.band, t.new),
        Met::Person(id) => {
            let (id, code, sex, year) = keeper(c, *id)?;
            let new = !met_before(c, id)?;
            (
                Some((id, code)),
                1,
                sex_code(sex),
                band_of_birth(year, on),
                new,
            )
        }
        Met::NewPerson(fields) => {
            let id = insert_person(c, fields, who.by, who.at, rng)?;
            let (id, code, sex, year) = keeper(c, id)?;
            (
                Some((id, code)),
                1,
                sex_code(sex),
                band_of_birth(year, on),
                true,
            )
        }
    };
    let person_id = person.as_ref().map(|(id, _)| *id);
    let exchange = if k.given.is_empty() {
        None
    } else {
        let giving = Giving {
            lines: k.given.clone(),
            person_id,
            session_id: Some(k.session_id),
            confirmed: k.confirmed,
            ..Giving::default()
        };
        Some(insert_exchange(c, &giving, who)?)
    };
    if let Some(partner) = k.accompanied_to {
        let known: bool = c.query_row(
            "SELECT EXISTS (SELECT 1 FROM partner WHERE id = ?1)",
            [partner],
            |r| r.get(0),
        )?;
        if !known {
            return Err(OutreachError::UnknownPartner(partner.to_string()));
        }
    }
    c.execute(
        &format!(
            "INSERT INTO outreach_contact (id, session_id, person_id, people, sex, age_band, new,
                 care, information, referral, accompanied_to, exchange_id, at, by)
             VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            ID = crate::store::ids::next("outreach_contact")
        ),
        params![
            k.session_id,
            person_id,
            people,
            sex,
            band,
            new,
            words(&k.care),
            k.information,
            words(&k.referral),
            k.accompanied_to,
            exchange,
            stamp(who.at),
            who.by
        ],
    )?;
    let contact_id = c.last_insert_rowid();
    if let Some(v) = vaccination {
        c.execute(
            &format!(
                "INSERT INTO vaccination (id, contact_id, person_id, vaccine, lot, dose_number,
                     reaction, given_on, place_id, vaccinator, at, by)
                 VALUES ({ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9)",
                ID = crate::store::ids::next("vaccination")
            ),
            params![
                contact_id,
                person_id,
                v.vaccine,
                v.lot,
                v.dose_number,
                v.reaction,
                day,
                place_id,
                who.by,
                stamp(who.at)
            ],
        )?;
    }
    Ok(Recorded {
        contact_id,
        person,
        new,
    })
}

fn sex_code(stored: Option<String>) -> String {
    match stored.as_deref() {
        Some(s @ ("f" | "m" | "x")) => s.to_string(),
        _ => "u".to_string(),
    }
}

fn reverse(c: &Connection, session_id: i64, id: i64, who: Actor<'_>) -> OResult<i64> {
    let row: Option<(i64, Option<i64>, String, Option<i64>)> = c
        .query_row(
            "SELECT k.session_id, k.exchange_id, k.at, k.reverses FROM outreach_contact k
             WHERE k.id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((session, exchange, at, reverses)) = row else {
        return Err(OutreachError::NotInSession(id, session_id));
    };
    if session != session_id {
        return Err(OutreachError::NotInSession(id, session_id));
    }
    let taken_back: bool = c.query_row(
        "SELECT EXISTS (SELECT 1 FROM outreach_contact WHERE reverses = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if reverses.is_some() || taken_back {
        return Err(OutreachError::AlreadyReversed(id));
    }
    if !at.starts_with(&who.at.format("%Y-%m-%d").to_string()) {
        return Err(OutreachError::NotToday(id));
    }
    let now = stamp(who.at);
    let reversed_exchange = match exchange {
        None => None,
        Some(ex) => {
            c.execute(
                &format!(
                    "INSERT INTO counter_exchange (id, person_id, session_id, reverses, at, by, desk)
                     SELECT {ID}, person_id, session_id, id, ?2, ?3, ?4
                     FROM counter_exchange WHERE id = ?1",
                    ID = crate::store::ids::next("counter_exchange")
                ),
                params![ex, now, who.by, who.desk],
            )?;
            Some(c.last_insert_rowid())
        }
    };
    c.execute(
        &format!(
            "INSERT INTO outreach_contact (id, session_id, person_id, people, sex, age_band, new,
                 exchange_id, reverses, at, by)
             SELECT {ID}, session_id, person_id, people, sex, age_band, new, ?2, id, ?3, ?4
             FROM outreach_contact WHERE id = ?1",
            ID = crate::store::ids::next("outreach_contact")
        ),
        params![id, reversed_exchange, now, who.by],
    )?;
    Ok(id)
}
