//! `fim-py`: the Python package `fim` (pyo3, built with maturin).
//!
//! The extension module is `fim._fim`; the Python package `fim` (`python/fim/`) re-exports
//! it and carries the type stubs (`_fim.pyi`) and `py.typed`. Every function calls the same
//! library functions as the `fim` command line (`fim_xml::read`, `fim_core::lint::lint`,
//! `fim_core::diff::diff`, `fim_core::blockers::analyse`, `fim_core::form`,
//! `fim_process`), so the results agree with the CLI's JSON output.
//!
//! - [`schema`]: `read_schema`, `read_schema_file`, the `Schema` class (lint, JSON Schema,
//!   UI hints, validation), `lint_files` (parallel), `diff`, `blockers`.
//! - [`process`]: `read_process`, the `Process` class (check, metrics, render).
//! - [`errors`]: the exception hierarchy (`FimError` and its subclasses) carrying positions.
//! - [`convert`]: JSON values to Python objects and back.
//! - [`input`]: reading files with the CLI's size limit.
//!
//! The GIL is released (`Python::detach`) for the Rust work: reading, linting, diffing,
//! analysing, compiling forms and validating.
//!
//! Python usage:
//!
//! ```python
//! import fim
//! schema = fim.read_schema_file("fixtures/xdatenfelder/meldung_hund_v3.xml")
//! for f in schema.lint():
//!     print(f.code, f.severity, f.line, f.column, f.element_id, f.message)
//! print(fim.blockers(fim.read_schema_file("baseline.xml"), fim.read_schema_file("reference.xml"))["maturity_target"])
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod convert;
pub mod errors;
pub mod input;
pub mod process;
pub mod schema;

use pyo3::prelude::*;

/// The extension module `fim._fim`.
#[pymodule]
fn _fim(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    errors::register(m)?;
    schema::register(m)?;
    process::register(m)?;
    Ok(())
}
