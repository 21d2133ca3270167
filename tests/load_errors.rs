//! The loader's error messages: each names the record, the field path, what was expected and
//! what was found, and one bad record never stops the others from loading.
#![cfg(not(target_arch = "wasm32"))]

use hrc_record::model::{parse, ParseError, Problem};
use serde_json::{json, Value};

/// A small valid file with two resolutions and one event, to break one piece at a time.
fn valid() -> Value {
    json!({
        "format": 1,
        "profile": { "title": "T", "state": { "name": "Kazakhstan" } },
        "sources": [ { "id": "src", "title": "S", "publisher": "P", "url": "https://example.org", "kind": "secondary" } ],
        "sessions": [ { "number": 54, "start": "2023-09-11", "end": "2023-10-13", "citations": [ { "source": "src" } ] } ],
        "resolutions": [
            { "id": "res-a", "title": "A", "session": 54, "adopted": "2023-10-11", "role": "led",
              "outcome": { "kind": "without_vote" }, "follow_ups": ["ev-a"], "citations": [ { "source": "src" } ] },
            { "id": "res-b", "title": "B", "session": 54, "adopted": "2023-10-12", "role": "main_sponsor",
              "outcome": { "kind": "vote", "in_favour": 30, "against": 5, "abstentions": 12 }, "citations": [ { "source": "src" } ] }
        ],
        "events": [
            { "id": "ev-a", "date": "2024-09", "kind": "panel", "title": "Panel", "resolutions": ["res-a"], "citations": [ { "source": "src" } ] }
        ]
    })
}

/// Loads a file that must parse, returning its problems and the ids of the resolutions loaded.
fn load(value: Value) -> (Vec<Problem>, Vec<String>) {
    let loaded = parse(&value.to_string()).expect("the file as a whole loads");
    let ids = loaded
        .dataset
        .resolutions
        .iter()
        .map(|r| r.id.clone())
        .collect();
    (loaded.problems, ids)
}

fn only(problems: &[Problem]) -> &Problem {
    assert_eq!(
        problems.len(),
        1,
        "expected one problem, found {problems:#?}"
    );
    &problems[0]
}

// Guards the baseline: the fixture itself is clean, so each test below breaks exactly one thing.
#[test]
fn the_fixture_is_clean() {
    let (problems, ids) = load(valid());
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(ids, ["res-a", "res-b"]);
}

// Guards malformed JSON: the editor is told the line and column.
#[test]
fn malformed_json_gives_line_and_column() {
    let err = parse("{\n  \"format\": 1,\n  \"profile\": {,\n}").unwrap_err();
    match &err {
        ParseError::Syntax { line, column, .. } => assert_eq!((*line, *column), (3, 15)),
        other => panic!("expected a syntax error, found {other:?}"),
    }
    assert!(err.to_string().contains("line 3, column 15"), "{err}");
}

// Guards a file that is JSON but not a record at all.
#[test]
fn a_non_object_is_named() {
    let err = parse("[1, 2]").unwrap_err();
    assert!(err.to_string().contains("found an array"), "{err}");
}

// Guards a wrong type: path, expected and found, and the other records still load.
#[test]
fn wrong_type_names_path_expected_and_found() {
    let mut v = valid();
    v["resolutions"][1]["session"] = json!("fifty-four");
    let (problems, ids) = load(v);
    let p = only(&problems);
    assert_eq!(p.record(), "resolutions[1] \"res-b\" (line 1)");
    assert_eq!(p.path, "session");
    assert!(p.message.contains("expected u32"), "{p}");
    assert!(p.message.contains("string \"fifty-four\""), "{p}");
    assert_eq!(
        ids,
        ["res-a"],
        "the bad record is skipped, the good one kept"
    );
}

// Guards the line number, so an editor can jump to the bad field in a pretty-printed file.
#[test]
fn problems_give_the_line_in_the_file() {
    let mut v = valid();
    v["resolutions"][1]["session"] = json!("fifty-four");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let expected = 1 + text
        .lines()
        .position(|l| l.contains("\"fifty-four\""))
        .unwrap();
    let problems = parse(&text).unwrap().problems;
    let p = only(&problems);
    assert_eq!(p.line, Some(expected), "{p}");
    assert!(p.to_string().contains(&format!("(line {expected})")), "{p}");
}

