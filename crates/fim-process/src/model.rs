//! The BPMN 2.0 process model as read from a file: definitions, processes, collaborations,
//! lanes, flow nodes, flows, data, annotations and the diagram (BPMN DI).
//!
//! The model keeps ids and references as written (`sourceRef`, `attachedToRef`, ...): the
//! reader does not reject dangling references, the lint rules report them. Every element
//! carries the byte [`Span`] of its start tag in the source.

use fim_core::Span;
use serde::Serialize;

/// `bpmn:definitions`: the root of a BPMN file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Definitions {
    /// `@id`.
    pub id: Option<String>,
    /// `@name`.
    pub name: Option<String>,
    /// `@targetNamespace`.
    pub target_namespace: Option<String>,
    /// `@exporter` (the modelling tool).
    pub exporter: Option<String>,
    /// Every `bpmn:process`, in document order.
    pub processes: Vec<Process>,
    /// Every `bpmn:collaboration`, in document order.
    pub collaborations: Vec<Collaboration>,
    /// The drawing: shapes and edges of every `bpmndi:BPMNDiagram`.
    pub diagram: Diagram,
    /// Span of the root start tag.
    pub span: Span,
}

/// `bpmn:collaboration`: pools (participants) and the message flows between them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Collaboration {
    /// `@id`.
    pub id: String,
    /// `@name`.
    pub name: Option<String>,
    /// `bpmn:participant` children (pools).
    pub participants: Vec<Participant>,
    /// `bpmn:messageFlow` children.
    pub message_flows: Vec<MessageFlow>,
    /// Span of the start tag.
    pub span: Span,
}

/// `bpmn:participant`: a pool, optionally showing a process.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Participant {
    /// `@id`.
    pub id: String,
    /// `@name`.
    pub name: Option<String>,
    /// `@processRef`: the process drawn in this pool (a black-box pool has none).
    pub process_ref: Option<String>,
    /// Span of the start tag.
    pub span: Span,
}

/// `bpmn:messageFlow` between two pools or elements of different pools.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MessageFlow {
    /// `@id`.
    pub id: String,
    /// `@name`.
    pub name: Option<String>,
    /// `@sourceRef`.
    pub source_ref: String,
    /// `@targetRef`.
    pub target_ref: String,
    /// Span of the start tag.
    pub span: Span,
}

/// `bpmn:process`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Process {
    /// `@id`.
    pub id: String,
    /// `@name`.
    pub name: Option<String>,
    /// `@isExecutable`.
    pub is_executable: Option<bool>,
    /// Flow nodes, sequence flows, data, associations and annotations.
    pub body: FlowContainer,
    /// `bpmn:laneSet` children (lanes nest through `childLaneSet`).
    pub lane_sets: Vec<LaneSet>,
    /// Span of the start tag.
    pub span: Span,
}

/// What a process or sub-process contains.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FlowContainer {
    /// Flow nodes in document order (sub-processes hold their own container).
    pub nodes: Vec<FlowNode>,
    /// Sequence flows in document order.
    pub flows: Vec<SequenceFlow>,
    /// Data objects, data stores and their references.
    pub data: Vec<DataElement>,
    /// `bpmn:association` (annotations and compensation).
    pub associations: Vec<Association>,
    /// `bpmn:textAnnotation`.
    pub annotations: Vec<TextAnnotation>,
}

/// `bpmn:laneSet`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LaneSet {
    /// `@id`.
    pub id: Option<String>,
    /// `@name`.
    pub name: Option<String>,
    /// Lanes of this set.
    pub lanes: Vec<Lane>,
}

/// `bpmn:lane`: a role or organisational unit; lanes nest.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Lane {
    /// `@id`.
    pub id: String,
    /// `@name`.
    pub name: Option<String>,
    /// `bpmn:flowNodeRef` children: ids of the nodes in this lane.
    pub flow_node_refs: Vec<String>,
    /// `bpmn:childLaneSet`, when the lane is split further.
    pub child_lanes: Vec<Lane>,
    /// Span of the start tag.
    pub span: Span,
}

/// A flow node: activity, event or gateway.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlowNode {
    /// `@id`.
    pub id: String,
    /// `@name`.
    pub name: Option<String>,
    /// What kind of node and its kind-specific data.
    pub kind: NodeKind,
    /// `@default`: the default outgoing flow of a gateway or activity.
    pub default_flow: Option<String>,
    /// `bpmn:documentation` texts.
    pub documentation: Vec<String>,
    /// `bpmn:extensionElements`, kept as raw XML text.
    pub extensions: Option<String>,
    /// Whether a loop or multi-instance marker is set.
    pub looped: bool,
    /// `@isForCompensation`.
    pub for_compensation: bool,
    /// Span of the start tag.
    pub span: Span,
}

