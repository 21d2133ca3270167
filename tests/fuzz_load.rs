//! Fuzzing the loader and the pure layer behind the page: no input may panic.
//!
//! Each case takes a seed file (the shipped record or one of `tests/fuzz-corpus/`) and either
//! mutates its bytes (flips, JSON tokens dropped in, cuts, repeats, splices from another seed)
//! or edits its JSON tree (odd values, copied and removed nodes), and runs it through everything
//! the page does with a file before drawing it: `parse`, the search index, a filter built from
//! the same bytes, the timeline, the card text, highlighting and the exports. A panic there
//! would freeze the page, so the property is that every step returns; highlighting must also
//! give back the text it cut, and an export of what loaded must load again whole.
//!
//! The page reads a file a piece at a time; each case also checks that this reader agrees with
//! the whole-text reader, wherever the pieces are cut.
//!
//! The test suite runs 2 000 cases. The documented long run is a million:
//! `PROPTEST_CASES=1000000 cargo test --release --test fuzz_load` (or `make fuzz`).
#![cfg(not(target_arch = "wasm32"))]

use hrc_record::export::{to_csv, to_json, Origin};
use hrc_record::filter::fold::{query_words, Folded};
use hrc_record::filter::highlight::{marks, pieces};
use hrc_record::filter::{timeline, FilterState, Index, Recent};
use hrc_record::i18n::{as_written, Words};
use hrc_record::lang::Lang;
use hrc_record::model::{parse, parse_from, parse_in_memory, utf8_error, PartialDate};
use proptest::prelude::*;
use serde_json::{json, Value};

/// The committed seeds, and the shipped record, which has every kind of record in real sizes.
const SEEDS: &[&str] = &[
    include_str!("../public/data/kazakhstan-hrc-2022-2024.json"),
    include_str!("fuzz-corpus/every-kind.json"),
    include_str!("fuzz-corpus/bad-records.json"),
    include_str!("fuzz-corpus/odd-text.json"),
    include_str!("fuzz-corpus/minimal.json"),
    include_str!("fuzz-corpus/truncated.json"),
];

/// Fragments a mutation may drop in: JSON structure, the schema's keys and enum values, dates
/// at the edge of valid, and text that is hard to render or fold.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "\\u0000",
    "\\ud800",
    "null",
    "true",
    "-0",
    "1e999",
    "18446744073709551616",
    "\"id\"",
    "\"resolutions\"",
    "\"events\"",
    "\"session\"",
    "\"role\"",
    "\"led\"",
    "\"outcome\"",
    "\"kind\"",
    "\"vote\"",
    "\"date\"",
    "\"2024-02-30\"",
    "\"0000\"",
    "\"9999-12-31\"",
    "\"citations\"",
    "\"source\"",
    "\"quote\"",
    "\"supports\"",
    "\"follow_ups\"",
    "\"format\"",
    "\"profile\"",
    "\"memberships\"",
    "\"bound\"",
    "\"more_than\"",
    "\u{200b}",
    "\u{202e}",
    "ё",
    "İ",
    "ß",
    "👩‍👧",
    "<script>",
    "javascript:",
    "\u{feff}",
];

