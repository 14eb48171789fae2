//! `seuil referral new`: a referral recorded with its consent scope (printing comes next).

use chrono::Local;

use super::args::ReferralNewArgs;
use super::{Context, Failure, exit};
use crate::i18n::Msg;
use crate::store::referrals::{NewReferral, ReferralError};

impl From<ReferralError> for Failure {
    fn from(e: ReferralError) -> Self {
        let usage = |m: Msg| Failure::new(exit::USAGE, m);
        match e {
            ReferralError::UnknownPerson(c) => {
                usage(Msg::new("person-error-unknown-code").arg("code", c))
            }
            ReferralError::UnknownPartner(n) => {
                usage(Msg::new("referral-error-partner").arg("name", n))
            }
            ReferralError::NoReason => usage(Msg::new("referral-error-reason")),
            ReferralError::ReasonTooLong(n) => usage(
                Msg::new("referral-error-reason-long")
                    .arg("count", n)
                    .arg("max", crate::store::referrals::MAX_REASON),
            ),
            ReferralError::Field(f) => usage(
                Msg::new("referral-error-field")
                    .arg("field", f)
                    .arg("fields", crate::store::referrals::FIELDS.join(", ")),
            ),
            ReferralError::LetterLang(l) => {
                usage(Msg::new("partner-error-letter-lang").arg("lang", l))
            }
            ReferralError::SlipLang(l) => {
                usage(Msg::new("referral-error-slip-lang").arg("lang", l))
            }
            ReferralError::Appointment(a) => {
                usage(Msg::new("referral-error-appointment").arg("value", a))
            }
            ReferralError::Store(s) => Failure::from(s),
        }
    }
}

pub fn new(ctx: &Context, args: ReferralNewArgs) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let request = NewReferral {
        person: args.person,
        partner: args.partner,
        reason: args.reason,
        consent: (!args.consent.is_empty()).then_some(args.consent),
        letter_lang: args.letter_lang,
        slip_lang: args.slip_lang,
        ..NewReferral::default()
    };
    let by = crate::store::audit::os_user();
    let r = store.new_referral(&request, &by, Local::now().naive_local())?;
    if args.json {
        out!("{}", serde_json::json!(r));
    } else {
        out!(
            "{}",
            ctx.i18n.render(
                &Msg::new("referral-recorded")
                    .arg("id", r.id)
                    .arg("person", r.person.as_str())
                    .arg("partner", r.partner.as_str())
                    .arg("shared", r.consent.join(", "))
                    .arg("letter", r.letter_lang.as_str())
                    .arg("slip", r.slip_lang.as_str())
            )
        );
    }
    Ok(())
}
