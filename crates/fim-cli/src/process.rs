//! `fim process check|metrics|render FILE`: structural lint and soundness, metrics, and
//! DOT/Mermaid/SVG drawings of a BPMN 2.0 file or of the model embedded in an XProzess
//! message.

use anyhow::{anyhow, Result};
use clap::{Subcommand, ValueEnum};
use fim_process::analysis::metrics::metrics;
use fim_process::analysis::soundness::{self, Options};
use fim_process::xprozess::{ProcessMeta, XPROZESS_NS};
use fim_process::{lint, render, Definitions, ReadError};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What to do with the process file.
#[derive(Debug, Subcommand)]
pub enum Action {
    /// Check structure (P001-P199) and soundness (P201-P205); exit 1 on findings.
    Check {
        /// BPMN 2.0 file or XProzess message with an embedded model.
        file: PathBuf,
        /// Print the findings as JSON (`Diagnostic` values).
        #[arg(long)]
        json: bool,
        /// Most states the soundness search explores per process or sub-process.
        #[arg(long, default_value_t = soundness::DEFAULT_MAX_STATES)]
        max_states: usize,
        /// Most states the soundness search explores in all processes of the file together.
        #[arg(long, default_value_t = soundness::DEFAULT_MAX_STATES_PER_FILE)]
        max_states_file: usize,
        /// Skip the soundness analysis.
        #[arg(long)]
        no_soundness: bool,
    },
    /// Print metrics per process: activities per lane, handovers, paths, complexity.
    Metrics {
        /// BPMN 2.0 file or XProzess message.
        file: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Draw the process as DOT, Mermaid or (from BPMN DI) SVG on standard output.
    Render {
        /// BPMN 2.0 file or XProzess message.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Dot)]
        format: Format,
    },
}

/// Drawing formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// Graphviz DOT.
    Dot,
    /// Mermaid flowchart.
    Mermaid,
    /// SVG from the diagram (BPMN DI).
    Svg,
}

/// A loaded model: its source (for positions), the model and XProzess metadata if any.
pub(crate) struct Loaded {
    pub(crate) source: String,
    pub(crate) defs: Definitions,
    pub(crate) lines: fim_core::LineIndex,
    pub(crate) meta: Option<ProcessMeta>,
}

pub(crate) fn load(path: &Path) -> Result<Loaded> {
    let text = crate::io::read_text(path)?;
    match fim_process::read(&text) {
        Ok(doc) => Ok(Loaded {
            source: text,
            defs: doc.definitions,
            lines: doc.lines,
            meta: None,
        }),
        Err(ReadError::NotBpmn { namespace, .. }) if namespace == XPROZESS_NS => {
            let x = fim_process::read_xprozess(&text)
                .map_err(|e| anyhow!("{}: {e}", path.display()))?;
            match (x.bpmn, x.bpmn_source) {
                (Some(doc), Some(source)) => Ok(Loaded {
                    source,
                    defs: doc.definitions,
                    lines: doc.lines,
                    meta: Some(x.meta),
                }),
                _ => Err(anyhow!(
                    "{}: die XProzess-Nachricht enthält kein eingebettetes BPMN-Modell (Datei: {})",
                    path.display(),
                    x.meta.model_file.as_deref().unwrap_or("keine")
                )),
            }
        }
        Err(e) => Err(anyhow!("{}: {e}", path.display())),
    }
}

/// Runs `fim process ...`.
pub fn run(action: Action) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match action {
        Action::Check {
            file,
            json,
            max_states,
            max_states_file,
            no_soundness,
        } => {
            let m = load(&file)?;
            let mut found = lint::lint(&m.defs, m.meta.as_ref());
            if !no_soundness {
                found.extend(soundness::diagnostics(
                    &m.defs,
                    &Options {
                        max_states,
                        max_states_per_file: max_states_file,
                    },
                ));
            }
            if json {
                serde_json::to_writer_pretty(&mut out, &found)?;
                writeln!(out)?;
            } else {
                let shown = if m.meta.is_some() {
                    format!("{} (eingebettetes Modell)", file.display())
                } else {
                    file.display().to_string()
                };
                for d in &found {
                    let pos = m.lines.position(&m.source, d.location.span.start);
                    writeln!(
                        out,
                        "{shown}:{pos}: {}[{}]: {}",
                        d.severity.german(),
                        d.code,
                        d.message
                    )?;
                    if let Some(h) = &d.help {
                        writeln!(out, "  = hilfe: {h}")?;
                    }
                }
            }
            out.flush()?;
            let serious = found
                .iter()
                .any(|d| d.severity > fim_core::diagnostic::Severity::Info);
            Ok(if serious {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Action::Metrics { file, json } => {
            let m = load(&file)?;
            let r = metrics(&m.defs);
            if json {
                serde_json::to_writer_pretty(&mut out, &r)?;
                writeln!(out)?;
            } else {
                for p in &r.processes {
                    writeln!(
                        out,
                        "Prozess {} ({})",
                        p.id,
                        p.name.as_deref().unwrap_or("ohne Namen")
                    )?;
                    if let Some(pool) = &p.participant {
                        writeln!(out, "  Pool:                      {pool}")?;
                    }
                    writeln!(
                        out,
                        "  Flussknoten / Sequenzflüsse: {} / {}",
                        p.nodes, p.flows
                    )?;
                    writeln!(out, "  Aktivitäten:               {}", p.activities)?;
                    for (lane, n) in &p.activities_per_lane {
                        writeln!(out, "    in Lane {lane}: {n}")?;
                    }
                    writeln!(out, "  Übergaben zwischen Lanes:  {}", p.handovers)?;
                    let path = |x: Option<usize>| {
                        x.map_or("kein Pfad".to_owned(), |v| format!("{v} Knoten"))
                    };
                    writeln!(
                        out,
                        "  kürzester Pfad Start-Ende: {}",
                        path(p.shortest_path)
                    )?;
                    writeln!(out, "  längster Pfad Start-Ende:  {}", path(p.longest_path))?;
                    writeln!(out, "  Entscheidungen:            {}", p.decisions)?;
                    writeln!(out, "  zyklomatische Komplexität: {}", p.cyclomatic)?;
                    writeln!(
                        out,
                        "  Kontrollfluss-Komplexität: {}",
                        p.control_flow_complexity
                    )?;
                }
                writeln!(out, "Nachrichtenflüsse: {}", r.message_flow_total)?;
                for f in &r.message_flows {
                    writeln!(out, "  {} → {}: {}", f.from, f.to, f.count)?;
                }
            }
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Action::Render { file, format } => {
            let m = load(&file)?;
            let text = match format {
                Format::Dot => render::dot(&m.defs),
                Format::Mermaid => render::mermaid(&m.defs),
                Format::Svg => render::svg(&m.defs).ok_or_else(|| {
                    anyhow!(
                        "{}: das Modell enthält kein Diagramm (BPMN DI)",
                        file.display()
                    )
                })?,
            };
            out.write_all(text.as_bytes())?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
