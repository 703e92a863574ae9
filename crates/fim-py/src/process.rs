//! BPMN 2.0 and XProzess processes: reading, structural checks and soundness, metrics,
//! drawings, process diff and process blockers.

use crate::convert::{serde_to_py, to_py};
use crate::errors::{Failure, IntoPy as _};
use crate::input;
use crate::schema::{finding, Finding};
use fim_core::LineIndex;
use fim_process::analysis::metrics::metrics;
use fim_process::analysis::soundness::{self, Options};
use fim_process::blockers::{extend_report, ProcessInput};
use fim_process::xprozess::{ProcessMeta, XPROZESS_NS};
use fim_process::{Definitions, ReadError};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use std::path::{Path, PathBuf};

/// Adds the process functions and classes to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Process>()?;
    m.add_function(wrap_pyfunction!(read_process, m)?)?;
    m.add_function(wrap_pyfunction!(read_process_file, m)?)?;
    Ok(())
}

// The Python signature of `Process.check` spells the defaults as literals; they must stay
// the library's defaults.
const _: () = assert!(soundness::DEFAULT_MAX_STATES == 200_000);
const _: () = assert!(soundness::DEFAULT_MAX_STATES_PER_FILE == 1_000_000);

/// A read process: BPMN 2.0, or the model embedded in an XProzess message.
#[pyclass(frozen, module = "fim")]
pub struct Process {
    path: Option<String>,
    /// The BPMN source (for XProzess: the embedded model's text).
    source: String,
    defs: Definitions,
    lines: LineIndex,
    meta: Option<ProcessMeta>,
}

fn process_failure(e: &ReadError) -> Failure {
    // The position travels separately: the message is the kind alone.
    let (position, message) = match e {
        ReadError::Xml(x) => (Some((x.line, x.column)), x.kind.to_string()),
        _ => (None, e.to_string()),
    };
    Failure::ProcessRead {
        message,
        position,
        path: None,
    }
}

/// Reads BPMN or XProzess text, as `fim process` does.
fn load(text: String, path: Option<&Path>) -> Result<Process, Failure> {
    let in_file = |f: Failure| match path {
        Some(p) => f.in_file(p),
        None => f,
    };
    let name = path.map(|p| p.display().to_string());
    match fim_process::read(&text) {
        Ok(doc) => Ok(Process {
            path: name,
            source: text,
            defs: doc.definitions,
            lines: doc.lines,
            meta: None,
        }),
        Err(ReadError::NotBpmn { namespace, .. }) if namespace == XPROZESS_NS => {
            let x = fim_process::read_xprozess(&text).map_err(|e| {
                let (position, message) = match &e {
                    fim_process::XProzessError::Xml(x) => {
                        (Some((x.line, x.column)), x.kind.to_string())
                    }
                    _ => (None, e.to_string()),
                };
                in_file(Failure::ProcessRead {
                    message,
                    position,
                    path: None,
                })
            })?;
            match (x.bpmn, x.bpmn_source) {
                (Some(doc), Some(source)) => Ok(Process {
                    path: name,
                    source,
                    defs: doc.definitions,
                    lines: doc.lines,
                    meta: Some(x.meta),
                }),
                _ => Err(in_file(Failure::ProcessRead {
                    message: format!(
                        "die XProzess-Nachricht enthält kein eingebettetes BPMN-Modell (Datei: {})",
                        x.meta.model_file.as_deref().unwrap_or("keine")
                    ),
                    position: None,
                    path: None,
                })),
            }
        }
        Err(e) => Err(in_file(process_failure(&e))),
    }
}

