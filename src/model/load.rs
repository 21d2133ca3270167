//! Loading a data file with precise errors.
//!
//! The file is parsed once into a JSON tree, then each record is read on its own, so one bad
//! record is reported (section, index, id, field path, expected and found) and skipped while the
//! rest load. After that, the links between records are checked: duplicate ids, dangling
//! references, citations of unknown sources. Only a file that is not JSON at all, or has no
//! readable profile, fails as a whole.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::types::{Citation, Dataset, Event, Note, Partner, Profile, Reform, Resolution};

/// The data file format this build reads.
pub const FORMAT: u32 = 1;

/// A problem with one record (or one top-level field). The record is skipped, or the bad link
/// in it dropped; every other record still loads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The top-level field the record is in ("resolutions"), or "file" for the file itself.
    pub section: String,
    /// The record's position in its section, when it is in a list.
    pub index: Option<usize>,
    /// The record's id, when it has a readable one.
    pub id: Option<String>,
    /// The path of the bad field inside the record, e.g. "citations[0].source"; empty for the
    /// record as a whole.
    pub path: String,
    /// What was expected and what was found.
    pub message: String,
}

impl Problem {
    /// Where the problem is, e.g. `resolutions[2] "res-dv"`.
    pub fn record(&self) -> String {
        let mut out = self.section.clone();
        if let Some(i) = self.index {
            out.push_str(&format!("[{i}]"));
        }
        if let Some(id) = &self.id {
            out.push_str(&format!(" \"{id}\""));
        }
        out
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.record())?;
        if !self.path.is_empty() {
            write!(f, ", field `{}`", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Why a data file could not be loaded at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// The text is not JSON.
    #[error("the data is not valid JSON: {message} at line {line}, column {column}")]
    Syntax {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What the JSON parser expected.
        message: String,
    },
    /// The JSON is not an object with the record's fields.
    #[error("the data must be a JSON object with a \"profile\" and record lists, found {found}")]
    NotAnObject {
        /// The kind of JSON value found instead.
        found: &'static str,
    },
    /// The file is written in a format version this build does not read.
    #[error("the data is format {found}, but this app reads format {FORMAT}")]
    Format {
        /// The version the file declares (or a description of what was there).
        found: String,
    },
    /// The profile is missing or unreadable, so there is no record to show.
    #[error("the data's profile cannot be read: {0}")]
    Profile(Problem),
}

/// A loaded record and the problems found while loading it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// Everything that loaded.
    pub dataset: Dataset,
    /// Every problem found, in file order; empty for a clean file.
    pub problems: Vec<Problem>,
}

const TOP_LEVEL: [&str; 10] = [
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
];

/// Parses and checks a data file. See the module documentation for what is reported.
pub fn parse(text: &str) -> Result<Loaded, ParseError> {
    let root: Value = serde_json::from_str(text).map_err(|e| ParseError::Syntax {
        line: e.line(),
        column: e.column(),
        message: syntax_message(&e),
    })?;
    let Value::Object(mut root) = root else {
        return Err(ParseError::NotAnObject {
            found: kind_of(&root),
        });
    };
    let mut problems = Vec::new();
    for key in root.keys() {
        if !TOP_LEVEL.contains(&key.as_str()) {
            problems.push(Problem {
                section: "file".into(),
                index: None,
                id: None,
                path: key.clone(),
                message: format!(
                    "unknown field `{key}`, expected one of {}",
                    TOP_LEVEL.map(|k| format!("`{k}`")).join(", ")
                ),
            });
        }
    }
    match root.get("format") {
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(FORMAT)) => {}
        Some(other) => {
            return Err(ParseError::Format {
                found: other.to_string(),
            })
        }
        None => {
            return Err(ParseError::Format {
                found: "nothing (the `format` field is missing)".into(),
            })
        }
    }
    let schema = match root.remove("$schema") {
        Some(Value::String(s)) => Some(s),
        _ => None,
    };
    let profile: Profile = match root.remove("profile") {
        Some(value) => read_record(value).map_err(|(path, message)| {
            ParseError::Profile(Problem {
                section: "profile".into(),
                index: None,
                id: None,
                path,
                message,
            })
        })?,
        None => {
            return Err(ParseError::Profile(Problem {
                section: "profile".into(),
                index: None,
                id: None,
                path: String::new(),
                message: "missing field `profile`".into(),
            }))
        }
    };

