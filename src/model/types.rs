//! The record types: what one state's record at the Human Rights Council holds.
//!
//! Every type rejects unknown fields, so a misspelt key in the data file is reported rather than
//! silently ignored. The JSON Schema in `public/data/schema.json` is generated from these types.

use serde::{Deserialize, Serialize};

use super::date::PartialDate;
use super::name::Name;
use super::votes::{StateName, Vote, Voting};

/// The part of the data file that describes the whole record (everything but the record lists).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The page title, e.g. "Kazakhstan at the UN Human Rights Council".
    pub title: String,
    /// One sentence on what the record covers.
    #[serde(default)]
    pub description: String,
    /// The state whose record this is.
    pub state: State,
    /// The state's terms as a member of the Council.
    #[serde(default)]
    pub memberships: Vec<Membership>,
    /// The language the record's own text is written in, as a BCP 47 tag such as "en". The
    /// page marks that text with it when its interface speaks another language, so screen
    /// readers read each in its own voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// A state (or a group of states) as named in the sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct State {
    /// The name in English, as the sources write it.
    pub name: String,
    /// ISO 3166-1 alpha-3 code, when the state is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso3: Option<String>,
}

/// One term of membership of the Council.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Membership {
    /// The first year (or date) of the term.
    pub from: PartialDate,
    /// The last year (or date) of the term.
    pub to: PartialDate,
    /// When the General Assembly elected the state, if sourced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elected: Option<PartialDate>,
    /// Where these facts come from.
    pub citations: Vec<Citation>,
}

/// A document the record draws on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A stable id that citations refer to, e.g. "mfa-2024-12-10".
    pub id: String,
    /// The document's title or headline.
    pub title: String,
    /// Who published it; say so when it is the state's own ministry.
    pub publisher: String,
    /// When it was published, at the precision known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Where it can be read online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A copy of its text shipped with the app, relative to the data file's folder's parent
    /// (e.g. "sources/mfa-2024-12-10.txt"); quotes from this source must appear in it verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// `primary` for the record's own source text; `secondary` for facts taken from elsewhere.
    pub kind: SourceKind,
    /// What a reader should know about the source itself, in the editors' words: that it has no
    /// headline, that its address is not given, whose words it reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Source {
    /// The address to link to, only if it is safe to put in an `href` (see
    /// [`is_link_url`](super::rules::is_link_url)). The loader already refuses other URLs;
    /// the views ask here again so no path from the data to an `href` skips the rule.
    pub fn link(&self) -> Option<String> {
        self.url
            .as_deref()
            .filter(|u| super::rules::is_link_url(u))
            .map(str::to_owned)
    }
}

/// Whether a source is the record's primary text or a secondary source for a further fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// The text the record is built from; cited with verbatim quotes.
    Primary,
    /// Another public source, cited by URL for a fact the primary text lacks.
    Secondary,
}

/// The evidence for a fact: a source, and a verbatim quote where the source's text is shipped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The id of a source in `sources`.
    pub source: Name,
    /// Words copied exactly from the source's text. Only for sources with a shipped `file`;
    /// never paraphrase, and never quote a source whose text is not shipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// What the source says that supports these fields, in the editors' words: for a source
    /// whose text is not shipped (so it cannot be quoted), or where a quote alone does not show a
    /// field (a date the text gives only in part, a name it identifies). It says no more than the
    /// source does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The fields of the record this citation supports, e.g. ["symbol", "adopted"].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supports: Vec<FieldName>,
}

/// A record's citations gathered by source, each source once in the order first cited, with
/// its citations in their order: so that a source cited six times is shown, printed and
/// exported once, with its quotes under it.
pub fn by_source(citations: &[Citation]) -> Vec<(&str, Vec<&Citation>)> {
    let mut grouped: Vec<(&str, Vec<&Citation>)> = Vec::new();
    for c in citations {
        match grouped.iter_mut().find(|(id, _)| *id == c.source.as_ref()) {
            Some((_, list)) => list.push(c),
            None => grouped.push((c.source.as_ref(), vec![c])),
        }
    }
    grouped
}