// Guards unknown enum values: the allowed values are listed.
#[test]
fn unknown_enum_value_lists_the_allowed_ones() {
    let mut v = valid();
    v["resolutions"][1]["role"] = json!("sponsor");
    let (problems, ids) = load(v);
    let p = only(&problems);
    assert_eq!((p.index, p.path.as_str()), (Some(1), "role"));
    assert!(p.message.contains("unknown variant `sponsor`"), "{p}");
    assert!(p.message.contains("`main_sponsor`"), "{p}");
    assert_eq!(ids, ["res-a"]);
}

// Guards a nested enum value, so the path goes inside the field.
#[test]
fn unknown_outcome_kind_is_reported_inside_the_field() {
    let mut v = valid();
    v["resolutions"][1]["outcome"] = json!({ "kind": "agreed" });
    let (problems, _) = load(v);
    let p = only(&problems);
    assert_eq!(p.path, "outcome.kind");
    assert!(
        p.message
            .contains("unknown variant `agreed`, expected one of"),
        "{p}"
    );
}

// Guards missing required fields.
#[test]
fn missing_field_is_named() {
    let mut v = valid();
    v["resolutions"][1].as_object_mut().unwrap().remove("title");
    let (problems, ids) = load(v);
    let p = only(&problems);
    assert_eq!(p.record(), "resolutions[1] \"res-b\" (line 1)");
    assert!(p.message.contains("missing field `title`"), "{p}");
    assert_eq!(ids, ["res-a"]);
}

// Guards misspelt keys, which serde would otherwise ignore silently.
#[test]
fn unknown_field_is_reported_with_the_expected_ones() {
    let mut v = valid();
    v["resolutions"][1]["symbl"] = json!("54/5");
    let (problems, _) = load(v);
    let p = only(&problems);
    assert_eq!(p.path, "symbl");
    assert!(
        p.message.contains("unknown field `symbl`, expected one of"),
        "{p}"
    );
    assert!(p.message.contains("`symbol`"), "{p}");
}

// Guards impossible dates (the example), with the reason.
#[test]
fn impossible_date_is_reported_with_its_reason() {
    let mut v = valid();
    v["resolutions"][1]["adopted"] = json!("2024-13-40");
    let (problems, ids) = load(v);
    let p = only(&problems);
    assert_eq!(p.path, "adopted");
    assert!(
        p.message
            .contains("expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        "{p}"
    );
    assert!(
        p.message
            .contains("found \"2024-13-40\" (month 13 does not exist)"),
        "{p}"
    );
    assert_eq!(ids, ["res-a"]);
}

// Guards duplicate ids: the first is kept, the repeat reported and skipped.
#[test]
fn duplicate_id_keeps_the_first() {
    let mut v = valid();
    v["resolutions"][1]["id"] = json!("res-a");
    let (problems, ids) = load(v);
    let p = only(&problems);
    assert_eq!((p.section.as_str(), p.path.as_str()), ("resolutions", "id"));
    assert!(
        p.message
            .contains("expected a unique id, found \"res-a\" already used"),
        "{p}"
    );
    assert_eq!(ids, ["res-a"]);
}

// Guards ids shared across kinds, which would collide as URL fragments.
#[test]
fn an_event_may_not_reuse_a_resolution_id() {
    let mut v = valid();
    v["events"][0]["id"] = json!("res-b");
    let (problems, _) = load(v);
    assert!(
        problems
            .iter()
            .any(|p| p.section == "events" && p.message.contains("already used")),
        "{problems:#?}"
    );
}

// Guards dangling references: the link is dropped and reported, the record kept.
#[test]
fn dangling_references_are_dropped_and_reported() {
    let mut v = valid();
    v["events"][0]["resolutions"] = json!(["res-a", "res-zz"]);
    v["resolutions"][0]["session"] = json!(99);
    let loaded = parse(&v.to_string()).unwrap();
    let paths: Vec<String> = loaded
        .problems
        .iter()
        .map(|p| format!("{} {}: {}", p.record(), p.path, p.message))
        .collect();
    assert_eq!(paths.len(), 2, "{paths:#?}");
    assert!(
        paths.contains(
            &"events \"ev-a\" resolutions[1]: expected the id of a resolution, found \"res-zz\""
                .to_owned()
        ),
        "{paths:#?}"
    );
    assert!(paths.contains(&"resolutions \"res-a\" session: expected the number of a session in `sessions`, found 99".to_owned()), "{paths:#?}");
    assert_eq!(loaded.dataset.events[0].resolutions, ["res-a"]);
    assert_eq!(loaded.dataset.resolutions[0].session, None);
}

// Guards citations of unknown sources, and records left with no source at all.
#[test]
fn unknown_source_drops_the_record_without_other_citations() {
    let mut v = valid();
    v["resolutions"][1]["citations"][0]["source"] = json!("nowhere");
    let (problems, ids) = load(v);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_eq!(problems[0].path, "citations[0].source");
    assert!(
        problems[0].message.contains("found \"nowhere\""),
        "{}",
        problems[0]
    );
    assert!(
        problems[1]
            .message
            .contains("expected at least one citation"),
        "{}",
        problems[1]
    );
    assert_eq!(ids, ["res-a"]);
}

// Guards quotes for sources whose text is not shipped: they could not be checked, so they are refused.
#[test]
fn a_quote_needs_a_shipped_source_text() {
    let mut v = valid();
    v["resolutions"][0]["citations"] =
        json!([{ "source": "src", "quote": "words" }, { "source": "src" }]);
    let (problems, ids) = load(v);
    let p = only(&problems);
    assert_eq!(p.path, "citations[0].quote");
    assert!(p.message.contains("no shipped text"), "{p}");
    assert_eq!(ids, ["res-a", "res-b"]);
}

// Guards the list of fields a citation may support.
#[test]
fn supports_must_name_a_field() {
    let mut v = valid();
    v["resolutions"][0]["citations"][0]["supports"] = json!(["adopted", "colour"]);
    let (problems, _) = load(v);
    let p = only(&problems);
    assert_eq!(p.path, "citations[0].supports[1]");
    assert!(p.message.contains("found \"colour\""), "{p}");
}

// Guards a top-level list of the wrong type and an unknown top-level key.
#[test]
fn top_level_shape_problems_are_reported() {
    let mut v = valid();
    v["events"] = json!({ "ev-a": {} });
    v["resolution"] = json!([]);
    let (problems, ids) = load(v);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems
        .iter()
        .any(|p| p.section == "file" && p.message.contains("unknown field `resolution`")));
    assert!(problems.iter().any(|p| p.section == "events"
        && p.message
            .contains("expected an array of records, found an object")));
    // The follow-up to the now-missing event is dropped too, and reported.
    assert!(problems
        .iter()
        .any(|p| p.path == "follow_ups[0]" && p.message.contains("found \"ev-a\"")));
    assert_eq!(ids, ["res-a", "res-b"]);
}

