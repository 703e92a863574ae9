//! Soundness of a process: option to complete, proper completion, no dead activities.
//!
//! The flow container is translated into a workflow graph whose places are the sequence
//! flows (token game of BPMN): activities and events consume one token and produce one per
//! outgoing flow; exclusive joins fire per token, parallel joins wait for all, inclusive
//! joins wait while a token can still arrive (non-local semantics), splits produce one (XOR),
//! all (AND) or any non-empty subset (OR) of their outgoing tokens. Implicit joins and splits
//! of activities become explicit XOR joins and AND splits (OR splits when flows are
//! conditional); boundary events become an XOR choice after their activity; end events are
//! sinks, terminate end events clear all tokens. A state is final when no token is left.
//!
//! Before any state-space search the graph is reduced with rules that preserve soundness
//! (series, parallel edges between matching split and join, structured XOR loops, splits
//! into the sink). Block-structured models reduce completely in near-linear time; what is
//! left (the unstructured or wrong part) is explored breadth first, bounded by
//! [`Options::max_states`]. When the bound is hit the verdict is [`Verdict::Unknown`], never
//! a hang. Problems found:
//!
//! - deadlock: a state with tokens but nothing enabled (e.g. XOR split into AND join);
//! - lack of synchronisation: two tokens on one flow (e.g. AND split into XOR join);
//! - livelock: states from which no final state is reachable but which are not stuck;
//! - dead activity: an activity that runs in no reachable state.
//!
//! Each problem comes with a witness: the element ids fired from the start to the problem.
//!
//! # Complexity
//! Translation and reduction: O((n + f) * d) time for n nodes, f flows and maximum degree d;
//! search: O(s * t * f) for s explored states (at most `max_states`) and t transitions of
//! the reduced graph.
//!
//! # Example
//! ```text
//!            +--> [A] --+
//!  (s) --> <X>          <+> --> (e)      XOR split into AND join: deadlock
//!            +--> [B] --+
//! ```
//! ```
//! let src = r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
//!   <process id="p"><startEvent id="s"/><exclusiveGateway id="x"/><task id="a"/><task id="b"/>
//!   <parallelGateway id="j"/><endEvent id="e"/>
//!   <sequenceFlow id="f1" sourceRef="s" targetRef="x"/><sequenceFlow id="f2" sourceRef="x" targetRef="a"/>
//!   <sequenceFlow id="f3" sourceRef="x" targetRef="b"/><sequenceFlow id="f4" sourceRef="a" targetRef="j"/>
//!   <sequenceFlow id="f5" sourceRef="b" targetRef="j"/><sequenceFlow id="f6" sourceRef="j" targetRef="e"/>
//!   </process></definitions>"#;
//! let doc = fim_process::read(src).unwrap();
//! use fim_process::analysis::soundness::{soundness, Options, Problem, Verdict};
//! let r = soundness(&doc.definitions.processes[0].body, &Options::default());
//! assert_eq!(r.verdict, Verdict::Unsound);
//! assert_eq!(r.findings[0].problem, Problem::Deadlock);
//! assert_eq!(r.findings[0].element, "j");
//! ```

use crate::model::*;
use serde::Serialize;
use std::collections::{HashMap, HashSet, VecDeque};

/// Search limits.
///
/// Two budgets bound the work: [`Options::max_states`] per flow container and
/// [`Options::max_states_per_file`] shared by all containers that [`check_definitions`] (and
/// [`diagnostics`]) decide for one file, so a file of many hard processes costs no more than
/// one budget. Once a problem is found the verdict is decided (unsound) and the search goes
/// on for at most [`STATES_AFTER_FINDING`] more states to find further problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Most states explored per flow container before giving up with [`Verdict::Unknown`]
    /// (lowered further so that stored markings stay under 256 MiB).
    pub max_states: usize,
    /// Most states explored over all flow containers of one file ([`check_definitions`]);
    /// containers reached after it is used up are searched with what is left.
    pub max_states_per_file: usize,
}

/// Default of [`Options::max_states`].
pub const DEFAULT_MAX_STATES: usize = 200_000;

/// Default of [`Options::max_states_per_file`].
pub const DEFAULT_MAX_STATES_PER_FILE: usize = 1_000_000;

/// States the search still explores after the first problem (the verdict is then decided).
pub const STATES_AFTER_FINDING: usize = 2_000;

impl Default for Options {
    fn default() -> Self {
        Options {
            max_states: DEFAULT_MAX_STATES,
            max_states_per_file: DEFAULT_MAX_STATES_PER_FILE,
        }
    }
}

/// The overall verdict for one flow container.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Verdict {
    /// Option to complete, proper completion and no dead activities hold.
    Sound,
    /// At least one problem was found.
    Unsound,
    /// The state bound was hit before a decision (problems found so far are reported).
    Unknown,
}

/// Kinds of soundness problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Problem {
    /// Tokens are left but nothing can fire.
    Deadlock,
    /// Two tokens on one sequence flow (the flow after an unsynchronised merge).
    LackOfSynchronization,
    /// The process can run forever without being able to complete.
    Livelock,
    /// The activity runs in no reachable state.
    DeadActivity,
}

/// One problem with its witness.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What is wrong.
    pub problem: Problem,
    /// The id of the element where it shows (join, merge, loop entry, dead activity).
    pub element: String,
    /// Index of that element in the container's `nodes`.
    #[serde(skip)]
    pub node: usize,
    /// Element ids fired from the start to the problem, in order.
    pub witness: Vec<String>,
}

