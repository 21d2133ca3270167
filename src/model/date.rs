//! Dates that keep their precision.
//!
//! A source that says "September 2024" must never become "1 September 2024" on screen or in
//! sorting, so a date is a year with an optional month and an optional day.

use std::cmp::Ordering;
use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// How much of a date the source gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year is known ("2025").
    Year,
    /// The year and month are known ("2024-09").
    Month,
    /// The full calendar date is known ("2024-10-10").
    Day,
}

/// A calendar date at the precision its source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a date string was rejected; the text is shown to editors as is.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"{found}\" ({reason})")]
pub struct DateError {
    /// The text that was found.
    pub found: String,
    /// What is wrong with it.
    pub reason: String,
}

impl PartialDate {
    /// A date known to the year.
    pub fn year(year: u16) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// A date known to the month; `None` when the month is out of range.
    pub fn month(year: u16, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A full date; `None` when it does not exist in the calendar.
    pub fn day(year: u16, month: u8, day: u8) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(
            Self {
                year,
                month: Some(month),
                day: Some(day),
            },
        )
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting dates that do not exist.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let fail = |reason: &str| DateError {
            found: text.to_owned(),
            reason: reason.to_owned(),
        };
        let parts: Vec<&str> = text.split('-').collect();
        let widths_ok = match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        };
        if !widths_ok || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return Err(fail("not in that form"));
        }
        // The widths were checked above, so these parses cannot overflow.
        let year: u16 = parts[0].parse().map_err(|_| fail("bad year"))?;
        let Some(month) = parts.get(1) else {
            return Ok(Self::year(year));
        };
        let month: u8 = month.parse().map_err(|_| fail("bad month"))?;
        if !(1..=12).contains(&month) {
            return Err(fail(&format!("month {month} does not exist")));
        }
        let Some(day) = parts.get(2) else {
            return Ok(Self::month(year, month).expect("month checked"));
        };
        let day: u8 = day.parse().map_err(|_| fail("bad day"))?;
        Self::day(year, month, day).ok_or_else(|| {
            fail(&format!(
                "day {day} does not exist: {year}-{month:02} has {} days",
                days_in_month(year, month)
            ))
        })
    }

    /// The calendar year.
    pub fn year_value(&self) -> u16 {
        self.year
    }

    /// The month (1–12) when the source gives it.
    pub fn month_value(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month when the source gives it.
    pub fn day_value(&self) -> Option<u8> {
        self.day
    }

    /// How much of the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }

    /// The machine-readable form, as in `<time datetime>`: `2024`, `2024-09` or `2024-09-10`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (None, _) => format!("{:04}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
        }
    }

    /// The first day this date may refer to, as (year, month, day).
    pub fn earliest(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date may refer to, as (year, month, day).
    pub fn latest(&self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        (
            self.year,
            month,
            self.day.unwrap_or_else(|| days_in_month(self.year, month)),
        )
    }
}

/// Orders by the earliest day a date may mean, and a vaguer date before a more precise one that
/// starts on the same day, so "2024-09" sorts before "2024-09-01" and both after "2024-08-31".
impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.earliest()
            .cmp(&other.earliest())
            .then(self.precision().cmp(&other.precision()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// Days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date as YYYY, YYYY-MM or YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PartialDate, E> {
                PartialDate::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. Never pad an unknown month or day with 01.",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
            "examples": ["2025", "2024-09", "2024-10-10"]
        })
    }
}

// Native only: plain #[test]s do not run on wasm32, and proptest does not build there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    // Guards the three precisions and their ISO forms (the written-out forms are in `i18n`).
    #[test]
    fn parses_and_writes_each_precision() {
        let year = PartialDate::parse("2025").unwrap();
        let month = PartialDate::parse("2024-09").unwrap();
        let day = PartialDate::parse("2024-10-10").unwrap();
        assert_eq!(year.precision(), Precision::Year);
        assert_eq!(month.precision(), Precision::Month);
        assert_eq!(day.precision(), Precision::Day);
        assert_eq!(year.iso(), "2025");
        assert_eq!(day.iso(), "2024-10-10");
        assert_eq!(month.iso(), "2024-09");
    }

    // Guards against impossible dates loading silently (the example is 2024-13-40).
    #[test]
    fn rejects_impossible_dates_with_reason() {
        let err = PartialDate::parse("2024-13-40").unwrap_err();
        assert!(err.to_string().contains("\"2024-13-40\""), "{err}");
        assert!(err.to_string().contains("month 13 does not exist"), "{err}");
        let err = PartialDate::parse("2023-02-29").unwrap_err();
        assert!(err.to_string().contains("2023-02 has 28 days"), "{err}");
        assert!(PartialDate::parse("2024-02-29").is_ok());
        for bad in [
            "24",
            "2024-9",
            "2024-09-1",
            "2024/09",
            "",
            "2024-09-10-1",
            "２０２４",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad} should fail");
        }
    }

    // Guards precision-aware ordering: a month sorts before its first day, after the previous month.
    #[test]
    fn orders_by_earliest_then_precision() {
        let mut dates: Vec<PartialDate> = ["2024-09-01", "2024", "2024-09", "2024-08-31", "2025"]
            .iter()
            .map(|t| PartialDate::parse(t).unwrap())
            .collect();
        crate::model::order::sort(&mut dates);
        let order: Vec<String> = dates.iter().map(PartialDate::iso).collect();
        assert_eq!(
            order,
            ["2024", "2024-08-31", "2024-09", "2024-09-01", "2025"]
        );
        assert_eq!(
            PartialDate::parse("2024-02").unwrap().latest(),
            (2024, 2, 29)
        );
    }

    // Guards the JSON round trip, which editors rely on when the file is rewritten.
    #[test]
    fn serde_round_trip_keeps_precision() {
        let date: PartialDate = serde_json::from_str("\"2024-09\"").unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2024-09\"");
    }
}