    let mut dataset = Dataset {
        schema,
        format: FORMAT,
        profile,
        sources: read_section(&mut root, "sources", &mut problems),
        sessions: read_section(&mut root, "sessions", &mut problems),
        resolutions: read_section(&mut root, "resolutions", &mut problems),
        events: read_section(&mut root, "events", &mut problems),
        reforms: read_section(&mut root, "reforms", &mut problems),
        partners: read_section(&mut root, "partners", &mut problems),
        notes: read_section(&mut root, "notes", &mut problems),
    };
    super::validate::check(&mut dataset, &mut problems);
    Ok(Loaded { dataset, problems })
}

/// The serde_json message without its trailing " at line L column C", which the error
/// type states in its own fields.
fn syntax_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// The kind of a JSON value, as error messages name it.
pub(crate) fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Reads one record, giving the path of the bad field and serde's expected-and-found message.
fn read_record<T: DeserializeOwned>(value: Value) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        (path, e.into_inner().to_string())
    })
}

/// Reads every record of one top-level list, skipping (and reporting) the ones that fail.
fn read_section<T: DeserializeOwned>(
    root: &mut Map<String, Value>,
    section: &str,
    problems: &mut Vec<Problem>,
) -> Vec<T> {
    let items = match root.remove(section) {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::Array(items)) => items,
        Some(other) => {
            problems.push(Problem {
                section: section.into(),
                index: None,
                id: None,
                path: String::new(),
                message: format!("expected an array of records, found {}", kind_of(&other)),
            });
            return Vec::new();
        }
    };
    let mut records = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        let id = record_id(&item);
        match read_record(item) {
            Ok(record) => records.push(record),
            Err((path, message)) => problems.push(Problem {
                section: section.into(),
                index: Some(index),
                id,
                path,
                message,
            }),
        }
    }
    records
}

/// The id of a record that may not otherwise be readable, so its error can name it.
fn record_id(item: &Value) -> Option<String> {
    match item.get("id") {
        Some(Value::String(id)) => Some(id.clone()),
        _ => item
            .get("number")
            .and_then(Value::as_u64)
            .map(|n| n.to_string()),
    }
}

/// A record that has an id and citations, so checks can treat all kinds alike.
pub(crate) trait Record {
    /// The record's id.
    fn id(&self) -> &str;
    /// Its citations.
    fn citations(&self) -> &[Citation];
    /// Its citations, to drop the ones that point nowhere.
    fn citations_mut(&mut self) -> &mut Vec<Citation>;
    /// The field names a citation's `supports` may name.
    const FIELDS: &'static [&'static str];
}

macro_rules! record {
    ($ty:ty, [$($field:literal),* $(,)?]) => {
        impl Record for $ty {
            fn id(&self) -> &str {
                &self.id
            }
            fn citations(&self) -> &[Citation] {
                &self.citations
            }
            fn citations_mut(&mut self) -> &mut Vec<Citation> {
                &mut self.citations
            }
            const FIELDS: &'static [&'static str] = &[$($field),*];
        }
    };
}

record!(
    Resolution,
    [
        "title",
        "symbol",
        "session",
        "adopted",
        "role",
        "leads",
        "on_behalf_of",
        "themes",
        "outcome",
        "cosponsors",
        "summary",
        "follow_ups"
    ]
);
record!(
    Event,
    [
        "date",
        "kind",
        "title",
        "symbol",
        "session",
        "resolutions",
        "summary"
    ]
);
record!(Reform, ["title", "date", "summary"]);
record!(Partner, ["name"]);
record!(Note, ["title", "text"]);
