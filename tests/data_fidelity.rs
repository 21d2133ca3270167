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
// `supports`, and that citation states it: by a quote (checked verbatim above) or by a note
// saying what the source says. A web address alone states nothing a reader can check here.
#[test]
fn every_shown_resolution_fact_is_supported_by_a_quote_or_a_note() {
    let data = shipped();
    for r in &data.resolutions {
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
            assert!(
                !stating(&r.citations, field).is_empty(),
                "{}: `{field}` has no citation whose quote or note states it",
                r.id
            );
        }
    }
}

// Guards the same rule for every other kind of record, and that no citation leaves what it
// supports unsaid: a citation names its fields and states them.
#[test]
fn every_citation_names_and_states_what_it_supports() {
    let data = shipped();
    for (section, id, c) in validate::all_citations(&data) {
        assert!(
            !c.supports.is_empty(),
            "{section} {id}: a citation of {} supports no field",
            c.source
        );
        assert!(
            c.quote.is_some() || c.note.as_deref().is_some_and(|n| !n.trim().is_empty()),
            "{section} {id}: the citation of {} has neither a quote nor a note",
            c.source
        );
    }
    for s in &data.sessions {
        for field in ["start", "end"] {
            assert!(
                !stating(&s.citations, field).is_empty(),
                "session {}: `{field}` is stated by no citation",
                s.number
            );
        }
    }
}

// Guards a list said of several texts being read as said of each: every co-sponsor and region
// a record names appears in a quote or note of a citation that supports its co-sponsors.
#[test]
fn a_named_co_sponsor_is_named_by_a_source_cited_for_it() {
    let data = shipped();
    let lists = data
        .resolutions
        .iter()
        .map(|r| (&r.id, &r.cosponsors, &r.citations))
        .chain(
            data.groups
                .iter()
                .map(|g| (&g.id, &g.cosponsors, &g.citations)),
        );
    for (id, cosponsors, citations) in lists {
        let said = stating(citations, "cosponsors");
        for name in cosponsors.named.iter().chain(&cosponsors.regions) {
            assert!(
                said.iter().any(|text| contains_words(text, name)),
                "{id}: no citation of its co-sponsors names {name}"
            );
        }
    }
}

// Guards "unanimous is not without a vote": an outcome is claimed only in the words a cited
// source uses for it.
#[test]
fn an_outcome_is_claimed_in_its_source_words() {
    let data = shipped();
    for r in &data.resolutions {
        let words: &[&str] = match &r.outcome {
            Outcome::WithoutVote => &["without a vote"],
            Outcome::Unanimous => &["unanimous"],
            Outcome::Consensus => &["consensus"],
            Outcome::Vote { .. } => &["vote"],
            Outcome::NotStated => continue,
        };
        let said = stating(&r.citations, "outcome");
        assert!(
            said.iter()
                .any(|text| words.iter().any(|w| contains_words(text, w))),
            "{}: no citation of its outcome says {words:?}",
            r.id
        );
    }
}

// Guards the editors' tags: a theme not marked editorial is a word its sources give, and the
// role in the source's words is the source's, verbatim.
#[test]
fn themes_a_source_gives_are_in_its_words_and_the_rest_are_marked() {
    let data = shipped();
    for r in &data.resolutions {
        let said = stating(&r.citations, "themes");
        for theme in &r.themes {
            assert!(
                said.iter().any(|text| contains_words(text, theme)),
                "{}: the theme {theme} is in no citation of its themes; mark it editorial",
                r.id
            );
        }
        if let Some(words) = &r.role_words {
            assert!(
                r.citations
                    .iter()
                    .filter(|c| c.supports.iter().any(|f| f.as_str() == "role"))
                    .any(|c| c
                        .quote
                        .as_deref()
                        .is_some_and(|q| q.contains(words.as_str()))),
                "{}: its role's words are not in a quote that supports its role",
                r.id
            );
        }
    }
    let editorial: usize = data
        .resolutions
        .iter()
        .map(|r| r.editorial_themes.len())
        .sum();
    assert!(editorial > 0, "the shipped record marks its editors' tags");
}

// Guards the reader's view of a source that has no address or no headline: it says so.
#[test]
fn a_source_without_an_address_says_why() {
    let data = shipped();
    for s in &data.sources {
        if s.url.is_none() {
            assert!(
                s.note.as_deref().is_some_and(|n| n.contains("address")),
                "{}: a source without a web address needs a note that says so",
                s.id
            );
        }
    }
}

