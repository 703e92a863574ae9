//! P006 `no-implicit-split`.

use super::prelude::*;

/// P006 `no-implicit-split`: Reports activities and events with more than one outgoing sequence flow that is neither conditional nor the default flow.
///
/// ## Why is this bad?
/// Several unconditional flows out of an activity split the flow in parallel without showing it; use a parallel gateway (bpmnlint `no-implicit-split`).
#[derive(Debug, Clone, Copy)]
pub struct NoImplicitSplit;

/// Code, name, category and docs of [`NoImplicitSplit`].
pub static META: RuleMeta = RuleMeta {
    code: "P006",
    name: "no-implicit-split",
    category: Category::FehlerMethodisch,
    summary: "Verzweigung ohne Gateway",
    docs: "## What it does\nReports activities and events with more than one outgoing sequence flow that is neither conditional nor the default flow.\n\n## Why is this bad?\nSeveral unconditional flows out of an activity split the flow in parallel without showing it; use a parallel gateway (bpmnlint `no-implicit-split`).\n\nbpmnlint twin: no-implicit-split.\n\n## Examples\nWrong: `<task id=\"t\"/> with two plain outgoing flows`\n\nRight: `<task id=\"t\"/> -> <parallelGateway/> -> two flows`\n",
};

impl<'a> Rule<Subject<'a>> for NoImplicitSplit {
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
        if n.gateway().is_some() {
            continue;
        }
        let plain = g
            .outgoing(ix)
            .filter(|f| f.condition.is_none() && n.default_flow.as_deref() != Some(f.id.as_str()))
            .count();
        if plain > 1 {
            out.push(node_finding(
                &META,
                n,
                format!("{} `{}` verzweigt den Ablauf ohne Gateway ({plain} unbedingte ausgehende Flüsse).", n.kind_word(), n.label()),
                "Setzen Sie ein paralleles oder exklusives Gateway hinter das Element.",
            ));
        }
    }
}
