//! Digitisation blockers (Digitalisierungshemmnisse): the catalogue, detectors over schemas
//! and over the baseline/reference diff, the evidence a schema asks for, the kind of change
//! each blocker needs, and the maturity estimate.
//!
//! 1. The schema detectors ([`detect::detect`]) run over the baseline (the legal
//!    FIM-Stamminformationen) and the reference (the OZG-Referenzinformationen) separately.
//!    German text is read clause by clause ([`text`]); the evidence a schema asks for
//!    (uploads, details, yes/no questions, demands) is matched against the register
//!    catalogue ([`registers`], [`evidence`]). Each finding names the element, its legal
//!    references (`bezug` of the element and of its structure entry), why it was flagged, a
//!    [`Confidence`], its [`Direction`] (application or notice) and the [`Change`] it needs
//!    ([`change`]).
//! 2. The diff detector pairs them through the schema diff's matching: a baseline finding
//!    whose element is gone from the reference, or no longer shows that blocker, is
//!    **resolved** in the reference ([`BlockerStatus::Resolved`]: the change it needs is the
//!    blocker's [`Change`]); one that is still there **remains** ([`BlockerStatus::Remains`]);
//!    a finding only in the reference is [`BlockerStatus::ReferenceOnly`].
//! 3. The maturity estimate ([`Maturity`]) is an upper bound: it starts at OZG level 4 and
//!    every blocker that applies caps it (input side: [`KindInfo::caps_maturity_at`], output
//!    side: [`KindInfo::caps_output_at`]); the lowest cap decides, and every cap says why.
//!
//! Everything is deterministic: same input, same report, same order.
//!
//! The process half lives in `fim-process` (`fim_process::blockers`): its detectors report
//! [`Subject::ProcessElement`] findings with the same catalogue, pair them over the process
//! diff with [`Blocker::paired`], and fill [`Report::process`]; the maturity estimate then
//! counts data-field and process blockers alike.

pub mod catalogue;
pub mod change;
pub mod detect;
pub mod evidence;
pub mod maturity;
pub mod process;
pub mod registers;
pub mod render;
pub mod text;

pub use catalogue::{BlockerKind, ChangeKind, Confidence, Direction, KindInfo, CATALOGUE};
pub use change::Change;
pub use evidence::{EvidenceForm, EvidenceItem, RegisterRef};
pub use maturity::{ChangeSummary, Maturity, MaturityCap, LEVEL_NAMES};
pub use process::{Drawing, MetricDelta, ProcessRow, ProcessSection, ProcessSide, ProcessSummary};

use crate::diff::{self, Comparison, ElementInfo, Level, SchemaDiff, Summary};
use crate::model::Message;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Subject {
    /// A schema, group or field of an XDatenfelder schema.
    DataElement(ElementInfo),
    /// A flow node (activity, event, gateway) or message flow of a BPMN process.
    ProcessElement(ProcessElementInfo),
}

/// A BPMN element as the process diff and the process blocker detectors name it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ProcessElementInfo {
    /// `@id`.
    pub id: String,
    /// `@name` (whitespace normalised), if any.
    pub name: Option<String>,
    /// German type word (`manuelle Aufgabe`, `exklusives Gateway`, `Nachrichtenfluss`).
    pub kind: String,
    /// The innermost lane (name, else id), if the process has lanes.
    pub lane: Option<String>,
    /// The pool (participant name, else id) showing the process, if any; for a message
    /// flow `from → to`.
    pub pool: Option<String>,
}

impl ProcessElementInfo {
    /// Who does it: `Pool / Lane`, the pool or the lane alone, or empty.
    pub fn who(&self) -> String {
        match (&self.pool, &self.lane) {
            (Some(p), Some(l)) if p != l => format!("{p} / {l}"),
            (Some(p), _) => p.clone(),
            (None, Some(l)) => l.clone(),
            (None, None) => String::new(),
        }
    }

    /// Short label: `manuelle Aufgabe a_sign „Antrag unterschreiben“ (Antragsteller)`.
    pub fn label(&self) -> String {
        let mut s = format!("{} {}", self.kind, self.id);
        if let Some(n) = &self.name {
            s.push_str(&format!(" „{n}“"));
        }
        let who = self.who();
        if !who.is_empty() {
            s.push_str(&format!(" ({who})"));
        }
        s
    }
}

impl Subject {
    /// Short label: `Feld F60000000227 V1.0.0 „Unterschrift“`.
    pub fn label(&self) -> String {
        match self {
            Subject::DataElement(e) => element_label(e),
            Subject::ProcessElement(p) => p.label(),
        }
    }

    /// The element id (data elements: the FIM id, if any).
    pub fn id(&self) -> Option<&str> {
        match self {
            Subject::DataElement(e) => e.id.as_deref(),
            Subject::ProcessElement(p) => Some(&p.id),
        }
    }
}

