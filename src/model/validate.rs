//! Checks across records, after each record has been read on its own.
//!
//! A record that breaks a rule about itself (a duplicate or malformed id, no citation left) is
//! skipped; a link that points nowhere (an unknown source, session, event or resolution) is
//! dropped from an otherwise good record. Both are reported, so nothing is lost silently.

use std::collections::HashSet;

use super::date::PartialDate;
use super::local::{is_territory_code, Place, Translation};
use super::problem::Problem;
use super::rules::{is_language_tag, is_link_url, is_shipped_text, is_valid_id, RESERVED_IDS};
use super::symbol::{parse_symbol, Series};
use super::types::{Citation, Dataset, Event, Group, Note, Partner, Reform, Resolution, Source};
use super::votes::{StateName, Vote, VoteKind, VoteOutcome};
use crate::lang::Lang;

/// Runs every cross-record check, removing what cannot be shown and reporting why.
pub(crate) fn check(data: &mut Dataset, problems: &mut Vec<Problem>) {
    if let Some(tag) = data.profile.language.take_if(|tag| !is_language_tag(tag)) {
        problems.push(problem(
            "profile",
            None,
            "language",
            format!("expected a language tag such as \"en\" or \"ru\", found \"{tag}\""),
        ));
    }
    let mut ids: HashSet<String> = HashSet::new();
    check_sources(&mut data.sources, &mut ids, problems);
    let sources = &data.sources;

    let mut index = 0;
    data.profile.memberships.retain_mut(|membership| {
        let section = format!("profile.memberships[{index}]");
        index += 1;
        // Compared at their precision: a term "2022" to "2022" is one year, not an error.
        if membership.to.latest() < membership.from.earliest() {
            problems.push(problem(
                &section,
                None,
                "to",
                format!(
                    "expected a date on or after `from` ({}), found \"{}\"",
                    membership.from, membership.to
                ),
            ));
        }
        check_citations(
            &section,
            None,
            &mut membership.citations,
            MEMBERSHIP_FIELDS,
            sources,
            problems,
        )
    });

    let mut numbers = HashSet::new();
    data.sessions.retain_mut(|session| {
        let id = session.number.to_string();
        if !numbers.insert(session.number) {
            problems.push(problem(
                "sessions",
                Some(&id),
                "number",
                format!("expected each session once, found session {id} again"),
            ));
            return false;
        }
        // Compared at their precision: "2024-09" may end on any day of September.
        if session.end.latest() < session.start.earliest() {
            problems.push(problem(
                "sessions",
                Some(&id),
                "end",
                format!(
                    "expected a date on or after `start` ({}), found \"{}\"",
                    session.start, session.end
                ),
            ));
        }
        check_citations(
            "sessions",
            Some(&id),
            &mut session.citations,
            SESSION_FIELDS,
            sources,
            problems,
        )
    });

    check_records(
        "resolutions",
        &mut data.resolutions,
        &mut ids,
        sources,
        problems,
    );
    check_records("events", &mut data.events, &mut ids, sources, problems);
    check_records("reforms", &mut data.reforms, &mut ids, sources, problems);
    check_records("partners", &mut data.partners, &mut ids, sources, problems);
    check_records("notes", &mut data.notes, &mut ids, sources, problems);
    check_records("groups", &mut data.groups, &mut ids, sources, problems);

    let event_ids: HashSet<String> = data.events.iter().map(|e| e.id.clone()).collect();
    let resolution_ids: HashSet<String> = data.resolutions.iter().map(|r| r.id.clone()).collect();
    for r in &mut data.resolutions {
        check_session("resolutions", &r.id, &mut r.session, &numbers, problems);
        drop_dangling(
            "resolutions",
            &r.id,
            "follow_ups",
            "an event",
            &mut r.follow_ups,
            &event_ids,
            problems,
        );
    }
    for e in &mut data.events {
        check_session("events", &e.id, &mut e.session, &numbers, problems);
        drop_dangling(
            "events",
            &e.id,
            "resolutions",
            "a resolution",
            &mut e.resolutions,
            &resolution_ids,
            problems,
        );
    }
    for r in &mut data.resolutions {
        let mut index = 0;
        let themes = &r.themes;
        r.editorial_themes.retain(|tag| {
            let path = format!("editorial_themes[{index}]");
            index += 1;
            if themes.contains(tag) {
                problems.push(problem(
                    "resolutions",
                    Some(&r.id),
                    &path,
                    format!("expected a tag the sources do not give (one not in `themes`), found \"{tag}\" in both"),
                ));
                return false;
            }
            true
        });
    }
    data.groups.retain_mut(|g| {
        drop_dangling(
            "groups",
            &g.id,
            "resolutions",
            "a resolution",
            &mut g.resolutions,
            &resolution_ids,
            problems,
        );
        if g.resolutions.len() < 2 {
            problems.push(problem(
                "groups",
                Some(&g.id),
                "resolutions",
                format!(
                    "expected the ids of at least two resolutions (a statement about one text belongs on its record), found {}",
                    g.resolutions.len()
                ),
            ));
            return false;
        }
        true
    });
    check_votes(data, problems);
}

