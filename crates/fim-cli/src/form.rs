//! `fim schema` and `fim validate`: the form builders on the command line.
//!
//! `fim schema FILE [--codelists DIR] [--hints]` prints the JSON Schema (draft 2020-12) of the
//! data a form for FILE submits, or with `--hints` the UI-hints document; notes (untranslatable
//! patterns, missing code lists, ...) go to stderr.
//!
//! `fim validate SCHEMA DATA.json [--codelists DIR] [--json]` checks submitted data directly
//! against the FIM schema: no output and exit 0 when valid, one German line per error (or a
//! JSON array) and exit 1 when not, exit 2 when a file cannot be read.

use anyhow::{Context, Result};
use fim_core::codelist::CodeLists;
use fim_core::form::{json_schema, ui_hints, Form, FormOptions, Validator};
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// Reads every `*.xml` file of `dir` as a genericode code list; unreadable lists are warned
/// about and skipped.
pub fn load_codelists(dir: &Path) -> Result<CodeLists> {
    let mut files = Vec::new();
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("Verzeichnis {} kann nicht gelesen werden", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("xml"))
        {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("{} kann nicht gelesen werden", path.display()))?;
            files.push((path.display().to_string(), text));
        }
    }
    files.sort();
    let (set, failed) =
        fim_xml::genericode::read_all(files.iter().map(|(n, t)| (n.clone(), t.as_str())));
    for (name, e) in failed {
        eprintln!("{name}:{e}: warnung: keine Codeliste, übersprungen");
    }
    Ok(set)
}

/// Reads an XDatenfelder file and compiles its form.
fn compile(path: &Path, codelists: Option<&Path>) -> Result<Form> {
    let lists = codelists.map(load_codelists).transpose()?;
    let src = std::fs::read_to_string(path)
        .with_context(|| format!("{} kann nicht gelesen werden", path.display()))?;
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
) -> Result<ExitCode> {
    let form = compile(schema, codelists)?;
    let text = std::fs::read_to_string(data)
        .with_context(|| format!("{} kann nicht gelesen werden", data.display()))?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .with_context(|| format!("{} ist kein gültiges JSON", data.display()))?;
    let errors = Validator::new(&form).validate(&value);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if json {
        let list: Vec<serde_json::Value> = errors
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
        serde_json::to_writer_pretty(&mut out, &list)?;
        writeln!(out)?;
    } else {
        for e in &errors {
            writeln!(out, "{}:{e}", data.display())?;
        }
    }
    out.flush()?;
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
