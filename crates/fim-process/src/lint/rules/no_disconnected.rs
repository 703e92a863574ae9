//! P003 `no-disconnected`.

use super::prelude::*;

/// P003 `no-disconnected`: Reports tasks, sub-processes, gateways and events with neither incoming nor outgoing sequence flows. Event sub-processes, compensation activities and compensation boundary events, and activities of ad-hoc sub-processes are exempt. Like bpmnlint, call activities are not checked. Unlike bpmnlint, which reads `bpmn:incoming`/`bpmn:outgoing` children, flows are taken from the `sequenceFlow` elements themselves.
///
/// ## Why is this bad?
/// A disconnected element can never run; it is usually left over from editing (bpmnlint `no-disconnected`).
#[derive(Debug, Clone, Copy)]
pub struct NoDisconnected;

/// Code, name, category and docs of [`NoDisconnected`].
pub static META: RuleMeta = RuleMeta {
    code: "P003",
    name: "no-disconnected",
    category: Category::FehlerMethodisch,
    summary: "Element ohne ein- und ausgehenden Sequenzfluss",
    docs: "## What it does\nReports tasks, sub-processes, gateways and events with neither incoming nor outgoing sequence flows. Event sub-processes, compensation activities and compensation boundary events, and activities of ad-hoc sub-processes are exempt. Like bpmnlint, call activities are not checked. Unlike bpmnlint, which reads `bpmn:incoming`/`bpmn:outgoing` children, flows are taken from the `sequenceFlow` elements themselves.\n\n## Why is this bad?\nA disconnected element can never run; it is usually left over from editing (bpmnlint `no-disconnected`).\n\nbpmnlint twin: no-disconnected.\n\n## Examples\nWrong: `<task id=\"t\" name=\"Vergessen\"/>`\n\nRight: `<sequenceFlow sourceRef=\"a\" targetRef=\"t\"/>`\n",
};

impl<'a> Rule<Subject<'a>> for NoDisconnected {
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
        if matches!(n.kind, NodeKind::CallActivity { .. }) || is_event_sub(n) {
            continue;
        }
        if n.for_compensation
            || is_only(n, EventDefinition::Compensate) && n.is_event(EventPosition::Boundary)
        {
            continue;
        }
        if scope.sub_kind() == Some(SubProcessKind::AdHoc) && n.is_activity() {
            continue;
        }
        if g.in_degree(ix) == 0 && g.out_degree(ix) == 0 {
            out.push(node_finding(
                &META,
                n,
                format!(
                    "{} `{}` ist mit keinem Sequenzfluss verbunden.",
                    n.kind_word(),
                    n.label()
                ),
                "Verbinden Sie das Element mit dem Ablauf oder entfernen Sie es.",
            ));
        }
    }
}
