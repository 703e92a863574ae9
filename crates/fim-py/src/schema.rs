//! XDatenfelder schemas: reading, QS lint, diff, blockers, JSON Schema, UI hints and
//! validation.

use crate::convert::{from_py, serde_to_py, to_py};
use crate::errors::{Failure, IntoPy as _, ValidationError};
use crate::input;
use crate::process::Process;
use fim_core::codelist::CodeLists;
use fim_core::diagnostic::Diagnostic;
use fim_core::form::{json_schema, ui_hints, Form, FormOptions, Validation, Validator};
use fim_core::lint::{lint, LintConfig, LintContext, Preset, ResolvedConfig};
use fim_core::{LineIndex, Span};
use pyo3::exceptions::{PyTypeError, PyUserWarning};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::ffi::CString;
use std::path::{Path, PathBuf};

/// Adds the schema functions and classes to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Schema>()?;
    m.add_class::<ReadNote>()?;
    m.add_class::<Finding>()?;
    m.add_class::<ValidationIssue>()?;
    m.add_function(wrap_pyfunction!(read_schema, m)?)?;
    m.add_function(wrap_pyfunction!(read_schema_file, m)?)?;
    m.add_function(wrap_pyfunction!(lint_files, m)?)?;
    m.add_function(wrap_pyfunction!(diff, m)?)?;
    m.add_function(wrap_pyfunction!(blockers, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    Ok(())
}

/// Where a schema comes from.
enum Source {
    Text(String),
    Bytes(Vec<u8>),
    Path(PathBuf),
}

/// `str` is XML text, `bytes`/`bytearray` the bytes of a file, anything else a path.
fn source_of(obj: &Bound<'_, PyAny>) -> PyResult<Source> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Source::Text(s.to_cow()?.into_owned()));
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Source::Bytes(b.as_bytes().to_vec()));
    }
    if let Ok(b) = obj.extract::<Vec<u8>>() {
        return Ok(Source::Bytes(b));
    }
    obj.extract::<PathBuf>().map(Source::Path).map_err(|_| {
        PyTypeError::new_err(
            "erwartet XML-Text (str), Dateiinhalt (bytes) oder einen Pfad (os.PathLike)",
        )
    })
}

fn read_error(e: &fim_xml::ReadError) -> Failure {
    Failure::read(&e.kind, e.position.line, e.position.column)
}

/// Reads a schema from its text (off the GIL).
fn load(source: Source) -> Result<Schema, Failure> {
    let (text, path) = match source {
        Source::Text(t) => match input::looks_like_path(&t) {
            Some(f) => return Err(f),
            None => (t, None),
        },
        Source::Bytes(b) => (input::decode(&b)?, None),
        Source::Path(p) => (input::read_text(&p)?, Some(p)),
    };
    let doc = fim_xml::read(&text).map_err(|e| match &path {
        Some(p) => read_error(&e).in_file(p),
        None => read_error(&e),
    })?;
    Ok(Schema {
        path: path.map(|p| p.display().to_string()),
        source: text,
        doc,
    })
}

