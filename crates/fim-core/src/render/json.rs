//! The JSON renderer. The output is described by `schemas/lint-output.schema.json`:
//!
//! ```json
//! { "tool": "fim", "format_version": 1,
//!   "files": [ { "file": "a.xml", "diagnostics": [ { "code": "1006", "name": "rng-without-bezug",
//!     "category": "FehlerKritisch", "severity": "error", "message": "…", "help": "…",
//!     "location": { "span": {"start": 10, "end": 20}, "start": {"line": 2, "column": 3},
//!       "end": {"line": 2, "column": 13}, "element": {"id": "F1", "version": "1.0"},
//!       "path": [ … ] }, "labels": [ … ] } ] } ],
//!   "summary": { "error": 1, "warning": 0, "info": 0, "read_errors": 0 } }
//! ```
//!
//! A file that could not be read is listed too, with no diagnostics and an `error`
//! (`{ "message": "…", "start": { "line": 3, "column": 7 } }`, `start` when known).
//! `warnings` holds problems of the run that concern no linted file (e.g. a code list that
//! was skipped).

use super::{FileDiagnostics, FileFailure, MetaLookup};
use crate::diagnostic::{Diagnostic, Severity};
use serde_json::{json, Value};

/// The version of the JSON output format; raised on incompatible changes.
pub const FORMAT_VERSION: u32 = 1;

/// Renders all files as one JSON document (pretty-printed, ends with a newline).
pub fn render(files: &[FileDiagnostics<'_>], meta: MetaLookup<'_>) -> String {
    render_report(files, &[], &[], meta)
}

/// [`render`] with the files that could not be read listed as well (after the others).
/// `warnings` are German messages about the run (skipped code lists, ...).
pub fn render_report(
    files: &[FileDiagnostics<'_>],
    failures: &[FileFailure<'_>],
    warnings: &[String],
    meta: MetaLookup<'_>,
) -> String {
    let mut summary = [0usize; 3];
    let files: Vec<Value> = files
        .iter()
        .map(|f| {
            let ds: Vec<Value> = f
                .diagnostics
                .iter()
                .map(|d| {
                    summary[d.severity as usize] += 1;
                    diagnostic(f, d, meta)
                })
                .collect();
            json!({ "file": f.name, "diagnostics": ds })
        })
        .chain(failures.iter().map(|f| {
            let mut error = json!({ "message": f.message });
            if let Some(p) = f.position {
                error["start"] = json!(p);
            }
            json!({ "file": f.name, "diagnostics": [], "error": error })
        }))
        .collect();
    let doc = json!({
        "tool": "fim",
        "format_version": FORMAT_VERSION,
        "files": files,
        "warnings": warnings,
        "summary": {
            "error": summary[Severity::Error as usize],
            "warning": summary[Severity::Warning as usize],
            "info": summary[Severity::Info as usize],
            "read_errors": failures.len(),
        },
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// One diagnostic as a JSON value.
pub fn diagnostic(f: &FileDiagnostics<'_>, d: &Diagnostic, meta: MetaLookup<'_>) -> Value {
    let (start, end) = f.range(d.location.span);
    let m = meta(&d.code);
    let mut location = json!({
        "span": d.location.span,
        "start": start,
        "end": end,
        "path": d.location.path,
    });
    if let Some(e) = &d.location.element {
        location["element"] = json!(e);
    }
    let labels: Vec<Value> = d
        .labels
        .iter()
        .map(|l| {
            let (s, e) = f.range(l.span);
            json!({ "span": l.span, "start": s, "end": e, "message": l.message })
        })
        .collect();
    let mut v = json!({
        "code": d.code,
        "severity": d.severity,
        "message": d.message,
        "location": location,
        "labels": labels,
    });
    if let Some(m) = m {
        v["name"] = json!(m.name);
        v["category"] = json!(m.category);
    }
    if let Some(h) = &d.help {
        v["help"] = json!(h);
    }
    v
}