// Guards the format version, so an old app does not misread a newer file.
#[test]
fn a_newer_format_is_refused() {
    let mut v = valid();
    v["format"] = json!(2);
    let err = parse(&v.to_string()).unwrap_err();
    assert!(
        err.to_string()
            .contains("format 2, but this app reads format 1"),
        "{err}"
    );
}

// Guards a broken profile, which leaves nothing to show and so fails as a whole.
#[test]
fn a_broken_profile_fails_with_its_path() {
    let mut v = valid();
    v["profile"]["state"] = json!({ "nam": "Kazakhstan" });
    let err = parse(&v.to_string()).unwrap_err();
    assert!(err.to_string().contains("state"), "{err}");
    assert!(err.to_string().contains("unknown field `nam`"), "{err}");
}

// Guards "nothing from the data is executed": a script URL never reaches an href.
#[test]
fn only_web_urls_and_shipped_texts_are_accepted() {
    let mut v = valid();
    v["sources"][0]["url"] = json!("javascript:alert(1)");
    let (problems, ids) = load(v);
    assert!(
        problems
            .iter()
            .any(|p| p.path == "url" && p.message.contains("found \"javascript:alert(1)\"")),
        "{problems:#?}"
    );
    assert!(
        ids.is_empty(),
        "records citing only the refused source are not shown"
    );
    let mut v = valid();
    v["sources"][0]["file"] = json!("../secret.txt");
    let (problems, _) = load(v);
    assert!(problems.iter().any(|p| p.path == "file"), "{problems:#?}");
}

// Guards ids the page uses itself, which would collide with its own elements.
#[test]
fn reserved_ids_are_refused() {
    let mut v = valid();
    v["resolutions"][1]["id"] = json!("main");
    let (problems, ids) = load(v);
    let p = only(&problems);
    assert!(p.message.contains("the page does not use itself"), "{p}");
    assert_eq!(ids, ["res-a"]);
}

// Guards a BOM from editors that save one: it is not part of the JSON.
#[test]
fn a_byte_order_mark_is_ignored() {
    let text = format!("\u{feff}{}", valid());
    let loaded = parse(&text).expect("a BOM does not make the file unreadable");
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
}

// Guards ids shaped like the page's own (footer sources, facet checkboxes).
#[test]
fn page_id_prefixes_are_refused() {
    let mut v = valid();
    v["resolutions"][1]["id"] = json!("source-src");
    let (problems, ids) = load(v);
    assert!(only(&problems)
        .message
        .contains("the page does not use itself"));
    assert_eq!(ids, ["res-a"]);
}

