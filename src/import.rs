//! Deriving a record's votes from the raw files, deterministically (native only: `import-votes`
//! and the drift test use it; the page never does).
//!
//! The raw files are kept unchanged in `data/hrc-votes/` (see its README for where they come
//! from): `all-vote-data.csv` (symbol, date and title of every recorded vote), `all-votes.csv`
//! (one row per state, one column per symbol, a code per cell) and `dw-unhrc-resolutions.csv`
//! (the Council's own wording of each adoption, up to session 51). The state names come from
//! CLDR, through the pinned npm packages `cldr-core` and `cldr-localenames-full`. Nothing is
//! typed by hand: a bad input stops the import with the file, row, column and what was found.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use crate::model::symbol::{parse_symbol, Series};
use crate::model::{
    Name, OfficialTally, PartialDate, Place, Precision, SessionId, StateName, StateNames, Vote,
    VoteKind, VoteOutcome,
};

/// Why an import stopped: where, and what was expected and found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// The file.
    pub file: String,
    /// The 1-based line of the file, when the problem is in one.
    pub row: Option<u64>,
    /// The column, by its header, when the problem is in one.
    pub column: Option<String>,
    /// What was expected and found.
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column {column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ImportError {}

/// Where the raw files are.
#[derive(Clone, Debug)]
pub struct Inputs {
    /// `all-vote-data.csv`.
    pub vote_data: PathBuf,
    /// `all-votes.csv`.
    pub votes: PathBuf,
    /// `dw-unhrc-resolutions.csv`, for the official tallies.
    pub official: PathBuf,
    /// The `node_modules` folder holding `cldr-core` and `cldr-localenames-full`.
    pub cldr: PathBuf,
}

impl Inputs {
    /// The files in their places in this project: `data/hrc-votes/` and `node_modules/`, under
    /// `root`.
    pub fn in_project(root: &Path) -> Self {
        let data = root.join("data/hrc-votes");
        Self {
            vote_data: data.join("all-vote-data.csv"),
            votes: data.join("all-votes.csv"),
            official: data.join("dw-unhrc-resolutions.csv"),
            cldr: root.join("node_modules"),
        }
    }
}

/// Whose votes, over which days, and the source id the official tallies cite.
#[derive(Clone, Debug)]
pub struct Params {
    /// The state's ISO 3166-1 alpha-3 code.
    pub state: String,
    /// The first day.
    pub from: PartialDate,
    /// The last day.
    pub to: PartialDate,
    /// The id of the source of the official tallies, if they are to be cross-checked.
    pub cross_check: Option<String>,
}

/// What an import derives: the votes, the names of the states they name, and what it found
/// worth saying (differences between sources, gaps), in the order found.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// The votes in the term, in the source's order (by date).
    pub votes: Vec<Vote>,
    /// The states the votes name, and the state followed, by code.
    pub states: Vec<StateName>,
    /// What the import found, one sentence each.
    pub findings: Vec<String>,
    /// CLDR's names of the places the record's own text names (see [`Import::name_places`]).
    pub places: Vec<Place>,
}

/// The day the Council's first session opened: no vote can be older.
const FIRST_DAY: (u16, u8, u8) = (2006, 6, 19);

fn err(file: &Path, row: Option<u64>, column: Option<&str>, message: String) -> ImportError {
    ImportError {
        file: file.display().to_string(),
        row,
        column: column.map(str::to_owned),
        message,
    }
}

/// A CSV file read whole: its header, and its rows, each with its 1-based line.
type Table = (Vec<String>, Vec<(u64, Vec<String>)>);

/// Reads a CSV file whole. A row with another number of fields than the header (a truncated
/// file, a stray quote) stops the reading.
fn read_csv(path: &Path) -> Result<Table, ImportError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| err(path, None, None, format!("could not be read: {e}")))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| {
            err(
                path,
                Some(1),
                None,
                format!("expected a header row, found {e}"),
            )
        })?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_owned())
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line());
                rows.push((line, record.iter().map(str::to_owned).collect()));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line());
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!(
                        "expected {expected_len} fields, as in the header, found {len} (is the file cut short?)"
                    ),
                    other => format!("expected CSV, found an error: {other:?}"),
                };
                return Err(err(path, line, None, message));
            }
        }
    }
    if rows.is_empty() {
        return Err(err(
            path,
            None,
            None,
            "expected rows under the header, found none (is the file cut short?)".into(),
        ));
    }
    Ok((header, rows))
}

