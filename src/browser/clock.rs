//! The clock, for telling past from upcoming.

/// Days since 1970-01-01 in UTC, as the browser's clock has them.
pub fn days_since_epoch() -> i64 {
    // Far inside i64's range for any real clock.
    (js_sys::Date::now() / 86_400_000.0).floor() as i64
}

/// Today's date on the reader's own calendar (their time zone), as year, month and day: the
/// day an export or a printout is dated, which a reader east of Greenwich expects to be theirs.
pub fn local_today() -> (u16, u8, u8) {
    let now = js_sys::Date::new_0();
    // Far inside each type's range for any real clock.
    (
        now.get_full_year() as u16,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
}
