//! Process diff: baseline (FIM-Stamminformationen) against reference
//! (OZG-Referenzinformationen), step by step.
//!
//! # Matching
//! Flow nodes (activities, events, gateways, nested ones included) are matched in three
//! passes: by id; then, among the rest, by normalised name (case and whitespace ignored)
//! within the same pool and lane, in document order; then by normalised name alone when the
//! name is unique among the unmatched nodes of both sides (the step moved to another lane:
//! "who does what" changed). Message flows match by id, then by normalised name.
//!
//! # What it reports
//! Added and removed steps; for matched steps changes of name, type, lane and pool; changed
//! order: the nearest *matched* predecessors and successors along sequence flows (steps
//! only on one side are looked through, so an inserted or removed step does not make its
//! neighbours "reordered"); message flows added, removed or changed; metric deltas (steps
//! per pool and lane, handovers, message flows, media breaks, shortest and longest path,
//! decisions).
//!
//! # Complexity
//! O(n + f + m) for matching and changes (n flow nodes, f sequence flows, m message flows);
//! the order comparison looks through at most [`LOOK_THROUGH`] unmatched nodes per step.
//!
//! # Example
//! ```
//! let base = r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
//!   <process id="p"><startEvent id="s"/><task id="a" name="Antrag prüfen"/><endEvent id="e"/>
//!   <sequenceFlow id="f1" sourceRef="s" targetRef="a"/>
//!   <sequenceFlow id="f2" sourceRef="a" targetRef="e"/></process></definitions>"#;
//! let refr = base.replace("Antrag prüfen", "Antrag automatisch prüfen").replace("<task", "<serviceTask");
//! let b = fim_process::read(base).unwrap();
//! let r = fim_process::read(&refr).unwrap();
//! let d = fim_process::diff::diff(&b.definitions, &r.definitions);
//! assert_eq!(d.summary.changed, 1);
//! assert_eq!(d.changes[0].fields.len(), 2); // name and type
//! ```

use crate::analysis::metrics::{metrics, Metrics};
use crate::model::*;
use fim_core::blockers::{
    BlockerKind, MetricDelta, ProcessElementInfo, ProcessSide, ProcessSummary,
};
use fim_core::diff::normalize;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::fmt::Write as _;

/// How many unmatched nodes the order comparison looks through from one step.
pub const LOOK_THROUGH: usize = 64;

/// A process diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProcessDiff {
    /// The baseline (file name empty: the caller sets it).
    pub baseline: ProcessSide,
    /// The reference.
    pub reference: ProcessSide,
    /// Counts.
    pub summary: ProcessSummary,
    /// Changes: baseline order (removed and changed steps), then added steps, then message
    /// flows in the same order.
    pub changes: Vec<Change>,
    /// Metric deltas.
    pub metrics: Vec<MetricDelta>,
}

impl ProcessDiff {
    /// Whether nothing changed.
    pub fn is_unchanged(&self) -> bool {
        self.summary.is_unchanged()
    }
}

/// What happened to an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// Only in the reference.
    Added,
    /// Only in the baseline.
    Removed,
    /// In both, with differences.
    Changed,
}

/// How a pair was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchedBy {
    /// Same id.
    Id,
    /// Same normalised name in the same pool and lane.
    Name,
    /// Same normalised name, unique on both sides, in another lane or pool.
    NameOtherLane,
}

/// The element kind a change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ElementKind {
    /// A flow node (activity, event, gateway).
    Step,
    /// A message flow.
    MessageFlow,
}

/// One added, removed or changed element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Added, removed or changed.
    pub change: ChangeKind,
    /// Step or message flow.
    pub element: ElementKind,
    /// The baseline element.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<ProcessElementInfo>,
    /// The reference element.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<ProcessElementInfo>,
    /// How the pair was matched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched_by: Option<MatchedBy>,
    /// The changed properties.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
}

/// One changed property.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// German property name: `Name`, `Typ`, `Lane`, `Pool`, `Vorgänger`, `Nachfolger`,
    /// `Quelle`, `Ziel`.
    pub property: String,
    /// Before.
    pub before: Option<String>,
    /// After.
    pub after: Option<String>,
}

