//! `import-votes`: derives a record's recorded votes from the raw files in `data/hrc-votes/`
//! and the state names from CLDR, and writes them into the record.
//!
//!     cargo run --bin import-votes -- public/data/kazakhstan-hrc-2022-2024.json
//!         Imports the votes the record's `voting` section asks for (state, from, to), in place.
//!     cargo run --bin import-votes -- --check public/data/kazakhstan-hrc-2022-2024.json
//!         Says whether the record holds exactly what an import gives; changes nothing.
//!     cargo run --bin import-votes -- --state USA --from 2022-01-01 --to 2024-12-31 --new out.json
//!         Writes a new record of that state's recorded votes alone.
//!
//! It prints what it finds (tallies that differ between sources, texts with no recorded votes,
//! malformed symbols). A bad input stops it with the file, row, column and what was found, and
//! it then writes nothing.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use hrc_record::import::{import, params_of, write_into, Import, Inputs, Params};
    use hrc_record::model::{
        self, Dataset, PartialDate, Profile, Source, SourceKind, State, Voting,
    };

    const USAGE: &str = "usage: import-votes [--check] RECORD.json\n       import-votes --state ISO3 --from YYYY-MM-DD --to YYYY-MM-DD --new OUT.json";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let inputs = Inputs::in_project(&root);
        let flag = |name: &str| {
            args.iter()
                .position(|a| a == name)
                .and_then(|i| args.get(i + 1))
                .cloned()
        };
        let result = if let Some(out) = flag("--new") {
            new_record(
                &inputs,
                flag("--state"),
                flag("--from"),
                flag("--to"),
                Path::new(&out),
            )
        } else {
            let check = args.iter().any(|a| a == "--check");
            match args.iter().find(|a| !a.starts_with("--")) {
                Some(record) => in_place(&inputs, Path::new(record), check),
                None => Err(USAGE.to_owned()),
            }
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("{message}");
                ExitCode::FAILURE
            }
        }
    }

    fn report(import: &Import) {
        for finding in &import.findings {
            println!("finding: {finding}");
        }
        println!(
            "{} votes, {} states named, {} places in the record's text",
            import.votes.len(),
            import.states.len(),
            import.places.len()
        );
    }

    fn in_place(inputs: &Inputs, record: &Path, check: bool) -> Result<(), String> {
        let text = std::fs::read_to_string(record)
            .map_err(|e| format!("{}: could not be read: {e}", record.display()))?;
        let params = params_of(&text).map_err(|e| format!("{}: {e}", record.display()))?;
        let mut imported = import(&params, inputs).map_err(|e| e.to_string())?;
        imported
            .name_places(&text, inputs)
            .map_err(|e| e.to_string())?;
        report(&imported);
        let written =
            write_into(&text, &imported).map_err(|e| format!("{}: {e}", record.display()))?;
        if check {
            return if written == text {
                println!(
                    "{}: the votes are as an import gives them",
                    record.display()
                );
                Ok(())
            } else {
                Err(format!(
                    "{}: the votes differ from what an import gives; run `cargo run --bin import-votes -- {}`",
                    record.display(),
                    record.display()
                ))
            };
        }
        std::fs::write(record, written)
            .map_err(|e| format!("{}: could not be written: {e}", record.display()))?;
        println!("wrote {}", record.display());
        Ok(())
    }

    fn new_record(
        inputs: &Inputs,
        state: Option<String>,
        from: Option<String>,
        to: Option<String>,
        out: &Path,
    ) -> Result<(), String> {
        let (Some(state), Some(from), Some(to)) = (state, from, to) else {
            return Err(USAGE.to_owned());
        };
        let date = |text: &str| PartialDate::parse(text).map_err(|e| format!("{text}: {e}"));
        let params = Params {
            state: state.clone(),
            from: date(&from)?,
            to: date(&to)?,
            cross_check: Some(CROSS_CHECK.to_owned()),
        };
        let imported = import(&params, inputs).map_err(|e| e.to_string())?;
        report(&imported);
        let name = imported
            .states
            .iter()
            .find(|s| s.code.as_str() == state)
            .map_or(state.clone(), |s| s.names.en.clone());
        let record = Dataset {
            schema: None,
            format: model::FORMAT,
            profile: Profile {
                title: format!("{name} at the UN Human Rights Council"),
                description: format!(
                    "How {name} voted on every recorded vote of the Council from {from} to {to}."
                ),
                state: State {
                    name: name.clone(),
                    iso3: Some(state.clone()),
                },
                memberships: Vec::new(),
                language: Some("en".into()),
            },
            sources: vec![voting_source(), cross_check_source()],
            sessions: Vec::new(),
            resolutions: Vec::new(),
            events: Vec::new(),
            reforms: Vec::new(),
            partners: Vec::new(),
            notes: Vec::new(),
            groups: Vec::new(),
            voting: Some(Voting {
                state: state.as_str().into(),
                from: params.from,
                to: params.to,
                source: VOTING_SOURCE.into(),
                cross_check: Some(CROSS_CHECK.into()),
                missing: Vec::new(),
            }),
            votes: imported.votes,
            states: imported.states,
            translations: Vec::new(),
            places: imported.places,
            exported: None,
        };
        let mut text = serde_json::to_string_pretty(&record).map_err(|e| e.to_string())?;
        text.push('\n');
        std::fs::write(out, text)
            .map_err(|e| format!("{}: could not be written: {e}", out.display()))?;
        println!("wrote {}", out.display());
        Ok(())
    }

    const VOTING_SOURCE: &str = "ohchr-voting-records";
    const CROSS_CHECK: &str = "dw-unhrc-resolutions";

    fn voting_source() -> Source {
        Source {
            id: VOTING_SOURCE.into(),
            title: "Voting records of the Human Rights Council".into(),
            publisher: "OHCHR Library (UN Human Rights Office)".into(),
            date: None,
            url: Some("https://searchlibrary.ohchr.org/".into()),
            file: None,
            kind: SourceKind::Secondary,
            note: Some("Each vote links to a search of the library’s voting records for its symbol. The figures came by way of the dataset of github.com/tsujamin/unhrc-nominate (commit 9c7d142, output of 11 December 2024), kept unchanged with its provenance in this project's data/hrc-votes folder.".into()),
        }
    }

    fn cross_check_source() -> Source {
        Source {
            id: CROSS_CHECK.into(),
            title: "UN Human Rights Council resolutions (data)".into(),
            publisher: "Deutsche Welle data team".into(),
            date: None,
            url: Some("https://github.com/dw-data/human-rights-council".into()),
            file: None,
            kind: SourceKind::Secondary,
            note: Some("Every text the Council adopted up to its 51st session, with the Council's own wording of each adoption, scraped from OHCHR's session pages; used to check the recorded tallies.".into()),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
