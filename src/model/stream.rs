//! Reading a data file a piece at a time, one record's text held at a time.
//!
//! The scanner here follows the file's outline (the top-level object, its keys, the records
//! of each list) and hands each record's text to serde_json on its own. It checks the outline
//! strictly and leaves every value inside it to serde_json, so a file it takes is JSON. Anything
//! it does not expect (a syntax error, text that is not UTF-8) makes it give up, and the caller reads the file whole with
//! [`super::load::parse_in_memory`], which words the error exactly. The fuzz tests check that
//! both give the same answer.

use std::io::Read;

use serde_json::value::RawValue;

use super::file::{is_json, kind_of, File, Section};

/// How much is read from the source at a time.
const CHUNK: usize = 64 * 1024;

/// The top level of the file from `source`, each record read as it passes; `None` if the file
/// is not plain JSON in the shape the scanner follows.
pub(crate) fn read(source: impl Read) -> Option<File> {
    let mut s = Scanner::new(source);
    s.skip_bom();
    let mut file = File::default();
    if s.skip_ws()? != b'{' {
        return None;
    }
    s.bump();
    let mut next = s.skip_ws()?;
    if next == b'}' {
        s.bump();
    } else {
        loop {
            if next != b'"' {
                return None;
            }
            let key: String = serde_json::from_str(s.value()?.0).ok()?;
            if s.skip_ws()? != b':' {
                return None;
            }
            s.bump();
            s.skip_ws()?;
            // A key given twice keeps its last value, as a JSON object read into a map does.
            match key.as_str() {
                "sources" => file.sources = s.section("sources")?,
                "sessions" => file.sessions = s.section("sessions")?,
                "resolutions" => file.resolutions = s.section("resolutions")?,
                "events" => file.events = s.section("events")?,
                "reforms" => file.reforms = s.section("reforms")?,
                "partners" => file.partners = s.section("partners")?,
                "notes" => file.notes = s.section("notes")?,
                "groups" => file.groups = s.section("groups")?,
                "votes" => file.votes = s.section("votes")?,
                "states" => file.states = s.section("states")?,
                "translations" => file.translations = s.section("translations")?,
                "places" => file.places = s.section("places")?,
                _ => {
                    let (raw, line) = s.value()?;
                    serde_json::from_str::<&RawValue>(raw).ok()?;
                    match key.as_str() {
                        "$schema" => file.schema = Some(raw.to_owned()),
                        "format" => file.format = Some(raw.to_owned()),
                        "profile" => file.profile = Some((raw.to_owned(), line)),
                        "voting" => file.voting = Some((raw.to_owned(), line)),
                        "exported" => file.exported = Some((raw.to_owned(), line)),
                        _ => {
                            file.unknown.insert(key);
                        }
                    }
                }
            }
            match s.skip_ws()? {
                b',' => {
                    s.bump();
                    next = s.skip_ws()?;
                }
                b'}' => {
                    s.bump();
                    break;
                }
                _ => return None,
            }
        }
    }
    // Nothing but whitespace may follow the object.
    match s.skip_ws() {
        None => Some(file),
        Some(_) => None,
    }
}

/// The first fault in UTF-8 text read from `source`, worded as [`String::from_utf8`] words it
/// ("invalid utf-8 sequence of 1 bytes from index 6"), or `None` for valid text. It reads a
/// piece at a time, so a large file is checked without being held whole.
pub fn utf8_error(mut source: impl Read) -> Option<String> {
    let mut buf = vec![0; CHUNK];
    // The start of a character cut by the end of the previous piece, moved to the front.
    let mut carried = 0;
    // The index in the file of `buf[0]`.
    let mut offset = 0;
    loop {
        let n = match read_some(&mut source, &mut buf[carried..]) {
            0 => break,
            n => n,
        };
        let filled = carried + n;
        match std::str::from_utf8(&buf[..filled]) {
            Ok(_) => {
                offset += filled;
                carried = 0;
            }
            Err(e) => match e.error_len() {
                // The piece ends inside a character: keep its start for the next piece.
                None => {
                    let valid = e.valid_up_to();
                    buf.copy_within(valid..filled, 0);
                    offset += valid;
                    carried = filled - valid;
                }
                Some(len) => {
                    return Some(format!(
                        "invalid utf-8 sequence of {len} bytes from index {}",
                        offset + e.valid_up_to()
                    ))
                }
            },
        }
    }
    (carried > 0).then(|| format!("incomplete utf-8 byte sequence from index {offset}"))
}

/// Reads what `source` has next into `buf`: how much, or 0 at the end. A read that was only
/// interrupted is tried again, as `read_to_end` does; any other error ends the file there, as
/// it ends `read_to_end`, so the whole-text reader sees the same text.
fn read_some(source: &mut impl Read, buf: &mut [u8]) -> usize {
    loop {
        match source.read(buf) {
            Ok(n) => return n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return 0,
        }
    }
}