impl FieldChange {
    /// German one-liner: `Lane: „A“ -> „B“`.
    pub fn german(&self) -> String {
        let q = |v: &Option<String>| match v.as_deref() {
            None | Some("") => "(leer)".to_owned(),
            Some(v) => format!("„{v}“"),
        };
        format!(
            "{}: {} -> {}",
            self.property,
            q(&self.before),
            q(&self.after)
        )
    }
}

/// One collected flow node.
#[derive(Debug, Clone)]
pub(crate) struct Step<'a> {
    pub node: &'a FlowNode,
    pub info: ProcessElementInfo,
    /// Ids of the enclosing sub-processes, outermost first.
    pub ancestors: Vec<&'a str>,
    pub preds: Vec<usize>,
    pub succs: Vec<usize>,
}

/// One collected message flow.
#[derive(Debug, Clone)]
pub(crate) struct Flow<'a> {
    pub flow: &'a MessageFlow,
    pub info: ProcessElementInfo,
    /// Pool of the source and target (names).
    pub from_pool: Option<String>,
    pub to_pool: Option<String>,
    /// Step index of the source and target, when they are flow nodes.
    pub from_step: Option<usize>,
    pub to_step: Option<usize>,
}

/// The steps and message flows of a file.
#[derive(Debug, Clone, Default)]
pub(crate) struct Model<'a> {
    pub steps: Vec<Step<'a>>,
    pub flows: Vec<Flow<'a>>,
}

/// German type word of a node: `manuelle Aufgabe`, `Nachrichten-Startereignis`, ...
pub fn type_word(n: &FlowNode) -> String {
    match &n.kind {
        NodeKind::Task { task } => match task {
            TaskKind::Task => "Aufgabe",
            TaskKind::User => "Benutzeraufgabe",
            TaskKind::Manual => "manuelle Aufgabe",
            TaskKind::Service => "Serviceaufgabe",
            TaskKind::Script => "Skriptaufgabe",
            TaskKind::Send => "Sendeaufgabe",
            TaskKind::Receive => "Empfangsaufgabe",
            TaskKind::BusinessRule => "Geschäftsregelaufgabe",
        }
        .to_owned(),
        NodeKind::Gateway { gateway } => match gateway {
            GatewayKind::Exclusive => "exklusives Gateway",
            GatewayKind::Parallel => "paralleles Gateway",
            GatewayKind::Inclusive => "inklusives Gateway",
            GatewayKind::Complex => "komplexes Gateway",
            GatewayKind::EventBased => "ereignisbasiertes Gateway",
        }
        .to_owned(),
        NodeKind::Event(e) => {
            let def = e.definitions.first().map(|d| match d {
                EventDefinition::Message => "Nachrichten",
                EventDefinition::Timer => "Zeit",
                EventDefinition::Error => "Fehler",
                EventDefinition::Escalation => "Eskalations",
                EventDefinition::Cancel => "Abbruch",
                EventDefinition::Compensate => "Kompensations",
                EventDefinition::Conditional => "Bedingungs",
                EventDefinition::Link => "Link",
                EventDefinition::Signal => "Signal",
                EventDefinition::Terminate => "Terminierungs",
            });
            let base = n.kind_word();
            match def {
                Some(d) if e.position == EventPosition::Boundary => {
                    format!("angeheftetes {d}ereignis")
                }
                Some(d) => format!("{d}-{base}"),
                None => base.to_owned(),
            }
        }
        _ => n.kind_word().to_owned(),
    }
}

fn name_of(n: &Option<String>) -> Option<String> {
    n.as_deref()
        .map(normalize)
        .filter(|s: &String| !s.is_empty())
}

fn key(s: &str) -> String {
    normalize(s).to_lowercase()
}

