//! Renderers of diagnostics: human (source excerpt with the span marked, like rustc), JSON
//! (documented by `schemas/lint-output.schema.json`) and SARIF 2.1.0. Detection knows
//! nothing about them; they know nothing about files: each renders to a `String`.
//!
//! Every renderer takes, per file, its name, source text, [`LineIndex`] and diagnostics
//! ([`FileDiagnostics`]), so findings of any linter (QS codes, process codes) render alike.
//! Rule metadata (name, category, docs) comes through a [`MetaLookup`].

pub mod human;
pub mod json;
pub mod sarif;

#[cfg(test)]
mod window_tests;

use crate::diagnostic::{Diagnostic, RuleMeta};
use crate::span::{LineIndex, Position, Span};

/// Finds the static description of a rule by code (`None` for unknown codes).
pub type MetaLookup<'a> = &'a dyn Fn(&str) -> Option<&'static RuleMeta>;

/// The QS rule table as a [`MetaLookup`].
pub fn qs_meta(code: &str) -> Option<&'static RuleMeta> {
    crate::lint::rule_by_code(code).map(|r| r.meta())
}

/// One file's findings with what is needed to show them.
#[derive(Debug, Clone, Copy)]
pub struct FileDiagnostics<'a> {
    /// The file name as it should appear in the output.
    pub name: &'a str,
    /// The source text the spans point into.
    pub source: &'a str,
    /// Line index of `source`.
    pub lines: &'a LineIndex,
    /// The findings, in the order to show them.
    pub diagnostics: &'a [Diagnostic],
}

/// A file that could not be read or parsed: renderers list it so that a run over a broken
/// file does not look clean (JSON: an entry with `error`; SARIF: a tool execution
/// notification and `executionSuccessful: false`).
#[derive(Debug, Clone, Copy)]
pub struct FileFailure<'a> {
    /// The file name as it should appear in the output.
    pub name: &'a str,
    /// What went wrong (German), without the file name and position.
    pub message: &'a str,
    /// Where, when known (1-based line and column).
    pub position: Option<Position>,
}

/// Most characters of a source line a renderer shows (human excerpt, SARIF snippet). A longer
/// line (minified XML can be one line of megabytes) is cut to a window around the span, with
/// `…` where it was cut.
pub const MAX_EXCERPT_CHARS: usize = 120;

/// Characters kept before the span when a long line is cut.
const CONTEXT_BEFORE: usize = 40;

/// The part of one source line a renderer shows; see [`line_window`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window<'a> {
    /// The shown text (no line end).
    pub text: &'a str,
    /// The line goes on before `text`.
    pub cut_left: bool,
    /// The line goes on after `text`.
    pub cut_right: bool,
    /// Byte offset in `text` where the span starts.
    pub mark_from: usize,
    /// Byte offset in `text` where the marked part ends (the span's end, or the end of
    /// `text` when the span goes on).
    pub mark_to: usize,
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The window of the line starting at byte `line_start` that shows the span `start..end`:
/// the whole line when it has at most [`MAX_EXCERPT_CHARS`] characters, else that many
/// characters from a little before `start`. Work is bounded by the window, not the line.
pub(crate) fn line_window(source: &str, line_start: usize, start: usize, end: usize) -> Window<'_> {
    let line_start = floor_boundary(source, line_start);
    let start = floor_boundary(source, start.max(line_start));
    let rest = source.get(line_start..).unwrap_or("");
    let mut count = 0;
    let mut short_end = Some(rest.len());
    // A line ends at `\n`, `\r\n` or a lone `\r` (as in `LineIndex`).
    for (i, c) in rest.char_indices() {
        if c == '\n' || c == '\r' {
            short_end = Some(i);
            break;
        }
        count += 1;
        if count > MAX_EXCERPT_CHARS {
            short_end = None;
            break;
        }
    }
    let (from, to) = match short_end {
        Some(e) => (line_start, line_start + e),
        None => {
            let before = source.get(line_start..start).unwrap_or("");
            let from = before
                .char_indices()
                .rev()
                .take(CONTEXT_BEFORE)
                .last()
                .map_or(start, |(i, _)| line_start + i);
            let after = source.get(from..).unwrap_or("");
            let mut to = source.len();
            for (n, (i, c)) in after.char_indices().enumerate() {
                if c == '\n' || c == '\r' || n == MAX_EXCERPT_CHARS {
                    to = from + i;
                    break;
                }
            }
            (from, to)
        }
    };
    let text = source.get(from..to).unwrap_or("");
    let cut_right = short_end.is_none()
        && !matches!(
            source.get(to..).and_then(|r| r.chars().next()),
            None | Some('\n' | '\r')
        );
    let text = text.strip_suffix('\r').unwrap_or(text);
    let mark_from = (start - from).min(text.len());
    let mark_to = floor_boundary(text, end.saturating_sub(from)).max(mark_from);
    Window {
        text,
        cut_left: from > line_start,
        cut_right,
        mark_from,
        mark_to,
    }
}

impl FileDiagnostics<'_> {
    /// Start and end position of `span`.
    pub fn range(&self, span: Span) -> (Position, Position) {
        (
            self.lines.position(self.source, span.start),
            self.lines.position(self.source, span.end.max(span.start)),
        )
    }
}