/// Reads an XDatenfelder 2.0 or 3.0.0 message.
///
/// `source` is XML text (`str`), the bytes of a file (`bytes`, decoded by the XML rules:
/// BOM, UTF-16, declared encoding) or a path (`pathlib.Path` or any `os.PathLike`). Use
/// [`read_schema_file`] to read from a path given as `str`.
#[pyfunction]
pub fn read_schema(py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<Schema> {
    let source = source_of(source)?;
    py.detach(|| load(source)).py(py)
}

/// Reads an XDatenfelder file (path as `str` or `os.PathLike`).
#[pyfunction]
pub fn read_schema_file(py: Python<'_>, path: PathBuf) -> PyResult<Schema> {
    py.detach(|| load(Source::Path(path))).py(py)
}

/// A read XDatenfelder message with its source text.
#[pyclass(frozen, module = "fim")]
pub struct Schema {
    path: Option<String>,
    source: String,
    doc: fim_xml::Document,
}

/// A recoverable problem found while reading (reading went on).
#[pyclass(frozen, get_all, module = "fim")]
#[derive(Debug, Clone)]
pub struct ReadNote {
    /// The problem's kind (`UnexpectedElement`, `MissingElement`, ...).
    pub kind: String,
    /// German message.
    pub message: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (characters).
    pub column: u32,
}

#[pymethods]
impl ReadNote {
    fn __repr__(&self) -> String {
        format!(
            "ReadNote({}:{}: {}: {})",
            self.line, self.column, self.kind, self.message
        )
    }
}

/// One lint finding.
#[pyclass(frozen, get_all, module = "fim")]
#[derive(Debug, Clone)]
pub struct Finding {
    /// Rule code (`1006`, `P201`).
    pub code: String,
    /// Rule name (`rng-without-bezug`), when the rule is known.
    pub name: Option<String>,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// German message.
    pub message: String,
    /// German help, if any.
    pub help: Option<String>,
    /// 1-based start line.
    pub line: u32,
    /// 1-based start column (characters).
    pub column: u32,
    /// 1-based end line.
    pub end_line: u32,
    /// 1-based end column.
    pub end_column: u32,
    /// Byte offsets of the span in the source text.
    pub start_offset: u32,
    /// End byte offset.
    pub end_offset: u32,
    /// Id of the element the finding is about.
    pub element_id: Option<String>,
    /// Version of that element.
    pub element_version: Option<String>,
    /// Ids from the root to the element (`id Vversion` where there is a version).
    pub path: Vec<String>,
}

#[pymethods]
impl Finding {
    fn __repr__(&self) -> String {
        format!(
            "Finding({} {} {}:{} {}: {})",
            self.code,
            self.severity,
            self.line,
            self.column,
            self.element_id.as_deref().unwrap_or("-"),
            self.message
        )
    }

    fn __str__(&self) -> String {
        format!(
            "{}:{}: {}[{}]: {}",
            self.line, self.column, self.severity, self.code, self.message
        )
    }
}

/// A finding from a diagnostic, with positions computed from the source.
pub fn finding(
    d: &Diagnostic,
    source: &str,
    lines: &LineIndex,
    meta: fim_core::render::MetaLookup<'_>,
) -> Finding {
    let Span { start, end } = d.location.span;
    let s = lines.position(source, start);
    let e = lines.position(source, end.max(start));
    let key = |k: &fim_core::ElementKey| match &k.version {
        Some(v) => format!("{} V{v}", k.id),
        None => k.id.clone(),
    };
    Finding {
        code: d.code.to_string(),
        name: meta(&d.code).map(|m| m.name.to_owned()),
        severity: d.severity.as_str().to_owned(),
        message: d.message.clone(),
        help: d.help.clone(),
        line: s.line,
        column: s.column,
        end_line: e.line,
        end_column: e.column,
        start_offset: start,
        end_offset: end,
        element_id: d.location.element.as_ref().map(|k| k.id.clone()),
        element_version: d.location.element.as_ref().and_then(|k| k.version.clone()),
        path: d.location.path.iter().map(key).collect(),
    }
}

/// One error of a submission.
#[pyclass(frozen, get_all, module = "fim")]
#[derive(Debug, Clone)]
pub struct ValidationIssue {
    /// JSON Pointer into the submission (`""` for the whole document).
    pub path: String,
    /// The FIM element's id, if it has one.
    pub id: Option<String>,
    /// The FIM element's version.
    pub version: Option<String>,
    /// The FIM element's name.
    pub name: String,
    /// German message.
    pub message: String,
    /// The line `fim validate` prints (without the file name).
    pub text: String,
}

#[pymethods]
impl ValidationIssue {
    fn __repr__(&self) -> String {
        format!("ValidationIssue({})", self.text)
    }

    fn __str__(&self) -> String {
        self.text.clone()
    }
}

// The Python signatures spell the defaults as literals (so that `inspect.signature` and the
// stubs show them); they must stay the library's defaults.
const _: () = assert!(fim_core::form::MAX_ERRORS == 1000);

/// Lint options as given from Python.
#[derive(Debug, Clone, Default)]
struct LintOptions {
    preset: Option<String>,
    select: Vec<String>,
    extend_select: Vec<String>,
    ignore: Vec<String>,
    severity: BTreeMap<String, String>,
    min_severity: Option<String>,
}

impl LintOptions {
    /// The checked configuration, as the CLI builds it from its flags.
    fn resolve(self) -> Result<ResolvedConfig, Failure> {
        let preset = match &self.preset {
            Some(p) => Preset::parse(p).ok_or_else(|| {
                Failure::Config(format!(
                    "unbekanntes Preset `{p}` (erlaubt: recommended, all)"
                ))
            })?,
            None => Preset::default(),
        };
        LintConfig {
            preset,
            select: self.select,
            extend_select: self.extend_select,
            ignore: self.ignore,
            severity: self.severity,
            min_severity: self.min_severity,
        }
        .resolve()
        .map_err(|e| Failure::Config(e.to_string()))
    }
}

impl Schema {
    fn lint_with(&self, config: &ResolvedConfig, codelists: Option<&CodeLists>) -> Vec<Finding> {
        let map = codelists.map(fim_core::lint::CodeListMap::from);
        let mut cx = LintContext::new(&self.doc.message);
        if let Some(m) = &map {
            cx = cx.with_codelists(m);
        }
        lint(&cx, config)
            .iter()
            .map(|d| finding(d, &self.source, &self.doc.lines, &fim_core::render::qs_meta))
            .collect()
    }

    fn root(&self) -> Result<fim_core::ElementRef<'_>, Failure> {
        self.doc.message.root().ok_or_else(|| Failure::Schema {
            message: format!(
                "{}die Nachricht enthält kein Datenschema, keine Datenfeldgruppe und kein Datenfeld",
                self.path.as_ref().map(|p| format!("{p}: ")).unwrap_or_default()
            ),
        })
    }

    fn form(&self, lists: Option<&CodeLists>) -> Result<Form, Failure> {
        Ok(Form::new(self.root()?, FormOptions { codelists: lists }))
    }

    fn file_label(&self, default: &str) -> String {
        self.path
            .as_deref()
            .map(|p| {
                Path::new(p)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| p.to_owned())
            })
            .unwrap_or_else(|| default.to_owned())
    }
}