/// Every field name a citation's `supports` may use, across record kinds.
pub(crate) const FIELD_NAMES: [&str; 23] = [
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
    "follow_ups",
    "date",
    "kind",
    "resolutions",
    "name",
    "text",
    "number",
    "start",
    "end",
    "from",
    "to",
    "elected",
];

/// The name of a field that a citation supports. Known names are shared rather than copied
/// into every citation, which matters for memory when a record has thousands of citations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldName(std::borrow::Cow<'static, str>);

impl FieldName {
    /// The name as written in the data.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for FieldName {
    fn from(name: &str) -> Self {
        match FIELD_NAMES.iter().find(|known| **known == name) {
            Some(known) => Self(std::borrow::Cow::Borrowed(known)),
            None => Self(std::borrow::Cow::Owned(name.to_owned())),
        }
    }
}

impl Serialize for FieldName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for FieldName {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Ok(Self::from(name.as_ref()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for FieldName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FieldName".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The name of a field of the record that the citation supports.",
            "enum": FIELD_NAMES
        })
    }
}

/// A regular session of the Council.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// The session's number, e.g. 57 for the fifty-seventh regular session.
    pub number: u32,
    /// The opening day.
    pub start: PartialDate,
    /// The closing day.
    pub end: PartialDate,
    /// Where the dates come from.
    pub citations: Vec<Citation>,
}

/// The state's part in a resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The state led the text (its initiative).
    Led,
    /// The state led the text jointly with others.
    CoLed,
    /// The state was one of the main sponsors of a text led by another state.
    MainSponsor,
    /// The state co-sponsored the text.
    CoSponsor,
}

impl Role {
    /// Every role, in the order facets list them.
    pub const ALL: [Role; 4] = [Role::Led, Role::CoLed, Role::MainSponsor, Role::CoSponsor];

    /// The value used in the data file and in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Led => "led",
            Role::CoLed => "co_led",
            Role::MainSponsor => "main_sponsor",
            Role::CoSponsor => "co_sponsor",
        }
    }
}

/// How a resolution was adopted, as far as the sources say.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Outcome {
    /// Adopted without a vote (by consensus).
    WithoutVote,
    /// Adopted by a recorded vote.
    Vote {
        /// Votes in favour.
        #[serde(rename = "in_favour")]
        yes: u32,
        /// Votes against.
        against: u32,
        /// Abstentions.
        abstentions: u32,
    },
    /// Reported as adopted unanimously, without saying whether a vote was taken.
    Unanimous,
    /// Reported as adopted by consensus: the source's word, not the Council's record.
    Consensus,
    /// The sources do not say how it was adopted.
    NotStated,
}

impl Outcome {
    /// Which kind of outcome this is, without a vote's counts.
    pub fn kind(&self) -> OutcomeKind {
        match self {
            Outcome::WithoutVote => OutcomeKind::WithoutVote,
            Outcome::Vote { .. } => OutcomeKind::Vote,
            Outcome::Unanimous => OutcomeKind::Unanimous,
            Outcome::Consensus => OutcomeKind::Consensus,
            Outcome::NotStated => OutcomeKind::NotStated,
        }
    }
}

/// The kind of an outcome, as the Outcome facet and the URL choose by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OutcomeKind {
    /// Adopted without a vote.
    WithoutVote,
    /// Adopted by a recorded vote.
    Vote,
    /// Reported as adopted unanimously.
    Unanimous,
    /// Reported as adopted by consensus.
    Consensus,
    /// The sources do not say.
    NotStated,
}

impl OutcomeKind {
    /// Every kind, in the order facets list them.
    pub const ALL: [OutcomeKind; 5] = [
        OutcomeKind::WithoutVote,
        OutcomeKind::Vote,
        OutcomeKind::Unanimous,
        OutcomeKind::Consensus,
        OutcomeKind::NotStated,
    ];

