//! The BPMN 2.0 reader: namespace-aware, on `roxmltree`, with byte spans.
//!
//! Elements are recognised by namespace URI and local name, so any prefix (or the default
//! namespace) works. Unknown elements (vendor extensions, choreographies) are skipped;
//! `bpmn:extensionElements` are kept as raw XML text.

use crate::model::*;
use fim_core::{LineIndex, Span};
use roxmltree::Node;

/// The BPMN 2.0 model namespace.
pub const BPMN_NS: &str = "http://www.omg.org/spec/BPMN/20100524/MODEL";
/// The BPMN DI namespace.
pub const BPMNDI_NS: &str = "http://www.omg.org/spec/BPMN/20100524/DI";
/// The OMG DC namespace (bounds).
pub const DC_NS: &str = "http://www.omg.org/spec/DD/20100524/DC";
/// The OMG DI namespace (waypoints).
pub const DI_NS: &str = "http://www.omg.org/spec/DD/20100524/DI";

pub use crate::xml::{XmlError, XmlErrorKind, MAX_ATTRIBUTES, MAX_DEPTH, MAX_INPUT_BYTES};

/// Why a BPMN file could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The text is not well-formed XML or breaks a safety limit (DOCTYPE, nesting depth,
    /// attributes per element); German message with line and column.
    #[error(transparent)]
    Xml(#[from] XmlError),
    /// The root element is not `bpmn:definitions`.
    #[error("keine BPMN-2.0-Datei: das Wurzelelement ist `{name}` im Namensraum `{namespace}`, erwartet `definitions` in `{BPMN_NS}`")]
    NotBpmn {
        /// Local name of the root.
        name: String,
        /// Namespace URI of the root (empty when none).
        namespace: String,
    },
    /// The input exceeds [`MAX_INPUT_BYTES`].
    #[error("die Datei ist mit {0} Bytes zu groß (höchstens {MAX_INPUT_BYTES} Bytes)")]
    TooLarge(usize),
}

/// A read BPMN file: the model and the line index of its source.
#[derive(Debug, Clone)]
pub struct Document {
    /// The model.
    pub definitions: Definitions,
    /// Line index of the source, to turn spans into lines and columns.
    pub lines: LineIndex,
}

/// Reads a BPMN 2.0 XML document.
///
/// The input is checked against the resource limits before it is parsed (see
/// [`crate::xml`]): at most [`MAX_INPUT_BYTES`], [`MAX_DEPTH`] element levels and
/// [`MAX_ATTRIBUTES`] attributes per element; DOCTYPE declarations (and with them custom
/// entities) are refused.
///
/// # Errors
/// [`ReadError`] when the text is not well-formed XML, breaks a limit, or is not BPMN.
///
/// # Example
/// ```
/// let src = r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
///   <process id="p"><startEvent id="s"/><endEvent id="e"/>
///   <sequenceFlow id="f" sourceRef="s" targetRef="e"/></process></definitions>"#;
/// let doc = fim_process::read(src).unwrap();
/// assert_eq!(doc.definitions.node_count(), 2);
/// assert_eq!(doc.definitions.flow_count(), 1);
/// ```
pub fn read(text: &str) -> Result<Document, ReadError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(ReadError::TooLarge(text.len()));
    }
    let xml = crate::xml::parse(text)?;
    let root = xml.root_element();
    if !(root.tag_name().namespace() == Some(BPMN_NS) && root.tag_name().name() == "definitions") {
        return Err(ReadError::NotBpmn {
            name: root.tag_name().name().to_owned(),
            namespace: root.tag_name().namespace().unwrap_or("").to_owned(),
        });
    }
    let r = Reader { text };
    Ok(Document {
        definitions: r.definitions(root),
        lines: LineIndex::new(text),
    })
}

struct Reader<'t> {
    text: &'t str,
}

fn is_bpmn(n: &Node<'_, '_>, name: &str) -> bool {
    n.is_element() && n.tag_name().namespace() == Some(BPMN_NS) && n.tag_name().name() == name
}

fn bpmn_children<'a, 'i>(n: Node<'a, 'i>) -> impl Iterator<Item = Node<'a, 'i>> {
    n.children()
        .filter(|c| c.is_element() && c.tag_name().namespace() == Some(BPMN_NS))
}

fn attr(n: &Node<'_, '_>, name: &str) -> Option<String> {
    n.attribute(name).map(str::to_owned)
}

fn id(n: &Node<'_, '_>) -> String {
    n.attribute("id").unwrap_or_default().to_owned()
}

fn bool_attr(n: &Node<'_, '_>, name: &str) -> Option<bool> {
    n.attribute(name).map(|v| v.trim() == "true")
}