/// Reads every `*.xml` file of `dir` as a genericode code list, as `fim schema --codelists`
/// does: lists that cannot be read are skipped with a warning.
fn load_codelists(dir: &Path) -> Result<(CodeLists, Vec<String>), Failure> {
    let entries = std::fs::read_dir(dir).map_err(|e| Failure::Io {
        path: dir.display().to_string(),
        kind: e.kind(),
        message: format!("Verzeichnis kann nicht gelesen werden: {e}"),
    })?;
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    for entry in entries {
        let path = match entry {
            Ok(e) => e.path(),
            Err(e) => {
                warnings.push(format!(
                    "{}: Eintrag kann nicht gelesen werden: {e}",
                    dir.display()
                ));
                continue;
            }
        };
        if path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("xml"))
        {
            match input::read_text(&path) {
                Ok(text) => files.push((path.display().to_string(), text)),
                Err(_) => warnings.push(format!(
                    "{}: nicht lesbar, Codeliste übersprungen",
                    path.display()
                )),
            }
        }
    }
    files.sort();
    let (set, failed) =
        fim_xml::genericode::read_all(files.iter().map(|(n, t)| (n.clone(), t.as_str())));
    for (name, e) in failed {
        warnings.push(format!("{name}:{e}: keine Codeliste, übersprungen"));
    }
    warnings.sort();
    Ok((set, warnings))
}

fn codelists_of(dir: Option<&Path>) -> Result<(Option<CodeLists>, Vec<String>), Failure> {
    match dir {
        Some(d) => {
            let (set, warnings) = load_codelists(d)?;
            Ok((Some(set), warnings))
        }
        None => Ok((None, Vec::new())),
    }
}

/// Issues German warnings through Python's `warnings` module.
fn warn_all(py: Python<'_>, warnings: &[String]) -> PyResult<()> {
    let category = py.get_type::<PyUserWarning>();
    for w in warnings {
        let text = CString::new(w.replace('\0', " ")).unwrap_or_default();
        PyErr::warn(py, &category, &text, 1)?;
    }
    Ok(())
}

#[pymethods]
impl Schema {
    /// The file it was read from, if any.
    #[getter]
    fn path(&self) -> Option<String> {
        self.path.clone()
    }

