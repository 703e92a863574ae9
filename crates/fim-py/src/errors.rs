//! The exception hierarchy of the Python package.
//!
//! ```text
//! FimError (Exception)
//! ├── ReadError          line, column, path: the input is not readable (malformed XML,
//! │   │                  DOCTYPE, unsupported version, safety limit, undecodable bytes)
//! │   └── ProcessReadError  a BPMN/XProzess file that cannot be read
//! ├── SchemaError        path: the message holds no schema, group or field
//! ├── ConfigError        an unknown rule, severity, preset, level or format
//! └── ValidationError    errors: a submission is invalid (`Schema.check`)
//! ```
//!
//! The messages are the library's German messages. `line` and `column` are 1-based
//! (column in characters), `None` where no position is known.

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use std::path::Path;

create_exception!(
    fim,
    FimError,
    PyException,
    "Base class of all errors of the fim package."
);
create_exception!(
    fim,
    ReadError,
    FimError,
    "The input cannot be read; `line`, `column` (1-based) and `path` say where."
);
create_exception!(
    fim,
    ProcessReadError,
    ReadError,
    "A BPMN 2.0 or XProzess file cannot be read."
);
create_exception!(
    fim,
    SchemaError,
    FimError,
    "The message holds no schema, group or field for this operation."
);
create_exception!(
    fim,
    ConfigError,
    FimError,
    "An unknown rule, severity, preset, level or format."
);
create_exception!(
    fim,
    ValidationError,
    FimError,
    "A submission does not match the schema; `errors` lists every problem."
);

/// Adds the exception classes to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("FimError", py.get_type::<FimError>())?;
    m.add("ReadError", py.get_type::<ReadError>())?;
    m.add("ProcessReadError", py.get_type::<ProcessReadError>())?;
    m.add("SchemaError", py.get_type::<SchemaError>())?;
    m.add("ConfigError", py.get_type::<ConfigError>())?;
    m.add("ValidationError", py.get_type::<ValidationError>())?;
    Ok(())
}

/// A fatal problem found by the Rust side, before it becomes a Python exception (the Rust
/// work runs without the GIL, so it cannot build Python objects).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// A file could not be opened or read (becomes `OSError`).
    Io {
        /// The file.
        path: String,
        /// The OS error kind.
        kind: std::io::ErrorKind,
        /// The German message.
        message: String,
    },
    /// The input is not readable ([`ReadError`]).
    Read {
        /// The German message (without position).
        message: String,
        /// 1-based line and column, when known.
        position: Option<(u32, u32)>,
        /// The file, when read from one.
        path: Option<String>,
    },
    /// A process file is not readable ([`ProcessReadError`]).
    ProcessRead {
        /// The German message.
        message: String,
        /// 1-based line and column, when known.
        position: Option<(u32, u32)>,
        /// The file, when read from one.
        path: Option<String>,
    },
    /// No schema, group or field ([`SchemaError`]).
    Schema {
        /// The German message.
        message: String,
    },
    /// A configuration problem ([`ConfigError`]).
    Config(String),
}

impl Failure {
    /// A read failure with position.
    pub fn read(message: impl ToString, line: u32, column: u32) -> Failure {
        Failure::Read {
            message: message.to_string(),
            position: Some((line, column)),
            path: None,
        }
    }

    /// The same failure naming the file it came from.
    #[must_use]
    pub fn in_file(self, file: &Path) -> Failure {
        let name = file.display().to_string();
        match self {
            Failure::Read {
                message, position, ..
            } => Failure::Read {
                message,
                position,
                path: Some(name),
            },
            Failure::ProcessRead {
                message, position, ..
            } => Failure::ProcessRead {
                message,
                position,
                path: Some(name),
            },
            other => other,
        }
    }

    /// The Python exception.
    pub fn into_pyerr(self, py: Python<'_>) -> PyErr {
        match self {
            Failure::Io {
                path,
                kind,
                message,
            } => {
                let text = format!("{path}: {message}");
                PyErr::from(std::io::Error::new(kind, text))
            }
            Failure::Read {
                message,
                position,
                path,
            } => positioned(py, ReadError::new_err, message, position, path),
            Failure::ProcessRead {
                message,
                position,
                path,
            } => positioned(py, ProcessReadError::new_err, message, position, path),
            Failure::Schema { message } => SchemaError::new_err(message),
            Failure::Config(message) => ConfigError::new_err(message),
        }
    }
}

/// An exception whose text is `path:line:column: message` (as the CLI prints it) with the
/// attributes `line`, `column`, `path` and `message`.
fn positioned(
    py: Python<'_>,
    make: fn(String) -> PyErr,
    message: String,
    position: Option<(u32, u32)>,
    path: Option<String>,
) -> PyErr {
    let mut text = String::new();
    if let Some(p) = &path {
        text.push_str(p);
        text.push(':');
    }
    if let Some((l, c)) = position {
        text.push_str(&format!("{l}:{c}:"));
    }
    if !text.is_empty() {
        text.push(' ');
    }
    text.push_str(&message);
    let err = make(text);
    let value = err.value(py);
    let (line, column) = match position {
        Some((l, c)) => (Some(l), Some(c)),
        None => (None, None),
    };
    // Setting attributes on a fresh exception instance cannot fail in practice; if it
    // did, the exception would still carry its text.
    let _ = value.setattr("line", line);
    let _ = value.setattr("column", column);
    let _ = value.setattr("path", path);
    let _ = value.setattr("message", message);
    err
}

/// Converts a [`Failure`] result into a Python result.
pub trait IntoPy<T> {
    /// The Python form of the result.
    fn py(self, py: Python<'_>) -> PyResult<T>;
}

impl<T> IntoPy<T> for Result<T, Failure> {
    fn py(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|f| f.into_pyerr(py))
    }
}
