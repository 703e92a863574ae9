//! The human renderer: one block per finding, like rustc.
//!
//! ```text
//! fehler[1006]: F60000000001 V1.0.0 ist rechtsnormgebunden, nennt aber keine Handlungsgrundlage.
//!   --> schema.xml:12:5
//!    |
//! 12 |     <xdf:datenfeld>
//!    |     ^^^^^^^^^^^^^^^ F60000000001 V1.0.0
//!    |
//!    = Pfad: S60000000001 V1.0.0 > F60000000001 V1.0.0
//!    = hilfe: Tragen Sie in `bezug` die Rechtsnorm ein …
//! ```
//!
//! The output is deterministic. Colour (ANSI) is used only when asked for.

use super::FileDiagnostics;
use crate::diagnostic::{Diagnostic, Severity};
use crate::span::Span;
use std::fmt::Write as _;

/// Options of the human renderer.
#[derive(Debug, Clone, Copy, Default)]
pub struct HumanOptions {
    /// Emit ANSI colours (only for terminals).
    pub color: bool,
}

/// Renders every finding of every file, then a summary line.
pub fn render(files: &[FileDiagnostics<'_>], opts: HumanOptions) -> String {
    let mut out = String::new();
    let mut counts = [0usize; 3];
    for file in files {
        for d in file.diagnostics {
            render_one(&mut out, file, d, opts);
            counts[d.severity as usize] += 1;
        }
    }
    let [info, warn, err] = counts;
    if info + warn + err == 0 {
        out.push_str("Keine Befunde.\n");
    } else {
        let _ = writeln!(
            out,
            "{} Befund(e): {err} Fehler, {warn} Warnung(en), {info} Hinweis(e).",
            info + warn + err
        );
    }
    out
}

fn paint(opts: HumanOptions, code: &str, text: &str) -> String {
    if opts.color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

/// Renders one finding into `out`.
pub fn render_one(
    out: &mut String,
    file: &FileDiagnostics<'_>,
    d: &Diagnostic,
    opts: HumanOptions,
) {
    let colour = match d.severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;36",
    };
    let head = format!("{}[{}]", d.severity.german().to_lowercase(), d.code);
    let _ = writeln!(out, "{}: {}", paint(opts, colour, &head), d.message);
    // Only the start is shown; each position costs a scan of its line up to the column.
    let start = file.lines.position(file.source, d.location.span.start);
    let gutter = " ".repeat(start.line.to_string().len().max(2));
    let _ = writeln!(
        out,
        "{gutter}--> {}:{}:{}",
        file.name, start.line, start.column
    );
    let _ = writeln!(out, "{gutter} |");
    let note = d
        .location
        .element
        .as_ref()
        .map(|e| e.to_string())
        .unwrap_or_default();
    excerpt(out, file, d.location.span, start.line, '^', &note, &gutter);
    for l in &d.labels {
        let p = file.lines.position(file.source, l.span.start);
        let _ = writeln!(out, "{gutter} = {}:{}:{}", file.name, p.line, p.column);
        excerpt(out, file, l.span, p.line, '-', &l.message, &gutter);
    }
    let _ = writeln!(out, "{gutter} |");
    if !d.location.path.is_empty() {
        let path: Vec<String> = d.location.path.iter().map(|k| k.to_string()).collect();
        let _ = writeln!(out, "{gutter} = Pfad: {}", path.join(" > "));
    }
    if let Some(h) = &d.help {
        let _ = writeln!(out, "{gutter} = {}: {h}", paint(opts, "1", "hilfe"));
    }
    out.push('\n');
}

/// Prints the first line of `span` with the covered part marked by `mark`; a long line is
/// cut to a window of at most [`super::MAX_EXCERPT_CHARS`] characters around the span.
fn excerpt(
    out: &mut String,
    file: &FileDiagnostics<'_>,
    span: Span,
    line: u32,
    mark: char,
    note: &str,
    gutter: &str,
) {
    let Some(line_start) = file.lines.line_start(line) else {
        return;
    };
    let w = super::line_window(
        file.source,
        line_start as usize,
        span.start as usize,
        span.end as usize,
    );
    let width = gutter.len();
    let (left, right) = (
        if w.cut_left { "…" } else { "" },
        if w.cut_right { "…" } else { "" },
    );
    let _ = writeln!(
        out,
        "{:>width$} | {left}{}{right}",
        line,
        w.text.replace('\t', "    ")
    );
    let mut prefix: String = if w.cut_left {
        " ".into()
    } else {
        String::new()
    };
    prefix.extend(w.text.get(..w.mark_from).unwrap_or("").chars().map(|c| {
        if c == '\t' {
            "    "
        } else {
            " "
        }
    }));
    let n = w
        .text
        .get(w.mark_from..w.mark_to)
        .unwrap_or("")
        .chars()
        .count()
        .max(1);
    let marks: String = std::iter::repeat_n(mark, n).collect();
    let sep = if note.is_empty() { "" } else { " " };
    let _ = writeln!(out, "{gutter} | {prefix}{marks}{sep}{note}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::ElementKey;
    use crate::span::LineIndex;

    #[test]
    fn marks_the_first_line_of_the_span() {
        let src = "<a>\n  <feld>x</feld>\n</a>\n";
        let lines = LineIndex::new(src);
        let d = Diagnostic::new("1002", Severity::Error, "Name fehlt.", Span::new(6, 19))
            .with_help("Namen eintragen.")
            .with_element(ElementKey::new("F1", Some("1.0")))
            .with_path(vec![
                ElementKey::new("S1", None),
                ElementKey::new("F1", Some("1.0")),
            ]);
        let ds = [d];
        let f = FileDiagnostics {
            name: "t.xml",
            source: src,
            lines: &lines,
            diagnostics: &ds,
        };
        let s = render(&[f], HumanOptions::default());
        assert_eq!(
            s,
            "fehler[1002]: Name fehlt.\n  --> t.xml:2:3\n   |\n 2 |   <feld>x</feld>\n   |   ^^^^^^^^^^^^^ F1 V1.0\n   |\n   = Pfad: S1 > F1 V1.0\n   = hilfe: Namen eintragen.\n\n1 Befund(e): 1 Fehler, 0 Warnung(en), 0 Hinweis(e).\n"
        );
    }
}
