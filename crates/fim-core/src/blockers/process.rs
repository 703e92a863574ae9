//! The process part of a blocker report: plain data filled by `fim-process` (which reads
//! BPMN, diffs the processes and runs the process detectors) and drawn by the renderers here.
//! `fim-core` does no XML, so these types know nothing of BPMN beyond names and labels.

use super::ProcessElementInfo;
use serde::{Deserialize, Serialize};

/// The process comparison of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessSection {
    /// The baseline process file.
    pub baseline: ProcessSide,
    /// The reference process file.
    pub reference: ProcessSide,
    /// Counts of the process diff.
    pub summary: ProcessSummary,
    /// The side-by-side rows: baseline steps in document order with their partners, then
    /// steps only in the reference; message flows last.
    pub rows: Vec<ProcessRow>,
    /// Metric deltas (steps per pool and lane, handovers, media breaks, paths).
    pub metrics: Vec<MetricDelta>,
    /// The reference process drawn (HTML report only; not part of the JSON).
    #[serde(skip)]
    pub drawing: Option<Drawing>,
}

/// One process file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessSide {
    /// The file name (as given by the caller).
    pub file: String,
    /// `bpmn` or `xprozess`.
    pub format: String,
    /// The process name (XProzess name, else the first named process or pool).
    pub name: Option<String>,
    /// The pools (participant names, else ids), in document order.
    pub pools: Vec<String>,
}

/// Counts of a process diff.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessSummary {
    /// Steps (flow nodes) matched, by id or by name.
    pub matched: usize,
    /// Of those, matched by name (ids differ).
    pub matched_by_name: usize,
    /// Steps only in the reference.
    pub added: usize,
    /// Steps only in the baseline.
    pub removed: usize,
    /// Matched steps whose name, type, lane or pool changed.
    pub changed: usize,
    /// Matched steps whose predecessors or successors (among matched steps) changed.
    pub reordered: usize,
    /// Message flows added, removed or changed.
    pub message_flows_changed: usize,
}

impl ProcessSummary {
    /// Whether nothing changed.
    pub fn is_unchanged(&self) -> bool {
        self.added == 0
            && self.removed == 0
            && self.changed == 0
            && self.reordered == 0
            && self.message_flows_changed == 0
    }
}

/// A row of the process side-by-side view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessRow {
    /// The baseline element.
    pub baseline: Option<ProcessElementInfo>,
    /// The reference element.
    pub reference: Option<ProcessElementInfo>,
    /// `gleich`, `geändert`, `entfernt`, `hinzugefügt`.
    pub state: String,
    /// German descriptions of what changed (`Lane: „A“ -> „B“`).
    pub changes: Vec<String>,
    /// Indices into the report's blockers that concern this row.
    pub blockers: Vec<usize>,
}

/// A metric of both processes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetricDelta {
    /// Stable key (`handovers`, `activities.lane.Sachbearbeitung`, ...).
    pub key: String,
    /// German label.
    pub label: String,
    /// Baseline value (none: not defined there, e.g. no path or no such lane).
    pub baseline: Option<i64>,
    /// Reference value.
    pub reference: Option<i64>,
}

impl MetricDelta {
    /// Reference minus baseline (a missing side counts as 0).
    pub fn delta(&self) -> i64 {
        self.reference.unwrap_or(0) - self.baseline.unwrap_or(0)
    }
}

/// A drawing of a process for the HTML report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Drawing {
    /// An SVG document (from BPMN DI).
    Svg(String),
    /// Mermaid flowchart text (no DI in the file).
    Mermaid(String),
}
