//! `fim convert`: XDatenfelder 2.0 <-> 3.0.0.

use crate::fmt::{emit, load};
use anyhow::{bail, Result};
use fim_core::convert::{convert, ConvertOptions};
use fim_core::{ElementId, XdfVersion};
use fim_xml::WriteOptions;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `fim convert`.
pub struct ConvertArgs {
    /// Target version: `3.0.0` or `2.0`.
    pub to: String,
    /// Input file.
    pub input: PathBuf,
    /// Output file; stdout when absent.
    pub output: Option<PathBuf>,
    /// Unternummernkreis for widening (up) or narrowing (down) ids.
    pub unternummernkreis: String,
    /// Keep a 2.0 `bezug` as one element instead of splitting it on `;`.
    pub no_split_bezug: bool,
    /// Dokumentsteckbrief id a converted 3.0.0 schema refers to.
    pub dokumentsteckbrief: String,
    /// Give groups and fields without own dates the parent's.
    pub inherit_dates: bool,
    /// Print the warnings as JSON lines to stderr.
    pub json_warnings: bool,
    /// Namespace prefix of the output.
    pub prefix: String,
    /// Allow the output to be the input file.
    pub overwrite_input: bool,
}

/// Runs `fim convert`. Warnings go to stderr; the exit code is 0 also with warnings.
pub fn run(args: &ConvertArgs) -> Result<ExitCode> {
    let target = match args.to.as_str() {
        "3.0.0" | "3" | "3.0" => XdfVersion::V3,
        "2.0" | "2" => XdfVersion::V2,
        other => bail!("unbekannte Zielversion `{other}` (erlaubt: 3.0.0, 2.0)"),
    };
    let options = ConvertOptions {
        unternummernkreis: args.unternummernkreis.clone(),
        split_bezug: !args.no_split_bezug,
        dokumentsteckbrief: ElementId::new(args.dokumentsteckbrief.clone()),
        inherit_dates: args.inherit_dates,
    };
    if let Some(out) = &args.output {
        crate::io::refuse_input_overwrite(out, &[&args.input], args.overwrite_input)?;
    }
    let (src, doc) = load(&args.input)?;
    let conversion = convert(&doc.message, target, &options)?;
    let write_options = WriteOptions {
        prefix: args.prefix.clone(),
        ..WriteOptions::default()
    };
    let out = fim_xml::write_with(&conversion.message, &write_options)?;
    emit(&out, args.output.as_deref())?;
    let name = args.input.display();
    for w in &conversion.warnings {
        if args.json_warnings {
            eprintln!("{}", serde_json::to_string(w)?);
        } else if w.span.is_empty() {
            eprintln!("{name}: warnung: {w}");
        } else {
            let pos = doc.lines.position(&src, w.span.start);
            eprintln!("{name}:{pos}: warnung: {w}");
        }
    }
    if doc.comments_dropped > 0 && !args.json_warnings {
        eprintln!(
            "{name}: hinweis: {} Kommentar(e) innerhalb von Elementen wurden nicht übernommen",
            doc.comments_dropped
        );
    }
    Ok(ExitCode::SUCCESS)
}
