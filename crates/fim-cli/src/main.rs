//! `fim`: the command line of the fim toolkit.
//!
//! The binary is thin: it reads files, calls the libraries and prints. It is the only part of
//! the project that touches terminals and exit codes (files are read here and in the Python
//! package `fim-py`).
//!
//! ```console
//! $ cargo install fim-cli
//! $ fim lint schema.xml --format json          # QS rules; exit 1 on findings
//! $ fim diff baseline.xml reference.xml        # element-by-element comparison
//! $ fim blockers baseline.xml reference.xml --format html -o report.html
//! $ fim schema antrag.xml > antrag.schema.json # JSON Schema for form builders
//! $ fim process check prozess.bpmn             # structure and soundness
//! ```

mod convert;
mod diff;
mod fmt;
mod form;
mod inspect;
mod io;
mod lint;
mod pdiff;
mod process;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// FIM toolkit: read, check and compare XDatenfelder schemas and FIM processes.
#[derive(Debug, Parser)]
#[command(name = "fim", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Largest input file read, in MiB; larger files and device files are refused.
    #[arg(long, global = true, value_name = "MIB", default_value_t = io::DEFAULT_MAX_INPUT_MIB)]
    max_input_mib: u64,
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
    /// Convert an XDatenfelder file between 2.0 and 3.0.0; what the target cannot hold is
    /// reported as a warning on stderr.
    Convert {
        /// Target version: 3.0.0 or 2.0.
        #[arg(long, value_name = "VERSION")]
        to: String,
        /// The input file.
        input: PathBuf,
        /// Output file (default: stdout).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Unternummernkreis inserted into (up) or removed from (down) every id.
        #[arg(long, default_value = "000")]
        unternummernkreis: String,
        /// Keep a 2.0 `bezug` as one 3.0.0 `bezug` instead of splitting it on `;`.
        #[arg(long)]
        no_split_bezug: bool,
        /// Dokumentsteckbrief a converted 3.0.0 schema refers to (3.0.0 requires one).
        #[arg(long, default_value = "D99000000001")]
        dokumentsteckbrief: String,
        /// Give groups and fields without own release dates their parent's (as the public
        /// XSLT converter does).
        #[arg(long)]
        inherit_dates: bool,
        /// Print warnings as JSON lines.
        #[arg(long)]
        json_warnings: bool,
        /// Namespace prefix of the output.
        #[arg(long, default_value = "xdf")]
        prefix: String,
        /// Allow `--output` to name the input file.
        #[arg(long)]
        overwrite_input: bool,
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
    /// Compare a baseline schema with a reference schema, element by element.
    Diff(diff::DiffArgs),
    /// Report digitisation blockers of a baseline/reference pair (Markdown, JSON, HTML).
    Blockers(diff::BlockersArgs),
    /// Check, measure or draw a BPMN 2.0 process (or the model inside an XProzess message).
    #[command(subcommand)]
    Process(process::Action),
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
        /// Most errors reported; validation stops after them.
        #[arg(long, value_name = "N", default_value_t = fim_core::form::MAX_ERRORS)]
        max_errors: usize,
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
    io::set_max_input_mib(cli.max_input_mib);
    let result = match cli.command {
        Command::Inspect {
            file,
            json,
            summary,
        } => inspect::run(&file, json, summary),
        Command::Convert {
            to,
            input,
            output,
            unternummernkreis,
            no_split_bezug,
            dokumentsteckbrief,
            inherit_dates,
            json_warnings,
            prefix,
            overwrite_input,
        } => convert::run(&convert::ConvertArgs {
            to,
            input,
            output,
            unternummernkreis,
            no_split_bezug,
            dokumentsteckbrief,
            inherit_dates,
            json_warnings,
            prefix,
            overwrite_input,
        }),
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
        Command::Diff(args) => diff::run_diff(args),
        Command::Blockers(args) => diff::run_blockers(args),
        Command::Process(action) => process::run(action),
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
            max_errors,
        } => form::validate(&schema, &data, codelists.as_deref(), json, max_errors),
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