/// Reads a date as the voting records write it ("2022/03/04"), refusing impossible days and
/// days before the Council existed.
fn vote_date(text: &str) -> Result<PartialDate, String> {
    let iso = text.replace('/', "-");
    let date = PartialDate::parse(&iso)
        .map_err(|e| format!("expected a date such as 2022/03/04, found \"{text}\" ({e})"))?;
    if date.precision() != Precision::Day {
        return Err(format!(
            "expected a day such as 2022/03/04, found \"{text}\""
        ));
    }
    if date.earliest() < FIRST_DAY {
        return Err(format!(
            "expected a date on or after 2006/06/19 (the Council's first session), found \"{text}\""
        ));
    }
    Ok(date)
}

/// The title without the library's tail (" :resolution /adopted by the Human Rights Council at
/// its 49th session"), with runs of spaces (and no-break spaces) made one; and the tail's word
/// for the text ("resolution", "decision", "amendment"), if it has one.
pub fn title_and_tail(summary: &str) -> (String, Option<&'static str>) {
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = summary.trim_end();
    let Some(at) = s.rfind("Human Rights Council at its ") else {
        return (collapse(s), None);
    };
    let head = s[..at]
        .strip_suffix("adopted by the ")
        .unwrap_or(&s[..at])
        .trim_end();
    let Some(head) = head.strip_suffix('/') else {
        return (collapse(s), None);
    };
    let head = head.trim_end();
    for word in ["resolution", "decision", "amendment"] {
        if let Some(title) = head.strip_suffix(word) {
            let title = title.trim_end().trim_end_matches(':').trim_end();
            return (collapse(title), Some(word));
        }
    }
    (collapse(head), None)
}

/// One vote's counts as the Council's wording gives them: "by a recorded vote (32 to 2, with 13
/// abstentions)" or "by a recorded vote | 17 to 6, with 24 abstentions"; `None` for wording
/// without a recorded vote.
pub fn official_counts(wording: &str) -> Option<(u32, u32, u32)> {
    let after = &wording[wording.find("recorded vote")? + "recorded vote".len()..];
    let start = after.find(|c: char| c.is_ascii_digit())?;
    let mut numbers = after[start..]
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<u32>());
    let yes = numbers.next()?.ok()?;
    let no = numbers.next()?.ok()?;
    // "with 13 abstentions", or none stated ("32 to 15"), which is none.
    let rest = &after[start..];
    let abstain = if rest
        .split(',')
        .nth(1)
        .is_some_and(|p| p.contains("abstention"))
    {
        numbers.next()?.ok()?
    } else {
        0
    };
    Some((yes, no, abstain))
}

/// The state names CLDR gives, by alpha-3 code, for `codes`.
fn cldr_names(cldr: &Path, codes: &BTreeSet<String>) -> Result<Vec<StateName>, ImportError> {
    let mappings = read_cldr(cldr, "cldr-core/supplemental/codeMappings.json")?;
    let mut alpha2_of = BTreeMap::new();
    if let Some(map) = mappings["supplemental"]["codeMappings"].as_object() {
        // Two-letter keys are territories; three-letter ones are currencies.
        for (a2, entry) in map.iter().filter(|(k, _)| k.len() == 2) {
            if let Some(a3) = entry["_alpha3"].as_str() {
                alpha2_of.insert(a3.to_owned(), a2.clone());
            }
        }
    }
    let names = |lang: &str| territories(cldr, lang);
    let (en, ru, kk) = (names("en")?, names("ru")?, names("kk")?);
    let mut out = Vec::new();
    for code in codes {
        let unknown = |what: &str| {
            err(
                &cldr.join("cldr-core/supplemental/codeMappings.json"),
                None,
                None,
                format!("expected a state CLDR knows, found \"{code}\" ({what})"),
            )
        };
        let a2 = alpha2_of
            .get(code)
            .ok_or_else(|| unknown("no alpha-2 code"))?;
        let name = |table: &serde_json::Value| table[a2.as_str()].as_str().map(str::to_owned);
        out.push(StateName {
            code: Name::from(code.as_str()),
            names: StateNames {
                en: name(&en).ok_or_else(|| unknown("no English name"))?,
                ru: name(&ru).ok_or_else(|| unknown("no Russian name"))?,
                kk: name(&kk).ok_or_else(|| unknown("no Kazakh name"))?,
            },
        });
    }
    Ok(out)
}