    /// The value used in URLs and facets, as the data file's `kind` spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::WithoutVote => "without_vote",
            OutcomeKind::Vote => "vote",
            OutcomeKind::Unanimous => "unanimous",
            OutcomeKind::Consensus => "consensus",
            OutcomeKind::NotStated => "not_stated",
        }
    }

    /// The kind a URL value names, if any.
    pub fn from_value(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == value)
    }
}

/// How many states co-sponsored a text, as a source puts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Count {
    /// The number the source gives.
    pub value: u32,
    /// `exact`, or `more_than` when the source says "more than N".
    pub bound: Bound,
}

/// Whether a count is exact or a lower bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// Exactly `value`.
    Exact,
    /// More than `value`.
    MoreThan,
}

/// The co-sponsors of a resolution, as far as the sources name them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cosponsors {
    /// How many co-sponsored it, if a source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<Count>,
    /// The co-sponsors the sources name (states or groups such as the European Union).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub named: Vec<Name>,
    /// Regions the sources say co-sponsors came from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<Name>,
}

/// A resolution of the Council that the state led, co-led or sponsored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Resolution {
    /// A stable id, used in URLs (`#id`) and by events; lowercase words joined by hyphens.
    pub id: String,
    /// The official title when sourced, otherwise the subject as the source words it.
    pub title: String,
    /// The resolution's document symbol in full (e.g. "A/HRC/RES/54/5"), only when a source
    /// gives it. The page shows its short form ("54/5") and links the full one to the official
    /// text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// The number of the session that adopted it, when sourced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<u32>,
    /// The adoption date, at the precision sourced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<PartialDate>,
    /// The state's part in it.
    pub role: Role,
    /// The state's part as the source words it, where the role's name says it more simply
    /// (e.g. "was invited to be one of the main sponsors"): words found verbatim in a quote
    /// that supports `role`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_words: Option<String>,
    /// The state or states that led the text.
    #[serde(default)]
    pub leads: Vec<Name>,
    /// The group the text was presented on behalf of, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<String>,
    /// Subjects a source gives, as short tags ("Education", "Children"): each one's word is in
    /// a quote or note of a citation that supports `themes`.
    #[serde(default)]
    pub themes: Vec<Name>,
    /// Subjects the editors tag the text with that no source gives; the page marks them as the
    /// editors' tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub editorial_themes: Vec<Name>,
    /// How it was adopted.
    pub outcome: Outcome,
    /// Who co-sponsored it.
    #[serde(default)]
    pub cosponsors: Cosponsors,
    /// What it does, in the source's terms.
    #[serde(default)]
    pub summary: String,
    /// Ids of the events that followed from it (panels, reports).
    #[serde(default)]
    pub follow_ups: Vec<String>,
    /// Recorded votes on this text or on amendments to it, as the editors link them, each
    /// with its reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<VoteLink>,
    /// Where each fact comes from.
    pub citations: Vec<Citation>,
}

/// A recorded vote an editor links to a resolution of the record: its symbol (one of the
/// record's `votes`) and why it concerns this text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VoteLink {
    /// The vote's document symbol.
    pub symbol: String,
    /// Why the vote concerns this text, in the editors' words (e.g. "an amendment to its draft,
    /// by the title the voting record gives it").
    pub reason: String,
}

/// What kind of thing happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A session of the Council as an event.
    Session,
    /// The adoption of a resolution.
    Adoption,
    /// A panel discussion at the Council.
    Panel,
    /// A report presented to the Council.
    Report,
    /// A statement by the state.
    Statement,
    /// An event the state held.
    EventHeld,
    /// A reform at home.
    Reform,
}

/// Something that happened (or is planned) in the state's record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// A stable id, used in URLs and by resolutions' follow-ups.
    pub id: String,
    /// When it happened, at the precision sourced; empty when no source dates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// What kind of event it is.
    pub kind: EventKind,
    /// A short title.
    pub title: String,
    /// A document symbol for the event (e.g. a report's "A/HRC/59/33"), only when sourced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// The session it belongs to, when sourced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<u32>,
    /// Ids of the resolutions it concerns.
    #[serde(default)]
    pub resolutions: Vec<String>,
    /// What happened, in the source's terms.
    #[serde(default)]
    pub summary: String,
    /// Where each fact comes from.
    pub citations: Vec<Citation>,
}

