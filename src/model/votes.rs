//! The Council's recorded votes: each text put to a recorded vote, with every member's vote.
//!
//! The votes of a record are derived data: `import-votes` writes them from the raw files in
//! `data/hrc-votes/`, and editors never type them. What the editors write is the `voting`
//! section that says whose votes and which term, and what the source is known to lack.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use super::date::PartialDate;
use super::name::Name;

/// A session of the Council: a regular one by its number, or a special one ("S-34").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionId {
    /// A regular session, e.g. 54.
    Regular(u32),
    /// A special session, e.g. 34 for S-34.
    Special(u32),
}

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionId::Regular(n) => write!(f, "{n}"),
            SessionId::Special(n) => write!(f, "S-{n}"),
        }
    }
}

impl SessionId {
    /// Reads "54" or "S-34"; anything else is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let digits = |s: &str| {
            (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        match text.strip_prefix("S-") {
            Some(n) => digits(n).map(SessionId::Special),
            None => digits(text).map(SessionId::Regular),
        }
    }
}

impl Serialize for SessionId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SessionId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        SessionId::parse(&text).ok_or_else(|| {
            de::Error::invalid_value(
                de::Unexpected::Str(&text),
                &"a session such as \"54\" or \"S-34\"",
            )
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for SessionId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SessionId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A regular session by its number (\"54\") or a special session (\"S-34\").",
            "pattern": "^(S-)?[0-9]{1,4}$"
        })
    }
}

/// What kind of text a vote was on, as its symbol tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VoteKind {
    /// An adopted resolution (`A/HRC/RES/…`).
    Resolution,
    /// An adopted decision (`A/HRC/DEC/…`).
    Decision,
    /// A draft put to the vote (`A/HRC/…/L.…`), not an amendment.
    Draft,
    /// An amendment to a draft (`A/HRC/…/L.…`, named an amendment in the voting record).
    Amendment,
}

impl VoteKind {
    /// Every kind, in the order facets list them.
    pub const ALL: [VoteKind; 4] = [
        VoteKind::Resolution,
        VoteKind::Decision,
        VoteKind::Draft,
        VoteKind::Amendment,
    ];

    /// The value used in the data file and in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            VoteKind::Resolution => "resolution",
            VoteKind::Decision => "decision",
            VoteKind::Draft => "draft",
            VoteKind::Amendment => "amendment",
        }
    }

    /// The kind a URL value names, if any.
    pub fn from_value(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == value)
    }
}

/// How a vote ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VoteOutcome {
    /// Adopted: every resolution and decision, and a draft or amendment with more votes in
    /// favour than against.
    Adopted,
    /// Rejected: a draft or amendment with no more votes in favour than against.
    Rejected,
    /// The source records no member's vote, so the outcome of a draft or amendment cannot be
    /// told from it.
    NotRecorded,
}

impl VoteOutcome {
    /// Every outcome, in the order facets list them.
    pub const ALL: [VoteOutcome; 3] = [
        VoteOutcome::Adopted,
        VoteOutcome::Rejected,
        VoteOutcome::NotRecorded,
    ];

    /// The value used in the data file and in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            VoteOutcome::Adopted => "adopted",
            VoteOutcome::Rejected => "rejected",
            VoteOutcome::NotRecorded => "not_recorded",
        }
    }

    /// The outcome a URL value names, if any.
    pub fn from_value(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == value)
    }

    /// The outcome of a text of `kind` with `tally`: a resolution or decision is adopted by
    /// its symbol; a draft or amendment is adopted when more members voted for it than against
    /// (the Council decides by a majority of the members present and voting, so abstentions do
    /// not count), and has no outcome to tell when no member's vote is recorded.
    pub fn of(kind: VoteKind, tally: &Tally) -> Self {
        match kind {
            VoteKind::Resolution | VoteKind::Decision => VoteOutcome::Adopted,
            VoteKind::Draft | VoteKind::Amendment if tally.is_empty() => VoteOutcome::NotRecorded,
            VoteKind::Draft | VoteKind::Amendment if tally.yes > tally.no => VoteOutcome::Adopted,
            VoteKind::Draft | VoteKind::Amendment => VoteOutcome::Rejected,
        }
    }
}

/// One member's vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ballot {
    /// In favour.
    Yes,
    /// Against.
    No,
    /// Abstained.
    Abstain,
    /// Present but did not vote.
    PresentNotVoting,
}

impl Ballot {
    /// Every ballot, in the order the page lists them.
    pub const ALL: [Ballot; 4] = [
        Ballot::Yes,
        Ballot::No,
        Ballot::Abstain,
        Ballot::PresentNotVoting,
    ];
}

/// The counts of a vote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// In favour.
    pub yes: u32,
    /// Against.
    pub no: u32,
    /// Abstentions.
    pub abstain: u32,
    /// Present and not voting.
    pub present_not_voting: u32,
}

impl Tally {
    /// Whether no member's vote is counted at all.
    pub fn is_empty(&self) -> bool {
        self.yes + self.no + self.abstain + self.present_not_voting == 0
    }

