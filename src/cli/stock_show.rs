//! `seuil stock balance` and `seuil stock expiring`: what the register holds, as a table or
//! JSON.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Context, Failure};
use crate::domain::treatment::mg_text;
use crate::i18n::Msg;
use crate::store::Store;
use crate::store::stock::{BatchBalance, product_name};

/// "12.5 ml" for a syrup, "20 ×" for units, nothing otherwise.
fn volume(b: &BatchBalance) -> String {
    match (b.ml, b.units) {
        (Some(ml), _) => format!("{} ml", mg_text(ml)),
        (None, Some(u)) => format!("{} ×", mg_text(u)),
        _ => String::new(),
    }
}

fn batch_line(ctx: &Context, b: &BatchBalance) -> String {
    let expired = if b.expired {
        format!("  {}", ctx.i18n.tr("stock-expired-mark"))
    } else {
        String::new()
    };
    format!(
        "  {:<12} {:>10} mg {:>12}  {} {}{expired}",
        b.lot,
        mg_text(b.mg),
        volume(b),
        ctx.i18n.tr("stock-expires"),
        crate::i18n::dates::stored(&ctx.i18n, &b.expires),
    )
}

pub fn balance(
    ctx: &Context,
    store: &Store,
    now: NaiveDateTime,
    json: bool,
) -> Result<(), Failure> {
    let list = store.stock_balances(now.date())?;
    if json {
        out!(
            "{}",
            serde_json::to_string_pretty(&list).unwrap_or_default()
        );
        return Ok(());
    }
    if list.is_empty() {
        ctx.say(&Msg::new("stock-empty"));
        return Ok(());
    }
    for p in &list {
        let ml =
            p.ml.map(|ml| format!(" ({} ml)", mg_text(ml)))
                .unwrap_or_default();
        let checked = match &p.checked {
            Some(c) => ctx.i18n.render(
                &Msg::new("stock-checked-at")
                    .arg("time", c.at.get(11..16).unwrap_or(""))
                    .arg("by", c.by.as_str()),
            ),
            None => ctx.i18n.tr("stock-not-checked"),
        };
        out!(
            "{}: {} mg{ml} — {checked}",
            product_name(&p.product, &p.names, &ctx.i18n),
            mg_text(p.mg)
        );
        for b in &p.batches {
            out!("{}", batch_line(ctx, b));
        }
    }
    Ok(())
}

pub fn expiring(
    ctx: &Context,
    store: &Store,
    today: NaiveDate,
    within: u32,
    json: bool,
) -> Result<(), Failure> {
    let list = store.stock_expiring(today, within)?;
    if json {
        out!(
            "{}",
            serde_json::to_string_pretty(&list).unwrap_or_default()
        );
    } else if list.is_empty() {
        ctx.say(&Msg::new("stock-none-expiring").arg("days", within));
    } else {
        for b in &list {
            out!("{:<22}{}", b.product, batch_line(ctx, b));
        }
    }
    Ok(())
}
