//! The loader against hostile and odd input: truncated files, the wrong shape, huge files, deep
//! nesting, long strings, any script, markup in text and script URLs. Each either loads with its
//! text intact or gives a specific message, and never takes the valid records down with it.
//! (What the reader sees of the same inputs is tested end to end in tests/e2e/hostile.test.mjs.)
#![cfg(not(target_arch = "wasm32"))]

use hrc_record::model::{parse, rules::is_link_url, ParseError, Problem};
use hrc_record::synthetic;
use serde_json::{json, Value};

/// A small valid file with every free-text field filled, to break one piece at a time.
fn valid() -> Value {
    json!({
        "format": 1,
        "profile": { "title": "T", "description": "D", "state": { "name": "Kazakhstan" } },
        "sources": [ { "id": "src", "title": "S", "publisher": "P", "url": "https://example.org", "kind": "secondary" } ],
        "sessions": [ { "number": 54, "start": "2023-09-11", "end": "2023-10-13", "citations": [ { "source": "src" } ] } ],
        "resolutions": [
            { "id": "res-a", "title": "A", "symbol": "54/5", "session": 54, "adopted": "2023-10-11", "role": "led",
              "leads": ["Kazakhstan"], "on_behalf_of": "a group", "themes": ["education"],
              "outcome": { "kind": "without_vote" },
              "cosponsors": { "named": ["Gambia"], "regions": ["Africa"] },
              "summary": "S", "follow_ups": ["ev-a"], "citations": [ { "source": "src" } ] },
            { "id": "res-b", "title": "B", "session": 54, "role": "main_sponsor",
              "outcome": { "kind": "not_stated" }, "citations": [ { "source": "src" } ] }
        ],
        "events": [
            { "id": "ev-a", "date": "2024-09", "kind": "panel", "title": "Panel", "symbol": "A/HRC/57/1",
              "summary": "S", "resolutions": ["res-a"], "citations": [ { "source": "src" } ] }
        ],
        "reforms": [ { "id": "ref-a", "title": "R", "summary": "S", "citations": [ { "source": "src" } ] } ],
        "partners": [ { "id": "par-a", "name": "N", "citations": [ { "source": "src" } ] } ],
        "notes": [ { "id": "note-a", "title": "T", "text": "X", "citations": [ { "source": "src" } ] } ]
    })
}

/// Every free-text field of the fixture, as a JSON pointer.
const FREE_TEXT: &[&str] = &[
    "/profile/title",
    "/profile/description",
    "/profile/state/name",
    "/sources/0/title",
    "/sources/0/publisher",
    "/resolutions/0/title",
    "/resolutions/0/symbol",
    "/resolutions/0/leads/0",
    "/resolutions/0/on_behalf_of",
    "/resolutions/0/themes/0",
    "/resolutions/0/cosponsors/named/0",
    "/resolutions/0/cosponsors/regions/0",
    "/resolutions/0/summary",
    "/events/0/title",
    "/events/0/symbol",
    "/events/0/summary",
    "/reforms/0/title",
    "/reforms/0/summary",
    "/partners/0/name",
    "/notes/0/title",
    "/notes/0/text",
];

fn set(v: &mut Value, pointer: &str, to: Value) {
    *v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("the fixture has {pointer}")) = to;
}

fn load(value: &Value) -> (Vec<Problem>, Value) {
    let loaded = parse(&value.to_string()).expect("the file as a whole loads");
    let back = serde_json::to_value(&loaded.dataset).expect("a loaded dataset serializes");
    (loaded.problems, back)
}

// Guards the baseline: every field of the fixture is clean.
#[test]
fn the_fixture_is_clean() {
    let (problems, back) = load(&valid());
    assert!(problems.is_empty(), "{problems:#?}");
    for pointer in FREE_TEXT {
        assert!(
            back.pointer(pointer).is_some(),
            "{pointer} survives loading"
        );
    }
}