/// German label of a data element: `Feld F60000000227 V1.0.0 „Unterschrift“`.
pub fn element_label(e: &ElementInfo) -> String {
    let kind = match e.kind {
        'S' => "Schema",
        'G' => "Gruppe",
        'F' => "Feld",
        'R' => "Regel",
        'D' => "Dokumentsteckbrief",
        _ => "Element",
    };
    if e.name.is_empty() {
        format!("{kind} {}", e.label())
    } else {
        format!("{kind} {} „{}“", e.label(), e.name)
    }
}

/// Why a detector fired.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The detector (`wortlaut`, `registerdaten`, `rechtsbezug`, `aufgabentyp`).
    pub detector: String,
    /// The property read (`hilfetextEingabe`, `bezug`, ...).
    pub property: String,
    /// The phrase (as written), register document or norm text that matched.
    pub matched: String,
    /// German explanation.
    pub why: String,
    /// Application or notice side.
    #[serde(default)]
    pub side: Direction,
    /// A norm tied to the evidence: a `§` citation in the matched sentence, the cited form
    /// norm, or the register's retrieval norm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub norm: Option<String>,
}

/// One blocker found in one schema.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The blocker kind.
    pub kind: BlockerKind,
    /// The element.
    pub subject: Subject,
    /// Its legal references (normalised texts; element first, then structure entry).
    pub bezug: Vec<String>,
    /// German explanation (all evidence).
    pub why: String,
    /// The evidence, one entry per matching pattern.
    pub evidence: Vec<Evidence>,
    /// The strongest evidence's confidence.
    pub confidence: Confidence,
    /// Application or notice side (output only when every piece of evidence is).
    pub side: Direction,
    /// What it takes to remove the blocker.
    pub change: Change,
}

/// What the comparison says about a blocker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockerStatus {
    /// In the baseline, gone from the reference: the reference resolves it; the blocker's
    /// [`Change`] says what that takes.
    Resolved,
    /// In the baseline and still in the reference: the blocker stays.
    Remains,
    /// Only in the reference.
    ReferenceOnly,
}

impl BlockerStatus {
    /// German label.
    pub const fn german(self) -> &'static str {
        match self {
            BlockerStatus::Resolved => "in der Referenz behoben",
            BlockerStatus::Remains => "bleibt bestehen",
            BlockerStatus::ReferenceOnly => "nur in der Referenz",
        }
    }
}

/// A blocker of the comparison: the finding(s) and what the diff says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blocker {
    /// The kind.
    pub kind: BlockerKind,
    /// Catalogue code (`HEM-01` ...).
    pub code: String,
    /// What the comparison says.
    pub status: BlockerStatus,
    /// The baseline finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Finding>,
    /// The reference finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Finding>,
    /// German explanation of the status.
    pub why: String,
    /// Confidence: the lower of the two findings' when both exist.
    pub confidence: Confidence,
    /// What it takes to remove it (a blocker that remains: from the reference finding;
    /// otherwise from the finding that names it).
    pub change: Change,
    /// Application or notice side.
    pub side: Direction,
    /// How many uses of the element show this blocker (a reused field counts each use).
    pub occurrences: usize,
}

impl Blocker {
    /// Pairs a baseline finding with the reference finding of the same kind on the matched
    /// element (`rf`), if any; `partner` says whether the element has a reference partner.
    /// Same finding on both sides: the blocker remains; otherwise it needs a legal change.
    pub fn paired(bf: Finding, rf: Option<Finding>, partner: bool) -> Self {
        let info = bf.kind.info();
        let (status, why, confidence) = match (&rf, partner) {
            (Some(rf), true) => (
                BlockerStatus::Remains,
                format!(
                    "Stamminformationen und Referenzinformationen enthalten das Hemmnis \
                     „{}“: es bleibt bestehen.",
                    info.title
                ),
                bf.confidence.min(rf.confidence),
            ),
            (_, true) => (
                BlockerStatus::Resolved,
                format!(
                    "Die Stamminformationen enthalten das Hemmnis „{}“; die \
                     Referenzinformationen behalten das Element, aber ohne dieses Hemmnis.",
                    info.title
                ),
                bf.confidence,
            ),
            (_, false) => (
                BlockerStatus::Resolved,
                format!(
                    "Die Stamminformationen enthalten das Hemmnis „{}“; die \
                     Referenzinformationen streichen das Element.",
                    info.title
                ),
                bf.confidence,
            ),
        };
        // A blocker that remains is what the reference still shows: its side and change.
        let shown = match (&rf, partner) {
            (Some(rf), true) => rf,
            _ => &bf,
        };
        let (change, side) = (shown.change.clone(), shown.side);
        Blocker {
            kind: bf.kind,
            code: info.code.to_owned(),
            status,
            change,
            side,
            baseline: Some(bf),
            reference: if partner { rf } else { None },
            why,
            confidence,
            occurrences: 1,
        }
    }

    /// A finding only the reference shows.
    pub fn reference_only(rf: Finding) -> Self {
        let info = rf.kind.info();
        Blocker {
            kind: rf.kind,
            code: info.code.to_owned(),
            status: BlockerStatus::ReferenceOnly,
            why: format!(
                "Das Hemmnis „{}“ steht nur in den Referenzinformationen, nicht in den \
                 Stamminformationen: prüfen, ob die Referenz hier ein Hemmnis einführt.",
                info.title
            ),
            confidence: rf.confidence,
            change: rf.change.clone(),
            side: rf.side,
            baseline: None,
            reference: Some(rf),
            occurrences: 1,
        }
    }