/// Checks the votes and what refers to them: the voting section's sources and term, the state
/// names, each vote against its own symbol and tally, and the resolutions' links to votes.
fn check_votes(data: &mut Dataset, problems: &mut Vec<Problem>) {
    let source_ids: HashSet<&str> = data.sources.iter().map(|s| s.id.as_str()).collect();
    if let Some(voting) = &data.voting {
        for (field, id) in std::iter::once(("source", Some(&voting.source))).chain(std::iter::once(
            ("cross_check", voting.cross_check.as_ref()),
        )) {
            if let Some(id) = id.filter(|id| !source_ids.contains(id.as_str())) {
                problems.push(problem(
                    "voting",
                    None,
                    field,
                    format!("expected the id of a source in `sources`, found \"{id}\""),
                ));
            }
        }
        if voting.to.latest() < voting.from.earliest() {
            problems.push(problem(
                "voting",
                None,
                "to",
                format!(
                    "expected a date on or after `from` ({}), found \"{}\"",
                    voting.from, voting.to
                ),
            ));
        }
    }
    let mut codes = HashSet::new();
    data.states.retain(|s: &StateName| {
        let code = s.code.as_str();
        let message = if !is_state_code(code) {
            format!("expected an ISO 3166-1 alpha-3 code such as \"KAZ\", found \"{code}\"")
        } else if !codes.insert(code.to_owned()) {
            format!("expected each state once, found \"{code}\" again")
        } else if [&s.names.en, &s.names.ru, &s.names.kk]
            .iter()
            .any(|n| n.trim().is_empty())
        {
            format!("expected a name in every language for \"{code}\", found an empty one")
        } else {
            return true;
        };
        problems.push(problem("states", Some(code), "code", message));
        false
    });
    let own = data.profile.language.as_deref().and_then(Lang::from_code);
    check_translations(&mut data.translations, own.unwrap_or_default(), problems);
    check_places(&mut data.places, problems);
    let term = data.voting.as_ref().map(|v| (v.from, v.to));
    let mut symbols = HashSet::new();
    data.votes
        .retain(|v| match check_vote(v, &codes, &source_ids, term) {
            Ok(()) if symbols.insert(v.symbol.clone()) => true,
            Ok(()) => {
                problems.push(problem(
                    "votes",
                    Some(&v.symbol),
                    "symbol",
                    format!("expected each vote once, found \"{}\" again", v.symbol),
                ));
                false
            }
            Err((path, message)) => {
                problems.push(problem("votes", Some(&v.symbol), &path, message));
                false
            }
        });
    for r in &mut data.resolutions {
        let mut index = 0;
        let id = r.id.clone();
        r.votes.retain(|link| {
            let path = format!("votes[{index}].symbol");
            index += 1;
            if symbols.contains(&link.symbol) {
                return true;
            }
            problems.push(problem(
                "resolutions",
                Some(&id),
                &path,
                format!(
                    "expected the symbol of one of the record's `votes`, found \"{}\"",
                    link.symbol
                ),
            ));
            false
        });
    }
}

