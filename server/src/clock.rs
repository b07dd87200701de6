//! The time of day in UTC, as the server records it: no time-zone database, no dependency.

use catalogue::Date;
use std::time::{SystemTime, UNIX_EPOCH};

/// A moment, in whole seconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Instant(pub u64);

impl Instant {
    /// Now, by the system clock (a clock before 1970 reads as 1970).
    pub fn now() -> Instant {
        Instant(
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0),
        )
    }

    /// The civil date in UTC.
    pub fn date(self) -> Date {
        Date::from_days_since_epoch((self.0 / 86_400) as i64).expect("a real date")
    }

    pub fn year(self) -> u16 {
        self.date().year()
    }

    /// `2026-11-25T10:00:00Z`.
    pub fn rfc3339(self) -> String {
        let secs = self.0 % 86_400;
        format!(
            "{}T{:02}:{:02}:{:02}Z",
            self.date(),
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        )
    }
}

#[cfg(test)]
mod tests {
    use super::Instant;

    #[test]
    fn moments_are_written_as_rfc3339_in_utc() {
        assert_eq!(Instant(0).rfc3339(), "1970-01-01T00:00:00Z");
        // 2026-11-25T10:00:00Z
        assert_eq!(Instant(1_795_600_800).rfc3339(), "2026-11-25T10:00:00Z");
        // The last second of a leap year's February.
        assert_eq!(Instant(1_709_251_199).rfc3339(), "2024-02-29T23:59:59Z");
        assert_eq!(Instant(1_795_600_800).year(), 2026);
    }
}
