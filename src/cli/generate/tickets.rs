//! Tickets for the generated visits, so that the reports have waits and those who left unseen.

use chrono::NaiveDateTime;

use crate::store::{Bulk, StoreResult};

/// Each visit's ticket: a service (the medical consultation most often), the next number of
/// its day, a wait from a few minutes to two hours, and how it ended (seen mostly; some leave
/// unseen, a few are not there when called).
pub struct Tickets {
    services: Vec<(i64, String)>,
    numbers: std::collections::HashMap<(i64, chrono::NaiveDate), u32>,
    rng: fastrand::Rng,
}

impl Tickets {
    pub fn new(services: Vec<(i64, String)>, seed: u64) -> Tickets {
        Tickets {
            services,
            numbers: std::collections::HashMap::new(),
            rng: fastrand::Rng::with_seed(seed ^ 0x7469_636b),
        }
    }

    pub fn draw(
        &mut self,
        bulk: &Bulk<'_>,
        person: i64,
        at: NaiveDateTime,
        by: &str,
    ) -> StoreResult<()> {
        if self.services.is_empty() {
            return Ok(());
        }
        let r = &mut self.rng;
        let i = match r.u32(..10) {
            0..5 => 0,
            n => (n as usize - 4).min(self.services.len() - 1),
        };
        let (service, letter) = &self.services[i];
        let n = self.numbers.entry((*service, at.date())).or_insert(0);
        *n += 1;
        // Most waits are short; the medical consultation's run long on busy days.
        let wait = r.i64(2..25) + if r.u32(..4) == 0 { r.i64(20..100) } else { 0 };
        let (wait, status) = match r.u32(..100) {
            0..6 => (None, "left_unseen"),
            6..9 => (Some(wait), "no_show"),
            _ => (Some(wait), "done"),
        };
        bulk.add_ticket(person, *service, letter, *n, at, wait, status, by)
    }
}
