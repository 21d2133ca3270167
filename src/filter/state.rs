//! The filter state and its URL query form.
//!
//! Every view is shareable: the state is printed into the query (`?q=…&theme=…&session=…`) and
//! read back from it. Reading is forgiving — unknown keys and malformed values are ignored, never
//! an error — and printing is canonical (sorted, no empty keys), so equal states give equal URLs.

use std::collections::BTreeSet;

use crate::lang::Lang;
use crate::model::{OutcomeKind, Role, SessionId, VoteKind, VoteOutcome};

/// What the reader has asked to see.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterState {
    /// The search text as typed.
    pub q: String,
    /// Themes to show (any of them).
    pub themes: BTreeSet<String>,
    /// Sessions to show (any of them), or the resolutions no source places in a session.
    pub sessions: BTreeSet<SessionKey>,
    /// The state's roles to show (any of them).
    pub roles: BTreeSet<Role>,
    /// Outcome kinds to show (any of them).
    pub outcomes: BTreeSet<OutcomeKind>,
    /// Lead states to show (any of them).
    pub leads: BTreeSet<String>,
    /// Which list the page shows: the state's initiatives (the default) or the recorded votes.
    pub view: View,
    /// The followed state's votes to show (any of them), in the votes list.
    pub casts: BTreeSet<Cast>,
    /// Kinds of text voted on to show (any of them).
    pub kinds: BTreeSet<VoteKind>,
    /// How the votes ended, to show (any of them).
    pub results: BTreeSet<VoteOutcome>,
    /// Another state to set beside the followed one on every vote (`?compare=USA`).
    pub compare: Option<String>,
    /// Only the votes where the compared state voted otherwise (`?differ=1`).
    pub differ: bool,
    /// Another data file to show instead of the shipped record (`?data=`), as written in the
    /// URL; the page checks it is a path on this site before fetching it.
    pub data: Option<String>,
    /// The interface language the URL asks for (`?lang=`); without it the page uses the
    /// reader's remembered choice or the browser's.
    pub lang: Option<Lang>,
}

/// Which list the page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum View {
    /// The resolutions the state led or sponsored: what a reader first meets.
    #[default]
    Initiatives,
    /// Every recorded vote of the term, with the state's vote.
    Votes,
}

/// The followed state's vote on a text, as the votes list filters by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cast {
    /// In favour.
    Yes,
    /// Against.
    No,
    /// Abstained.
    Abstain,
    /// Present and not voting, or no vote recorded.
    DidNotVote,
}

impl Cast {
    /// Every value, in the order facets list them.
    pub const ALL: [Cast; 4] = [Cast::Yes, Cast::No, Cast::Abstain, Cast::DidNotVote];

    /// The URL value.
    pub fn as_str(self) -> &'static str {
        match self {
            Cast::Yes => "yes",
            Cast::No => "no",
            Cast::Abstain => "abstain",
            Cast::DidNotVote => "none",
        }
    }

    /// The value a URL names, if any.
    pub fn from_value(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == value)
    }

    /// The value of a member's ballot, or of no recorded vote.
    pub fn of(ballot: Option<crate::model::Ballot>) -> Self {
        use crate::model::Ballot;
        match ballot {
            Some(Ballot::Yes) => Cast::Yes,
            Some(Ballot::No) => Cast::No,
            Some(Ballot::Abstain) => Cast::Abstain,
            Some(Ballot::PresentNotVoting) | None => Cast::DidNotVote,
        }
    }
}

/// A value of the Session facet: a session by its number (regular, or special as "S-34"), or
/// "not stated" for the records no source places in a session (so that they can be found, not
/// silently dropped).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SessionKey {
    /// A regular session, e.g. 54.
    Regular(u32),
    /// A special session, e.g. 34 for S-34.
    Special(u32),
    /// No source gives the session.
    NotStated,
}

impl SessionKey {
    /// The URL value for "not stated", as the Outcome facet spells its own.
    pub const NOT_STATED: &'static str = "not_stated";

    /// The key of a record's session, sourced or not.
    pub fn of(session: Option<u32>) -> Self {
        session.map_or(SessionKey::NotStated, SessionKey::Regular)
    }

