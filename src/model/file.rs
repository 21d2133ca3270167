//! A data file's top level as read, before its parts are checked: its raw fields, each list's
//! records and the problems of the ones skipped, and what a piece of JSON text is.

use std::collections::BTreeSet;

use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::Value;

use super::error_path::read_record;
use super::local::{Place, Translation};
use super::problem::Problem;
use super::types::{Event, Group, Note, Partner, Reform, Resolution, Session, Source};
use super::votes::{StateName, Vote};

/// The keys the top level of a data file may have.
pub(crate) const TOP_LEVEL: [&str; 17] = [
    "$schema",
    "format",
    "profile",
    "sources",
    "sessions",
    "resolutions",
    "events",
    "reforms",
    "partners",
    "notes",
    "groups",
    "voting",
    "votes",
    "states",
    "translations",
    "places",
    "exported",
];

/// The top level of a file as read, before its parts are checked in a fixed order.
#[derive(Default)]
pub(crate) struct File {
    /// The raw text of `$schema`.
    pub schema: Option<String>,
    /// The raw text of `format`.
    pub format: Option<String>,
    /// The profile's raw text and the line it starts on.
    pub profile: Option<(String, usize)>,
    /// Keys the format does not have, in sorted order.
    pub unknown: BTreeSet<String>,
    pub sources: Section<Source>,
    pub sessions: Section<Session>,
    pub resolutions: Section<Resolution>,
    pub events: Section<Event>,
    pub reforms: Section<Reform>,
    pub partners: Section<Partner>,
    pub notes: Section<Note>,
    pub groups: Section<Group>,
    /// The raw text of `voting` and the line it starts on.
    pub voting: Option<(String, usize)>,
    pub votes: Section<Vote>,
    pub states: Section<StateName>,
    pub translations: Section<Translation>,
    pub places: Section<Place>,
    /// The raw text of `exported` and the line it starts on.
    pub exported: Option<(String, usize)>,
}

/// One top-level list: the records read from it and the problems of the ones skipped.
pub(crate) struct Section<T> {
    pub records: Vec<T>,
    pub problems: Vec<Problem>,
}

impl<T> Default for Section<T> {
    fn default() -> Self {
        Self {
            records: Vec::new(),
            problems: Vec::new(),
        }
    }
}

impl<T: DeserializeOwned> Section<T> {
    /// Reads the record at `index` of list `name` from its raw text, which starts on line
    /// `start`: kept if it reads, reported if not. Returns whether it read.
    pub fn take(
        &mut self,
        name: &str,
        index: usize,
        raw: &str,
        start: impl FnOnce() -> usize,
    ) -> bool {
        match read_record(raw, start) {
            Ok(record) => {
                self.records.push(record);
                true
            }
            Err((line, path, message)) => {
                self.problems.push(Problem {
                    section: name.into(),
                    index: Some(index),
                    id: record_id(raw),
                    line: Some(line),
                    path,
                    message,
                });
                false
            }
        }
    }

    /// Reports a list that is not a list (`found` names what it is), starting on `line`.
    pub fn not_a_list(&mut self, name: &str, found: &str, line: usize) {
        self.problems.push(Problem {
            section: name.into(),
            index: None,
            id: None,
            line: Some(line),
            path: String::new(),
            message: format!("expected an array of records, found {found}"),
        });
    }
}

impl<T> Section<T> {
    /// The records read, with the problems of those skipped moved to `problems`.
    pub(crate) fn into_records(mut self, problems: &mut Vec<Problem>) -> Vec<T> {
        problems.append(&mut self.problems);
        // A list grown one record at a time can have up to half its room unused.
        self.records.shrink_to_fit();
        self.records
    }
}

/// Whether `raw` is JSON, read as the whole file is read; a record that fails to read but is
/// JSON is reported, while one that is not JSON makes the whole file fail.
pub(crate) fn is_json(raw: &str) -> bool {
    serde_json::from_str::<IgnoredAny>(raw).is_ok()
}

/// What kind of JSON value `text` holds, told from its first character. serde_json refuses a
/// top level that is not an object at its first byte, before reading on, so this names what the
/// file starts as (an array, say) even if it is also malformed further in; looking no further
/// keeps a huge or deeply nested file from being parsed again just to name it.
pub(crate) fn kind_at_start(text: &str) -> &'static str {
    kind_of(text.trim_start().bytes().next())
}

/// What kind of JSON value starts with `byte`.
pub(crate) fn kind_of(byte: Option<u8>) -> &'static str {
    match byte {
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        Some(b'{') => "an object",
        Some(_) => "a number",
        None => "nothing",
    }
}

/// The id of a record that may not otherwise be readable, so its error can name it.
fn record_id(item: &str) -> Option<String> {
    let value: Value = serde_json::from_str(item).ok()?;
    // Records are known by their id; sessions by their number, votes by their symbol and
    // states by their code.
    match value.get("id") {
        Some(Value::String(id)) => Some(id.clone()),
        _ => value
            .get("number")
            .and_then(Value::as_u64)
            .map(|n| n.to_string())
            .or_else(|| {
                ["symbol", "code"]
                    .into_iter()
                    .find_map(|key| value.get(key).and_then(Value::as_str).map(str::to_owned))
            }),
    }
}