/// The file's bytes, a piece at a time, with the text of the value being read kept aside.
struct Scanner<R> {
    source: R,
    buf: Box<[u8]>,
    /// The next byte to read in `buf`.
    at: usize,
    /// The end of what `buf` holds.
    end: usize,
    /// The 1-based line `at` is on.
    line: usize,
    /// The text of the value being read, gathered across pieces.
    kept: Vec<u8>,
}

impl<R: Read> Scanner<R> {
    fn new(source: R) -> Self {
        Self {
            source,
            buf: vec![0; CHUNK].into_boxed_slice(),
            at: 0,
            end: 0,
            line: 1,
            kept: Vec::new(),
        }
    }

    /// Reads the next piece once the last is used up; false at the end of the file.
    fn fill(&mut self) -> bool {
        if self.at < self.end {
            return true;
        }
        self.at = 0;
        self.end = read_some(&mut self.source, &mut self.buf);
        self.end > 0
    }

    /// Skips a byte-order mark at the start of the file: some editors save UTF-8 with one, and
    /// it is not part of the JSON.
    fn skip_bom(&mut self) {
        // Fill until three bytes are in, however the source cuts its pieces.
        while self.end < 3 {
            match read_some(&mut self.source, &mut self.buf[self.end..]) {
                0 => break,
                n => self.end += n,
            }
        }
        if self.buf[..self.end].starts_with("\u{feff}".as_bytes()) {
            self.at = 3;
        }
    }

    /// The next byte that is not JSON whitespace, not consumed; `None` at the end of the file.
    fn skip_ws(&mut self) -> Option<u8> {
        loop {
            if !self.fill() {
                return None;
            }
            match self.buf[self.at] {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                byte => return Some(byte),
            }
            self.at += 1;
        }
    }

    /// Consumes the byte `skip_ws` returned, which is never a newline.
    fn bump(&mut self) {
        self.at += 1;
    }

