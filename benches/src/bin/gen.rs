//! `fim-gen`: writes a generated XDatenfelder Stammdatenschema to disk.
//!
//! Usage: `fim-gen --version 2|3 --size-mb N OUT.xml`
//! (`--size-mb` accepts fractions, e.g. `0.2`; default 50).

use std::process::ExitCode;
use std::time::Instant;

use fim_benches::{write_corpus_file, XdfVersion};

const USAGE: &str = "usage: fim-gen --version 2|3 [--size-mb N] OUT.xml";

fn main() -> ExitCode {
    let mut version = None;
    let mut size_mb = 50.0_f64;
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--version" | "-v" => {
                version = args.next().as_deref().and_then(XdfVersion::parse);
                if version.is_none() {
                    eprintln!("--version must be 2 or 3\n{USAGE}");
                    return ExitCode::from(2);
                }
            }
            "--size-mb" | "-s" => match args.next().and_then(|s| s.parse::<f64>().ok()) {
                Some(n) if n >= 0.0 => size_mb = n,
                _ => {
                    eprintln!("--size-mb needs a non-negative number\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--help" | "-h" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if out.is_none() && !arg.starts_with('-') => out = Some(arg),
            _ => {
                eprintln!("unexpected argument {arg:?}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let (Some(version), Some(out)) = (version, out) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let target = (size_mb * 1024.0 * 1024.0) as usize;
    let start = Instant::now();
    match write_corpus_file(&out, version, target) {
        Ok(written) => {
            eprintln!(
                "wrote {out}: {written} bytes ({:.2} MiB, target {target}) in {:.2?}",
                written as f64 / (1024.0 * 1024.0),
                start.elapsed()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write {out}: {e}");
            ExitCode::FAILURE
        }
    }
}