// Guards truncation at every byte: always a syntax error with a line and column, never a panic
// and never a half-loaded record passed off as whole.
#[test]
fn a_file_cut_anywhere_is_a_syntax_error_with_a_position() {
    let text = serde_json::to_string_pretty(&valid()).unwrap();
    let cuts: Vec<usize> = (0..text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    for cut in cuts {
        let err = match parse(&text[..cut]) {
            Err(e) => e,
            Ok(_) => panic!("a file cut at byte {cut} of {} loaded", text.len()),
        };
        match &err {
            ParseError::Syntax { line, column, .. } => {
                assert!(*line >= 1, "cut at {cut}: {err}");
                assert!(err
                    .to_string()
                    .contains(&format!("line {line}, column {column}")));
            }
            other => panic!("cut at {cut}: expected a syntax error, found {other:?}"),
        }
    }
}

// Guards the wrong top-level type: each is named in the message.
#[test]
fn a_file_that_is_not_an_object_says_what_it_is() {
    for (text, found) in [
        ("\"text\"", "a string"),
        ("42", "a number"),
        ("null", "null"),
        ("true", "a boolean"),
        ("[]", "an array"),
    ] {
        let err = parse(text).unwrap_err();
        assert!(
            err.to_string().contains(found),
            "{text}: expected the message to name {found}, found {err}"
        );
    }
    assert!(parse("").unwrap_err().to_string().contains("line 1"));
}

// Guards markup and script in every free-text field: the loader keeps the text exactly as
// written (it is rendered as text, never as markup), and the record still loads.
#[test]
fn markup_in_every_free_text_field_is_kept_as_text() {
    let hostile = r#"<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><b>bold</b>&amp;"#;
    let mut v = valid();
    for pointer in FREE_TEXT {
        set(&mut v, pointer, json!(hostile));
    }
    let (problems, back) = load(&v);
    assert!(problems.is_empty(), "{problems:#?}");
    for pointer in FREE_TEXT {
        assert_eq!(back.pointer(pointer), Some(&json!(hostile)), "{pointer}");
    }
}

// Guards right-to-left text, emoji and zero-width characters: kept byte for byte.
#[test]
fn any_script_emoji_and_zero_width_characters_are_kept() {
    let texts = [
        "حقوق الإنسان في التعليم",
        "זכויות אדם",
        "Права ребёнка · Бала құқықтары",
        "👩‍👧 education 🇰🇿",
        "zero\u{200b}width\u{200d}joiner\u{feff}",
        "\u{202e}reversed\u{202c} text",
    ];
    for text in texts {
        let mut v = valid();
        set(&mut v, "/resolutions/0/title", json!(text));
        set(&mut v, "/resolutions/0/summary", json!(text));
        let (problems, back) = load(&v);
        assert!(problems.is_empty(), "{text}: {problems:#?}");
        assert_eq!(back.pointer("/resolutions/0/title"), Some(&json!(text)));
    }
}

// Guards ids, which become element ids and URL fragments: invisible and non-ASCII characters
// are refused with the id named, and the other records load.
#[test]
fn an_id_with_invisible_or_non_ascii_characters_is_refused() {
    for id in ["res\u{200b}b", "rés-b", "res-b ", "<b>"] {
        let mut v = valid();
        set(&mut v, "/resolutions/1/id", json!(id));
        let (problems, back) = load(&v);
        assert_eq!(problems.len(), 1, "{id:?}: {problems:#?}");
        assert_eq!(problems[0].path, "id", "{id:?}");
        assert!(problems[0].message.contains(id), "{id:?}: {}", problems[0]);
        assert_eq!(back["resolutions"].as_array().unwrap().len(), 1);
    }
}

// Guards "nothing from the data is executed": only http, https and mailto become links; every
// other scheme, however it is spelled, is refused with the URL in the message.
#[test]
fn script_and_data_urls_are_refused_in_every_url_field() {
    let refused = [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "https:",
        "example.org",
        "",
    ];
    for url in refused {
        assert!(!is_link_url(url), "{url:?} must not become a link");
        let mut v = valid();
        set(&mut v, "/sources/0/url", json!(url));
        let (problems, back) = load(&v);
        let p = problems
            .iter()
            .find(|p| p.path == "url")
            .unwrap_or_else(|| panic!("{url:?} refused: {problems:#?}"));
        assert!(p.message.contains(&format!("found \"{url}\"")), "{p}");
        assert!(back["sources"].as_array().unwrap().is_empty());
    }
    for url in [
        "https://example.org/a?b#c",
        "HTTP://EXAMPLE.ORG",
        "mailto:press@example.org",
    ] {
        assert!(is_link_url(url), "{url:?} is a link");
        let mut v = valid();
        set(&mut v, "/sources/0/url", json!(url));
        let (problems, _) = load(&v);
        assert!(problems.is_empty(), "{url:?}: {problems:#?}");
    }
    // The shipped-file field takes paths under sources/ only, never a URL.
    for file in [
        "javascript:alert(1)",
        "data:text/plain,x",
        "https://example.org/a.txt",
    ] {
        let mut v = valid();
        v["sources"][0]["file"] = json!(file);
        let (problems, _) = load(&v);
        assert!(
            problems.iter().any(|p| p.path == "file"),
            "{file:?}: {problems:#?}"
        );
    }
}

// Guards very long strings: a megabyte title loads whole.
#[test]
fn a_very_long_string_loads_whole() {
    let long = "Word ".repeat(200_000);
    let mut v = valid();
    set(&mut v, "/resolutions/0/title", json!(long));
    let (problems, back) = load(&v);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(
        back["resolutions"][0]["title"].as_str().map(str::len),
        Some(long.len())
    );
}

// Guards deep nesting inside one record: that record is reported, the others load, and the
// loader does not overflow its stack.
#[test]
fn deep_nesting_in_a_record_is_reported_and_the_others_load() {
    let depth = 100_000;
    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let text = valid()
        .to_string()
        .replace("\"title\":\"B\"", &format!("\"title\":{nested}"));
    assert!(
        text.contains(&nested),
        "the fixture has resolution B's title"
    );
    let loaded = match parse(&text) {
        Ok(loaded) => loaded,
        Err(e) => panic!("one deep record must not fail the file: {e}"),
    };
    let ids: Vec<&str> = loaded
        .dataset
        .resolutions
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, ["res-a"]);
    assert_eq!(loaded.problems.len(), 1, "{:#?}", loaded.problems);
    assert!(
        loaded.problems[0].record().starts_with("resolutions[1]"),
        "{}",
        loaded.problems[0]
    );
}