impl<'a> Model<'a> {
    /// Collects every flow node (nested included) and message flow of `defs`.
    pub fn new(defs: &'a Definitions) -> Self {
        let mut m = Model::default();
        let mut index: HashMap<&'a str, usize> = HashMap::new();
        let mut edges: Vec<(&'a str, &'a str)> = Vec::new();
        for p in &defs.processes {
            let pool = defs
                .participant_of(&p.id)
                .map(|x| name_of(&x.name).unwrap_or_else(|| x.id.clone()));
            let lanes = p.lane_of_nodes();
            // Iterative walk over nested containers: (container, ancestors, inherited lane).
            let mut stack: Vec<(&'a FlowContainer, Vec<&'a str>, Option<String>)> =
                vec![(&p.body, Vec::new(), None)];
            while let Some((c, ancestors, lane)) = stack.pop() {
                for f in &c.flows {
                    edges.push((f.source_ref.as_str(), f.target_ref.as_str()));
                }
                for n in &c.nodes {
                    let my_lane = lanes
                        .get(n.id.as_str())
                        .map(|l| name_of(&l.name).unwrap_or_else(|| l.id.clone()))
                        .or_else(|| lane.clone());
                    index.entry(n.id.as_str()).or_insert(m.steps.len());
                    m.steps.push(Step {
                        node: n,
                        info: ProcessElementInfo {
                            id: n.id.clone(),
                            name: name_of(&n.name),
                            kind: type_word(n),
                            lane: my_lane.clone(),
                            pool: pool.clone(),
                        },
                        ancestors: ancestors.clone(),
                        preds: Vec::new(),
                        succs: Vec::new(),
                    });
                    if let Some(sp) = n.sub_process() {
                        let mut a = ancestors.clone();
                        a.push(n.id.as_str());
                        stack.push((&sp.body, a, my_lane));
                    }
                }
            }
        }
        for (s, t) in edges {
            if let (Some(&a), Some(&b)) = (index.get(s), index.get(t)) {
                if let Some(x) = m.steps.get_mut(a) {
                    x.succs.push(b);
                }
                if let Some(x) = m.steps.get_mut(b) {
                    x.preds.push(a);
                }
            }
        }
        let participants: HashMap<&str, String> = defs
            .collaborations
            .iter()
            .flat_map(|c| c.participants.iter())
            .map(|p| {
                (
                    p.id.as_str(),
                    name_of(&p.name).unwrap_or_else(|| p.id.clone()),
                )
            })
            .collect();
        for c in &defs.collaborations {
            for f in &c.message_flows {
                let end = |r: &str| -> (Option<String>, Option<usize>) {
                    if let Some(p) = participants.get(r) {
                        return (Some(p.clone()), None);
                    }
                    let step = index.get(r).copied();
                    let pool = step
                        .and_then(|i| m.steps.get(i))
                        .and_then(|s| s.info.pool.clone());
                    (pool, step)
                };
                let (from_pool, from_step) = end(&f.source_ref);
                let (to_pool, to_step) = end(&f.target_ref);
                let who = format!(
                    "{} → {}",
                    from_pool.as_deref().unwrap_or("?"),
                    to_pool.as_deref().unwrap_or("?")
                );
                m.flows.push(Flow {
                    flow: f,
                    info: ProcessElementInfo {
                        id: f.id.clone(),
                        name: name_of(&f.name),
                        kind: "Nachrichtenfluss".to_owned(),
                        lane: None,
                        pool: Some(who),
                    },
                    from_pool,
                    to_pool,
                    from_step,
                    to_step,
                });
            }
        }
        m
    }

    fn step_label(&self, i: usize) -> String {
        self.steps
            .get(i)
            .map(|s| s.info.name.clone().unwrap_or_else(|| s.info.id.clone()))
            .unwrap_or_default()
    }

    /// Nearest matched predecessors (`forward = false`) or successors of step `i`, looking
    /// through unmatched steps.
    fn nearest_matched(&self, i: usize, matched: &[Option<usize>], forward: bool) -> Vec<usize> {
        let mut out = BTreeSet::new();
        let mut seen = HashSet::new();
        let mut queue: VecDeque<usize> = VecDeque::new();
        let next = |j: usize| -> &[usize] {
            match self.steps.get(j) {
                Some(s) if forward => &s.succs,
                Some(s) => &s.preds,
                None => &[],
            }
        };
        queue.extend(next(i).iter().copied());
        let mut budget = LOOK_THROUGH;
        while let Some(j) = queue.pop_front() {
            if !seen.insert(j) {
                continue;
            }
            if matched.get(j).copied().flatten().is_some() {
                out.insert(j);
            } else if budget > 0 {
                budget -= 1;
                queue.extend(next(j).iter().copied());
            }
        }
        out.into_iter().collect()
    }
}

/// The matching of two models.
#[derive(Debug, Clone, Default)]
pub(crate) struct Matching {
    pub base_to_ref: Vec<Option<usize>>,
    pub ref_to_base: Vec<Option<usize>>,
    pub matched_by: Vec<Option<MatchedBy>>,
    pub flow_base_to_ref: Vec<Option<usize>>,
    pub flow_ref_to_base: Vec<Option<usize>>,
}

