//! Process metrics: activities per pool and lane, handovers between lanes, message flows
//! between pools, shortest and longest start-to-end path, decisions, cyclomatic complexity
//! and control-flow complexity.
//!
//! # Arguments
//! [`metrics`] takes the model ([`Definitions`]).
//!
//! # Returns
//! One [`ProcessMetrics`] per process and the message-flow matrix between pools.
//!
//! # Complexity
//! O(n + f + m) time and space for n flow nodes, f sequence flows and m message flows (all
//! levels): every analysis is one breadth-first search, one depth-first search or one
//! topological pass.
//!
//! # Example
//! ```text
//!  (s) --> [A] --> <X> --> [B] --> (e)       shortest path s,A,X,C,e: 5 nodes
//!                   +----> [C] -------^      longest s,A,X,B,e: 5 nodes; 1 decision
//! ```
//! ```
//! let src = r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
//!   <process id="p"><startEvent id="s"/><task id="a"/><exclusiveGateway id="x"/>
//!   <task id="b"/><task id="c"/><endEvent id="e"/>
//!   <sequenceFlow id="f1" sourceRef="s" targetRef="a"/><sequenceFlow id="f2" sourceRef="a" targetRef="x"/>
//!   <sequenceFlow id="f3" sourceRef="x" targetRef="b"/><sequenceFlow id="f4" sourceRef="x" targetRef="c"/>
//!   <sequenceFlow id="f5" sourceRef="b" targetRef="e"/><sequenceFlow id="f6" sourceRef="c" targetRef="e"/>
//!   </process></definitions>"#;
//! let doc = fim_process::read(src).unwrap();
//! let m = fim_process::analysis::metrics::metrics(&doc.definitions);
//! let p = &m.processes[0];
//! assert_eq!((p.shortest_path, p.longest_path, p.decisions), (Some(5), Some(5), 1));
//! assert_eq!(p.cyclomatic, 2); // 6 flows - 6 nodes + 2
//! ```

use crate::graph::{CollaborationGraph, FlowGraph, ProcessGraph};
use crate::model::*;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::Serialize;
use std::collections::{BTreeMap, VecDeque};

/// Metrics of a whole file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metrics {
    /// One entry per process.
    pub processes: Vec<ProcessMetrics>,
    /// Message flows between pools: (from pool, to pool) -> count, pools named by name or id.
    pub message_flows: Vec<PoolFlows>,
    /// Message flows in total (including unresolved ones).
    pub message_flow_total: usize,
}

/// Message flows from one pool to another.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PoolFlows {
    /// Sending pool.
    pub from: String,
    /// Receiving pool.
    pub to: String,
    /// Number of message flows.
    pub count: usize,
}

/// Metrics of one process.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ProcessMetrics {
    /// Process id.
    pub id: String,
    /// Process name, or the pool's name.
    pub name: Option<String>,
    /// The pool (participant) showing the process.
    pub participant: Option<String>,
    /// Flow nodes, nested sub-processes included.
    pub nodes: usize,
    /// Sequence flows, nested sub-processes included.
    pub flows: usize,
    /// Activities (tasks, call activities, sub-processes), nested included.
    pub activities: usize,
    /// Activities per lane (innermost lane; nested nodes count for their sub-process' lane),
    /// by lane name (or id); `(ohne Lane)` for activities outside any lane when lanes exist.
    pub activities_per_lane: BTreeMap<String, usize>,
    /// Sequence flows whose ends lie in different lanes.
    pub handovers: usize,
    /// Fewest nodes on a path from a start event to an end event (top level), if any.
    pub shortest_path: Option<usize>,
    /// Most nodes on a start-to-end path without repeating a loop (back edges of a
    /// depth-first search from the starts are ignored), if any.
    pub longest_path: Option<usize>,
    /// Decisions: splitting exclusive, inclusive, complex and event-based gateways (all levels).
    pub decisions: usize,
    /// McCabe's cyclomatic complexity of the top-level graph: flows - nodes + 2 * components.
    pub cyclomatic: i64,
    /// Cardoso's control-flow complexity: XOR split fan-out + (2^fan-out - 1) per OR split
    /// + 1 per AND split (all levels).
    pub control_flow_complexity: u64,
}

/// Computes the metrics of `defs`.
pub fn metrics(defs: &Definitions) -> Metrics {
    let mut out = Metrics {
        message_flow_total: defs.message_flow_count(),
        ..Metrics::default()
    };
    for p in &defs.processes {
        out.processes.push(process_metrics(defs, p));
    }
    let cg = CollaborationGraph::new(defs);
    let mut pairs: BTreeMap<(String, String), usize> = BTreeMap::new();
    for e in cg.graph.edge_references() {
        let name = |ix: NodeIndex| {
            let p = cg.graph[ix];
            p.name.clone().unwrap_or_else(|| p.id.clone())
        };
        *pairs
            .entry((name(e.source()), name(e.target())))
            .or_default() += 1;
    }
    out.message_flows = pairs
        .into_iter()
        .map(|((from, to), count)| PoolFlows { from, to, count })
        .collect();
    out
}

