//! `fim`: the command line of the fim toolkit.
//!
//! The binary is thin: it reads files, calls the libraries and prints. It is the only part of
//! the project that touches files, terminals and exit codes.

mod inspect;
mod lint;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// FIM toolkit: read, check and compare XDatenfelder schemas and FIM processes.
#[derive(Debug, Parser)]
#[command(name = "fim", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show the version, message kind, top object and structure tree of an XDatenfelder file.
    Inspect {
        /// The XDatenfelder 2.0 or 3.0.0 file.
        file: PathBuf,
        /// Print the whole model as JSON instead of the tree.
        #[arg(long)]
        json: bool,
        /// Print only the summary and counts, not the tree.
        #[arg(long)]
        summary: bool,
    },
    /// Check XDatenfelder files against the FIM quality rules (QS).
    Lint(lint::LintArgs),
    /// List the QS rules.
    Rules,
    /// Show the documentation of one QS rule (code or name).
    Rule {
        /// Code (`1006`) or name (`rng-without-bezug`).
        code: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Inspect {
            file,
            json,
            summary,
        } => inspect::run(&file, json, summary),
        Command::Lint(args) => lint::run(&args),
        Command::Rules => lint::run_rules(),
        Command::Rule { code } => lint::run_rule(&code),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("fehler: {e:#}");
            ExitCode::from(2)
        }
    }
}