impl Matching {
    pub fn new(b: &Model<'_>, r: &Model<'_>) -> Self {
        let mut m = Matching {
            base_to_ref: vec![None; b.steps.len()],
            ref_to_base: vec![None; r.steps.len()],
            matched_by: vec![None; b.steps.len()],
            flow_base_to_ref: vec![None; b.flows.len()],
            flow_ref_to_base: vec![None; r.flows.len()],
        };
        // 1. ids
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        for (i, s) in r.steps.iter().enumerate() {
            by_id.entry(s.info.id.as_str()).or_insert(i);
        }
        for (i, s) in b.steps.iter().enumerate() {
            if let Some(&j) = by_id.get(s.info.id.as_str()) {
                if m.ref_to_base.get(j).copied().flatten().is_none() {
                    m.link(i, j, MatchedBy::Id);
                }
            }
        }
        // 2. name within pool and lane
        let lane_key = |s: &Step<'_>| {
            s.info.name.as_deref().map(|n| {
                (
                    key(s.info.pool.as_deref().unwrap_or("")),
                    key(s.info.lane.as_deref().unwrap_or("")),
                    key(n),
                )
            })
        };
        let mut cand: HashMap<(String, String, String), VecDeque<usize>> = HashMap::new();
        for (j, s) in r.steps.iter().enumerate() {
            if m.ref_to_base.get(j).copied().flatten().is_none() {
                if let Some(k) = lane_key(s) {
                    cand.entry(k).or_default().push_back(j);
                }
            }
        }
        for (i, s) in b.steps.iter().enumerate() {
            if m.base_to_ref.get(i).copied().flatten().is_some() {
                continue;
            }
            if let Some(j) = lane_key(s)
                .and_then(|k| cand.get_mut(&k))
                .and_then(|q| q.pop_front())
            {
                m.link(i, j, MatchedBy::Name);
            }
        }
        // 3. unique name anywhere
        let mut base_names: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, s) in b.steps.iter().enumerate() {
            if m.base_to_ref.get(i).copied().flatten().is_none() {
                if let Some(n) = &s.info.name {
                    base_names.entry(key(n)).or_default().push(i);
                }
            }
        }
        let mut ref_names: HashMap<String, Vec<usize>> = HashMap::new();
        for (j, s) in r.steps.iter().enumerate() {
            if m.ref_to_base.get(j).copied().flatten().is_none() {
                if let Some(n) = &s.info.name {
                    ref_names.entry(key(n)).or_default().push(j);
                }
            }
        }
        for (i, s) in b.steps.iter().enumerate() {
            let Some(n) = s.info.name.as_deref().map(key) else {
                continue;
            };
            if let (Some([bi]), Some([j])) = (
                base_names.get(&n).map(Vec::as_slice),
                ref_names.get(&n).map(Vec::as_slice),
            ) {
                if *bi == i && m.base_to_ref.get(i).copied().flatten().is_none() {
                    m.link(i, *j, MatchedBy::NameOtherLane);
                }
            }
        }
        // Message flows: id, then name.
        let mut flow_id: HashMap<&str, usize> = HashMap::new();
        for (j, f) in r.flows.iter().enumerate() {
            flow_id.entry(f.info.id.as_str()).or_insert(j);
        }
        for (i, f) in b.flows.iter().enumerate() {
            if let Some(&j) = flow_id.get(f.info.id.as_str()) {
                if m.flow_ref_to_base.get(j).copied().flatten().is_none() {
                    m.link_flow(i, j);
                }
            }
        }
        let mut flow_name: HashMap<String, VecDeque<usize>> = HashMap::new();
        for (j, f) in r.flows.iter().enumerate() {
            if m.flow_ref_to_base.get(j).copied().flatten().is_none() {
                if let Some(n) = &f.info.name {
                    flow_name.entry(key(n)).or_default().push_back(j);
                }
            }
        }
        for (i, f) in b.flows.iter().enumerate() {
            if m.flow_base_to_ref.get(i).copied().flatten().is_some() {
                continue;
            }
            if let Some(j) = f
                .info
                .name
                .as_deref()
                .and_then(|n| flow_name.get_mut(&key(n)))
                .and_then(|q| q.pop_front())
            {
                m.link_flow(i, j);
            }
        }
        m
    }

    fn link(&mut self, i: usize, j: usize, by: MatchedBy) {
        if let Some(x) = self.base_to_ref.get_mut(i) {
            *x = Some(j);
        }
        if let Some(x) = self.ref_to_base.get_mut(j) {
            *x = Some(i);
        }
        if let Some(x) = self.matched_by.get_mut(i) {
            *x = Some(by);
        }
    }

    fn link_flow(&mut self, i: usize, j: usize) {
        if let Some(x) = self.flow_base_to_ref.get_mut(i) {
            *x = Some(j);
        }
        if let Some(x) = self.flow_ref_to_base.get_mut(j) {
            *x = Some(i);
        }
    }
}

