//! The filtered view as files a reader can take away: CSV for a spreadsheet and JSON in the
//! record's own format, each resolution with its citations.

use crate::filter::state::FilterState;
use crate::i18n::Words;
use crate::lang::Lang;
use crate::model::{
    by_source, official_text_url, vote_id, voting_record_url, Dataset, Exported, PartialDate,
    Resolution, Source,
};

/// Where the JSON Schema of the data files lives on the site.
pub const SCHEMA_PATH: &str = "data/schema.json";

/// Where and when an export is made, and of which view: what the files carry so that a reader
/// holding only a file can trace each row back.
#[derive(Clone, Copy, Debug)]
pub struct Origin<'a> {
    /// The site's address, ending in `/`: where the schema and the sources' copies live.
    pub site: &'a str,
    /// The address of the view exported, filters included; none for a file previewed from the
    /// reader's computer, which has no address to link to.
    pub page: Option<&'a str>,
    /// The filters of the view.
    pub state: &'a FilterState,
    /// The day of the export.
    pub date: PartialDate,
}

/// The CSV columns of the resolutions, in order: each holds one thing, so that a spreadsheet
/// can sort and filter by it.
pub const CSV_COLUMNS: [&str; 17] = [
    "id",
    "symbol",
    "title",
    "session",
    "adopted",
    "role",
    "lead states",
    "on behalf of",
    "outcome",
    "outcome wording",
    "co-sponsor count",
    "named co-sponsors",
    "co-sponsor regions",
    "themes",
    "summary",
    "sources",
    "link",
];

/// The longest the filters may make a file name, in bytes, so that names stay usable.
const MAX_FILTER_PART: usize = 60;

/// The name to save an export under: the data file's own name (from a path, address or file
/// name), the view and its filters in short, and the day, with the extension `ext`; e.g.
/// `kazakhstan-hrc-2022-2024-votes-vote-no-2026-12-02.csv`.
pub fn file_name(data_file: &str, state: &FilterState, date: PartialDate, ext: &str) -> String {
    let name = data_file
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default();
    let stem = match name.len().checked_sub(5) {
        Some(cut) if name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(".json") => {
            &name[..cut]
        }
        _ => name,
    };
    let stem = if stem.is_empty() { "record" } else { stem };
    let filters = filters_in_short(state);
    let mut out = stem.to_owned();
    for part in [filters.as_str(), date.iso().as_str()] {
        if !part.is_empty() {
            out.push('-');
            out.push_str(part);
        }
    }
    format!("{out}.{ext}")
}

