//! How `seuil counter` prints: one line per item or exchange, JSON documents for scripts.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::super::{Context, Failure};
use crate::i18n::Msg;
use crate::store::Store;
use crate::store::counter::{DayTotals, Exchange, Item, NaloxoneBatch, lines_text};

pub(super) fn item_json(ctx: &Context, i: &Item) -> Value {
    json!({
        "code": i.code,
        "key": i.key.map(|k| k.to_string()),
        "kind": i.kind,
        "exchange": i.exchange,
        "name": i.name(&ctx.i18n),
        "names": i.names,
    })
}

pub(super) fn item_line(ctx: &Context, i: &Item) -> String {
    let exchange = if i.exchange {
        ctx.i18n.tr("counter-exchange-item")
    } else {
        String::new()
    };
    let key = i.key.map(|k| k.to_string()).unwrap_or_else(|| "-".into());
    format!(
        "{key}  {:<18} {:<10} {}  {exchange}",
        i.code,
        i.kind,
        i.name(&ctx.i18n)
    )
    .trim_end()
    .to_string()
}

pub(super) fn exchange_json(x: &Exchange, person: Option<&str>) -> Value {
    json!({
        "id": x.id,
        "person": person,
        "at": x.at,
        "by": x.by,
        "items": x.lines.iter().map(|(c, n)| json!({"item": c, "count": n})).collect::<Vec<_>>(),
        "returned": x.returned,
        "for_others": x.for_others,
        "emergency": x.emergency,
        "reversed": x.reversed,
        "kits": x.kits.iter().map(|k| json!({"id": k.id, "lot": k.lot, "expires": k.expires})).collect::<Vec<_>>(),
    })
}

/// What an exchange gave, in words, with its kits' lots.
pub(super) fn exchange_line(ctx: &Context, store: &Store, x: &Exchange) -> Result<String, Failure> {
    let items = store.counter_items(true)?;
    let what = match lines_text(&items, &x.lines, &ctx.i18n) {
        // Only used material returned: nothing given.
        w if w.is_empty() => "—".to_string(),
        w => w,
    };
    let mut text = ctx.i18n.render(
        &Msg::new("counter-given")
            .arg("what", what)
            .arg("returned", x.returned)
            .arg("others", x.for_others),
    );
    for k in &x.kits {
        text.push('\n');
        text.push_str(
            &ctx.i18n.render(
                &Msg::new("counter-kit-given")
                    .arg("kit", k.id)
                    .arg("lot", k.lot.as_str())
                    .arg("expires", day_text(&k.expires)),
            ),
        );
    }
    Ok(text)
}

pub(super) fn day_text(d: &str) -> String {
    match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
        Ok(day) => day.format("%d/%m/%Y").to_string(),
        Err(_) => d.to_string(),
    }
}

pub(super) fn totals_json(day: NaiveDate, t: &DayTotals) -> Value {
    json!({
        "day": day.to_string(),
        "exchanges": t.exchanges,
        "items": t.items.iter().map(|(c, n)| json!({"item": c, "count": n})).collect::<Vec<_>>(),
        "returned": t.returned,
        "for_others": t.for_others,
        "emergencies": t.emergencies,
        "exchange_given": t.exchange_given,
        "balance": t.balance(),
    })
}

pub(super) fn totals_lines(
    ctx: &Context,
    store: &Store,
    t: &DayTotals,
) -> Result<Vec<String>, Failure> {
    let items = store.counter_items(true)?;
    let mut out = vec![
        ctx.i18n.render(
            &Msg::new("counter-today-line")
                .arg("exchanges", t.exchanges)
                .arg("returned", t.returned)
                .arg("others", t.for_others)
                .arg("balance", t.balance()),
        ),
    ];
    for (code, n) in &t.items {
        let name = items
            .iter()
            .find(|i| i.code == *code)
            .map_or_else(|| code.clone(), |i| i.name(&ctx.i18n));
        out.push(format!("{n:>6}  {name}"));
    }
    Ok(out)
}

pub(super) fn batch_line(ctx: &Context, b: &NaloxoneBatch) -> String {
    ctx.i18n.render(
        &Msg::new("counter-batch-line")
            .arg("lot", b.lot.as_str())
            .arg("expires", day_text(&b.expires))
            .arg("kits", b.kits)
            .arg("left", b.left),
    )
}
