//! Process graphs on petgraph: one directed graph per flow container (nodes: flow nodes,
//! edges: sequence flows), sub-processes as nested graphs, the lane of each node and the
//! collaboration view (pools and message flows).
//!
//! ```text
//!   (start) --f1--> [task] --f2--> (end)      FlowGraph: 3 nodes, 2 edges
//! ```
//!
//! ```
//! let src = r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
//!   <process id="p"><startEvent id="s"/><task id="t"/><endEvent id="e"/>
//!   <sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
//!   <sequenceFlow id="f2" sourceRef="t" targetRef="e"/></process></definitions>"#;
//! let doc = fim_process::read(src).unwrap();
//! let g = fim_process::graph::ProcessGraph::new(&doc.definitions.processes[0]);
//! assert_eq!(g.flow.graph.node_count(), 3);
//! assert_eq!(g.flow.graph.edge_count(), 2);
//! ```

use crate::model::*;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::Direction;
use std::collections::{BTreeMap, HashMap};

/// The graph of one flow container (a process body or a sub-process body).
#[derive(Debug, Clone)]
pub struct FlowGraph<'a> {
    /// The container the graph was built from.
    pub container: &'a FlowContainer,
    /// Node weight: index into `container.nodes`; edge weight: index into `container.flows`.
    pub graph: DiGraph<usize, usize>,
    index: HashMap<&'a str, NodeIndex>,
    /// Indexes of flows whose source or target is not a node of this container.
    pub dangling: Vec<usize>,
    /// Boundary events attached to each activity.
    pub boundary: HashMap<NodeIndex, Vec<NodeIndex>>,
    /// Graphs of the sub-processes, keyed by the sub-process node.
    pub children: BTreeMap<NodeIndex, FlowGraph<'a>>,
}

impl<'a> FlowGraph<'a> {
    /// Builds the graph of `container` and, recursively, of its sub-processes.
    ///
    /// Complexity: O(n + f) time and space for n nodes and f flows (all levels).
    pub fn new(container: &'a FlowContainer) -> Self {
        let mut graph = DiGraph::with_capacity(container.nodes.len(), container.flows.len());
        let mut index = HashMap::with_capacity(container.nodes.len());
        for (i, n) in container.nodes.iter().enumerate() {
            let ix = graph.add_node(i);
            index.entry(n.id.as_str()).or_insert(ix);
        }
        let mut dangling = Vec::new();
        for (i, f) in container.flows.iter().enumerate() {
            match (
                index.get(f.source_ref.as_str()),
                index.get(f.target_ref.as_str()),
            ) {
                (Some(&s), Some(&t)) => {
                    graph.add_edge(s, t, i);
                }
                _ => dangling.push(i),
            }
        }
        let mut boundary: HashMap<NodeIndex, Vec<NodeIndex>> = HashMap::new();
        let mut children = BTreeMap::new();
        for ix in graph.node_indices() {
            let node = &container.nodes[graph[ix]];
            if let Some(host) = node
                .event()
                .and_then(|e| e.attached_to.as_deref())
                .and_then(|a| index.get(a))
            {
                boundary.entry(*host).or_default().push(ix);
            }
            if let Some(sp) = node.sub_process() {
                children.insert(ix, FlowGraph::new(&sp.body));
            }
        }
        FlowGraph {
            container,
            graph,
            index,
            dangling,
            boundary,
            children,
        }
    }

    /// The flow node at `ix`.
    pub fn node(&self, ix: NodeIndex) -> &'a FlowNode {
        &self.container.nodes[self.graph[ix]]
    }

    /// The sequence flow of edge `e`.
    pub fn flow(&self, e: EdgeIndex) -> &'a SequenceFlow {
        &self.container.flows[self.graph[e]]
    }

    /// The node with this id (first one when ids repeat).
    pub fn find(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// Number of incoming sequence flows of `ix`.
    pub fn in_degree(&self, ix: NodeIndex) -> usize {
        self.graph.edges_directed(ix, Direction::Incoming).count()
    }

    /// Number of outgoing sequence flows of `ix`.
    pub fn out_degree(&self, ix: NodeIndex) -> usize {
        self.graph.edges_directed(ix, Direction::Outgoing).count()
    }

    /// Outgoing flows of `ix`.
    pub fn outgoing(&self, ix: NodeIndex) -> impl Iterator<Item = &'a SequenceFlow> + '_ {
        self.graph
            .edges_directed(ix, Direction::Outgoing)
            .map(|e| &self.container.flows[*e.weight()])
    }

    /// All graphs: this one and every nested sub-process graph, depth first.
    pub fn all(&self) -> Vec<&FlowGraph<'a>> {
        let mut out = vec![self];
        for c in self.children.values() {
            out.extend(c.all());
        }
        out
    }
}

