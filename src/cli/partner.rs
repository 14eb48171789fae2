//! `seuil partner add / list`: the partner directory from a shell.

use chrono::Local;

use super::args::PartnerCommand;
use super::{Context, Failure, exit};
use crate::i18n::{Localised, Msg};
use crate::store::partners::{PartnerError, PartnerInput};

impl From<PartnerError> for Failure {
    fn from(e: PartnerError) -> Self {
        Failure::new(
            if matches!(e, PartnerError::Store(_)) {
                exit::REFUSED
            } else {
                exit::USAGE
            },
            e.msg(),
        )
    }
}

pub fn run(ctx: &Context, command: PartnerCommand) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    match command {
        PartnerCommand::Add {
            name,
            kind,
            address,
            phone,
            hours,
            letter_lang,
            notes,
            json,
        } => {
            // The kind by its name in any of the desk's languages, as the help says.
            let kind = match kind.as_deref().map(crate::store::partners::kind_of) {
                None => "other",
                Some(Ok(k)) => k,
                Some(Err(_)) => {
                    let kinds: Vec<String> = crate::store::partners::KINDS
                        .iter()
                        .map(|k| ctx.i18n.tr(crate::store::partners::kind_id(k)))
                        .collect();
                    return Err(Failure::new(
                        super::exit::USAGE,
                        Msg::new("partner-error-kind-choose")
                            .arg("kind", kind.unwrap_or_default())
                            .arg("kinds", kinds.join(", ")),
                    ));
                }
            };
            let input = PartnerInput {
                name,
                kind: kind.to_string(),
                address: address.unwrap_or_default(),
                phone: phone.unwrap_or_default(),
                hours: hours.unwrap_or_default(),
                letter_lang: letter_lang.unwrap_or_else(|| "fr".into()).to_lowercase(),
                notes: notes.unwrap_or_default(),
            };
            let by = crate::store::audit::os_user();
            let p = store.save_partner(None, &input, &by, Local::now().naive_local())?;
            if json {
                out!("{}", serde_json::json!(p));
            } else {
                out!(
                    "{}",
                    ctx.i18n
                        .render(&Msg::new("partner-added").arg("name", p.name.as_str()))
                );
            }
        }
        PartnerCommand::List { json } => {
            let list = store.partners()?;
            if json {
                out!("{}", serde_json::json!({ "partners": list }));
            } else {
                for p in list {
                    out!(
                        "{}\t{}\t{}\t{}\t{}",
                        p.name,
                        ctx.i18n.tr(crate::store::partners::kind_id(&p.kind)),
                        p.letter_lang,
                        p.address.as_deref().unwrap_or("-"),
                        p.phone.as_deref().unwrap_or("-"),
                    );
                }
            }
        }
    }
    Ok(())
}
