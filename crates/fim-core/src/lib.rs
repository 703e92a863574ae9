//! `fim-core`: the version-neutral domain model of FIM (Föderales Informationsmanagement).
//!
//! It holds XDatenfelder 2.0 and 3.0.0 messages in one set of types ([`model`]), typed ids,
//! versions and multiplicities ([`ids`]), the code lists of the standard ([`codes`]), source
//! positions ([`span`]) and a traversal of a schema's structure ([`walk`]).
//!
//! This crate does no IO and knows no XML: reading and writing live in `fim-xml`.
//!
//! ```
//! use fim_core::ids::{Anzahl, ElementId, IdKind};
//! let id = ElementId::new("F60000000227");
//! assert_eq!(id.kind(), Some(IdKind::Field));
//! assert_eq!(id.nummernkreis(), Some("60"));
//! let m = Anzahl::new("0:*").multiplicity().unwrap();
//! assert!(m.is_optional() && m.is_repeated());
//! ```
//!
//! Linting, diffing and the form builders work on a [`Message`] (read one with `fim-xml`):
//!
//! ```
//! use fim_core::lint::{lint, LintConfig, LintContext};
//! use fim_core::{Content, Datenfeld, Header, Message, MessageKind, XdfVersion};
//! let mut field = Datenfeld::default();
//! field.angaben.identifikation.id = Some(fim_core::ElementId::new("F60000000001"));
//! let message = Message::new(XdfVersion::V3, MessageKind::Datenfeld, Header::default(),
//!     Content::Field(Box::new(field)));
//! let config = LintConfig::default().resolve()?;
//! let findings = lint(&LintContext::new(&message), &config);
//! assert!(findings.iter().any(|d| d.code == "1002"), "a field without a name");
//! for d in &findings {
//!     println!("{} [{}] {}", d.severity.as_str(), d.code, d.message);
//! }
//! # Ok::<(), fim_core::lint::ConfigError>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod blockers;
pub mod codelist;
pub mod codes;
pub mod convert;
pub mod diagnostic;
pub mod diff;
pub mod form;
pub mod ids;
pub mod lint;
pub mod model;
pub mod render;
pub mod span;
#[cfg(feature = "proptest")]
pub mod strategy;
pub mod walk;

pub use codes::CodeValue;
pub use diagnostic::{Category, Diagnostic, ElementKey, Rule, RuleMeta, Severity};
pub use ids::{Anzahl, ElementId, IdKind, Multiplicity, Version, VersionNumber};
pub use model::*;
pub use span::{LineIndex, Position, Span};