    /// The count of one kind of ballot.
    pub fn of(&self, ballot: Ballot) -> u32 {
        match ballot {
            Ballot::Yes => self.yes,
            Ballot::No => self.no,
            Ballot::Abstain => self.abstain,
            Ballot::PresentNotVoting => self.present_not_voting,
        }
    }
}

/// The tally as the Council's own record words it, where a second source gives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OfficialTally {
    /// Votes in favour.
    pub yes: u32,
    /// Votes against.
    pub no: u32,
    /// Abstentions.
    pub abstain: u32,
    /// The Council's wording of the adoption, as the source gives it.
    pub wording: String,
    /// The id of the source (in `sources`) that gives it.
    pub source: Name,
}

/// A recorded vote of the Council on one text, with every member's vote as the source records
/// it. A member with no recorded vote is in no list: nothing is invented for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Vote {
    /// The text's document symbol, e.g. "A/HRC/RES/49/1" or "A/HRC/56/L.35"; also the vote's
    /// id on the page.
    pub symbol: String,
    /// The symbol as the source records it, where it differs (a malformed or annotated form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_as: Option<String>,
    /// What kind of text it was.
    pub kind: VoteKind,
    /// The text's title, as the library gives it.
    pub title: String,
    /// The day of the vote.
    pub date: PartialDate,
    /// The session that held it.
    pub session: SessionId,
    /// The members that voted in favour (ISO 3166-1 alpha-3 codes).
    #[serde(default)]
    pub yes: Vec<Name>,
    /// The members that voted against.
    #[serde(default)]
    pub no: Vec<Name>,
    /// The members that abstained.
    #[serde(default)]
    pub abstain: Vec<Name>,
    /// The members present that did not vote.
    #[serde(default)]
    pub present_not_voting: Vec<Name>,
    /// How it ended (see [`VoteOutcome::of`]).
    pub outcome: VoteOutcome,
    /// The Council's own tally and wording, where a second source gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official: Option<OfficialTally>,
}

impl Vote {
    /// The symbol as the OHCHR library files the vote, for searching its voting records: the
    /// form it was recorded in where that differs (the amendments it files as
    /// `A/HRC/RES/56/L.3x`), without any words after it.
    pub fn library_symbol(&self) -> &str {
        self.recorded_as
            .as_deref()
            .and_then(|raw| raw.split(' ').next())
            .filter(|s| !s.is_empty())
            .unwrap_or(&self.symbol)
    }

    /// The counts computed from the members' votes.
    pub fn tally(&self) -> Tally {
        let n = |v: &Vec<Name>| u32::try_from(v.len()).unwrap_or(u32::MAX);
        Tally {
            yes: n(&self.yes),
            no: n(&self.no),
            abstain: n(&self.abstain),
            present_not_voting: n(&self.present_not_voting),
        }
    }

    /// The members that cast `ballot`.
    pub fn cast(&self, ballot: Ballot) -> &[Name] {
        match ballot {
            Ballot::Yes => &self.yes,
            Ballot::No => &self.no,
            Ballot::Abstain => &self.abstain,
            Ballot::PresentNotVoting => &self.present_not_voting,
        }
    }

    /// How the member `code` voted, or `None` when the source records no vote for it.
    pub fn ballot_of(&self, code: &str) -> Option<Ballot> {
        Ballot::ALL
            .into_iter()
            .find(|b| self.cast(*b).iter().any(|c| c.as_str() == code))
    }

    /// Where the official tally differs from the one computed from the members' votes.
    pub fn official_differs(&self) -> bool {
        self.official.as_ref().is_some_and(|o| {
            let t = self.tally();
            (o.yes, o.no, o.abstain) != (t.yes, t.no, t.abstain)
        })
    }
}

/// A state the votes name, with its names as CLDR gives them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StateName {
    /// The ISO 3166-1 alpha-3 code the votes use.
    pub code: Name,
    /// Its name in each interface language, by language code ("en", "ru", "kk").
    pub names: StateNames,
}

/// A state's name in English, Russian and Kazakh.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StateNames {
    /// English.
    pub en: String,
    /// Russian.
    pub ru: String,
    /// Kazakh.
    pub kk: String,
}

/// A text the editors know the source lacks, so that the record can say so.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MissingVote {
    /// Its document symbol.
    pub symbol: String,
    /// The day of the vote, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// What it was and how it ended, in the editors' words.
    pub note: String,
}

/// Whose recorded votes the record holds, over which term, and from which sources. Editors
/// write it; `import-votes` reads it and writes the votes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Voting {
    /// The ISO 3166-1 alpha-3 code of the state whose votes the record follows.
    pub state: Name,
    /// The first day of the votes taken.
    pub from: PartialDate,
    /// The last day of the votes taken.
    pub to: PartialDate,
    /// The id of the source (in `sources`) of the votes: the OHCHR library's voting records.
    pub source: Name,
    /// The id of the source of the official tallies the votes are checked against, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_check: Option<Name>,
    /// Recorded votes the editors know the source lacks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<MissingVote>,
}
