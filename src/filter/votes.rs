//! The recorded votes as the page filters, counts and compares them: the votes index, the
//! summary of how the followed state voted, and with whom it voted alike.
//!
//! A term holds a few hundred votes, so a pass over them all per change is cheap; what is
//! costly per member (the alignment table) is computed once per settled change of the view,
//! never per keystroke.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::filter::fold::{fold, query_words};
use crate::filter::search::FacetOption;
use crate::filter::state::{Cast, Facet, FilterState, SessionKey};
use crate::model::{order, short_symbol, Ballot, Dataset, Name, Vote, VoteKind, VoteOutcome};

/// What one vote offers to the filters.
#[derive(Clone, Debug)]
struct Indexed {
    /// Title, symbol and its short form, and the session, folded.
    hay: Box<str>,
    /// The followed state's vote.
    cast: Cast,
    kind: VoteKind,
    result: VoteOutcome,
    session: SessionKey,
}

/// The searchable, filterable form of a record's votes, built once.
#[derive(Clone, Debug)]
pub struct VoteIndex {
    /// The followed state's code, from the record's `voting` section (or its profile).
    state: Option<Name>,
    entries: Vec<Indexed>,
    /// For each facet of the votes (in [`Facet::VOTES`] order), its options in display order.
    facets: [Vec<FacetOption>; 4],
}

/// The result of applying a filter state to the votes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VoteMatches {
    /// Positions (in the dataset's votes) of the matching votes, in the record's order.
    pub records: Vec<usize>,
    /// For each facet and option: how many votes would match with that option chosen.
    pub counts: [Vec<usize>; 4],
    /// With a state compared: how many votes would match with "where they differ" chosen.
    pub differ: usize,
}

/// The facet's place among the votes' facets; `None` for a facet of the initiatives.
fn slot(facet: Facet) -> Option<usize> {
    Facet::VOTES.iter().position(|f| *f == facet)
}

/// The value of `facet` for an indexed vote, as URLs write it.
fn value(entry: &Indexed, facet: Facet) -> Cow<'static, str> {
    match facet {
        Facet::Cast => Cow::Borrowed(entry.cast.as_str()),
        Facet::Kind => Cow::Borrowed(entry.kind.as_str()),
        Facet::Result => Cow::Borrowed(entry.result.as_str()),
        _ => Cow::Owned(entry.session.to_value()),
    }
}

/// Whether `a` and `b` both voted, and differently.
fn differ(a: Option<Ballot>, b: Option<Ballot>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a != b)
}

impl VoteIndex {
    /// Builds the index of `data`'s votes for the state its `voting` section names (or, failing
    /// that, its profile's state).
    pub fn new(data: &Dataset) -> Self {
        let state = data
            .voting
            .as_ref()
            .map(|v| v.state.clone())
            .or_else(|| data.profile.state.iso3.as_deref().map(Name::from));
        let entries: Vec<Indexed> = data
            .votes
            .iter()
            .map(|v| {
                let session = SessionKey::from(v.session);
                // "HRC 54" or "HRC S-34": a regular session's number is never read as a special
                // one's, nor the other way round.
                let session_words = format!("HRC {}", v.session);
                let hay = fold(
                    &[
                        v.title.as_str(),
                        v.symbol.as_str(),
                        short_symbol(&v.symbol),
                        v.recorded_as.as_deref().unwrap_or_default(),
                        &session_words,
                    ]
                    .join("\n"),
                );
                Indexed {
                    hay: hay.into_boxed_str(),
                    cast: Cast::of(state.as_deref().and_then(|s| v.ballot_of(s))),
                    kind: v.kind,
                    result: v.outcome,
                    session,
                }
            })
            .collect();
        // Options in a reader's order: the fixed orders of casts, kinds and results, and the
        // sessions as they came, in time (the votes are in date order).
        let mut sessions: Vec<SessionKey> = Vec::new();
        for e in &entries {
            if !sessions.contains(&e.session) {
                sessions.push(e.session);
            }
        }
        let present = |facet: Facet, values: Vec<String>| -> Vec<FacetOption> {
            values
                .into_iter()
                .filter(|v| entries.iter().any(|e| value(e, facet) == v.as_str()))
                .map(|value| FacetOption { value })
                .collect()
        };
        let facets = [
            present(
                Facet::Cast,
                Cast::ALL.iter().map(|c| c.as_str().to_owned()).collect(),
            ),
            present(
                Facet::Kind,
                VoteKind::ALL
                    .iter()
                    .map(|k| k.as_str().to_owned())
                    .collect(),
            ),
            present(
                Facet::Result,
                VoteOutcome::ALL
                    .iter()
                    .map(|r| r.as_str().to_owned())
                    .collect(),
            ),
            sessions
                .iter()
                .map(|s| FacetOption {
                    value: s.to_value(),
                })
                .collect(),
        ];
        Self {
            state,
            entries,
            facets,
        }
    }

