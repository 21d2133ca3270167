//! Where in a record an error is: the path of the bad field (`citations[0].supports[1]`), the
//! file line, and serde_json's expected-and-found message without its position.
//!
//! serde_json reports an error's line and column in the text it read; scanning that text up to
//! the error rebuilds the field's path without wrapping every reader in a path-tracking one,
//! which keeps the page's download smaller.

use serde::de::DeserializeOwned;

/// The serde_json message without its trailing " at line L column C", which is reported in
/// fields of its own.
pub(crate) fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// Reads one record from its raw text, which starts on line `start()` of the file, giving on
/// failure the file line of the error, the path of the bad field and serde's
/// expected-and-found message.
pub(crate) fn read_record<T: DeserializeOwned>(
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