/// The result for one flow container.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Sound, unsound or unknown.
    pub verdict: Verdict,
    /// Problems, deadlocks and missing synchronisation first.
    pub findings: Vec<Finding>,
    /// Nodes of the workflow graph before reduction.
    pub nodes_before: usize,
    /// Nodes left after reduction.
    pub nodes_after: usize,
    /// States explored (0 when reduction decided alone).
    pub states: usize,
    /// Whether a state bound was hit (per container, per file, or after the first problem).
    pub bound_hit: bool,
    /// Whether the file's budget ([`Options::max_states_per_file`]) was what stopped (or
    /// skipped) this search.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub file_budget_hit: bool,
}

type N = usize;
type E = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum K {
    Source,
    Task,
    End,
    Terminate,
    XorSplit,
    XorJoin,
    AndSplit,
    AndJoin,
    OrSplit,
    OrJoin,
}

const NO_ORIGIN: usize = usize::MAX;

/// Bytes of markings the search may hold per copy (list and index each hold one).
const MEMORY_BUDGET: usize = 128 << 20;

#[derive(Debug, Clone)]
struct WNode {
    kind: K,
    origin: usize,
    ins: Vec<E>,
    outs: Vec<E>,
    alive: bool,
    /// The default flow of an OR split: taken alone, only when no condition holds.
    default_out: Option<E>,
}

#[derive(Debug, Clone)]
struct WEdge {
    from: N,
    to: N,
    alive: bool,
    carried: Vec<usize>,
}

#[derive(Debug, Default)]
struct Wf {
    nodes: Vec<WNode>,
    edges: Vec<WEdge>,
}

impl Wf {
    fn node(&mut self, kind: K, origin: usize) -> N {
        self.nodes.push(WNode {
            kind,
            origin,
            ins: Vec::new(),
            outs: Vec::new(),
            alive: true,
            default_out: None,
        });
        self.nodes.len() - 1
    }

    fn edge(&mut self, from: N, to: N) -> E {
        let e = self.edges.len();
        self.edges.push(WEdge {
            from,
            to,
            alive: true,
            carried: Vec::new(),
        });
        self.nodes[from].outs.push(e);
        self.nodes[to].ins.push(e);
        e
    }

    fn kill_edge(&mut self, e: E) {
        self.edges[e].alive = false;
        let (f, t) = (self.edges[e].from, self.edges[e].to);
        self.nodes[f].outs.retain(|&x| x != e);
        self.nodes[t].ins.retain(|&x| x != e);
    }
}

fn join_kind(g: Option<GatewayKind>) -> K {
    match g {
        Some(GatewayKind::Parallel) => K::AndJoin,
        Some(GatewayKind::Inclusive | GatewayKind::Complex) => K::OrJoin,
        _ => K::XorJoin,
    }
}

fn split_kind(g: Option<GatewayKind>, conditional: bool) -> K {
    match g {
        Some(GatewayKind::Parallel) => K::AndSplit,
        Some(GatewayKind::Inclusive | GatewayKind::Complex) => K::OrSplit,
        Some(_) => K::XorSplit,
        None if conditional => K::OrSplit,
        None => K::AndSplit,
    }
}

