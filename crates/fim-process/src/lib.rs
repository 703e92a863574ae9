//! `fim-process`: BPMN 2.0 and XProzess reading, the process graph and its analyses.
//!
//! Read a file with [`read()`] (BPMN) or [`read_xprozess`] (XProzess with embedded BPMN),
//! build graphs with [`graph`], check structure with [`lint`], decide soundness with
//! [`analysis::soundness`], measure with [`analysis::metrics`] and draw with [`render`].
//! Compare a baseline with a reference process with [`diff`] and find digitisation blockers
//! with [`blockers`].
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
