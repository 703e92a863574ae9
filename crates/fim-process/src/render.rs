//! Rendering: Graphviz DOT and Mermaid of the process graph (pools and lanes as clusters),
//! SVG from the BPMN DI drawing.
//!
//! ```
//! let src = r#"<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
//!   <process id="p"><startEvent id="s"/><endEvent id="e"/>
//!   <sequenceFlow id="f" sourceRef="s" targetRef="e"/></process></definitions>"#;
//! let doc = fim_process::read(src).unwrap();
//! let dot = fim_process::render::dot(&doc.definitions);
//! assert!(dot.contains("\"s\" -> \"e\""));
//! assert!(fim_process::render::svg(&doc.definitions).is_none()); // no DI
//! ```

use crate::graph::ProcessGraph;
use crate::model::*;
use std::collections::HashMap;
use std::fmt::Write;

fn dot_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn gateway_symbol(g: GatewayKind) -> &'static str {
    match g {
        GatewayKind::Exclusive => "X",
        GatewayKind::Parallel => "+",
        GatewayKind::Inclusive => "O",
        GatewayKind::Complex => "*",
        GatewayKind::EventBased => "E",
    }
}

fn node_label(n: &FlowNode) -> String {
    let name = n.name.as_deref().map(str::trim).unwrap_or("");
    match &n.kind {
        NodeKind::Gateway { gateway } if name.is_empty() => gateway_symbol(*gateway).to_owned(),
        NodeKind::Gateway { gateway } => format!("{} {name}", gateway_symbol(*gateway)),
        NodeKind::SubProcess(_) | NodeKind::CallActivity { .. } => format!("{} [+]", n.label()),
        _ => name.to_owned(),
    }
}

fn dot_shape(n: &FlowNode) -> &'static str {
    match &n.kind {
        NodeKind::Event(e) if e.position == EventPosition::End => "shape=doublecircle",
        NodeKind::Event(_) => "shape=circle",
        NodeKind::Gateway { .. } => "shape=diamond",
        _ => "shape=box, style=rounded",
    }
}

/// All flow nodes of `c` (top level only: sub-processes are drawn collapsed).
fn write_dot_nodes(out: &mut String, c: &FlowContainer, ids: &[&str], indent: &str) {
    for id in ids {
        if let Some(n) = c.node(id) {
            let _ = writeln!(
                out,
                "{indent}{} [label={}, {}];",
                dot_str(&n.id),
                dot_str(&node_label(n)),
                dot_shape(n)
            );
        }
    }
}

