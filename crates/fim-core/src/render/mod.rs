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

impl FileDiagnostics<'_> {
    /// Start and end position of `span`.
    pub fn range(&self, span: Span) -> (Position, Position) {
        (
            self.lines.position(self.source, span.start),
            self.lines.position(self.source, span.end.max(span.start)),
        )
    }
}