    /// The followed state's code.
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// How many votes the record holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the record holds no votes.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The options of one facet of the votes (none for a facet of the initiatives).
    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        slot(facet).map_or(&[], |s| &self.facets[s])
    }

    /// Whether `value` is an option of `facet` among the votes.
    pub fn knows(&self, facet: Facet, value: &str) -> bool {
        self.options(facet).iter().any(|o| o.value == value)
    }

    /// The votes of `data` that match `state` (its search, its votes' facets and, with a state
    /// compared, "where they differ"), with the facet counts beside them.
    pub fn apply(&self, data: &Dataset, state: &FilterState) -> VoteMatches {
        let words = query_words(&state.q);
        let chosen: Vec<Vec<bool>> = Facet::VOTES
            .iter()
            .map(|&f| {
                let mask: Vec<bool> = self
                    .options(f)
                    .iter()
                    .map(|o| state.has(f, &o.value))
                    .collect();
                if mask.iter().any(|b| *b) {
                    mask
                } else {
                    Vec::new()
                }
            })
            .collect();
        let mut counts: [Vec<usize>; 4] = Default::default();
        for (s, c) in counts.iter_mut().enumerate() {
            *c = vec![0; self.facets[s].len()];
        }
        let (own, other) = (self.state(), state.compare.as_deref());
        let mut matches = VoteMatches::default();
        for (i, entry) in self.entries.iter().enumerate() {
            if !words.iter().all(|w| entry.hay.contains(w.as_str())) {
                continue;
            }
            let differs = match (own, other) {
                (Some(own), Some(other)) => data
                    .votes
                    .get(i)
                    .is_some_and(|v| differ(v.ballot_of(own), v.ballot_of(other))),
                _ => false,
            };
            // The option each facet gives this vote, and which facets it fails.
            let at: Vec<Option<usize>> = Facet::VOTES
                .iter()
                .enumerate()
                .map(|(s, &f)| {
                    let v = value(entry, f);
                    self.facets[s].iter().position(|o| o.value == v)
                })
                .collect();
            let fails = |s: usize| !chosen[s].is_empty() && !at[s].is_some_and(|o| chosen[s][o]);
            let failed: Vec<usize> = (0..Facet::VOTES.len()).filter(|&s| fails(s)).collect();
            let differ_fails = state.differ && !differs;
            match (failed.as_slice(), differ_fails) {
                ([], false) => {
                    matches.records.push(i);
                    for (s, o) in at.iter().enumerate() {
                        if let Some(o) = o {
                            counts[s][*o] += 1;
                        }
                    }
                    if differs {
                        matches.differ += 1;
                    }
                }
                ([], true) if differs => matches.differ += 1,
                ([s], false) => {
                    if let Some(o) = at[*s] {
                        counts[*s][o] += 1;
                    }
                }
                _ => {}
            }
        }
        matches.counts = counts;
        matches
    }
}

impl VoteMatches {
    /// The count beside option `option` of `facet`.
    pub fn count(&self, facet: Facet, option: usize) -> usize {
        slot(facet)
            .and_then(|s| self.counts[s].get(option))
            .copied()
            .unwrap_or(0)
    }
}

/// How the followed state voted on the votes shown, split by what the votes were on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// On resolutions and decisions: counts in [`Cast::ALL`] order.
    pub adopted_texts: [u32; 4],
    /// On drafts and amendments.
    pub drafts_and_amendments: [u32; 4],
}

impl Summary {
    /// The followed state's votes (`state`) on the votes at `records`.
    pub fn of(data: &Dataset, records: &[usize], state: &str) -> Self {
        let mut summary = Self::default();
        for v in records.iter().filter_map(|&i| data.votes.get(i)) {
            let cast = Cast::of(v.ballot_of(state));
            let slot = Cast::ALL.iter().position(|c| *c == cast).unwrap_or(3);
            match v.kind {
                VoteKind::Resolution | VoteKind::Decision => summary.adopted_texts[slot] += 1,
                VoteKind::Draft | VoteKind::Amendment => {
                    summary.drafts_and_amendments[slot] += 1;
                }
            }
        }
        summary
    }
}

