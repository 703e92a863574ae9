//! P004 `no-implicit-start`.

use super::prelude::*;

/// P004 `no-implicit-start`: Reports activities, events and gateways without incoming sequence flow, except start and boundary events, event sub-processes, link catch events, compensation activities and activities of ad-hoc sub-processes.
///
/// ## Why is this bad?
/// Such an element starts a token of its own when the process starts; the start of the process is then hidden (bpmnlint `no-implicit-start`).
#[derive(Debug, Clone, Copy)]
pub struct NoImplicitStart;

/// Code, name, category and docs of [`NoImplicitStart`].
pub static META: RuleMeta = RuleMeta {
    code: "P004",
    name: "no-implicit-start",
    category: Category::FehlerMethodisch,
    summary: "Element ohne eingehenden Sequenzfluss (impliziter Start)",
    docs: "## What it does\nReports activities, events and gateways without incoming sequence flow, except start and boundary events, event sub-processes, link catch events, compensation activities and activities of ad-hoc sub-processes.\n\n## Why is this bad?\nSuch an element starts a token of its own when the process starts; the start of the process is then hidden (bpmnlint `no-implicit-start`).\n\nbpmnlint twin: no-implicit-start.\n\n## Examples\nWrong: `<task id=\"t\" name=\"A\"/><sequenceFlow sourceRef=\"t\" targetRef=\"e\"/>`\n\nRight: `<startEvent id=\"s\"/><sequenceFlow sourceRef=\"s\" targetRef=\"t\"/>`\n",
};

impl<'a> Rule<Subject<'a>> for NoImplicitStart {
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
            || n.is_event(EventPosition::Start)
            || n.is_event(EventPosition::Boundary)
            || (n.is_event(EventPosition::IntermediateCatch) && is_only(n, EventDefinition::Link))
            || (scope.sub_kind() == Some(SubProcessKind::AdHoc) && n.is_activity())
        {
            continue;
        }
        if g.in_degree(ix) == 0 {
            out.push(node_finding(
                &META,
                n,
                format!("{} `{}` hat keinen eingehenden Sequenzfluss und startet daher implizit.", n.kind_word(), n.label()),
                "Führen Sie einen Sequenzfluss zu dem Element oder beginnen Sie mit einem Startereignis.",
            ));
        }
    }
}
