//! The clock, for telling past from upcoming.

/// Days since 1970-01-01 in UTC, as the browser's clock has them.
pub fn days_since_epoch() -> i64 {
    // Far inside i64's range for any real clock.
    (js_sys::Date::now() / 86_400_000.0).floor() as i64
}
