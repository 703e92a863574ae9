//! `fim`: the command line of the fim toolkit.
//!
//! The binary is thin: it reads files, calls the libraries and prints. It is the only part of
//! the project that touches files, terminals and exit codes.

mod form;
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
    /// Print the JSON Schema (or with --hints the UI hints) of the data a form submits.
    Schema {
        /// The XDatenfelder 2.0 or 3.0.0 file.
        file: PathBuf,
        /// Directory of genericode code lists (*.xml) to turn code lists into value lists.
        #[arg(long)]
        codelists: Option<PathBuf>,
        /// Print the UI-hints document instead of the JSON Schema.
        #[arg(long)]
        hints: bool,
    },
    /// Check submitted JSON data against a FIM schema (exit 1 when invalid).
    Validate {
        /// The XDatenfelder 2.0 or 3.0.0 file.
        schema: PathBuf,
        /// The submitted data (JSON).
        data: PathBuf,
        /// Directory of genericode code lists (*.xml) to check code list values with.
        #[arg(long)]
        codelists: Option<PathBuf>,
        /// Print the errors as JSON.
        #[arg(long)]
        json: bool,
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
        Command::Schema {
            file,
            codelists,
            hints,
        } => form::schema(&file, codelists.as_deref(), hints),
        Command::Validate {
            schema,
            data,
            codelists,
            json,
        } => form::validate(&schema, &data, codelists.as_deref(), json),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("fehler: {e:#}");
            ExitCode::from(2)
        }
    }
}
