//! `fim inspect`: summary, structure tree and counts of one XDatenfelder file.

use anyhow::Result;
use fim_core::walk::{counts, walk};
use fim_core::{ElementRef, Message};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// Runs `fim inspect`.
pub fn run(path: &Path, json: bool, summary_only: bool) -> Result<ExitCode> {
    let src = crate::io::read_text(path)?;
    let doc = fim_xml::read(&src).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if json {
        serde_json::to_writer_pretty(&mut out, &doc.message)?;
        writeln!(out)?;
    } else {
        out.write_all(render(&doc.message, summary_only).as_bytes())?;
    }
    out.flush()?;
    for d in &doc.diagnostics {
        let pos = doc.lines.position(&src, d.span.start);
        eprintln!("{}:{pos}: warnung: {d}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Renders the human summary: header lines, tree, counts.
pub fn render(msg: &Message, summary_only: bool) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "XDatenfelder {}", msg.version);
    let _ = writeln!(s, "Nachricht:   {}", msg.kind.root_name());
    if let Some(a) = msg.root_angaben() {
        let _ = writeln!(s, "Objekt:      {} {}", a.identifikation.label(), a.name());
    }
    let Some(root) = msg.root() else {
        return s;
    };
    if !summary_only {
        let _ = writeln!(s);
        walk(root, |v| {
            let indent = "  ".repeat(v.depth);
            let a = v.element.angaben();
            let anzahl = v
                .via
                .and_then(|st| st.anzahl.as_ref())
                .map(|n| format!(" [{}]", n.as_str()))
                .unwrap_or_default();
            let kind = match v.element {
                ElementRef::Schema(_) => "S",
                ElementRef::Group(_) => "G",
                ElementRef::Field(_) => "F",
                ElementRef::Rule(_) => "R",
            };
            let cycle = if v.cycle {
                " (enthält sich selbst)"
            } else {
                ""
            };
            let _ = writeln!(
                s,
                "{indent}{kind} {}{anzahl} {}{cycle}",
                a.identifikation.label(),
                a.name()
            );
        });
    }
    let c = counts(root);
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Gruppen: {} ({} verschieden), Felder: {} ({} verschieden), Regeln: {} ({} verschieden), Tiefe: {}",
        c.groups, c.distinct_groups, c.fields, c.distinct_fields, c.rules, c.distinct_rules, c.max_depth
    );
    s
}