fn field(property: &str, before: Option<String>, after: Option<String>) -> Option<FieldChange> {
    (before != after).then(|| FieldChange {
        property: property.to_owned(),
        before,
        after,
    })
}

/// Property changes of a matched step pair (without order).
fn step_fields(b: &ProcessElementInfo, r: &ProcessElementInfo) -> Vec<FieldChange> {
    [
        field("Name", b.name.clone(), r.name.clone()),
        field("Typ", Some(b.kind.clone()), Some(r.kind.clone())),
        field("Pool", b.pool.clone(), r.pool.clone()),
        field("Lane", b.lane.clone(), r.lane.clone()),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Order changes of a matched step pair: nearest matched predecessors and successors.
fn order_fields(
    bm: &Model<'_>,
    rm: &Model<'_>,
    m: &Matching,
    i: usize,
    j: usize,
) -> Vec<FieldChange> {
    let mut out = Vec::new();
    for (forward, property) in [(false, "Vorgänger"), (true, "Nachfolger")] {
        let bn = bm.nearest_matched(i, &m.base_to_ref, forward);
        let rn = rm.nearest_matched(j, &m.ref_to_base, forward);
        let mapped: BTreeSet<usize> = bn
            .iter()
            .filter_map(|&x| m.base_to_ref.get(x).copied().flatten())
            .collect();
        let rs: BTreeSet<usize> = rn.iter().copied().collect();
        if mapped != rs {
            let names = |model: &Model<'_>, v: &[usize]| {
                let mut l: Vec<String> = v.iter().map(|&x| model.step_label(x)).collect();
                l.sort();
                Some(l.join(", "))
            };
            out.push(FieldChange {
                property: property.to_owned(),
                before: names(bm, &bn),
                after: names(rm, &rn),
            });
        }
    }
    out
}

fn flow_fields(
    b: &Flow<'_>,
    r: &Flow<'_>,
    bm: &Model<'_>,
    rm: &Model<'_>,
    m: &Matching,
) -> Vec<FieldChange> {
    let mut out: Vec<FieldChange> = field("Name", b.info.name.clone(), r.info.name.clone())
        .into_iter()
        .collect();
    for (property, bs, rs, bp, rp) in [
        (
            "Quelle",
            b.from_step,
            r.from_step,
            &b.from_pool,
            &r.from_pool,
        ),
        ("Ziel", b.to_step, r.to_step, &b.to_pool, &r.to_pool),
    ] {
        let same_step = match (bs, rs) {
            (Some(x), Some(y)) => m.base_to_ref.get(x).copied().flatten() == Some(y),
            (None, None) => true,
            _ => false,
        };
        if !same_step || bp != rp {
            let label = |model: &Model<'_>, s: Option<usize>, p: &Option<String>| {
                let pool = p.clone().unwrap_or_else(|| "?".into());
                Some(match s {
                    Some(s) => format!("{pool}: {}", model.step_label(s)),
                    None => pool,
                })
            };
            out.push(FieldChange {
                property: property.to_owned(),
                before: label(bm, bs, bp),
                after: label(rm, rs, rp),
            });
        }
    }
    out
}