    /// XDatenfelder version: `2.0` or `3.0.0`.
    #[getter]
    fn xdf_version(&self) -> String {
        self.doc.message.version.to_string()
    }

    /// The root element's name, e.g. `xdatenfelder.stammdatenschema.0102`.
    #[getter]
    fn message_kind(&self) -> &'static str {
        self.doc.message.kind.root_name()
    }

    /// The id of the schema, group or field (or Dokumentsteckbrief, code list).
    #[getter]
    fn id(&self) -> Option<String> {
        self.doc
            .message
            .root_angaben()
            .and_then(|a| a.identifikation.id.as_ref())
            .map(|i| i.as_str().to_owned())
    }

    /// Its version.
    #[getter]
    fn version(&self) -> Option<String> {
        self.doc
            .message
            .root_angaben()
            .and_then(|a| a.identifikation.version.as_ref())
            .map(|v| v.as_str().to_owned())
    }

    /// Its name.
    #[getter]
    fn name(&self) -> Option<String> {
        self.doc.message.root_angaben().and_then(|a| a.name.clone())
    }

    /// The decoded source text.
    #[getter]
    fn source(&self) -> &str {
        &self.source
    }

    /// Recoverable problems found while reading.
    #[getter]
    fn read_notes(&self) -> Vec<ReadNote> {
        self.doc
            .diagnostics
            .iter()
            .map(|d| {
                let p = self.doc.lines.position(&self.source, d.span.start);
                let kind = serde_json::to_value(d)
                    .ok()
                    .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(str::to_owned))
                    .unwrap_or_default();
                ReadNote {
                    kind,
                    message: d.to_string(),
                    line: p.line,
                    column: p.column,
                }
            })
            .collect()
    }

    /// The whole message as a dict (the model's serde form: ids, texts, structure, spans).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let value = py
            .detach(|| serde_json::to_value(&self.doc.message))
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
        to_py(py, &value)
    }

    /// The QS findings, with the same configuration options as `fim lint`.
    #[pyo3(signature = (*, preset=None, select=None, extend_select=None, ignore=None, severity=None, min_severity=None, codelists=None))]
    #[allow(clippy::too_many_arguments)] // Python keyword arguments, one per `fim lint` option
    fn lint(
        &self,
        py: Python<'_>,
        preset: Option<String>,
        select: Option<Vec<String>>,
        extend_select: Option<Vec<String>>,
        ignore: Option<Vec<String>>,
        severity: Option<BTreeMap<String, String>>,
        min_severity: Option<String>,
        codelists: Option<PathBuf>,
    ) -> PyResult<Vec<Finding>> {
        let options = LintOptions {
            preset,
            select: select.unwrap_or_default(),
            extend_select: extend_select.unwrap_or_default(),
            ignore: ignore.unwrap_or_default(),
            severity: severity.unwrap_or_default(),
            min_severity,
        };
        let (findings, warnings) = py
            .detach(|| {
                let config = options.resolve()?;
                let (lists, warnings) = codelists_of(codelists.as_deref())?;
                Ok((self.lint_with(&config, lists.as_ref()), warnings))
            })
            .py(py)?;
        warn_all(py, &warnings)?;
        Ok(findings)
    }

    /// The JSON Schema (draft 2020-12) of the data a form for this schema submits.
    #[pyo3(signature = (*, codelists=None))]
    fn json_schema<'py>(
        &self,
        py: Python<'py>,
        codelists: Option<PathBuf>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (value, warnings) = py
            .detach(|| {
                let (lists, warnings) = codelists_of(codelists.as_deref())?;
                Ok((json_schema(&self.form(lists.as_ref())?), warnings))
            })
            .py(py)?;
        warn_all(py, &warnings)?;
        to_py(py, &value)
    }

    /// The UI-hints document (order, grouping, labels, help texts, widgets, prefill).
    #[pyo3(signature = (*, codelists=None))]
    fn ui_hints<'py>(
        &self,
        py: Python<'py>,
        codelists: Option<PathBuf>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (value, warnings) = py
            .detach(|| {
                let (lists, warnings) = codelists_of(codelists.as_deref())?;
                Ok((ui_hints(&self.form(lists.as_ref())?), warnings))
            })
            .py(py)?;
        warn_all(py, &warnings)?;
        to_py(py, &value)
    }

    /// Checks submitted data (dicts, lists, str, int, float, bool, None) against the schema;
    /// returns the errors (empty when valid), at most `max_errors` of them.
    #[pyo3(signature = (data, *, codelists=None, max_errors=1000))]
    fn validate(
        &self,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
        codelists: Option<PathBuf>,
        max_errors: usize,
    ) -> PyResult<Vec<ValidationIssue>> {
        let value = from_py(data)?;
        let (issues, truncated, warnings) = py
            .detach(|| {
                let (lists, warnings) = codelists_of(codelists.as_deref())?;
                let form = self.form(lists.as_ref())?;
                let Validation { errors, truncated } = Validator::new(&form)
                    .with_max_errors(max_errors)
                    .validate_report(&value);
                let issues: Vec<ValidationIssue> = errors
                    .iter()
                    .map(|e| ValidationIssue {
                        path: e.path.clone(),
                        id: e.id.clone(),
                        version: e.version.clone(),
                        name: e.name.clone(),
                        message: e.kind.to_string(),
                        text: e.to_string(),
                    })
                    .collect();
                Ok((issues, truncated, warnings))
            })
            .py(py)?;
        warn_all(py, &warnings)?;
        if truncated {
            warn_all(
                py,
                &[format!(
                    "… weitere Fehler ausgelassen: mindestens {} Fehler, nur die ersten {} werden gezeigt (Grenze mit max_errors änderbar)",
                    issues.len() + 1,
                    issues.len()
                )],
            )?;
        }
        Ok(issues)
    }

    /// Like [`Schema::validate`], but raises `ValidationError` (attribute `errors`) when
    /// the data is invalid.
    #[pyo3(signature = (data, *, codelists=None, max_errors=1000))]
    fn check(
        &self,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
        codelists: Option<PathBuf>,
        max_errors: usize,
    ) -> PyResult<()> {
        let issues = self.validate(py, data, codelists, max_errors)?;
        let Some(first) = issues.first() else {
            return Ok(());
        };
        let err = ValidationError::new_err(format!(
            "{} Fehler in den Daten; erster: {}",
            issues.len(),
            first.text
        ));
        err.value(py).setattr("errors", issues)?;
        Err(err)
    }

    fn __repr__(&self) -> String {
        format!(
            "Schema({} {} V{} {:?}, XDatenfelder {})",
            self.message_kind(),
            self.id().unwrap_or_else(|| "?".into()),
            self.version().unwrap_or_else(|| "?".into()),
            self.name().unwrap_or_default(),
            self.xdf_version()
        )
    }
}