/// A reform the state made at home.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reform {
    /// A stable id.
    pub id: String,
    /// The reform, as the source names it.
    pub title: String,
    /// When it was made, only when sourced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// More detail, in the source's terms.
    #[serde(default)]
    pub summary: String,
    /// Where each fact comes from.
    pub citations: Vec<Citation>,
}

/// A state or group the state worked with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// A stable id.
    pub id: String,
    /// The partner's name, as the source writes it.
    pub name: String,
    /// Where the partnership is stated.
    pub citations: Vec<Citation>,
}

/// What a source says of several resolutions together and not of each (e.g. co-sponsors it
/// names for "all of Kazakhstan's initiatives"), so that no card claims for its text alone what
/// was said of the group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// A stable id.
    pub id: String,
    /// The group as the source names it, e.g. "All of Kazakhstan's initiatives".
    pub title: String,
    /// Ids of the resolutions the group is, as the editors identify them (at least two).
    pub resolutions: Vec<String>,
    /// Co-sponsors the source names for the group as a whole.
    #[serde(default)]
    pub cosponsors: Cosponsors,
    /// What the source says of the group, in its terms.
    #[serde(default)]
    pub summary: String,
    /// Where it comes from, and how the editors identify the group's resolutions.
    pub citations: Vec<Citation>,
}

/// A sourced remark about the state's standing or aims (e.g. how the source characterises it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// A stable id.
    pub id: String,
    /// A short heading.
    pub title: String,
    /// The remark, attributed to its source.
    pub text: String,
    /// Where it comes from.
    pub citations: Vec<Citation>,
}

/// A state's record at the UN Human Rights Council: the data file as editors write it.
//
// The app holds the same type once loaded. Loading does not deserialize it in one go (one bad
// record would lose them all): `load::parse` reads each record on its own, then checks links.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The JSON Schema this file follows, for editors' IDEs (e.g. "schema.json").
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The version of this file format; currently 1.
    pub format: u32,
    /// What the whole record is about.
    pub profile: Profile,
    /// The documents cited.
    pub sources: Vec<Source>,
    /// The Council's sessions in the period.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// The resolutions.
    #[serde(default)]
    pub resolutions: Vec<Resolution>,
    /// Events: adoptions, panels, reports, statements, events held.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Reforms at home.
    #[serde(default)]
    pub reforms: Vec<Reform>,
    /// Partners.
    #[serde(default)]
    pub partners: Vec<Partner>,
    /// Sourced remarks about the state's standing.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// What sources say of several resolutions together.
    #[serde(default)]
    pub groups: Vec<Group>,
    /// Whose recorded votes the record follows, over which term, and from which sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voting: Option<Voting>,
    /// The recorded votes of the term, with every member's vote (written by `import-votes`).
    #[serde(default)]
    pub votes: Vec<Vote>,
    /// The names of the states the votes name, as CLDR gives them (written by `import-votes`).
    #[serde(default)]
    pub states: Vec<StateName>,
    /// The record's title, introduction, themes and the names of partners and groupings of
    /// states in other languages, as its
    /// editors translated them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<super::local::Translation>,
    /// CLDR's names, in each interface language, of the places the record's own text names
    /// (written by `import-votes`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<super::local::Place>,
    /// Where, when and of which view this file was exported from the app; none in a file
    /// written by its editors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported: Option<Exported>,
}

/// What an exported file says of its making, so that a reader holding only the file can find
/// the view it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Exported {
    /// The address of the site the file was exported from.
    pub site: String,
    /// The address of the view exported, filters included; none for a file previewed from the
    /// reader's own computer, which has no address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// The filters of the view, as the page's URL query gives them ("" for none).
    pub filters: String,
    /// The day of the export.
    pub date: PartialDate,
}
