//! What `seuil treatment show` prints: the chart as JSON, or as lines for a person to read.

use serde_json::{Value, json};

use super::{day_text, dose_json, prescription_json, prescription_line};
use crate::cli::Context;
use crate::domain::treatment::mg_text;
use crate::i18n::{Localised, Msg};
use crate::store::Person;
use crate::store::treatment::Chart;

pub(super) fn chart_json(ctx: &Context, c: &Chart, p: &Person) -> Value {
    json!({
        "person": p.code,
        "current": c.current.as_ref().map(|rx| prescription_json(rx, &p.code)),
        "due": c.due,
        "due_by_decision": c.due_by_decision,
        "can_dose": c.hold.is_none(),
        "hold": c.hold.as_ref().map(|h| h.msg().id),
        "hold_reason": c.hold.as_ref().map(|h| ctx.i18n.render(&h.msg())),
        "missed": c.missed,
        "take_homes": c.take_homes.as_ref().ok(),
        "take_homes_refused": c.take_homes.as_ref().err().map(|h| ctx.i18n.render(&h.msg())),
        "back_on": c.back_on.map(|d| d.to_string()),
        "dosed_today": c.dosed_today().map(dose_json),
        "doses": c.doses.iter().map(dose_json).collect::<Vec<_>>(),
        "prescriptions": c.prescriptions.iter().map(|rx| prescription_json(rx, &p.code)).collect::<Vec<_>>(),
        "decisions": c.decisions.iter().map(|d| json!({
            "id": d.id, "prescriber": d.prescriber, "decision": d.decision, "mg": d.mg,
            "missed": d.missed, "at": d.at, "by": d.by,
        })).collect::<Vec<_>>(),
    })
}

pub(super) fn show(ctx: &Context, c: &Chart, p: &Person) {
    let i18n = &ctx.i18n;
    match &c.current {
        Some(rx) => out!("{}", prescription_line(ctx, rx, &p.code)),
        None => out!(
            "{}",
            i18n.render(&Msg::new("treatment-no-current").arg("code", p.code.as_str()))
        ),
    }
    match (&c.hold, c.due) {
        (None, Some(due)) => out!(
            "{}",
            i18n.render(&Msg::new("treatment-due").arg("mg", mg_text(due)))
        ),
        (Some(h), _) => out!("{}", i18n.render(&h.msg())),
        (None, None) => {}
    }
    out!(
        "{}",
        i18n.render(&Msg::new("treatment-missed").arg("missed", c.missed))
    );
    if let Some(back) = c.back_on {
        out!(
            "{}",
            i18n.render(
                &Msg::new("treatment-back-on").arg("day", back.format("%d/%m/%Y").to_string())
            )
        );
    }
    for d in &c.doses {
        let outcome = format!("dose-outcome-{}", d.outcome.replace('_', "-"));
        out!(
            "{}  {:<14} {:>6} mg  {}{}{}",
            day_text(&d.day),
            i18n.tr(&outcome),
            mg_text(d.mg),
            d.by,
            if d.entered_later { " *" } else { "" },
            if d.reversed { " ✗" } else { "" },
        );
    }
}
