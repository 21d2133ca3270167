//! The filtered view as files a reader can take away: CSV for a spreadsheet and JSON in the
//! record's own format, each resolution with its citations.

use crate::i18n::Words;
use crate::lang::Lang;
use crate::model::{official_text_url, vote_id, voting_record_url, Dataset, Resolution};

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 14] = [
    "id",
    "title",
    "symbol",
    "session",
    "adopted",
    "role",
    "lead states",
    "on behalf of",
    "themes",
    "outcome",
    "co-sponsors",
    "summary",
    "citations",
    "link",
];

/// The name to save an export under: the data file's own name (from a path, address or file
/// name) with `-filtered` when filters narrowed it, and the extension `ext`.
pub fn file_name(data_file: &str, filtered: bool, ext: &str) -> String {
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
    format!("{stem}{}.{ext}", if filtered { "-filtered" } else { "" })
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

/// A resolution's citations as one line each: the source, where to read it, the quote, and
/// what it supports.
fn citations(data: &Dataset, r: &Resolution) -> String {
    r.citations
        .iter()
        .map(|c| {
            let source = data.sources.iter().find(|s| s.id == c.source);
            let mut line = source.map_or_else(
                || c.source.to_string(),
                |s| format!("{}, {}", s.title, s.publisher),
            );
            if let Some(url) = source.and_then(|s| s.link()) {
                line.push_str(&format!(" <{url}>"));
            }
            if let Some(quote) = &c.quote {
                line.push_str(&format!(": “{quote}”"));
            }
            if !c.supports.is_empty() {
                let names: Vec<&str> = c.supports.iter().map(|f| f.as_str()).collect();
                line.push_str(&format!(" (supports: {})", names.join(", ")));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The resolutions at `records` (positions in the dataset) as CSV with a header row, CRLF line
/// ends (RFC 4180) and a byte-order mark, so that spreadsheets read the UTF-8 text right.
/// `page` is the address of the page, for each row's permalink (none for a file that is not
/// published, whose rows have no address to link to).
pub fn to_csv(data: &Dataset, records: &[usize], page: Option<&str>) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    // The export's sentences are English whatever the page's language, so files from readers
    // in different languages stay alike.
    let en = Lang::En.strings();
    for r in records.iter().filter_map(|&i| data.resolutions.get(i)) {
        let row = [
            r.id.clone(),
            r.title.clone(),
            r.symbol.clone().unwrap_or_default(),
            r.session.map(|s| s.to_string()).unwrap_or_default(),
            r.adopted.map(|d| d.iso()).unwrap_or_default(),
            en.role(r.role).to_owned(),
            en.join_names(&r.leads),
            r.on_behalf_of.clone().unwrap_or_default(),
            r.themes.join("; "),
            en.adoption_line(r),
            en.cosponsors_line(&r.cosponsors).unwrap_or_default(),
            r.summary.clone(),
            citations(data, r),
            page.map(|p| format!("{p}#{}", r.id)).unwrap_or_default(),
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
/// and the vote's card on `page`.
pub fn votes_to_csv(
    data: &Dataset,
    records: &[usize],
    state: Option<&str>,
    compare: Option<&str>,
    page: Option<&str>,
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
            page.map(|p| format!("{p}#{}", vote_id(&v.symbol)))
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
/// all of these cite.
pub fn to_json(data: &Dataset, records: &[usize], votes: &[usize]) -> String {
    let mut subset = Dataset {
        schema: data.schema.clone(),
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

    // Guards export file names: the data file's name, whatever form it comes in.
    #[test]
    fn exports_are_named_after_their_data_file() {
        assert_eq!(
            file_name("data/kazakhstan-hrc-2022-2024.json", false, "csv"),
            "kazakhstan-hrc-2022-2024.csv"
        );
        assert_eq!(
            file_name("records/Other.JSON?v=2", true, "json"),
            "Other-filtered.json"
        );
        assert_eq!(
            file_name("C:\\drafts\\draft.json", false, "csv"),
            "draft.csv"
        );
        assert_eq!(file_name("", false, "csv"), "record.csv");
        assert_eq!(file_name("ё.json", false, "csv"), "ё.csv");
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
        let csv = votes_to_csv(
            &data,
            &all,
            Some("KAZ"),
            Some("USA"),
            Some("https://x.test/"),
        );
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
    // as the header, and the citations with their quotes.
    #[test]
    fn csv_has_a_row_per_record_with_its_citations() {
        let data = shipped();
        let csv = to_csv(&data, &[1, 0], Some("https://example.org/hrc/"));
        assert!(csv.starts_with("\u{feff}id,title,"));
        let first = &data.resolutions[1];
        let second_row_start = csv.find(&format!("\r\n{},", data.resolutions[0].id));
        let first_row_start = csv.find(&format!("\r\n{},", first.id));
        assert!(
            first_row_start < second_row_start,
            "rows keep the order given"
        );
        assert!(csv.contains(&format!("https://example.org/hrc/#{}", first.id)));
        let quote = first
            .citations
            .iter()
            .find_map(|c| c.quote.as_deref())
            .expect("the record quotes its source");
        assert!(
            csv.contains(&quote.replace('"', "\"\"")),
            "the quote is in the row"
        );
    }

    // Guards the JSON export: it is a valid record in the same format, holding exactly the
    // chosen resolutions, with no dangling links and the sources they cite.
    #[test]
    fn json_export_loads_as_a_record_of_the_chosen_resolutions() {
        let data = shipped();
        let json = to_json(&data, &[0, 2], &[]);
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
    }
}