/// Whether `code` has the shape of an ISO 3166-1 alpha-3 code.
fn is_state_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Checks one vote against its symbol, the states named, the sources and the term; on failure
/// gives the field's path and what was expected and found.
fn check_vote(
    v: &Vote,
    states: &HashSet<String>,
    sources: &HashSet<&str>,
    term: Option<(PartialDate, PartialDate)>,
) -> Result<(), (String, String)> {
    let fail = |path: &str, message: String| Err((path.to_owned(), message));
    let Some(symbol) = parse_symbol(&v.symbol) else {
        return fail(
            "symbol",
            format!("expected a document symbol such as \"A/HRC/RES/54/5\" or \"A/HRC/56/L.35\", found \"{}\"", v.symbol),
        );
    };
    if symbol.canonical != v.symbol || symbol.annotation.is_some() {
        return fail(
            "symbol",
            format!(
                "expected the symbol in its canonical form \"{}\", found \"{}\"",
                symbol.canonical, v.symbol
            ),
        );
    }
    let kinds: &[VoteKind] = match symbol.series {
        Series::Resolution => &[VoteKind::Resolution],
        Series::Decision => &[VoteKind::Decision],
        Series::Limited => &[VoteKind::Draft, VoteKind::Amendment],
    };
    if !kinds.contains(&v.kind) {
        let expected: Vec<String> = kinds.iter().map(|k| format!("`{}`", k.as_str())).collect();
        return fail(
            "kind",
            format!(
                "expected {} for the symbol {}, found `{}`",
                expected.join(" or "),
                v.symbol,
                v.kind.as_str()
            ),
        );
    }
    if symbol.session != v.session {
        return fail(
            "session",
            format!(
                "expected \"{}\", the session of the symbol {}, found \"{}\"",
                symbol.session, v.symbol, v.session
            ),
        );
    }
    if let Some((from, to)) = term {
        if v.date.earliest() < from.earliest() || v.date.latest() > to.latest() {
            return fail(
                "date",
                format!(
                    "expected a date from {from} to {to} (the voting term), found \"{}\"",
                    v.date
                ),
            );
        }
    }
    let mut seen = HashSet::new();
    for (list, codes) in [
        ("yes", &v.yes),
        ("no", &v.no),
        ("abstain", &v.abstain),
        ("present_not_voting", &v.present_not_voting),
    ] {
        for (i, code) in codes.iter().enumerate() {
            let path = format!("{list}[{i}]");
            if !states.contains(code.as_str()) {
                return fail(
                    &path,
                    format!("expected the code of a state in `states`, found \"{code}\""),
                );
            }
            if !seen.insert(code.as_str()) {
                return fail(
                    &path,
                    format!("expected each member's vote once, found \"{code}\" again"),
                );
            }
        }
    }
    let expected = VoteOutcome::of(v.kind, &v.tally());
    if v.outcome != expected {
        return fail(
            "outcome",
            format!(
                "expected `{}` for a {} with this tally, found `{}`",
                expected.as_str(),
                v.kind.as_str(),
                v.outcome.as_str()
            ),
        );
    }
    if let Some(official) = &v.official {
        if !sources.contains(official.source.as_str()) {
            return fail(
                "official.source",
                format!(
                    "expected the id of a source in `sources`, found \"{}\"",
                    official.source
                ),
            );
        }
    }
    Ok(())
}

/// The fields a session's citation may support.
const SESSION_FIELDS: &[&str] = &["number", "start", "end"];
/// The fields a membership's citation may support.
const MEMBERSHIP_FIELDS: &[&str] = &["from", "to", "elected"];

/// Keeps the translations that are each of an interface language other than the record's own,
/// once, with no empty text.
fn check_translations(translations: &mut Vec<Translation>, own: Lang, problems: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    translations.retain(|t| {
        let lang = Lang::ALL.into_iter().find(|l| l.code() == t.lang);
        let empty = t
            .title
            .iter()
            .chain(&t.description)
            .any(|s| s.trim().is_empty())
            || t.themes
                .iter()
                .chain(&t.names)
                .any(|(k, v)| k.trim().is_empty() || v.trim().is_empty());
        let (path, message) = match lang {
            None => (
                "lang",
                format!(
                    "expected an interface language's code ({}), found \"{}\"",
                    Lang::ALL.map(|l| format!("\"{}\"", l.code())).join(", "),
                    t.lang
                ),
            ),
            Some(l) if l == own => (
                "lang",
                format!(
                    "expected a language other than the record's own (\"{}\"), found it",
                    own.code()
                ),
            ),
            Some(l) if !seen.insert(l) => (
                "lang",
                format!("expected each language once, found \"{}\" again", t.lang),
            ),
            Some(_) if empty => ("", "expected no empty text, found one".to_owned()),
            Some(_) => return true,
        };
        problems.push(problem("translations", Some(&t.lang), path, message));
        false
    });
}

