//! Loading a data file with precise errors.
//!
//! The file is split once into raw slices, one per record (no JSON tree is built), then each
//! record is read from its slice on its own, so one bad record is reported (section, index, id,
//! file line, field path, expected and found) and skipped while the rest load. After that, the links between records are checked: duplicate ids, dangling
//! references, citations of unknown sources. Only a file that is not JSON at all, or has no
//! readable profile, fails as a whole.

use std::fmt;

use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

use serde_json::value::RawValue;
use serde_json::Value;

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
    /// The line of the data file where the problem is, when known.
    pub line: Option<usize>,
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
        if let Some(line) = self.line {
            out.push_str(&format!(" (line {line})"));
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
    Profile(Box<Problem>),
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
    // Editors on some systems save UTF-8 with a byte-order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = Text::new(text);
    // The top level is split into raw slices of the text without building a JSON tree, so a
    // large file is held once and each record is read straight from its slice.
    let mut root: BTreeMap<String, &RawValue> = match serde_json::from_str(text) {
        Ok(root) => root,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Err(ParseError::Syntax {
                line: e.line(),
                column: e.column(),
                message: strip_position(&e),
            })
        }
        Err(_) => {
            return Err(ParseError::NotAnObject {
                found: kind_at_start(text),
            })
        }
    };
    let mut problems = Vec::new();
    for key in root.keys() {
        if !TOP_LEVEL.contains(&key.as_str()) {
            problems.push(Problem {
                section: "file".into(),
                index: None,
                id: None,
                line: None,
                path: key.clone(),
                message: format!(
                    "unknown field `{key}`, expected one of {}",
                    TOP_LEVEL.map(|k| format!("`{k}`")).join(", ")
                ),
            });
        }
    }
    match root.get("format").map(|raw| raw.get().trim()) {
        Some(found) if found == FORMAT.to_string() => {}
        Some(found) => {
            return Err(ParseError::Format {
                found: found.to_owned(),
            })
        }
        None => {
            return Err(ParseError::Format {
                found: "nothing (the `format` field is missing)".into(),
            })
        }
    }
    let schema = root
        .remove("$schema")
        .and_then(|raw| serde_json::from_str::<String>(raw.get()).ok());
    let profile: Profile = match root.remove("profile") {
        Some(raw) => read_record(&lines, raw).map_err(|(line, path, message)| {
            ParseError::Profile(Box::new(Problem {
                section: "profile".into(),
                index: None,
                id: None,
                line: Some(line),
                path,
                message,
            }))
        })?,
        None => {
            return Err(ParseError::Profile(Box::new(Problem {
                section: "profile".into(),
                index: None,
                id: None,
                line: None,
                path: String::new(),
                message: "missing field `profile`".into(),
            })))
        }
    };

    let mut dataset = Dataset {
        schema,
        format: FORMAT,
        profile,
        sources: read_section(&lines, &mut root, "sources", &mut problems),
        sessions: read_section(&lines, &mut root, "sessions", &mut problems),
        resolutions: read_section(&lines, &mut root, "resolutions", &mut problems),
        events: read_section(&lines, &mut root, "events", &mut problems),
        reforms: read_section(&lines, &mut root, "reforms", &mut problems),
        partners: read_section(&lines, &mut root, "partners", &mut problems),
        notes: read_section(&lines, &mut root, "notes", &mut problems),
    };
    super::validate::check(&mut dataset, &mut problems);
    Ok(Loaded { dataset, problems })
}

/// The serde_json message without its trailing " at line L column C", which is reported in
/// fields of its own.
fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// What kind of JSON value `text` holds, told from its first character: the whole text is
/// valid JSON here (only its type was wrong), and looking no further keeps a huge or deeply
/// nested file from being parsed again just to name it.
fn kind_at_start(text: &str) -> &'static str {
    match text.trim_start().bytes().next() {
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        Some(b'{') => "an object",
        Some(_) => "a number",
        None => "nothing",
    }
}

/// The file's text, with a table of line starts built on the first problem only, so that
/// reporting thousands of bad records stays linear.
struct Text<'a> {
    text: &'a str,
    newlines: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> Text<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            newlines: std::cell::OnceCell::new(),
        }
    }

    /// The 1-based line of the file on which `raw` (a slice of the text) starts, plus `offset`
    /// lines into it.
    fn line_of(&self, raw: &RawValue, offset: usize) -> usize {
        let start = (raw.get().as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize);
        let newlines = self.newlines.get_or_init(|| {
            self.text
                .bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i)
                .collect()
        });
        newlines.partition_point(|&n| n < start) + offset.max(1)
    }
}

/// Reads one record from its raw slice, giving on failure the file line of the error, the path
/// of the bad field and serde's expected-and-found message.
fn read_record<T: DeserializeOwned>(
    text: &Text,
    raw: &RawValue,
) -> Result<T, (usize, String, String)> {
    let mut de = serde_json::Deserializer::from_str(raw.get());
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let inner = e.into_inner();
        (
            text.line_of(raw, inner.line()),
            path,
            strip_position(&inner),
        )
    })
}

/// Reads every record of one top-level list, skipping (and reporting) the ones that fail.
fn read_section<T: DeserializeOwned>(
    text: &Text,
    root: &mut BTreeMap<String, &RawValue>,
    section: &str,
    problems: &mut Vec<Problem>,
) -> Vec<T> {
    let Some(raw) = root.remove(section) else {
        return Vec::new();
    };
    let items: Vec<&RawValue> = match serde_json::from_str::<Option<Vec<&RawValue>>>(raw.get()) {
        Ok(items) => items.unwrap_or_default(),
        Err(_) => {
            let found = kind_at_start(raw.get());
            problems.push(Problem {
                section: section.into(),
                index: None,
                id: None,
                line: Some(text.line_of(raw, 1)),
                path: String::new(),
                message: format!("expected an array of records, found {found}"),
            });
            return Vec::new();
        }
    };
    let mut records = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        match read_record(text, item) {
            Ok(record) => records.push(record),
            Err((line, path, message)) => problems.push(Problem {
                section: section.into(),
                index: Some(index),
                id: record_id(item),
                line: Some(line),
                path,
                message,
            }),
        }
    }
    records
}

/// The id of a record that may not otherwise be readable, so its error can name it.
fn record_id(item: &RawValue) -> Option<String> {
    let value: Value = serde_json::from_str(item.get()).ok()?;
    match value.get("id") {
        Some(Value::String(id)) => Some(id.clone()),
        _ => value
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
