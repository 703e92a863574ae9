//! Metrics and rendering of the bundled example `fixtures/bpmn/process/antrag.bpmn`, and the
//! graph views (lanes, collaboration, nested sub-processes).

// Tests may unwrap: a panic is a test failure with its message.
#![allow(clippy::unwrap_used)]

use fim_process::analysis::metrics::metrics;
use fim_process::graph::{CollaborationGraph, ProcessGraph};
use fim_process::render;
use std::path::Path;

fn example() -> fim_process::Document {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/bpmn/process/antrag.bpmn");
    fim_process::read(&std::fs::read_to_string(p).unwrap()).unwrap()
}

#[test]
fn metrics_of_example() {
    let doc = example();
    let m = metrics(&doc.definitions);
    let p = &m.processes[0];
    assert_eq!(p.activities, 4);
    assert_eq!(p.activities_per_lane["Sachbearbeitung"], 2);
    assert_eq!(p.activities_per_lane["Leitung"], 2);
    assert_eq!(p.handovers, 1); // x -> b
    assert_eq!(p.shortest_path, Some(7)); // s j t x b v e
    assert_eq!(p.longest_path, Some(7));
    assert_eq!(p.decisions, 1);
    assert_eq!(p.cyclomatic, 2); // 8 flows - 8 nodes + 2
    assert_eq!(m.message_flows.len(), 2);
    insta::assert_json_snapshot!("metrics-antrag", m);
}

#[test]
fn graph_views_of_example() {
    let doc = example();
    let pg = ProcessGraph::new(&doc.definitions.processes[0]);
    assert_eq!(pg.lane_of("b").unwrap().id, "l2");
    let cg = CollaborationGraph::new(&doc.definitions);
    assert_eq!((cg.graph.node_count(), cg.graph.edge_count()), (2, 3));
    assert!(cg.unresolved.is_empty());
}

#[test]
fn renders_of_example() {
    let doc = example();
    insta::assert_snapshot!("dot-antrag", render::dot(&doc.definitions));
    insta::assert_snapshot!("mermaid-antrag", render::mermaid(&doc.definitions));
    let svg = render::svg(&doc.definitions).unwrap();
    assert!(
        roxmltree::Document::parse(&svg).is_ok(),
        "SVG is not well-formed"
    );
    insta::assert_snapshot!("svg-antrag", svg);
}

#[test]
fn nested_sub_processes_are_graphs_of_their_own() {
    let src = r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
      <process id="p"><startEvent id="s"/><subProcess id="a"><startEvent id="a1"/>
      <subProcess id="b"><startEvent id="b1"/><endEvent id="b2"/>
      <sequenceFlow id="bf" sourceRef="b1" targetRef="b2"/></subProcess>
      <sequenceFlow id="af" sourceRef="a1" targetRef="b"/></subProcess>
      <sequenceFlow id="f" sourceRef="s" targetRef="a"/></process></definitions>"#;
    let doc = fim_process::read(src).unwrap();
    let pg = ProcessGraph::new(&doc.definitions.processes[0]);
    let a = pg.flow.find("a").unwrap();
    let inner = &pg.flow.children[&a];
    let b = inner.find("b").unwrap();
    assert_eq!(inner.children[&b].graph.edge_count(), 1);
    assert_eq!(pg.flow.all().len(), 3);
}

#[test]
fn xprozess_fixture_metadata_and_embedded_zip() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/bpmn/xprozess/hundehaltung.xprozess.xml");
    let x = fim_process::read_xprozess(&std::fs::read_to_string(p).unwrap()).unwrap();
    assert_eq!(x.meta.id, "99000000001000");
    assert_eq!(x.meta.name, "Hundehaltung anmelden");
    assert_eq!(x.meta.version.as_deref(), Some("1.0.0"));
    assert_eq!(x.meta.status.as_deref(), Some("2"));
    assert_eq!(x.meta.leistung.as_deref(), Some("99000000001000"));
    assert_eq!(x.meta.legal_bases.len(), 1);
    assert_eq!(x.meta.activity_groups.len(), 2);
    assert_eq!(x.meta.model_file.as_deref(), Some("BPMN DI-Export"));
    let d = x.bpmn.unwrap().definitions;
    assert_eq!(
        (d.node_count(), d.flow_count(), d.message_flow_count()),
        (4, 3, 2)
    );
}

#[test]
fn xprozess_errors_are_typed() {
    use fim_process::XProzessError;
    assert!(matches!(
        fim_process::read_xprozess("<a/>"),
        Err(XProzessError::NotXProzess(_))
    ));
    let bad = r#"<x:m xmlns:x="http://www.regierung-mv.de/xprozess/2"><x:prozessmodelldatei>
      <x:dateiname>m</x:dateiname><x:mimeType><code>1</code></x:mimeType><x:inhalt>!!!</x:inhalt>
      </x:prozessmodelldatei></x:m>"#;
    assert!(matches!(
        fim_process::read_xprozess(bad),
        Err(XProzessError::Embedded { .. })
    ));
}