    /// Reads a URL value: a session's number, a special session ("S-34") or `not_stated`.
    pub fn from_value(value: &str) -> Option<Self> {
        if value == Self::NOT_STATED {
            return Some(SessionKey::NotStated);
        }
        SessionId::parse(value).map(Self::from)
    }

    /// The URL value.
    pub fn to_value(self) -> String {
        match self {
            SessionKey::Regular(n) => n.to_string(),
            SessionKey::Special(n) => SessionId::Special(n).to_string(),
            SessionKey::NotStated => Self::NOT_STATED.to_owned(),
        }
    }
}

impl From<SessionId> for SessionKey {
    fn from(id: SessionId) -> Self {
        match id {
            SessionId::Regular(n) => SessionKey::Regular(n),
            SessionId::Special(n) => SessionKey::Special(n),
        }
    }
}

/// The facets of both lists, in the order the page shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    /// The resolution's themes.
    Theme,
    /// The session that adopted it, or held the vote.
    Session,
    /// The state's role.
    Role,
    /// How it was adopted.
    Outcome,
    /// Which states led it.
    Lead,
    /// The followed state's vote.
    Cast,
    /// The kind of text voted on.
    Kind,
    /// How the vote ended.
    Result,
}

impl Facet {
    /// Every facet.
    pub const ALL: [Facet; 8] = [
        Facet::Theme,
        Facet::Session,
        Facet::Role,
        Facet::Outcome,
        Facet::Lead,
        Facet::Cast,
        Facet::Kind,
        Facet::Result,
    ];

    /// The facets of the initiatives, in page order.
    pub const RESOLUTIONS: [Facet; 5] = [
        Facet::Theme,
        Facet::Session,
        Facet::Role,
        Facet::Outcome,
        Facet::Lead,
    ];

    /// The facets of the votes, in page order.
    pub const VOTES: [Facet; 4] = [Facet::Cast, Facet::Kind, Facet::Result, Facet::Session];

    /// The query key, e.g. `theme`.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Theme => "theme",
            Facet::Session => "session",
            Facet::Role => "role",
            Facet::Outcome => "outcome",
            Facet::Lead => "lead",
            Facet::Cast => "vote",
            Facet::Kind => "kind",
            Facet::Result => "result",
        }
    }

    /// The facets of a view's list.
    pub fn of(view: View) -> &'static [Facet] {
        match view {
            View::Initiatives => &Self::RESOLUTIONS,
            View::Votes => &Self::VOTES,
        }
    }
}