/// How often another state voted as the followed one did, over the votes shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alignment {
    /// The other state's code.
    pub code: Name,
    /// Votes where both voted Yes or No.
    pub shared: u32,
    /// Of those, the votes where both voted the same way.
    pub alike: u32,
    /// Votes where both voted Yes, No or Abstain (for the index).
    pub index_shared: u32,
    /// The index's score, doubled to stay whole: 2 for the same vote, 1 for an abstention
    /// against a Yes or No, 0 for Yes against No.
    pub index_score: u32,
}

/// Fewer shared votes than this, and a percentage says little: the page marks the state.
pub const FEW: u32 = 10;

impl Alignment {
    /// The "votes only" coincidence: identical Yes/No votes over the votes where both voted Yes
    /// or No, in whole percent (rounded); `None` without such votes.
    pub fn votes_only_percent(&self) -> Option<u32> {
        percent(self.alike, self.shared)
    }

    /// The agreement index, with an abstention against a Yes or No as half agreement, over the
    /// votes where both voted Yes, No or Abstain, in whole percent; `None` without such votes.
    pub fn index_percent(&self) -> Option<u32> {
        percent(self.index_score, 2 * self.index_shared)
    }

    /// Whether too few votes are shared for the figures to say much.
    pub fn is_few(&self) -> bool {
        self.shared < FEW
    }
}

/// `part` of `whole` in whole percent, rounded half up, without floating point.
fn percent(part: u32, whole: u32) -> Option<u32> {
    (whole > 0).then(|| (part * 200 + whole) / (2 * whole))
}

/// The index's score for two ballots, doubled: `None` unless both voted Yes, No or Abstain.
fn index_score(a: Ballot, b: Ballot) -> Option<u32> {
    use Ballot::{Abstain, No, PresentNotVoting, Yes};
    match (a, b) {
        (PresentNotVoting, _) | (_, PresentNotVoting) => None,
        (a, b) if a == b => Some(2),
        (Abstain, _) | (_, Abstain) => Some(1),
        (Yes, No) | (No, Yes) => Some(0),
        _ => None,
    }
}

/// The alignment of two states over `votes`.
pub fn align(votes: &[&Vote], a: &str, b: &str) -> (u32, u32, u32, u32) {
    let (mut shared, mut alike, mut index_shared, mut index) = (0, 0, 0, 0);
    for v in votes {
        let (Some(x), Some(y)) = (v.ballot_of(a), v.ballot_of(b)) else {
            continue;
        };
        if matches!(x, Ballot::Yes | Ballot::No) && matches!(y, Ballot::Yes | Ballot::No) {
            shared += 1;
            if x == y {
                alike += 1;
            }
        }
        if let Some(score) = index_score(x, y) {
            index_shared += 1;
            index += score;
        }
    }
    (shared, alike, index_shared, index)
}

/// For every other state that voted on at least one of the votes at `records` beside `state`,
/// how often they voted alike: most alike first (by the votes-only figure, then by the
/// number of shared votes, then by code), states with no shared Yes/No vote last.
pub fn alignment(data: &Dataset, records: &[usize], state: &str) -> Vec<Alignment> {
    let votes: Vec<&Vote> = records.iter().filter_map(|&i| data.votes.get(i)).collect();
    // Every state that sat beside the followed one on these votes: one ballot recorded on a
    // vote the followed state also has a ballot on.
    let mut others: BTreeMap<&str, ()> = BTreeMap::new();
    for v in &votes {
        if v.ballot_of(state).is_none() {
            continue;
        }
        for b in Ballot::ALL {
            for code in v.cast(b) {
                if code.as_str() != state {
                    others.insert(code.as_str(), ());
                }
            }
        }
    }
    let mut rows: Vec<Alignment> = others
        .keys()
        .map(|code| {
            let (shared, alike, index_shared, index_score) = align(&votes, state, code);
            Alignment {
                code: Name::from(*code),
                shared,
                alike,
                index_shared,
                index_score,
            }
        })
        .collect();
    order::sort_by(&mut rows, |x, y| {
        let key = |r: &Alignment| {
            (
                r.votes_only_percent().is_none(),
                u32::MAX - r.votes_only_percent().unwrap_or(0),
            )
        };
        key(x)
            .cmp(&key(y))
            .then(y.shared.cmp(&x.shared))
            .then(x.code.cmp(&y.code))
    });
    rows
}

/// For each session with votes, how many were held and how the followed state voted on them
/// (counts in [`Cast::ALL`] order), in the order the sessions came.
pub fn by_session(data: &Dataset, state: &str) -> Vec<(SessionKey, [u32; 4])> {
    let mut out: Vec<(SessionKey, [u32; 4])> = Vec::new();
    for v in &data.votes {
        let key = SessionKey::from(v.session);
        let cast = Cast::of(v.ballot_of(state));
        let slot = Cast::ALL.iter().position(|c| *c == cast).unwrap_or(3);
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, counts)) => counts[slot] += 1,
            None => {
                let mut counts = [0; 4];
                counts[slot] = 1;
                out.push((key, counts));
            }
        }
    }
    out
}

