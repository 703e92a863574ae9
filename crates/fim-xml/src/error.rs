//! Errors (the reader cannot go on) and diagnostics (it went on and reports a problem).
//!
//! Messages are German: they are shown to FIM method experts. Each carries the byte offset
//! or span and, for errors, the 1-based line and column.

use fim_core::{Position, Span};
use serde::Serialize;
use thiserror::Error;

/// A fatal reading error: the input is not well-formed XML, not an XDatenfelder message of a
/// supported version, or exceeds a safety limit.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{position}: {kind}")]
pub struct ReadError {
    /// What went wrong.
    pub kind: ReadErrorKind,
    /// Byte offset where the problem was detected.
    pub offset: u32,
    /// Line and column of `offset`.
    pub position: Position,
}

/// The kinds of [`ReadError`].
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ReadErrorKind {
    /// The XML is malformed.
    #[error("kein wohlgeformtes XML: {0}")]
    Syntax(String),
    /// The document ended before the root element was closed.
    #[error("unerwartetes Dateiende: das Wurzelelement ist nicht geschlossen")]
    UnexpectedEof,
    /// The document has no root element.
    #[error("das Dokument enthält kein Wurzelelement")]
    NoRoot,
    /// A DOCTYPE declaration was found; DTDs and entity declarations are refused.
    #[error("DOCTYPE-Deklarationen werden aus Sicherheitsgründen abgelehnt")]
    Doctype,
    /// An entity reference other than the five predefined ones.
    #[error("unbekannte Entität `&{0};` (nur &lt; &gt; &amp; &apos; &quot; und Zeichenreferenzen sind erlaubt)")]
    UnknownEntity(String),
    /// A character reference that is not a valid XML character.
    #[error("ungültige Zeichenreferenz `&{0};`")]
    InvalidCharRef(String),
    /// An XDatenfelder version this library does not read (XDatenfelder 1).
    #[error("XDatenfelder-Version nicht unterstützt: Namensraum `{namespace}` (unterstützt: 2.0 und 3.0.0)")]
    UnsupportedVersion {
        /// The root element's namespace.
        namespace: String,
    },
    /// The root element is not in an XDatenfelder namespace.
    #[error("kein XDatenfelder-Dokument: Wurzelelement `{root}` im Namensraum `{namespace}`")]
    UnknownNamespace {
        /// The root element's qualified name.
        root: String,
        /// Its namespace (empty when none).
        namespace: String,
    },
    /// The root element is in an XDatenfelder namespace but is no known message.
    #[error("unbekannte XDatenfelder-Nachricht `{0}`")]
    UnknownMessage(String),
    /// Elements are nested deeper than the configured limit.
    #[error("Verschachtelungstiefe über dem Grenzwert {0}")]
    TooDeep(usize),
    /// More namespace declarations in scope than the reader accepts.
    #[error("mehr als {0} Namensraum-Deklarationen gleichzeitig gültig")]
    TooManyNamespaces(usize),
    /// A character XML 1.0 forbids anywhere in a document: NUL and the other C0 controls
    /// except tab, line feed and carriage return, U+FFFE and U+FFFF (the value is the code
    /// point).
    #[error("das Zeichen U+{0:04X} ist in XML 1.0 nicht erlaubt")]
    ForbiddenChar(u32),
    /// The input is 4 GiB or larger.
    #[error("Eingabe zu groß (höchstens 4 GiB)")]
    TooLarge,
    /// A genericode document that is well-formed but unusable as a code list (no canonical
    /// URI, no columns, wrong root element).
    #[error("keine verwendbare Genericode-Codeliste: {0}")]
    InvalidCodeList(String),
}

/// The kinds of recoverable problems the reader reports while it goes on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind")]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// An element that does not belong here; kept verbatim in the model's `unknown` list.
    UnexpectedElement {
        /// The element's qualified name.
        name: String,
        /// Local name of the parent element.
        parent: String,
    },
    /// Non-whitespace text where only elements are allowed.
    UnexpectedText {
        /// Local name of the parent element.
        parent: String,
    },
    /// A required element is missing.
    MissingElement {
        /// Local name of the missing element.
        name: String,
        /// Local name of the parent element.
        parent: String,
    },
    /// An element that may occur once occurs again; the first one is used, the repeat is kept
    /// verbatim in the model's `unknown` list.
    DuplicateElement {
        /// Local name of the repeated element.
        name: String,
    },
    /// An element that must have content is empty.
    EmptyValue {
        /// Local name of the element.
        name: String,
    },
    /// A `praezisierung` that cannot be read (invalid JSON, non-numeric length, ...).
    InvalidPraezisierung {
        /// What is wrong.
        detail: String,
    },
    /// An attribute value that cannot be read; kept as written.
    InvalidAttribute {
        /// Attribute name.
        name: String,
        /// What is wrong.
        detail: String,
    },
    /// A group contains itself, directly or through other groups.
    GroupCycle {
        /// The group's id (and version).
        id: String,
        /// Span of the ancestor with the same id.
        ancestor: Span,
    },
}

/// A recoverable problem found while reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadDiagnostic {
    /// What is wrong.
    #[serde(flatten)]
    pub kind: DiagnosticKind,
    /// Where.
    pub span: Span,
}

impl std::fmt::Display for DiagnosticKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DiagnosticKind::UnexpectedElement { name, parent } => {
                write!(f, "unerwartetes Element `{name}` in `{parent}`")
            }
            DiagnosticKind::UnexpectedText { parent } => {
                write!(f, "unerwarteter Text in `{parent}` (nur Elemente erlaubt)")
            }
            DiagnosticKind::MissingElement { name, parent } => {
                write!(f, "Pflichtelement `{name}` fehlt in `{parent}`")
            }
            DiagnosticKind::DuplicateElement { name } => {
                write!(f, "Element `{name}` ist mehrfach angegeben; das erste gilt")
            }
            DiagnosticKind::EmptyValue { name } => write!(f, "Element `{name}` ist leer"),
            DiagnosticKind::InvalidPraezisierung { detail } => {
                write!(f, "Präzisierung nicht lesbar: {detail}")
            }
            DiagnosticKind::InvalidAttribute { name, detail } => {
                write!(f, "Attribut `{name}` nicht lesbar: {detail}")
            }
            DiagnosticKind::GroupCycle { id, .. } => {
                write!(f, "Datenfeldgruppe {id} enthält sich selbst")
            }
        }
    }
}

impl std::fmt::Display for ReadDiagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.kind.fmt(f)
    }
}