    /// The finding that names the element: the baseline's, else the reference's.
    pub fn finding(&self) -> Option<&Finding> {
        self.baseline.as_ref().or(self.reference.as_ref())
    }

    /// The element's label, with the number of uses when the element is reused.
    pub fn element_label(&self) -> String {
        let label = self
            .finding()
            .map(|f| f.subject.label())
            .unwrap_or_default();
        if self.occurrences > 1 {
            format!("{label} ({} Verwendungen)", self.occurrences)
        } else {
            label
        }
    }
}

/// One side of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side {
    /// The file name (as given by the caller).
    pub file: String,
    /// The XDatenfelder version.
    pub xdf_version: String,
    /// The root element.
    pub root: Option<ElementInfo>,
    /// Every document or register-held fact the schema asks for.
    #[serde(default)]
    pub evidence: Vec<EvidenceItem>,
}

/// A row of the side-by-side view: one baseline and/or reference element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// Nesting depth (for indentation).
    pub depth: usize,
    /// The baseline element.
    pub baseline: Option<RowElement>,
    /// The reference element.
    pub reference: Option<RowElement>,
    /// `gleich`, `geändert`, `verschoben`, `entfernt`, `hinzugefügt`.
    pub state: String,
    /// Indices into [`Report::blockers`] that concern this row.
    pub blockers: Vec<usize>,
}

/// An element in a [`Row`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowElement {
    /// The element.
    pub element: ElementInfo,
    /// Multiplicity of its structure entry.
    pub anzahl: Option<String>,
    /// Datentyp of a field.
    pub datentyp: Option<String>,
    /// Normalised bezug texts.
    pub bezug: Vec<String>,
}

/// The full baseline/reference blocker report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The baseline.
    pub baseline: Side,
    /// The reference.
    pub reference: Side,
    /// The blockers: baseline order (needs legal change, remains), then reference-only.
    pub blockers: Vec<Blocker>,
    /// Maturity the reference reaches once the legal changes are made (only blockers that
    /// remain or are new in the reference cap it).
    pub maturity_target: Maturity,
    /// Maturity under current law (every baseline blocker still applies).
    pub maturity_current_law: Maturity,
    /// Counts of the schema diff (level `all`).
    pub diff_summary: Summary,
    /// The side-by-side rows.
    pub rows: Vec<Row>,
    /// The process comparison, when processes were given (`fim-process` fills it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<ProcessSection>,
}

/// Compares baseline and reference, runs the detectors and estimates maturity.
/// `base_name` and `ref_name` label the two sides in the report.
pub fn analyse(
    baseline: &Message,
    reference: &Message,
    base_name: String,
    ref_name: String,
) -> Report {
    let side = |m: &Message, file: String, cmp: Option<&Comparison<'_>>, base: bool| Side {
        file,
        xdf_version: m.version.to_string(),
        root: cmp.and_then(|c| ElementInfo::of(if base { &c.baseline } else { &c.reference }, 0)),
        evidence: Vec::new(),
    };
    let (Some(b), Some(r)) = (baseline.root(), reference.root()) else {
        let mut report = Report {
            baseline: side(baseline, base_name, None, true),
            reference: side(reference, ref_name, None, false),
            blockers: Vec::new(),
            maturity_target: Maturity::estimate([], ""),
            maturity_current_law: Maturity::estimate([], ""),
            diff_summary: Summary::default(),
            rows: Vec::new(),
            process: None,
        };
        maturity::estimate(&mut report, false);
        return report;
    };
    let cmp = Comparison::new(b, r, Level::All);
    let d: SchemaDiff = diff::diff_comparison(&cmp, baseline.version, reference.version);
    let (blockers, per_base, per_ref, evidence) = classify(&cmp);
    let rows = rows(&cmp, &per_base, &per_ref);
    let mut report = Report {
        baseline: side(baseline, base_name, Some(&cmp), true),
        reference: side(reference, ref_name, Some(&cmp), false),
        blockers,
        maturity_target: Maturity::estimate([], ""),
        maturity_current_law: Maturity::estimate([], ""),
        diff_summary: d.summary,
        rows,
        process: None,
    };
    report.baseline.evidence = evidence.0;
    report.reference.evidence = evidence.1;
    maturity::estimate(&mut report, false);
    report
}

type PerNode = Vec<Vec<usize>>;

/// Pairs baseline and reference findings through the matching. Returns the blockers and,
/// per baseline and reference node, the indices of the blockers that concern it.
type EvidencePair = (Vec<EvidenceItem>, Vec<EvidenceItem>);