/// The official wording of each adopted text up to the sessions the cross-check file covers,
/// by the resolution's full symbol.
fn official_wordings(path: &Path) -> Result<BTreeMap<String, String>, ImportError> {
    let (header, rows) = read_csv(path)?;
    let column = |name: &str| {
        header.iter().position(|h| h == name).ok_or_else(|| {
            err(
                path,
                Some(1),
                Some(name),
                format!("expected a column \"{name}\", found none"),
            )
        })
    };
    let (text, action) = (column("Adopted text")?, column("Action taken")?);
    let mut out = BTreeMap::new();
    for (_, row) in rows {
        let symbol = row[text].trim();
        // Regular sessions' resolutions are written "49/3"; other rows are left aside.
        let looks_regular = symbol.split_once('/').is_some_and(|(s, n)| {
            !s.is_empty()
                && !n.is_empty()
                && s.bytes().all(|b| b.is_ascii_digit())
                && n.bytes().all(|b| b.is_ascii_digit())
        });
        if looks_regular {
            out.insert(
                format!("A/HRC/RES/{symbol}"),
                row[action].split_whitespace().collect::<Vec<_>>().join(" "),
            );
        }
    }
    Ok(out)
}

/// Derives the votes of `params.state` from `from` to `to` from the raw files.
pub fn import(params: &Params, inputs: &Inputs) -> Result<Import, ImportError> {
    let (data_header, data_rows) = read_csv(&inputs.vote_data)?;
    let (votes_header, vote_rows) = read_csv(&inputs.votes)?;
    let path = &inputs.vote_data;
    let expect_header = |file: &Path, header: &[String], first: &str| {
        if header.first().map(String::as_str) == Some(first) {
            Ok(())
        } else {
            Err(err(
                file,
                Some(1),
                Some(first),
                format!(
                    "expected the first column to be \"{first}\", found \"{}\"",
                    header.first().map_or("", String::as_str)
                ),
            ))
        }
    };
    expect_header(path, &data_header, "Resolution")?;
    // Every row of the list is read by position, so its three columns must be these.
    if data_header != ["Resolution", "Date", "Summary"] {
        return Err(err(
            path,
            Some(1),
            None,
            format!(
                "expected the columns \"Resolution,Date,Summary\", found \"{}\"",
                data_header.join(",")
            ),
        ));
    }
    expect_header(&inputs.votes, &votes_header, "Country")?;
    // Each symbol once in the matrix's header, and each symbol of the list among them.
    let mut column_of = BTreeMap::new();
    for (i, symbol) in votes_header.iter().enumerate().skip(1) {
        if column_of.insert(symbol.clone(), i).is_some() {
            return Err(err(
                &inputs.votes,
                Some(1),
                Some(symbol),
                format!("expected each symbol's column once, found \"{symbol}\" again"),
            ));
        }
    }
    let mut codes_in_file = BTreeSet::new();
    for (line, row) in &vote_rows {
        let code = &row[0];
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(err(
                &inputs.votes,
                Some(*line),
                Some("Country"),
                format!("expected an ISO 3166-1 alpha-3 code such as \"KAZ\", found \"{code}\""),
            ));
        }
        if !codes_in_file.insert(code.clone()) {
            return Err(err(
                &inputs.votes,
                Some(*line),
                Some("Country"),
                format!("expected each state's row once, found \"{code}\" again"),
            ));
        }
    }
    if !codes_in_file.contains(&params.state) {
        return Err(err(
            &inputs.votes,
            None,
            Some("Country"),
            format!(
                "expected a row for the state followed, found none for \"{}\"",
                params.state
            ),
        ));
    }
    let official = match &params.cross_check {
        Some(_) => official_wordings(&inputs.official)?,
        None => BTreeMap::new(),
    };
    let mut findings = Vec::new();
    let mut votes = Vec::new();
    let mut named = BTreeSet::new();
    named.insert(params.state.clone());
    // A symbol listed twice (or two forms of one symbol) would write two votes under one id,
    // of which the app would keep one: the list must name each text once.
    let mut seen: BTreeMap<String, u64> = BTreeMap::new();
    for (line, row) in &data_rows {
        let (raw_symbol, raw_date, summary) = (&row[0], &row[1], &row[2]);
        let date = vote_date(raw_date).map_err(|m| err(path, Some(*line), Some("Date"), m))?;
        let Some(symbol) = parse_symbol(raw_symbol) else {
            return Err(err(
                path,
                Some(*line),
                Some("Resolution"),
                format!(
                    "expected a document symbol such as \"A/HRC/RES/54/5\", found \"{raw_symbol}\""
                ),
            ));
        };
        let Some(&column) = column_of.get(raw_symbol) else {
            return Err(err(
                &inputs.votes,
                Some(1),
                Some(raw_symbol),
                format!(
                    "expected a column for \"{raw_symbol}\", listed in {}, found none",
                    path.display()
                ),
            ));
        };
        if date.earliest() < params.from.earliest() || date.latest() > params.to.latest() {
            continue;
        }
        if let Some(first) = seen.insert(symbol.canonical.clone(), *line) {
            return Err(err(
                path,
                Some(*line),
                Some("Resolution"),
                format!(
                    "expected each text once, found \"{raw_symbol}\", which is {} again (first on row {first})",
                    symbol.canonical
                ),
            ));
        }
        let (title, tail) = title_and_tail(summary);
        let kind = match symbol.series {
            Series::Resolution => VoteKind::Resolution,
            Series::Decision => VoteKind::Decision,
            Series::Limited if tail == Some("amendment") => VoteKind::Amendment,
            Series::Limited => VoteKind::Draft,
        };
        let mut vote = Vote {
            symbol: symbol.canonical.clone(),
            recorded_as: (symbol.canonical != *raw_symbol).then(|| raw_symbol.clone()),
            kind,
            title,
            date,
            session: symbol.session,
            yes: Vec::new(),
            no: Vec::new(),
            abstain: Vec::new(),
            present_not_voting: Vec::new(),
            outcome: VoteOutcome::NotRecorded,
            official: None,
        };
        for (state_line, cells) in &vote_rows {
            let code = Name::from(cells[0].as_str());
            let list = match cells[column].trim() {
                "1" => &mut vote.yes,
                "0" => &mut vote.no,
                "2" => &mut vote.abstain,
                "3" => &mut vote.present_not_voting,
                "4" => continue,
                other => {
                    return Err(err(
                        &inputs.votes,
                        Some(*state_line),
                        Some(raw_symbol),
                        format!("expected a vote code 0 (no), 1 (yes), 2 (abstain), 3 (present, not voting) or 4 (none recorded), found \"{other}\""),
                    ))
                }
            };
            named.insert(cells[0].clone());
            list.push(code);
        }
        let tally = vote.tally();
        vote.outcome = VoteOutcome::of(kind, &tally);
        if let Some(recorded) = &vote.recorded_as {
            findings.push(format!(
                "{}: recorded as \"{recorded}\"; read as {}",
                vote.symbol, vote.symbol
            ));
        }
        if tally.is_empty() {
            findings.push(format!(
                "{}: the source records no member's vote on it",
                vote.symbol
            ));
        } else if vote.ballot_of(&params.state).is_none() {
            findings.push(format!(
                "{}: the source records no vote of {} on it",
                vote.symbol, params.state
            ));
        }
        if let (Some(source), Some(wording)) = (&params.cross_check, official.get(&vote.symbol)) {
            if let Some((yes, no, abstain)) = official_counts(wording) {
                if (yes, no, abstain) != (tally.yes, tally.no, tally.abstain) {
                    findings.push(format!(
                        "{}: the voting record gives {}–{}–{}; the Council's wording gives {yes}–{no}–{abstain} (\"{wording}\")",
                        vote.symbol, tally.yes, tally.no, tally.abstain
                    ));
                }
                vote.official = Some(OfficialTally {
                    yes,
                    no,
                    abstain,
                    wording: wording.clone(),
                    source: Name::from(source.as_str()),
                });
            }
        }
        votes.push(vote);
    }
    // Texts the official record says were adopted by a recorded vote, in the term, that the
    // voting records lack.
    let taken: BTreeSet<&str> = votes.iter().map(|v| v.symbol.as_str()).collect();
    // The regular sessions of the term, by number: a special session sorts after every
    // regular one, so the first and last votes would not bound them.
    let regular = |id: SessionId| match id {
        SessionId::Regular(n) => Some(n),
        SessionId::Special(_) => None,
    };
    let first = votes.iter().filter_map(|v| regular(v.session)).min();
    let last = votes.iter().filter_map(|v| regular(v.session)).max();
    for (symbol, wording) in &official {
        let in_term = parse_symbol(symbol)
            .and_then(|s| regular(s.session))
            .is_some_and(|n| first.is_some_and(|f| n >= f) && last.is_some_and(|l| n <= l));
        if in_term && official_counts(wording).is_some() && !taken.contains(symbol.as_str()) {
            findings.push(format!(
                "{symbol}: the Council's wording says it was adopted by a recorded vote, and the voting records lack it"
            ));
        }
    }
    let states = cldr_names(&inputs.cldr, &named)?;
    Ok(Import {
        votes,
        states,
        findings,
        places: Vec::new(),
    })
}

