//! Structural lint of BPMN processes, on the shared rule contract of `fim_core::diagnostic`.
//!
//! One rule per file under `rules/`. Codes:
//!
//! | range | what |
//! |---|---|
//! | `P001`-`P099` | BPMN structure (most have a bpmnlint twin, named in the rule docs) |
//! | `P100`-`P199` | FIM notation (names of lanes and pools, legal bases) |
//! | `P200`-`P299` | soundness findings of [`crate::analysis::soundness`] |
//!
//! Codes are never reused. Rules are pure functions of a [`Subject`].

pub mod rules;

use crate::graph::{FlowGraph, ProcessGraph};
use crate::model::{Definitions, FlowNode, Process, SubProcessKind};
use crate::xprozess::ProcessMeta;
use fim_core::diagnostic::{Diagnostic, ElementKey, Rule, RuleMeta};
use fim_core::Span;

/// What the process rules look at: the model, its graphs and, for FIM checks, the XProzess
/// metadata when the model came in an XProzess message.
#[derive(Debug)]
pub struct Subject<'a> {
    /// The model.
    pub defs: &'a Definitions,
    /// One graph per process, in document order.
    pub graphs: Vec<ProcessGraph<'a>>,
    /// XProzess metadata, when known.
    pub meta: Option<&'a ProcessMeta>,
}

/// One flow container to check: a process body or a sub-process body.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'g, 'a> {
    /// The process the container belongs to.
    pub process: &'a Process,
    /// The container's graph.
    pub graph: &'g FlowGraph<'a>,
    /// The sub-process node owning the container (`None` for the process body).
    pub owner: Option<&'a FlowNode>,
}

impl Scope<'_, '_> {
    /// The kind of sub-process owning the scope (`None` for a process body).
    pub fn sub_kind(&self) -> Option<SubProcessKind> {
        self.owner.and_then(|o| o.sub_process()).map(|s| s.kind)
    }

    /// The span to report scope-level findings at.
    pub fn span(&self) -> Span {
        self.owner.map_or(self.process.span, |o| o.span)
    }

    /// The id to report scope-level findings at.
    pub fn id(&self) -> &str {
        self.owner
            .map_or(self.process.id.as_str(), |o| o.id.as_str())
    }
}

impl<'a> Subject<'a> {
    /// Builds the subject of `defs`.
    pub fn new(defs: &'a Definitions, meta: Option<&'a ProcessMeta>) -> Self {
        Subject {
            defs,
            graphs: defs.processes.iter().map(ProcessGraph::new).collect(),
            meta,
        }
    }

    /// Every container of every process: process bodies and nested sub-process bodies.
    pub fn scopes(&self) -> Vec<Scope<'_, 'a>> {
        fn walk<'g, 'a>(
            process: &'a Process,
            graph: &'g FlowGraph<'a>,
            owner: Option<&'a FlowNode>,
            out: &mut Vec<Scope<'g, 'a>>,
        ) {
            out.push(Scope {
                process,
                graph,
                owner,
            });
            for (ix, child) in &graph.children {
                walk(process, child, Some(graph.node(*ix)), out);
            }
        }
        let mut out = Vec::new();
        for g in &self.graphs {
            walk(g.process, &g.flow, None, &mut out);
        }
        out
    }
}

/// A process rule.
pub type ProcessRule = dyn for<'a> Rule<Subject<'a>>;

/// A finding of `meta` at `span` about element `id`, with the rule's default severity.
pub fn finding(
    meta: &'static RuleMeta,
    id: &str,
    span: Span,
    message: String,
    help: &str,
) -> Diagnostic {
    Diagnostic::new(meta.code, meta.default_severity(), message, span)
        .with_help(help)
        .with_element(ElementKey::new(id, None))
}

/// A finding about a flow node.
pub fn node_finding(
    meta: &'static RuleMeta,
    node: &FlowNode,
    message: String,
    help: &str,
) -> Diagnostic {
    finding(meta, &node.id, node.span, message, help)
}

/// Runs every rule of `rules` on `subject`; findings are sorted by position, then code.
pub fn check(subject: &Subject<'_>, rules: &[&ProcessRule]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for r in rules {
        r.check(subject, &mut out);
    }
    out.sort_by(|a, b| (a.location.span.start, &a.code).cmp(&(b.location.span.start, &b.code)));
    out
}

/// Runs the recommended rules (all structural and FIM rules) on `defs`.
///
/// # Example
/// ```
/// let src = r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
///   <process id="p"><task id="t" name="Antrag prüfen"/></process></definitions>"#;
/// let doc = fim_process::read(src).unwrap();
/// let found = fim_process::lint::lint(&doc.definitions, None);
/// assert!(found.iter().any(|d| d.code == "P001"));
/// ```
pub fn lint(defs: &Definitions, meta: Option<&ProcessMeta>) -> Vec<Diagnostic> {
    check(&Subject::new(defs, meta), rules::ALL)
}