fn num_attr(n: &Node<'_, '_>, name: &str) -> f64 {
    n.attribute(name)
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|v| v.is_finite())
        .unwrap_or(0.0)
}

/// Text of all descendant text nodes (for `conditionExpression`, `text`, `documentation`).
fn text_of(n: &Node<'_, '_>) -> String {
    n.descendants()
        .filter(|d| d.is_text())
        .filter_map(|d| d.text())
        .collect::<String>()
}

impl Reader<'_> {
    /// Span of the start tag of `n`.
    fn span(&self, n: &Node<'_, '_>) -> Span {
        let r = n.range();
        let tag_end = self
            .text
            .get(r.start..r.end)
            .and_then(|s| s.find('>'))
            .map_or(r.end, |i| r.start + i + 1);
        Span::new(
            u32::try_from(r.start).unwrap_or(u32::MAX),
            u32::try_from(tag_end).unwrap_or(u32::MAX),
        )
    }

    fn definitions(&self, root: Node<'_, '_>) -> Definitions {
        let mut d = Definitions {
            id: attr(&root, "id"),
            name: attr(&root, "name"),
            target_namespace: attr(&root, "targetNamespace"),
            exporter: attr(&root, "exporter"),
            span: self.span(&root),
            ..Definitions::default()
        };
        for c in root.children().filter(Node::is_element) {
            let tag = c.tag_name();
            match (tag.namespace(), tag.name()) {
                (Some(BPMN_NS), "process") => d.processes.push(self.process(c)),
                (Some(BPMN_NS), "collaboration") => d.collaborations.push(self.collaboration(c)),
                (Some(BPMNDI_NS), "BPMNDiagram") => self.diagram(c, &mut d.diagram),
                _ => {}
            }
        }
        d
    }

    fn collaboration(&self, n: Node<'_, '_>) -> Collaboration {
        let mut c = Collaboration {
            id: id(&n),
            name: attr(&n, "name"),
            span: self.span(&n),
            ..Collaboration::default()
        };
        for ch in bpmn_children(n) {
            match ch.tag_name().name() {
                "participant" => c.participants.push(Participant {
                    id: id(&ch),
                    name: attr(&ch, "name"),
                    process_ref: attr(&ch, "processRef"),
                    span: self.span(&ch),
                }),
                "messageFlow" => c.message_flows.push(MessageFlow {
                    id: id(&ch),
                    name: attr(&ch, "name"),
                    source_ref: attr(&ch, "sourceRef").unwrap_or_default(),
                    target_ref: attr(&ch, "targetRef").unwrap_or_default(),
                    span: self.span(&ch),
                }),
                _ => {}
            }
        }
        c
    }

    fn process(&self, n: Node<'_, '_>) -> Process {
        Process {
            id: id(&n),
            name: attr(&n, "name"),
            is_executable: bool_attr(&n, "isExecutable"),
            body: self.container(n),
            lane_sets: bpmn_children(n)
                .filter(|c| c.tag_name().name() == "laneSet")
                .map(|c| self.lane_set(c))
                .collect(),
            span: self.span(&n),
        }
    }

    fn lane_set(&self, n: Node<'_, '_>) -> LaneSet {
        LaneSet {
            id: attr(&n, "id"),
            name: attr(&n, "name"),
            lanes: bpmn_children(n)
                .filter(|c| c.tag_name().name() == "lane")
                .map(|c| self.lane(c))
                .collect(),
        }
    }

    fn lane(&self, n: Node<'_, '_>) -> Lane {
        let mut lane = Lane {
            id: id(&n),
            name: attr(&n, "name"),
            span: self.span(&n),
            ..Lane::default()
        };
        for c in bpmn_children(n) {
            match c.tag_name().name() {
                "flowNodeRef" => lane.flow_node_refs.push(text_of(&c).trim().to_owned()),
                "childLaneSet" => lane.child_lanes.extend(self.lane_set(c).lanes),
                _ => {}
            }
        }
        lane
    }

    fn container(&self, n: Node<'_, '_>) -> FlowContainer {
        let mut fc = FlowContainer::default();
        for c in bpmn_children(n) {
            let name = c.tag_name().name();
            match name {
                "sequenceFlow" => fc.flows.push(SequenceFlow {
                    id: id(&c),
                    name: attr(&c, "name"),
                    source_ref: attr(&c, "sourceRef").unwrap_or_default(),
                    target_ref: attr(&c, "targetRef").unwrap_or_default(),
                    condition: c
                        .children()
                        .find(|x| is_bpmn(x, "conditionExpression"))
                        .map(|x| text_of(&x).trim().to_owned()),
                    span: self.span(&c),
                }),
                "dataObject"
                | "dataObjectReference"
                | "dataStore"
                | "dataStoreReference"
                | "dataInput"
                | "dataOutput" => fc.data.push(DataElement {
                    id: id(&c),
                    name: attr(&c, "name"),
                    kind: name.to_owned(),
                    span: self.span(&c),
                }),
                "association" => fc.associations.push(Association {
                    id: id(&c),
                    source_ref: attr(&c, "sourceRef").unwrap_or_default(),
                    target_ref: attr(&c, "targetRef").unwrap_or_default(),
                }),
                "textAnnotation" => fc.annotations.push(TextAnnotation {
                    id: id(&c),
                    text: c
                        .children()
                        .find(|x| is_bpmn(x, "text"))
                        .map(|x| text_of(&x))
                        .unwrap_or_default(),
                }),
                _ => {
                    if let Some(kind) = self.node_kind(c, name) {
                        fc.nodes.push(self.flow_node(c, kind));
                    }
                }
            }
        }
        fc
    }

    fn node_kind(&self, n: Node<'_, '_>, name: &str) -> Option<NodeKind> {
        let task = |task| Some(NodeKind::Task { task });
        let gateway = |gateway| Some(NodeKind::Gateway { gateway });
        let sub = |kind| {
            Some(NodeKind::SubProcess(Box::new(SubProcess {
                kind,
                body: self.container(n),
            })))
        };
        match name {
            "task" => task(TaskKind::Task),
            "userTask" => task(TaskKind::User),
            "manualTask" => task(TaskKind::Manual),
            "serviceTask" => task(TaskKind::Service),
            "scriptTask" => task(TaskKind::Script),
            "sendTask" => task(TaskKind::Send),
            "receiveTask" => task(TaskKind::Receive),
            "businessRuleTask" => task(TaskKind::BusinessRule),
            "callActivity" => Some(NodeKind::CallActivity {
                called_element: attr(&n, "calledElement"),
            }),
            "subProcess" if bool_attr(&n, "triggeredByEvent") == Some(true) => {
                sub(SubProcessKind::Event)
            }
            "subProcess" => sub(SubProcessKind::Embedded),
            "adHocSubProcess" => sub(SubProcessKind::AdHoc),
            "transaction" => sub(SubProcessKind::Transaction),
            "exclusiveGateway" => gateway(GatewayKind::Exclusive),
            "parallelGateway" => gateway(GatewayKind::Parallel),
            "inclusiveGateway" => gateway(GatewayKind::Inclusive),
            "complexGateway" => gateway(GatewayKind::Complex),
            "eventBasedGateway" => gateway(GatewayKind::EventBased),
            "startEvent" => Some(self.event(n, EventPosition::Start)),
            "endEvent" => Some(self.event(n, EventPosition::End)),
            "intermediateCatchEvent" => Some(self.event(n, EventPosition::IntermediateCatch)),
            "intermediateThrowEvent" | "implicitThrowEvent" => {
                Some(self.event(n, EventPosition::IntermediateThrow))
            }
            "boundaryEvent" => Some(self.event(n, EventPosition::Boundary)),
            _ => None,
        }
    }

    fn event(&self, n: Node<'_, '_>, position: EventPosition) -> NodeKind {
        let mut definitions = Vec::new();
        let mut link_name = None;
        for c in bpmn_children(n) {
            let def = match c.tag_name().name() {
                "messageEventDefinition" => EventDefinition::Message,
                "timerEventDefinition" => EventDefinition::Timer,
                "errorEventDefinition" => EventDefinition::Error,
                "escalationEventDefinition" => EventDefinition::Escalation,
                "cancelEventDefinition" => EventDefinition::Cancel,
                "compensateEventDefinition" => EventDefinition::Compensate,
                "conditionalEventDefinition" => EventDefinition::Conditional,
                "linkEventDefinition" => {
                    link_name = attr(&c, "name");
                    EventDefinition::Link
                }
                "signalEventDefinition" => EventDefinition::Signal,
                "terminateEventDefinition" => EventDefinition::Terminate,
                _ => continue,
            };
            definitions.push(def);
        }
        let interrupting = match position {
            EventPosition::Boundary => bool_attr(&n, "cancelActivity").unwrap_or(true),
            EventPosition::Start => bool_attr(&n, "isInterrupting").unwrap_or(true),
            _ => true,
        };
        NodeKind::Event(Event {
            position,
            definitions,
            interrupting,
            attached_to: attr(&n, "attachedToRef"),
            link_name,
        })
    }

    fn flow_node(&self, n: Node<'_, '_>, kind: NodeKind) -> FlowNode {
        let mut node = FlowNode {
            id: id(&n),
            name: attr(&n, "name"),
            kind,
            default_flow: attr(&n, "default"),
            documentation: Vec::new(),
            extensions: None,
            looped: false,
            for_compensation: bool_attr(&n, "isForCompensation") == Some(true),
            span: self.span(&n),
        };
        for c in bpmn_children(n) {
            match c.tag_name().name() {
                "documentation" => node.documentation.push(text_of(&c)),
                "extensionElements" => {
                    node.extensions = self.text.get(c.range()).map(str::to_owned);
                }
                "standardLoopCharacteristics" | "multiInstanceLoopCharacteristics" => {
                    node.looped = true;
                }
                _ => {}
            }
        }
        node
    }

    fn diagram(&self, n: Node<'_, '_>, out: &mut Diagram) {
        for d in n
            .descendants()
            .filter(|d| d.is_element() && d.tag_name().namespace() == Some(BPMNDI_NS))
        {
            match d.tag_name().name() {
                "BPMNShape" => {
                    let bounds = d
                        .children()
                        .find(|b| {
                            b.is_element()
                                && b.tag_name().namespace() == Some(DC_NS)
                                && b.tag_name().name() == "Bounds"
                        })
                        .map(|b| Bounds {
                            x: num_attr(&b, "x"),
                            y: num_attr(&b, "y"),
                            width: num_attr(&b, "width"),
                            height: num_attr(&b, "height"),
                        })
                        .unwrap_or_default();
                    out.shapes.push(Shape {
                        element: attr(&d, "bpmnElement").unwrap_or_default(),
                        bounds,
                        expanded: bool_attr(&d, "isExpanded"),
                    });
                }
                "BPMNEdge" => out.edges.push(DiEdge {
                    element: attr(&d, "bpmnElement").unwrap_or_default(),
                    waypoints: d
                        .children()
                        .filter(|w| {
                            w.is_element()
                                && w.tag_name().namespace() == Some(DI_NS)
                                && w.tag_name().name() == "waypoint"
                        })
                        .map(|w| (num_attr(&w, "x"), num_attr(&w, "y")))
                        .collect(),
                }),
                _ => {}
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn refuses_foreign_root_and_bad_xml() {
        assert!(matches!(
            read("<a xmlns='urn:x'/>"),
            Err(ReadError::NotBpmn { .. })
        ));
        assert!(matches!(read("<a"), Err(ReadError::Xml(_))));
    }

    #[test]
    fn refuses_deep_nesting_without_overflow() {
        let n = 100_000;
        let src = format!(
            "<definitions xmlns='{BPMN_NS}'><process id='p'>{}{}</process></definitions>",
            "<subProcess id='s'>".repeat(n),
            "</subProcess>".repeat(n)
        );
        assert!(matches!(
            read(&src),
            Err(ReadError::Xml(XmlError {
                kind: XmlErrorKind::TooDeep(MAX_DEPTH),
                ..
            }))
        ));
        let ok = format!(
            "<definitions xmlns='{BPMN_NS}'><process id='p'>{}{}</process></definitions>",
            "<subProcess id='s'>".repeat(200),
            "</subProcess>".repeat(200)
        );
        let d = read(&ok).unwrap().definitions;
        assert_eq!(d.node_count(), 200);
        // `>` inside attribute values does not count as nesting.
        let flat = format!(
            "<definitions xmlns='{BPMN_NS}'><process id='p'>{}</process></definitions>",
            "<task id='t' name='Betrag > 100'/><!-- <a> -->".repeat(1000)
        );
        assert_eq!(read(&flat).unwrap().definitions.node_count(), 1000);
        // The analyses recurse as deep as the model: they must fit too.
        let _ = crate::lint::lint(&d, None);
        let _ = crate::analysis::soundness::check_definitions(&d, &Default::default());
        let _ = crate::analysis::metrics::metrics(&d);
    }

    #[test]
    fn reads_prefixed_and_nested() {
        let src = r#"<b:definitions xmlns:b="http://www.omg.org/spec/BPMN/20100524/MODEL">
          <b:process id="p"><b:subProcess id="s"><b:startEvent id="s1"/></b:subProcess>
          <b:laneSet><b:lane id="l" name="L"><b:flowNodeRef>s</b:flowNodeRef>
          <b:childLaneSet><b:lane id="l2"><b:flowNodeRef>s</b:flowNodeRef></b:lane></b:childLaneSet>
          </b:lane></b:laneSet></b:process></b:definitions>"#;
        let doc = read(src).unwrap();
        let p = &doc.definitions.processes[0];
        assert_eq!(doc.definitions.node_count(), 2);
        assert_eq!(p.all_lanes().len(), 2);
        assert_eq!(p.lane_of_nodes()["s"].id, "l2");
        assert_eq!(&src[p.span.range()], "<b:process id=\"p\">");
    }
}
