//! Loading a data file with precise errors.
//!
//! Each record is read from its own text, so one bad record is reported (section, index, id,
//! file line, field path, expected and found) and skipped while the rest load. After that, the
//! links between records are checked: duplicate ids, dangling references, citations of unknown
//! sources. Only a file that is not JSON at all, or has no readable profile, fails as a whole.
//!
//! There are two readers that give the same result. [`parse_from`] reads the file a piece at a
//! time and holds one record's text at a time (see [`super::stream`]); the page reads with it.
//! [`parse_in_memory`] splits the whole text into raw slices without building a JSON tree; it
//! words the errors of a file that is not plain JSON, where the first reader gives up, and the
//! fuzz tests hold the two to the same answer on every input.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::Read;

use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::value::RawValue;
use serde_json::Value;

use super::types::{
    Citation, Dataset, Event, Note, Partner, Profile, Reform, Resolution, Session, Source,
};

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
    parse_from(|| text.as_bytes())
}

/// Parses and checks a data file read a piece at a time from the reader `open` gives, as
/// [`parse`] does. The page reads the fetched file this way from the browser's memory, so the
/// file's bytes never sit in the app's memory beside the records made from them: at 10 000
/// records that pair was the high-water mark of the page's memory, which a wasm instance keeps
/// for good. The reader must not fail, and the text should be UTF-8 (see
/// [`super::stream::utf8_error`]); bytes that are not are read as U+FFFD.
///
/// A file that is not plain JSON is read a second time, whole, by [`parse_in_memory`], which
/// words its error exactly: the line and column an editor's cursor and `check-data` agree on.
pub fn parse_from<R: Read>(open: impl Fn() -> R) -> Result<Loaded, ParseError> {
    let _sharing = super::name::Sharing::begin();
    match super::stream::read(open()) {
        Some(file) => finish(file),
        None => {
            let mut bytes = Vec::new();
            // The reader does not fail; if it did, what was read is reported on.
            let _ = open().read_to_end(&mut bytes);
            parse_in_memory(&String::from_utf8_lossy(&bytes))
        }
    }
}

/// Parses and checks a data file held whole in memory. It gives the same result as [`parse`],
/// which reads a piece at a time and calls this for a file that is not plain JSON.
pub fn parse_in_memory(text: &str) -> Result<Loaded, ParseError> {
    let _sharing = super::name::Sharing::begin();
    // Editors on some systems save UTF-8 with a byte-order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = Text::new(text);
    // The top level is split into raw slices of the text without building a JSON tree, and each
    // record is read straight from its slice.
    let root: BTreeMap<String, &RawValue> = match serde_json::from_str(text) {
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
    let mut file = File::default();
    for (key, raw) in root {
        match key.as_str() {
            "$schema" => file.schema = Some(raw.get().to_owned()),
            "format" => file.format = Some(raw.get().to_owned()),
            "profile" => file.profile = Some((raw.get().to_owned(), lines.line_of(raw))),
            "sources" => file.sources = read_section("sources", raw, &lines),
            "sessions" => file.sessions = read_section("sessions", raw, &lines),
            "resolutions" => file.resolutions = read_section("resolutions", raw, &lines),
            "events" => file.events = read_section("events", raw, &lines),
            "reforms" => file.reforms = read_section("reforms", raw, &lines),
            "partners" => file.partners = read_section("partners", raw, &lines),
            "notes" => file.notes = read_section("notes", raw, &lines),
            _ => {
                file.unknown.insert(key);
            }
        }
    }
    finish(file)
}

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
    fn into_records(mut self, problems: &mut Vec<Problem>) -> Vec<T> {
        problems.append(&mut self.problems);
        // A list grown one record at a time can have up to half its room unused.
        self.records.shrink_to_fit();
        self.records
    }
}