/// The quotes and notes of the citations that support `field`.
// A vote is linked to a text by the editors, never guessed: the link says why in words that
// name the vote and quote the title the voting record gives it, so a reader can check it.
#[test]
fn a_linked_vote_is_named_and_its_recorded_title_quoted_in_the_reason() {
    let data = shipped();
    let mut links = 0;
    for r in &data.resolutions {
        for link in &r.votes {
            let vote = data
                .votes
                .iter()
                .find(|v| v.symbol == link.symbol)
                .unwrap_or_else(|| panic!("{}: {} is not a recorded vote", r.id, link.symbol));
            assert!(
                link.reason.contains(&vote.symbol),
                "{}: {}",
                r.id,
                link.reason
            );
            assert!(
                link.reason.contains(&format!("“{}", vote.title)),
                "{}: the reason for {} does not quote the recorded title {:?}",
                r.id,
                vote.symbol,
                vote.title
            );
            links += 1;
        }
    }
    // The four amendments at HRC 56 to two texts Kazakhstan was invited to be a main sponsor of.
    assert_eq!(links, 4);
}

fn stating<'a>(citations: &'a [model::Citation], field: &str) -> Vec<&'a str> {
    citations
        .iter()
        .filter(|c| c.supports.iter().any(|f| f.as_str() == field))
        .flat_map(|c| c.quote.as_deref().into_iter().chain(c.note.as_deref()))
        .collect()
}

/// Whether `text` holds `words`, ignoring case and the kind of apostrophe.
fn contains_words(text: &str, words: &str) -> bool {
    let norm = |s: &str| s.to_lowercase().replace('\u{2019}', "'");
    norm(text).contains(&norm(words))
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
        .filter(|r| matches!(r.role, model::Role::Led | model::Role::CoLed))
        .collect();
    assert_eq!(led.len(), 2);
    assert_eq!(led[0].symbol.as_deref(), Some("A/HRC/RES/54/5"));
    // The domestic violence resolution was tabled by three states, and its symbol is not
    // confirmed by any source: it stays empty.
    assert_eq!(led[1].role, model::Role::CoLed);
    assert_eq!(led[1].leads.len(), 3);
    assert_eq!(led[1].symbol, None);
    // What the press item says of both initiatives together is said of the group, not of each.
    let group = data
        .groups
        .first()
        .expect("the initiatives' group statement");
    assert_eq!(group.resolutions, [led[0].id.clone(), led[1].id.clone()]);
    assert!(group
        .cosponsors
        .named
        .iter()
        .any(|n| n.as_str() == "Russia"));
    for r in &led {
        assert!(
            !r.cosponsors.named.iter().any(|n| n.as_str() == "Russia"),
            "{}",
            r.id
        );
    }
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

// Guards the record in Russian and Kazakh: every theme the records use and every name its own
// text gives (lead states, on whose behalf, co-sponsors, their regions, partners) reads in each
// language, by
// CLDR's name or the editors' translation; and the editors translate only what the record
// uses, so that no stray key hides a typo.
#[test]
fn every_short_text_reads_in_every_language() {
    use hrc_record::lang::Lang;
    use hrc_record::model::Local;
    let data = shipped();
    let mut themes: HashSet<&str> = HashSet::new();
    for r in &data.resolutions {
        themes.extend(
            r.themes
                .iter()
                .chain(&r.editorial_themes)
                .map(|t| t.as_ref()),
        );
    }
    let mut names: HashSet<&str> = HashSet::new();
    names.insert(data.profile.state.name.as_str());
    for c in data
        .resolutions
        .iter()
        .map(|r| &r.cosponsors)
        .chain(data.groups.iter().map(|g| &g.cosponsors))
    {
        names.extend(c.named.iter().chain(&c.regions).map(|n| n.as_ref()));
    }
    for r in &data.resolutions {
        names.extend(r.leads.iter().map(|n| n.as_ref()));
        names.extend(r.on_behalf_of.as_deref());
    }
    names.extend(data.partners.iter().map(|p| p.name.as_str()));
    for lang in [Lang::Ru, Lang::Kk] {
        let local = Local::new(&data, lang);
        assert!(
            local.title.is_some() && local.description.is_some(),
            "{lang:?}"
        );
        for theme in &themes {
            assert!(local.theme(theme).1, "{lang:?}: the theme \"{theme}\"");
        }
        for name in &names {
            assert!(local.name(name).1, "{lang:?}: the name \"{name}\"");
        }
        let t = data
            .translations
            .iter()
            .find(|t| t.lang == lang.code())
            .unwrap();
        for key in t.themes.keys() {
            assert!(
                themes.contains(key.as_str()),
                "{lang:?}: \"{key}\" is no theme of the record"
            );
        }
        for key in t.names.keys() {
            assert!(
                names.contains(key.as_str()),
                "{lang:?}: \"{key}\" is no name of the record"
            );
        }
    }
}