/// Builds the workflow graph; returns it and the initial edge.
fn translate(c: &FlowContainer) -> (Wf, E) {
    let mut wf = Wf::default();
    let index: HashMap<&str, usize> = c
        .nodes
        .iter()
        .enumerate()
        .rev()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    // Nodes outside the normal flow: event sub-processes, compensation handlers.
    let skip = |n: &FlowNode| {
        n.for_compensation
            || n.sub_process()
                .is_some_and(|s| s.kind == SubProcessKind::Event)
            || n.event().is_some_and(|e| {
                e.position == EventPosition::Boundary
                    && e.definitions.contains(&EventDefinition::Compensate)
            })
    };
    let mut ins: Vec<Vec<usize>> = vec![Vec::new(); c.nodes.len()];
    let mut outs: Vec<Vec<usize>> = vec![Vec::new(); c.nodes.len()];
    let mut pairs = Vec::new();
    for (fi, f) in c.flows.iter().enumerate() {
        if let (Some(&s), Some(&t)) = (
            index.get(f.source_ref.as_str()),
            index.get(f.target_ref.as_str()),
        ) {
            if skip(&c.nodes[s])
                || skip(&c.nodes[t])
                || c.nodes[t].is_event(EventPosition::Boundary)
            {
                continue;
            }
            outs[s].push(fi);
            ins[t].push(fi);
            pairs.push((s, t, fi));
        }
    }
    // Link events: a throw jumps to the catch of the same name.
    let link_name = |n: &FlowNode| {
        n.event()
            .filter(|e| e.definitions.contains(&EventDefinition::Link))
            .and_then(|e| {
                e.link_name
                    .clone()
                    .filter(|x| !x.is_empty())
                    .or(n.name.clone())
            })
    };
    let mut catches: HashMap<String, usize> = HashMap::new();
    for (i, n) in c.nodes.iter().enumerate() {
        if n.is_event(EventPosition::IntermediateCatch) {
            if let Some(name) = link_name(n) {
                catches.entry(name).or_insert(i);
            }
        }
    }
    let mut links = Vec::new();
    for (i, n) in c.nodes.iter().enumerate() {
        if n.is_event(EventPosition::IntermediateThrow) && outs[i].is_empty() {
            if let Some(&t) = link_name(n).and_then(|x| catches.get(&x)) {
                links.push((i, t));
            }
        }
    }
    let mut boundaries: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, n) in c.nodes.iter().enumerate() {
        if skip(n) {
            continue;
        }
        if let Some(&h) = n
            .event()
            .filter(|e| e.position == EventPosition::Boundary)
            .and_then(|e| e.attached_to.as_deref())
            .and_then(|a| index.get(a))
        {
            if !skip(&c.nodes[h]) {
                boundaries.entry(h).or_default().push(i);
            }
        }
    }
    let in_count = |i: usize| ins[i].len() + links.iter().filter(|l| l.1 == i).count();
    let out_count = |i: usize| outs[i].len() + links.iter().filter(|l| l.0 == i).count();

    let source = wf.node(K::Source, NO_ORIGIN);
    let sink = wf.node(K::End, NO_ORIGIN);
    let mut entry = vec![usize::MAX; c.nodes.len()];
    let mut exit = vec![usize::MAX; c.nodes.len()];
    let mut starts = Vec::new();
    let has_start = c
        .nodes
        .iter()
        .any(|n| n.is_event(EventPosition::Start) && !skip(n));
    for (i, n) in c.nodes.iter().enumerate() {
        if skip(n) {
            continue;
        }
        let gw = n.gateway();
        let (a, b) = (in_count(i), out_count(i));
        let plain_end = n
            .event()
            .is_some_and(|e| e.position == EventPosition::End && !e.is_terminate());
        if plain_end && !boundaries.contains_key(&i) {
            // Every token arriving at an end event is consumed on its own: all end events
            // are the one sink, and several incoming flows need no join.
            entry[i] = sink;
            continue;
        }
        let is_boundary = n.is_event(EventPosition::Boundary);
        if is_boundary && !boundaries.values().any(|v| v.contains(&i)) {
            continue;
        }
        let core = if gw.is_some() {
            wf.node(K::Task, i)
        } else if n
            .event()
            .is_some_and(|e| e.position == EventPosition::End && e.is_terminate())
        {
            wf.node(K::Terminate, i)
        } else if b == 0 && !boundaries.contains_key(&i) {
            // End events and implicit ends: the token leaves here.
            let t = wf.node(K::Task, i);
            wf.edge(t, sink);
            t
        } else {
            wf.node(K::Task, i)
        };
        let first = if a > 1 {
            let j = wf.node(join_kind(gw), i);
            wf.edge(j, core);
            j
        } else {
            core
        };
        let mut last = core;
        if let Some(bs) = boundaries.get(&i) {
            // After the activity: normally on, or out through one of its boundary events.
            let x = wf.node(K::XorSplit, i);
            wf.edge(core, x);
            let normal = wf.node(K::XorJoin, i);
            wf.edge(x, normal);
            for &bi in bs {
                let bcore = wf.node(K::Task, bi);
                entry[bi] = bcore;
                if c.nodes[bi].event().is_some_and(|e| e.interrupting) {
                    wf.edge(x, bcore);
                } else {
                    let both = wf.node(K::AndSplit, bi);
                    wf.edge(x, both);
                    wf.edge(both, normal);
                    wf.edge(both, bcore);
                }
                let bb = out_count(bi);
                if bb == 0 {
                    wf.edge(bcore, sink);
                    exit[bi] = bcore;
                } else if bb > 1 {
                    let conditional = outs[bi].iter().any(|&f| c.flows[f].condition.is_some());
                    let s = wf.node(split_kind(None, conditional), bi);
                    wf.edge(bcore, s);
                    exit[bi] = s;
                } else {
                    exit[bi] = bcore;
                }
            }
            last = normal;
            if b == 0 {
                wf.edge(normal, sink);
            }
        }
        let out = if b > 1 {
            let conditional =
                outs[i].iter().any(|&f| c.flows[f].condition.is_some()) || n.default_flow.is_some();
            let s = wf.node(split_kind(gw, conditional), i);
            wf.edge(last, s);
            s
        } else {
            last
        };
        if !is_boundary {
            entry[i] = first;
            exit[i] = out;
        }
        let is_start = n.is_event(EventPosition::Start)
            || (!has_start
                && a == 0
                && !is_boundary
                && n.event().is_none_or(|e| e.position != EventPosition::End));
        if is_start && a == 0 {
            starts.push(first);
        }
    }
    for &(s, t, fi) in &pairs {
        if exit[s] != usize::MAX && entry[t] != usize::MAX {
            let e = wf.edge(exit[s], entry[t]);
            let from = &mut wf.nodes[exit[s]];
            if from.kind == K::OrSplit
                && c.nodes[s].default_flow.as_deref() == Some(c.flows[fi].id.as_str())
            {
                from.default_out = Some(e);
            }
        }
    }
    for &(s, t) in &links {
        if exit[s] != usize::MAX && entry[t] != usize::MAX {
            wf.edge(exit[s], entry[t]);
        }
    }
    let initial = match starts.len() {
        0 => wf.edge(source, sink),
        1 => wf.edge(source, starts[0]),
        _ => {
            // Several start events are alternatives; without start events every node
            // without incoming flow gets a token (BPMN 2.0, 10.5.2).
            let k = if has_start { K::XorSplit } else { K::AndSplit };
            let x = wf.node(k, NO_ORIGIN);
            for s in starts {
                wf.edge(x, s);
            }
            wf.edge(source, x)
        }
    };
    (wf, initial)
}

