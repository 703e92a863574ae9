//! P005 `no-implicit-end`.

use super::prelude::*;

/// P005 `no-implicit-end`: Reports activities, events and gateways without outgoing sequence flow, except end events, event sub-processes, link throw events, compensation activities, compensation boundary events and activities of ad-hoc sub-processes.
///
/// ## Why is this bad?
/// The token silently disappears there; readers cannot see that the path ends (bpmnlint `no-implicit-end`).
#[derive(Debug, Clone, Copy)]
pub struct NoImplicitEnd;

/// Code, name, category and docs of [`NoImplicitEnd`].
pub static META: RuleMeta = RuleMeta {
    code: "P005",
    name: "no-implicit-end",
    category: Category::FehlerMethodisch,
    summary: "Element ohne ausgehenden Sequenzfluss (implizites Ende)",
    docs: "## What it does\nReports activities, events and gateways without outgoing sequence flow, except end events, event sub-processes, link throw events, compensation activities, compensation boundary events and activities of ad-hoc sub-processes.\n\n## Why is this bad?\nThe token silently disappears there; readers cannot see that the path ends (bpmnlint `no-implicit-end`).\n\nbpmnlint twin: no-implicit-end.\n\n## Examples\nWrong: `<sequenceFlow sourceRef=\"s\" targetRef=\"t\"/><task id=\"t\" name=\"A\"/>`\n\nRight: `<sequenceFlow sourceRef=\"t\" targetRef=\"e\"/><endEvent id=\"e\"/>`\n",
};

impl<'a> Rule<Subject<'a>> for NoImplicitEnd {
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
        if n.for_compensation
            || is_event_sub(n)
            || n.is_event(EventPosition::End)
            || (n.is_event(EventPosition::IntermediateThrow) && is_only(n, EventDefinition::Link))
            || (n.is_event(EventPosition::Boundary) && is_only(n, EventDefinition::Compensate))
            || (scope.sub_kind() == Some(SubProcessKind::AdHoc) && n.is_activity())
        {
            continue;
        }
        if g.out_degree(ix) == 0 {
            out.push(node_finding(
                &META,
                n,
                format!(
                    "{} `{}` hat keinen ausgehenden Sequenzfluss und endet daher implizit.",
                    n.kind_word(),
                    n.label()
                ),
                "Führen Sie den Ablauf weiter oder schließen Sie ihn mit einem Endereignis ab.",
            ));
        }
    }
}