impl Import {
    /// Adds CLDR's names of the places `record` (a data file's text) names in its own text —
    /// the state, lead states, co-sponsors and their regions — found by their English name
    /// exactly as CLDR writes it, and a finding for each name CLDR does not have (the page
    /// shows those as the record writes them, or as its editors translated them).
    pub fn name_places(&mut self, record: &str, inputs: &Inputs) -> Result<(), ImportError> {
        let value: serde_json::Value = serde_json::from_str(record).map_err(|e| {
            err(
                Path::new("the record"),
                Some(e.line() as u64),
                None,
                format!("expected JSON: {e}"),
            )
        })?;
        let mut named = BTreeSet::new();
        let mut add = |v: &serde_json::Value| {
            if let Some(name) = v.as_str() {
                named.insert(name.to_owned());
            }
        };
        add(&value["profile"]["state"]["name"]);
        for section in ["resolutions", "groups"] {
            for record in value[section].as_array().into_iter().flatten() {
                let lists = [
                    &record["leads"],
                    &record["cosponsors"]["named"],
                    &record["cosponsors"]["regions"],
                ];
                for name in lists.into_iter().filter_map(|l| l.as_array()).flatten() {
                    add(name);
                }
            }
        }
        let by_english = territories(&inputs.cldr, "en")?;
        let (ru, kk) = (
            territories(&inputs.cldr, "ru")?,
            territories(&inputs.cldr, "kk")?,
        );
        let code_of: BTreeMap<&str, &str> = by_english
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(code, _)| !code.contains("-alt-"))
            .filter_map(|(code, name)| Some((name.as_str()?, code.as_str())))
            .collect();
        self.places.clear();
        for name in &named {
            let found = code_of.get(name.as_str()).and_then(|code| {
                Some(Place {
                    cldr: (*code).to_owned(),
                    names: StateNames {
                        en: name.clone(),
                        ru: ru[*code].as_str()?.to_owned(),
                        kk: kk[*code].as_str()?.to_owned(),
                    },
                })
            });
            match found {
                Some(place) => self.places.push(place),
                None => self.findings.push(format!(
                    "\"{name}\": CLDR has no place of that English name; the page shows it as the record writes it, or as its editors translated it"
                )),
            }
        }
        Ok(())
    }
}