fn is_split(k: K) -> bool {
    matches!(k, K::XorSplit | K::AndSplit | K::OrSplit)
}

fn matching(s: K, j: K) -> bool {
    matches!(
        (s, j),
        (K::XorSplit, K::XorJoin) | (K::AndSplit, K::AndJoin) | (K::OrSplit, K::OrJoin)
    )
}

/// Applies soundness-preserving reductions until none applies.
fn reduce(wf: &mut Wf) {
    let mut work: VecDeque<N> = (0..wf.nodes.len()).collect();
    let mut queued = vec![true; wf.nodes.len()];
    let push = |work: &mut VecDeque<N>, queued: &mut Vec<bool>, n: N| {
        if !queued[n] {
            queued[n] = true;
            work.push_back(n);
        }
    };
    while let Some(n) = work.pop_front() {
        queued[n] = false;
        if !wf.nodes[n].alive {
            continue;
        }
        let kind = wf.nodes[n].kind;
        // Series: a node with one input and one output that does nothing else.
        if kind != K::Source
            && kind != K::End
            && kind != K::Terminate
            && wf.nodes[n].ins.len() == 1
            && wf.nodes[n].outs.len() == 1
        {
            let (ein, eout) = (wf.nodes[n].ins[0], wf.nodes[n].outs[0]);
            if ein != eout {
                let target = wf.edges[eout].to;
                let mut carried = std::mem::take(&mut wf.edges[ein].carried);
                if wf.nodes[n].origin != NO_ORIGIN && carried.last() != Some(&wf.nodes[n].origin) {
                    carried.push(wf.nodes[n].origin);
                }
                let mut rest = std::mem::take(&mut wf.edges[eout].carried);
                if rest.first() == carried.last() {
                    rest.remove(0);
                }
                carried.append(&mut rest);
                wf.edges[ein].carried = carried;
                wf.edges[eout].alive = false;
                if let Some(slot) = wf.nodes[target].ins.iter_mut().find(|x| **x == eout) {
                    *slot = ein;
                }
                wf.edges[ein].to = target;
                wf.nodes[n].alive = false;
                wf.nodes[n].ins.clear();
                wf.nodes[n].outs.clear();
                let from = wf.edges[ein].from;
                push(&mut work, &mut queued, from);
                push(&mut work, &mut queued, target);
                continue;
            }
        }
        if is_split(kind) {
            // Parallel edges into a matching join or into an end: keep one.
            let outs = wf.nodes[n].outs.clone();
            let mut by_target: HashMap<N, E> = HashMap::new();
            let mut changed = Vec::new();
            for e in outs {
                let t = wf.edges[e].to;
                let tk = wf.nodes[t].kind;
                if !(matching(kind, tk) || tk == K::End) {
                    continue;
                }
                if let Some(&keep) = by_target.get(&t) {
                    let mut c = std::mem::take(&mut wf.edges[e].carried);
                    wf.edges[keep].carried.append(&mut c);
                    wf.kill_edge(e);
                    changed.push(t);
                } else {
                    by_target.insert(t, e);
                }
            }
            if !changed.is_empty() {
                push(&mut work, &mut queued, n);
                for t in changed {
                    push(&mut work, &mut queued, t);
                }
                continue;
            }
        }
        if kind == K::XorSplit {
            // Structured loop: XOR join -> XOR split with a back edge to the join.
            let ins = &wf.nodes[n].ins;
            if ins.len() == 1 {
                let j = wf.edges[ins[0]].from;
                if wf.nodes[j].kind == K::XorJoin && wf.nodes[j].outs.len() == 1 {
                    let back: Vec<E> = wf.nodes[n]
                        .outs
                        .iter()
                        .copied()
                        .filter(|&e| wf.edges[e].to == j)
                        .collect();
                    if !back.is_empty() && back.len() < wf.nodes[n].outs.len() {
                        let fwd = ins[0];
                        for e in back {
                            let mut c = std::mem::take(&mut wf.edges[e].carried);
                            wf.edges[fwd].carried.append(&mut c);
                            wf.kill_edge(e);
                        }
                        push(&mut work, &mut queued, n);
                        push(&mut work, &mut queued, j);
                        continue;
                    }
                }
            }
        }
    }
}

/// A fired transition: the node and the edges it consumed from.
#[derive(Debug, Clone)]
struct Step {
    node: N,
    consumed: Vec<E>,
}

struct Net<'w> {
    wf: &'w Wf,
    /// Alive edges, compacted: marking index -> edge.
    edges: Vec<E>,
    slot: HashMap<E, usize>,
    /// For each OR join: for each incoming edge, the marking slots from which it is reachable.
    or_reach: HashMap<N, Vec<(usize, Vec<usize>)>>,
}

