//! The process half of `fim diff` and `fim blockers`: `fim diff BASE REF` on two BPMN or
//! XProzess files compares processes; `fim blockers ... --base-process B --ref-process R`
//! adds the process comparison to the blocker report.

use crate::process::{load, Loaded};
use anyhow::{bail, Context, Result};
use fim_core::blockers::Report;
use fim_process::blockers::{extend_report, ProcessInput};
use fim_process::diff::{diff_named, render_human, side};
use fim_process::xprozess::XPROZESS_NS;
use std::io::{Read as _, Write as _};
use std::path::Path;
use std::process::ExitCode;

/// How many bytes are read to find the root element.
const SNIFF_BYTES: u64 = 64 * 1024;

/// The namespace of the root element, read from the first start tag (`xmlns` or the
/// prefix's `xmlns:p` declaration on it). `None` when no root tag is found.
pub(crate) fn root_namespace(text: &str) -> Option<String> {
    let mut rest = text;
    loop {
        let at = rest.find('<')?;
        rest = rest.get(at..)?;
        if let Some(r) = rest.strip_prefix("<!--") {
            let end = r.find("-->")?;
            rest = r.get(end + 3..)?;
        } else if rest.starts_with("<?") {
            let end = rest.find("?>")?;
            rest = rest.get(end + 2..)?;
        } else if rest.starts_with("<!") {
            let end = rest.find('>')?;
            rest = rest.get(end + 1..)?;
        } else {
            break;
        }
    }
    let tag = rest.get(1..rest.find('>')?)?;
    let name_end = tag
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(tag.len());
    let name = tag.get(..name_end)?;
    let attr = match name.split_once(':') {
        Some((prefix, _)) => format!("xmlns:{prefix}"),
        None => "xmlns".to_owned(),
    };
    let mut attrs = tag.get(name_end..)?;
    while let Some(at) = attrs.find(&attr) {
        let after = attrs.get(at + attr.len()..)?.trim_start();
        let preceded = at == 0
            || attrs
                .get(..at)
                .and_then(|s| s.chars().next_back())
                .is_some_and(char::is_whitespace);
        if let (true, Some(v)) = (preceded, after.strip_prefix('=')) {
            let v = v.trim_start();
            let quote = v.chars().next()?;
            if quote == '"' || quote == '\'' {
                let body = v.get(1..)?;
                return Some(body.get(..body.find(quote)?)?.to_owned());
            }
        }
        attrs = attrs.get(at + attr.len()..)?;
    }
    None
}

fn is_process(path: &Path) -> Result<bool> {
    let mut buf = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(SNIFF_BYTES).read_to_end(&mut buf))
        .with_context(|| format!("{} kann nicht gelesen werden", path.display()))?;
    // UTF-16 and declared encodings as in `io::read_text`; a cut-off multi-byte character at
    // the end of the sniffed part is no reason to fail.
    let text = match fim_xml::decode(&buf) {
        Ok(t) => t,
        Err(_) => String::from_utf8_lossy(&buf),
    };
    Ok(matches!(
        root_namespace(&text).as_deref(),
        Some(fim_process::read::BPMN_NS | XPROZESS_NS)
    ))
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

fn input<'a>(l: &'a Loaded, file: &'a str) -> ProcessInput<'a> {
    ProcessInput {
        file,
        format: if l.meta.is_some() { "xprozess" } else { "bpmn" },
        definitions: &l.defs,
        meta: l.meta.as_ref(),
    }
}

/// `fim diff` on processes: `None` when neither file is a process (the schema diff runs),
/// an error when only one is.
pub fn dispatch(base: &Path, reference: &Path, json: bool) -> Result<Option<ExitCode>> {
    match (is_process(base)?, is_process(reference)?) {
        (false, false) => return Ok(None),
        (true, true) => {}
        (b, _) => {
            let (p, o) = if b {
                (base, reference)
            } else {
                (reference, base)
            };
            bail!(
                "{} ist ein Prozess (BPMN/XProzess), {} nicht: beide Dateien müssen Prozesse \
                 oder beide Datenschemata sein",
                p.display(),
                o.display()
            );
        }
    }
    let b = load(base)?;
    let r = load(reference)?;
    let (bn, rn) = (file_name(base), file_name(reference));
    let side_of = |l: &Loaded, file: &str| {
        let i = input(l, file);
        let name = l
            .meta
            .as_ref()
            .map(|m| m.name.clone())
            .filter(|n| !n.is_empty());
        let mut s = side(&l.defs, i.format, name);
        s.file = file.to_owned();
        s
    };
    let d = diff_named(&b.defs, side_of(&b, &bn), &r.defs, side_of(&r, &rn));
    let text = if json {
        serde_json::to_string_pretty(&d)? + "\n"
    } else {
        render_human(&d)
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Some(if d.is_unchanged() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }))
}

/// Adds the process comparison of `base` and `reference` to `report`.
pub fn extend(report: &mut Report, base: &Path, reference: &Path) -> Result<()> {
    let b = load(base)?;
    let r = load(reference)?;
    let (bn, rn) = (file_name(base), file_name(reference));
    extend_report(report, &input(&b, &bn), &input(&r, &rn));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::root_namespace;

    #[test]
    fn sniffs_the_root_namespace() {
        let bpmn = r#"<?xml version="1.0"?><!-- x --><bpmn:definitions xmlns:xsi="x" xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"/>"#;
        assert_eq!(
            root_namespace(bpmn).as_deref(),
            Some("http://www.omg.org/spec/BPMN/20100524/MODEL")
        );
        let plain = r#"<definitions xmlns='urn:a' id="d">"#;
        assert_eq!(root_namespace(plain).as_deref(), Some("urn:a"));
        assert_eq!(root_namespace("<a:b>").as_deref(), None);
        assert_eq!(root_namespace("no xml"), None);
    }
}
