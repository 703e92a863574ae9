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