impl<'w> Net<'w> {
    fn new(wf: &'w Wf) -> Self {
        let edges: Vec<E> = (0..wf.edges.len()).filter(|&e| wf.edges[e].alive).collect();
        let slot: HashMap<E, usize> = edges.iter().enumerate().map(|(i, &e)| (e, i)).collect();
        let mut or_reach = HashMap::new();
        for (n, node) in wf.nodes.iter().enumerate() {
            if !(node.alive && node.kind == K::OrJoin) {
                continue;
            }
            let mut per_in = Vec::new();
            for &ein in &node.ins {
                // Edges from which `ein` can be reached without passing the join.
                let mut seen = HashSet::new();
                let mut stack = vec![ein];
                while let Some(e) = stack.pop() {
                    if !seen.insert(e) {
                        continue;
                    }
                    let from = wf.edges[e].from;
                    if from == n {
                        continue;
                    }
                    stack.extend(wf.nodes[from].ins.iter().copied());
                }
                let slots = seen.iter().filter_map(|e| slot.get(e).copied()).collect();
                per_in.push((slot[&ein], slots));
            }
            or_reach.insert(n, per_in);
        }
        Net {
            wf,
            edges,
            slot,
            or_reach,
        }
    }

    fn fire(&self, m: &[u8], n: N, consume: &[E], produce: &[E], out: &mut Vec<(Vec<u8>, Step)>) {
        let mut next = m.to_vec();
        for e in consume {
            let s = self.slot[e];
            next[s] = next[s].saturating_sub(1);
        }
        if self.wf.nodes[n].kind == K::Terminate {
            next.iter_mut().for_each(|x| *x = 0);
        }
        for e in produce {
            let s = self.slot[e];
            next[s] = next[s].saturating_add(1);
        }
        out.push((
            next,
            Step {
                node: n,
                consumed: consume.to_vec(),
            },
        ));
    }

    /// All successor markings of `m`.
    fn successors(&self, m: &[u8]) -> Vec<(Vec<u8>, Step)> {
        let mut out = Vec::new();
        let mut candidates: Vec<N> = Vec::new();
        for (s, &c) in m.iter().enumerate() {
            if c > 0 {
                let t = self.wf.edges[self.edges[s]].to;
                if !candidates.contains(&t) {
                    candidates.push(t);
                }
            }
        }
        for n in candidates {
            let node = &self.wf.nodes[n];
            let marked: Vec<E> = node
                .ins
                .iter()
                .copied()
                .filter(|e| m[self.slot[e]] > 0)
                .collect();
            match node.kind {
                K::Source => {}
                K::AndJoin => {
                    if marked.len() == node.ins.len() {
                        self.fire(m, n, &node.ins, &node.outs, &mut out);
                    }
                }
                K::OrJoin => {
                    let reach = self.or_reach.get(&n).map(Vec::as_slice).unwrap_or(&[]);
                    let waiting = reach.iter().any(|(own, from)| {
                        m[*own] == 0 && from.iter().any(|&s| s != *own && m[s] > 0)
                    });
                    if !waiting {
                        self.fire(m, n, &marked, &node.outs, &mut out);
                    }
                }
                K::XorSplit => {
                    for &e in &marked {
                        for &o in &node.outs {
                            self.fire(m, n, &[e], &[o], &mut out);
                        }
                    }
                }
                K::OrSplit => {
                    // Any non-empty subset of the conditional flows, or the default alone.
                    let default = node.default_out.filter(|d| node.outs.contains(d));
                    let others: Vec<E> = node
                        .outs
                        .iter()
                        .copied()
                        .filter(|&o| Some(o) != default)
                        .collect();
                    let k = others.len().min(10);
                    for &e in &marked {
                        for mask in 1u32..(1u32 << k) {
                            let subset: Vec<E> = (0..k)
                                .filter(|i| mask & (1 << i) != 0)
                                .map(|i| others[i])
                                .collect();
                            self.fire(m, n, &[e], &subset, &mut out);
                        }
                        if let Some(d) = default {
                            self.fire(m, n, &[e], &[d], &mut out);
                        }
                    }
                }
                _ => {
                    // Task, XOR join, AND split, end, terminate: one token in, all outs.
                    for &e in &marked {
                        self.fire(m, n, &[e], &node.outs, &mut out);
                    }
                }
            }
        }
        out
    }
}

/// Decides soundness of one flow container (a process body or a sub-process body; nested
/// sub-processes count as single activities here and are decided on their own).
pub fn soundness(c: &FlowContainer, opts: &Options) -> Report {
    soundness_within(c, opts, opts.max_states)
}

/// [`soundness`] with at most `budget` states (besides `opts.max_states`).
fn soundness_within(c: &FlowContainer, opts: &Options, budget: usize) -> Report {
    let (mut wf, initial) = translate(c);
    let nodes_before = wf.nodes.len();
    reduce(&mut wf);
    let alive: Vec<N> = (0..wf.nodes.len()).filter(|&n| wf.nodes[n].alive).collect();
    let nodes_after = alive.len();
    let trivially = alive.len() == 2
        && wf.edges[initial].alive
        && matches!(wf.nodes[wf.edges[initial].to].kind, K::End | K::Terminate);
    if trivially {
        return Report {
            verdict: Verdict::Sound,
            findings: Vec::new(),
            nodes_before,
            nodes_after,
            states: 0,
            bound_hit: false,
            file_budget_hit: false,
        };
    }
    let mut r = search(
        c,
        &wf,
        initial,
        budget.min(opts.max_states),
        nodes_before,
        nodes_after,
    );
    r.file_budget_hit = r.bound_hit && r.findings.is_empty() && budget < opts.max_states;
    r
}

