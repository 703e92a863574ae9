//! `fim`: the command line of the fim toolkit.
//!
//! The binary is thin: it reads files, calls the libraries and prints. It is the only part of
//! the project that touches files, terminals and exit codes.

mod fmt;
mod inspect;

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
    /// Rewrite XDatenfelder files canonically (XSD element order, two-space indentation).
    Fmt {
        /// The files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Rewrite the files in place instead of printing to stdout.
        #[arg(short, long, conflicts_with = "check")]
        write: bool,
        /// Only check; exit 1 when a file is not in canonical form.
        #[arg(long)]
        check: bool,
        /// Namespace prefix of the XDatenfelder elements ("" for the default namespace).
        #[arg(long, default_value = "xdf")]
        prefix: String,
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
        Command::Fmt {
            files,
            write,
            check,
            prefix,
        } => fmt::run(&fmt::FmtArgs {
            files,
            write,
            check,
            prefix,
        }),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("fehler: {e:#}");
            ExitCode::from(2)
        }
    }
}