/// The view and its filters as a short slug for a file name (`votes-vote-no-session-54`),
/// leaving out the data file and the language, which name no filter.
fn filters_in_short(state: &FilterState) -> String {
    let mut slug = String::new();
    for (key, value) in state.to_pairs() {
        let words = match key {
            "data" | "lang" => continue,
            "view" => value,
            "differ" => key.to_owned(),
            _ => format!("{key} {value}"),
        };
        for c in words.chars().flat_map(char::to_lowercase) {
            if c.is_alphanumeric() {
                slug.push(c);
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    if slug.len() > MAX_FILTER_PART {
        let mut cut = MAX_FILTER_PART;
        while !slug.is_char_boundary(cut) {
            cut -= 1;
        }
        slug.truncate(cut);
    }
    slug.trim_matches('-').to_owned()
}

/// One CSV field: quoted when it holds a comma, quote or line break, and kept from being read
/// as a formula. A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return, so such text gets a leading `'`, as OWASP advises: text from the data is
/// never executed, in the page or in a spreadsheet opened from it.
fn field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// Where a source can be read: its address online, else the copy of its text on the site.
fn source_address(source: &Source, site: &str) -> Option<String> {
    source
        .link()
        .or_else(|| source.file.as_ref().map(|f| format!("{site}{f}")))
}

/// A resolution's sources, one line each however many times it is cited: title, publisher and
/// date, where to read it, and what the record takes from it, in words.
fn sources(data: &Dataset, r: &Resolution, site: &str) -> String {
    let en = Lang::En.strings();
    let cited = by_source(&r.citations).into_iter().map(|(id, list)| {
        let mut supports: Vec<&str> = Vec::new();
        for f in list.iter().flat_map(|c| &c.supports) {
            let word = en.field(f.as_str());
            if !supports.contains(&word) {
                supports.push(word);
            }
        }
        (id, supports)
    });
    cited
        .map(|(id, supports)| {
            let source = data.sources.iter().find(|s| s.id == id);
            let mut line = source.map_or_else(
                || id.to_owned(),
                |s| format!("{}, {}", s.title, s.publisher),
            );
            if let Some(date) = source.and_then(|s| s.date) {
                line.push_str(&format!(", {}", en.date(&date)));
            }
            if let Some(url) = source.and_then(|s| source_address(s, site)) {
                line.push_str(&format!(" <{url}>"));
            }
            if !supports.is_empty() {
                line.push_str(&format!(" (supports: {})", supports.join(", ")));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Names as one cell, `;` between them: a name may hold a comma ("Korea, Republic of").
fn names<S: AsRef<str>>(list: &[S]) -> String {
    list.iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join("; ")
}

/// The resolutions at `records` (positions in the dataset) as CSV with a header row, CRLF line
/// ends (RFC 4180) and a byte-order mark, so that spreadsheets read the UTF-8 text right. Each
/// row links to its card on the page exported, when it has an address.
pub fn to_csv(data: &Dataset, records: &[usize], origin: &Origin) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    // The export's sentences are English whatever the page's language, so files from readers
    // in different languages stay alike.
    let en = Lang::En.strings();
    for r in records.iter().filter_map(|&i| data.resolutions.get(i)) {
        let c = &r.cosponsors;
        let wording = match en.outcome_words(&r.outcome) {
            Some(note) => format!("{}. {note}", en.outcome(&r.outcome)),
            None => en.outcome(&r.outcome),
        };
        let row = [
            r.id.clone(),
            r.symbol.clone().unwrap_or_default(),
            r.title.clone(),
            r.session.map(|s| s.to_string()).unwrap_or_default(),
            r.adopted.map(|d| d.iso()).unwrap_or_default(),
            en.role(r.role).to_owned(),
            names(&r.leads),
            r.on_behalf_of.clone().unwrap_or_default(),
            r.outcome.kind().as_str().to_owned(),
            wording,
            c.count.as_ref().map(|n| en.count(n)).unwrap_or_default(),
            names(&c.named),
            names(&c.regions),
            names(&r.themes),
            r.summary.clone(),
            sources(data, r, origin.site),
            origin
                .page
                .map(|p| format!("{p}#{}", r.id))
                .unwrap_or_default(),
        ];
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// The columns of the votes' CSV, in order.
pub const VOTE_COLUMNS: [&str; 20] = [
    "symbol",
    "kind",
    "title",
    "date",
    "session",
    "state",
    "state's vote",
    "compared with",
    "its vote",
    "in favour",
    "against",
    "abstentions",
    "present, not voting",
    "outcome",
    "outcome from",
    "official tally",
    "official wording",
    "voting record",
    "official text",
    "link",
];

/// What a vote's outcome rests on: a resolution or decision is adopted by its symbol; a draft's
/// or an amendment's result is worked out from the recorded tally, which the voting record
/// does not state in words (see [`crate::model::VoteOutcome::of`]).
fn outcome_basis(v: &crate::model::Vote) -> &'static str {
    match (v.kind, v.outcome) {
        (_, crate::model::VoteOutcome::NotRecorded) => "",
        (crate::model::VoteKind::Resolution | crate::model::VoteKind::Decision, _) => "its symbol",
        _ => "the recorded tally",
    }
}

/// The votes at `records` as CSV, one row per vote: the followed state's vote (`state`), a
/// compared state's (`compare`), the tally computed from the members' votes, the outcome, the
/// Council's own tally where given, and the addresses of the voting record, the official text
/// and the vote's card on the page exported.
pub fn votes_to_csv(
    data: &Dataset,
    records: &[usize],
    state: Option<&str>,
    compare: Option<&str>,
    origin: &Origin,
) -> String {
    let mut out = String::from("\u{feff}");
    // A column's name may hold a comma ("present, not voting"), so it is quoted like a value.
    let header: Vec<String> = VOTE_COLUMNS.iter().map(|c| field(c)).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    let en = Lang::En.strings();
    let voted = |code: Option<&str>, v: &crate::model::Vote| {
        code.map(|c| en.voted(v.ballot_of(c)).to_owned())
            .unwrap_or_default()
    };
    for v in records.iter().filter_map(|&i| data.votes.get(i)) {
        let t = v.tally();
        let row = [
            v.symbol.clone(),
            en.vote_kind(v.kind).to_owned(),
            v.title.clone(),
            v.date.iso(),
            v.session.to_string(),
            state.unwrap_or_default().to_owned(),
            voted(state, v),
            compare.unwrap_or_default().to_owned(),
            voted(compare, v),
            t.yes.to_string(),
            t.no.to_string(),
            t.abstain.to_string(),
            t.present_not_voting.to_string(),
            en.vote_result(v.outcome).to_owned(),
            outcome_basis(v).to_owned(),
            v.official
                .as_ref()
                .map(|o| format!("{}-{}-{}", o.yes, o.no, o.abstain))
                .unwrap_or_default(),
            v.official
                .as_ref()
                .map(|o| o.wording.clone())
                .unwrap_or_default(),
            voting_record_url(v.library_symbol()),
            official_text_url(&v.symbol),
            origin
                .page
                .map(|p| format!("{p}#{}", vote_id(&v.symbol)))
                .unwrap_or_default(),
        ];
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// The distinct ids, sorted, for `binary_search`.
fn sorted<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut list: Vec<&str> = ids.collect();
    crate::model::order::sort(&mut list);
    list.dedup();
    list
}

/// The resolutions at `records` and the votes at `votes` (positions in the dataset) as a data
/// file in the record's own format, which this app (and `check-data`) loads: the profile, every
/// session, the chosen resolutions, the events about them (linked to those alone), the chosen
/// votes and those the resolutions link to, the names of the states they name, and the sources
/// all of these cite; and, from `origin`, where, when and of which view it was exported, with
/// the schema's full address so that the file still names its schema once it leaves the site.
pub fn to_json(data: &Dataset, records: &[usize], votes: &[usize], origin: &Origin) -> String {
    let mut subset = Dataset {
        schema: Some(format!("{}{SCHEMA_PATH}", origin.site)),
        format: data.format,
        profile: data.profile.clone(),
        sources: Vec::new(),
        sessions: data.sessions.clone(),
        resolutions: records
            .iter()
            .filter_map(|&i| data.resolutions.get(i).cloned())
            .collect(),
        events: Vec::new(),
        reforms: Vec::new(),
        partners: Vec::new(),
        notes: Vec::new(),
        groups: Vec::new(),
        voting: None,
        votes: Vec::new(),
        states: Vec::new(),
        // The short texts' translations and the places' names go whole: they are small, and
        // the subset's cards read in every language as the record's do.
        translations: data.translations.clone(),
        places: data.places.clone(),
        exported: Some(Exported {
            site: origin.site.to_owned(),
            page: origin.page.map(str::to_owned),
            filters: origin.state.to_query(),
            date: origin.date,
        }),
    };
    // Sorted lists rather than sets: the page already carries their code (see model::order).
    let kept = sorted(subset.resolutions.iter().map(|r| r.id.as_str()));
    let has = |list: &[&str], id: &str| list.binary_search(&id).is_ok();
    subset.events = data
        .events
        .iter()
        .filter(|e| e.resolutions.iter().any(|id| has(&kept, id)))
        .cloned()
        .map(|mut e| {
            e.resolutions.retain(|id| has(&kept, id));
            e
        })
        .collect();
    // A group's statement is about its texts together: it goes with them while two or more of
    // them do (a file keeps no group of one).
    subset.groups = data
        .groups
        .iter()
        .filter(|g| g.resolutions.iter().filter(|id| has(&kept, id)).count() >= 2)
        .cloned()
        .map(|mut g| {
            g.resolutions.retain(|id| has(&kept, id));
            g
        })
        .collect();
    // The votes chosen, and those the chosen resolutions link to, in the record's order.
    let linked = sorted(
        subset
            .resolutions
            .iter()
            .flat_map(|r| &r.votes)
            .map(|l| l.symbol.as_str()),
    );
    subset.votes = data
        .votes
        .iter()
        .enumerate()
        .filter(|(i, v)| votes.contains(i) || has(&linked, &v.symbol))
        .map(|(_, v)| v.clone())
        .collect();
    if !subset.votes.is_empty() {
        subset.voting = data.voting.clone();
        let named = sorted(subset.votes.iter().flat_map(|v| {
            v.yes
                .iter()
                .chain(&v.no)
                .chain(&v.abstain)
                .chain(&v.present_not_voting)
                .map(|c| c.as_str())
        }));
        subset.states = data
            .states
            .iter()
            .filter(|s| {
                has(&named, &s.code) || data.voting.as_ref().is_some_and(|v| v.state == s.code)
            })
            .cloned()
            .collect();
    }
    let events = sorted(subset.events.iter().map(|e| e.id.as_str()));
    for r in &mut subset.resolutions {
        r.follow_ups.retain(|id| has(&events, id));
    }
    let cited = sorted(
        subset
            .profile
            .memberships
            .iter()
            .flat_map(|m| &m.citations)
            .chain(subset.sessions.iter().flat_map(|s| &s.citations))
            .chain(subset.resolutions.iter().flat_map(|r| &r.citations))
            .chain(subset.events.iter().flat_map(|e| &e.citations))
            .chain(subset.groups.iter().flat_map(|g| &g.citations))
            .map(|c| c.source.as_ref()),
    );
    let voting_sources: Vec<&str> = subset
        .voting
        .iter()
        .flat_map(|v| std::iter::once(v.source.as_str()).chain(v.cross_check.as_deref()))
        .chain(
            subset
                .votes
                .iter()
                .filter_map(|v| v.official.as_ref().map(|o| o.source.as_str())),
        )
        .collect();
    subset.sources = data
        .sources
        .iter()
        .filter(|s| has(&cited, &s.id) || voting_sources.contains(&s.id.as_str()))
        .cloned()
        .collect();
    let mut json = serde_json::to_string_pretty(&subset).unwrap_or_default();
    json.push('\n');
    json
}

// Native only: plain #[test]s do not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::parse;

    fn shipped() -> Dataset {
        let text = include_str!("../public/data/kazakhstan-hrc-2022-2024.json");
        parse(text).expect("the shipped record loads").dataset
    }

    fn day() -> PartialDate {
        PartialDate::day(2026, 12, 2).expect("a real day")
    }

    fn origin(state: &FilterState) -> Origin<'_> {
        Origin {
            site: "https://example.org/hrc/",
            page: Some("https://example.org/hrc/?q=x"),
            state,
            date: day(),
        }
    }

    // Guards export file names: the data file's name, whatever form it comes in, then the view
    // and its filters in short, then the day.
    #[test]
    fn exports_are_named_after_their_data_file_view_and_day() {
        let none = FilterState::default();
        assert_eq!(
            file_name("data/kazakhstan-hrc-2022-2024.json", &none, day(), "csv"),
            "kazakhstan-hrc-2022-2024-2026-12-02.csv"
        );
        assert_eq!(
            file_name("records/Other.JSON?v=2", &none, day(), "json"),
            "Other-2026-12-02.json"
        );
        assert_eq!(
            file_name("C:\\drafts\\draft.json", &none, day(), "csv"),
            "draft-2026-12-02.csv"
        );
        assert_eq!(file_name("", &none, day(), "csv"), "record-2026-12-02.csv");
        let votes = FilterState::from_query("?view=votes&vote=no&session=54&lang=ru&data=x.json");
        assert_eq!(
            file_name("x.json", &votes, day(), "csv"),
            "x-votes-session-54-vote-no-2026-12-02.csv"
        );
        let search = FilterState::from_query("?q=Домашнее%20насилие!&theme=Children");
        assert_eq!(
            file_name("ё.json", &search, day(), "json"),
            "ё-q-домашнее-насилие-theme-children-2026-12-02.json"
        );
        let long = FilterState::from_query(&format!("?q={}", "ж".repeat(100)));
        let name = file_name("x.json", &long, day(), "csv");
        assert!(name.len() < 90, "{name}");
        assert!(name.ends_with("ж-2026-12-02.csv"), "{name}");
    }

    /// The number of fields on each line of `csv`, reading quotes as RFC 4180 does.
    fn fields_per_line(csv: &str) -> Vec<usize> {
        let mut counts = Vec::new();
        let (mut fields, mut quoted) = (1, false);
        for c in csv.trim_start_matches('\u{feff}').trim_end().chars() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => fields += 1,
                '\n' if !quoted => {
                    counts.push(fields);
                    fields = 1;
                }
                _ => {}
            }
        }
        counts.push(fields);
        counts
    }

    // Guards the votes' CSV shape: a column name with a comma once split the header in two,
    // so that every column after it sat under the wrong name.
    #[test]
    fn the_votes_csv_header_has_as_many_fields_as_each_row() {
        let data = shipped();
        let all: Vec<usize> = (0..data.votes.len()).collect();
        let state = FilterState::default();
        let csv = votes_to_csv(&data, &all, Some("KAZ"), Some("USA"), &origin(&state));
        let counts = fields_per_line(&csv);
        assert_eq!(counts.len(), data.votes.len() + 1);
        assert!(
            counts.iter().all(|&n| n == VOTE_COLUMNS.len()),
            "{counts:?}"
        );
        assert!(csv.contains(",\"present, not voting\","));
    }

    // Guards the CSV quoting rules (RFC 4180) and the formula guard.
    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
    }

    // Guards the CSV's shape: a header, one row per chosen record in order, every row as wide
    // as the header, each column one thing, and the sources once each with an address.
    #[test]
    fn csv_has_a_row_per_record_with_its_sources() {
        let data = shipped();
        let state = FilterState::default();
        let csv = to_csv(&data, &[1, 0], &origin(&state));
        assert!(csv.starts_with("\u{feff}id,symbol,title,"));
        let counts = fields_per_line(&csv);
        assert_eq!(counts, [CSV_COLUMNS.len(); 3]);
        let first = &data.resolutions[1];
        let second_row_start = csv.find(&format!("\r\n{},", data.resolutions[0].id));
        let first_row_start = csv.find(&format!("\r\n{},", first.id));
        assert!(
            first_row_start < second_row_start,
            "rows keep the order given"
        );
        assert!(csv.contains(&format!("https://example.org/hrc/?q=x#{}", first.id)));
        // 54/5: its full symbol, its outcome as a code and in words, its count as sourced.
        assert!(csv.contains(",A/HRC/RES/54/5,"));
        assert!(csv.contains(",unanimous,"));
        assert!(csv.contains(",more than 70,United States; China; European Union,"));
        // The press item is cited six times on 54/5 and listed once, with its copy's address.
        let row = csv
            .split("\r\n")
            .find(|l| l.starts_with("res-education-peace-tolerance,"))
            .expect("the row of 54/5");
        assert_eq!(row.matches("Press item on Kazakhstan").count(), 1, "{row}");
        assert!(row.contains("<https://example.org/hrc/sources/mfa-kazakhstan-2024-12.txt>"));
        assert!(
            row.contains("(supports: session, role, summary, themes, follow-ups, outcome)"),
            "{row}"
        );
        for internal in ["follow_ups", "cosponsors", "leads"] {
            assert!(!row.contains(internal), "{internal} in {row}");
        }
    }

    // Guards the JSON export: it is a valid record in the same format, holding exactly the
    // chosen resolutions, with no dangling links, the sources they cite, where and when it was
    // exported, and a schema address that resolves away from the site.
    #[test]
    fn json_export_loads_as_a_record_of_the_chosen_resolutions() {
        let data = shipped();
        let state = FilterState::from_query("?theme=Children");
        let json = to_json(&data, &[0, 2], &[], &origin(&state));
        let loaded = parse(&json).expect("the export loads");
        assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
        let ids: Vec<&str> = loaded
            .dataset
            .resolutions
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, [&data.resolutions[0].id, &data.resolutions[2].id]);
        assert!(loaded.dataset.sources.len() <= data.sources.len());
        assert!(!loaded.dataset.sources.is_empty());
        assert!(loaded.dataset.reforms.is_empty());
        assert_eq!(
            loaded.dataset.schema.as_deref(),
            Some("https://example.org/hrc/data/schema.json")
        );
        let exported = loaded.dataset.exported.expect("says where it came from");
        assert_eq!(exported.filters, "?theme=Children");
        assert_eq!(
            exported.page.as_deref(),
            Some("https://example.org/hrc/?q=x")
        );
        assert_eq!(exported.date.iso(), "2026-12-02");
    }
}
