//! The clock, for telling past from upcoming and for dating what a reader takes away.

/// Milliseconds since 1970-01-01 in UTC, and how many minutes the reader's time zone is behind
/// UTC (JavaScript's sign). Natively (a build-time render) the system clock, in UTC.
fn now() -> (f64, f64) {
    if cfg!(target_arch = "wasm32") {
        let now = js_sys::Date::new_0();
        (now.get_time(), now.get_timezone_offset())
    } else {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_millis() as f64);
        (ms, 0.0)
    }
}

/// Days since 1970-01-01 in UTC, as the browser's clock has them.
pub fn days_since_epoch() -> i64 {
    // Far inside i64's range for any real clock.
    (now().0 / 86_400_000.0).floor() as i64
}

/// Days since 1970-01-01 on the reader's own calendar (their time zone): the day an export or a
/// printout is dated, which a reader east of Greenwich expects to be theirs.
pub fn local_days_since_epoch() -> i64 {
    let (ms, offset_minutes) = now();
    ((ms - offset_minutes * 60_000.0) / 86_400_000.0).floor() as i64
}