/// Reads a BPMN 2.0 file or an XProzess message with an embedded model. `source` is XML
/// text (`str`), file bytes (`bytes`) or a path (`os.PathLike`).
#[pyfunction]
pub fn read_process(py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<Process> {
    if let Ok(s) = source.cast::<PyString>() {
        let text = s.to_cow()?.into_owned();
        if input::looks_like_path(&text).is_some() {
            return Err(Failure::ProcessRead {
                message: "kein XML-Text (kein `<` gefunden); einen Pfad als pathlib.Path \
                          übergeben oder read_process_file verwenden"
                    .into(),
                position: None,
                path: None,
            }
            .into_pyerr(py));
        }
        return py.detach(|| load(text, None)).py(py);
    }
    if let Ok(b) = source.cast::<PyBytes>() {
        let bytes = b.as_bytes().to_vec();
        return py
            .detach(|| {
                let text = input::decode(&bytes).map_err(|f| match f {
                    Failure::Read {
                        message, position, ..
                    } => Failure::ProcessRead {
                        message,
                        position,
                        path: None,
                    },
                    other => other,
                })?;
                load(text, None)
            })
            .py(py);
    }
    let path: PathBuf = source.extract().map_err(|_| {
        PyTypeError::new_err(
            "erwartet XML-Text (str), Dateiinhalt (bytes) oder einen Pfad (os.PathLike)",
        )
    })?;
    read_process_file(py, path)
}

/// Reads a process file (path as `str` or `os.PathLike`).
#[pyfunction]
pub fn read_process_file(py: Python<'_>, path: PathBuf) -> PyResult<Process> {
    py.detach(|| {
        let text = input::read_text(&path)?;
        load(text, Some(&path))
    })
    .py(py)
}

impl Process {
    fn file_label(&self, default: &str) -> String {
        self.path
            .as_deref()
            .and_then(|p| Path::new(p).file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| default.to_owned())
    }

    fn format(&self) -> &'static str {
        if self.meta.is_some() {
            "xprozess"
        } else {
            "bpmn"
        }
    }

    fn input<'a>(&'a self, file: &'a str) -> ProcessInput<'a> {
        ProcessInput {
            file,
            format: self.format(),
            definitions: &self.defs,
            meta: self.meta.as_ref(),
        }
    }

    /// The process diff of `self` (baseline) against `reference`.
    pub fn diff(&self, reference: &Process) -> fim_process::diff::ProcessDiff {
        let side = |p: &Process, default: &str| {
            let name = p
                .meta
                .as_ref()
                .map(|m| m.name.clone())
                .filter(|n| !n.is_empty());
            let mut s = fim_process::diff::side(&p.defs, p.format(), name);
            s.file = p.file_label(default);
            s
        };
        fim_process::diff::diff_named(
            &self.defs,
            side(self, "baseline"),
            &reference.defs,
            side(reference, "reference"),
        )
    }

    /// Adds this process (baseline) and `reference` to a blocker report.
    pub fn extend_report(&self, report: &mut fim_core::blockers::Report, reference: &Process) {
        let (bn, rn) = (
            self.file_label("baseline"),
            reference.file_label("reference"),
        );
        extend_report(report, &self.input(&bn), &reference.input(&rn));
    }
}

#[pymethods]
impl Process {
    /// The file it was read from, if any.
    #[getter]
    fn path(&self) -> Option<String> {
        self.path.clone()
    }

    /// `bpmn` or `xprozess`.
    #[getter(format)]
    fn format_py(&self) -> &'static str {
        self.format()
    }

    /// The process name (XProzess metadata, else the BPMN names).
    #[getter]
    fn name(&self) -> Option<String> {
        self.meta
            .as_ref()
            .map(|m| m.name.clone())
            .filter(|n| !n.is_empty())
            .or_else(|| self.defs.name.clone().filter(|n| !n.is_empty()))
            .or_else(|| self.defs.processes.iter().find_map(|p| p.name.clone()))
    }

    /// The BPMN source text (for XProzess the embedded model).
    #[getter]
    fn source(&self) -> &str {
        &self.source
    }

    /// The XProzess metadata as a dict (`None` for plain BPMN).
    #[getter]
    fn xprozess<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.meta.as_ref().map(|m| serde_to_py(py, m)).transpose()
    }

    /// The model as a dict (definitions, processes, lanes, flow nodes, flows, diagram).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let value = py
            .detach(|| serde_json::to_value(&self.defs))
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
        to_py(py, &value)
    }

    /// Structural and FIM rules (P001-P199) and soundness (P201-P205), as `fim process
    /// check`.
    #[pyo3(signature = (*, soundness=true, max_states=200_000, max_states_file=1_000_000))]
    fn check(
        &self,
        py: Python<'_>,
        soundness: bool,
        max_states: usize,
        max_states_file: usize,
    ) -> Vec<Finding> {
        py.detach(|| {
            let mut found = fim_process::lint::lint(&self.defs, self.meta.as_ref());
            if soundness {
                found.extend(soundness::diagnostics(
                    &self.defs,
                    &Options {
                        max_states,
                        max_states_per_file: max_states_file,
                    },
                ));
            }
            found
                .iter()
                .map(|d| finding(d, &self.source, &self.lines, &|_| None))
                .collect()
        })
    }

    /// Metrics per process (the `fim process metrics --json` document).
    fn metrics<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let m = py.detach(|| metrics(&self.defs));
        serde_to_py(py, &m)
    }

    /// The process drawn as `dot`, `mermaid` or `svg` (SVG needs BPMN DI).
    #[pyo3(signature = (format="dot"))]
    fn render(&self, py: Python<'_>, format: &str) -> PyResult<String> {
        let out = match format {
            "dot" => Ok(fim_process::render::dot(&self.defs)),
            "mermaid" => Ok(fim_process::render::mermaid(&self.defs)),
            "svg" => fim_process::render::svg(&self.defs).ok_or_else(|| Failure::Schema {
                message: "das Modell enthält kein Diagramm (BPMN DI)".into(),
            }),
            other => Err(Failure::Config(format!(
                "unbekanntes Format `{other}` (erlaubt: dot, mermaid, svg)"
            ))),
        };
        out.py(py)
    }

    fn __repr__(&self) -> String {
        format!(
            "Process({} {:?}, {} Prozess(e))",
            self.format(),
            self.name().unwrap_or_default(),
            self.defs.processes.len()
        )
    }
}