/// The valid file with a voting section, three states and two votes.
fn with_votes() -> Value {
    let mut v = valid();
    v["voting"] =
        json!({ "state": "KAZ", "from": "2022-01-01", "to": "2024-12-31", "source": "src" });
    v["states"] = json!([
        { "code": "KAZ", "names": { "en": "Kazakhstan", "ru": "Казахстан", "kk": "Қазақстан" } },
        { "code": "USA", "names": { "en": "United States", "ru": "Соединенные Штаты", "kk": "Америка Құрама Штаттары" } },
        { "code": "CHN", "names": { "en": "China", "ru": "Китай", "kk": "Қытай" } }
    ]);
    v["votes"] = json!([
        { "symbol": "A/HRC/RES/54/1", "kind": "resolution", "title": "One", "date": "2023-10-11",
          "session": "54", "yes": ["KAZ", "USA"], "no": ["CHN"], "outcome": "adopted" },
        { "symbol": "A/HRC/54/L.9", "kind": "amendment", "title": "Two", "date": "2023-10-11",
          "session": "54", "yes": ["CHN"], "no": ["KAZ", "USA"], "outcome": "rejected" }
    ]);
    v
}

fn vote_problems(v: Value) -> (Vec<Problem>, Vec<String>) {
    let loaded = parse(&v.to_string()).expect("the file as a whole loads");
    let symbols = loaded
        .dataset
        .votes
        .iter()
        .map(|v| v.symbol.clone())
        .collect();
    (loaded.problems, symbols)
}

// Guards a clean file with votes: nothing reported.
#[test]
fn votes_load_cleanly() {
    let (problems, symbols) = vote_problems(with_votes());
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(symbols, ["A/HRC/RES/54/1", "A/HRC/54/L.9"]);
}

// Guards each way a vote can be wrong: it is named by its symbol, with the field, what was
// expected and what was found, and the other vote still loads.
#[test]
fn a_malformed_vote_is_named_and_skipped() {
    let cases: [(&str, Value, &str, &str); 6] = [
        (
            "symbol",
            json!("A/HRC/RES/54"),
            "symbol",
            "expected a document symbol",
        ),
        (
            "kind",
            json!("decision"),
            "kind",
            "expected `resolution` for the symbol",
        ),
        (
            "session",
            json!("55"),
            "session",
            "the session of the symbol",
        ),
        ("yes", json!(["KAZ", "XYZ"]), "yes[1]", "found \"XYZ\""),
        (
            "outcome",
            json!("rejected"),
            "outcome",
            "expected `adopted`",
        ),
        ("date", json!("2025-01-02"), "date", "the voting term"),
    ];
    for (field, value, path, message) in cases {
        let mut v = with_votes();
        v["votes"][0][field] = value;
        let (problems, symbols) = vote_problems(v);
        let p = only(&problems);
        assert_eq!(
            (p.section.as_str(), p.path.as_str()),
            ("votes", path),
            "{field}: {p}"
        );
        assert!(p.message.contains(message), "{field}: {p}");
        assert_eq!(symbols, ["A/HRC/54/L.9"], "{field}");
    }
    // A vote code that is not a ballot is a type error inside the record.
    let mut v = with_votes();
    v["votes"][1]["session"] = json!("S-");
    let (problems, _) = vote_problems(v);
    let p = only(&problems);
    assert_eq!(
        (p.section.as_str(), p.id.as_deref(), p.path.as_str()),
        ("votes", Some("A/HRC/54/L.9"), "session")
    );
    assert!(p.message.contains("\"S-34\""), "{p}");
}

// Guards the editors' links from a resolution to a vote: a symbol that is not a vote of the
// record is dropped and named.
#[test]
fn a_link_to_a_vote_the_record_lacks_is_dropped() {
    let mut v = with_votes();
    v["resolutions"][0]["votes"] = json!([
        { "symbol": "A/HRC/54/L.9", "reason": "an amendment to it" },
        { "symbol": "A/HRC/54/L.99", "reason": "a typo" }
    ]);
    let loaded = parse(&v.to_string()).unwrap();
    let p = only(&loaded.problems);
    assert_eq!(
        (p.section.as_str(), p.path.as_str()),
        ("resolutions", "votes[1].symbol")
    );
    assert!(p.message.contains("\"A/HRC/54/L.99\""), "{p}");
    assert_eq!(loaded.dataset.resolutions[0].votes.len(), 1);
}