/// A process with its flow graph and the lane of each node.
#[derive(Debug, Clone)]
pub struct ProcessGraph<'a> {
    /// The process.
    pub process: &'a Process,
    /// The graph of the process body (sub-processes nested inside).
    pub flow: FlowGraph<'a>,
    /// The innermost lane of each node id (nodes of sub-processes inherit their parent's).
    pub lanes: HashMap<&'a str, &'a Lane>,
}

impl<'a> ProcessGraph<'a> {
    /// Builds the graph of `process`.
    pub fn new(process: &'a Process) -> Self {
        let mut lanes = process.lane_of_nodes();
        fn inherit<'a>(
            c: &'a FlowContainer,
            lane: Option<&'a Lane>,
            lanes: &mut HashMap<&'a str, &'a Lane>,
        ) {
            for n in &c.nodes {
                let own = lanes.get(n.id.as_str()).copied().or(lane);
                if let Some(l) = own {
                    lanes.entry(n.id.as_str()).or_insert(l);
                }
                if let Some(sp) = n.sub_process() {
                    inherit(&sp.body, own, lanes);
                }
            }
        }
        inherit(&process.body, None, &mut lanes);
        ProcessGraph {
            process,
            flow: FlowGraph::new(&process.body),
            lanes,
        }
    }

    /// The lane of node `id`, if lanes are drawn.
    pub fn lane_of(&self, id: &str) -> Option<&'a Lane> {
        self.lanes.get(id).copied()
    }
}

/// The collaboration view: pools as nodes, message flows as edges.
#[derive(Debug, Clone)]
pub struct CollaborationGraph<'a> {
    /// Node weight: the participant; edge weight: the message flow.
    pub graph: DiGraph<&'a Participant, &'a MessageFlow>,
    /// Message flows whose ends could not be placed in a pool.
    pub unresolved: Vec<&'a MessageFlow>,
}

impl<'a> CollaborationGraph<'a> {
    /// Builds the view of all collaborations of `defs`.
    ///
    /// Complexity: O(n + m) for n flow nodes and m message flows.
    pub fn new(defs: &'a Definitions) -> Self {
        let mut graph = DiGraph::new();
        let mut owner: HashMap<&str, NodeIndex> = HashMap::new();
        fn collect<'a>(
            c: &'a FlowContainer,
            ix: NodeIndex,
            owner: &mut HashMap<&'a str, NodeIndex>,
        ) {
            for n in &c.nodes {
                owner.entry(n.id.as_str()).or_insert(ix);
                if let Some(sp) = n.sub_process() {
                    collect(&sp.body, ix, owner);
                }
            }
        }
        for p in defs
            .collaborations
            .iter()
            .flat_map(|c| c.participants.iter())
        {
            let ix = graph.add_node(p);
            owner.insert(p.id.as_str(), ix);
            if let Some(proc_) = defs
                .processes
                .iter()
                .find(|x| Some(x.id.as_str()) == p.process_ref.as_deref())
            {
                collect(&proc_.body, ix, &mut owner);
            }
        }
        let mut unresolved = Vec::new();
        for m in defs
            .collaborations
            .iter()
            .flat_map(|c| c.message_flows.iter())
        {
            match (
                owner.get(m.source_ref.as_str()),
                owner.get(m.target_ref.as_str()),
            ) {
                (Some(&s), Some(&t)) => {
                    graph.add_edge(s, t, m);
                }
                _ => unresolved.push(m),
            }
        }
        CollaborationGraph { graph, unresolved }
    }
}