fn classify(cmp: &Comparison<'_>) -> (Vec<Blocker>, PerNode, PerNode, EvidencePair) {
    let (base, base_items) = detect::detect(&cmp.baseline);
    let (ref_findings, ref_items) = detect::detect(&cmp.reference);
    let mut refr: Vec<(usize, Option<Finding>)> = ref_findings
        .into_iter()
        .map(|(i, f)| (i, Some(f)))
        .collect();
    // Reference findings by node (a node has at most one finding per kind).
    let mut ref_by_node: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, (i, _)) in refr.iter().enumerate() {
        ref_by_node.entry(*i).or_default().push(k);
    }
    let mut per_base: PerNode = vec![Vec::new(); cmp.baseline.nodes.len()];
    let mut per_ref: PerNode = vec![Vec::new(); cmp.reference.nodes.len()];
    let mut out = Vec::new();
    for (bi, bf) in base {
        let partner = cmp.base_to_ref.get(bi).copied().flatten();
        let rf = partner.and_then(|ri| ref_by_node.get(&ri)).and_then(|ks| {
            ks.iter().find_map(|&k| {
                let slot = refr.get_mut(k).map(|(_, f)| f)?;
                if slot.as_ref().is_some_and(|f| f.kind == bf.kind) {
                    slot.take()
                } else {
                    None
                }
            })
        });
        let idx = out.len();
        if let Some(slot) = per_base.get_mut(bi) {
            slot.push(idx);
        }
        if let Some(slot) = partner.and_then(|ri| per_ref.get_mut(ri)) {
            slot.push(idx);
        }
        out.push(Blocker::paired(bf, rf, partner.is_some()));
    }
    for (ri, rf) in refr {
        let Some(rf) = rf else { continue };
        let idx = out.len();
        if let Some(slot) = per_ref.get_mut(ri) {
            slot.push(idx);
        }
        out.push(Blocker::reference_only(rf));
    }
    let (out, per_base, per_ref) = merge_repeats(out, per_base, per_ref);
    (
        out,
        per_base,
        per_ref,
        (dedup_items(base_items), dedup_items(ref_items)),
    )
}

/// One evidence item per element and document (a reused field is met once per use).
fn dedup_items(items: Vec<EvidenceItem>) -> Vec<EvidenceItem> {
    let mut out: Vec<EvidenceItem> = Vec::new();
    for it in items {
        let dup = out.iter().any(|o| {
            o.element.id == it.element.id
                && o.element.version == it.element.version
                && o.document == it.document
        });
        if !dup {
            out.push(it);
        }
    }
    out
}

/// Folds blockers of the same kind and status on the same element (a reused field met
/// several times) into one, counting the occurrences, and remaps the row indices.
fn merge_repeats(
    blockers: Vec<Blocker>,
    mut per_base: PerNode,
    mut per_ref: PerNode,
) -> (Vec<Blocker>, PerNode, PerNode) {
    type Key = (BlockerKind, BlockerStatus, Option<String>, Option<String>);
    let label = |f: &Option<Finding>| f.as_ref().map(|f| f.subject.label());
    let mut seen: HashMap<Key, usize> = HashMap::new();
    let mut remap = Vec::with_capacity(blockers.len());
    let mut out: Vec<Blocker> = Vec::new();
    for b in blockers {
        let key = (b.kind, b.status, label(&b.baseline), label(&b.reference));
        match seen.get(&key).and_then(|&i| out.get_mut(i).map(|o| (i, o))) {
            Some((i, existing)) => {
                existing.occurrences += 1;
                remap.push(i);
            }
            None => {
                seen.insert(key, out.len());
                remap.push(out.len());
                out.push(b);
            }
        }
    }
    for list in per_base.iter_mut().chain(per_ref.iter_mut()) {
        for i in list.iter_mut() {
            *i = remap.get(*i).copied().unwrap_or(*i);
        }
        list.dedup();
    }
    (out, per_base, per_ref)
}

fn row_element(t: &diff::Tree<'_>, i: usize) -> Option<RowElement> {
    let n = t.nodes.get(i)?;
    let datentyp = match n.element {
        crate::model::ElementRef::Field(f) => f
            .datentyp
            .as_ref()
            .map(|d| crate::codes::CodeValue::code(&d.value).to_owned()),
        _ => None,
    };
    let mut bezug: Vec<String> = n
        .angaben()
        .bezug
        .iter()
        .map(|b| diff::normalize(&b.text))
        .collect();
    if let Some(via) = n.via {
        bezug.extend(via.bezug.iter().map(|b| diff::normalize(&b.text)));
    }
    bezug.retain(|b| !b.is_empty());
    Some(RowElement {
        element: ElementInfo::of(t, i)?,
        anzahl: n
            .via
            .and_then(|v| v.anzahl.as_ref())
            .map(|a| a.as_str().trim().to_owned()),
        datentyp,
        bezug,
    })
}