/// Keeps the places with a CLDR territory code and a name in every language, each English
/// name once.
fn check_places(places: &mut Vec<Place>, problems: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    places.retain(|p| {
        let message = if !is_territory_code(&p.cldr) {
            format!(
                "expected a CLDR territory code such as \"KZ\" or \"419\", found \"{}\"",
                p.cldr
            )
        } else if [&p.names.en, &p.names.ru, &p.names.kk]
            .iter()
            .any(|n| n.trim().is_empty())
        {
            format!(
                "expected a name in every language for \"{}\", found an empty one",
                p.cldr
            )
        } else if !seen.insert(p.names.en.clone()) {
            format!("expected each place once, found \"{}\" again", p.names.en)
        } else {
            return true;
        };
        problems.push(problem("places", Some(&p.cldr), "cldr", message));
        false
    });
}

fn problem(section: &str, id: Option<&str>, path: &str, message: String) -> Problem {
    Problem {
        section: section.to_owned(),
        index: None,
        id: id.map(str::to_owned),
        line: None,
        path: path.to_owned(),
        message,
    }
}

/// Rejects a malformed or repeated id; ids are unique across every kind of record, because they
/// share the page's URL fragments.
fn claim_id(
    section: &str,
    id: &str,
    ids: &mut HashSet<String>,
    problems: &mut Vec<Problem>,
) -> bool {
    if RESERVED_IDS.contains(&id)
        || id.ends_with("-title")
        || id.starts_with("source-")
        || id.starts_with("facet-")
        || id.starts_with("vote-")
    {
        problems.push(problem(
            section,
            Some(id),
            "id",
            format!("expected an id the page does not use itself, found \"{id}\" (add a prefix such as \"res-\")"),
        ));
        return false;
    }
    if !is_valid_id(id) {
        problems.push(problem(
            section,
            Some(id),
            "id",
            format!("expected lowercase letters, digits and single hyphens (e.g. \"res-education\"), found \"{id}\""),
        ));
        return false;
    }
    if !ids.insert(id.to_owned()) {
        problems.push(problem(
            section,
            Some(id),
            "id",
            format!("expected a unique id, found \"{id}\" already used by an earlier record"),
        ));
        return false;
    }
    true
}

fn check_sources(
    sources: &mut Vec<Source>,
    ids: &mut HashSet<String>,
    problems: &mut Vec<Problem>,
) {
    sources.retain(|s| {
        if !claim_id("sources", &s.id, ids, problems) {
            return false;
        }
        // Links from the data become hrefs: only web addresses and shipped text files, so a
        // `javascript:` URL in the file can never run.
        if let Some(url) = &s.url {
            if !is_link_url(url) {
                problems.push(problem(
                    "sources",
                    Some(&s.id),
                    "url",
                    format!("expected a web address starting with https:// or http://, or a mailto: address, found \"{url}\""),
                ));
                return false;
            }
        }
        if let Some(file) = &s.file {
            if !is_shipped_text(file) {
                problems.push(problem(
                    "sources",
                    Some(&s.id),
                    "file",
                    format!("expected a text file under sources/, such as \"sources/name.txt\", found \"{file}\""),
                ));
                return false;
            }
        }
        if s.url.is_none() && s.file.is_none() {
            problems.push(problem(
                "sources",
                Some(&s.id),
                "url",
                "expected a `url` or a `file` where the source can be read, found neither".into(),
            ));
            return false;
        }
        true
    });
}

fn check_records<T: Record>(
    section: &str,
    records: &mut Vec<T>,
    ids: &mut HashSet<String>,
    sources: &[Source],
    problems: &mut Vec<Problem>,
) {
    records.retain_mut(|record| {
        let id = record.id().to_owned();
        claim_id(section, &id, ids, problems)
            && check_citations(
                section,
                Some(&id),
                record.citations_mut(),
                T::FIELDS,
                sources,
                problems,
            )
    });
}