impl FilterState {
    /// Reads the state from query pairs (already percent-decoded), ignoring what it does not
    /// understand.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut state = Self::default();
        for (key, raw) in pairs {
            let value = raw.trim();
            if value.is_empty() {
                continue;
            }
            match key {
                // The search text keeps its spaces, so a space typed at the end of the search
                // box survives the round trip through the URL.
                "q" if state.q.is_empty() => state.q = raw.to_owned(),
                "theme" => {
                    state.themes.insert(value.to_owned());
                }
                "session" => {
                    if let Some(key) = SessionKey::from_value(value) {
                        state.sessions.insert(key);
                    }
                }
                "role" => {
                    if let Some(role) = Role::ALL.into_iter().find(|r| r.as_str() == value) {
                        state.roles.insert(role);
                    }
                }
                "outcome" => {
                    if let Some(kind) = OutcomeKind::from_value(value) {
                        state.outcomes.insert(kind);
                    }
                }
                "lead" => {
                    state.leads.insert(value.to_owned());
                }
                "view" if value == "votes" => state.view = View::Votes,
                "vote" => {
                    if let Some(cast) = Cast::from_value(value) {
                        state.casts.insert(cast);
                    }
                }
                "kind" => {
                    if let Some(kind) = VoteKind::from_value(value) {
                        state.kinds.insert(kind);
                    }
                }
                "result" => {
                    if let Some(result) = VoteOutcome::from_value(value) {
                        state.results.insert(result);
                    }
                }
                "compare"
                    if state.compare.is_none()
                        && value.len() == 3
                        && value.bytes().all(|b| b.is_ascii_uppercase()) =>
                {
                    state.compare = Some(value.to_owned());
                }
                "differ" if value == "1" => state.differ = true,
                "data" if state.data.is_none() => state.data = Some(value.to_owned()),
                "lang" if state.lang.is_none() => state.lang = Lang::from_code(value),
                _ => {}
            }
        }
        state
    }

    /// The state as query pairs, in a canonical order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(data) = &self.data {
            pairs.push(("data", data.clone()));
        }
        if let Some(lang) = self.lang {
            pairs.push(("lang", lang.code().to_owned()));
        }
        if self.view == View::Votes {
            pairs.push(("view", "votes".to_owned()));
        }
        if !self.q.trim().is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        pairs.extend(self.themes.iter().map(|t| ("theme", t.clone())));
        pairs.extend(self.sessions.iter().map(|s| ("session", s.to_value())));
        pairs.extend(self.roles.iter().map(|r| ("role", r.as_str().to_owned())));
        // In the order of their URL values, as the page has always printed them.
        let mut outcomes = BTreeSet::new();
        outcomes.extend(self.outcomes.iter().map(|o| o.as_str()));
        pairs.extend(outcomes.into_iter().map(|o| ("outcome", o.to_owned())));
        pairs.extend(self.leads.iter().map(|l| ("lead", l.clone())));
        pairs.extend(self.casts.iter().map(|c| ("vote", c.as_str().to_owned())));
        pairs.extend(self.kinds.iter().map(|k| ("kind", k.as_str().to_owned())));
        pairs.extend(
            self.results
                .iter()
                .map(|r| ("result", r.as_str().to_owned())),
        );
        if let Some(code) = &self.compare {
            pairs.push(("compare", code.clone()));
        }
        if self.differ {
            pairs.push(("differ", "1".to_owned()));
        }
        pairs
    }

    /// Reads the state from a query string such as `?q=tk&theme=Education`.
    pub fn from_query(query: &str) -> Self {
        let query = query.strip_prefix('?').unwrap_or(query);
        let decoded: Vec<(String, String)> = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (decode(k), decode(v)),
                None => (decode(p), String::new()),
            })
            .collect();
        Self::from_pairs(decoded.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// The query string for this state: empty, or `?` followed by the encoded pairs.
    pub fn to_query(&self) -> String {
        let pairs = self.to_pairs();
        if pairs.is_empty() {
            return String::new();
        }
        let body: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        format!("?{}", body.join("&"))
    }

    /// The state with every filter cleared, on the same record, list, comparison and language.
    pub fn cleared(&self) -> Self {
        Self {
            data: self.data.clone(),
            lang: self.lang,
            view: self.view,
            compare: self.compare.clone(),
            ..Self::default()
        }
    }

    /// Whether anything narrows the view.
    pub fn is_active(&self) -> bool {
        !self.q.trim().is_empty() || self.differ || Facet::ALL.iter().any(|f| self.count(*f) > 0)
    }

    /// Whether anything narrows the list shown (`view`): the search, the session, or a facet of
    /// that list.
    pub fn narrows(&self, view: View) -> bool {
        !self.q.trim().is_empty()
            || (view == View::Votes && self.differ)
            || Facet::of(view).iter().any(|f| self.count(*f) > 0)
    }

    /// The state showing the list `view`: this one if it shows it already, else as
    /// [`FilterState::in_view`] gives it.
    pub fn for_view(&self, view: View) -> Self {
        if self.view == view {
            self.clone()
        } else {
            self.in_view(view)
        }
    }

    /// The state showing the list `view`, keeping the search and the session and dropping the
    /// other list's choices (which would narrow nothing there).
    pub fn in_view(&self, view: View) -> Self {
        Self {
            q: self.q.clone(),
            sessions: self.sessions.clone(),
            data: self.data.clone(),
            lang: self.lang,
            compare: self.compare.clone(),
            view,
            ..Self::default()
        }
    }

    /// The state without the values `known` does not know (e.g. a theme from an old link), so
    /// they neither hide every record nor linger in the URL.
    pub fn sanitized(&self, known: impl Fn(Facet, &str) -> bool) -> Self {
        // Through the query pairs rather than each set's `retain`: removing from eight kinds
        // of B-tree put eight copies of its removal code (12 KB) into the wasm.
        let pairs = self.to_pairs();
        let kept = pairs.iter().filter(|(key, value)| {
            Facet::ALL
                .iter()
                .find(|f| f.key() == *key)
                .is_none_or(|f| known(*f, value))
        });
        let mut clean = Self::from_pairs(kept.map(|(k, v)| (*k, v.as_str())));
        clean.q.clone_from(&self.q);
        clean
    }

    /// How many options of `facet` are chosen.
    pub fn count(&self, facet: Facet) -> usize {
        match facet {
            Facet::Theme => self.themes.len(),
            Facet::Session => self.sessions.len(),
            Facet::Role => self.roles.len(),
            Facet::Outcome => self.outcomes.len(),
            Facet::Lead => self.leads.len(),
            Facet::Cast => self.casts.len(),
            Facet::Kind => self.kinds.len(),
            Facet::Result => self.results.len(),
        }
    }

    /// Every chosen facet option as a (facet, query value) pair: what stays the same while the
    /// search changes.
    pub fn chosen_options(&self) -> BTreeSet<(Facet, String)> {
        // Inserted one by one: collecting into a set would sort first, with its own copy of
        // the sort code in the page's download (see `model::order`).
        let mut chosen = BTreeSet::new();
        chosen.extend(self.to_pairs().into_iter().filter_map(|(key, value)| {
            let facet = Facet::ALL.into_iter().find(|f| f.key() == key)?;
            Some((facet, value))
        }));
        chosen
    }

    /// Whether the option with query value `value` of `facet` is chosen.
    pub fn has(&self, facet: Facet, value: &str) -> bool {
        match facet {
            Facet::Theme => self.themes.contains(value),
            Facet::Session => {
                SessionKey::from_value(value).is_some_and(|k| self.sessions.contains(&k))
            }
            Facet::Role => self.roles.iter().any(|r| r.as_str() == value),
            Facet::Outcome => self.outcomes.iter().any(|o| o.as_str() == value),
            Facet::Lead => self.leads.contains(value),
            Facet::Cast => self.casts.iter().any(|c| c.as_str() == value),
            Facet::Kind => self.kinds.iter().any(|k| k.as_str() == value),
            Facet::Result => self.results.iter().any(|r| r.as_str() == value),
        }
    }

    /// The state with the option `value` of `facet` chosen or not.
    pub fn with(&self, facet: Facet, value: &str, on: bool) -> Self {
        let mut next = self.clone();
        let pairs: Vec<(&str, String)> = next
            .to_pairs()
            .into_iter()
            .filter(|(k, v)| !(*k == facet.key() && v == value))
            .chain(on.then(|| (facet.key(), value.to_owned())))
            .collect();
        let q = std::mem::take(&mut next.q);
        next = Self::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        next.q = q;
        next
    }

    /// The state with only `value` chosen in `facet`, keeping the search and the other facets.
    pub fn only(&self, facet: Facet, value: &str) -> Self {
        let mut next = self.clone();
        match facet {
            Facet::Theme => next.themes.clear(),
            Facet::Session => next.sessions.clear(),
            Facet::Role => next.roles.clear(),
            Facet::Outcome => next.outcomes.clear(),
            Facet::Lead => next.leads.clear(),
            Facet::Cast => next.casts.clear(),
            Facet::Kind => next.kinds.clear(),
            Facet::Result => next.results.clear(),
        }
        next.with(facet, value, true)
    }
}

