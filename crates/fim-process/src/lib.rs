//! `fim-process`: BPMN 2.0 and XProzess reading, the process graph and its analyses.
//!
//! Empty for now: the process reader and graph arrive with their own issue. The crate exists
//! so that the workspace layout is stable for crates that will depend on it.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
