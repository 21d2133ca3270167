//! The recorded votes: raw files kept unchanged, the shipped votes exactly what an import of
//! them gives, and an import that stops on bad input with the file, row and column, writing
//! nothing.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use hrc_record::import::{import, params_of, write_into, Inputs, Params};
use hrc_record::model::{self, Ballot, PartialDate, VoteKind, VoteOutcome};
use sha2::{Digest, Sha256};

const RECORD: &str = "public/data/kazakhstan-hrc-2022-2024.json";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// Guards the raw inputs against any edit: the checksums are the ones their provenance gives
// (data/hrc-votes/README.md gives the first two).
#[test]
fn raw_files_are_kept_unchanged() {
    for (file, sum) in [
        (
            "all-vote-data.csv",
            "53e5a61d83d83a9fcad1a875b93d0fc31b619d00e7e429a70a33ae53cc6b9f6a",
        ),
        (
            "all-votes.csv",
            "bfb966a31afc1d61188c331fb392a24a534887847ad0e97d333611a6961b8091",
        ),
        (
            "dw-unhrc-resolutions.csv",
            "d2da5e8153751119e53af2423a6d04a29d8b9ee06e8d1e2b2782625b4c4d25b3",
        ),
    ] {
        let bytes = std::fs::read(root().join("data/hrc-votes").join(file)).unwrap();
        let found = format!("{:x}", Sha256::digest(&bytes));
        assert_eq!(found, sum, "data/hrc-votes/{file} has changed");
    }
}

// Guards the shipped votes against drift: they are exactly what an import of the raw files
// gives for the record's own `voting` section, byte for byte.
#[test]
fn shipped_votes_are_what_an_import_gives() {
    let text = std::fs::read_to_string(root().join(RECORD)).unwrap();
    let params = params_of(&text).unwrap();
    let inputs = Inputs::in_project(&root());
    let mut imported = import(&params, &inputs).unwrap();
    imported.name_places(&text, &inputs).unwrap();
    let written = write_into(&text, &imported).unwrap();
    assert!(
        written == text,
        "{RECORD} differs from an import: run `cargo run --bin import-votes -- {RECORD}`"
    );
}

// Guards the record's term: every recorded vote of sessions 49 to 57 and the three special
// sessions, with the tallies and findings the raw files give.
#[test]
fn the_term_holds_every_recorded_vote() {
    let text = std::fs::read_to_string(root().join(RECORD)).unwrap();
    let data = model::parse(&text).unwrap().dataset;
    assert_eq!(data.votes.len(), 197);
    let by = |symbol: &str| data.votes.iter().find(|v| v.symbol == symbol).unwrap();
    let ukraine = by("A/HRC/RES/49/1");
    assert_eq!(
        (ukraine.kind, ukraine.outcome),
        (VoteKind::Resolution, VoteOutcome::Adopted)
    );
    let t = ukraine.tally();
    assert_eq!((t.yes, t.no, t.abstain), (32, 2, 13));
    assert_eq!(ukraine.ballot_of("KAZ"), Some(Ballot::Abstain));
    assert_eq!(
        ukraine.title,
        "Situation of human rights in Ukraine stemming from the Russian aggression"
    );
    // The two tallies the Council's own wording gives otherwise.
    for symbol in ["A/HRC/RES/49/3", "A/HRC/RES/49/15"] {
        assert!(by(symbol).official_differs(), "{symbol}");
    }
    assert!(!by("A/HRC/RES/49/1").official_differs());
    // Texts with no member's vote recorded: nothing is invented.
    for symbol in [
        "A/HRC/50/L.40",
        "A/HRC/RES/56/18",
        "A/HRC/RES/56/20",
        "A/HRC/RES/56/21",
    ] {
        assert!(by(symbol).tally().is_empty(), "{symbol}");
        assert_eq!(by(symbol).ballot_of("KAZ"), None);
    }
    assert_eq!(by("A/HRC/50/L.40").outcome, VoteOutcome::NotRecorded);
    // Odd symbols are read in their canonical form, keeping the source's.
    let odd = by("A/HRC/56/L.35");
    assert_eq!(odd.recorded_as.as_deref(), Some("A/HRC/RES/56/L.35"));
    assert_eq!(odd.kind, VoteKind::Amendment);
    assert_eq!(odd.outcome, VoteOutcome::Rejected);
    let special = by("A/HRC/RES/S-34/1");
    assert_eq!(special.session, model::SessionId::Special(34));
    // Every state named has its names in the three languages, CLDR's everyday ones.
    let russia = data
        .states
        .iter()
        .find(|s| s.code.as_str() == "RUS")
        .unwrap();
    assert_eq!(
        (
            russia.names.en.as_str(),
            russia.names.ru.as_str(),
            russia.names.kk.as_str()
        ),
        ("Russia", "Россия", "Ресей")
    );
    assert_eq!(data.states.len(), 66);
}

