//! Matching resolutions against the filter state, with facet counts.
//!
//! The [`Index`] is built once per dataset: every resolution's searchable text is folded once,
//! and every facet value becomes a small number. Applying a state then costs one pass over the
//! records, with no allocation per record and no copy of the data.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};

use crate::filter::fold::{fold, query_words};
use crate::filter::state::{Facet, FilterState, SessionKey};
use crate::model::{short_symbol, Dataset, Group, Name, OutcomeKind, Resolution, Role};

/// One choosable value of a facet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    /// The value as it appears in the URL, e.g. "main_sponsor" or "54". The page words it in
    /// its language (see [`crate::i18n::Strings::option`]).
    pub value: String,
}

/// What one resolution offers to the filters. It is held for every record, so it is kept
/// small: two allocations, sized exactly.
#[derive(Clone, Debug)]
struct Indexed {
    /// Title, symbol, summary, states, themes and quotes, folded, one field per line: first
    /// the title and symbol, then the rest the card shows, then the quotes, which it shows
    /// only when its sources are opened.
    hay: Box<str>,
    /// Where the title and symbol end in `hay`.
    head: u32,
    /// Where the quotes begin in `hay`.
    quotes: u32,
    /// The indices of the options this record has, facet after facet in [`Facet::RESOLUTIONS`]
    /// order.
    options: Box<[u16]>,
    /// Where each facet's indices end in `options`.
    ends: [u16; 5],
}

/// A set of the byte pairs a text holds, hashed into 512 bits. Every pair of a word that a
/// text contains is a pair of the text, so a text whose set lacks one of a word's pairs cannot
/// contain the word: the search skips it without reading it. A text of 500 bytes sets about
/// two bits in five, so a five-letter word it lacks is let through by mistake about one time in
/// fifty, and then `contains` decides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Pairs([u64; 8]);

impl Pairs {
    /// The pairs of `text`.
    fn of(text: &str) -> Self {
        let mut set = Self::default();
        for pair in text.as_bytes().windows(2) {
            let key = (u32::from(pair[0]) << 8) | u32::from(pair[1]);
            // Fibonacci hashing: the top 9 bits of the product spread neighbouring pairs apart.
            let bit = (key.wrapping_mul(2_654_435_761) >> 23) as usize;
            set.0[bit / 64] |= 1 << (bit % 64);
        }
        set
    }

    /// Both sets together.
    fn with(mut self, other: Self) -> Self {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a |= b;
        }
        self
    }

    /// Whether every pair of `other` is in this set.
    fn covers(&self, other: &Self) -> bool {
        self.0.iter().zip(&other.0).all(|(a, b)| a & b == *b)
    }
}

impl Indexed {
    /// The indices of the options this record has for the facet in `slot`.
    fn options(&self, slot: usize) -> &[u16] {
        let start = if slot == 0 { 0 } else { self.ends[slot - 1] };
        &self.options[usize::from(start)..usize::from(self.ends[slot])]
    }
}

/// The searchable form of a dataset's resolutions, built once.
#[derive(Clone, Debug)]
pub struct Index {
    entries: Vec<Indexed>,
    /// For each entry, the byte pairs its text holds, so a search passes over a record that
    /// cannot match without reading its text. Built on the first search or by
    /// [`Index::prepare_search`], whichever comes first, so that they do not hold up the
    /// first cards.
    pairs: OnceLock<Box<[Pairs]>>,
    /// For each facet (in [`Facet::RESOLUTIONS`] order), its options in display order.
    pub facets: [Vec<FacetOption>; 5],
}

/// The result of applying a filter state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    /// Indices (into the dataset's resolutions) of the matching records, in file order.
    pub records: Vec<usize>,
    /// The same records in the order the list shows them: those whose title or symbol holds
    /// every word of the search first, then those whose card shows them all, then those that
    /// hold some word only in their sources' quotes; in file order within each.
    pub ranked: Vec<usize>,
    /// Of `records`, those that match only with their sources' quotes (in file order): their
    /// cards open their sources to show where.
    pub in_quotes_only: Vec<usize>,
    /// For each facet and option: how many records would match with that option chosen, given
    /// every other active filter.
    pub counts: [Vec<usize>; 5],
}