fn process_metrics(defs: &Definitions, p: &Process) -> ProcessMetrics {
    let pg = ProcessGraph::new(p);
    let participant = defs.participant_of(&p.id);
    let mut m = ProcessMetrics {
        id: p.id.clone(),
        name: p
            .name
            .clone()
            .or_else(|| participant.and_then(|x| x.name.clone())),
        participant: participant.map(|x| x.name.clone().unwrap_or_else(|| x.id.clone())),
        nodes: p.body.deep_node_count(),
        flows: p.body.deep_flow_count(),
        ..ProcessMetrics::default()
    };
    let has_lanes = !p.lane_sets.is_empty();
    for g in pg.flow.all() {
        for ix in g.graph.node_indices() {
            let n = g.node(ix);
            let out = g.out_degree(ix);
            if n.is_activity() {
                m.activities += 1;
                if has_lanes {
                    let lane = pg
                        .lane_of(&n.id)
                        .map(|l| l.name.clone().unwrap_or_else(|| l.id.clone()))
                        .unwrap_or_else(|| "(ohne Lane)".to_owned());
                    *m.activities_per_lane.entry(lane).or_default() += 1;
                }
            }
            match n.gateway() {
                Some(GatewayKind::Exclusive | GatewayKind::EventBased) if out > 1 => {
                    m.decisions += 1;
                    m.control_flow_complexity += out as u64;
                }
                Some(GatewayKind::Inclusive | GatewayKind::Complex) if out > 1 => {
                    m.decisions += 1;
                    m.control_flow_complexity += (1u64 << out.min(63)) - 1;
                }
                Some(GatewayKind::Parallel) if out > 1 => m.control_flow_complexity += 1,
                _ => {}
            }
        }
        for e in g.graph.edge_references() {
            let (a, b) = (g.node(e.source()), g.node(e.target()));
            if let (Some(la), Some(lb)) = (pg.lane_of(&a.id), pg.lane_of(&b.id)) {
                if la.id != lb.id {
                    m.handovers += 1;
                }
            }
        }
    }
    let g = &pg.flow;
    let components = petgraph::algo::connected_components(&g.graph) as i64;
    m.cyclomatic = g.graph.edge_count() as i64 - g.graph.node_count() as i64 + 2 * components;
    let starts: Vec<NodeIndex> = g
        .graph
        .node_indices()
        .filter(|&ix| g.node(ix).is_event(EventPosition::Start))
        .collect();
    let is_end = |ix: NodeIndex| g.node(ix).is_event(EventPosition::End);
    m.shortest_path = shortest(g, &starts, is_end);
    m.longest_path = longest(g, &starts, is_end);
    m
}

/// Breadth-first search from all starts; nodes counted on the path.
fn shortest(
    g: &FlowGraph<'_>,
    starts: &[NodeIndex],
    is_end: impl Fn(NodeIndex) -> bool,
) -> Option<usize> {
    let mut dist = vec![usize::MAX; g.graph.node_count()];
    let mut q = VecDeque::new();
    for &s in starts {
        dist[s.index()] = 1;
        q.push_back(s);
    }
    while let Some(n) = q.pop_front() {
        if is_end(n) {
            return Some(dist[n.index()]);
        }
        for t in g.graph.neighbors_directed(n, Direction::Outgoing) {
            if dist[t.index()] == usize::MAX {
                dist[t.index()] = dist[n.index()] + 1;
                q.push_back(t);
            }
        }
    }
    None
}

/// Longest path over the graph without the back edges of an iterative depth-first search.
fn longest(
    g: &FlowGraph<'_>,
    starts: &[NodeIndex],
    is_end: impl Fn(NodeIndex) -> bool,
) -> Option<usize> {
    let n = g.graph.node_count();
    // 0 = unseen, 1 = on stack, 2 = done; post-order gives a reverse topological order of
    // the DAG of tree, forward and cross edges.
    let mut state = vec![0u8; n];
    let mut post = Vec::with_capacity(n);
    for &s in starts {
        if state[s.index()] != 0 {
            continue;
        }
        let mut stack: Vec<(NodeIndex, Vec<NodeIndex>)> = vec![(s, g.graph.neighbors(s).collect())];
        state[s.index()] = 1;
        while let Some((node, rest)) = stack.last_mut() {
            if let Some(t) = rest.pop() {
                if state[t.index()] == 0 {
                    state[t.index()] = 1;
                    let succ = g.graph.neighbors(t).collect();
                    stack.push((t, succ));
                }
            } else {
                state[node.index()] = 2;
                post.push(*node);
                stack.pop();
            }
        }
    }
    let mut order = vec![usize::MAX; n];
    for (i, &x) in post.iter().enumerate() {
        order[x.index()] = i;
    }
    // Longest path from each node to an end, in reverse topological order (post-order).
    let mut best: Vec<Option<usize>> = vec![None; n];
    for &x in &post {
        let mut b = if is_end(x) { Some(1) } else { None };
        for t in g.graph.neighbors(x) {
            // Only edges to nodes finished earlier (forward/cross/tree), not back edges.
            if order[t.index()] < order[x.index()] {
                if let Some(v) = best[t.index()] {
                    b = b.max(Some(v + 1));
                }
            }
        }
        best[x.index()] = b;
    }
    starts.iter().filter_map(|s| best[s.index()]).max()
}
