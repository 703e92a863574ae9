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
//!
//! ```
//! use fim_process::analysis::{metrics, soundness};
//! let src = r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
//!   <process id="p" name="Antrag">
//!     <startEvent id="s"/><userTask id="t" name="Antrag stellen"/><endEvent id="e"/>
//!     <sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
//!     <sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
//!   </process></definitions>"#;
//! let doc = fim_process::read(src)?;
//! let m = metrics::metrics(&doc.definitions);
//! assert_eq!(m.processes[0].activities, 1);
//! // Structure and soundness findings are `fim_core::Diagnostic`s (German messages).
//! let mut found = fim_process::lint::lint(&doc.definitions, None);
//! found.extend(soundness::diagnostics(&doc.definitions, &soundness::Options::default()));
//! assert!(found.iter().all(|d| !d.code.starts_with("P20")), "sound: {found:?}");
//! println!("{}", fim_process::render::mermaid(&doc.definitions));
//! # Ok::<(), fim_process::ReadError>(())
//! ```
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
