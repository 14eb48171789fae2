//! `seuil treatment …`: prescriptions, the day's dose, decisions, from scripts and the checks.
//! A rule that refuses exits 1 with its reason; nothing is written.

use chrono::{Local, NaiveDate};
use serde_json::{Value, json};

pub mod args;
mod show;

use super::args::{DoseOutcome, TreatmentCommand};
use super::{Context, Failure, exit};
use crate::domain::treatment::{Outcome, Thresholds, mg_text};
use crate::i18n::{Localised, Msg};
use crate::store::Store;
use crate::store::queues::Actor;
use crate::store::treatment::{
    DoseAsk, DoseRow, Dosed, NewPrescription, PrescriptionRow, TreatmentError,
};

impl From<TreatmentError> for Failure {
    fn from(e: TreatmentError) -> Self {
        match e {
            TreatmentError::Store(s) => Failure::from(s),
            TreatmentError::UnknownProduct(_) | TreatmentError::UnknownPerson(_) => {
                Failure::new(exit::USAGE, e.msg())
            }
            other => Failure::new(exit::REFUSED, other.msg()),
        }
    }
}

/// A number of mg as typed (`60`, `2.5`, `2,5`), or a usage error naming the flag.
fn mg(flag: &str, text: &str) -> Result<f64, Failure> {
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| {
            Failure::new(
                exit::USAGE,
                Msg::new("cli-error-invalid-value")
                    .arg("arg", flag)
                    .arg("value", text),
            )
        })
}

/// The product a typed word names: its code, or the one code it begins.
fn product(store: &Store, typed: &str) -> Result<String, Failure> {
    let typed = typed.trim().to_lowercase();
    let codes: Vec<String> = store
        .treatment_products()?
        .into_iter()
        .map(|p| p.code)
        .collect();
    if codes.contains(&typed) {
        return Ok(typed);
    }
    let mut starting = codes.iter().filter(|c| c.starts_with(&typed));
    match (starting.next(), starting.next()) {
        (Some(one), None) if !typed.is_empty() => Ok(one.clone()),
        _ => Err(Failure::new(
            exit::USAGE,
            Msg::new("treatment-error-product-list")
                .arg("product", typed.as_str())
                .arg("products", codes.join(", ")),
        )),
    }
}

fn product_name(ctx: &Context, code: &str) -> String {
    let id = format!("product-{code}");
    let name = ctx.i18n.tr(&id);
    if name == id { code.to_string() } else { name }
}

fn day_text(d: &str) -> String {
    match crate::store::treatment::read_day(d) {
        Some(day) => day.format("%d/%m/%Y").to_string(),
        None => d.to_string(),
    }
}

fn prescription_json(p: &PrescriptionRow, person: &str) -> Value {
    json!({
        "id": p.id,
        "person": person,
        "product": p.product,
        "mg": p.mg,
        "starts": p.starts,
        "ends": p.ends,
        "prescriber": p.prescriber,
        "take_home_days": p.take_home_days,
        "note": p.note,
        "created_at": p.created_at,
        "created_by": p.created_by,
    })
}

fn dose_json(d: &DoseRow) -> Value {
    json!({
        "id": d.id,
        "day": d.day,
        "outcome": d.outcome,
        "mg": d.mg,
        "delivery": d.delivery,
        "reason": d.reason,
        "reverses": d.reverses,
        "reversed": d.reversed,
        "lot": d.lot,
        "at": d.at,
        "by": d.by,
        "desk": d.desk,
        "entered_later": d.entered_later,
    })
}

fn print_json(v: &Value) {
    out!("{}", serde_json::to_string_pretty(v).unwrap_or_default());
}

