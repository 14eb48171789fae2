//! A booked slot of time, and when two of them overlap.

use chrono::{Duration, NaiveDateTime};

/// A start and a length in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub start: NaiveDateTime,
    pub minutes: u32,
}

impl Slot {
    /// When the slot is over.
    pub fn end(&self) -> NaiveDateTime {
        self.start + Duration::minutes(i64::from(self.minutes))
    }

    /// Whether the two slots share at least a minute (one ending as the other starts do not).
    pub fn overlaps(&self, other: &Slot) -> bool {
        self.start < other.end() && other.start < self.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(h: u32, m: u32, minutes: u32) -> Slot {
        let start = chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap();
        Slot { start, minutes }
    }

    #[test]
    fn slots_overlap_by_their_minutes() {
        let ten = slot(10, 0, 20);
        assert!(ten.overlaps(&slot(10, 10, 20)));
        assert!(slot(10, 10, 20).overlaps(&ten));
        assert!(ten.overlaps(&slot(9, 50, 11)), "one minute in common");
        assert!(ten.overlaps(&slot(9, 0, 180)), "one inside the other");
        assert!(!ten.overlaps(&slot(10, 20, 20)), "back to back");
        assert!(!ten.overlaps(&slot(9, 40, 20)), "back to back");
        assert!(!ten.overlaps(&slot(11, 0, 20)));
    }

    #[test]
    fn a_slot_late_in_the_evening_runs_into_the_next_day() {
        let late = slot(23, 0, 120);
        let next = Slot {
            start: late.start + Duration::minutes(90),
            minutes: 20,
        };
        assert!(late.overlaps(&next));
    }
}
