//! `check-data`: the loader's checks as a command for editors of the data file.
//!
//! ```text
//! cargo run --bin check-data -- public/data/kazakhstan-hrc-2022-2024.json
//! cargo run --bin check-data -- --write-schema public/data/schema.json
//! ```
//!
//! It reports every problem the app would report, plus quotes that are not verbatim in their
//! shipped source text, and exits with status 1 when there is any.

// The command reads files and generates the schema, which only makes sense natively.
#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::Path;
    use std::process::ExitCode;

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.as_slice() {
            [flag, path] if flag == "--write-schema" => write_schema(Path::new(path)),
            [flag] if flag == "--schema" => {
                println!("{}", hrc_record::model::schema::to_json());
                ExitCode::SUCCESS
            }
            [path] if !path.starts_with('-') => check(Path::new(path)),
            _ => {
                eprintln!(
                    "usage: check-data DATA.json          check a data file\n       check-data --schema             print the JSON Schema\n       check-data --write-schema PATH  write the JSON Schema"
                );
                ExitCode::from(2)
            }
        }
    }

    fn write_schema(path: &Path) -> ExitCode {
        match std::fs::write(path, hrc_record::model::schema::to_json()) {
            Ok(()) => {
                println!("wrote {}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("cannot write {}: {e}", path.display());
                ExitCode::FAILURE
            }
        }
    }

    fn check(path: &Path) -> ExitCode {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("cannot read {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        let loaded = match hrc_record::model::parse(&text) {
            Ok(loaded) => loaded,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        // Source files are named relative to the folder above the data file's folder, as the app
        // fetches them relative to the page.
        let site = path
            .parent()
            .and_then(Path::parent)
            .unwrap_or_else(|| Path::new("."));
        let mut problems = loaded.problems;
        problems.extend(hrc_record::model::validate::check_quotes(
            &loaded.dataset,
            |file| std::fs::read_to_string(site.join(file)).ok(),
        ));
        let d = &loaded.dataset;
        if problems.is_empty() {
            println!(
                "{}: ok ({} sources, {} sessions, {} resolutions, {} events, {} reforms, {} partners, {} notes, {} groups, {} votes, {} states named)",
                path.display(),
                d.sources.len(),
                d.sessions.len(),
                d.resolutions.len(),
                d.events.len(),
                d.reforms.len(),
                d.partners.len(),
                d.notes.len(),
                d.groups.len(),
                d.votes.len(),
                d.states.len()
            );
            ExitCode::SUCCESS
        } else {
            for p in &problems {
                eprintln!("{}: {p}", path.display());
            }
            eprintln!("{}: {} problem(s)", path.display(), problems.len());
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