/// The kind of a flow node.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum NodeKind {
    /// A task of some kind.
    Task {
        /// The task type.
        task: TaskKind,
    },
    /// `bpmn:callActivity`.
    CallActivity {
        /// `@calledElement`.
        called_element: Option<String>,
    },
    /// `bpmn:subProcess`, `bpmn:adHocSubProcess`, `bpmn:transaction`.
    SubProcess(Box<SubProcess>),
    /// An event.
    Event(Event),
    /// A gateway.
    Gateway {
        /// The gateway type.
        gateway: GatewayKind,
    },
}

/// Task types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TaskKind {
    /// `bpmn:task` (abstract).
    Task,
    /// `bpmn:userTask`.
    User,
    /// `bpmn:manualTask`.
    Manual,
    /// `bpmn:serviceTask`.
    Service,
    /// `bpmn:scriptTask`.
    Script,
    /// `bpmn:sendTask`.
    Send,
    /// `bpmn:receiveTask`.
    Receive,
    /// `bpmn:businessRuleTask`.
    BusinessRule,
}

/// A sub-process and what it contains.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SubProcess {
    /// Embedded, event, ad-hoc or transaction.
    pub kind: SubProcessKind,
    /// The nested nodes and flows.
    pub body: FlowContainer,
}

/// Kinds of sub-process.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum SubProcessKind {
    /// An embedded sub-process.
    #[default]
    Embedded,
    /// `triggeredByEvent="true"`: an event sub-process.
    Event,
    /// `bpmn:adHocSubProcess`.
    AdHoc,
    /// `bpmn:transaction`.
    Transaction,
}

/// An event with its position in the flow and its definitions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Start, end, intermediate catch/throw or boundary.
    pub position: EventPosition,
    /// Event definitions (empty: a blank/none event).
    pub definitions: Vec<EventDefinition>,
    /// `@cancelActivity` for boundary events, `@isInterrupting` for start events (default true).
    pub interrupting: bool,
    /// `@attachedToRef` of a boundary event.
    pub attached_to: Option<String>,
    /// `@name` of a link event definition (links throw and catch by name).
    pub link_name: Option<String>,
}

/// Where an event stands in the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EventPosition {
    /// `bpmn:startEvent`.
    Start,
    /// `bpmn:endEvent`.
    End,
    /// `bpmn:intermediateCatchEvent`.
    IntermediateCatch,
    /// `bpmn:intermediateThrowEvent`.
    IntermediateThrow,
    /// `bpmn:boundaryEvent`.
    Boundary,
}

/// Event definition types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EventDefinition {
    /// Message.
    Message,
    /// Timer.
    Timer,
    /// Error.
    Error,
    /// Escalation.
    Escalation,
    /// Cancel.
    Cancel,
    /// Compensation.
    Compensate,
    /// Conditional.
    Conditional,
    /// Link.
    Link,
    /// Signal.
    Signal,
    /// Terminate.
    Terminate,
}

/// Gateway types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum GatewayKind {
    /// Exclusive (XOR).
    Exclusive,
    /// Parallel (AND).
    Parallel,
    /// Inclusive (OR).
    Inclusive,
    /// Complex.
    Complex,
    /// Event-based.
    EventBased,
}

/// `bpmn:sequenceFlow`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SequenceFlow {
    /// `@id`.
    pub id: String,
    /// `@name`.
    pub name: Option<String>,
    /// `@sourceRef`.
    pub source_ref: String,
    /// `@targetRef`.
    pub target_ref: String,
    /// Text of `bpmn:conditionExpression`, if any (empty string for an empty expression).
    pub condition: Option<String>,
    /// Span of the start tag.
    pub span: Span,
}

/// A data object, data store or a reference to one.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DataElement {
    /// `@id`.
    pub id: String,
    /// `@name`.
    pub name: Option<String>,
    /// The element's local name, e.g. `dataObjectReference`.
    pub kind: String,
    /// Span of the start tag.
    pub span: Span,
}

/// `bpmn:association`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Association {
    /// `@id`.
    pub id: String,
    /// `@sourceRef`.
    pub source_ref: String,
    /// `@targetRef`.
    pub target_ref: String,
}

/// `bpmn:textAnnotation`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TextAnnotation {
    /// `@id`.
    pub id: String,
    /// The `bpmn:text`.
    pub text: String,
}

/// The drawing (BPMN DI) of all diagrams of a file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Diagram {
    /// `bpmndi:BPMNShape`s.
    pub shapes: Vec<Shape>,
    /// `bpmndi:BPMNEdge`s.
    pub edges: Vec<DiEdge>,
}

/// `bpmndi:BPMNShape`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Shape {
    /// `@bpmnElement`: the model element drawn.
    pub element: String,
    /// `dc:Bounds`.
    pub bounds: Bounds,
    /// `@isExpanded`.
    pub expanded: Option<bool>,
}

/// `dc:Bounds`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Bounds {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

/// `bpmndi:BPMNEdge`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DiEdge {
    /// `@bpmnElement`.
    pub element: String,
    /// `di:waypoint`s.
    pub waypoints: Vec<(f64, f64)>,
}