/// Percent-encodes a query value: unreserved characters stay, everything else is `%XX` per
/// UTF-8 byte (space as `%20`, which every reader understands).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        // `/` may stand in a query as it is (RFC 3986), so a `?data=` path stays readable.
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+`; invalid escapes are kept as typed and invalid UTF-8 is replaced,
/// so no URL can make reading fail.
pub fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

// Native only: plain #[test]s do not run on wasm32, and proptest does not build there.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // Guards the documented URL form.
    #[test]
    fn prints_canonical_query() {
        let mut s = FilterState {
            q: "Türk".into(),
            ..Default::default()
        };
        s.themes.insert("Peace and tolerance".into());
        s.themes.insert("Education".into());
        s.sessions.insert(SessionKey::Regular(57));
        s.roles.insert(Role::MainSponsor);
        assert_eq!(
            s.to_query(),
            "?q=T%C3%BCrk&theme=Education&theme=Peace%20and%20tolerance&session=57&role=main_sponsor"
        );
        assert_eq!(FilterState::default().to_query(), "");
        // Options of one facet print in the order of their URL values.
        let two = FilterState::from_query("?outcome=without_vote&outcome=not_stated");
        assert_eq!(two.to_query(), "?outcome=not_stated&outcome=without_vote");
        let sessions = FilterState::from_query("?session=not_stated&session=57&session=54");
        assert_eq!(
            sessions.to_query(),
            "?session=54&session=57&session=not_stated"
        );
    }

    // Guards forgiving reading: unknown keys and malformed values are ignored, never a crash.
    #[test]
    fn ignores_unknown_and_malformed() {
        let s = FilterState::from_query(
            "?utm=x&session=abc&session=54&role=boss&role=led&outcome=maybe&q=&theme=&%ZZ=1&lead=Gambia&x",
        );
        assert_eq!(s.sessions, BTreeSet::from([SessionKey::Regular(54)]));
        assert_eq!(s.roles, BTreeSet::from([Role::Led]));
        assert!(s.outcomes.is_empty());
        assert!(s.themes.is_empty());
        assert_eq!(s.leads, BTreeSet::from(["Gambia".to_owned()]));
        assert_eq!(s.q, "");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%E2%82"), "\u{fffd}");
        assert_eq!(decode("a+b%20c"), "a b c");
    }

    // Guards typing: a trailing space survives the URL, so the search box does not eat it.
    #[test]
    fn search_text_keeps_its_spaces() {
        let s = FilterState {
            q: "domestic ".into(),
            ..Default::default()
        };
        assert_eq!(FilterState::from_query(&s.to_query()).q, "domestic ");
        assert_eq!(FilterState::from_query("?q=%20%20").q, "");
    }

    // Guards toggling an option, which checkboxes rely on.
    #[test]
    fn toggles_options() {
        let s = FilterState::from_query("?q=x&theme=A");
        let on = s.with(Facet::Session, "54", true);
        assert!(on.has(Facet::Session, "54") && on.has(Facet::Theme, "A"));
        assert_eq!(on.q, "x");
        let off = on.with(Facet::Theme, "A", false);
        assert!(!off.has(Facet::Theme, "A"));
        let two = s.with(Facet::Session, "54", true);
        assert_eq!(
            two.only(Facet::Session, "57").to_query(),
            "?q=x&theme=A&session=57"
        );
        assert!(!FilterState::default().is_active());
        assert!(s.is_active());
    }

    // Guards `?data=`: it leads the query, is not a filter, and survives clearing the filters.
    #[test]
    fn another_data_file_is_kept_apart_from_the_filters() {
        let s = FilterState::from_query("?theme=A&data=records%2Fother.json&q=x&data=second.json");
        assert_eq!(s.data.as_deref(), Some("records/other.json"));
        assert_eq!(s.to_query(), "?data=records/other.json&q=x&theme=A");
        let cleared = s.cleared();
        assert!(!cleared.is_active());
        assert_eq!(cleared.to_query(), "?data=records/other.json");
        assert!(!FilterState::from_query("?data=x.json").is_active());
    }

    // Guards the language in the URL: kept through clearing, not a filter, unknown ignored.
    #[test]
    fn the_language_is_part_of_the_view_but_not_a_filter() {
        let s = FilterState::from_query("?lang=kk&q=x&theme=A");
        assert_eq!(s.lang, Some(Lang::Kk));
        assert_eq!(s.to_query(), "?lang=kk&q=x&theme=A");
        assert_eq!(s.cleared().to_query(), "?lang=kk");
        assert!(!s.cleared().is_active());
        assert_eq!(FilterState::from_query("?lang=de").lang, None);
        assert_eq!(
            FilterState::from_query("?lang=de&lang=RU").lang,
            Some(Lang::Ru)
        );
    }

    // Guards what checkboxes ask: every chosen option and nothing else, the same whatever the
    // search, and each one `has` agrees with.
    #[test]
    fn chosen_options_are_the_options_only() {
        let s = FilterState::from_query(
            "?data=x.json&lang=ru&q=educ&theme=Education&session=54&role=led&outcome=without_vote&lead=Gambia",
        );
        let picks = s.chosen_options();
        assert_eq!(
            picks
                .iter()
                .map(|(f, v)| (f.key(), v.as_str()))
                .collect::<Vec<_>>(),
            [
                ("theme", "Education"),
                ("session", "54"),
                ("role", "led"),
                ("outcome", "without_vote"),
                ("lead", "Gambia"),
            ]
        );
        assert!(picks.iter().all(|(f, v)| s.has(*f, v)));
        let mut typed = s.clone();
        typed.q = "education".into();
        assert_eq!(typed.chosen_options(), picks);
        assert!(FilterState::from_query("?q=x&lang=kk")
            .chosen_options()
            .is_empty());
    }

    fn arb_votes_part() -> impl Strategy<
        Value = (
            View,
            BTreeSet<Cast>,
            BTreeSet<VoteKind>,
            BTreeSet<VoteOutcome>,
            Option<String>,
            bool,
        ),
    > {
        (
            proptest::sample::select(vec![View::Initiatives, View::Votes]),
            proptest::collection::btree_set(proptest::sample::select(Cast::ALL.to_vec()), 0..3),
            proptest::collection::btree_set(proptest::sample::select(VoteKind::ALL.to_vec()), 0..3),
            proptest::collection::btree_set(
                proptest::sample::select(VoteOutcome::ALL.to_vec()),
                0..3,
            ),
            proptest::option::of("[A-Z]{3}"),
            any::<bool>(),
        )
    }

    fn arb_state() -> impl Strategy<Value = FilterState> {
        (
            (
                "\\PC{0,12}",
                proptest::collection::btree_set("\\PC{1,10}", 0..3),
                proptest::collection::btree_set(
                    proptest::option::of(0u32..100).prop_map(SessionKey::of),
                    0..3,
                ),
                proptest::collection::btree_set(proptest::sample::select(Role::ALL.to_vec()), 0..3),
                proptest::collection::btree_set(
                    proptest::sample::select(OutcomeKind::ALL.to_vec()),
                    0..3,
                ),
                proptest::collection::btree_set("\\PC{1,10}", 0..3),
                proptest::option::of("[a-z0-9/_.-]{1,20}"),
                proptest::option::of(proptest::sample::select(Lang::ALL.to_vec())),
            ),
            arb_votes_part(),
            proptest::collection::btree_set((1u32..60).prop_map(SessionKey::Special), 0..2),
        )
            .prop_map(
                |(
                    (q, themes, sessions, roles, outcomes, leads, data, lang),
                    (view, casts, kinds, results, compare, differ),
                    special,
                )| FilterState {
                    q: q.trim().to_owned(),
                    // Values are trimmed when read, so generate them trimmed.
                    themes: themes
                        .into_iter()
                        .map(|t| t.trim().to_owned())
                        .filter(|t| !t.is_empty())
                        .collect(),
                    sessions: sessions.into_iter().chain(special).collect(),
                    roles,
                    outcomes,
                    leads: leads
                        .into_iter()
                        .map(|t| t.trim().to_owned())
                        .filter(|t| !t.is_empty())
                        .collect(),
                    data,
                    lang,
                    view,
                    casts,
                    kinds,
                    results,
                    compare,
                    differ,
                },
            )
    }

    proptest! {
        // Guards shareable URLs: reading the printed query gives back the same state.
        #[test]
        fn query_round_trips(state in arb_state()) {
            prop_assert_eq!(FilterState::from_query(&state.to_query()), state);
        }

        // Guards that no query string, however odd, makes reading panic, and that what it
        // reads prints to a query that reads back the same.
        #[test]
        fn any_query_reads(query in "\\PC{0,60}") {
            let state = FilterState::from_query(&query);
            prop_assert_eq!(FilterState::from_query(&state.to_query()), state);
        }

        // Guards encoding: any text survives encode then decode.
        #[test]
        fn encode_decode(text in "\\PC{0,30}") {
            prop_assert_eq!(decode(&encode(&text)), text);
        }
    }
}