    /// The text of the value that starts at the next byte, and the line it starts on. Only its
    /// extent is found here (brackets balanced outside strings, or a scalar up to the next
    /// delimiter); whether it is JSON is serde_json's to say. `None` if the file ends first, if
    /// what is next cannot start a value (`,` `:` `}` `]`), or if its text is not UTF-8.
    fn value(&mut self) -> Option<(&str, usize)> {
        let line = self.line;
        self.kept.clear();
        if !self.fill() {
            return None;
        }
        let first = self.buf[self.at];
        let scalar = !matches!(first, b'{' | b'[' | b'"');
        if scalar && matches!(first, b',' | b'}' | b']' | b':') {
            return None;
        }
        let mut depth: u32 = 0;
        let mut in_string = false;
        let mut escaped = false;
        let mut from = self.at;
        loop {
            if self.at == self.end {
                self.kept.extend_from_slice(&self.buf[from..self.end]);
                if !self.fill() {
                    // A scalar may end with the file; anything else is cut short.
                    if scalar {
                        break;
                    }
                    return None;
                }
                from = self.at;
            }
            let byte = self.buf[self.at];
            if in_string {
                if escaped {
                    escaped = false;
                } else if byte == b'\\' {
                    escaped = true;
                } else if byte == b'"' {
                    in_string = false;
                    if depth == 0 {
                        self.at += 1;
                        self.kept.extend_from_slice(&self.buf[from..self.at]);
                        break;
                    }
                } else {
                    // Most of a record is string: skip to its next quote or backslash at once.
                    let rest = &self.buf[self.at..self.end];
                    let skip = rest
                        .iter()
                        .position(|b| *b == b'"' || *b == b'\\')
                        .unwrap_or(rest.len());
                    self.at += skip;
                    continue;
                }
                self.at += 1;
                continue;
            }
            if scalar {
                if matches!(byte, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n') {
                    self.kept.extend_from_slice(&self.buf[from..self.at]);
                    break;
                }
                self.at += 1;
                continue;
            }
            match byte {
                b'"' => in_string = true,
                b'{' | b'[' => depth = depth.saturating_add(1),
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.at += 1;
                        self.kept.extend_from_slice(&self.buf[from..self.at]);
                        break;
                    }
                }
                b'\n' => self.line += 1,
                _ => {}
            }
            self.at += 1;
        }
        std::str::from_utf8(&self.kept).ok().map(|raw| (raw, line))
    }

    /// One top-level list, whose first byte is next: each record read from its own text as it
    /// passes, so only one record's text is held at a time.
    fn section<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Option<Section<T>> {
        let mut section = Section::default();
        if self.skip_ws()? != b'[' {
            // Not a list: null is an empty one, anything else is reported.
            let (raw, line) = self.value()?;
            if !is_json(raw) {
                return None;
            }
            if raw != "null" {
                section.not_a_list(name, kind_of(raw.bytes().next()), line);
            }
            return Some(section);
        }
        self.bump();
        if self.skip_ws()? == b']' {
            self.bump();
            return Some(section);
        }
        for index in 0.. {
            let (raw, line) = self.value()?;
            // A record that does not read is reported only if it is JSON: otherwise the whole
            // file is not, and the whole-file reader says where.
            if !section.take(name, index, raw, || line) && !is_json(raw) {
                return None;
            }
            match self.skip_ws()? {
                b',' => {
                    self.bump();
                    self.skip_ws()?;
                }
                b']' => {
                    self.bump();
                    return Some(section);
                }
                _ => return None,
            }
        }
        None
    }
}

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{read, utf8_error};
    use crate::model::{parse_from, parse_in_memory};

    /// A reader that hands out at most `size` bytes at a time.
    struct Pieces<'a>(&'a [u8], usize);

    impl std::io::Read for Pieces<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(buf.len()).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    const SHIPPED: &str = include_str!("../../public/data/kazakhstan-hrc-2022-2024.json");

    // Guards the memory fix itself: if the scanner gave up on the files the page ships and
    // previews, every load would quietly fall back to holding the whole file.
    #[test]
    fn the_scanner_reads_real_files_itself() {
        for (name, text) in [
            ("shipped", SHIPPED),
            (
                "every-kind",
                include_str!("../../tests/fuzz-corpus/every-kind.json"),
            ),
            (
                "bad-records",
                include_str!("../../tests/fuzz-corpus/bad-records.json"),
            ),
            (
                "odd-text",
                include_str!("../../tests/fuzz-corpus/odd-text.json"),
            ),
            (
                "minimal",
                include_str!("../../tests/fuzz-corpus/minimal.json"),
            ),
        ] {
            let file = read(text.as_bytes()).unwrap_or_else(|| panic!("{name}: gave up"));
            assert!(file.profile.is_some(), "{name}: no profile");
        }
        let shipped = read(SHIPPED.as_bytes()).expect("read");
        assert_eq!(shipped.resolutions.records.len(), 6);
    }

    // Guards the hand-over: what the scanner does not take, the whole-text reader words.
    #[test]
    fn it_gives_up_on_what_is_not_plain_json() {
        for text in [
            "",
            "[]",
            r#"{"format":1,}"#,
            r#"{"format":1 "profile":{}}"#,
            r#"{"resolutions":[{},]}"#,
            r#"{"resolutions":[{"id":"a" "x"}]}"#,
            r#"{"format":1} x"#,
        ] {
            assert!(read(text.as_bytes()).is_none(), "took {text:?}");
            assert_eq!(parse_from(|| text.as_bytes()), parse_in_memory(text));
        }
        // Deep nesting is JSON: the scanner takes it, and the record that serde_json will not
        // read that deep is reported as the whole-text reader reports it.
        let deep = format!(
            r#"{{"format":1,"notes":[{}]}}"#,
            "[".repeat(200) + &"]".repeat(200)
        );
        assert!(read(deep.as_bytes()).is_some());
        assert_eq!(parse_from(|| deep.as_bytes()), parse_in_memory(&deep));
    }

    // Guards line numbers and pieces: a bad record in a pretty-printed file with Windows line
    // ends and a byte-order mark is reported on its line, wherever the pieces are cut.
    #[test]
    fn a_bad_record_keeps_its_line_however_the_file_is_cut() {
        let text = "\u{feff}{\r\n  \"format\": 1,\r\n  \"profile\": {\"title\": \"T\", \"description\": \"D\", \"state\": {\"name\": \"S\"}, \"memberships\": []},\r\n  \"notes\": [\r\n    {\"id\": \"n1\", \"title\": \"A\", \"text\": \"B\", \"citations\": []},\r\n    {\"id\": \"n2\",\r\n     \"title\": 5, \"text\": \"B\"}\r\n  ]\r\n}\r\n";
        let whole = parse_in_memory(text).expect("loads");
        let bad = whole
            .problems
            .iter()
            .find(|p| p.index == Some(1))
            .expect("the second note is reported");
        assert_eq!(
            (bad.id.as_deref(), bad.line, bad.path.as_str()),
            (Some("n2"), Some(7), "title")
        );
        for size in 1..=9 {
            assert!(
                read(Pieces(text.as_bytes(), size)).is_some(),
                "gave up at {size}"
            );
            let cut = parse_from(|| Pieces(text.as_bytes(), size)).expect("loads");
            assert_eq!(cut, whole, "pieces of {size}");
        }
    }

    // Guards the encoding check: Rust's own wording, with a character cut across pieces.
    #[test]
    fn encoding_faults_are_worded_as_rust_words_them() {
        let cases: [&[u8]; 5] = [
            "aé€😀".as_bytes(),
            b"abc\xffdef",
            b"ab\xe2\x82",
            b"\xf0\x9f\x98",
            b"caf\xc3\xa9 \xc3(",
        ];
        for bytes in cases {
            let expected = std::str::from_utf8(bytes).err().map(|e| e.to_string());
            for size in 1..=5 {
                assert_eq!(
                    utf8_error(Pieces(bytes, size)),
                    expected,
                    "{bytes:?} by {size}"
                );
            }
        }
    }
}