/// Drops citations that point nowhere; returns false (skip the record) when none are left,
/// because a fact without a source must not be shown.
fn check_citations(
    section: &str,
    id: Option<&str>,
    citations: &mut Vec<Citation>,
    fields: &[&str],
    sources: &[Source],
    problems: &mut Vec<Problem>,
) -> bool {
    let mut index = 0;
    citations.retain(|c| {
        let path = format!("citations[{index}]");
        index += 1;
        let Some(source) = sources.iter().find(|s| s.id == c.source) else {
            problems.push(problem(
                section,
                id,
                &format!("{path}.source"),
                format!("expected the id of a source in `sources`, found \"{}\"", c.source),
            ));
            return false;
        };
        if let Some(quote) = &c.quote {
            if source.file.is_none() {
                problems.push(problem(
                    section,
                    id,
                    &format!("{path}.quote"),
                    format!(
                        "expected no quote, because source \"{}\" has no shipped text to check it against; found a quote",
                        source.id
                    ),
                ));
                return false;
            }
            if quote.trim().is_empty() {
                problems.push(problem(section, id, &format!("{path}.quote"), "expected the quoted words, found an empty quote".into()));
                return false;
            }
        }
        for (j, field) in c.supports.iter().enumerate() {
            if !fields.contains(&field.as_str()) {
                problems.push(problem(
                    section,
                    id,
                    &format!("{path}.supports[{j}]"),
                    format!(
                        "expected one of {}, found \"{}\"",
                        fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", "),
                        field.as_str()
                    ),
                ));
            }
        }
        true
    });
    if citations.is_empty() {
        problems.push(problem(
            section,
            id,
            "citations",
            "expected at least one citation of a known source, found none; the record is not shown"
                .into(),
        ));
        return false;
    }
    true
}

fn check_session(
    section: &str,
    id: &str,
    session: &mut Option<u32>,
    numbers: &HashSet<u32>,
    problems: &mut Vec<Problem>,
) {
    if let Some(n) = *session {
        if !numbers.contains(&n) {
            problems.push(problem(
                section,
                Some(id),
                "session",
                format!("expected the number of a session in `sessions`, found {n}"),
            ));
            *session = None;
        }
    }
}

fn drop_dangling(
    section: &str,
    id: &str,
    field: &str,
    what: &str,
    refs: &mut Vec<String>,
    known: &HashSet<String>,
    problems: &mut Vec<Problem>,
) {
    let mut index = 0;
    refs.retain(|r| {
        let path = format!("{field}[{index}]");
        index += 1;
        if known.contains(r) {
            return true;
        }
        problems.push(problem(
            section,
            Some(id),
            &path,
            format!("expected the id of {what}, found \"{r}\""),
        ));
        false
    });
}

/// Every citation in the record, with the section and id of the record that carries it.
pub fn all_citations(data: &Dataset) -> Vec<(String, String, &Citation)> {
    fn of<'a, T: Record>(
        section: &str,
        records: &'a [T],
        out: &mut Vec<(String, String, &'a Citation)>,
    ) {
        for r in records {
            for c in r.citations() {
                out.push((section.to_owned(), r.id().to_owned(), c));
            }
        }
    }
    let mut out = Vec::new();
    for (i, m) in data.profile.memberships.iter().enumerate() {
        for c in &m.citations {
            out.push(("profile.memberships".to_owned(), i.to_string(), c));
        }
    }
    for s in &data.sessions {
        for c in &s.citations {
            out.push(("sessions".to_owned(), s.number.to_string(), c));
        }
    }
    of("resolutions", &data.resolutions, &mut out);
    of("events", &data.events, &mut out);
    of("reforms", &data.reforms, &mut out);
    of("partners", &data.partners, &mut out);
    of("notes", &data.notes, &mut out);
    of("groups", &data.groups, &mut out);
    out
}

