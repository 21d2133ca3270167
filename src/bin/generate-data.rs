//! `generate-data`: writes a synthetic record for benchmarks.
//!
//! ```text
//! cargo run --release --bin generate-data -- --records 10000 --seed 1 --out target/bench/data-10000
//! ```
//!
//! It writes `OUT/record.json` (the real schema) and `OUT/sources/synthetic.txt` (the text its
//! quotes come from). The same seed always gives the same files.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut records = 1000usize;
    let mut seed = 1u64;
    let mut out = PathBuf::from("target/bench/data");
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next();
        let ok = match (flag.as_str(), value) {
            ("--records", Some(v)) => v.parse().map(|n| records = n).is_ok(),
            ("--seed", Some(v)) => v.parse().map(|n| seed = n).is_ok(),
            ("--out", Some(v)) => {
                out = PathBuf::from(v);
                true
            }
            _ => false,
        };
        if !ok {
            eprintln!("usage: generate-data [--records N] [--seed S] [--out DIR]");
            return std::process::ExitCode::from(2);
        }
    }
    let (file, text) = hrc_record::synthetic::dataset(records, seed);
    let written = std::fs::create_dir_all(out.join("sources"))
        .and_then(|()| std::fs::write(out.join("record.json"), file.to_string()))
        .and_then(|()| std::fs::write(out.join("sources/synthetic.txt"), text));
    match written {
        Ok(()) => {
            println!(
                "wrote {} ({records} resolutions, seed {seed})",
                out.join("record.json").display()
            );
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write to {}: {e}", out.display());
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