/// The text searches done lately, newest first: for each, its folded words and the records
/// that hold them all (before facets). A query typed again, as when Backspace undoes a letter,
/// takes its records from here without reading any text, and a query that adds to an earlier
/// one reads only that one's records. Without it, every Backspace read every record.
#[derive(Debug, Default)]
pub struct Recent(Vec<(Vec<String>, Arc<[usize]>)>);

impl Recent {
    /// How many searches are kept: enough to undo a dozen letters, at most 40 KB each at
    /// 10 000 records.
    const KEPT: usize = 16;

    /// The best start for a search of `words`: an earlier search of the same words (`true`),
    /// or else the smallest earlier result that every record matching `words` must be in.
    fn start(&self, words: &[String]) -> Option<(Arc<[usize]>, bool)> {
        if let Some((_, found)) = self.0.iter().find(|(old, _)| old.as_slice() == words) {
            return Some((Arc::clone(found), true));
        }
        self.0
            .iter()
            .filter(|(old, _)| {
                old.iter()
                    .all(|o| words.iter().any(|new| new.contains(o.as_str())))
            })
            .min_by_key(|(_, found)| found.len())
            .map(|(_, found)| (Arc::clone(found), false))
    }

    fn remember(&mut self, words: Vec<String>, found: Arc<[usize]>) {
        self.0.retain(|(old, _)| *old != words);
        self.0.insert(0, (words, found));
        self.0.truncate(Self::KEPT);
    }
}

/// The facet's place among the initiatives' facets; `None` for a facet of the votes.
fn facet_slot(facet: Facet) -> Option<usize> {
    Facet::RESOLUTIONS.iter().position(|f| *f == facet)
}

/// The values a resolution has for a facet, as they appear in URLs.
fn values(r: &Resolution, facet: Facet) -> Vec<Cow<'_, str>> {
    match facet {
        Facet::Theme => r
            .themes
            .iter()
            .chain(&r.editorial_themes)
            .map(|t| Cow::Borrowed(t.as_str()))
            .collect(),
        Facet::Session => vec![Cow::Owned(SessionKey::of(r.session).to_value())],
        Facet::Role => vec![Cow::Borrowed(r.role.as_str())],
        Facet::Outcome => vec![Cow::Borrowed(r.outcome.kind().as_str())],
        Facet::Lead => r.leads.iter().map(|l| Cow::Borrowed(l.as_str())).collect(),
        Facet::Cast | Facet::Kind | Facet::Result => Vec::new(),
    }
}

/// Sort key that puts options in a reader's order: sessions by number, roles and outcomes in
/// their fixed order, names alphabetically.
fn order(facet: Facet, value: &str) -> (usize, String) {
    match facet {
        // Numbered sessions in order, "not stated" after them.
        Facet::Session => (value.parse().unwrap_or(usize::MAX), String::new()),
        Facet::Role => (
            Role::ALL
                .iter()
                .position(|r| r.as_str() == value)
                .unwrap_or(usize::MAX),
            String::new(),
        ),
        Facet::Outcome => (
            OutcomeKind::ALL
                .iter()
                .position(|k| k.as_str() == value)
                .unwrap_or(usize::MAX),
            String::new(),
        ),
        Facet::Theme | Facet::Lead | Facet::Cast | Facet::Kind | Facet::Result => (0, fold(value)),
    }
}

/// How much of a card a search's words were found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Found {
    /// Every word is in the title or the symbol.
    InHeading,
    /// Every word is in what the card shows.
    OnCard,
    /// Some word only in the quotes, which the card shows when its sources are opened.
    InQuotes,
}