/// CLDR's territory names in `lang`, by territory code.
fn territories(cldr: &Path, lang: &str) -> Result<serde_json::Value, ImportError> {
    let value = read_cldr(
        cldr,
        &format!("cldr-localenames-full/main/{lang}/territories.json"),
    )?;
    Ok(value["main"][lang]["localeDisplayNames"]["territories"].clone())
}

/// One of CLDR's JSON files, at `rel` in the `node_modules` folder `cldr`.
fn read_cldr(cldr: &Path, rel: &str) -> Result<serde_json::Value, ImportError> {
    let path = cldr.join(rel);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        err(
            &path,
            None,
            None,
            format!("could not be read ({e}): run `npm ci` to install the CLDR packages"),
        )
    })?;
    serde_json::from_str(&text).map_err(|e| {
        err(
            &path,
            Some(e.line() as u64),
            None,
            format!("expected JSON: {e}"),
        )
    })
}

/// `record` (a data file's text) with its `votes`, `states` and `places` replaced by `import`'s, the
/// rest kept as written, printed as the editors' files are (two spaces, a newline at the end).
pub fn write_into(record: &str, import: &Import) -> Result<String, String> {
    let mut value: serde_json::Value =
        serde_json::from_str(record).map_err(|e| format!("the record is not JSON: {e}"))?;
    let object = value
        .as_object_mut()
        .ok_or("the record is not a JSON object")?;
    object.insert(
        "votes".into(),
        serde_json::to_value(&import.votes).map_err(|e| e.to_string())?,
    );
    object.insert(
        "states".into(),
        serde_json::to_value(&import.states).map_err(|e| e.to_string())?,
    );
    if import.places.is_empty() {
        object.remove("places");
    } else {
        object.insert(
            "places".into(),
            serde_json::to_value(&import.places).map_err(|e| e.to_string())?,
        );
    }
    let mut text = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
    text.push('\n');
    Ok(text)
}

