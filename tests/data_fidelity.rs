//! Fidelity of the shipped data: every quote verbatim, every reference resolved, every id
//! unique, every shown fact backed by a citation, and the shipped schema in step with the types.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::Path;

use hrc_record::model::{self, validate, Dataset, Outcome};

const DATA: &str = "public/data/kazakhstan-hrc-2022-2024.json";

fn shipped() -> Dataset {
    let text = std::fs::read_to_string(DATA).expect("the data file is shipped");
    let loaded = model::parse(&text).expect("the data file parses");
    assert!(
        loaded.problems.is_empty(),
        "the shipped data must load cleanly:\n{}",
        loaded
            .problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
    loaded.dataset
}

// Guards the central promise: a quote shown as the source's words really is in the source.
#[test]
fn every_quote_appears_verbatim_in_its_source() {
    let data = shipped();
    let problems = validate::check_quotes(&data, |file| {
        std::fs::read_to_string(Path::new("public").join(file)).ok()
    });
    assert!(problems.is_empty(), "{problems:#?}");
    let quotes = validate::all_citations(&data)
        .into_iter()
        .filter(|(_, _, c)| c.quote.is_some())
        .count();
    assert!(
        quotes >= 30,
        "expected the record to quote its source throughout, found {quotes} quotes"
    );
}

// Guards the check itself: a quote changed by one character must be caught.
#[test]
fn an_altered_quote_is_caught() {
    let mut data = shipped();
    let quote = data.resolutions[0].citations[0].quote.as_mut().unwrap();
    quote.push_str(" (sic)");
    let problems = validate::check_quotes(&data, |file| {
        std::fs::read_to_string(Path::new("public").join(file)).ok()
    });
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].message.contains("not there"), "{}", problems[0]);
}

// Guards that the loader dropped nothing: the file's raw record counts equal the loaded ones,
// so ids are unique and every reference resolved (a duplicate or dangling one would be dropped).
#[test]
fn ids_are_unique_and_references_resolve() {
    let data = shipped();
    let raw: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(DATA).unwrap()).unwrap();
    let count = |key: &str| raw[key].as_array().map_or(0, Vec::len);
    assert_eq!(data.resolutions.len(), count("resolutions"));
    assert_eq!(data.events.len(), count("events"));
    assert_eq!(data.reforms.len(), count("reforms"));
    let refs = |key: &str, field: &str| -> usize {
        raw[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[field].as_array().map_or(0, Vec::len))
            .sum()
    };
    let follow_ups: usize = data.resolutions.iter().map(|r| r.follow_ups.len()).sum();
    let related: usize = data.events.iter().map(|e| e.resolutions.len()).sum();
    assert_eq!(follow_ups, refs("resolutions", "follow_ups"));
    assert_eq!(related, refs("events", "resolutions"));
    let sessions: HashSet<u32> = data.sessions.iter().map(|s| s.number).collect();
    for r in &data.resolutions {
        assert!(r.session.is_none_or(|s| sessions.contains(&s)), "{}", r.id);
    }
    let mut ids = HashSet::new();
    for id in data
        .resolutions
        .iter()
        .map(|r| &r.id)
        .chain(data.events.iter().map(|e| &e.id))
    {
        assert!(ids.insert(id), "duplicate id {id}");
    }
}

// Guards against unsourced facts: each field a card shows is named by some citation's
// `supports`, or by a citation without `supports` (which backs the whole record).
#[test]
fn every_shown_resolution_fact_is_supported() {
    let data = shipped();
    for r in &data.resolutions {
        let backs = |field: &str| {
            r.citations
                .iter()
                .any(|c| c.supports.is_empty() || c.supports.iter().any(|s| s.as_str() == field))
        };
        let mut shown = vec!["title", "role"];
        if r.symbol.is_some() {
            shown.push("symbol");
        }
        if r.session.is_some() {
            shown.push("session");
        }
        if r.adopted.is_some() {
            shown.push("adopted");
        }
        if r.leads.len() > 1 || r.role != model::Role::Led {
            shown.push("leads");
        }
        if r.on_behalf_of.is_some() {
            shown.push("on_behalf_of");
        }
        if !r.summary.is_empty() {
            shown.push("summary");
        }
        if !r.themes.is_empty() {
            shown.push("themes");
        }
        if r.outcome != Outcome::NotStated {
            shown.push("outcome");
        }
        if r.cosponsors != Default::default() {
            shown.push("cosponsors");
        }
        if !r.follow_ups.is_empty() {
            shown.push("follow_ups");
        }
        for field in shown {
            assert!(backs(field), "{}: `{field}` has no citation", r.id);
        }
    }
}

// Guards the record's contents against accidental loss: the facts the seed article names.
#[test]
fn holds_the_seed_record() {
    let data = shipped();
    let leads: Vec<(&str, &str)> = data
        .resolutions
        .iter()
        .filter(|r| r.role == model::Role::MainSponsor)
        .map(|r| (r.title.as_str(), r.leads[0].as_str()))
        .collect();
    assert_eq!(leads.len(), 4);
    for state in ["Gambia", "Belgium", "Luxembourg", "Costa Rica"] {
        assert!(leads.iter().any(|(_, l)| *l == state), "{state} missing");
    }
    let led: Vec<&model::Resolution> = data
        .resolutions
        .iter()
        .filter(|r| r.role == model::Role::Led)
        .collect();
    assert_eq!(led.len(), 2);
    assert_eq!(led[0].symbol.as_deref(), Some("54/5"));
    // The domestic violence resolution's symbol is not confirmed by any source: it stays empty.
    assert_eq!(led[1].symbol, None);
    // Sessions 49–59 at least: editors add later sessions as they pass.
    let sessions: Vec<u32> = data.sessions.iter().map(|s| s.number).collect();
    assert!((49..=59).all(|n| sessions.contains(&n)), "{sessions:?}");
    assert!(data
        .events
        .iter()
        .any(|e| e.date.map(|d| d.iso()) == Some("2024-12-10".into())));
    assert_eq!(data.reforms.len(), 7);
    assert!(data.notes.iter().any(|n| n.text.contains("middle power")));
}

// Guards against the schema drifting from the types: regenerate it with
// `cargo run --bin check-data -- --write-schema public/data/schema.json`.
#[test]
fn shipped_schema_matches_the_types() {
    let shipped = std::fs::read_to_string("public/data/schema.json").expect("schema is shipped");
    assert!(
        shipped == model::schema::to_json(),
        "public/data/schema.json is out of date: run `cargo run --bin check-data -- --write-schema public/data/schema.json`"
    );
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(DATA).unwrap()).unwrap();
    assert_eq!(data["$schema"], "schema.json");
}
