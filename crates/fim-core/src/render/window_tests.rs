//! Excerpts of long lines (issue 13, item 4): a minified file is one line of megabytes, and
//! every finding used to print all of it.

use super::human::{render, HumanOptions};
use super::{line_window, FileDiagnostics, MAX_EXCERPT_CHARS};
use crate::diagnostic::{Diagnostic, Severity};
use crate::span::{LineIndex, Span};

/// One line: `n` fields `<f>wert</f>` with umlauts, so that cutting must respect characters.
fn minified(n: usize) -> String {
    let mut s = String::from("<gruppe>");
    for i in 0..n {
        s.push_str(&format!("<feld id=\"F{i:05}\">Größe ä</feld>"));
    }
    s.push_str("</gruppe>\n");
    s
}

fn finding_at(src: &str, needle: &str) -> Diagnostic {
    let start = src.find(needle).unwrap_or(0);
    let span = Span::new(start as u32, (start + needle.len()) as u32);
    Diagnostic::new("1002", Severity::Error, "Name fehlt.", span)
}

fn rendered(src: &str, ds: &[Diagnostic]) -> String {
    let lines = LineIndex::new(src);
    let f = FileDiagnostics {
        name: "min.xml",
        source: src,
        lines: &lines,
        diagnostics: ds,
    };
    render(&[f], HumanOptions::default())
}

#[test]
fn long_line_is_cut_around_the_span() {
    let src = minified(2000);
    let ds = [
        finding_at(&src, "<feld id=\"F01000\">"),
        finding_at(&src, "<feld id=\"F00000\">"),
        finding_at(&src, "</gruppe>"),
    ];
    let out = rendered(&src, &ds);
    // Bounded: three findings of a 90 KB line stay small.
    assert!(out.len() < 3 * 1000, "{} bytes", out.len());
    for line in out.lines() {
        assert!(line.chars().count() <= MAX_EXCERPT_CHARS + 20, "{line}");
    }
    insta::assert_snapshot!("long_line_excerpts", out);
}

#[test]
fn short_lines_are_shown_whole() {
    let src = "<a>\n\t<feld>x</feld>\n</a>\n";
    let ds = [finding_at(src, "<feld>x</feld>")];
    insta::assert_snapshot!("short_line_excerpt", rendered(src, &ds));
}

#[test]
fn window_respects_char_boundaries_and_spans_past_the_window() {
    let src = "ä".repeat(500);
    // A span starting inside a character and running past the window.
    let w = line_window(&src, 0, 401, 900);
    assert!(w.cut_left && w.cut_right);
    assert_eq!(w.text.chars().count(), MAX_EXCERPT_CHARS);
    assert_eq!(
        w.text.get(..w.mark_from).map(|s| s.chars().count()),
        Some(40)
    );
    assert_eq!(w.mark_to, w.text.len());
    // Span at the very end of the source.
    let w = line_window(&src, 0, src.len(), src.len());
    assert!(w.cut_left && !w.cut_right);
    assert_eq!(w.mark_from, w.text.len());
    // Out-of-range offsets do not panic.
    let _ = line_window(&src, 5000, 7000, 1);
}

#[test]
fn sarif_uris_are_percent_encoded() {
    use super::sarif::uri;
    assert_eq!(uri("dir/a b ü#%.xml"), "dir/a%20b%20%C3%BC%23%25.xml");
    assert_eq!(uri("/tmp/x.xml"), "file:///tmp/x.xml");
    assert_eq!(uri("a\\b.xml"), "a/b.xml");
}

#[test]
fn cr_only_line_ends_cut_the_excerpt() {
    let src = "<a>\r<b/>\r<c/>\r</a>";
    let w = super::line_window(src, 4, 4, 8);
    assert_eq!(w.text, "<b/>");
    assert!(!w.cut_right && !w.cut_left);
}
