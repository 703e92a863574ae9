//! P007 `fake-join`.

use super::prelude::*;

/// P007 `fake-join`: Reports activities and events with more than one incoming sequence flow.
///
/// ## Why is this bad?
/// Such an element does not wait for its incoming flows: it runs once per arriving token. Readers often expect a join; use an exclusive or parallel gateway (bpmnlint `fake-join`).
#[derive(Debug, Clone, Copy)]
pub struct FakeJoin;

/// Code, name, category and docs of [`FakeJoin`].
pub static META: RuleMeta = RuleMeta {
    code: "P007",
    name: "fake-join",
    category: Category::Warnung,
    summary: "Zusammenführung ohne Gateway",
    docs: "## What it does\nReports activities and events with more than one incoming sequence flow.\n\n## Why is this bad?\nSuch an element does not wait for its incoming flows: it runs once per arriving token. Readers often expect a join; use an exclusive or parallel gateway (bpmnlint `fake-join`).\n\nbpmnlint twin: fake-join.\n\n## Examples\nWrong: `two flows into <task id=\"t\"/>`\n\nRight: `two flows into <exclusiveGateway/> -> <task id=\"t\"/>`\n",
};

impl<'a> Rule<Subject<'a>> for FakeJoin {
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
        if n.gateway().is_none() && g.in_degree(ix) > 1 {
            out.push(node_finding(
                &META,
                n,
                format!(
                    "Die eingehenden Flüsse von {} `{}` werden nicht zusammengeführt.",
                    n.kind_word(),
                    n.label()
                ),
                "Führen Sie die Flüsse vorher mit einem Gateway zusammen.",
            ));
        }
    }
}