/// A side's description (file name left empty): `name` if given, else the name of the
/// definitions, the first collaboration, process or pool.
pub fn side(defs: &Definitions, format: &str, name: Option<String>) -> ProcessSide {
    let name = name
        .or_else(|| name_of(&defs.name))
        .or_else(|| defs.collaborations.iter().find_map(|c| name_of(&c.name)))
        .or_else(|| defs.processes.iter().find_map(|p| name_of(&p.name)))
        .or_else(|| {
            defs.collaborations
                .iter()
                .flat_map(|c| c.participants.iter())
                .find_map(|p| name_of(&p.name))
        });
    ProcessSide {
        file: String::new(),
        format: format.to_owned(),
        name,
        pools: defs
            .collaborations
            .iter()
            .flat_map(|c| c.participants.iter())
            .map(|p| name_of(&p.name).unwrap_or_else(|| p.id.clone()))
            .collect(),
    }
}

/// The full comparison: models, matching, changes; used by [`diff`] and the blocker report.
pub(crate) struct Comparison<'a> {
    pub base: Model<'a>,
    pub refr: Model<'a>,
    pub matching: Matching,
    pub changes: Vec<Change>,
    pub summary: ProcessSummary,
    /// Change index per baseline step / reference step / baseline flow / reference flow.
    pub step_change_base: Vec<Option<usize>>,
    pub step_change_ref: Vec<Option<usize>>,
    pub flow_change_base: Vec<Option<usize>>,
    pub flow_change_ref: Vec<Option<usize>>,
}

impl<'a> Comparison<'a> {
    pub fn new(b: &'a Definitions, r: &'a Definitions) -> Self {
        let base = Model::new(b);
        let refr = Model::new(r);
        let matching = Matching::new(&base, &refr);
        let mut c = Comparison {
            step_change_base: vec![None; base.steps.len()],
            step_change_ref: vec![None; refr.steps.len()],
            flow_change_base: vec![None; base.flows.len()],
            flow_change_ref: vec![None; refr.flows.len()],
            base,
            refr,
            matching,
            changes: Vec::new(),
            summary: ProcessSummary::default(),
        };
        c.compute();
        c
    }

    fn compute(&mut self) {
        let (bm, rm, m) = (&self.base, &self.refr, &self.matching);
        let mut changes = Vec::new();
        let mut s = ProcessSummary::default();
        for (i, bs) in bm.steps.iter().enumerate() {
            match m.base_to_ref.get(i).copied().flatten() {
                None => {
                    s.removed += 1;
                    if let Some(x) = self.step_change_base.get_mut(i) {
                        *x = Some(changes.len());
                    }
                    changes.push(Change {
                        change: ChangeKind::Removed,
                        element: ElementKind::Step,
                        baseline: Some(bs.info.clone()),
                        reference: None,
                        matched_by: None,
                        fields: Vec::new(),
                    });
                }
                Some(j) => {
                    let Some(rs) = rm.steps.get(j) else { continue };
                    s.matched += 1;
                    let by = m.matched_by.get(i).copied().flatten();
                    if by != Some(MatchedBy::Id) {
                        s.matched_by_name += 1;
                    }
                    let mut fields = step_fields(&bs.info, &rs.info);
                    if !fields.is_empty() {
                        s.changed += 1;
                    }
                    let order = order_fields(bm, rm, m, i, j);
                    if !order.is_empty() {
                        s.reordered += 1;
                    }
                    fields.extend(order);
                    if !fields.is_empty() {
                        if let Some(x) = self.step_change_base.get_mut(i) {
                            *x = Some(changes.len());
                        }
                        if let Some(x) = self.step_change_ref.get_mut(j) {
                            *x = Some(changes.len());
                        }
                        changes.push(Change {
                            change: ChangeKind::Changed,
                            element: ElementKind::Step,
                            baseline: Some(bs.info.clone()),
                            reference: Some(rs.info.clone()),
                            matched_by: by,
                            fields,
                        });
                    }
                }
            }
        }
        for (j, rs) in rm.steps.iter().enumerate() {
            if m.ref_to_base.get(j).copied().flatten().is_none() {
                s.added += 1;
                if let Some(x) = self.step_change_ref.get_mut(j) {
                    *x = Some(changes.len());
                }
                changes.push(Change {
                    change: ChangeKind::Added,
                    element: ElementKind::Step,
                    baseline: None,
                    reference: Some(rs.info.clone()),
                    matched_by: None,
                    fields: Vec::new(),
                });
            }
        }
        for (i, bf) in bm.flows.iter().enumerate() {
            let partner = m
                .flow_base_to_ref
                .get(i)
                .copied()
                .flatten()
                .and_then(|j| rm.flows.get(j).map(|f| (j, f)));
            let change = match partner {
                None => Some(Change {
                    change: ChangeKind::Removed,
                    element: ElementKind::MessageFlow,
                    baseline: Some(bf.info.clone()),
                    reference: None,
                    matched_by: None,
                    fields: Vec::new(),
                }),
                Some((j, rf)) => {
                    let fields = flow_fields(bf, rf, bm, rm, m);
                    (!fields.is_empty()).then(|| {
                        if let Some(x) = self.flow_change_ref.get_mut(j) {
                            *x = Some(changes.len());
                        }
                        Change {
                            change: ChangeKind::Changed,
                            element: ElementKind::MessageFlow,
                            baseline: Some(bf.info.clone()),
                            reference: Some(rf.info.clone()),
                            matched_by: Some(if bf.info.id == rf.info.id {
                                MatchedBy::Id
                            } else {
                                MatchedBy::Name
                            }),
                            fields,
                        }
                    })
                }
            };
            if let Some(ch) = change {
                s.message_flows_changed += 1;
                if let Some(x) = self.flow_change_base.get_mut(i) {
                    *x = Some(changes.len());
                }
                changes.push(ch);
            }
        }
        for (j, rf) in rm.flows.iter().enumerate() {
            if m.flow_ref_to_base.get(j).copied().flatten().is_none() {
                s.message_flows_changed += 1;
                if let Some(x) = self.flow_change_ref.get_mut(j) {
                    *x = Some(changes.len());
                }
                changes.push(Change {
                    change: ChangeKind::Added,
                    element: ElementKind::MessageFlow,
                    baseline: None,
                    reference: Some(rf.info.clone()),
                    matched_by: None,
                    fields: Vec::new(),
                });
            }
        }
        self.changes = changes;
        self.summary = s;
    }
}

