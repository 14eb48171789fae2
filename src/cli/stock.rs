//! `seuil stock …`: the controlled-drug register from a shell (products, batches received,
//! returned, destroyed, the daily balance, the day's moves) and the take-home labels.
//! Quantities are in mg.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::Local;
use clap::Subcommand;
use serde_json::json;

use super::{Context, Failure, exit};
use crate::domain::treatment::mg_text;
use crate::i18n::{Localised, Msg};
use crate::print::jobs::Destination;
use crate::print::labels::{LabelError, print_labels};
use crate::store::queues::Actor;
use crate::store::stock::{Checked, MoveRow, NewBatch, NewProduct, Outflow, StockError};

#[derive(Debug, Subcommand)]
pub enum StockCommand {
    /// The products the centre dispenses.
    Products {
        #[arg(long)]
        json: bool,
    },
    /// Add a product to the list.
    ProductAdd(Box<ProductAddArgs>),
    Receive {
        #[arg(id = "stock_product", value_name = "PRODUCT")]
        product: String,
        #[arg(long, value_name = "LOT")]
        lot: String,
        #[arg(long, value_name = "N")]
        mg: f64,
        #[arg(long, value_name = "DATE")]
        expires: String,
        #[arg(long, value_name = "N")]
        mg_per_ml: Option<f64>,
        #[arg(long, value_name = "N")]
        mg_per_unit: Option<f64>,
        #[arg(long)]
        json: bool,
    },
    Return(OutArgs),
    Destroy(OutArgs),
    Check {
        #[arg(id = "stock_product", value_name = "PRODUCT")]
        product: String,
        #[arg(long, value_name = "N")]
        counted: f64,
        #[arg(id = "stock_reason", long = "reason", value_name = "TEXT")]
        reason: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Balance {
        #[arg(long)]
        json: bool,
    },
    Moves {
        #[arg(long, value_name = "DATE")]
        day: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Expiring {
        #[arg(long, value_name = "DAYS")]
        within: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    Labels {
        delivery: i64,
        #[arg(
            long,
            value_name = "FILE",
            conflicts_with = "printer",
            required_unless_present = "printer"
        )]
        pdf: Option<PathBuf>,
        #[arg(long, value_name = "NAME")]
        printer: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
pub struct OutArgs {
    #[arg(id = "stock_product", value_name = "PRODUCT")]
    pub product: String,
    #[arg(long, value_name = "LOT")]
    pub lot: String,
    #[arg(long, value_name = "N")]
    pub mg: f64,
    #[arg(id = "stock_reason", long = "reason", value_name = "TEXT")]
    pub reason: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct ProductAddArgs {
    #[arg(id = "product_code", value_name = "CODE")]
    pub code: String,
    #[arg(long, value_name = "syrup|capsule|tablet|other")]
    pub form: String,
    #[arg(long, value_name = "N")]
    pub mg_per_ml: Option<f64>,
    #[arg(long, value_name = "T")]
    pub name_fr: Option<String>,
    #[arg(long, value_name = "T")]
    pub name_nl: Option<String>,
    #[arg(long, value_name = "T")]
    pub name_en: Option<String>,
    #[arg(long, value_name = "T")]
    pub name_ar: Option<String>,
    #[arg(long, value_name = "T")]
    pub name_ti: Option<String>,
    #[arg(long, value_name = "T")]
    pub name_pl: Option<String>,
    #[arg(long)]
    pub json: bool,
}

impl From<StockError> for Failure {
    fn from(e: StockError) -> Self {
        match e {
            StockError::Store(s) => Failure::from(s),
            // Words that are not what the command takes: bad usage.
            StockError::BadCode(_) | StockError::BadForm(_) => Failure::new(exit::USAGE, e.msg()),
            other => Failure::new(exit::REFUSED, other.msg()),
        }
    }
}

impl From<LabelError> for Failure {
    fn from(e: LabelError) -> Self {
        match e {
            LabelError::Stock(s) => Failure::from(s),
            other => Failure::new(exit::REFUSED, other.msg()),
        }
    }
}

fn pretty(v: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// A move as one line: kind, product, lot, signed mg (and ml), reason.
fn move_line(ctx: &Context, m: &MoveRow) -> String {
    let ml =
        m.ml.map(|ml| format!(" ({} ml)", mg_text(ml)))
            .unwrap_or_default();
    format!(
        "{}  {:<11} {:<22} {:<10} {:>9} mg{ml}  {}",
        m.at.get(11..16).unwrap_or(""),
        ctx.i18n.tr(&format!("stock-kind-{}", m.kind)),
        m.product,
        m.lot,
        format!("{:+}", m.mg),
        m.reason.as_deref().unwrap_or("")
    )
}

/// Runs one `stock` subcommand.
pub fn run(ctx: &Context, command: StockCommand) -> Result<(), Failure> {
    let store = ctx.open_store()?;
    let by = crate::store::audit::os_user();
    let now = Local::now().naive_local();
    let who = Actor {
        by: &by,
        desk: None,
        at: now,
    };
    match command {
        StockCommand::Products { json } => {
            let list = store
                .treatment_products()
                .map_err(|e| Failure::new(exit::REFUSED, e.msg()))?;
            if json {
                let rows: Vec<_> = list
                    .iter()
                    .map(|p| {
                        json!({
                            "code": p.code,
                            "form": p.form,
                            "mg_per_ml": p.mg_per_ml,
                            "names": serde_json::from_str::<serde_json::Value>(&p.names)
                                .unwrap_or_else(|_| json!({})),
                            "name": crate::store::stock::product_name(&p.code, &p.names, &ctx.i18n),
                        })
                    })
                    .collect();
                out!("{}", pretty(&rows));
            } else {
                for p in &list {
                    let name = crate::store::stock::product_name(&p.code, &p.names, &ctx.i18n);
                    out!("{:<24} {:<8} {name}", p.code, p.form);
                }
            }
        }
        StockCommand::ProductAdd(args) => {
            let names: BTreeMap<String, String> = [
                ("fr", &args.name_fr),
                ("nl", &args.name_nl),
                ("en", &args.name_en),
                ("ar", &args.name_ar),
                ("ti", &args.name_ti),
                ("pl", &args.name_pl),
            ]
            .into_iter()
            .filter_map(|(l, n)| Some((l.to_string(), n.clone()?)))
            .collect();
            let p = store.add_product(&NewProduct {
                code: args.code.clone(),
                form: args.form.clone(),
                mg_per_ml: args.mg_per_ml,
                names,
            })?;
            if args.json {
                out!("{}", pretty(&p));
            } else {
                out!(
                    "{}",
                    ctx.i18n
                        .render(&Msg::new("stock-product-added").arg("product", p.code.as_str()))
                );
            }
        }
        StockCommand::Receive {
            product,
            lot,
            mg,
            expires,
            mg_per_ml,
            mg_per_unit,
            json,
        } => {
            let expires = ctx.date_option("--expires", &expires)?;
            let m = store.receive_batch(
                &NewBatch {
                    product,
                    lot,
                    mg,
                    expires,
                    mg_per_ml,
                    mg_per_unit,
                },
                who,
            )?;
            say_move(ctx, &m, json, "stock-received");
        }
        StockCommand::Return(a) => {
            let m = store.stock_out(
                Outflow::Returned,
                &a.product,
                &a.lot,
                a.mg,
                a.reason.as_deref(),
                who,
            )?;
            say_move(ctx, &m, a.json, "stock-returned");
        }
        StockCommand::Destroy(a) => {
            let m = store.stock_out(
                Outflow::Destroyed,
                &a.product,
                &a.lot,
                a.mg,
                a.reason.as_deref(),
                who,
            )?;
            say_move(ctx, &m, a.json, "stock-destroyed");
        }
        StockCommand::Check {
            product,
            counted,
            reason,
            json,
        } => {
            let done = store.check_stock(&product, counted, reason.as_deref(), who)?;
            if json {
                let (state, moves) = match &done {
                    Checked::Confirmed(_) => ("confirmed", Vec::new()),
                    Checked::Corrected(_, m) => ("corrected", m.clone()),
                };
                out!(
                    "{}",
                    pretty(&json!({"state": state, "check": done.check(), "corrections": moves}))
                );
            } else {
                let c = done.check();
                let id = match done {
                    Checked::Confirmed(_) => "stock-check-confirmed",
                    Checked::Corrected(..) => "stock-check-corrected",
                };
                out!(
                    "{}",
                    ctx.i18n.render(
                        &Msg::new(id)
                            .arg("product", product.as_str())
                            .arg("expected", mg_text(c.expected))
                            .arg("counted", mg_text(c.counted))
                    )
                );
            }
        }
        StockCommand::Balance { json } => super::stock_show::balance(ctx, &store, now, json)?,
        StockCommand::Moves { day, json } => {
            let day = match day {
                Some(d) => ctx.date_option("--day", &d)?,
                None => now.date(),
            };
            let moves = store.stock_moves_on(day)?;
            if json {
                out!("{}", pretty(&moves));
            } else if moves.is_empty() {
                ctx.say(&Msg::new("stock-no-moves"));
            } else {
                for m in &moves {
                    out!("{}", move_line(ctx, m));
                }
            }
        }
        StockCommand::Expiring { within, json } => {
            super::stock_show::expiring(ctx, &store, now.date(), within.unwrap_or(14), json)?
        }
        StockCommand::Labels {
            delivery,
            pdf,
            printer,
        } => {
            let to = match &pdf {
                Some(path) => Destination::File(path),
                None => Destination::Printer(printer.as_deref()),
            };
            let count = print_labels(&store, delivery, to)?;
            let msg = match (&pdf, &printer) {
                (Some(path), _) => Msg::new("label-saved")
                    .arg("count", count)
                    .arg("path", path.as_path()),
                (None, p) => Msg::new("label-sent")
                    .arg("count", count)
                    .arg("printer", p.clone().unwrap_or_default()),
            };
            out!("{}", ctx.i18n.render(&msg));
        }
    }
    Ok(())
}

fn say_move(ctx: &Context, m: &MoveRow, json: bool, id: &'static str) {
    if json {
        out!("{}", pretty(m));
    } else {
        out!(
            "{}",
            ctx.i18n.render(
                &Msg::new(id)
                    .arg("product", m.product.as_str())
                    .arg("lot", m.lot.as_str())
                    .arg("mg", mg_text(m.mg.abs()))
            )
        );
    }
}