/// A copy of the raw files in a fresh folder, with `edit` applied to one of them, and the
/// record and CLDR where the project keeps them.
fn edited(name: &str, file: &str, edit: impl Fn(String) -> String) -> (Inputs, PathBuf) {
    let dir = std::env::temp_dir().join(format!("hrc-import-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let project = Inputs::in_project(&root());
    for (from, to) in [
        (&project.vote_data, "all-vote-data.csv"),
        (&project.votes, "all-votes.csv"),
        (&project.official, "dw-unhrc-resolutions.csv"),
    ] {
        let text = std::fs::read_to_string(from).unwrap();
        let text = if to == file { edit(text) } else { text };
        std::fs::write(dir.join(to), text).unwrap();
    }
    let inputs = Inputs {
        vote_data: dir.join("all-vote-data.csv"),
        votes: dir.join("all-votes.csv"),
        official: dir.join("dw-unhrc-resolutions.csv"),
        cldr: project.cldr,
    };
    (inputs, dir)
}

fn kaz() -> Params {
    Params {
        state: "KAZ".into(),
        from: PartialDate::parse("2022-01-01").unwrap(),
        to: PartialDate::parse("2024-12-31").unwrap(),
        cross_check: Some("dw-unhrc-resolutions".into()),
    }
}

/// A bad input: its name, the file edited, the edit, and the row, column and words the error
/// must give (no row: any row; an empty column: none checked).
type Case = (
    &'static str,
    &'static str,
    Box<dyn Fn(String) -> String>,
    Option<u64>,
    &'static str,
    &'static str,
);

// Guards each kind of bad input: the import stops and names the file, the row, the column and
// what it found.
#[test]
fn bad_input_stops_the_import_with_where_and_what() {
    let cases: Vec<Case> = vec![
        (
            "code",
            "all-votes.csv",
            Box::new(|t: String| {
                // KAZ's vote on the first vote of 2022 (A/HRC/RES/49/1) becomes a 7.
                let mut lines: Vec<String> = t.lines().map(str::to_owned).collect();
                let header: Vec<&str> = lines[0].split(',').collect();
                let col = header.iter().position(|h| *h == "A/HRC/RES/49/1").unwrap();
                let row = lines.iter().position(|l| l.starts_with("KAZ,")).unwrap();
                let mut cells: Vec<String> = lines[row].split(',').map(str::to_owned).collect();
                cells[col] = "7".into();
                lines[row] = cells.join(",");
                lines.join("\n") + "\n"
            }),
            None,
            "A/HRC/RES/49/1",
            "found \"7\"",
        ),
        (
            "symbol",
            "all-vote-data.csv",
            Box::new(|t: String| t.replacen("A/HRC/RES/1/2,", "A/HRC/RESX/1/2,", 1)),
            Some(2),
            "Resolution",
            "found \"A/HRC/RESX/1/2\"",
        ),
        (
            "date",
            "all-vote-data.csv",
            Box::new(|t: String| t.replacen("2006/06/29", "2006/02/30", 1)),
            Some(2),
            "Date",
            "2006/02/30",
        ),
        (
            "early",
            "all-vote-data.csv",
            Box::new(|t: String| t.replacen("2006/06/29", "1999/06/29", 1)),
            Some(2),
            "Date",
            "on or after 2006/06/19",
        ),
        (
            "duplicate",
            "all-votes.csv",
            Box::new(|t: String| t.replacen("A/HRC/DEC/1/106", "A/HRC/RES/1/2", 1)),
            Some(1),
            "A/HRC/RES/1/2",
            "again",
        ),
        (
            "listed twice",
            "all-vote-data.csv",
            Box::new(|t: String| {
                // The row of A/HRC/RES/49/1 appears again right after itself.
                let mut lines: Vec<String> = t.lines().map(str::to_owned).collect();
                let at = lines
                    .iter()
                    .position(|l| l.starts_with("A/HRC/RES/49/1,"))
                    .unwrap();
                lines.insert(at + 1, lines[at].clone());
                lines.join("\n") + "\n"
            }),
            None,
            "Resolution",
            "again",
        ),
        (
            "columns",
            "all-vote-data.csv",
            Box::new(|t: String| t.replacen("Resolution,Date,Summary", "Resolution,Date,Text", 1)),
            Some(1),
            "",
            "found \"Resolution,Date,Text\"",
        ),
        (
            "truncated",
            "all-votes.csv",
            Box::new(|t: String| t[..t.len() / 2].to_owned()),
            None,
            "",
            "fields",
        ),
    ];
    for (name, file, edit, row, column, found) in cases {
        let (inputs, dir) = edited(name, file, edit);
        let error = import(&kaz(), &inputs).expect_err(name);
        assert!(error.file.ends_with(file), "{name}: {error}");
        if let Some(row) = row {
            assert_eq!(error.row, Some(row), "{name}: {error}");
        } else {
            assert!(error.row.is_some(), "{name}: {error}");
        }
        if !column.is_empty() {
            assert_eq!(error.column.as_deref(), Some(column), "{name}: {error}");
        }
        assert!(error.message.contains(found), "{name}: {error}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}

// Guards the names: a state code CLDR does not know (made up here) stops the import.
#[test]
fn a_state_cldr_does_not_know_stops_the_import() {
    let (inputs, dir) = edited("cldr", "all-votes.csv", |t| {
        t.replacen("\nKAZ,", "\nXKZ,", 1)
    });
    let mut params = kaz();
    params.state = "XKZ".into();
    let error = import(&params, &inputs).expect_err("XKZ is made up");
    assert!(error.message.contains("\"XKZ\""), "{error}");
    assert!(error.message.contains("CLDR"), "{error}");
    std::fs::remove_dir_all(dir).unwrap();
}

// Guards "writes nothing": the command fails on bad input and leaves the record as it was.
#[test]
fn the_command_writes_nothing_when_it_stops() {
    let dir = std::env::temp_dir().join(format!("hrc-import-cmd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let record = dir.join("record.json");
    let before = std::fs::read_to_string(root().join(RECORD))
        .unwrap()
        .replace("\"state\": \"KAZ\"", "\"state\": \"QQQ\"");
    std::fs::write(&record, &before).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_import-votes"))
        .arg(&record)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("all-votes.csv") && said.contains("\"QQQ\""),
        "{said}"
    );
    assert_eq!(std::fs::read_to_string(&record).unwrap(), before);
    std::fs::remove_dir_all(dir).unwrap();
}

// Guards `--new`: any state and term gives a record of its votes that loads cleanly.
#[test]
fn any_state_any_term_makes_a_record_that_loads() {
    let dir = std::env::temp_dir().join(format!("hrc-import-new-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("usa.json");
    let status = Command::new(env!("CARGO_BIN_EXE_import-votes"))
        .args([
            "--state",
            "USA",
            "--from",
            "2022-01-01",
            "--to",
            "2024-12-31",
            "--new",
        ])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let loaded = model::parse(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(
        loaded.dataset.profile.title,
        "United States at the UN Human Rights Council"
    );
    assert_eq!(loaded.dataset.votes.len(), 197);
    assert!(Path::new(&out).exists());
    std::fs::remove_dir_all(dir).unwrap();
}