// Native only: plain #[test]s do not run on wasm32, and proptest does not build there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::{parse, PartialDate, SessionId};
    use proptest::prelude::*;

    fn vote(symbol: &str, yes: &[&str], no: &[&str], abstain: &[&str], nv: &[&str]) -> Vote {
        let names = |codes: &[&str]| codes.iter().map(|c| Name::from(*c)).collect();
        let kind = if symbol.contains("/L.") {
            VoteKind::Amendment
        } else {
            VoteKind::Resolution
        };
        let mut v = Vote {
            symbol: symbol.into(),
            recorded_as: None,
            kind,
            title: format!("Text {symbol}"),
            date: PartialDate::parse("2023-10-11").unwrap(),
            session: SessionId::Regular(54),
            yes: names(yes),
            no: names(no),
            abstain: names(abstain),
            present_not_voting: names(nv),
            outcome: VoteOutcome::Adopted,
            official: None,
        };
        v.outcome = VoteOutcome::of(v.kind, &v.tally());
        v
    }

    // Guards both methods against a case worked by hand: A and B over four votes.
    //   1: A yes, B yes  (alike; index 2)
    //   2: A yes, B no   (unlike; index 0)
    //   3: A abstain, B yes (not shared Yes/No; index 1)
    //   4: A no, B present not voting (neither)
    // Votes only: 1 of 2 = 50 %. Index: (2 + 0 + 1) of 2 × 3 = 3/6 = 50 %.
    #[test]
    fn both_methods_on_a_case_worked_by_hand() {
        let votes = [
            vote("A/HRC/RES/54/1", &["A", "B"], &[], &[], &[]),
            vote("A/HRC/RES/54/2", &["A"], &["B"], &[], &[]),
            vote("A/HRC/RES/54/3", &["B"], &[], &["A"], &[]),
            vote("A/HRC/RES/54/4", &[], &["A"], &[], &["B"]),
        ];
        let refs: Vec<&Vote> = votes.iter().collect();
        assert_eq!(align(&refs, "A", "B"), (2, 1, 3, 3));
        let row = Alignment {
            code: "B".into(),
            shared: 2,
            alike: 1,
            index_shared: 3,
            index_score: 3,
        };
        assert_eq!(row.votes_only_percent(), Some(50));
        assert_eq!(row.index_percent(), Some(50));
        assert!(row.is_few());
        // Two abstentions agree fully in the index and are not shared Yes/No votes.
        let both_abstain = [vote("A/HRC/RES/54/5", &[], &[], &["A", "B"], &[])];
        let refs: Vec<&Vote> = both_abstain.iter().collect();
        assert_eq!(align(&refs, "A", "B"), (0, 0, 1, 2));
    }

    // Guards rounding without floating point: half up.
    #[test]
    fn percentages_round_half_up() {
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(1, 8), Some(13));
        assert_eq!(percent(0, 5), Some(0));
        assert_eq!(percent(5, 5), Some(100));
        assert_eq!(percent(0, 0), None);
    }

    fn record() -> Dataset {
        let text = std::fs::read_to_string("public/data/kazakhstan-hrc-2022-2024.json").unwrap();
        parse(&text).unwrap().dataset
    }

    // Guards the votes' filters against the shipped record: the state's vote, kinds, special
    // sessions, the search by symbol in both forms, and counts that follow the other filters.
    #[test]
    fn the_votes_filter_by_the_states_vote_kind_session_and_symbol() {
        let data = record();
        let index = VoteIndex::new(&data);
        assert_eq!(index.state(), Some("KAZ"));
        assert_eq!(index.len(), 197);
        let all = index.apply(&data, &FilterState::default());
        assert_eq!(all.records.len(), 197);
        let count = |m: &VoteMatches, f: Facet, v: &str| {
            let o = index.options(f).iter().position(|o| o.value == v).unwrap();
            m.count(f, o)
        };
        assert_eq!(count(&all, Facet::Cast, "yes"), 69);
        assert_eq!(count(&all, Facet::Cast, "no"), 11);
        assert_eq!(count(&all, Facet::Cast, "abstain"), 107);
        assert_eq!(count(&all, Facet::Cast, "none"), 10);
        let no = index.apply(&data, &FilterState::from_query("?view=votes&vote=no"));
        assert_eq!(no.records.len(), 11);
        // Counts follow the other filters: within the Noes, the kinds.
        assert_eq!(
            count(&no, Facet::Kind, "resolution") + count(&no, Facet::Kind, "amendment"),
            11
        );
        // The special sessions are options, in time between the regular ones.
        let sessions: Vec<&str> = index
            .options(Facet::Session)
            .iter()
            .map(|o| o.value.as_str())
            .collect();
        assert_eq!(&sessions[..3], ["49", "S-34", "50"]);
        let special = index.apply(&data, &FilterState::from_query("?session=S-34"));
        assert_eq!(special.records.len(), 1);
        for q in ["54/23", "A/HRC/RES/54/23"] {
            let found = index.apply(&data, &FilterState::from_query(&format!("?q={q}")));
            let symbols: Vec<&str> = found
                .records
                .iter()
                .map(|&i| data.votes[i].symbol.as_str())
                .collect();
            assert!(symbols.contains(&"A/HRC/RES/54/23"), "{q}: {symbols:?}");
        }
    }

    // Guards the comparison: "where they differ" keeps the votes where both voted, differently.
    #[test]
    fn where_they_differ() {
        let data = record();
        let index = VoteIndex::new(&data);
        let differ = index.apply(&data, &FilterState::from_query("?compare=USA&differ=1"));
        assert!(!differ.records.is_empty());
        for &i in &differ.records {
            let v = &data.votes[i];
            let (a, b) = (v.ballot_of("KAZ"), v.ballot_of("USA"));
            assert!(a.is_some() && b.is_some() && a != b, "{}", v.symbol);
        }
        let compared = index.apply(&data, &FilterState::from_query("?compare=USA"));
        assert_eq!(compared.records.len(), 197);
        assert_eq!(compared.differ, differ.records.len());
    }

    // Guards the summary and the alignment table on the shipped record: most alike first,
    // least alike last, as the raw figures give them.
    #[test]
    fn summary_and_alignment_of_the_record() {
        let data = record();
        let all: Vec<usize> = (0..data.votes.len()).collect();
        let s = Summary::of(&data, &all, "KAZ");
        assert_eq!(
            s.adopted_texts.iter().sum::<u32>() + s.drafts_and_amendments.iter().sum::<u32>(),
            197
        );
        let rows = alignment(&data, &all, "KAZ");
        assert_eq!(rows.len(), 65);
        let last = rows
            .iter()
            .rev()
            .find(|r| r.votes_only_percent().is_some())
            .unwrap();
        assert_eq!(last.code.as_str(), "GBR");
        assert_eq!((last.alike, last.shared), (5, 60));
        assert_eq!(rows[0].votes_only_percent(), Some(100));
        let by = by_session(&data, "KAZ");
        assert_eq!(
            by.iter().map(|(_, c)| c.iter().sum::<u32>()).sum::<u32>(),
            197
        );
    }

    fn arb_votes() -> impl Strategy<Value = Vec<Vote>> {
        let ballot = proptest::option::of(0u8..4);
        proptest::collection::vec(proptest::collection::vec(ballot, 4), 0..30).prop_map(|rows| {
            rows.iter()
                .enumerate()
                .map(|(n, ballots)| {
                    let mut lists: [Vec<&str>; 4] = Default::default();
                    for (code, b) in ["A", "B", "C", "D"].iter().zip(ballots) {
                        if let Some(b) = b {
                            lists[usize::from(*b)].push(code);
                        }
                    }
                    vote(
                        &format!("A/HRC/RES/54/{}", n + 1),
                        &lists[0],
                        &lists[1],
                        &lists[2],
                        &lists[3],
                    )
                })
                .collect()
        })
    }

    proptest! {
        // Guards the alignment's shape: symmetric, within 0–100 %, and 100 % with itself.
        #[test]
        fn alignment_is_symmetric_bounded_and_whole_with_itself(votes in arb_votes()) {
            let refs: Vec<&Vote> = votes.iter().collect();
            for (a, b) in [("A", "B"), ("B", "C"), ("A", "D")] {
                prop_assert_eq!(align(&refs, a, b), align(&refs, b, a));
                let (shared, alike, index_shared, index) = align(&refs, a, b);
                prop_assert!(alike <= shared && index <= 2 * index_shared);
                let row = Alignment { code: b.into(), shared, alike, index_shared, index_score: index };
                prop_assert!(row.votes_only_percent().is_none_or(|p| p <= 100));
                prop_assert!(row.index_percent().is_none_or(|p| p <= 100));
            }
            let (shared, alike, index_shared, index) = align(&refs, "A", "A");
            prop_assert_eq!(shared, alike);
            prop_assert_eq!(index, 2 * index_shared);
        }
    }
}