/// Runs one `treatment` subcommand.
pub fn run(ctx: &Context, command: TreatmentCommand) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let by = super::person::os_user();
    let now = Local::now().naive_local();
    let who = Actor {
        by: &by,
        desk: None,
        at: now,
    };
    match command {
        TreatmentCommand::Prescribe {
            person,
            product: typed,
            mg: dose,
            from,
            until,
            prescriber,
            take_home_days,
            note,
            json,
        } => {
            let p = store.treatment_person(&person)?;
            let new = NewPrescription {
                product: product(&store, &typed)?,
                mg: mg("--mg", &dose)?,
                starts: ctx.date_option("--from", &from)?,
                ends: until
                    .as_deref()
                    .map(|u| ctx.date_option("--until", u))
                    .transpose()?,
                prescriber,
                take_home_days: take_home_days.unwrap_or(0),
                note,
            };
            let rx = store.prescribe(p.id, &new, who)?;
            // A treatment starting (or resuming after six months) calls for a TDI episode:
            // said, never opened without the nurse.
            let tdi_due = store.tdi_due(p.id, now.date()).ok().flatten().is_some();
            if json {
                let mut v = prescription_json(&rx, &p.code);
                v["tdi_due"] = json!(tdi_due);
                print_json(&v);
            } else {
                out!("{}", prescription_line(ctx, &rx, &p.code));
            }
            if tdi_due {
                ctx.say(&Msg::new("treatment-tdi-due").arg("code", p.code.as_str()));
            }
        }
        TreatmentCommand::Guest {
            person,
            from,
            until,
            note,
            json,
        } => {
            let p = store.treatment_person(&person)?;
            let starts = match from.as_deref() {
                Some(f) => ctx.date_option("--from", f)?,
                None => now.date(),
            };
            let ends = ctx.date_option("--until", &until)?;
            let g = store.guest_dosing(p.id, starts, ends, note.as_deref(), who)?;
            if json {
                print_json(&json!({ "person": p.code, "arrangement": g }));
            } else {
                out!(
                    "{}",
                    ctx.i18n.render(
                        &Msg::new("treatment-guest-recorded")
                            .arg("code", p.code.as_str())
                            .arg("home", g.home_site)
                            .arg("from", crate::i18n::dates::stored(&ctx.i18n, &g.starts))
                            .arg("until", crate::i18n::dates::stored(&ctx.i18n, &g.ends))
                    )
                );
            }
        }
        TreatmentCommand::Dose {
            person,
            take_home,
            outcome,
            on,
            mg: asked,
            reason,
            json,
        } => {
            let p = store.treatment_person(&person)?;
            let outcome = match (take_home, outcome) {
                (Some(days), _) => Outcome::TakeHome(days),
                (None, None | Some(DoseOutcome::Given)) => Outcome::Given,
                (None, Some(DoseOutcome::Vomited)) => Outcome::Vomited,
                (None, Some(DoseOutcome::Refused)) => Outcome::Refused,
                (None, Some(DoseOutcome::Withheld)) => Outcome::Withheld,
            };
            let day = match &on {
                Some(text) => ctx.date_option("--on", text)?,
                None => now.date(),
            };
            let ask = DoseAsk {
                day,
                outcome,
                mg: asked.as_deref().map(|m| mg("--mg", m)).transpose()?,
                reason,
            };
            let dosed = store.dose(p.id, &ask, who)?;
            if json {
                print_json(&dosed_json(&dosed, &p.code, outcome));
            } else {
                out!("{}", dosed_line(ctx, &dosed, &p.code, outcome));
            }
        }
        TreatmentCommand::Decide {
            person,
            by: prescriber,
            decision,
            mg: restart,
            json,
        } => {
            let p = store.treatment_person(&person)?;
            let restart = restart.as_deref().map(|m| mg("--mg", m)).transpose()?;
            let d = store.decide(p.id, &prescriber, &decision, restart, who)?;
            if json {
                print_json(&json!({
                    "id": d.id, "person": p.code, "prescriber": d.prescriber,
                    "decision": d.decision, "mg": d.mg, "missed": d.missed, "at": d.at,
                }));
            } else {
                let msg = Msg::new("treatment-decided")
                    .arg("code", p.code.as_str())
                    .arg("prescriber", d.prescriber.as_str())
                    .arg("mg", d.mg.map(mg_text).unwrap_or_else(|| "—".into()));
                out!("{}", ctx.i18n.render(&msg));
            }
        }
        TreatmentCommand::Reverse {
            person,
            reason,
            json,
        } => {
            let p = store.treatment_person(&person)?;
            let rows = store.reverse_dose(p.id, reason.as_deref(), who)?;
            if json {
                let list: Vec<Value> = rows.iter().map(dose_json).collect();
                print_json(&json!({"person": p.code, "reversed": list}));
            } else {
                let msg = Msg::new("treatment-reversed")
                    .arg("code", p.code.as_str())
                    .arg("count", rows.len());
                out!("{}", ctx.i18n.render(&msg));
            }
        }
        TreatmentCommand::Show { person, json } => {
            let p = store.treatment_person(&person)?;
            let chart = store.treatment_chart(p.id, now.date())?;
            if json {
                print_json(&show::chart_json(ctx, &chart, &p));
            } else {
                show::show(ctx, &chart, &p);
            }
        }
        TreatmentCommand::Thresholds {
            withhold_after,
            see_prescriber_after,
            induction_after,
            suspend_take_homes_after,
            prescription_days,
            json,
        } => {
            let asked = [
                withhold_after,
                see_prescriber_after,
                induction_after,
                suspend_take_homes_after,
                prescription_days,
            ];
            for (name, value) in Thresholds::SETTINGS.iter().zip(asked) {
                if let Some(days) = value {
                    store.set_treatment_threshold(name, days)?;
                }
            }
            let t = store.treatment_thresholds()?;
            if json {
                print_json(&json!({
                    "withhold_after": t.withhold,
                    "see_prescriber_after": t.see_prescriber,
                    "induction_after": t.induction,
                    "suspend_take_homes_after": t.suspend_take_homes,
                    "prescription_days": t.prescription_days,
                }));
            } else {
                let msg = Msg::new("treatment-thresholds")
                    .arg("withhold", t.withhold)
                    .arg("see", t.see_prescriber)
                    .arg("induction", t.induction)
                    .arg("suspend", t.suspend_take_homes)
                    .arg("days", t.prescription_days);
                out!("{}", ctx.i18n.render(&msg));
            }
        }
    }
    Ok(())
}