/// The parameters a record's `voting` section gives, to import its votes again.
pub fn params_of(record: &str) -> Result<Params, String> {
    let value: serde_json::Value =
        serde_json::from_str(record).map_err(|e| format!("the record is not JSON: {e}"))?;
    let voting: crate::model::Voting = serde_json::from_value(value["voting"].clone())
        .map_err(|e| format!("the record's `voting` cannot be read: {e}"))?;
    Ok(Params {
        state: voting.state.to_string(),
        from: voting.from,
        to: voting.to,
        cross_check: voting.cross_check.map(|c| c.to_string()),
    })
}

// Native only, as the module is.
#[cfg(test)]
mod tests {
    use super::*;

    // Guards the title rule on every shape of tail the library writes.
    #[test]
    fn titles_lose_the_librarys_tail() {
        let cases = [
            ("Situation of human rights in Ukraine :resolution /adopted by the Human Rights Council at its 49th session", "Situation of human rights in Ukraine", Some("resolution")),
            ("Rights of the child :amendment /Human Rights Council at its 49th session", "Rights of the child", Some("amendment")),
            ("Right of the Palestinian people to self-determinationresolution /adopted by the Human Rights Council at its 54th session", "Right of the Palestinian people to self-determination", Some("resolution")),
            ("Human rights in Palestine and other\u{a0} occupied Arab territories :decision /adopted by the Human Rights Council at its 1st session", "Human rights in Palestine and other occupied Arab territories", Some("decision")),
            ("The deteriorating situation :resolution /adopted by the Human Rights Council at its 34th special session", "The deteriorating situation", Some("resolution")),
            ("No tail at all", "No tail at all", None),
        ];
        for (summary, title, tail) in cases {
            assert_eq!(
                title_and_tail(summary),
                (title.to_owned(), tail),
                "{summary}"
            );
        }
    }

    // Guards both layouts of the Council's wording, and wording without a recorded vote.
    #[test]
    fn official_counts_are_read_from_either_layout() {
        assert_eq!(
            official_counts("Adopted by a recorded vote (20 to 7, with 20 abstentions), 55th meeting, 31 March 2022"),
            Some((20, 7, 20))
        );
        assert_eq!(
            official_counts("Adopted by a recorded vote | 17 to 6, with 24 abstentions, 42nd meeting, 7 October 2022"),
            Some((17, 6, 24))
        );
        assert_eq!(
            official_counts("Adopted by a recorded vote (32 to 15), 40th meeting, 6 October 2022"),
            Some((32, 15, 0))
        );
        assert_eq!(
            official_counts("Adopted without a vote | 40th meeting, 6 October 2022"),
            None
        );
    }

    // Guards the outcome rule: abstentions do not count, a tie rejects, no votes tells nothing.
    #[test]
    fn outcomes_follow_the_tally() {
        let t = |yes, no, abstain| crate::model::Tally {
            yes,
            no,
            abstain,
            present_not_voting: 0,
        };
        assert_eq!(
            VoteOutcome::of(VoteKind::Amendment, &t(13, 24, 7)),
            VoteOutcome::Rejected
        );
        assert_eq!(
            VoteOutcome::of(VoteKind::Amendment, &t(20, 20, 4)),
            VoteOutcome::Rejected
        );
        assert_eq!(
            VoteOutcome::of(VoteKind::Draft, &t(5, 4, 38)),
            VoteOutcome::Adopted
        );
        assert_eq!(
            VoteOutcome::of(VoteKind::Amendment, &t(0, 0, 0)),
            VoteOutcome::NotRecorded
        );
        assert_eq!(
            VoteOutcome::of(VoteKind::Resolution, &t(0, 0, 0)),
            VoteOutcome::Adopted
        );
    }
}
