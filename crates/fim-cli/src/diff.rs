//! `fim diff BASE REF` and `fim blockers BASE REF`: baseline against reference.

use anyhow::Result;
use clap::{Args, ValueEnum};
use fim_core::blockers::{self, render};
use fim_core::diff::{self, ChangeKind, Level, SchemaDiff};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `fim diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The baseline (FIM-Stamminformationen): an XDatenfelder 2.0/3.0.0 schema, or a
    /// process (BPMN 2.0 or XProzess; detected by the root element's namespace).
    base: PathBuf,
    /// The reference (OZG-Referenzinformationen), of the same family as the baseline.
    reference: PathBuf,
    /// What counts as a change (schemas only).
    #[arg(long, value_enum, default_value_t = LevelArg::All)]
    level: LevelArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
}

/// Arguments of `fim blockers`.
#[derive(Debug, Args)]
pub struct BlockersArgs {
    /// The baseline schema (FIM-Stamminformationen), XDatenfelder 2.0 or 3.0.0.
    base: PathBuf,
    /// The reference schema (OZG-Referenzinformationen).
    reference: PathBuf,
    /// Report format.
    #[arg(long, value_enum, default_value_t = BlockersFormat::Md)]
    format: BlockersFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Allow `--output` to name one of the input files.
    #[arg(long)]
    overwrite_input: bool,
    /// The baseline process (BPMN 2.0 or XProzess); with `--ref-process` the report adds the
    /// process comparison, process blockers, metric deltas and the reference drawn.
    #[arg(long, requires = "ref_process")]
    base_process: Option<PathBuf>,
    /// The reference process (BPMN 2.0 or XProzess).
    #[arg(long, requires = "base_process")]
    ref_process: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LevelArg {
    /// Everything.
    All,
    /// Without status and history metadata.
    NoMeta,
    /// Only what end users see.
    UserVisible,
    /// Only structure and types.
    Structure,
}

impl From<LevelArg> for Level {
    fn from(l: LevelArg) -> Level {
        match l {
            LevelArg::All => Level::All,
            LevelArg::NoMeta => Level::NoMeta,
            LevelArg::UserVisible => Level::UserVisible,
            LevelArg::Structure => Level::Structure,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum DiffFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum BlockersFormat {
    Md,
    Json,
    Html,
}

fn load(path: &Path) -> Result<(String, fim_xml::Document)> {
    let src = crate::io::read_text(path)?;
    let doc = fim_xml::read(&src).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
    if doc.message.root().is_none() {
        anyhow::bail!(
            "{}: die Nachricht enthält kein Datenschema, keine Gruppe und kein Feld",
            path.display()
        );
    }
    Ok((src, doc))
}

/// Runs `fim diff` (schemas, or processes when both files are BPMN/XProzess). Exit code 0:
/// no change; 1: changes found.
pub fn run_diff(args: DiffArgs) -> Result<ExitCode> {
    if let Some(code) = crate::pdiff::dispatch(
        &args.base,
        &args.reference,
        matches!(args.format, DiffFormat::Json),
    )? {
        return Ok(code);
    }
    let (_, base) = load(&args.base)?;
    let (_, reference) = load(&args.reference)?;
    let d = diff::diff(&base.message, &reference.message, args.level.into());
    let text = match args.format {
        DiffFormat::Json => serde_json::to_string_pretty(&d)? + "\n",
        DiffFormat::Human => render_human(&d),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(if d.is_unchanged() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Runs `fim blockers`. Exit code 0: no blocker; 1: blockers found.
pub fn run_blockers(args: BlockersArgs) -> Result<ExitCode> {
    if let Some(out) = &args.output {
        let mut inputs: Vec<&Path> = vec![&args.base, &args.reference];
        inputs.extend(args.base_process.as_deref());
        inputs.extend(args.ref_process.as_deref());
        crate::io::refuse_input_overwrite(out, &inputs, args.overwrite_input)?;
    }
    let (_, base) = load(&args.base)?;
    let (_, reference) = load(&args.reference)?;
    let names = (file_name(&args.base), file_name(&args.reference));
    let mut report = blockers::analyse(&base.message, &reference.message, names.0, names.1);
    if let (Some(b), Some(r)) = (&args.base_process, &args.ref_process) {
        crate::pdiff::extend(&mut report, b, r)?;
    }
    let text = match args.format {
        BlockersFormat::Md => render::markdown(&report),
        BlockersFormat::Json => render::json(&report)? + "\n",
        BlockersFormat::Html => render::html(&report),
    };
    match &args.output {
        Some(path) => crate::io::write_atomic(path, text.as_bytes())?,
        None => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(if report.blockers.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

/// Renders a diff for the terminal (German).
pub fn render_human(d: &SchemaDiff) -> String {
    let mut s = String::new();
    let root = |r: &Option<diff::ElementInfo>| {
        r.as_ref()
            .map(|e| format!("{} {}", e.label(), e.name))
            .unwrap_or_else(|| "?".into())
    };
    let _ = writeln!(
        s,
        "Basis:     {} (XDatenfelder {})",
        root(&d.baseline.root),
        d.baseline.xdf_version
    );
    let _ = writeln!(
        s,
        "Referenz:  {} (XDatenfelder {})",
        root(&d.reference.root),
        d.reference.xdf_version
    );
    let _ = writeln!(s, "Ebene:     {} ({})", d.level, d.level.german());
    if let Some(note) = &d.cross_version {
        let _ = writeln!(s, "Hinweis:   {note}");
    }
    let _ = writeln!(s);
    for v in &d.versioning {
        let _ = writeln!(s, "! Versionierung: {}", v.message);
    }
    if !d.versioning.is_empty() {
        let _ = writeln!(s);
    }
    if d.is_unchanged() {
        let _ = writeln!(s, "Keine Änderung.");
        return s;
    }
    for c in &d.changes {
        match c.kind {
            ChangeKind::Added => {
                if let Some(e) = &c.reference {
                    let _ = write!(s, "+ {} {} {}", e.kind, e.label(), e.name);
                    if let Some(p) = e.path.last() {
                        let _ = write!(s, " (in {p})");
                    }
                    if c.descendants > 0 {
                        let _ = write!(s, " mit {} Unterelementen", c.descendants);
                    }
                    let _ = writeln!(s);
                }
            }
            ChangeKind::Removed => {
                if let Some(e) = &c.baseline {
                    let _ = write!(s, "- {} {} {}", e.kind, e.label(), e.name);
                    if let Some(p) = e.path.last() {
                        let _ = write!(s, " (aus {p})");
                    }
                    if c.descendants > 0 {
                        let _ = write!(s, " mit {} Unterelementen", c.descendants);
                    }
                    let _ = writeln!(s);
                }
            }
            ChangeKind::Modified => {
                let (Some(b), Some(r)) = (&c.baseline, &c.reference) else {
                    continue;
                };
                let via = if c.matched_by == Some(diff::MatchedBy::Relation) {
                    format!(" = {} (über relation)", r.label())
                } else if b.label() != r.label() {
                    format!(" = {}", r.label())
                } else {
                    String::new()
                };
                let _ = writeln!(s, "~ {} {}{} {}", r.kind, b.label(), via, r.name);
                if let Some(m) = &c.moved {
                    if m.parent_changed {
                        let _ = writeln!(
                            s,
                            "    verschoben: von {} nach {}",
                            m.from_parent.as_deref().unwrap_or("?"),
                            m.to_parent.as_deref().unwrap_or("?")
                        );
                    } else {
                        let _ = writeln!(
                            s,
                            "    verschoben: Position {} -> {}",
                            m.from_position + 1,
                            m.to_position + 1
                        );
                    }
                }
                for f in &c.fields {
                    let _ = writeln!(
                        s,
                        "    {}: {} -> {}",
                        f.property,
                        quote(f.before.as_deref()),
                        quote(f.after.as_deref())
                    );
                }
            }
        }
    }
    let m = &d.summary;
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Hinzugefügt: {}, entfernt: {}, verschoben: {}, geändert: {} (zugeordnet: {}, davon über relation: {})",
        m.added, m.removed, m.moved, m.changed, m.matched, m.matched_by_relation
    );
    s
}

fn quote(v: Option<&str>) -> String {
    match v {
        None => "(leer)".into(),
        Some(v) if v.chars().count() > 80 => {
            let cut: String = v.chars().take(77).collect();
            format!("„{cut}...“")
        }
        Some(v) => format!("„{v}“"),
    }
}