// Guards deep nesting at the top: a nested array is named for what it is; nesting under an
// unknown key is skipped and reported, and the records load.
#[test]
fn deep_nesting_at_the_top_is_named_or_skipped() {
    let depth = 100_000;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let err = parse(&text).unwrap_err();
    assert!(err.to_string().contains("found an array"), "{err}");
    // Deep nesting under an unknown top-level key is skipped over and reported by name.
    let deep = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    let mut text = valid().to_string();
    text.insert_str(1, &format!("\"x\":{deep},"));
    let loaded = parse(&text).expect("an unknown key does not fail the file");
    assert_eq!(loaded.problems.len(), 1, "{:#?}", loaded.problems);
    assert!(loaded.problems[0].message.contains("unknown field `x`"));
    assert_eq!(loaded.dataset.resolutions.len(), 2);
}

// Guards a 10 MB file: it loads in full, with nothing dropped.
#[test]
fn a_ten_megabyte_file_loads_in_full() {
    let (value, _) = synthetic::dataset(8_000, 7);
    let text = value.to_string();
    assert!(text.len() >= 10_000_000, "the file is {} bytes", text.len());
    let loaded = parse(&text).expect("a large valid file loads");
    assert!(
        loaded.problems.is_empty(),
        "{:#?}",
        &loaded.problems[..3.min(loaded.problems.len())]
    );
    assert_eq!(loaded.dataset.resolutions.len(), 8_000);
}

// Guards "text from the data is always rendered as text": no code path turns a string into
// markup. Leptos escapes every text node and attribute; these are the ways around that.
#[test]
fn no_source_file_renders_a_string_as_markup() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    assert!(files.len() > 20, "found the sources: {files:?}");
    let forbidden = [
        "inner_html",
        "set_outer_html",
        "insert_adjacent_html",
        "create_contextual_fragment",
        "document_write",
        "Function::new",
        "eval(",
    ];
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a source file is UTF-8");
        for word in forbidden {
            assert!(!text.contains(word), "{} uses {word}", file.display());
        }
    }
}