/// Compares two process files. Sides carry no file names and the generic BPMN format; use
/// [`diff_named`] to label them.
pub fn diff(baseline: &Definitions, reference: &Definitions) -> ProcessDiff {
    diff_named(
        baseline,
        side(baseline, "bpmn", None),
        reference,
        side(reference, "bpmn", None),
    )
}

/// Compares two process files with the given side descriptions.
pub fn diff_named(
    baseline: &Definitions,
    base_side: ProcessSide,
    reference: &Definitions,
    ref_side: ProcessSide,
) -> ProcessDiff {
    let c = Comparison::new(baseline, reference);
    let media = |model: &Model<'_>| {
        crate::blockers::detect_model(model, None)
            .iter()
            .filter(|(_, f)| f.kind == BlockerKind::MediaBreak)
            .count()
    };
    let deltas = metric_deltas(
        &metrics(baseline),
        &metrics(reference),
        media(&c.base),
        media(&c.refr),
    );
    ProcessDiff {
        baseline: base_side,
        reference: ref_side,
        summary: c.summary,
        changes: c.changes,
        metrics: deltas,
    }
}

fn to_i64(v: usize) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// The metric deltas of two metric sets; `media_*`: media-break findings per side.
pub(crate) fn metric_deltas(
    b: &Metrics,
    r: &Metrics,
    media_b: usize,
    media_r: usize,
) -> Vec<MetricDelta> {
    // (key, label) -> (baseline, reference), in first-seen order.
    let mut order: Vec<(String, String)> = Vec::new();
    let mut values: HashMap<String, (Option<i64>, Option<i64>)> = HashMap::new();
    let mut put = |key: String, label: String, base: bool, v: Option<i64>| {
        let e = values.entry(key.clone()).or_insert_with(|| {
            order.push((key, label));
            (None, None)
        });
        let slot = if base { &mut e.0 } else { &mut e.1 };
        if let Some(v) = v {
            *slot = Some(slot.unwrap_or(0) + v);
        }
    };
    let who = |p: &crate::analysis::metrics::ProcessMetrics| {
        p.participant
            .clone()
            .or_else(|| p.name.clone())
            .unwrap_or_else(|| p.id.clone())
    };
    for (base, m) in [(true, b), (false, r)] {
        for p in &m.processes {
            let w = who(p);
            put(
                format!("activities.pool.{w}"),
                format!("Schritte (Aktivitäten) im Pool {w}"),
                base,
                Some(to_i64(p.activities)),
            );
        }
    }
    for (base, m) in [(true, b), (false, r)] {
        for p in &m.processes {
            for (lane, n) in &p.activities_per_lane {
                put(
                    format!("activities.lane.{lane}"),
                    format!("Schritte (Aktivitäten) in der Lane {lane}"),
                    base,
                    Some(to_i64(*n)),
                );
            }
        }
    }
    for (base, m, media) in [(true, b, media_b), (false, r, media_r)] {
        put(
            "handovers".into(),
            "Übergaben zwischen Lanes".into(),
            base,
            Some(m.processes.iter().map(|p| to_i64(p.handovers)).sum()),
        );
        put(
            "message_flows".into(),
            "Nachrichtenflüsse".into(),
            base,
            Some(to_i64(m.message_flow_total)),
        );
        put(
            "media_breaks".into(),
            "Medienbrüche (Hemmnis HEM-04)".into(),
            base,
            Some(to_i64(media)),
        );
        put(
            "decisions".into(),
            "Entscheidungen (verzweigende Gateways)".into(),
            base,
            Some(m.processes.iter().map(|p| to_i64(p.decisions)).sum()),
        );
    }
    for (base, m) in [(true, b), (false, r)] {
        for p in &m.processes {
            let w = who(p);
            put(
                format!("path.shortest.{w}"),
                format!("Kürzester Pfad im Pool {w} (Knoten)"),
                base,
                p.shortest_path.map(to_i64),
            );
            put(
                format!("path.longest.{w}"),
                format!("Längster Pfad im Pool {w} (Knoten)"),
                base,
                p.longest_path.map(to_i64),
            );
        }
    }
    order
        .into_iter()
        .map(|(key, label)| {
            let (baseline, reference) = values.get(&key).copied().unwrap_or((None, None));
            MetricDelta {
                key,
                label,
                baseline,
                reference,
            }
        })
        .collect()
}

