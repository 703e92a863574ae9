//! `fim-xml`: reading and writing XDatenfelder 2.0 and 3.0.0 messages (the `fim-core` model).
//!
//! The reader is built on quick-xml events (no serde derive), recognises elements by
//! namespace URI, never by prefix, and detects the version from the root namespace. Every
//! model object carries its byte span; [`Document::lines`] turns spans into 1-based lines and
//! columns (columns counted in characters).
//!
//! Problems in well-formed input (unexpected or missing elements, a group that contains
//! itself, an unreadable `praezisierung`, ...) become [`ReadDiagnostic`]s and reading goes on.
//! Malformed XML, DOCTYPE declarations, unknown entities, characters XML 1.0 forbids (NUL and
//! the other C0 controls except tab/LF/CR, U+FFFE, U+FFFF; anywhere in the input),
//! XDatenfelder 1, unknown namespaces and nesting beyond [`ReadOptions::max_depth`] give a
//! [`ReadError`] with line and column. The genericode reader ([`genericode::read`]) applies
//! the same refusals. No input makes the reader panic (see *Resource policy* in
//! `ARCHITECTURE.md`).
//!
//! The writer ([`write()`], [`write_with`]) writes the model back in the XSD's element order of
//! the message's version; reading its output gives the same model (see [`mod@write`]).
//!
//! ```
//! let xml = r#"<xdf:xdatenfelder.datenfeld.0104 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
//!   <xdf:header><xdf:nachrichtID>1</xdf:nachrichtID></xdf:header>
//!   <xdf:datenfeld><xdf:identifikation><xdf:id>F60000000001</xdf:id>
//!   <xdf:version>1.0.0</xdf:version></xdf:identifikation>
//!   <xdf:name>Familienname</xdf:name></xdf:datenfeld>
//! </xdf:xdatenfelder.datenfeld.0104>"#;
//! let doc = fim_xml::read(xml)?;
//! assert_eq!(doc.message.version, fim_core::XdfVersion::V3);
//! for d in &doc.diagnostics {
//!     // Recoverable problems (here: required elements missing), with line and column.
//!     println!("{}: {d}", doc.position(xml, d.span.start));
//! }
//! // Written back in XSD order and read again: the same model.
//! let again = fim_xml::read(&fim_xml::write(&doc.message))?;
//! assert_eq!(again.message.root_angaben().map(|a| a.name()), Some("Familienname"));
//!
//! // Malformed XML is an error with a position.
//! let err = fim_xml::read("<xdf:a xmlns:xdf='urn:xoev-de:fim:standard:xdatenfelder_3.0.0'>").unwrap_err();
//! assert_eq!(err.position.line, 1);
//! # Ok::<(), fim_xml::ReadError>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod decode;
mod error;
mod events;
pub mod genericode;
mod read;
pub mod write;

pub use decode::{decode, DecodeError, DecodeErrorKind};
pub use error::{DiagnosticKind, ReadDiagnostic, ReadError, ReadErrorKind};
pub use read::{read, read_with, Document, ReadOptions};
pub use write::{write, write_with, WriteError, WriteOptions};