fn search(
    c: &FlowContainer,
    wf: &Wf,
    initial: E,
    max_states: usize,
    nodes_before: usize,
    nodes_after: usize,
) -> Report {
    let net = Net::new(wf);
    // Memory bound as well: every state is stored twice (list and index), one byte per flow.
    let mut max_states = max_states
        .min(MEMORY_BUDGET / net.edges.len().max(1))
        .max(1);
    let mut m0 = vec![0u8; net.edges.len()];
    if let Some(&s) = net.slot.get(&initial) {
        m0[s] = 1;
    }
    let mut states: Vec<Vec<u8>> = vec![m0.clone()];
    let mut parent: Vec<Option<(usize, Step)>> = vec![None];
    let mut seen: HashMap<Vec<u8>, usize> = HashMap::from([(m0, 0)]);
    let mut succ: Vec<Vec<usize>> = Vec::new();
    let mut fired_nodes: HashSet<N> = HashSet::new();
    let mut marked_edges: HashSet<usize> =
        HashSet::from([net.slot.get(&initial).copied().unwrap_or(0)]);
    let mut findings = Vec::new();
    let mut seen_problem: HashSet<(Problem, usize)> = HashSet::new();
    let mut unsafe_states: HashSet<usize> = HashSet::new();
    let mut bound_hit = false;
    let mut i = 0;
    while i < states.len() {
        if !findings.is_empty() {
            // Decided: unsound. Look a little further for more problems, then stop.
            max_states = max_states.min(states.len().saturating_add(STATES_AFTER_FINDING));
        }
        let m = states[i].clone();
        if unsafe_states.contains(&i) {
            succ.push(Vec::new());
            i += 1;
            continue;
        }
        let next = net.successors(&m);
        let mut ids = Vec::new();
        if next.is_empty() && m.iter().any(|&x| x > 0) {
            // Deadlock: report where a token waits.
            let waiting = m
                .iter()
                .position(|&x| x > 0)
                .map(|s| wf.edges[net.edges[s]].to)
                .unwrap_or(0);
            let origin = origin_near(wf, waiting, &m, &net);
            if seen_problem.insert((Problem::Deadlock, origin)) {
                // The path so far, then where the waiting tokens went, then the stuck element.
                let mut w = witness(c, wf, &parent, i);
                for (s, &x) in m.iter().enumerate() {
                    if x > 0 {
                        for &o in &wf.edges[net.edges[s]].carried {
                            push_id(c, &mut w, o);
                        }
                    }
                }
                push_id(c, &mut w, origin);
                findings.push(make(c, Problem::Deadlock, origin, w));
            }
        }
        for (mk, step) in next {
            fired_nodes.insert(step.node);
            let id = match seen.get(&mk) {
                Some(&id) => id,
                None => {
                    if states.len() >= max_states {
                        bound_hit = true;
                        continue;
                    }
                    let id = states.len();
                    for (s, &x) in mk.iter().enumerate() {
                        if x > 0 {
                            marked_edges.insert(s);
                        }
                    }
                    if let Some(s) = mk.iter().position(|&x| x > 1) {
                        unsafe_states.insert(id);
                        let at = wf.edges[net.edges[s]].to;
                        let origin =
                            origin_of_edge(wf, net.edges[s]).unwrap_or_else(|| wf.nodes[at].origin);
                        if origin != NO_ORIGIN
                            && seen_problem.insert((Problem::LackOfSynchronization, origin))
                        {
                            let mut w = witness(c, wf, &parent, i);
                            w.extend(step_ids(c, wf, &step));
                            findings.push(make(c, Problem::LackOfSynchronization, origin, w));
                        }
                    }
                    seen.insert(mk.clone(), id);
                    states.push(mk);
                    parent.push(Some((i, step)));
                    id
                }
            };
            ids.push(id);
        }
        succ.push(ids);
        i += 1;
    }
    if !bound_hit {
        // Livelock: states that cannot reach the final (empty) marking but are not stuck.
        let mut pred: Vec<Vec<usize>> = vec![Vec::new(); states.len()];
        for (s, list) in succ.iter().enumerate() {
            for &t in list {
                pred[t].push(s);
            }
        }
        let mut good = vec![false; states.len()];
        let mut queue: VecDeque<usize> = (0..states.len())
            .filter(|&s| states[s].iter().all(|&x| x == 0) || unsafe_states.contains(&s))
            .collect();
        for &s in &queue {
            good[s] = true;
        }
        while let Some(s) = queue.pop_front() {
            for &p in &pred[s] {
                if !good[p] {
                    good[p] = true;
                    queue.push_back(p);
                }
            }
        }
        // A cycle among such states runs forever: a livelock.
        let mut bad: petgraph::graph::DiGraph<usize, ()> = petgraph::graph::DiGraph::new();
        let mut ix = HashMap::new();
        for s in (0..states.len()).filter(|&s| !good[s]) {
            ix.insert(s, bad.add_node(s));
        }
        for (&s, &a) in &ix {
            for t in &succ[s] {
                if let Some(&b) = ix.get(t) {
                    bad.add_edge(a, b, ());
                }
            }
        }
        let cyclic = petgraph::algo::tarjan_scc(&bad)
            .into_iter()
            .filter(|scc| scc.len() > 1 || bad.contains_edge(scc[0], scc[0]))
            .filter_map(|scc| scc.iter().map(|&n| bad[n]).min())
            .min();
        if let Some(s) = cyclic {
            let node = states[s]
                .iter()
                .position(|&x| x > 0)
                .map(|slot| wf.edges[net.edges[slot]].to)
                .unwrap_or(0);
            let origin = origin_near(wf, node, &states[s], &net);
            findings.push(make(
                c,
                Problem::Livelock,
                origin,
                witness(c, wf, &parent, s),
            ));
        }
        // Dead activities: carried by edges never marked, or nodes never fired.
        let mut dead: Vec<usize> = Vec::new();
        for (slot, &e) in net.edges.iter().enumerate() {
            if !marked_edges.contains(&slot) {
                dead.extend(wf.edges[e].carried.iter().copied());
            }
        }
        for (n, node) in wf.nodes.iter().enumerate() {
            if node.alive && node.origin != NO_ORIGIN && !fired_nodes.contains(&n) {
                dead.push(node.origin);
            }
        }
        let mut reported = HashSet::new();
        for o in dead {
            if o < c.nodes.len() && c.nodes[o].is_activity() && reported.insert(o) {
                findings.push(make(c, Problem::DeadActivity, o, Vec::new()));
            }
        }
    }
    findings.sort_by_key(|f| (f.problem as u8, f.node));
    let verdict = if !findings.is_empty() {
        Verdict::Unsound
    } else if bound_hit {
        Verdict::Unknown
    } else {
        Verdict::Sound
    };
    Report {
        verdict,
        findings,
        nodes_before,
        nodes_after,
        states: states.len(),
        bound_hit,
        file_budget_hit: false,
    }
}