fn prescription_line(ctx: &Context, rx: &PrescriptionRow, code: &str) -> String {
    ctx.i18n.render(
        &Msg::new("treatment-prescribed")
            .arg("id", rx.id)
            .arg("code", code)
            .arg("product", product_name(ctx, &rx.product))
            .arg("mg", mg_text(rx.mg))
            .arg("from", day_text(&rx.starts))
            .arg("until", day_text(&rx.ends))
            .arg("takehome", rx.take_home_days)
            .arg(
                "prescriber",
                rx.prescriber.clone().unwrap_or_else(|| "—".into()),
            ),
    )
}

fn dosed_json(d: &Dosed, code: &str, outcome: Outcome) -> Value {
    let rows: Vec<Value> = d.rows.iter().map(dose_json).collect();
    json!({
        "person": code,
        "product": d.product,
        "prescription": d.plan.prescription_id,
        "outcome": outcome.code(),
        "mg": d.plan.mg,
        "due": d.plan.due,
        "due_by_decision": d.plan.by_decision,
        "missed": d.plan.missed,
        "days": d.plan.days.iter().map(NaiveDate::to_string).collect::<Vec<_>>(),
        "delivery": d.rows.first().map(|r| r.delivery),
        "rows": rows,
    })
}

fn dosed_line(ctx: &Context, d: &Dosed, code: &str, outcome: Outcome) -> String {
    let first = d
        .plan
        .days
        .first()
        .map(NaiveDate::to_string)
        .unwrap_or_default();
    let last = d
        .plan
        .days
        .last()
        .map(NaiveDate::to_string)
        .unwrap_or_default();
    ctx.i18n.render(
        &Msg::new("treatment-dosed")
            .arg("code", code)
            .arg("outcome", ctx.i18n.tr(outcome.message_id()))
            .arg("product", product_name(ctx, &d.product))
            .arg("mg", mg_text(d.plan.mg))
            .arg("from", day_text(&first))
            .arg("until", day_text(&last))
            .arg("days", d.plan.days.len())
            .arg("missed", d.plan.missed),
    )
}