/// The text a search looks in, for one resolution, with what the record's groups say of it
/// (`groups`: the groups it is in), which its card shows; folded, with where its title and
/// symbol end and where its quotes begin (see [`Indexed`]).
fn haystack(r: &Resolution, groups: &[&Group]) -> (String, u32, u32) {
    let mut heading: Vec<&str> = vec![&r.title];
    heading.extend(r.symbol.as_deref());
    heading.extend(r.symbol.as_deref().map(short_symbol));
    let mut parts: Vec<&str> = vec![&r.summary];
    parts.extend(r.role_words.as_deref());
    parts.extend(r.on_behalf_of.as_deref());
    parts.extend(r.leads.iter().map(Name::as_str));
    parts.extend(r.themes.iter().chain(&r.editorial_themes).map(Name::as_str));
    parts.extend(r.cosponsors.named.iter().map(Name::as_str));
    parts.extend(r.cosponsors.regions.iter().map(Name::as_str));
    for g in groups {
        parts.push(&g.title);
        parts.push(&g.summary);
        parts.extend(g.cosponsors.named.iter().map(Name::as_str));
        parts.extend(g.cosponsors.regions.iter().map(Name::as_str));
    }
    let session = r.session.map(|s| format!("HRC {s}")).unwrap_or_default();
    parts.push(&session);
    let quotes: Vec<&str> = r
        .citations
        .iter()
        .filter_map(|c| c.quote.as_deref())
        .collect();
    // Folded part by part, so the ends are known; a search word holds no line break, so it
    // never reads across two parts.
    let mut hay = fold(&heading.join("\n"));
    let head = hay.len();
    hay.push('\n');
    hay.push_str(&fold(&parts.join("\n")));
    let shown = hay.len();
    hay.push('\n');
    hay.push_str(&fold(&quotes.join("\n")));
    let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    (hay, at(head), at(shown))
}

impl Indexed {
    /// How much of the card holds every one of `words` (which it holds somewhere).
    fn found(&self, words: &[String]) -> Found {
        let within = |end: u32| {
            let end = usize::try_from(end)
                .unwrap_or(usize::MAX)
                .min(self.hay.len());
            let part = self.hay.get(..end).unwrap_or(&self.hay);
            words.iter().all(|w| part.contains(w.as_str()))
        };
        if within(self.head) {
            Found::InHeading
        } else if within(self.quotes) {
            Found::OnCard
        } else {
            Found::InQuotes
        }
    }
}

impl Index {
    /// Builds the index: folds every record's text once and numbers every facet value.
    pub fn new(data: &Dataset) -> Self {
        let mut facets: [Vec<FacetOption>; 5] = Default::default();
        for (slot, facet) in Facet::RESOLUTIONS.into_iter().enumerate() {
            // Distinct values first (borrowed, not copied), then the few left in reading order.
            // Inserted, not collected: see `FilterState::chosen_options`.
            let mut distinct: BTreeSet<Cow<str>> = BTreeSet::new();
            distinct.extend(data.resolutions.iter().flat_map(|r| values(r, facet)));
            let mut found: Vec<Cow<str>> = distinct.into_iter().collect();
            crate::model::order::sort_by(&mut found, |a, b| {
                order(facet, a).cmp(&order(facet, b)).then_with(|| a.cmp(b))
            });
            facets[slot] = found
                .into_iter()
                .map(|value| FacetOption {
                    value: value.into_owned(),
                })
                .collect();
        }
        let mut options = Vec::new();
        let entries = data
            .resolutions
            .iter()
            .map(|r| {
                let groups: Vec<&Group> = data
                    .groups
                    .iter()
                    .filter(|g| g.resolutions.contains(&r.id))
                    .collect();
                options.clear();
                let mut ends = [0u16; 5];
                for (slot, facet) in Facet::RESOLUTIONS.into_iter().enumerate() {
                    options.extend(
                        values(r, facet)
                            .iter()
                            .filter_map(|v| facets[slot].iter().position(|o| o.value == *v))
                            .map(|i| u16::try_from(i).unwrap_or(u16::MAX)),
                    );
                    ends[slot] = u16::try_from(options.len()).unwrap_or(u16::MAX);
                }
                // A record with more than 65 535 facet values keeps the first 65 535.
                options.truncate(usize::from(ends[4]));
                let (hay, head, quotes) = haystack(r, &groups);
                Indexed {
                    hay: hay.into_boxed_str(),
                    head,
                    quotes,
                    options: options.as_slice().into(),
                    ends,
                }
            })
            .collect();
        Self {
            entries,
            pairs: OnceLock::new(),
            facets,
        }
    }

