//! Diagnostics and the rule contract shared by every linter of the project.
//!
//! Detection and rendering are separate: a rule only produces [`Diagnostic`] values (code,
//! severity, German message, German help, location by byte span and element). Renderers
//! (human, JSON, SARIF) turn them into text elsewhere.
//!
//! The same types serve the data-field linter (QS codes 1001-1144, see `lint`) and the
//! process linter of `fim-process` (its own code range), so one CLI, one config and one set
//! of renderers cover both.
//!
//! ```
//! use fim_core::diagnostic::{Diagnostic, Severity, ElementKey};
//! use fim_core::Span;
//! let d = Diagnostic::new("1002", Severity::Error, "Der Name des Elements fehlt.", Span::new(10, 20))
//!     .with_help("Tragen Sie im Element `name` eine Bezeichnung ein.")
//!     .with_element(ElementKey::new("F60000000227", Some("1.2.0")));
//! assert_eq!(d.code, "1002");
//! assert_eq!(d.location.element.as_ref().unwrap().to_string(), "F60000000227 V1.2.0");
//! ```

use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A hint; nothing is wrong (QS `Hinweis`).
    #[default]
    Info,
    /// Probably wrong or against a recommendation (QS `Warnung`).
    Warning,
    /// Against a binding rule (QS `FehlerKritisch`, `FehlerMethodisch`).
    Error,
}

impl Severity {
    /// The lowercase name used in configs and JSON: `info`, `warning`, `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses `info`, `hint`, `warning`, `warn` or `error` (case-insensitive).
    pub fn parse(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "info" | "hint" | "hinweis" => Some(Severity::Info),
            "warning" | "warn" | "warnung" => Some(Severity::Warning),
            "error" | "fehler" => Some(Severity::Error),
            _ => None,
        }
    }

    /// German word for human output: `Hinweis`, `Warnung`, `Fehler`.
    pub fn german(self) -> &'static str {
        match self {
            Severity::Info => "Hinweis",
            Severity::Warning => "Warnung",
            Severity::Error => "Fehler",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The category of a rule as the FIM QS rule table names it (`Typ`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    /// Critical error: the schema cannot be used (portal `critical`).
    FehlerKritisch,
    /// Methodical error: against the FIM method (portal `method`).
    FehlerMethodisch,
    /// Warning (portal `warning`).
    Warnung,
    /// Hint (portal `info`).
    Hinweis,
}

impl Category {
    /// The default severity of a rule in this category.
    pub fn default_severity(self) -> Severity {
        match self {
            Category::FehlerKritisch | Category::FehlerMethodisch => Severity::Error,
            Category::Warnung => Severity::Warning,
            Category::Hinweis => Severity::Info,
        }
    }

    /// The name as written in the QS table.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::FehlerKritisch => "FehlerKritisch",
            Category::FehlerMethodisch => "FehlerMethodisch",
            Category::Warnung => "Warnung",
            Category::Hinweis => "Hinweis",
        }
    }
}

/// An element named by id and version, as FIM experts name elements (`F60000000227 V1.2.0`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ElementKey {
    /// The element id as written in the file.
    pub id: String,
    /// The version as written in the file, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl ElementKey {
    /// Makes a key from an id and an optional version.
    pub fn new(id: impl Into<String>, version: Option<&str>) -> Self {
        ElementKey {
            id: id.into(),
            version: version.map(str::to_owned),
        }
    }
}

impl fmt::Display for ElementKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.version {
            Some(v) => write!(f, "{} V{}", self.id, v),
            None => f.write_str(&self.id),
        }
    }
}

/// Where a finding is: the byte span in the source and, when known, the element and its path.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Location {
    /// Byte span in the source text (`Span::default()` when the element has no source).
    pub span: Span,
    /// The element the finding is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<ElementKey>,
    /// Ids from the root to the element (root first, element last); empty when unknown.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub path: Vec<ElementKey>,
}

/// A secondary place that helps to understand a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// Byte span in the same source.
    pub span: Span,
    /// What this place has to do with the finding (German).
    pub message: String,
}

/// One finding of a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The rule's code, e.g. `1002` for QS rules.
    pub code: Cow<'static, str>,
    /// Severity after configuration.
    pub severity: Severity,
    /// What is wrong, in German, in one sentence.
    pub message: String,
    /// How to fix it, in German.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// The primary location.
    pub location: Location,
    /// Secondary locations.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub labels: Vec<Label>,
}

impl Diagnostic {
    /// A diagnostic with code, severity, message and primary span.
    pub fn new(
        code: impl Into<Cow<'static, str>>,
        severity: Severity,
        message: impl Into<String>,
        span: Span,
    ) -> Self {
        Diagnostic {
            code: code.into(),
            severity,
            message: message.into(),
            help: None,
            location: Location {
                span,
                ..Location::default()
            },
            labels: Vec::new(),
        }
    }

    /// Sets the help text (how to fix).
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the element the finding is about.
    pub fn with_element(mut self, element: ElementKey) -> Self {
        self.location.element = Some(element);
        self
    }

    /// Sets the path of element ids from the root.
    pub fn with_path(mut self, path: Vec<ElementKey>) -> Self {
        self.location.path = path;
        self
    }

    /// Adds a secondary label.
    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }
}

/// The static description of a rule: its code, name, category and documentation.
///
/// Rule tables are slices of rules whose `meta()` returns one of these; docs are generated
/// from `docs` (the rule's doc comment: What it does / Why is this bad / Examples).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleMeta {
    /// The code: the official QS number for data-field rules, e.g. `1002`.
    pub code: &'static str,
    /// kebab-case name, e.g. `name-missing`.
    pub name: &'static str,
    /// Category from the QS table (or the process linter's own).
    pub category: Category,
    /// One line in German: what the rule reports.
    pub summary: &'static str,
    /// Markdown documentation (What it does / Why is this bad / Examples), English.
    pub docs: &'static str,
}

impl RuleMeta {
    /// The default severity, from the category.
    pub fn default_severity(&self) -> Severity {
        self.category.default_severity()
    }
}

/// A rule: a pure function from a subject (a schema, a process, ...) to diagnostics.
///
/// `S` is what the rule looks at, for example a lint context holding a parsed message.
/// Rules emit with their default severity; configuration changes severities afterwards.
pub trait Rule<S: ?Sized>: Sync + Send {
    /// The rule's static description.
    fn meta(&self) -> &'static RuleMeta;
    /// Checks `subject` and pushes every finding to `out`.
    fn check(&self, subject: &S, out: &mut Vec<Diagnostic>);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_orders_and_parses() {
        assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
        assert_eq!(Severity::parse("WARN"), Some(Severity::Warning));
        assert_eq!(Severity::parse("nope"), None);
        assert_eq!(
            Category::FehlerMethodisch.default_severity(),
            Severity::Error
        );
    }

    #[test]
    fn diagnostic_serializes_compactly() {
        let d = Diagnostic::new("1002", Severity::Error, "m", Span::new(1, 2));
        let j = serde_json::to_value(&d).unwrap_or_default();
        assert_eq!(j["code"], "1002");
        assert!(j.get("help").is_none());
        assert!(j["location"].get("element").is_none());
    }
}