/// Reads and lints many files in parallel (rayon, GIL released), as `fim lint FILE...`.
///
/// Returns `{path: [Finding, ...]}` in the order given. A file that cannot be read raises
/// its exception (`ReadError`, `OSError`); with `raise_errors=False` the exception object is
/// the value for that file instead.
#[pyfunction]
#[pyo3(signature = (paths, *, preset=None, select=None, extend_select=None, ignore=None, severity=None, min_severity=None, codelists=None, raise_errors=true))]
#[allow(clippy::too_many_arguments)] // Python keyword arguments, one per `fim lint` option
pub fn lint_files<'py>(
    py: Python<'py>,
    paths: Vec<PathBuf>,
    preset: Option<String>,
    select: Option<Vec<String>>,
    extend_select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
    severity: Option<BTreeMap<String, String>>,
    min_severity: Option<String>,
    codelists: Option<PathBuf>,
    raise_errors: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let options = LintOptions {
        preset,
        select: select.unwrap_or_default(),
        extend_select: extend_select.unwrap_or_default(),
        ignore: ignore.unwrap_or_default(),
        severity: severity.unwrap_or_default(),
        min_severity,
    };
    let (results, warnings) = py
        .detach(|| {
            let config = options.resolve()?;
            let (lists, warnings) = codelists_of(codelists.as_deref())?;
            let results: Vec<Result<Vec<Finding>, Failure>> = paths
                .par_iter()
                .map(|p| {
                    let schema = load(Source::Path(p.clone()))?;
                    Ok(schema.lint_with(&config, lists.as_ref()))
                })
                .collect();
            Ok((results, warnings))
        })
        .py(py)?;
    warn_all(py, &warnings)?;
    let out = PyDict::new(py);
    for (p, r) in paths.iter().zip(results) {
        let key = p.display().to_string();
        match r {
            Ok(findings) => out.set_item(key, findings)?,
            Err(f) => {
                let err = f.into_pyerr(py);
                if raise_errors {
                    return Err(err);
                }
                out.set_item(key, err.value(py))?;
            }
        }
    }
    Ok(out)
}