    /// Builds what a search needs beyond the folded text (a few milliseconds at 10 000
    /// records), if no search has yet: for a quiet moment after the first cards are drawn.
    pub fn prepare_search(&self) {
        self.pairs();
    }

    fn pairs(&self) -> &[Pairs] {
        self.pairs
            .get_or_init(|| self.entries.iter().map(|e| Pairs::of(&e.hay)).collect())
    }

    /// The options of one facet (none for a facet of the votes).
    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        facet_slot(facet).map_or(&[], |slot| &self.facets[slot])
    }

    /// Whether `value` is an option of `facet` in this dataset's initiatives.
    pub fn knows(&self, facet: Facet, value: &str) -> bool {
        self.options(facet).iter().any(|o| o.value == value)
    }

    /// The state without values this dataset does not have (e.g. a theme from an old link), so
    /// they neither hide every record nor linger in the URL.
    pub fn sanitize(&self, state: &FilterState) -> FilterState {
        state.sanitized(|facet, value| self.knows(facet, value))
    }

    /// The records that match `state`, and the facet counts beside them.
    pub fn apply(&self, state: &FilterState) -> Matches {
        self.apply_after(state, &mut Recent::default())
    }

    /// As [`Index::apply`], starting from the searches in `recent` where it can (see
    /// [`Recent`]), and adding this one to them.
    pub fn apply_after(&self, state: &FilterState, recent: &mut Recent) -> Matches {
        let words = query_words(&state.q);
        let start = recent.start(&words);
        let known = start.as_ref().filter(|(_, same)| *same).is_some();
        let candidates: Box<dyn Iterator<Item = usize>> = match &start {
            Some((found, _)) => Box::new(found.iter().copied()),
            None => Box::new(0..self.entries.len()),
        };
        // For each facet, which options are chosen (empty: the facet does not narrow).
        let chosen: Vec<Vec<bool>> = Facet::RESOLUTIONS
            .iter()
            .map(|&f| {
                let opts = self.options(f);
                let mask: Vec<bool> = opts.iter().map(|o| state.has(f, &o.value)).collect();
                if mask.iter().any(|b| *b) {
                    mask
                } else {
                    Vec::new()
                }
            })
            .collect();
        let mut counts: [Vec<usize>; 5] = Default::default();
        for (slot, c) in counts.iter_mut().enumerate() {
            *c = vec![0; self.facets[slot].len()];
        }
        let mut records = Vec::new();
        let mut searched = Vec::new();
        // Every pair of every word: a record without them all is passed over unread. Without
        // words every record passes, and the pairs are not needed.
        let needed = words
            .iter()
            .fold(Pairs::default(), |set, w| set.with(Pairs::of(w)));
        let read = !known && !words.is_empty();
        let pairs: &[Pairs] = if read { self.pairs() } else { &[] };
        for i in candidates {
            let entry = &self.entries[i];
            let unread = pairs.get(i).is_some_and(|p| !p.covers(&needed));
            if read && (unread || !words.iter().all(|w| entry.hay.contains(w.as_str()))) {
                continue;
            }
            if !known {
                searched.push(i);
            }
            // Which facets this record fails; a record failing two facets counts nowhere.
            let mut failed = None;
            let mut failures = 0;
            for (slot, mask) in chosen.iter().enumerate() {
                if !mask.is_empty() && !entry.options(slot).iter().any(|&o| mask[usize::from(o)]) {
                    failures += 1;
                    failed = Some(slot);
                }
            }
            match (failures, failed) {
                (0, _) => {
                    records.push(i);
                    for (slot, count) in counts.iter_mut().enumerate() {
                        for &o in entry.options(slot) {
                            count[usize::from(o)] += 1;
                        }
                    }
                }
                (1, Some(slot)) => {
                    for &o in entry.options(slot) {
                        counts[slot][usize::from(o)] += 1;
                    }
                }
                _ => {}
            }
        }
        let found = match start {
            Some((found, true)) => found,
            _ => searched.into(),
        };
        // Only the matching records are ranked, and only when there are words to rank by.
        let found_in: Vec<Found> = if words.is_empty() {
            Vec::new()
        } else {
            records
                .iter()
                .map(|&i| self.entries[i].found(&words))
                .collect()
        };
        let in_quotes_only = records
            .iter()
            .zip(&found_in)
            .filter(|(_, f)| **f == Found::InQuotes)
            .map(|(&i, _)| i)
            .collect();
        let mut ranked: Vec<(Found, usize)> = records
            .iter()
            .enumerate()
            .map(|(n, &i)| (found_in.get(n).copied().unwrap_or(Found::InHeading), i))
            .collect();
        crate::model::order::sort(&mut ranked);
        let ranked = ranked.into_iter().map(|(_, i)| i).collect();
        recent.remember(words, found);
        Matches {
            records,
            ranked,
            in_quotes_only,
            counts,
        }
    }
}