/// The DOT (Graphviz) graph of every process: pools and lanes as clusters, sequence flows
/// as edges, message flows dashed. Sub-processes appear collapsed.
pub fn dot(defs: &Definitions) -> String {
    let mut out = String::from(
        "digraph bpmn {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n",
    );
    let mut cluster = 0;
    for p in &defs.processes {
        let pg = ProcessGraph::new(p);
        let pool = defs.participant_of(&p.id);
        let title = pool
            .and_then(|x| x.name.clone())
            .or_else(|| p.name.clone())
            .unwrap_or_else(|| p.id.clone());
        cluster += 1;
        let _ = writeln!(
            out,
            "  subgraph cluster_{cluster} {{\n    label={};",
            dot_str(&title)
        );
        let top: Vec<&str> = p.body.nodes.iter().map(|n| n.id.as_str()).collect();
        let mut placed: Vec<&str> = Vec::new();
        for lane in p.lane_sets.iter().flat_map(|s| s.lanes.iter()) {
            write_lane(
                &mut out,
                &p.body,
                lane,
                &top,
                &pg,
                &mut cluster,
                &mut placed,
                "    ",
            );
        }
        let rest: Vec<&str> = top
            .iter()
            .copied()
            .filter(|id| !placed.contains(id))
            .collect();
        write_dot_nodes(&mut out, &p.body, &rest, "    ");
        out.push_str("  }\n");
        for f in &p.body.flows {
            let label = f
                .name
                .as_deref()
                .map(|n| format!(" [label={}]", dot_str(n)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {} -> {}{label};",
                dot_str(&f.source_ref),
                dot_str(&f.target_ref)
            );
        }
    }
    // Black-box pools as nodes, then message flows.
    for c in &defs.collaborations {
        for part in c.participants.iter().filter(|x| x.process_ref.is_none()) {
            let _ = writeln!(
                out,
                "  {} [label={}, shape=box];",
                dot_str(&part.id),
                dot_str(part.name.as_deref().unwrap_or(&part.id))
            );
        }
        for m in &c.message_flows {
            let label = m
                .name
                .as_deref()
                .map(|n| format!(", label={}", dot_str(n)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {} -> {} [style=dashed{label}];",
                dot_str(&m.source_ref),
                dot_str(&m.target_ref)
            );
        }
    }
    out.push_str("}\n");
    out
}

#[allow(clippy::too_many_arguments)] // recursion state of one SVG lane; a struct would only rename it
fn write_lane<'a>(
    out: &mut String,
    c: &FlowContainer,
    lane: &'a Lane,
    top: &[&'a str],
    pg: &ProcessGraph<'a>,
    cluster: &mut usize,
    placed: &mut Vec<&'a str>,
    indent: &str,
) {
    *cluster += 1;
    let _ = writeln!(
        out,
        "{indent}subgraph cluster_{cluster} {{\n{indent}  label={};",
        dot_str(lane.name.as_deref().unwrap_or(&lane.id))
    );
    let inner = format!("{indent}  ");
    for child in &lane.child_lanes {
        write_lane(out, c, child, top, pg, cluster, placed, &inner);
    }
    let mine: Vec<&str> = top
        .iter()
        .copied()
        .filter(|id| !placed.contains(id) && pg.lane_of(id).is_some_and(|l| l.id == lane.id))
        .collect();
    write_dot_nodes(out, c, &mine, &inner);
    placed.extend(mine);
    let _ = writeln!(out, "{indent}}}");
}

fn mermaid_text(s: &str) -> String {
    s.replace('"', "#quot;").replace(['\n', '\r'], " ")
}

/// The Mermaid `flowchart` of every process: pools and lanes as subgraphs.
pub fn mermaid(defs: &Definitions) -> String {
    let mut out = String::from("flowchart LR\n");
    let mut ids: HashMap<&str, String> = HashMap::new();
    let mut next = 0usize;
    let mut id_of = |ids: &mut HashMap<&str, String>, s: &str| -> String {
        if let Some(x) = ids.get(s) {
            return x.clone();
        }
        next += 1;
        format!("n{next}")
    };
    // Assign ids first (flow nodes and pools).
    let all: Vec<&str> = defs
        .processes
        .iter()
        .flat_map(|p| p.body.nodes.iter().map(|n| n.id.as_str()))
        .chain(
            defs.collaborations
                .iter()
                .flat_map(|c| c.participants.iter().map(|p| p.id.as_str())),
        )
        .collect();
    for s in all {
        let v = id_of(&mut ids, s);
        ids.entry(s).or_insert(v);
    }
    let node_line = |n: &FlowNode, ids: &HashMap<&str, String>| -> String {
        let id = &ids[n.id.as_str()];
        let text = mermaid_text(&node_label(n));
        let text = if text.is_empty() {
            " ".to_owned()
        } else {
            text
        };
        match &n.kind {
            NodeKind::Event(e) if e.position == EventPosition::End => {
                format!("{id}(((\"{text}\")))")
            }
            NodeKind::Event(_) => format!("{id}((\"{text}\"))"),
            NodeKind::Gateway { .. } => format!("{id}{{\"{text}\"}}"),
            _ => format!("{id}(\"{text}\")"),
        }
    };
    let mut sg = 0;
    // Pools drawn (participant id -> Mermaid id); a pool whose process has no steps is a
    // plain node (a black-box pool), not an empty subgraph.
    let mut drawn_pools: Vec<&str> = Vec::new();
    for p in &defs.processes {
        let pg = ProcessGraph::new(p);
        let participant = defs.participant_of(&p.id);
        let title = participant
            .and_then(|x| x.name.clone())
            .or_else(|| p.name.clone())
            .unwrap_or_else(|| p.id.clone());
        if p.body.nodes.is_empty() {
            if let Some(part) = participant {
                if let Some(id) = ids.get(part.id.as_str()) {
                    let _ = writeln!(out, "  {id}[\"{}\"]", mermaid_text(&title));
                    drawn_pools.push(part.id.as_str());
                }
            }
            continue;
        }
        sg += 1;
        // Message flows to or from the pool itself point at its subgraph.
        if let Some(part) = participant {
            ids.insert(part.id.as_str(), format!("sg{sg}"));
            drawn_pools.push(part.id.as_str());
        }
        let _ = writeln!(out, "  subgraph sg{sg}[\"{}\"]", mermaid_text(&title));
        let mut placed: Vec<&str> = Vec::new();
        for lane in p.all_lanes() {
            let mine: Vec<&FlowNode> = p
                .body
                .nodes
                .iter()
                .filter(|n| {
                    !placed.contains(&n.id.as_str())
                        && pg.lane_of(&n.id).is_some_and(|l| l.id == lane.id)
                })
                .collect();
            if mine.is_empty() {
                continue;
            }
            sg += 1;
            let _ = writeln!(
                out,
                "    subgraph sg{sg}[\"{}\"]",
                mermaid_text(lane.name.as_deref().unwrap_or(&lane.id))
            );
            for n in mine {
                let _ = writeln!(out, "      {}", node_line(n, &ids));
                placed.push(&n.id);
            }
            out.push_str("    end\n");
        }
        for n in p
            .body
            .nodes
            .iter()
            .filter(|n| !placed.contains(&n.id.as_str()))
        {
            let _ = writeln!(out, "    {}", node_line(n, &ids));
        }
        out.push_str("  end\n");
        // A boundary event stays attached to its activity.
        for n in &p.body.nodes {
            let NodeKind::Event(e) = &n.kind else {
                continue;
            };
            let Some(host) = e.attached_to.as_deref() else {
                continue;
            };
            if let (Some(a), Some(b)) = (ids.get(host), ids.get(n.id.as_str())) {
                let _ = writeln!(out, "  {a} -.- {b}");
            }
        }
        for f in &p.body.flows {
            let (Some(a), Some(b)) = (
                ids.get(f.source_ref.as_str()),
                ids.get(f.target_ref.as_str()),
            ) else {
                continue;
            };
            match f.name.as_deref().map(str::trim).filter(|x| !x.is_empty()) {
                Some(l) => {
                    let _ = writeln!(out, "  {a} -->|\"{}\"| {b}", mermaid_text(l));
                }
                None => {
                    let _ = writeln!(out, "  {a} --> {b}");
                }
            }
        }
    }
    for c in &defs.collaborations {
        // Pools without a drawn process (no process, or a process the file does not hold).
        for part in c
            .participants
            .iter()
            .filter(|x| !drawn_pools.contains(&x.id.as_str()))
        {
            let _ = writeln!(
                out,
                "  {}[\"{}\"]",
                ids[part.id.as_str()],
                mermaid_text(part.name.as_deref().unwrap_or(&part.id))
            );
        }
        for m in &c.message_flows {
            if let (Some(a), Some(b)) = (
                ids.get(m.source_ref.as_str()),
                ids.get(m.target_ref.as_str()),
            ) {
                let _ = writeln!(out, "  {a} -.-> {b}");
            }
        }
    }
    out
}

fn xml_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Splits `text` into lines of at most `width` characters at spaces (a longer word stays
/// whole on its own line).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(6);
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= width => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The SVG drawing from BPMN DI, or `None` when the file has no shapes.
///
/// Pools and lanes are outlined, tasks are rounded rectangles, events circles (end events
/// bold), gateways diamonds with their symbol; sequence flows are solid arrows, message
/// flows dashed.
pub fn svg(defs: &Definitions) -> Option<String> {
    svg_marked(defs, &std::collections::HashSet::new())
}

/// [`svg`] with the flow nodes and message flows whose ids are in `marked` outlined in red
/// (the blocker report marks the steps whose blockers stay in the reference).
pub fn svg_marked(defs: &Definitions, marked: &std::collections::HashSet<&str>) -> Option<String> {
    let d = &defs.diagram;
    if d.shapes.is_empty() {
        return None;
    }
    let mut nodes: HashMap<&str, &FlowNode> = HashMap::new();
    fn collect<'a>(c: &'a FlowContainer, nodes: &mut HashMap<&'a str, &'a FlowNode>) {
        for n in &c.nodes {
            nodes.insert(n.id.as_str(), n);
            if let Some(sp) = n.sub_process() {
                collect(&sp.body, nodes);
            }
        }
    }
    let mut lanes: HashMap<&str, &Lane> = HashMap::new();
    for p in &defs.processes {
        collect(&p.body, &mut nodes);
        for l in p.all_lanes() {
            lanes.insert(l.id.as_str(), l);
        }
    }
    let participants: HashMap<&str, &Participant> = defs
        .collaborations
        .iter()
        .flat_map(|c| c.participants.iter())
        .map(|p| (p.id.as_str(), p))
        .collect();
    let messages: std::collections::HashSet<&str> = defs
        .collaborations
        .iter()
        .flat_map(|c| c.message_flows.iter())
        .map(|m| m.id.as_str())
        .collect();
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for s in &d.shapes {
        x0 = x0.min(s.bounds.x);
        y0 = y0.min(s.bounds.y);
        x1 = x1.max(s.bounds.x + s.bounds.width);
        y1 = y1.max(s.bounds.y + s.bounds.height);
    }
    for (x, y) in d.edges.iter().flat_map(|e| e.waypoints.iter()) {
        x0 = x0.min(*x);
        y0 = y0.min(*y);
        x1 = x1.max(*x);
        y1 = y1.max(*y);
    }
    let pad = 10.0;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{} {} {} {}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">",
        x0 - pad, y0 - pad, x1 - x0 + 2.0 * pad, y1 - y0 + 2.0 * pad
    );
    out.push_str("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n");
    // Containers first (pools, lanes), then nodes, so nodes are drawn on top.
    let mut layers: Vec<(u8, &Shape)> = d
        .shapes
        .iter()
        .map(|s| {
            let layer = if participants.contains_key(s.element.as_str()) {
                0
            } else if lanes.contains_key(s.element.as_str()) {
                1
            } else if nodes
                .get(s.element.as_str())
                .is_some_and(|n| n.sub_process().is_some())
            {
                2
            } else {
                3
            };
            (layer, s)
        })
        .collect();
    layers.sort_by_key(|(l, _)| *l);
    for (_, s) in layers {
        let b = s.bounds;
        let (cx, cy) = (b.x + b.width / 2.0, b.y + b.height / 2.0);
        if let Some(p) = participants.get(s.element.as_str()) {
            let _ = writeln!(out, "  <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"black\"/>", b.x, b.y, b.width, b.height);
            // Pool names run upwards in the pool's left strip, as BPMN tools draw them.
            let (tx, ty) = (b.x + 15.0, cy);
            let _ = writeln!(
                out,
                "  <text x=\"{tx}\" y=\"{ty}\" text-anchor=\"middle\" dominant-baseline=\"middle\" transform=\"rotate(-90 {tx} {ty})\">{}</text>",
                xml_text(p.name.as_deref().unwrap_or(""))
            );
        } else if let Some(l) = lanes.get(s.element.as_str()) {
            let _ = writeln!(out, "  <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"gray\"/>", b.x, b.y, b.width, b.height);
            let (tx, ty) = (b.x + 15.0, cy);
            let _ = writeln!(
                out,
                "  <text x=\"{tx}\" y=\"{ty}\" fill=\"gray\" text-anchor=\"middle\" dominant-baseline=\"middle\" transform=\"rotate(-90 {tx} {ty})\">{}</text>",
                xml_text(l.name.as_deref().unwrap_or(""))
            );
        } else if let Some(n) = nodes.get(s.element.as_str()) {
            let name = xml_text(n.name.as_deref().unwrap_or(""));
            match &n.kind {
                NodeKind::Event(e) => {
                    let w = if e.position == EventPosition::End {
                        3
                    } else {
                        1
                    };
                    let _ = writeln!(out, "  <circle cx=\"{cx}\" cy=\"{cy}\" r=\"{}\" fill=\"white\" stroke=\"black\" stroke-width=\"{w}\"/>", b.width.min(b.height) / 2.0);
                    let _ = writeln!(
                        out,
                        "  <text x=\"{cx}\" y=\"{}\" text-anchor=\"middle\">{name}</text>",
                        b.y + b.height + 14.0
                    );
                }
                NodeKind::Gateway { gateway } => {
                    let _ = writeln!(out, "  <polygon points=\"{cx},{} {},{cy} {cx},{} {},{cy}\" fill=\"white\" stroke=\"black\"/>", b.y, b.x + b.width, b.y + b.height, b.x);
                    let _ = writeln!(out, "  <text x=\"{cx}\" y=\"{}\" text-anchor=\"middle\" font-size=\"16\">{}</text>", cy + 6.0, xml_text(gateway_symbol(*gateway)));
                    let _ = writeln!(
                        out,
                        "  <text x=\"{cx}\" y=\"{}\" text-anchor=\"middle\">{name}</text>",
                        b.y - 4.0
                    );
                }
                _ => {
                    let _ = writeln!(out, "  <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"8\" fill=\"white\" stroke=\"black\"/>", b.x, b.y, b.width, b.height);
                    // The name wrapped to the box (about 6 units per character at size 11).
                    let lines = wrap(n.name.as_deref().unwrap_or(""), (b.width / 6.0) as usize);
                    let top = cy + 4.0 - (lines.len().saturating_sub(1) as f64) * 6.5;
                    let _ = write!(
                        out,
                        "  <text x=\"{cx}\" y=\"{top}\" text-anchor=\"middle\">"
                    );
                    for (i, line) in lines.iter().enumerate() {
                        let dy = if i == 0 { 0.0 } else { 13.0 };
                        let _ = write!(
                            out,
                            "<tspan x=\"{cx}\" dy=\"{dy}\">{}</tspan>",
                            xml_text(line)
                        );
                    }
                    let _ = writeln!(out, "</text>");
                }
            }
            if marked.contains(s.element.as_str()) {
                let _ = writeln!(out, "  <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"10\" fill=\"none\" stroke=\"#c00\" stroke-width=\"3\"/>", b.x - 5.0, b.y - 5.0, b.width + 10.0, b.height + 10.0);
            }
        }
    }
    for e in &d.edges {
        if e.waypoints.len() < 2 {
            continue;
        }
        let pts: Vec<String> = e
            .waypoints
            .iter()
            .map(|(x, y)| format!("{x},{y}"))
            .collect();
        let dash = if messages.contains(e.element.as_str()) {
            " stroke-dasharray=\"6 4\""
        } else {
            ""
        };
        let stroke = if marked.contains(e.element.as_str()) {
            "#c00\" stroke-width=\"3"
        } else {
            "black"
        };
        let _ = writeln!(out, "  <polyline points=\"{}\" fill=\"none\" stroke=\"{stroke}\"{dash} marker-end=\"url(#arrow)\"/>", pts.join(" "));
    }
    out.push_str("</svg>\n");
    Some(out)
}

#[cfg(test)]
mod wrap_tests {
    use super::wrap;

    #[test]
    fn wraps_at_spaces_and_keeps_long_words() {
        assert_eq!(
            wrap("Antrag per Post an die Elterngeldstelle senden", 18),
            ["Antrag per Post an", "die", "Elterngeldstelle", "senden"]
        );
        assert_eq!(wrap("  ", 18), Vec::<String>::new());
        assert_eq!(wrap("kurz", 0), ["kurz"]);
    }
}
