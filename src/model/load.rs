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

use std::collections::BTreeMap;
use std::io::Read;

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::error_path::{read_record, strip_position};
use super::file::{kind_at_start, File, Section, TOP_LEVEL};
use super::problem::{ParseError, Problem, FORMAT};
use super::types::{Dataset, Profile};

/// A loaded record and the problems found while loading it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// Everything that loaded.
    pub dataset: Dataset,
    /// Every problem found, in file order; empty for a clean file.
    pub problems: Vec<Problem>,
}

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
    // Through `dyn Read`, the scanner is compiled once for every reader: the page reads the
    // fetched file and an opened one through different readers. The second copy was 16 KB of
    // the wasm before compression but only 0.3 KB after brotli (bench/notes.md).
    let mut source = open();
    match super::stream::read(&mut source as &mut dyn Read) {
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
            "groups" => file.groups = read_section("groups", raw, &lines),
            "voting" => file.voting = Some((raw.get().to_owned(), lines.line_of(raw))),
            "votes" => file.votes = read_section("votes", raw, &lines),
            "states" => file.states = read_section("states", raw, &lines),
            "translations" => file.translations = read_section("translations", raw, &lines),
            "places" => file.places = read_section("places", raw, &lines),
            "exported" => file.exported = Some((raw.get().to_owned(), lines.line_of(raw))),
            _ => {
                file.unknown.insert(key);
            }
        }
    }
    finish(file)
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
        groups: file.groups.into_records(&mut problems),
        // A voting section that cannot be read is reported; the record still shows, and its
        // votes follow the profile's state (its ISO code), if it gives one.
        voting: read_single("voting", file.voting, &mut problems),
        votes: file.votes.into_records(&mut problems),
        states: file.states.into_records(&mut problems),
        translations: file.translations.into_records(&mut problems),
        places: file.places.into_records(&mut problems),
        // What an export says of its making is only a note to its reader: a bad one is
        // reported and dropped, and the record still shows.
        exported: read_single("exported", file.exported, &mut problems),
    };
    super::validate::check(&mut dataset, &mut problems);
    Ok(Loaded { dataset, problems })
}

/// Reads a top-level section that is one record, not a list (`voting`, `exported`), from its
/// raw text and the line it starts on: a section that cannot be read is reported under
/// `section` and left out.
fn read_single<T: DeserializeOwned>(
    section: &str,
    raw: Option<(String, usize)>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let (raw, start) = raw?;
    read_record(&raw, || start)
        .map_err(|(line, path, message)| {
            problems.push(Problem {
                section: section.into(),
                index: None,
                id: None,
                line: Some(line),
                path,
                message,
            });
        })
        .ok()
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