impl Matches {
    /// The count beside option `option` of `facet`.
    pub fn count(&self, facet: Facet, option: usize) -> usize {
        facet_slot(facet)
            .and_then(|slot| self.counts[slot].get(option))
            .copied()
            .unwrap_or(0)
    }
}

// Native only: plain #[test]s do not run on wasm32, and proptest does not build there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::parse;
    use serde_json::json;

    // Guards the order of a search's results and its note on hidden matches: "domestic
    // violence" finds the text on domestic violence by its title, and the text on education
    // only in a quote its card keeps folded, so that one comes last and is marked.
    #[test]
    fn title_matches_come_before_matches_only_in_quotes() {
        let shipped = crate::model::parse(include_str!(
            "../../public/data/kazakhstan-hrc-2022-2024.json"
        ))
        .unwrap()
        .dataset;
        let index = Index::new(&shipped);
        let pos = |id: &str| shipped.resolutions.iter().position(|r| r.id == id).unwrap();
        let state = FilterState {
            q: "Domestic  VIOLENCE".into(),
            ..FilterState::default()
        };
        let m = index.apply(&state);
        let (violence, education) = (
            pos("res-domestic-violence"),
            pos("res-education-peace-tolerance"),
        );
        assert!(m.records.contains(&education), "{:?}", m.records);
        assert_eq!(m.ranked.first(), Some(&violence));
        assert_eq!(m.ranked.last(), Some(&education));
        assert!(m.in_quotes_only.contains(&education));
        assert!(!m.in_quotes_only.contains(&violence));
        // The same records, in file order for everything that looks them up.
        let mut sorted = m.ranked.clone();
        crate::model::order::sort(&mut sorted);
        assert_eq!(sorted, m.records);
        // With no words there is nothing to rank by: file order, nothing marked.
        let all = index.apply(&FilterState::default());
        assert_eq!(all.ranked, all.records);
        assert!(all.in_quotes_only.is_empty());
    }

    fn data() -> Dataset {
        let res = |id: &str,
                   title: &str,
                   session: u32,
                   role: &str,
                   themes: &[&str],
                   lead: &str,
                   outcome: &str,
                   summary: &str| {
            json!({ "id": id, "title": title, "session": session, "role": role, "themes": themes,
                    "leads": [lead], "outcome": { "kind": outcome }, "summary": summary,
                    "citations": [{ "source": "s" }] })
        };
        let sessions: Vec<serde_json::Value> = [54, 56, 57]
            .iter()
            .map(|n| json!({ "number": n, "start": "2023", "end": "2023", "citations": [{ "source": "s" }] }))
            .collect();
        let file = json!({
            "format": 1,
            "profile": { "title": "T", "state": { "name": "K" } },
            "sources": [{ "id": "s", "title": "S", "publisher": "P", "url": "https://example.org", "kind": "secondary" }],
            "sessions": sessions,
            "resolutions": [
                res("r-edu", "Quality education for every child", 54, "led", &["Education", "Children"], "Kazakhstan", "without_vote", "Report by Volker Türk"),
                res("r-dv", "Elimination of domestic violence", 57, "led", &["Domestic violence"], "Kazakhstan", "unanimous", "Домашнее насилие, ёлка"),
                res("r-free", "The right to free education", 56, "main_sponsor", &["Education"], "Luxembourg", "not_stated", ""),
                res("r-peace", "Promoting a culture of peace", 57, "main_sponsor", &["Peace"], "Gambia", "not_stated", ""),
            ]
        });
        let loaded = parse(&file.to_string()).unwrap();
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        loaded.dataset
    }

    fn ids(data: &Dataset, m: &Matches) -> Vec<String> {
        m.records
            .iter()
            .map(|&i| data.resolutions[i].id.clone())
            .collect()
    }

    // Guards accent- and case-insensitive search, with every word required.
    #[test]
    fn search_folds_and_requires_every_word() {
        let d = data();
        let index = Index::new(&d);
        let q = |q: &str| {
            ids(
                &d,
                &index.apply(&FilterState {
                    q: q.into(),
                    ..Default::default()
                }),
            )
        };
        assert_eq!(q("TURK"), ["r-edu"]);
        assert_eq!(q("education"), ["r-edu", "r-free"]);
        assert_eq!(q("education free"), ["r-free"]);
        assert_eq!(q("education zebra"), Vec::<String>::new());
        assert_eq!(q("ЁЛКА"), ["r-dv"]);
        assert_eq!(q("luxembourg"), ["r-free"], "lead states are searched");
        assert_eq!(q("hrc 57"), ["r-dv", "r-peace"], "sessions are searched");
        assert_eq!(q(""), ["r-edu", "r-dv", "r-free", "r-peace"]);
    }

    // Guards the shortcuts for typing: starting from a remembered search gives exactly what a
    // fresh pass gives, for narrower queries, wider ones, queries typed again and facet changes.
    #[test]
    fn incremental_apply_equals_fresh_apply() {
        let d = data();
        let index = Index::new(&d);
        let steps = [
            "",
            "e",
            "ed",
            "edu",
            "education",
            "education f",
            "education",
            "educ",
            "education f",
            "",
            "?role=led",
            "?role=led&q=edu",
            "?q=edu",
            "?q=viol",
        ];
        let mut recent = Recent::default();
        for step in steps {
            let state = if step.starts_with('?') {
                FilterState::from_query(step)
            } else {
                FilterState {
                    q: step.into(),
                    ..Default::default()
                }
            };
            let next = index.apply_after(&state, &mut recent);
            assert_eq!(next, index.apply(&state), "after {step:?}");
        }
        assert!(recent.0.len() <= Recent::KEPT);
        assert_eq!(recent.0[0].0, ["viol"], "the newest search comes first");
    }

    // Guards the memory's bounds and order: a search done again moves to the front and is not
    // kept twice, and the oldest go once more than `KEPT` are held.
    #[test]
    fn recent_searches_are_bounded_and_unique() {
        let d = data();
        let index = Index::new(&d);
        let mut recent = Recent::default();
        let typed = |q: &str| FilterState {
            q: q.into(),
            ..Default::default()
        };
        for n in 0..40 {
            index.apply_after(&typed(&format!("w{n}")), &mut recent);
        }
        assert_eq!(recent.0.len(), Recent::KEPT);
        assert_eq!(recent.0[0].0, ["w39"]);
        index.apply_after(&typed("w30"), &mut recent);
        assert_eq!(recent.0[0].0, ["w30"]);
        let w30 = recent.0.iter().filter(|(w, _)| *w == ["w30"]).count();
        assert_eq!(w30, 1);
    }

    // Guards facet logic: OR within a facet, AND across facets.
    #[test]
    fn facets_or_within_and_across() {
        let d = data();
        let index = Index::new(&d);
        let s = FilterState::from_query("?theme=Education&theme=Peace");
        assert_eq!(ids(&d, &index.apply(&s)), ["r-edu", "r-free", "r-peace"]);
        let s = FilterState::from_query("?theme=Education&theme=Peace&role=led");
        assert_eq!(ids(&d, &index.apply(&s)), ["r-edu"]);
    }

    // Guards counts that reflect the other active filters, not the facet's own choice.
    #[test]
    fn counts_reflect_other_filters() {
        let d = data();
        let index = Index::new(&d);
        let m = index.apply(&FilterState::from_query("?role=main_sponsor"));
        let count = |facet: Facet, value: &str| {
            let i = index
                .options(facet)
                .iter()
                .position(|o| o.value == value)
                .unwrap();
            m.count(facet, i)
        };
        // Role counts ignore the role filter itself, so the reader sees what "Led" would add.
        assert_eq!(count(Facet::Role, "led"), 2);
        assert_eq!(count(Facet::Role, "main_sponsor"), 2);
        // Other facets count within main sponsors only.
        assert_eq!(count(Facet::Theme, "Education"), 1);
        assert_eq!(count(Facet::Theme, "Children"), 0);
        assert_eq!(count(Facet::Session, "57"), 1);
    }

    // Guards stale links: values the data lacks are dropped rather than hiding everything.
    #[test]
    fn sanitize_drops_unknown_values() {
        let d = data();
        let index = Index::new(&d);
        let s = index.sanitize(&FilterState::from_query(
            "?theme=Gone&theme=Peace&session=12&q=x",
        ));
        assert_eq!(s.to_query(), "?q=x&theme=Peace");
        // What is not a facet's value is kept as it was, the search's spaces included.
        let s = FilterState::from_query(
            "?data=d.json&lang=ru&view=votes&q=a%20&compare=USA&differ=1&vote=yes&theme=Gone",
        )
        .sanitized(|facet, value| facet == Facet::Cast && value == "yes");
        assert_eq!(
            s.to_query(),
            "?data=d.json&lang=ru&view=votes&q=a%20&vote=yes&compare=USA&differ=1"
        );
    }

    proptest::proptest! {
        // Guards the shortcut: a text that contains a word always has all its pairs, so the
        // pair sets never hide a match (Cyrillic, accents and emoji included).
        #[test]
        fn pairs_never_hide_a_match(text in "\\PC{0,80}", from in 0usize..80, len in 0usize..12) {
            let chars: Vec<char> = text.chars().collect();
            let word: String = chars.iter().skip(from).take(len).collect();
            proptest::prop_assert!(text.contains(&word));
            proptest::prop_assert!(Pairs::of(&text).covers(&Pairs::of(&word)));
        }
    }

    // Guards that the shortcut does pass over records: a word with a pair the text lacks.
    #[test]
    fn pairs_tell_some_absent_words_apart() {
        let text = Pairs::of("the council considered education");
        assert!(text.covers(&Pairs::of("council")));
        assert!(!text.covers(&Pairs::of("xylophone")));
        assert!(
            text.covers(&Pairs::of("x")),
            "one byte has no pair: contains decides"
        );
    }
}