/// The original element of a stuck node: itself, else the first origin carried into it.
fn origin_near(wf: &Wf, n: N, m: &[u8], net: &Net<'_>) -> usize {
    // Prefer a join that waits (has some but not all tokens).
    for (s, &x) in m.iter().enumerate() {
        if x > 0 {
            let t = wf.edges[net.edges[s]].to;
            if matches!(wf.nodes[t].kind, K::AndJoin | K::OrJoin) && wf.nodes[t].origin != NO_ORIGIN
            {
                return wf.nodes[t].origin;
            }
        }
    }
    if wf.nodes[n].origin != NO_ORIGIN {
        return wf.nodes[n].origin;
    }
    wf.nodes[n]
        .ins
        .iter()
        .find_map(|&e| wf.edges[e].carried.last().copied())
        .unwrap_or(NO_ORIGIN)
}

/// The last original element on an edge: the place where two tokens meet.
fn origin_of_edge(wf: &Wf, e: E) -> Option<usize> {
    wf.edges[e].carried.first().copied().or_else(|| {
        let f = wf.edges[e].from;
        (wf.nodes[f].origin != NO_ORIGIN).then_some(wf.nodes[f].origin)
    })
}

fn step_ids(c: &FlowContainer, wf: &Wf, step: &Step) -> Vec<String> {
    let mut out = Vec::new();
    for &e in &step.consumed {
        for &o in &wf.edges[e].carried {
            push_id(c, &mut out, o);
        }
    }
    push_id(c, &mut out, wf.nodes[step.node].origin);
    out
}

fn push_id(c: &FlowContainer, out: &mut Vec<String>, o: usize) {
    if let Some(n) = c.nodes.get(o) {
        if out.last() != Some(&n.id) {
            out.push(n.id.clone());
        }
    }
}

fn witness(
    c: &FlowContainer,
    wf: &Wf,
    parent: &[Option<(usize, Step)>],
    mut s: usize,
) -> Vec<String> {
    let mut steps = Vec::new();
    while let Some(Some((p, step))) = parent.get(s) {
        steps.push(step);
        s = *p;
    }
    let mut out: Vec<String> = Vec::new();
    for step in steps.into_iter().rev() {
        for id in step_ids(c, wf, step) {
            if out.last() != Some(&id) {
                out.push(id);
            }
        }
    }
    out
}

fn make(c: &FlowContainer, problem: Problem, node: usize, witness: Vec<String>) -> Finding {
    Finding {
        problem,
        element: c.nodes.get(node).map(|n| n.id.clone()).unwrap_or_default(),
        node,
        witness,
    }
}

/// The soundness report of one flow container of a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScopeReport {
    /// The process id.
    pub process: String,
    /// The id of the container: the process id or the sub-process id.
    pub scope: String,
    /// The result.
    pub report: Report,
}