/// Compares a baseline with a reference: two schemas (the `fim diff --format json`
/// document) or two processes (the process diff document).
#[pyfunction]
#[pyo3(signature = (base, reference, *, level="all"))]
pub fn diff<'py>(
    py: Python<'py>,
    base: &Bound<'py, PyAny>,
    reference: &Bound<'py, PyAny>,
    level: &str,
) -> PyResult<Bound<'py, PyAny>> {
    if let (Ok(b), Ok(r)) = (base.cast::<Process>(), reference.cast::<Process>()) {
        let (b, r) = (b.get(), r.get());
        let value = py.detach(|| b.diff(r));
        return serde_to_py(py, &value);
    }
    let (Ok(b), Ok(r)) = (base.cast::<Schema>(), reference.cast::<Schema>()) else {
        return Err(PyTypeError::new_err(
            "erwartet zwei Schema-Objekte (read_schema) oder zwei Process-Objekte (read_process)",
        ));
    };
    let (b, r) = (b.get(), r.get());
    let level = fim_core::diff::Level::parse(level)
        .ok_or_else(|| {
            Failure::Config(format!(
                "unbekannte Ebene `{level}` (erlaubt: all, no-meta, user-visible, structure)"
            ))
        })
        .py(py)?;
    let value = py
        .detach(|| {
            b.root()?;
            r.root()?;
            let d = fim_core::diff::diff(&b.doc.message, &r.doc.message, level);
            serde_json::to_value(&d).map_err(|e| Failure::Config(e.to_string()))
        })
        .py(py)?;
    to_py(py, &value)
}

/// Digitisation blockers and maturity of a baseline/reference pair (the `fim blockers
/// --format json` document), optionally with the two processes.
#[pyfunction]
#[pyo3(signature = (base, reference, *, base_process=None, ref_process=None))]
pub fn blockers<'py>(
    py: Python<'py>,
    base: PyRef<'py, Schema>,
    reference: PyRef<'py, Schema>,
    base_process: Option<PyRef<'py, Process>>,
    ref_process: Option<PyRef<'py, Process>>,
) -> PyResult<Bound<'py, PyAny>> {
    let (b, r) = (&*base, &*reference);
    let processes = match (&base_process, &ref_process) {
        (Some(bp), Some(rp)) => Some((&**bp, &**rp)),
        (None, None) => None,
        _ => {
            return Err(Failure::Config(
                "base_process und ref_process nur gemeinsam angeben".into(),
            )
            .into_pyerr(py))
        }
    };
    let value = py
        .detach(|| {
            b.root()?;
            r.root()?;
            let mut report = fim_core::blockers::analyse(
                &b.doc.message,
                &r.doc.message,
                b.file_label("baseline"),
                r.file_label("reference"),
            );
            if let Some((bp, rp)) = processes {
                bp.extend_report(&mut report, rp);
            }
            let text = fim_core::blockers::render::json(&report)
                .map_err(|e| Failure::Config(e.to_string()))?;
            serde_json::from_str::<serde_json::Value>(&text)
                .map_err(|e| Failure::Config(e.to_string()))
        })
        .py(py)?;
    to_py(py, &value)
}

/// The QS rules: `[{"code", "name", "category", "summary"}]`, sorted by code.
#[pyfunction]
pub fn rules<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
    let list: Vec<serde_json::Value> = fim_core::lint::RULES
        .iter()
        .map(|r| {
            let m = r.meta();
            serde_json::json!({
                "code": m.code,
                "name": m.name,
                "category": m.category,
                "summary": m.summary,
            })
        })
        .collect();
    to_py(py, &serde_json::Value::Array(list))
}
