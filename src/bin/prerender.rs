//! `prerender`: the record's default view rendered to HTML in each interface language, for the
//! build to write into `index.html` (scripts/post-build.mjs runs it).
//!
//! ```text
//! cargo run --bin prerender -- public/data/kazakhstan-hrc-2022-2024.json
//! ```
//!
//! It prints one JSON object: for each language code, the page's title and the HTML of the
//! view. A record that does not load, or loads with problems, is reported and nothing is
//! printed: the app would report the problems, and a copy made before it must not hide them.

// The views render natively only (Leptos `ssr`); the wasm build has nothing to run here.
#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;
    use std::sync::Arc;

    use hrc_record::lang::Lang;
    use hrc_record::{model, prerender};

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let [path] = args.as_slice() else {
            eprintln!("usage: prerender DATA.json");
            return ExitCode::from(2);
        };
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("prerender: cannot read {path}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let loaded = match model::parse(&text) {
            Ok(loaded) if loaded.problems.is_empty() => Arc::new(loaded),
            Ok(loaded) => {
                eprintln!(
                    "prerender: {path} loads with {} problem(s); run check-data",
                    loaded.problems.len()
                );
                return ExitCode::FAILURE;
            }
            Err(e) => {
                eprintln!("prerender: {path} does not load: {e}");
                return ExitCode::FAILURE;
            }
        };
        let mut out = serde_json::Map::new();
        for lang in Lang::ALL {
            // As the record view titles the page (`RecordView`): the editors' translation where
            // the record gives one.
            let title = model::Local::new(&loaded.dataset, lang)
                .title
                .unwrap_or_else(|| loaded.dataset.profile.title.clone());
            let html = prerender::render(Arc::clone(&loaded), lang);
            out.insert(
                lang.code().to_owned(),
                serde_json::json!({ "title": title, "html": html }),
            );
        }
        println!("{}", serde_json::Value::Object(out));
        ExitCode::SUCCESS
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
