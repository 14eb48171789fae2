//! `seuil outreach contact SESSION …`: a tally or a person, and what was done, as one act.

use serde_json::json;

use super::args::ContactArgs;
use super::{Context, Failure, exit, print_json};
use crate::domain::counter::{GivenError, read_given};
use crate::domain::outreach::{TallyError, read_tally};
use crate::i18n::Msg;
use crate::store::Store;
use crate::store::outreach::{Met, NewContact, NewVaccination, OutreachError};
use crate::store::queues::Actor;

fn bad(flag: &str, value: &str) -> Failure {
    Failure::new(
        exit::USAGE,
        Msg::new("cli-error-invalid-value")
            .arg("arg", flag)
            .arg("value", value),
    )
}

/// A whole number from 1, or a usage error naming the flag.
fn count(flag: &str, text: &str) -> Result<u32, Failure> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            Failure::new(
                exit::USAGE,
                Msg::new("outreach-error-count")
                    .arg("arg", flag)
                    .arg("value", text),
            )
        })
}

fn met(store: &Store, a: &ContactArgs) -> Result<Met, Failure> {
    if let Some(t) = &a.tally {
        let mut tally = read_tally(t).map_err(|e| {
            let (id, what) = match e {
                TallyError::Form(w) => ("outreach-error-tally-form", w),
                TallyError::Sex(w) => ("outreach-error-tally-sex", w),
                TallyError::Band(w) => ("outreach-error-tally-band", w),
            };
            Failure::new(exit::USAGE, Msg::new(id).arg("value", what))
        })?;
        if let Some(n) = &a.people {
            tally.people = count("--people", n)?;
        }
        return Ok(Met::Tally(tally));
    }
    if let Some(code) = &a.person {
        let p = store
            .person_by_code(code)?
            .ok_or_else(|| Failure::from(OutreachError::UnknownPerson(code.clone())))?;
        return Ok(Met::Person(p.id));
    }
    Ok(Met::NewPerson(Box::default()))
}

fn given(a: &ContactArgs) -> Result<Vec<(String, u32)>, Failure> {
    let words: Vec<&str> = a.given.iter().flat_map(|g| g.split_whitespace()).collect();
    read_given(words).map_err(|e| match e {
        GivenError::Form(w) => bad("--given", &w),
        GivenError::Count(w) => Failure::new(
            exit::USAGE,
            Msg::new("outreach-error-count")
                .arg("arg", "--given")
                .arg("value", w),
        ),
        GivenError::Twice(w) => bad("--given", &w),
    })
}

fn partner(store: &Store, typed: &str) -> Result<i64, Failure> {
    let partners = store.partners().map_err(Failure::from)?;
    match crate::store::partners::matching(typed, &partners).as_slice() {
        [one] => Ok(one.id),
        _ => Err(Failure::from(OutreachError::UnknownPartner(
            typed.to_string(),
        ))),
    }
}

/// Records the contact and prints what was recorded.
pub fn run(ctx: &Context, store: &Store, a: &ContactArgs, who: Actor<'_>) -> Result<(), Failure> {
    let vaccination = match &a.vaccine {
        None => None,
        Some(v) => Some(NewVaccination {
            vaccine: v.clone(),
            lot: a.lot.clone().unwrap_or_default(),
            dose_number: match &a.dose {
                Some(d) => d.trim().parse::<u32>().map_err(|_| bad("--dose", d))?,
                None => 1,
            },
            reaction: a.reaction.clone(),
        }),
    };
    let contact = NewContact {
        given: given(a)?,
        care: a.care.clone(),
        referral: a.referral.clone(),
        accompanied_to: a
            .accompanied
            .as_deref()
            .map(|p| partner(store, p))
            .transpose()?,
        information: a.info,
        vaccination,
        confirmed: a.yes,
        ..NewContact::new(a.session, met(store, a)?)
    };
    let mut rng = fastrand::Rng::new();
    let r = store.add_contact(&contact, who, &mut rng)?;
    if a.json {
        print_json(&json!({
            "contact": r.contact_id,
            "session": a.session,
            "person": r.person.as_ref().map(|(_, code)| code),
            "new": r.new,
        }));
    } else {
        out!(
            "{}",
            ctx.i18n.render(
                &Msg::new("outreach-contact-recorded")
                    .arg("contact", r.contact_id)
                    .arg("session", a.session)
            )
        );
        if let (Some((_, code)), Met::NewPerson(_)) = (&r.person, &contact.met) {
            out!(
                "{}",
                ctx.i18n
                    .render(&Msg::new("outreach-person-registered").arg("code", code.as_str()))
            );
        }
    }
    Ok(())
}
