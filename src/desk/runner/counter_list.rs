//! The counter's list window: the list and the naloxone batches read, an item added, renamed,
//! re-keyed or taken off the list, a batch received (one store method, one transaction each).

use chrono::NaiveDateTime;

use super::Services;
use crate::desk::message::Message;
use crate::desk::overlays::counter_list::{Act, Reply};
use crate::i18n::{Localised, Msg};
use crate::store::counter::{CResult, CounterError};

impl Services {
    fn read_counter_list(&self, now: NaiveDateTime, said: Option<Msg>) -> Message {
        let read = (|| -> CResult<Reply> {
            Ok(Reply::Loaded {
                items: self.store.counter_items(false)?,
                batches: self.store.naloxone_batches(now.date())?,
                said,
            })
        })();
        match read {
            Ok(r) => Message::CounterList(r),
            Err(e) => Message::Failed(e.msg()),
        }
    }

    /// Reads the list (`None`) or carries out one act of the window.
    pub(super) fn counter_list(&mut self, act: Option<Act>, now: NaiveDateTime) -> Message {
        let Some(act) = act else {
            return self.read_counter_list(now, None);
        };
        let item = |i: crate::store::counter::Item| i.code;
        let done: CResult<Msg> = match act {
            Act::Add(new) => self
                .store
                .add_counter_item(&new)
                .map(|i| Msg::new("counter-list-added").arg("item", item(i))),
            Act::Rename(code, names) => self
                .store
                .rename_counter_item(&code, &names)
                .map(|i| Msg::new("counter-list-renamed").arg("item", item(i))),
            Act::Rekey(code, key) => self.store.rekey_counter_item(&code, &key).map(|i| {
                Msg::new("counter-list-rekeyed")
                    .arg("item", i.code.as_str())
                    .arg("key", i.key.map(String::from).unwrap_or_default())
            }),
            Act::Remove(code) => self
                .store
                .remove_counter_item(&code, now)
                .map(|i| Msg::new("counter-list-removed").arg("item", item(i))),
            Act::Naloxone(batch) => {
                self.store
                    .receive_naloxone(&batch, self.actor(now))
                    .map(|_| {
                        Msg::new("counter-list-received")
                            .arg("lot", batch.lot.trim())
                            .arg("kits", batch.kits)
                    })
            }
        };
        match done {
            Ok(said) => self.read_counter_list(now, Some(said)),
            Err(e @ CounterError::Store(_)) => Message::Failed(e.msg()),
            Err(refused) => Message::CounterList(Reply::Refused(refused.msg())),
        }
    }
}