/// Checks that every quote appears verbatim in its source's shipped text. `text_of` returns a
/// source file's text by its `file` path, or `None` when it cannot be read.
pub fn check_quotes(data: &Dataset, text_of: impl Fn(&str) -> Option<String>) -> Vec<Problem> {
    let mut texts = std::collections::HashMap::new();
    let mut problems = Vec::new();
    for (section, id, citation) in all_citations(data) {
        let Some(quote) = &citation.quote else {
            continue;
        };
        let Some(file) = data
            .sources
            .iter()
            .find(|s| s.id == citation.source)
            .and_then(|s| s.file.as_deref())
        else {
            continue;
        };
        let text = texts
            .entry(file.to_owned())
            .or_insert_with(|| text_of(file));
        let message = match text {
            None => format!(
                "expected the text of source \"{}\" at \"{file}\", found no such file",
                citation.source
            ),
            Some(text) if !text.contains(quote.as_str()) => {
                format!("expected words found verbatim in \"{file}\", found a quote that is not there: \"{quote}\"")
            }
            Some(_) => continue,
        };
        problems.push(problem(&section, Some(&id), "citations.quote", message));
    }
    problems
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
record!(Group, ["title", "resolutions", "cosponsors", "summary"]);

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::types::{Event, Group, Note, Partner, Reform, Resolution, FIELD_NAMES};

    // Guards the schema's list of `supports` names against drifting from the per-kind lists the
    // loader checks: a name missing from it would be refused by editors' IDEs, an extra one
    // accepted by the schema and then reported by the loader.
    #[test]
    fn field_names_are_the_union_of_the_per_kind_lists() {
        let mut union: Vec<&str> = [
            Resolution::FIELDS,
            Event::FIELDS,
            Reform::FIELDS,
            Partner::FIELDS,
            Note::FIELDS,
            Group::FIELDS,
            SESSION_FIELDS,
            MEMBERSHIP_FIELDS,
        ]
        .concat();
        crate::model::order::sort(&mut union);
        union.dedup();
        let mut names = FIELD_NAMES.to_vec();
        crate::model::order::sort(&mut names);
        assert_eq!(names, union);
    }

    // Guards the record's language tag: well-formed tags pass, anything else is reported (and
    // the page then marks nothing rather than something wrong).
    #[test]
    fn language_tags_are_checked() {
        for good in ["en", "ru", "kk-Cyrl-KZ", "haw", "en-GB"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["", "e", "english", "en-", "en_GB", "1n", "en GB", "<b>"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
        let text = std::fs::read_to_string("public/data/kazakhstan-hrc-2022-2024.json")
            .unwrap()
            .replacen("\"language\": \"en\"", "\"language\": \"English\"", 1);
        let loaded = crate::model::parse(&text).unwrap();
        assert_eq!(loaded.dataset.profile.language, None);
        let problem = loaded
            .problems
            .iter()
            .find(|p| p.path == "language")
            .unwrap();
        assert!(
            problem.message.contains("\"English\""),
            "{}",
            problem.message
        );
    }

    /// The shipped record with its text edited by `edit`, loaded.
    fn shipped_edited(edit: impl Fn(&mut serde_json::Value)) -> crate::model::Loaded {
        let text = std::fs::read_to_string("public/data/kazakhstan-hrc-2022-2024.json").unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        edit(&mut value);
        crate::model::parse(&value.to_string()).unwrap()
    }

    // Guards the translations: each of an interface language other than the record's own,
    // once, with no empty text; a bad one is reported by its language and the rest still load.
    #[test]
    fn translations_are_checked() {
        type Edit = fn(&mut serde_json::Value);
        let cases: [(Edit, &str); 4] = [
            (
                |v| v["translations"][0]["lang"] = "de".into(),
                "expected an interface language's code",
            ),
            (
                |v| v["translations"][0]["lang"] = "en".into(),
                "other than the record's own (\"en\")",
            ),
            (
                |v| v["translations"][1]["lang"] = "ru".into(),
                "each language once, found \"ru\" again",
            ),
            (
                |v| v["translations"][0]["themes"]["Children"] = "  ".into(),
                "no empty text",
            ),
        ];
        for (edit, expected) in cases {
            let loaded = shipped_edited(edit);
            let found: Vec<&Problem> = loaded
                .problems
                .iter()
                .filter(|p| p.section == "translations")
                .collect();
            assert_eq!(found.len(), 1, "{expected}: {:#?}", loaded.problems);
            assert!(found[0].message.contains(expected), "{}", found[0].message);
            assert_eq!(loaded.dataset.translations.len(), 1, "the other one loads");
            assert_eq!(loaded.dataset.resolutions.len(), 6);
        }
        // By the editors, and nobody else: an unknown translator is refused where it is read.
        let loaded = shipped_edited(|v| v["translations"][0]["by"] = "machine".into());
        let problem = loaded
            .problems
            .iter()
            .find(|p| p.section == "translations")
            .unwrap();
        assert_eq!((problem.index, problem.path.as_str()), (Some(0), "by"));
    }

    // Guards the places' names: a CLDR territory code and a name in every language.
    #[test]
    fn places_are_checked() {
        for code in ["KZ", "EU", "419", "002"] {
            assert!(is_territory_code(code), "{code}");
        }
        for code in ["KAZ", "kz", "41", "4190", "", "K1"] {
            assert!(!is_territory_code(code), "{code}");
        }
        let loaded = shipped_edited(|v| {
            v["places"][0]["cldr"] = "Africa".into();
            v["places"][1]["names"]["kk"] = "".into();
        });
        let found: Vec<&str> = loaded
            .problems
            .iter()
            .filter(|p| p.section == "places")
            .map(|p| p.message.as_str())
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("found \"Africa\""), "{}", found[0]);
        assert!(
            found[1].contains("a name in every language"),
            "{}",
            found[1]
        );
    }
}
