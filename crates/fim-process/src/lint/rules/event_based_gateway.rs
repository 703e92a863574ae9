//! P022 `event-based-gateway`.

use super::prelude::*;

/// P022 `event-based-gateway`: Reports event-based gateways with fewer than two outgoing flows, and targets that are neither intermediate catch events nor receive tasks.
///
/// ## Why is this bad?
/// An event-based gateway waits for the first of several events; other targets cannot wait (BPMN 2.0, 10.5.6; bpmnlint `event-based-gateway`).
#[derive(Debug, Clone, Copy)]
pub struct EventBasedGateway;

/// Code, name, category and docs of [`EventBasedGateway`].
pub static META: RuleMeta = RuleMeta {
    code: "P022",
    name: "event-based-gateway",
    category: Category::FehlerMethodisch,
    summary: "ereignisbasiertes Gateway mit falschen Zielen",
    docs: "## What it does\nReports event-based gateways with fewer than two outgoing flows, and targets that are neither intermediate catch events nor receive tasks.\n\n## Why is this bad?\nAn event-based gateway waits for the first of several events; other targets cannot wait (BPMN 2.0, 10.5.6; bpmnlint `event-based-gateway`).\n\nbpmnlint twin: event-based-gateway.\n\n## Examples\nWrong: `<eventBasedGateway/> -> <task/>`\n\nRight: `<eventBasedGateway/> -> two <intermediateCatchEvent/>`\n",
};

impl<'a> Rule<Subject<'a>> for EventBasedGateway {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, subject: &Subject<'a>, out: &mut Vec<Diagnostic>) {
        for scope in subject.scopes() {
            check_scope(&scope, out);
        }
    }
}

fn check_scope(scope: &Scope<'_, '_>, out: &mut Vec<Diagnostic>) {
    let g = scope.graph;
    for ix in g.graph.node_indices() {
        let n = g.node(ix);
        if n.gateway() != Some(GatewayKind::EventBased) {
            continue;
        }
        if g.out_degree(ix) < 2 {
            out.push(node_finding(
                &META,
                n,
                format!(
                    "Ereignisbasiertes Gateway `{}` hat weniger als zwei ausgehende Flüsse.",
                    n.label()
                ),
                "Führen Sie zu mindestens zwei Ereignissen, auf die gewartet wird.",
            ));
        }
        for t in g.graph.neighbors(ix) {
            let tn = g.node(t);
            let ok = tn.is_event(EventPosition::IntermediateCatch)
                || matches!(
                    tn.kind,
                    NodeKind::Task {
                        task: TaskKind::Receive
                    }
                );
            if !ok {
                out.push(node_finding(&META, tn,
                    format!("{} `{}` folgt auf ein ereignisbasiertes Gateway.", tn.kind_word(), tn.label()),
                    "Nach einem ereignisbasierten Gateway stehen nur Zwischenereignisse oder Empfangsaufgaben."));
            }
        }
    }
}
