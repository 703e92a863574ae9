//! P024 `no-bpmndi`.

use super::prelude::*;

/// P024 `no-bpmndi`: Reports flow nodes, sequence flows, participants and message flows without a BPMN DI shape or edge. Files without any diagram are reported once.
///
/// ## Why is this bad?
/// Without diagram information the model cannot be shown as drawn (bpmnlint `no-bpmndi`).
#[derive(Debug, Clone, Copy)]
pub struct NoBpmndi;

/// Code, name, category and docs of [`NoBpmndi`].
pub static META: RuleMeta = RuleMeta {
    code: "P024",
    name: "no-bpmndi",
    category: Category::Warnung,
    summary: "Element ohne Darstellung im Diagramm",
    docs: "## What it does\nReports flow nodes, sequence flows, participants and message flows without a BPMN DI shape or edge. Files without any diagram are reported once.\n\n## Why is this bad?\nWithout diagram information the model cannot be shown as drawn (bpmnlint `no-bpmndi`).\n\nbpmnlint twin: no-bpmndi.\n\n## Examples\nWrong: `<task id=\"t\"/> without <bpmndi:BPMNShape bpmnElement=\"t\"/>`\n\nRight: `every element drawn`\n",
};

impl<'a> Rule<Subject<'a>> for NoBpmndi {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, s: &Subject<'a>, out: &mut Vec<Diagnostic>) {
        let d = &s.defs.diagram;
        if d.shapes.is_empty() && d.edges.is_empty() {
            out.push(finding(
                &META,
                s.defs.id.as_deref().unwrap_or(""),
                s.defs.span,
                "Die Datei enthält kein Diagramm (BPMN DI).".to_owned(),
                "Exportieren Sie das Modell mit Diagramminformationen.",
            ));
            return;
        }
        let drawn: std::collections::HashSet<&str> = d
            .shapes
            .iter()
            .map(|x| x.element.as_str())
            .chain(d.edges.iter().map(|x| x.element.as_str()))
            .collect();
        let mut miss = |id: &str, span, what: &str| {
            if !drawn.contains(id) {
                out.push(finding(
                    &META,
                    id,
                    span,
                    format!("{what} `{id}` ist im Diagramm nicht dargestellt."),
                    "Zeichnen Sie das Element oder entfernen Sie es aus dem Modell.",
                ));
            }
        };
        for scope in s.scopes() {
            // Nodes inside collapsed sub-processes are drawn on their own plane, if at all.
            for n in &scope.graph.container.nodes {
                miss(&n.id, n.span, n.kind_word());
            }
            for f in &scope.graph.container.flows {
                miss(&f.id, f.span, "Sequenzfluss");
            }
        }
        for c in &s.defs.collaborations {
            for p in &c.participants {
                miss(&p.id, p.span, "Pool");
            }
            for m in &c.message_flows {
                miss(&m.id, m.span, "Nachrichtenfluss");
            }
        }
    }
}
