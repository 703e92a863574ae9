//! P019 `superfluous-termination`.

use super::prelude::*;

/// P019 `superfluous-termination`: Reports the terminate end event of a process or sub-process whose only end (element without outgoing flow) is that terminate end event, apart from interrupting event sub-processes. Like bpmnlint it does no flow analysis.
///
/// ## Why is this bad?
/// When every path ends there anyway, terminating kills nothing; a plain end event says the same (bpmnlint `superfluous-termination`).
#[derive(Debug, Clone, Copy)]
pub struct SuperfluousTermination;

/// Code, name, category and docs of [`SuperfluousTermination`].
pub static META: RuleMeta = RuleMeta {
    code: "P019",
    name: "superfluous-termination",
    category: Category::Warnung,
    summary: "überflüssiges Terminierungsereignis",
    docs: "## What it does\nReports the terminate end event of a process or sub-process whose only end (element without outgoing flow) is that terminate end event, apart from interrupting event sub-processes. Like bpmnlint it does no flow analysis.\n\n## Why is this bad?\nWhen every path ends there anyway, terminating kills nothing; a plain end event says the same (bpmnlint `superfluous-termination`).\n\nbpmnlint twin: superfluous-termination.\n\n## Examples\nWrong: `s -> t -> <endEvent><terminateEventDefinition/></endEvent>`\n\nRight: `s -> t -> <endEvent/>`\n",
};

impl<'a> Rule<Subject<'a>> for SuperfluousTermination {
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
    let ends: Vec<_> = g
        .graph
        .node_indices()
        .filter(|&ix| g.out_degree(ix) == 0)
        .map(|ix| g.node(ix))
        .collect();
    let is_term = |n: &FlowNode| {
        n.event()
            .is_some_and(|e| e.position == EventPosition::End && e.is_terminate())
    };
    let terms: Vec<_> = ends.iter().filter(|n| is_term(n)).collect();
    if terms.len() != 1 {
        return;
    }
    let interrupting_event_sub = |n: &FlowNode| {
        n.sub_process().is_some_and(|s| {
            s.kind == SubProcessKind::Event
                && s.body.nodes.iter().any(|x| {
                    x.event()
                        .is_some_and(|e| e.position == EventPosition::Start && e.interrupting)
                })
        })
    };
    if ends.iter().all(|n| is_term(n) || interrupting_event_sub(n)) {
        for n in terms {
            out.push(node_finding(
                &META,
                n,
                format!("Das Terminierungsereignis `{}` ist überflüssig.", n.label()),
                "Verwenden Sie ein einfaches Endereignis.",
            ));
        }
    }
}