impl FlowNode {
    /// Whether the node is an activity (task, call activity, sub-process).
    pub fn is_activity(&self) -> bool {
        matches!(
            self.kind,
            NodeKind::Task { .. } | NodeKind::CallActivity { .. } | NodeKind::SubProcess(_)
        )
    }

    /// The gateway kind, if the node is a gateway.
    pub fn gateway(&self) -> Option<GatewayKind> {
        match self.kind {
            NodeKind::Gateway { gateway } => Some(gateway),
            _ => None,
        }
    }

    /// The event, if the node is an event.
    pub fn event(&self) -> Option<&Event> {
        match &self.kind {
            NodeKind::Event(e) => Some(e),
            _ => None,
        }
    }

    /// Whether the node is an event at `position`.
    pub fn is_event(&self, position: EventPosition) -> bool {
        self.event().is_some_and(|e| e.position == position)
    }

    /// The sub-process, if the node is one.
    pub fn sub_process(&self) -> Option<&SubProcess> {
        match &self.kind {
            NodeKind::SubProcess(s) => Some(s),
            _ => None,
        }
    }

    /// The label for humans: the name, else the id.
    pub fn label(&self) -> &str {
        match self.name.as_deref().map(str::trim) {
            Some(n) if !n.is_empty() => n,
            _ => &self.id,
        }
    }

    /// A short German word for the node kind, for messages.
    pub fn kind_word(&self) -> &'static str {
        match &self.kind {
            NodeKind::Task { .. } => "Aufgabe",
            NodeKind::CallActivity { .. } => "Aufrufaktivität",
            NodeKind::SubProcess(_) => "Teilprozess",
            NodeKind::Event(e) => match e.position {
                EventPosition::Start => "Startereignis",
                EventPosition::End => "Endereignis",
                EventPosition::Boundary => "angeheftetes Ereignis",
                _ => "Zwischenereignis",
            },
            NodeKind::Gateway { .. } => "Gateway",
        }
    }
}

impl Event {
    /// Whether this is a terminate end event.
    pub fn is_terminate(&self) -> bool {
        self.definitions.contains(&EventDefinition::Terminate)
    }
}

impl FlowContainer {
    /// Number of flow nodes here and in all nested sub-processes.
    pub fn deep_node_count(&self) -> usize {
        self.nodes
            .iter()
            .map(|n| 1 + n.sub_process().map_or(0, |s| s.body.deep_node_count()))
            .sum()
    }

    /// Number of sequence flows here and in all nested sub-processes.
    pub fn deep_flow_count(&self) -> usize {
        self.flows.len()
            + self
                .nodes
                .iter()
                .filter_map(FlowNode::sub_process)
                .map(|s| s.body.deep_flow_count())
                .sum::<usize>()
    }

    /// The node with this id in this container (not nested ones).
    pub fn node(&self, id: &str) -> Option<&FlowNode> {
        self.nodes.iter().find(|n| n.id == id)
    }
}

impl Lane {
    /// This lane and all nested lanes, depth first.
    pub fn all(&self) -> Vec<&Lane> {
        let mut out = vec![self];
        for c in &self.child_lanes {
            out.extend(c.all());
        }
        out
    }
}

impl Process {
    /// Every lane of the process, nested lanes included, depth first.
    pub fn all_lanes(&self) -> Vec<&Lane> {
        self.lane_sets
            .iter()
            .flat_map(|s| s.lanes.iter())
            .flat_map(Lane::all)
            .collect()
    }

    /// The innermost lane of every node id (nested lanes win over their parents).
    pub fn lane_of_nodes(&self) -> std::collections::HashMap<&str, &Lane> {
        let mut map = std::collections::HashMap::new();
        // Depth-first order puts parents before children, so children overwrite.
        for lane in self.all_lanes() {
            for r in &lane.flow_node_refs {
                map.insert(r.as_str(), lane);
            }
        }
        map
    }
}

impl Definitions {
    /// Number of flow nodes in all processes, nested sub-processes included.
    pub fn node_count(&self) -> usize {
        self.processes
            .iter()
            .map(|p| p.body.deep_node_count())
            .sum()
    }

    /// Number of sequence flows in all processes, nested sub-processes included.
    pub fn flow_count(&self) -> usize {
        self.processes
            .iter()
            .map(|p| p.body.deep_flow_count())
            .sum()
    }

    /// Number of message flows in all collaborations.
    pub fn message_flow_count(&self) -> usize {
        self.collaborations
            .iter()
            .map(|c| c.message_flows.len())
            .sum()
    }

    /// The participant (pool) that shows process `process_id`.
    pub fn participant_of(&self, process_id: &str) -> Option<&Participant> {
        self.collaborations
            .iter()
            .flat_map(|c| c.participants.iter())
            .find(|p| p.process_ref.as_deref() == Some(process_id))
    }
}
