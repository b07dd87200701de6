//! The device's clock: today, now, its time zone.

use catalogue::Date;

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;

/// The date used where the clock cannot be read (native rendering).
const FALLBACK_TODAY: Date = match Date::new(2026, 1, 1) {
    Some(d) => d,
    None => unreachable!(),
};

#[cfg(target_arch = "wasm32")]
mod web {
    use catalogue::Date;
    use wasm_bindgen::JsValue;

    /// Today's date on the device.
    pub fn today() -> Date {
        let now = js_sys::Date::new_0();
        Date::new(
            now.get_full_year() as u16,
            now.get_month() as u8 + 1,
            now.get_date() as u8,
        )
        .unwrap_or(super::FALLBACK_TODAY)
    }

    /// The current time, ISO 8601 in UTC.
    pub fn now_iso() -> String {
        js_sys::Date::new_0().to_iso_string().into()
    }

    /// How many minutes the device's clock is ahead of UTC (Kyiv: 120 or 180).
    pub fn utc_offset_minutes() -> i32 {
        -(js_sys::Date::new_0().get_timezone_offset() as i32)
    }

    /// A timestamp (RFC 3339) in the device's time zone: year, month, day, hour, minute.
    pub fn local_time(iso: &str) -> Option<(u32, u32, u32, u32, u32)> {
        let date = js_sys::Date::new(&JsValue::from_str(iso));
        let ms = date.get_time();
        if ms.is_nan() {
            return None;
        }
        Some((
            date.get_full_year(),
            date.get_month() + 1,
            date.get_date(),
            date.get_hours(),
            date.get_minutes(),
        ))
    }
}

/// Outside the browser (tests, the pre-renderer) the clock stands still at [`FALLBACK_TODAY`].
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use catalogue::Date;

    pub fn today() -> Date {
        super::FALLBACK_TODAY
    }
    pub fn now_iso() -> String {
        "2026-01-01T00:00:00.000Z".into()
    }
    pub fn utc_offset_minutes() -> i32 {
        0
    }
    pub fn local_time(iso: &str) -> Option<(u32, u32, u32, u32, u32)> {
        // Natively: the UTC time as written (`2026-12-06T10:15:00Z`).
        let num = |r: std::ops::Range<usize>| iso.get(r)?.parse().ok();
        Some((
            num(0..4)?,
            num(5..7)?,
            num(8..10)?,
            num(11..13)?,
            num(14..16)?,
        ))
    }
}