/// Decides soundness of every process and every (non ad-hoc) sub-process of `defs`.
pub fn check_definitions(defs: &Definitions, opts: &Options) -> Vec<ScopeReport> {
    fn walk(
        process: &str,
        scope: &str,
        c: &FlowContainer,
        opts: &Options,
        left: &mut usize,
        out: &mut Vec<ScopeReport>,
    ) {
        let report = soundness_within(c, opts, *left);
        *left = left.saturating_sub(report.states);
        out.push(ScopeReport {
            process: process.to_owned(),
            scope: scope.to_owned(),
            report,
        });
        for n in &c.nodes {
            if let Some(sp) = n.sub_process() {
                if sp.kind != SubProcessKind::AdHoc && !sp.body.nodes.is_empty() {
                    walk(process, &n.id, &sp.body, opts, left, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut left = opts.max_states_per_file;
    for p in &defs.processes {
        walk(&p.id, &p.id, &p.body, opts, &mut left, &mut out);
    }
    out
}

/// Soundness findings of `defs` as diagnostics: `P201` deadlock, `P202` lack of
/// synchronisation, `P203` livelock, `P204` dead activity, `P205` bound hit (info).
pub fn diagnostics(defs: &Definitions, opts: &Options) -> Vec<fim_core::diagnostic::Diagnostic> {
    use fim_core::diagnostic::{Diagnostic, ElementKey, Severity};
    let mut spans = HashMap::new();
    fn collect<'a>(c: &'a FlowContainer, spans: &mut HashMap<&'a str, fim_core::Span>) {
        for n in &c.nodes {
            spans.entry(n.id.as_str()).or_insert(n.span);
            if let Some(sp) = n.sub_process() {
                collect(&sp.body, spans);
            }
        }
    }
    for p in &defs.processes {
        spans.insert(p.id.as_str(), p.span);
        collect(&p.body, &mut spans);
    }
    let mut out = Vec::new();
    for sr in check_definitions(defs, opts) {
        let r = &sr.report;
        if r.verdict == Verdict::Unknown {
            let message = if r.file_budget_hit {
                format!(
                    "Die Korrektheit von `{}` ist nicht entschieden: das Suchbudget der Datei ({} Zustände über alle Prozesse) ist aufgebraucht.",
                    sr.scope, opts.max_states_per_file
                )
            } else {
                format!(
                    "Die Korrektheit von `{}` ist nicht entschieden: die Suche hat nach {} Zuständen ihre Grenze erreicht.",
                    sr.scope, r.states
                )
            };
            out.push(
                Diagnostic::new(
                    "P205",
                    Severity::Info,
                    message,
                    spans.get(sr.scope.as_str()).copied().unwrap_or_default(),
                )
                .with_help("Vereinfachen Sie den Ablauf oder erhöhen Sie die Zustandsgrenze.")
                .with_element(ElementKey::new(sr.scope.clone(), None)),
            );
        }
        for f in &r.findings {
            let path = f.witness.join(" → ");
            let (code, message, help) = match f.problem {
                Problem::Deadlock => ("P201", format!("Verklemmung: an `{}` bleibt der Ablauf stecken, weil ein Token nie ankommt (Pfad: {path}).", f.element),
                    "Führen Sie exklusive Zweige mit einem exklusiven Gateway zusammen, parallele mit einem parallelen."),
                Problem::LackOfSynchronization => ("P202", format!("Fehlende Synchronisation: nach `{}` laufen zwei Token auf demselben Fluss, Folgeschritte laufen doppelt (Pfad: {path}).", f.element),
                    "Führen Sie parallele Zweige mit einem parallelen Gateway zusammen."),
                Problem::Livelock => ("P203", format!("Endlosschleife: ab `{}` kann der Ablauf nie mehr enden (Pfad: {path}).", f.element),
                    "Geben Sie der Schleife einen Ausgang zum Ende."),
                Problem::DeadActivity => ("P204", format!("Die Aktivität `{}` wird in keinem Ablauf ausgeführt.", f.element),
                    "Verbinden Sie die Aktivität mit einem erreichbaren Pfad oder entfernen Sie sie."),
            };
            let mut d = Diagnostic::new(
                code,
                Severity::Error,
                message,
                spans.get(f.element.as_str()).copied().unwrap_or_default(),
            )
            .with_help(help)
            .with_element(ElementKey::new(f.element.clone(), None));
            for w in f
                .witness
                .iter()
                .filter_map(|w| spans.get(w.as_str()).map(|s| (w, s)))
            {
                d = d.with_label(*w.1, format!("Pfad über `{}`", w.0));
            }
            out.push(d);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{emit, Block};

    fn t() -> Block {
        Block::Task
    }

    #[test]
    fn block_models_reduce_without_search() {
        let b = Block::Seq(vec![
            Block::And(vec![
                t(),
                Block::Xor(vec![t(), t()]),
                Block::Loop(Box::new(t()), Box::new(t())),
            ]),
            t(),
        ]);
        let c = emit(&b, None);
        let r = soundness(&c, &Options::default());
        assert_eq!(r.verdict, Verdict::Sound, "{r:?}");
        assert_eq!(r.states, 0);
        assert_eq!(r.nodes_after, 2);
    }

    #[test]
    fn mismatches_are_found() {
        let b = Block::Xor(vec![t(), t()]);
        let r = soundness(&emit(&b, Some(0)), &Options::default());
        assert_eq!(r.findings[0].problem, Problem::Deadlock, "{r:?}");
        let b = Block::And(vec![t(), t()]);
        let r = soundness(&emit(&b, Some(0)), &Options::default());
        assert_eq!(
            r.findings[0].problem,
            Problem::LackOfSynchronization,
            "{r:?}"
        );
    }

    #[test]
    fn bound_is_reported() {
        let b = Block::And((0..12).map(|_| Block::Xor(vec![t(), t()])).collect());
        // Flip the outer join: the inner blocks reduce, 12 parallel tokens meet an XOR join.
        let r = soundness(
            &emit(&b, Some(0)),
            &Options {
                max_states: 5,
                ..Options::default()
            },
        );
        assert!(r.bound_hit);
    }
}
