//! The SARIF 2.1.0 renderer, for code-scanning UIs and IDEs.
//!
//! One run with the tool `fim`; `tool.driver.rules` lists the rules that have findings (with
//! their documentation as `help.markdown`); each result points at the file with a region in
//! 1-based lines and columns counted in Unicode code points (`columnKind`), plus the byte
//! offsets, and names the element and its path as a logical location.
//!
//! Files that could not be read become `invocations[0].toolExecutionNotifications` (level
//! `error`, with the file and the position when known) and make `executionSuccessful` false.
//! Artifact URIs are relative references or `file://` URIs with every character outside the
//! RFC 3986 unreserved set (and `/`) percent-encoded as UTF-8.

use super::{FileDiagnostics, FileFailure, MetaLookup};
use crate::diagnostic::Severity;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// The schema URI written into the log.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A file name as a URI reference: `\\` becomes `/`, an absolute path a `file://` URI, and
/// every byte outside the unreserved characters and `/` is percent-encoded.
pub fn uri(name: &str) -> String {
    let path = name.replace('\\', "/");
    let mut out = String::with_capacity(path.len() + 8);
    let absolute = path.starts_with('/');
    if absolute {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Renders all files as one SARIF log (pretty-printed, ends with a newline).
pub fn render(files: &[FileDiagnostics<'_>], meta: MetaLookup<'_>, tool_version: &str) -> String {
    render_report(files, &[], &[], meta, tool_version)
}

/// [`render`] with the files that could not be read as tool execution notifications (level
/// `error`) and `warnings` about the run (skipped code lists, ...) as notifications of level
/// `warning`.
pub fn render_report(
    files: &[FileDiagnostics<'_>],
    failures: &[FileFailure<'_>],
    warnings: &[String],
    meta: MetaLookup<'_>,
    tool_version: &str,
) -> String {
    // Rules with findings, sorted by code, with their index in `rules`.
    let mut codes: BTreeMap<String, usize> = BTreeMap::new();
    for f in files {
        for d in f.diagnostics {
            codes.insert(d.code.to_string(), 0);
        }
    }
    let mut rules = Vec::new();
    for (i, (code, idx)) in codes.iter_mut().enumerate() {
        *idx = i;
        let mut r = json!({ "id": code });
        if let Some(m) = meta(code) {
            r["name"] = json!(m.name);
            r["shortDescription"] = json!({ "text": m.summary });
            r["fullDescription"] = json!({ "text": m.summary });
            r["help"] = json!({ "text": m.summary, "markdown": m.docs });
            r["defaultConfiguration"] = json!({ "level": level(m.default_severity()) });
            r["properties"] = json!({ "category": m.category.as_str() });
        }
        rules.push(r);
    }
    let mut results = Vec::new();
    let mut artifacts = Vec::new();
    for (fi, f) in files.iter().enumerate() {
        let f_uri = uri(f.name);
        artifacts.push(json!({ "location": { "uri": f_uri } }));
        for d in f.diagnostics {
            let (start, end) = f.range(d.location.span);
            let mut region = json!({
                "startLine": start.line,
                "startColumn": start.column,
                "endLine": end.line,
                "endColumn": end.column,
                "byteOffset": d.location.span.start,
                "byteLength": d.location.span.len(),
            });
            if let Some(line) = f.lines.line_start(start.line) {
                // The span's line, cut around the span when it is long (minified files).
                let w = super::line_window(
                    f.source,
                    line as usize,
                    d.location.span.start as usize,
                    d.location.span.end as usize,
                );
                let snippet = format!(
                    "{}{}{}",
                    if w.cut_left { "…" } else { "" },
                    w.text,
                    if w.cut_right { "…" } else { "" }
                );
                region["snippet"] = json!({ "text": snippet });
            }
            let mut location = json!({
                "physicalLocation": {
                    "artifactLocation": { "uri": f_uri, "index": fi },
                    "region": region,
                }
            });
            if let Some(e) = &d.location.element {
                let path: Vec<String> = d.location.path.iter().map(|k| k.to_string()).collect();
                location["logicalLocations"] = json!([{
                    "name": e.to_string(),
                    "fullyQualifiedName": path.join("/"),
                    "kind": "element",
                }]);
            }
            let related: Vec<Value> = d
                .labels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let (s, e) = f.range(l.span);
                    json!({
                        "id": i,
                        "message": { "text": l.message },
                        "physicalLocation": {
                            "artifactLocation": { "uri": f_uri, "index": fi },
                            "region": {
                                "startLine": s.line, "startColumn": s.column,
                                "endLine": e.line, "endColumn": e.column,
                            }
                        }
                    })
                })
                .collect();
            let text = match &d.help {
                Some(h) => format!("{} {h}", d.message),
                None => d.message.clone(),
            };
            let mut r = json!({
                "ruleId": d.code,
                "ruleIndex": codes.get(d.code.as_ref()).copied().unwrap_or(0),
                "level": level(d.severity),
                "message": { "text": text },
                "locations": [location],
            });
            if !related.is_empty() {
                r["relatedLocations"] = json!(related);
            }
            results.push(r);
        }
    }
    let notifications: Vec<Value> = warnings
        .iter()
        .map(|w| json!({ "level": "warning", "message": { "text": w } }))
        .chain(failures.iter().map(|f| {
            let mut physical = json!({ "artifactLocation": { "uri": uri(f.name) } });
            if let Some(p) = f.position {
                physical["region"] = json!({ "startLine": p.line, "startColumn": p.column });
            }
            json!({
                "level": "error",
                "message": { "text": format!("{}: {}", f.name, f.message) },
                "locations": [{ "physicalLocation": physical }],
            })
        }))
        .collect();
    let log = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "fim",
                "version": tool_version,
                "informationUri": "https://example.invalid/fim",
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": failures.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}