/// Side-by-side rows: the baseline tree in order, each row with its reference partner;
/// reference-only elements follow the last child of their matched parent.
fn rows(cmp: &Comparison<'_>, per_base: &PerNode, per_ref: &PerNode) -> Vec<Row> {
    enum Task {
        Base(usize),
        RefOnly(usize),
        RefOnlyChildren(usize),
    }
    let level = Level::All;
    let mut out = Vec::new();
    let mut stack = vec![Task::Base(0)];
    while let Some(task) = stack.pop() {
        match task {
            Task::Base(bi) => {
                let Some(bn) = cmp.baseline.nodes.get(bi) else {
                    continue;
                };
                let ri = cmp.base_to_ref.get(bi).copied().flatten();
                let state = match ri.and_then(|ri| cmp.reference.nodes.get(ri)) {
                    None => "entfernt",
                    Some(rn) => {
                        let moved = match (bn.parent, rn.parent) {
                            (Some(bp), Some(rp)) => {
                                cmp.base_to_ref.get(bp).copied().flatten() != Some(rp)
                            }
                            _ => false,
                        };
                        if moved {
                            "verschoben"
                        } else if diff::props(bn, level) != diff::props(rn, level) {
                            "geändert"
                        } else {
                            "gleich"
                        }
                    }
                };
                let mut blockers = per_base.get(bi).cloned().unwrap_or_default();
                if let Some(ri) = ri {
                    for b in per_ref.get(ri).into_iter().flatten() {
                        if !blockers.contains(b) {
                            blockers.push(*b);
                        }
                    }
                }
                out.push(Row {
                    depth: bn.depth,
                    baseline: row_element(&cmp.baseline, bi),
                    reference: ri.and_then(|ri| row_element(&cmp.reference, ri)),
                    state: state.to_owned(),
                    blockers,
                });
                if let Some(ri) = ri {
                    stack.push(Task::RefOnlyChildren(ri));
                }
                for &c in bn.children.iter().rev() {
                    stack.push(Task::Base(c));
                }
            }
            Task::RefOnlyChildren(ri) => {
                let Some(rn) = cmp.reference.nodes.get(ri) else {
                    continue;
                };
                for &c in rn.children.iter().rev() {
                    if cmp.ref_to_base.get(c).copied().flatten().is_none() {
                        stack.push(Task::RefOnly(c));
                    }
                }
            }
            Task::RefOnly(ri) => {
                let Some(rn) = cmp.reference.nodes.get(ri) else {
                    continue;
                };
                out.push(Row {
                    depth: rn.depth,
                    baseline: None,
                    reference: row_element(&cmp.reference, ri),
                    state: "hinzugefügt".to_owned(),
                    blockers: per_ref.get(ri).cloned().unwrap_or_default(),
                });
                stack.push(Task::RefOnlyChildren(ri));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests may unwrap
    use super::*;
    use crate::codes::{CodeValue, Datentyp, Feldart, Vorbefuellung};
    use crate::ids::{Anzahl, ElementId, Version};
    use crate::model::{
        Angaben, Code, Content, Datenfeld, Datenschema, Enthaelt, Header, Identifikation,
        MessageKind, Rechtsbezug, Struktur, XdfVersion,
    };
    use crate::span::Span;

    #[derive(Clone, Copy)]
    struct F<'a> {
        id: &'a str,
        name: &'a str,
        hilfe: Option<&'a str>,
        bezug: &'a [&'a str],
        datentyp: &'a str,
        feldart: &'a str,
        vorbefuellung: &'a str,
    }

    const F0: F<'static> = F {
        id: "F99000000001",
        name: "Feld",
        hilfe: None,
        bezug: &[],
        datentyp: "text",
        feldart: "input",
        vorbefuellung: "keine",
    };

    fn schema(fields: &[F<'_>]) -> Message {
        let struktur = fields
            .iter()
            .map(|f| Struktur {
                anzahl: Some(Anzahl::new("1:1")),
                bezug: vec![],
                enthaelt: Enthaelt::Field(Box::new(Datenfeld {
                    angaben: Angaben {
                        identifikation: Identifikation {
                            id: Some(ElementId::new(f.id)),
                            version: Some(Version::new("1.0.0")),
                            span: Span::default(),
                        },
                        name: Some(f.name.into()),
                        hilfetext_eingabe: f.hilfe.map(Into::into),
                        bezug: f
                            .bezug
                            .iter()
                            .map(|b| Rechtsbezug {
                                text: (*b).into(),
                                link: None,
                            })
                            .collect(),
                        ..Default::default()
                    },
                    datentyp: Some(Code::new(Datentyp::from_code(f.datentyp), Span::default())),
                    feldart: Some(Code::new(Feldart::from_code(f.feldart), Span::default())),
                    vorbefuellung: Some(Code::new(
                        Vorbefuellung::from_code(f.vorbefuellung),
                        Span::default(),
                    )),
                    ..Default::default()
                })),
                span: Span::default(),
            })
            .collect();
        Message {
            version: XdfVersion::V3,
            kind: MessageKind::Stammdatenschema,
            header: Header::default(),
            content: Content::Schema(Box::new(Datenschema {
                angaben: Angaben {
                    identifikation: Identifikation {
                        id: Some(ElementId::new("S99000000001")),
                        version: None,
                        span: Span::default(),
                    },
                    ..Default::default()
                },
                struktur,
                ..Default::default()
            })),
            namespaces: Vec::new(),
            root_attributes: Vec::new(),
            comments: Vec::new(),
            span: Span::default(),
        }
    }

    fn kinds(fields: &[F<'_>]) -> Vec<BlockerKind> {
        let m = schema(fields);
        analyse(&m, &m, String::new(), String::new())
            .blockers
            .iter()
            .map(|b| b.kind)
            .collect()
    }

    #[test]
    fn detectors_pass_and_fail() {
        use BlockerKind::*;
        let cases: &[(F<'_>, &[BlockerKind])] = &[
            (
                F {
                    name: "Unterschrift",
                    ..F0
                },
                &[WrittenForm],
            ),
            (
                F {
                    name: "Unterschriftsdatum",
                    ..F0
                },
                &[WrittenForm],
            ),
            (
                F {
                    name: "Anschrift",
                    ..F0
                },
                &[],
            ),
            (
                F {
                    hilfe: Some("Eine Unterschrift ist nicht erforderlich."),
                    ..F0
                },
                &[],
            ),
            (
                F {
                    bezug: &["§ 126 BGB"],
                    ..F0
                },
                &[WrittenForm],
            ),
            (
                F {
                    bezug: &["§ 126 BGB", "§ 9a Abs. 5 OZG"],
                    ..F0
                },
                &[],
            ),
            (
                F {
                    bezug: &["§ 126a BGB"],
                    ..F0
                },
                &[],
            ),
            (
                F {
                    hilfe: Some("Bitte persönlich erscheinen."),
                    ..F0
                },
                &[PersonalAppearance],
            ),
            (
                F {
                    hilfe: Some("Amtlich beglaubigte Kopie."),
                    ..F0
                },
                &[OriginalEvidence],
            ),
            (
                F {
                    hilfe: Some("Senden Sie den Antrag per Post."),
                    ..F0
                },
                &[MediaBreak],
            ),
            (
                F {
                    hilfe: Some("Anschrift, unter der die Person postalisch erreichbar ist."),
                    ..F0
                },
                &[],
            ),
            (
                F {
                    name: "Telefax",
                    ..F0
                },
                &[],
            ),
            (
                F {
                    name: "Meldebescheinigung",
                    datentyp: "file",
                    ..F0
                },
                &[OnceOnly],
            ),
            (
                F {
                    name: "Meldebescheinigung",
                    datentyp: "file",
                    vorbefuellung: "verpflichtend",
                    ..F0
                },
                &[],
            ),
            (
                F {
                    name: "Meldebescheinigung",
                    feldart: "label",
                    ..F0
                },
                &[],
            ),
            (
                F {
                    name: "Unterschrift",
                    hilfe: Some("Original per Fax einreichen."),
                    ..F0
                },
                &[WrittenForm, OriginalEvidence, MediaBreak],
            ),
        ];
        for (f, want) in cases {
            assert_eq!(
                kinds(std::slice::from_ref(f)),
                *want,
                "{} / {:?}",
                f.name,
                f.hilfe
            );
        }
    }

    #[test]
    fn statuses_and_maturity() {
        let sig = F {
            id: "F99000000001",
            name: "Unterschrift",
            ..F0
        };
        let upload = F {
            id: "F99000000002",
            name: "Geburtsurkunde",
            datentyp: "file",
            ..F0
        };
        let post = F {
            id: "F99000000003",
            name: "Versand",
            hilfe: Some("Wir senden den Bescheid per Post."),
            ..F0
        };
        let base = schema(&[sig, upload]);
        let prefilled = F {
            id: "F99000000002",
            name: "Geburtsurkunde",
            datentyp: "file",
            vorbefuellung: "optional",
            ..F0
        };
        let refr = schema(&[prefilled, post]);
        let r = analyse(&base, &refr, "b".into(), "r".into());
        let st: Vec<(BlockerKind, BlockerStatus)> =
            r.blockers.iter().map(|b| (b.kind, b.status)).collect();
        assert_eq!(
            st,
            [
                (BlockerKind::WrittenForm, BlockerStatus::Resolved),
                (BlockerKind::OnceOnly, BlockerStatus::Resolved),
                (BlockerKind::MediaBreak, BlockerStatus::ReferenceOnly),
            ]
        );
        assert_eq!(r.maturity_current_law.level, 2);
        // The notice by post is an output-side media break: it caps the target at 3.
        assert_eq!(r.maturity_target.level, 3);
        let post = &r.blockers[2];
        assert_eq!(post.side, Direction::Output);
        assert_eq!(post.change.kind, ChangeKind::BereitsZulaessig);
        assert!(post.change.norms.contains(&"§ 41 Abs. 2a VwVfG".to_owned()));
        assert_eq!(r.maturity_target.caps[0].side, Direction::Output);
        // Without the postal step the target is level 4: evidence comes from the register.
        let r = analyse(&base, &schema(&[prefilled]), "b".into(), "r".into());
        assert_eq!(r.maturity_target.level, 4);
        assert!(r.maturity_target.caps.is_empty());
        assert_eq!(
            r.maturity_current_law.caps[0].kind,
            BlockerKind::WrittenForm
        );
        assert_eq!(r.maturity_current_law.caps[1].max_level, 3);
        // Nothing limits the target: an upper bound, not a proof of once-only.
        assert!(r.maturity_target.label.starts_with("höchstens Stufe 4"));
        assert!(r.maturity_target.label.contains("keine Begrenzung erkannt"));
        // The target names the changes it assumes: the signature and the register retrieval.
        let assumed: Vec<ChangeKind> = r.maturity_target.assumes.iter().map(|a| a.kind).collect();
        assert_eq!(
            assumed,
            [ChangeKind::BereitsZulaessig, ChangeKind::Technisch]
        );
        assert!(r.maturity_target.assumption.contains("§ 3a Abs. 2 VwVfG"));
    }

    /// The cases of the issue "Digitisation blockers that hold on real schemas", as small
    /// fields of our own: registers and evidence, clause-level negation, the context of
    /// `schriftlich`, originals.
    #[test]
    fn real_world_wordings() {
        use BlockerKind::*;
        let field = |name, hilfe, datentyp, feldart| F {
            name,
            hilfe,
            datentyp,
            feldart,
            ..F0
        };
        let cases: &[(F<'_>, &[BlockerKind])] = &[
            // Registers beyond document nouns, found as compound heads and in questions.
            (field("Zulassungsbescheinigung Teil I (Fahrzeugschein)", None, "file", "input"), &[OnceOnly]),
            (field("Fahrzeugschein", Some("Laden Sie den Fahrzeugschein hoch."), "file", "input"), &[OnceOnly]),
            (field("Aufenthaltstitel", Some("Laden Sie Ihren Aufenthaltstitel hoch."), "file", "input"), &[OnceOnly]),
            (field("Vorliegen einer Handwerkskarte", Some("Geben Sie an, ob eine Handwerkskarte vorliegt."), "bool", "input"), &[OnceOnly]),
            (field("Integrationskurs", Some("Fügen Sie den Nachweis über die Teilnahme am Integrationskurs bei."), "text", "input"), &[OnceOnly]),
            (field("Letzter Bescheid", Some("Laden Sie Ihren Einkommensteuerbescheid hoch."), "file", "input"), &[OnceOnly]),
            (field("Bescheinigung in Steuersachen", None, "file", "input"), &[OnceOnly]),
            (field("Grundbuchauszug", None, "file", "input"), &[OnceOnly]),
            (field("Geburtsbescheinigung", None, "file", "input"), &[OnceOnly]),
            (field("Vorstrafen", Some("Sind Sie vorbestraft?"), "bool", "input"), &[OnceOnly]),
            (field("Fahrerlaubnis", Some("Besitzen Sie eine gültige Fahrerlaubnis?"), "bool", "input"), &[OnceOnly]),
            (field("Insolvenz", Some("Wurde über Ihr Vermögen ein Insolvenzverfahren eröffnet?"), "bool", "input"), &[OnceOnly]),
            (field("Formular", Some("Senden Sie das unterschriebene Formular zurück."), "text", "input"), &[WrittenForm]),
            (field("Termin", Some("Sie müssen persönlich vor Ort erscheinen."), "text", "input"), &[PersonalAppearance]),
            (field("Anzeige", Some("Die Angaben erscheinen auf dem Ausweis."), "text", "input"), &[]),
            // A detail of a document is not the document; a register the authority checks
            // itself is no demand; a document no register holds is evidence, not once-only.
            (field("Auflagen", Some("Geben Sie an, ob eine Auflage zur Aufenthaltserlaubnis vorliegt."), "bool", "input"), &[]),
            (field("Abgleich", Some("Der Online-Antrag beinhaltet einen Abgleich mit dem Melderegister."), "bool", "input"), &[]),
            (field("Mietvertrag", Some("Laden Sie den Mietvertrag hoch."), "file", "input"), &[]),
            // A negation in a conditional clause does not cancel the main clause.
            (field("Einwilligung", Some("Sollte dieser Abgleich nicht erfolgreich durchgeführt werden können, ist eine Vorsprache zwingend erforderlich."), "bool", "input"), &[PersonalAppearance]),
            (field("Hinweis", Some("Eine Vorsprache ist nicht erforderlich, wenn Sie die Online-Ausweisfunktion nutzen."), "text", "input"), &[]),
            // `schriftlich` only for what the applicant sends to the authority.
            (field("Aufsicht", Some("Die Firma hat eine Person als aufsichtführende Person schriftlich zu beauftragen."), "text", "input"), &[]),
            (field("Zusage", Some("Laden Sie eine schriftliche Arbeitsplatzzusage hoch."), "file", "input"), &[]),
            (field("Zusage", Some("Fügen Sie dem Antrag eine schriftliche Arbeitsplatzzusage bei."), "file", "input"), &[]),
            (field("Unterschriftsberechtigte Person", None, "text", "input"), &[]),
            (field("Form", Some("Der Antrag ist schriftlich oder elektronisch zu stellen."), "text", "input"), &[]),
            (field("Form", Some("Der Antrag ist schriftlich zu stellen."), "text", "input"), &[WrittenForm]),
            (field("Urkunde", Some("Legen Sie das Original der Urkunde bei der Behörde vor."), "text", "input"), &[OriginalEvidence]),
            (field("Urkunde", Some("Eine Kopie genügt, das Original müssen Sie nicht vorlegen."), "text", "input"), &[]),
        ];
        for (f, want) in cases {
            assert_eq!(
                kinds(std::slice::from_ref(f)),
                *want,
                "{} / {:?}",
                f.name,
                f.hilfe
            );
        }
    }

    #[test]
    fn kinds_of_change() {
        let one = |f: F<'_>| {
            let m = schema(&[f]);
            analyse(&m, &m, String::new(), String::new()).blockers
        };
        // § 5 Abs. 1 EGovG allows electronic evidence: cited alone it raises nothing; beside
        // a demand for the original it makes that demand already replaceable.
        assert!(one(F {
            bezug: &["§ 5 Abs. 1 EGovG"],
            ..F0
        })
        .is_empty());
        let b = one(F {
            hilfe: Some("Die Urkunde ist im Original vorzulegen."),
            bezug: &["§ 5 Abs. 1 EGovG"],
            ..F0
        });
        assert_eq!(b[0].change.kind, ChangeKind::BereitsZulaessig);
        assert_eq!(b[0].change.norms, ["§ 5 Abs. 1 EGovG"]);
        let b = one(F {
            hilfe: Some("Die Urkunde ist im Original vorzulegen."),
            ..F0
        });
        assert_eq!(b[0].change.kind, ChangeKind::BereitsZulaessig);
        assert_eq!(b[0].change.norms, ["§ 5 Abs. 1 EGovG"]);
        // A norm cited in the sentence that demands the original must change.
        let b = one(F {
            hilfe: Some("Die Urkunde ist nach § 12 Abs. 3 MusterG im Original vorzulegen."),
            ..F0
        });
        assert_eq!(b[0].change.kind, ChangeKind::Rechtsaenderung);
        assert_eq!(b[0].change.norms, ["§ 12 Abs. 3 MusterG"]);
        // Written form in social law: § 36a SGB I.
        let b = one(F {
            name: "Unterschrift",
            bezug: &["§ 7 Abs. 1 BEEG"],
            ..F0
        });
        assert_eq!(b[0].change.kind, ChangeKind::BereitsZulaessig);
        assert_eq!(b[0].change.norms[0], "§ 36a Abs. 2 SGB I");
        // § 126 BGB imposes the written form.
        let b = one(F {
            name: "Unterschrift",
            bezug: &["§ 126 BGB"],
            ..F0
        });
        assert_eq!(b[0].change.kind, ChangeKind::Rechtsaenderung);
        // Payment on site: § 4 EGovG; a register retrieval: technical.
        let b = one(F {
            hilfe: Some("Die Gebühr ist als Barzahlung zu entrichten."),
            ..F0
        });
        assert_eq!(b[0].change.norms, ["§ 4 EGovG"]);
        let b = one(F {
            name: "Meldebescheinigung",
            datentyp: "file",
            ..F0
        });
        assert_eq!(b[0].change.kind, ChangeKind::Technisch);
        assert_eq!(b[0].change.norms, ["§ 34 BMG", "§ 5 Abs. 2 EGovG"]);
        // Personal appearance without a norm: the authority's practice.
        let b = one(F {
            hilfe: Some("Bitte persönlich erscheinen."),
            ..F0
        });
        assert_eq!(b[0].change.kind, ChangeKind::Organisatorisch);
    }

    #[test]
    fn wording_for_german_readers() {
        let m = schema(&[F {
            name: "Unterschrift",
            hilfe: Some("Senden Sie den Antrag per Post."),
            ..F0
        }]);
        let r = analyse(&schema(&[]), &m, String::new(), String::new());
        let b = &r.blockers[0];
        assert_eq!(b.element_label(), "Feld F99000000001 V1.0.0 „Unterschrift“");
        let f = b.finding().unwrap();
        // Matches are quoted as written; property names are German.
        assert!(f.why.contains("„Unterschrift“"), "{}", f.why);
        assert!(!f.why.contains("hilfetextEingabe"), "{}", f.why);
        let media = &r.blockers[1];
        assert!(media.finding().unwrap().why.contains("„per Post“"));
        assert!(media.finding().unwrap().why.contains("Hilfetext (Eingabe)"));
    }

    #[test]
    fn catalogue_lists_every_kind_once_in_order() {
        assert_eq!(CATALOGUE.len(), BlockerKind::ALL.len());
        for (info, kind) in CATALOGUE.iter().zip(BlockerKind::ALL) {
            assert_eq!(info.kind, kind);
            assert_eq!(kind.info().kind, kind);
            assert!(info.caps_maturity_at <= 3);
        }
        let mut codes: Vec<_> = CATALOGUE.iter().map(|k| k.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), CATALOGUE.len());
    }
}
