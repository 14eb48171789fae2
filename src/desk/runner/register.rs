//! The register window's effects: the register read, a balance checked, a batch received, and
//! the labels of a take-home sent to the ticket printer.

use chrono::NaiveDateTime;

use super::Services;
use crate::desk::effect::Effect;
use crate::desk::message::Message;
use crate::desk::overlays::register::Reply;
use crate::domain::treatment::mg_text;
use crate::i18n::{Localised, Msg};
use crate::print::jobs::Destination;
use crate::store::stock::{Checked, SResult, StockError};

impl Services {
    /// The register as it is now, every product with what it holds, and the day's moves.
    fn read_register(&self, now: NaiveDateTime, said: Option<Msg>) -> SResult<Message> {
        let products = self.store.treatment_products().map_err(|e| match e {
            crate::store::treatment::TreatmentError::Store(s) => StockError::Store(s),
            other => StockError::UnknownProduct(other.to_string()),
        })?;
        let mut balances = self.store.stock_balances(now.date())?;
        let rows = products
            .into_iter()
            .map(|p| {
                let held = balances
                    .iter()
                    .position(|b| b.product == p.code)
                    .map(|i| balances.swap_remove(i));
                (p, held)
            })
            .collect();
        let moves = self.store.stock_moves_on(now.date())?;
        Ok(Message::Register(Reply::Loaded { rows, moves, said }))
    }

    /// Carries out one effect of the register window.
    pub(super) fn stock_register(&mut self, effect: Effect, now: NaiveDateTime) -> Option<Message> {
        let who = self.actor(now);
        let done: SResult<Msg> = match effect {
            Effect::LoadRegister => {
                return Some(self.read_register(now, None).unwrap_or_else(failed));
            }
            Effect::CheckStock {
                product,
                counted,
                reason,
            } => self
                .store
                .check_stock(&product, counted, reason.as_deref(), who)
                .map(|c| {
                    let id = match c {
                        Checked::Confirmed(_) => "stock-check-confirmed",
                        Checked::Corrected(..) => "stock-check-corrected",
                    };
                    Msg::new(id)
                        .arg("product", product.as_str())
                        .arg("expected", mg_text(c.check().expected))
                        .arg("counted", mg_text(c.check().counted))
                }),
            Effect::ReceiveBatch(batch) => self.store.receive_batch(&batch, who).map(|m| {
                Msg::new("stock-received")
                    .arg("product", m.product.as_str())
                    .arg("lot", m.lot.as_str())
                    .arg("mg", mg_text(m.mg))
            }),
            Effect::PrintLabels(delivery) => {
                let printer = self.ticket_printer.clone();
                return match crate::print::labels::print_labels(
                    &self.store,
                    delivery,
                    Destination::Printer(printer.as_deref()),
                ) {
                    Ok(_) => None,
                    Err(e) => Some(Message::Failed(e.msg())),
                };
            }
            _ => return None,
        };
        Some(match done {
            Ok(said) => self.read_register(now, Some(said)).unwrap_or_else(failed),
            Err(StockError::Store(e)) => Message::Failed(e.msg()),
            Err(refused) => Message::Register(Reply::Refused(refused.msg())),
        })
    }
}

fn failed(e: StockError) -> Message {
    Message::Failed(e.msg())
}
