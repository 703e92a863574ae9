//! `fim lint`, `fim rules`, `fim rule`: the QS linter on files and folders.

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use fim_core::lint::{docs, lint, rule_by_code, rule_by_name, LintConfig, LintContext, Preset};
use fim_core::render::{self, FileDiagnostics, FileFailure};
use fim_core::{Diagnostic, LineIndex, Position};
use rayon::prelude::*;
use serde::Deserialize;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Output formats of `fim lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Source excerpts with the span marked.
    Human,
    /// JSON (schemas/lint-output.schema.json).
    Json,
    /// SARIF 2.1.0.
    Sarif,
}

/// When to colour human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// Only when stdout is a terminal.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Arguments of `fim lint`.
#[derive(Debug, Args)]
pub struct LintArgs {
    /// XDatenfelder files or folders (folders are searched for `*.xml`).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Rule set to start from: `recommended` or `all`.
    #[arg(long)]
    pub preset: Option<String>,
    /// Only these rules (codes or names, comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Add these rules to the preset or selection.
    #[arg(long, value_delimiter = ',')]
    pub extend_select: Vec<String>,
    /// Turn these rules off.
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Severity override, `CODE=info|warning|error` (repeatable).
    #[arg(long = "severity", value_name = "CODE=LEVEL")]
    pub severities: Vec<String>,
    /// Report only findings at or above this severity (and fail only on them).
    #[arg(long)]
    pub min_severity: Option<String>,
    /// Config file (default: `fim.toml` in the current folder, if present).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Colour for human output.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: Color,
    /// Folder of genericode code lists (`*.xml`) for the rules that check code list contents
    /// (1044, 1045, 1076); without it those checks are skipped.
    #[arg(long, value_name = "DIR")]
    pub codelists: Option<PathBuf>,
    /// An earlier version of the schema: also check FIM versioning against it (V001: an
    /// element keeps id and version although its content changed; V002: a version went down).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    lint: Option<LintConfig>,
}

/// Reads the `[lint]` table of a `fim.toml`.
pub fn read_config(path: &Path) -> Result<LintConfig> {
    let text = crate::io::read_text(path)?;
    let file: ConfigFile = toml::from_str(&text)
        .with_context(|| format!("{}: ungültige Konfiguration", path.display()))?;
    Ok(file.lint.unwrap_or_default())
}

/// The configuration from file and flags (flags win).
fn config(args: &LintArgs) -> Result<LintConfig> {
    let base = match &args.config {
        Some(p) => read_config(p)?,
        None if Path::new("fim.toml").is_file() => read_config(Path::new("fim.toml"))?,
        None => LintConfig::default(),
    };
    let preset = match &args.preset {
        Some(p) => Some(
            Preset::parse(p)
                .with_context(|| format!("unbekanntes Preset `{p}` (erlaubt: recommended, all)"))?,
        ),
        None => None,
    };
    let mut severity = std::collections::BTreeMap::new();
    for s in &args.severities {
        let Some((code, level)) = s.split_once('=') else {
            bail!("`--severity {s}`: erwartet CODE=info|warning|error");
        };
        severity.insert(code.trim().to_owned(), level.trim().to_owned());
    }
    let flags = LintConfig {
        preset: preset.unwrap_or_default(),
        select: args.select.clone(),
        extend_select: args.extend_select.clone(),
        ignore: args.ignore.clone(),
        severity,
        min_severity: args.min_severity.clone(),
    };
    Ok(base.merged(flags, preset.is_some()))
}

/// The files found under the paths of a `fim lint` run, and what could not be searched.
#[derive(Debug, Default)]
struct Collected {
    files: Vec<PathBuf>,
    /// Paths that do not exist and folders that cannot be read, with the German reason.
    problems: Vec<(PathBuf, String)>,
}

/// The identity of a file or folder: (device, inode) on Unix, else the canonical path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum FileId {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg_attr(unix, allow(dead_code))] // Used where there are no inodes.
    Path(PathBuf),
}

fn file_id(p: &Path) -> Option<FileId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(p)
            .ok()
            .map(|m| FileId::Inode(m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        std::fs::canonicalize(p).ok().map(FileId::Path)
    }
}

/// All `*.xml` files under the given paths, sorted. Symlinks are followed, but every folder
/// is searched and every file listed once (by identity, not name), so links to a parent
/// cannot make the search loop or explode. A folder that cannot be read is reported and the
/// search goes on.
fn collect(paths: &[PathBuf]) -> Collected {
    let mut out = Collected::default();
    let mut seen_dirs = std::collections::HashSet::new();
    let mut seen_files = std::collections::HashSet::new();
    let mut add_file = |out: &mut Collected, p: PathBuf| {
        if file_id(&p).is_none_or(|id| seen_files.insert(id)) {
            out.files.push(p);
        }
    };
    for p in paths {
        if p.is_dir() {
            let mut stack = vec![p.clone()];
            while let Some(dir) = stack.pop() {
                if file_id(&dir).is_some_and(|id| !seen_dirs.insert(id)) {
                    continue;
                }
                let read = match std::fs::read_dir(&dir) {
                    Ok(r) => r,
                    Err(e) => {
                        out.problems.push((
                            dir.clone(),
                            format!("Verzeichnis kann nicht gelesen werden: {e}"),
                        ));
                        continue;
                    }
                };
                let mut entries = Vec::new();
                for e in read {
                    match e {
                        Ok(e) => entries.push(e.path()),
                        Err(e) => out.problems.push((
                            dir.clone(),
                            format!("Verzeichniseintrag kann nicht gelesen werden: {e}"),
                        )),
                    }
                }
                entries.sort();
                for e in entries.into_iter().rev() {
                    if e.is_dir() {
                        stack.push(e);
                    } else if e.extension().is_some_and(|x| x.eq_ignore_ascii_case("xml")) {
                        add_file(&mut out, e);
                    }
                }
            }
        } else if p.exists() {
            add_file(&mut out, p.clone());
        } else {
            out.problems.push((p.clone(), "existiert nicht".to_owned()));
        }
    }
    out.files.sort();
    out.files.dedup();
    out
}

/// One linted file.
struct Linted {
    name: String,
    source: String,
    lines: LineIndex,
    diagnostics: Vec<Diagnostic>,
    read_notes: Vec<String>,
}

/// A file or folder that could not be linted.
struct Failed {
    name: String,
    message: String,
    position: Option<Position>,
}

/// Reads and lints one file.
fn lint_file(
    path: &Path,
    resolved: &fim_core::lint::ResolvedConfig,
    codelists: Option<&fim_core::lint::CodeListMap>,
    baseline: Option<&fim_core::Message>,
) -> Result<Linted, Failed> {
    let name = path.display().to_string();
    let fail = |message: String, position: Option<Position>| Failed {
        name: name.clone(),
        message,
        position,
    };
    let bytes = crate::io::read_bytes(path).map_err(|e| fail(format!("{e:#}"), None))?;
    let source = match fim_xml::decode(&bytes) {
        Ok(text) => text.into_owned(),
        Err(e) => return Err(fail(e.kind.to_string(), Some(e.position))),
    };
    drop(bytes);
    let doc = fim_xml::read(&source).map_err(|e| fail(e.kind.to_string(), Some(e.position)))?;
    let mut cx = LintContext::new(&doc.message);
    if let Some(lists) = codelists {
        cx = cx.with_codelists(lists);
    }
    let mut diagnostics = lint(&cx, resolved);
    if let Some(old) = baseline {
        diagnostics.extend(fim_core::diff::versioning::diagnostics(old, &doc.message));
    }
    let read_notes = doc
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{name}:{}: Lesehinweis: {d}",
                doc.lines.position(&source, d.span.start)
            )
        })
        .collect();
    Ok(Linted {
        name,
        lines: doc.lines,
        source,
        diagnostics,
        read_notes,
    })
}

/// Runs `fim lint`. Files and folders that cannot be read are reported (stderr, and in the
/// JSON and SARIF output) and the run goes on; the exit code is then 2.
pub fn run(args: &LintArgs) -> Result<ExitCode> {
    let resolved = config(args)?.resolve()?;
    let collected = collect(&args.paths);
    let mut failed: Vec<Failed> = collected
        .problems
        .iter()
        .map(|(p, m)| Failed {
            name: p.display().to_string(),
            message: m.clone(),
            position: None,
        })
        .collect();
    let mut warnings = Vec::new();
    let codelists = match &args.codelists {
        Some(dir) => {
            let (lists, skipped) = crate::form::load_codelists(dir)?;
            warnings = skipped;
            Some(fim_core::lint::CodeListMap::from(&lists))
        }
        None => None,
    };
    let baseline = match &args.baseline {
        Some(path) => {
            let bytes = crate::io::read_bytes(path)?;
            let text = fim_xml::decode(&bytes)
                .map_err(|e| anyhow::anyhow!("{}:{}: {}", path.display(), e.position, e.kind))?;
            let doc = fim_xml::read(&text)
                .map_err(|e| anyhow::anyhow!("{}:{}: {}", path.display(), e.position, e.kind))?;
            Some(doc.message)
        }
        None => None,
    };
    let results: Vec<Result<Linted, Failed>> = collected
        .files
        .par_iter()
        .map(|path| lint_file(path, &resolved, codelists.as_ref(), baseline.as_ref()))
        .collect();
    let mut linted = Vec::new();
    for r in results {
        match r {
            Ok(l) => linted.push(l),
            Err(f) => failed.push(f),
        }
    }
    for f in &failed {
        match f.position {
            Some(p) => eprintln!("fehler: {}:{p}: {}", f.name, f.message),
            None => eprintln!("fehler: {}: {}", f.name, f.message),
        }
    }
    let views: Vec<FileDiagnostics<'_>> = linted
        .iter()
        .map(|l| FileDiagnostics {
            name: &l.name,
            source: &l.source,
            lines: &l.lines,
            diagnostics: &l.diagnostics,
        })
        .collect();
    let failures: Vec<FileFailure<'_>> = failed
        .iter()
        .map(|f| FileFailure {
            name: &f.name,
            message: &f.message,
            position: f.position,
        })
        .collect();
    let text = match args.format {
        Format::Human => {
            for l in &linted {
                for n in &l.read_notes {
                    eprintln!("{n}");
                }
            }
            let color = match args.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => std::io::stdout().is_terminal(),
            };
            let mut text = render::human::render(&views, render::human::HumanOptions { color });
            if !failed.is_empty() {
                text.push_str(&format!(
                    "{} Datei(en) oder Ordner nicht gelesen (siehe Fehlerausgabe).\n",
                    failed.len()
                ));
            }
            text
        }
        Format::Json => render::json::render_report(&views, &failures, &warnings, &render::qs_meta),
        Format::Sarif => render::sarif::render_report(
            &views,
            &failures,
            &warnings,
            &render::qs_meta,
            env!("CARGO_PKG_VERSION"),
        ),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    let findings = linted.iter().any(|l| !l.diagnostics.is_empty());
    Ok(if !failed.is_empty() {
        ExitCode::from(2)
    } else if findings {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs `fim rules`: the table of rules.
pub fn run_rules() -> Result<ExitCode> {
    print!("{}", docs::listing());
    Ok(ExitCode::SUCCESS)
}

/// Runs `fim rule CODE`: the documentation of one rule.
pub fn run_rule(code: &str) -> Result<ExitCode> {
    let Some(rule) = rule_by_code(code).or_else(|| rule_by_name(code)) else {
        if let Some(o) = fim_core::lint::OUT_OF_SCOPE.iter().find(|o| o.code == code) {
            bail!("Regel {code} ist nicht umgesetzt: {}", o.reason);
        }
        bail!("unbekannte Regel `{code}` (siehe `fim rules`)");
    };
    print!("{}", docs::rule_page(rule));
    Ok(ExitCode::SUCCESS)
}
