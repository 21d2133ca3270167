//! What loading reports: a problem with one record, and why a whole file could not be read.
//!
//! The loader's findings are worded here in English, as `check-data` prints them; the page
//! shows them as they are (marked `lang="en"`), so an editor can match the two.

use std::fmt;

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