fn side_line(s: &ProcessSide) -> String {
    let mut t = if s.file.is_empty() {
        s.format.clone()
    } else {
        format!("{} ({})", s.file, s.format)
    };
    if let Some(n) = &s.name {
        let _ = write!(t, ", {n}");
    }
    if !s.pools.is_empty() {
        let _ = write!(t, "; Pools: {}", s.pools.join(", "));
    }
    t
}

/// Renders a process diff for the terminal (German).
pub fn render_human(d: &ProcessDiff) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "Basis:     {}", side_line(&d.baseline));
    let _ = writeln!(s, "Referenz:  {}", side_line(&d.reference));
    let _ = writeln!(s);
    if d.is_unchanged() {
        let _ = writeln!(s, "Keine Änderung am Ablauf.");
    }
    for c in &d.changes {
        match c.change {
            ChangeKind::Added => {
                if let Some(e) = &c.reference {
                    let _ = writeln!(s, "+ {}", e.label());
                }
            }
            ChangeKind::Removed => {
                if let Some(e) = &c.baseline {
                    let _ = writeln!(s, "- {}", e.label());
                }
            }
            ChangeKind::Changed => {
                let (Some(b), Some(r)) = (&c.baseline, &c.reference) else {
                    continue;
                };
                let via = match c.matched_by {
                    Some(MatchedBy::Name) => format!(" = {} (über den Namen)", r.id),
                    Some(MatchedBy::NameOtherLane) => {
                        format!(" = {} (über den Namen, andere Lane)", r.id)
                    }
                    _ => String::new(),
                };
                let _ = writeln!(s, "~ {}{via}", b.label());
                for f in &c.fields {
                    let _ = writeln!(s, "    {}", f.german());
                }
            }
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "Kennzahlen (Basis -> Referenz):");
    for m in &d.metrics {
        let v = |x: Option<i64>| x.map_or_else(|| "–".to_owned(), |x| x.to_string());
        let delta = m.delta();
        let sign = if delta > 0 { "+" } else { "" };
        let _ = writeln!(
            s,
            "  {}: {} -> {} ({sign}{delta})",
            m.label,
            v(m.baseline),
            v(m.reference)
        );
    }
    let m = &d.summary;
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Hinzugefügt: {}, entfernt: {}, geändert: {}, Reihenfolge geändert: {}, Nachrichtenflüsse geändert: {} (zugeordnet: {}, davon über den Namen: {})",
        m.added, m.removed, m.changed, m.reordered, m.message_flows_changed, m.matched, m.matched_by_name
    );
    s
}