/// Checks the top level in a fixed order, whatever the file's order of keys: unknown keys, the
/// format, the profile, then each list's problems in the schema's order, then the links.
fn finish(file: File) -> Result<Loaded, ParseError> {
    let mut problems: Vec<Problem> = file
        .unknown
        .iter()
        .map(|key| Problem {
            section: "file".into(),
            index: None,
            id: None,
            line: None,
            path: key.clone(),
            message: format!(
                "unknown field `{key}`, expected one of {}",
                TOP_LEVEL.map(|k| format!("`{k}`")).join(", ")
            ),
        })
        .collect();
    match file.format.as_deref().map(str::trim) {
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
    let schema = file
        .schema
        .and_then(|raw| serde_json::from_str::<String>(&raw).ok());
    let profile: Profile = match file.profile {
        Some((raw, start)) => read_record(&raw, || start).map_err(|(line, path, message)| {
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
        sources: file.sources.into_records(&mut problems),
        sessions: file.sessions.into_records(&mut problems),
        resolutions: file.resolutions.into_records(&mut problems),
        events: file.events.into_records(&mut problems),
        reforms: file.reforms.into_records(&mut problems),
        partners: file.partners.into_records(&mut problems),
        notes: file.notes.into_records(&mut problems),
    };
    super::validate::check(&mut dataset, &mut problems);
    Ok(Loaded { dataset, problems })
}

/// Whether `raw` is JSON, read as the whole file is read; a record that fails to read but is
/// JSON is reported, while one that is not JSON makes the whole file fail.
pub(crate) fn is_json(raw: &str) -> bool {
    serde_json::from_str::<IgnoredAny>(raw).is_ok()
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

/// What kind of JSON value `text` holds, told from its first character. serde_json refuses a
/// top level that is not an object at its first byte, before reading on, so this names what the
/// file starts as (an array, say) even if it is also malformed further in; looking no further
/// keeps a huge or deeply nested file from being parsed again just to name it.
fn kind_at_start(text: &str) -> &'static str {
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

    /// The 1-based line of the file on which `raw` (a slice of the text) starts.
    fn line_of(&self, raw: &RawValue) -> usize {
        let start = (raw.get().as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize);
        let newlines = self.newlines.get_or_init(|| {
            self.text
                .bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i)
                .collect()
        });
        newlines.partition_point(|&n| n < start) + 1
    }
}

/// Reads one record from its raw text, which starts on line `start()` of the file, giving on
/// failure the file line of the error, the path of the bad field and serde's
/// expected-and-found message.
fn read_record<T: DeserializeOwned>(
    raw: &str,
    start: impl FnOnce() -> usize,
) -> Result<T, (usize, String, String)> {
    serde_json::from_str(raw).map_err(|e| {
        let at = byte_offset(raw, e.line(), e.column());
        (
            start() + e.line().max(1) - 1,
            path_at(raw, at),
            strip_position(&e),
        )
    })
}

/// The byte offset of serde_json's 1-based `line` and `column` (which counts bytes) in `json`.
fn byte_offset(json: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        json.match_indices('\n')
            .nth(line - 2)
            .map_or(json.len(), |(i, _)| i + 1)
    };
    (line_start + column.saturating_sub(1)).min(json.len())
}

/// One open container while scanning towards an error.
enum Open {
    /// An object, with the key whose value is being read (if any).
    Object(Option<String>),
    /// An array, with the index of the element being read.
    Array(usize),
}

/// The path of the field that byte `at` of the valid JSON `json` belongs to, written the way an
/// editor reads it: `citations[0].supports[1]`. serde_json reports an error at the last byte it
/// read: the end of a bad value or of an unknown key (whose path this gives), or the `}` that
/// closes an object missing a field (whose path is the object's own). Scanning the text up to
/// the error rebuilds the path without wrapping every reader, which keeps the wasm smaller.
fn path_at(json: &str, at: usize) -> String {
    let bytes = json.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    let mut expecting_key = false;
    let mut i = 0;
    while i < at {
        match bytes[i] {
            b'{' => {
                open.push(Open::Object(None));
                expecting_key = true;
            }
            b'[' => {
                open.push(Open::Array(0));
                expecting_key = false;
            }
            b'}' | b']' => {
                open.pop();
                expecting_key = false;
            }
            b',' => match open.last_mut() {
                Some(Open::Object(key)) => {
                    *key = None;
                    expecting_key = true;
                }
                Some(Open::Array(index)) => *index += 1,
                None => {}
            },
            b':' => expecting_key = false,
            b'"' => {
                // A string: skip to its closing quote (even past `at`, to name a whole key).
                let start = i + 1;
                let mut end = start;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Open::Object(key)) = open.last_mut() {
                        *key = json.get(start..end.min(bytes.len())).map(str::to_owned);
                    }
                }
                i = end;
            }
            _ => {}
        }
        i += 1;
    }
    // serde_json stops on the byte before a value it refuses without reading it (a `[` or `{`
    // where a string belongs is only peeked at), so a separator or opener there still counts.
    match bytes.get(at) {
        Some(b',') => match open.last_mut() {
            Some(Open::Object(key)) => *key = None,
            Some(Open::Array(index)) => *index += 1,
            None => {}
        },
        Some(b'[') => open.push(Open::Array(0)),
        _ => {}
    }
    // At a closing bracket the error is about the container itself (a missing field).
    if matches!(bytes.get(at), Some(b'}' | b']')) {
        match open.last_mut() {
            Some(Open::Object(key)) => *key = None,
            Some(Open::Array(_)) => {
                open.pop();
            }
            None => {}
        }
    }
    let mut path = String::new();
    // The outermost object is the record itself, whose fields start the path.
    for o in &open {
        match o {
            Open::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Open::Object(None) => {}
            Open::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// Reads every record of one top-level list, skipping (and reporting) the ones that fail.
fn read_section<T: DeserializeOwned>(name: &str, raw: &RawValue, lines: &Text) -> Section<T> {
    let mut section = Section::default();
    match serde_json::from_str::<Option<Vec<&RawValue>>>(raw.get()) {
        Ok(items) => {
            for (index, item) in items.unwrap_or_default().into_iter().enumerate() {
                section.take(name, index, item.get(), || lines.line_of(item));
            }
        }
        Err(_) => section.not_a_list(name, kind_at_start(raw.get()), lines.line_of(raw)),
    }
    section
}

/// The id of a record that may not otherwise be readable, so its error can name it.
fn record_id(item: &str) -> Option<String> {
    let value: Value = serde_json::from_str(item).ok()?;
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

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{byte_offset, path_at};

    /// The path serde_json's error in `json` points at, for a record type that never parses.
    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        let e = serde_json::from_str::<T>(json).expect_err("the input is bad");
        path_at(json, byte_offset(json, e.line(), e.column()))
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        name: String,
        tags: Vec<u8>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        id: String,
        items: Vec<Inner>,
    }

    // Guards the path of a wrong type deep inside arrays and objects.
    #[test]
    fn a_wrong_type_is_named_by_its_full_path() {
        let json =
            r#"{"id":"a","items":[{"name":"x","tags":[1]},{"name":"y","tags":[1,2,"three"]}]}"#;
        assert_eq!(path_of_error::<Outer>(json), "items[1].tags[2]");
    }

    // Guards a missing field: the path of the object that lacks it, not of its last key.
    #[test]
    fn a_missing_field_is_named_by_its_object() {
        let json = r#"{"id":"a","items":[{"name":"x","tags":[]},{"name":"y"}]}"#;
        assert_eq!(path_of_error::<Outer>(json), "items[1]");
        assert_eq!(path_of_error::<Outer>(r#"{"id":"a"}"#), "");
    }

    // Guards an unknown key: named in full, even with escapes in it and in the strings before.
    #[test]
    fn an_unknown_key_is_named_whole() {
        let json =
            r#"{"id":"a \"quoted\" \\ [x] {y}","items":[{"name":"x","tags":[],"colo\"ur":1}]}"#;
        assert_eq!(path_of_error::<Outer>(json), r#"items[0].colo\"ur"#);
    }

    // Guards line and column on pretty-printed input, which is how editors keep the file.
    #[test]
    fn pretty_printed_input_gives_the_same_path() {
        let json = "{\n  \"id\": \"a\",\n  \"items\": [\n    { \"name\": \"x\", \"tags\": [ 300 ] }\n  ]\n}";
        assert_eq!(path_of_error::<Outer>(json), "items[0].tags[0]");
    }

    // Guards a value of the wrong kind of container, reported where it opens, whether first
    // in its array or not, in compact JSON (as browsers and scripts write it).
    #[test]
    fn a_container_for_a_string_is_named_by_its_key() {
        let json = r#"{"id":["a"],"items":[]}"#;
        assert_eq!(path_of_error::<Outer>(json), "id");
        let json = r#"{"id":"a","items":[{"name":"x","tags":[1,[2]]}]}"#;
        assert_eq!(path_of_error::<Outer>(json), "items[0].tags[1]");
        let json = r#"{"id":"a","items":[{"name":"x","tags":[[2]]}]}"#;
        assert_eq!(path_of_error::<Outer>(json), "items[0].tags[0]");
        let json = r#"{"id":"a","items":[{"name":"x","tags":[]},[]]}"#;
        assert_eq!(path_of_error::<Outer>(json), "items[1]");
        let json = r#"{"id":"a","items":[{"name":{},"tags":[]}]}"#;
        assert_eq!(path_of_error::<Outer>(json), "items[0].name");
    }
}
