//! `fim-process`: BPMN 2.0 and XProzess reading, the process graph and its analyses.
//!
//! Read a file with [`read()`] (BPMN) or [`read_xprozess`] (XProzess with embedded BPMN),
//! build graphs with [`graph`], check structure with [`lint`], decide soundness with
//! [`analysis::soundness`], measure with [`analysis::metrics`] and draw with [`render`].
//! Compare a baseline with a reference process with [`diff`] and find digitisation blockers
//! with [`blockers`].
//!
//! Both readers refuse hostile input before parsing it, with a German [`XmlError`] that
//! carries line and column: DOCTYPE declarations (so no entity is ever expanded), nesting
//! deeper than [`read::MAX_DEPTH`], more than [`read::MAX_ATTRIBUTES`] attributes on an
//! element, characters XML 1.0 forbids, and inputs over [`read::MAX_INPUT_BYTES`]; an
//! embedded XProzess model is unpacked to at most [`xprozess::MAX_EMBEDDED_BYTES`]. See
//! [`xml`] and *Resource policy* in `ARCHITECTURE.md`.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod analysis;
pub mod blockers;
pub mod diff;
pub mod generate;
pub mod graph;
pub mod lint;
pub mod model;
pub mod read;
pub mod render;
pub mod xml;
pub mod xprozess;

pub use model::*;
pub use read::{read, Document, ReadError};
pub use xml::{XmlError, XmlErrorKind};
pub use xprozess::{read_xprozess, XProzess, XProzessError};
