//! `fim schema` and `fim validate`: the form builders on the command line.
//!
//! `fim schema FILE [--codelists DIR] [--hints]` prints the JSON Schema (draft 2020-12) of the
//! data a form for FILE submits, or with `--hints` the UI-hints document; notes (untranslatable
//! patterns, missing code lists, ...) go to stderr.
//!
//! `fim validate SCHEMA DATA.json [--codelists DIR] [--json]` checks submitted data directly
//! against the FIM schema: no output and exit 0 when valid, one German line per error (or a
//! JSON array) and exit 1 when not, exit 2 when a file cannot be read. At most `--max-errors`
//! errors (default [`fim_core::form::MAX_ERRORS`]) are collected; then validation stops and a
//! last line (JSON: a last entry with `"omitted": true`) says that more were left out.

use anyhow::{Context, Result};
use fim_core::codelist::CodeLists;
use fim_core::form::{json_schema, ui_hints, Form, FormOptions, Validation, Validator};
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// Reads every `*.xml` file of `dir` as a genericode code list. Lists that cannot be read
/// (unreadable, too large, not decodable, not genericode) are warned about on stderr and
/// skipped; the warnings are returned as well. Only an unreadable `dir` is an error.
pub fn load_codelists(dir: &Path) -> Result<(CodeLists, Vec<String>)> {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("Verzeichnis {} kann nicht gelesen werden", dir.display()))?;
    for entry in entries {
        let path = match entry {
            Ok(e) => e.path(),
            Err(e) => {
                warnings.push(format!(
                    "{}: Eintrag kann nicht gelesen werden: {e}; übersprungen",
                    dir.display()
                ));
                continue;
            }
        };
        if path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("xml"))
        {
            match crate::io::read_text(&path) {
                Ok(text) => files.push((path.display().to_string(), text)),
                Err(e) => warnings.push(format!("{e:#}: Codeliste übersprungen")),
            }
        }
    }
    files.sort();
    let (set, failed) =
        fim_xml::genericode::read_all(files.iter().map(|(n, t)| (n.clone(), t.as_str())));
    for (name, e) in failed {
        warnings.push(format!("{name}:{e}: keine Codeliste, übersprungen"));
    }
    warnings.sort();
    for w in &warnings {
        eprintln!("warnung: {w}");
    }
    Ok((set, warnings))
}

/// Reads an XDatenfelder file and compiles its form.
fn compile(path: &Path, codelists: Option<&Path>) -> Result<Form> {
    let lists = codelists
        .map(load_codelists)
        .transpose()?
        .map(|(lists, _)| lists);
    let src = crate::io::read_text(path)?;
    let doc = fim_xml::read(&src).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
    let root = doc.message.root().ok_or_else(|| {
        anyhow::anyhow!(
            "{}: die Nachricht enthält kein Datenschema, keine Datenfeldgruppe und kein Datenfeld",
            path.display()
        )
    })?;
    Ok(Form::new(
        root,
        FormOptions {
            codelists: lists.as_ref(),
        },
    ))
}

/// Runs `fim schema`.
pub fn schema(path: &Path, codelists: Option<&Path>, hints: bool) -> Result<ExitCode> {
    let form = compile(path, codelists)?;
    let doc = if hints {
        ui_hints(&form)
    } else {
        json_schema(&form)
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    serde_json::to_writer_pretty(&mut out, &doc)?;
    writeln!(out)?;
    out.flush()?;
    for n in &form.notes {
        eprintln!("{}: hinweis: {n}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `fim validate`.
pub fn validate(
    schema: &Path,
    data: &Path,
    codelists: Option<&Path>,
    json: bool,
    max_errors: usize,
) -> Result<ExitCode> {
    let form = compile(schema, codelists)?;
    let text = crate::io::read_text(data)?;
    // serde_json refuses nesting deeper than 128 levels (its default recursion limit), so a
    // hostile document cannot overflow the stack; the size is bounded by `io::read_text`.
    let value: serde_json::Value = serde_json::from_str(&text)
        .with_context(|| format!("{} ist kein gültiges JSON", data.display()))?;
    let validator = Validator::new(&form).with_max_errors(max_errors);
    let Validation { errors, truncated } = validator.validate_report(&value);
    let omitted = truncated.then(|| {
        format!(
            "… weitere Fehler ausgelassen: mindestens {} Fehler, nur die ersten {} werden gezeigt (Grenze mit --max-errors änderbar)",
            errors.len() + 1,
            errors.len()
        )
    });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if json {
        let mut list: Vec<serde_json::Value> = errors
            .iter()
            .map(|e| {
                serde_json::json!({
                    "path": e.path,
                    "id": e.id,
                    "version": e.version,
                    "name": e.name,
                    "message": e.kind.to_string(),
                })
            })
            .collect();
        if let Some(o) = &omitted {
            list.push(serde_json::json!({ "path": null, "omitted": true, "message": o }));
        }
        serde_json::to_writer_pretty(&mut out, &list)?;
        writeln!(out)?;
    } else {
        for e in &errors {
            writeln!(out, "{}:{e}", data.display())?;
        }
        if let Some(o) = &omitted {
            writeln!(out, "{}: {o}", data.display())?;
        }
    }
    out.flush()?;
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