/// One change to the bytes of a seed.
#[derive(Clone, Debug)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, usize),
    Remove(usize, usize),
    Repeat(usize, usize),
    Splice(usize, usize, usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = any::<usize>();
    prop_oneof![
        1 => (at, any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        4 => (at, 0..TOKENS.len()).prop_map(|(i, t)| Mutation::Insert(i, t)),
        2 => (at, 1usize..64).prop_map(|(i, n)| Mutation::Remove(i, n)),
        1 => (at, 1usize..256).prop_map(|(i, n)| Mutation::Repeat(i, n)),
        1 => (at, 0..SEEDS.len(), at).prop_map(|(i, s, j)| Mutation::Splice(i, s, j)),
        1 => at.prop_map(Mutation::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len().max(1);
    match *m {
        Mutation::Flip(i, b) if !bytes.is_empty() => bytes[i % len] = b,
        Mutation::Insert(i, t) => {
            let i = i % (bytes.len() + 1);
            bytes.splice(i..i, TOKENS[t].bytes());
        }
        Mutation::Remove(i, n) if !bytes.is_empty() => {
            let i = i % len;
            bytes.drain(i..(i + n).min(bytes.len()));
        }
        Mutation::Repeat(i, n) if !bytes.is_empty() => {
            let i = i % len;
            let piece = bytes[i..(i + n).min(bytes.len())].to_vec();
            bytes.splice(i..i, piece);
        }
        Mutation::Splice(i, s, j) => {
            let other = SEEDS[s].as_bytes();
            let j = j % other.len();
            let piece = &other[j..(j + 200).min(other.len())];
            let i = i % (bytes.len() + 1);
            bytes.splice(i..i, piece.iter().copied());
        }
        Mutation::Truncate(i) => bytes.truncate(i % len),
        _ => {}
    }
}

/// One edit to a seed's JSON tree, which keeps the file valid JSON so the case reaches the
/// record readers, the cross-record checks and the views' logic rather than stopping at syntax.
#[derive(Clone, Debug)]
enum Edit {
    /// Replace the node at a position with one of [`odd_values`].
    Replace(usize, usize),
    /// Replace the node at a position with a copy of another node.
    Copy(usize, usize),
    /// Remove the node at a position from its object or array.
    Remove(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Replace(a, b)),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Copy(a, b)),
        1 => any::<usize>().prop_map(Edit::Remove),
    ]
}

/// Values that break assumptions: wrong types, edge numbers, near-valid dates and ids, long,
/// empty and hostile text.
fn odd_values() -> Vec<Value> {
    let mut values = vec![
        Value::Null,
        json!(true),
        json!(0),
        json!(-1),
        json!(54),
        json!(4_294_967_296_u64),
        json!(1.5),
        json!(1e300),
        json!([]),
        json!({}),
        json!(""),
        json!("2024"),
        json!("2024-02-29"),
        json!("2023-02-29"),
        json!("2024-13"),
        json!("0000-00-00"),
        json!("res-a"),
        json!("ev-a"),
        json!("src"),
        json!("main"),
        json!("x".repeat(5_000)),
        json!([{ "source": "src" }]),
        json!({ "kind": "vote", "in_favour": 1 }),
    ];
    values.extend(TOKENS.iter().map(|t| json!(t)));
    values
}

/// Every node's JSON pointer, in document order.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                pointers(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn edit_tree(value: &mut Value, e: &Edit, odd: &[Value]) {
    let mut all = Vec::new();
    pointers(value, String::new(), &mut all);
    // The root itself is the last pointer; editing it is the wrong-top-level case, kept rare.
    let pick = |i: usize| all[i % all.len()].clone();
    match *e {
        Edit::Replace(at, with) => {
            if let Some(node) = value.pointer_mut(&pick(at)) {
                *node = odd[with % odd.len()].clone();
            }
        }
        Edit::Copy(at, from) => {
            let copy = value.pointer(&pick(from)).cloned();
            if let (Some(copy), Some(node)) = (copy, value.pointer_mut(&pick(at))) {
                *node = copy;
            }
        }
        Edit::Remove(at) => {
            let target = pick(at);
            let Some((parent, last)) = target.rsplit_once('/') else {
                return;
            };
            match value.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    map.remove(&last.replace("~1", "/").replace("~0", "~"));
                }
                Some(Value::Array(items)) => {
                    if let Ok(i) = last.parse::<usize>() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// A reader that hands out at most `size` bytes at a time, so that records, keys and
/// characters are cut across the loader's pieces.
struct Pieces<'a> {
    bytes: &'a [u8],
    size: usize,
}

impl std::io::Read for Pieces<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.size.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

/// Everything the page does with a file before drawing it.
fn exercise(input: &str) {
    // The page's reader gives what the whole-text reader gives, however the file is cut.
    let whole = parse_in_memory(input);
    assert_eq!(parse(input), whole);
    let size = 1 + input.len() % 7;
    let cut = parse_from(|| Pieces {
        bytes: input.as_bytes(),
        size,
    });
    assert_eq!(cut, whole, "read in pieces of {size} bytes");
    let Ok(loaded) = whole else { return };
    for p in &loaded.problems {
        assert!(!p.message.is_empty(), "a problem without a message: {p:?}");
        let _ = p.to_string();
    }
    let data = &loaded.dataset;
    let index = Index::new(data);
    // A query built from the input itself, so filters meet the same odd text as the records.
    let query: String = input.chars().skip(input.len() % 97).take(40).collect();
    let state = index.sanitize(&FilterState::from_query(&format!("?q={query}")));
    let matches = index.apply(&state);
    assert!(matches.records.iter().all(|&i| i < data.resolutions.len()));
    let mut recent = Recent::default();
    let again = index.apply_after(&state, &mut recent);
    assert_eq!(again, matches);
    let wider = index.apply_after(&FilterState::default(), &mut recent);
    assert_eq!(wider, index.apply(&FilterState::default()));
    assert_eq!(
        index.apply_after(&state, &mut recent),
        matches,
        "the same search again"
    );
    let _ = timeline::build(data, (2026, 11, 29));
    let _ = timeline::events_by_resolution(data);
    let words = query_words(&query);
    for r in &data.resolutions {
        for lang in Lang::ALL {
            let t = lang.strings();
            let _ = (
                t.adoption_line(r),
                t.leads_line(r, &as_written),
                t.cosponsors_line(&r.cosponsors, &as_written),
            );
        }
        // Highlighting slices the original text at the marks: the riskiest indexing here.
        let text = format!("{} {}", r.title, r.summary);
        let cut = pieces(&text, &marks(&Folded::new(&text), &words));
        assert_eq!(cut.iter().map(|p| p.text).collect::<String>(), text);
    }
    let state = FilterState::default();
    let origin = Origin {
        site: "https://example.org/",
        page: Some("https://example.org/"),
        state: &state,
        date: PartialDate::year(2026),
    };
    let _ = to_csv(data, &matches.records, &origin);
    // The JSON export of what loaded loads again, whole.
    let all: Vec<usize> = (0..data.resolutions.len()).collect();
    let again = parse(&to_json(data, &all, &[], &origin)).expect("an export loads");
    assert_eq!(again.dataset.resolutions.len(), data.resolutions.len());
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        // Failures are reported with the shrunk input; no regression file is written into the
        // source tree by a CI run.
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    // Guards "no panic on any input": mutated seeds.
    #[test]
    fn no_mutated_file_panics(seed in 0..SEEDS.len(), mutations in prop::collection::vec(mutation(), 1..8)) {
        let mut bytes = SEEDS[seed].as_bytes().to_vec();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        // The page checks the encoding a piece at a time; it words a fault as Rust does.
        let size = 1 + bytes.len() % 5;
        prop_assert_eq!(
            utf8_error(Pieces { bytes: &bytes, size }),
            std::str::from_utf8(&bytes).err().map(|e| e.to_string())
        );
        exercise(&String::from_utf8_lossy(&bytes));
    }

    // Guards "no panic on any input": valid JSON with records edited into odd shapes.
    #[test]
    fn no_edited_record_panics(seed in 0..SEEDS.len() - 1, edits in prop::collection::vec(edit(), 1..6)) {
        // Every seed but the last (the truncated one) is JSON.
        let mut value: Value = serde_json::from_str(SEEDS[seed]).expect("the seed is JSON");
        let odd = odd_values();
        for e in &edits {
            edit_tree(&mut value, e, &odd);
        }
        exercise(&value.to_string());
    }

    // Guards "no panic on any input": text with no structure at all.
    #[test]
    fn no_arbitrary_text_panics(input in any::<String>()) {
        exercise(&input);
    }
}

// Guards the fuzzer itself: every seed still loads far enough to reach the index, so the
// mutations start from files that exercise more than the JSON reader.
#[test]
fn the_seeds_reach_past_the_reader() {
    let loaded = SEEDS.iter().filter(|s| parse(s).is_ok()).count();
    assert_eq!(
        loaded,
        SEEDS.len() - 1,
        "every seed but the truncated one loads"
    );
}
