//! P008 `no-gateway-join-fork`.

use super::prelude::*;

/// P008 `no-gateway-join-fork`: Reports gateways with more than one incoming and more than one outgoing sequence flow.
///
/// ## Why is this bad?
/// A gateway that both joins and splits hides which semantics applies where; use two gateways (bpmnlint `no-gateway-join-fork`).
#[derive(Debug, Clone, Copy)]
pub struct NoGatewayJoinFork;

/// Code, name, category and docs of [`NoGatewayJoinFork`].
pub static META: RuleMeta = RuleMeta {
    code: "P008",
    name: "no-gateway-join-fork",
    category: Category::FehlerMethodisch,
    summary: "Gateway führt zusammen und verzweigt zugleich",
    docs: "## What it does\nReports gateways with more than one incoming and more than one outgoing sequence flow.\n\n## Why is this bad?\nA gateway that both joins and splits hides which semantics applies where; use two gateways (bpmnlint `no-gateway-join-fork`).\n\nbpmnlint twin: no-gateway-join-fork.\n\n## Examples\nWrong: `<exclusiveGateway/> with 2 in and 2 out`\n\nRight: `a joining gateway followed by a splitting gateway`\n",
};

impl<'a> Rule<Subject<'a>> for NoGatewayJoinFork {
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
        if n.gateway().is_some() && g.in_degree(ix) > 1 && g.out_degree(ix) > 1 {
            out.push(node_finding(
                &META,
                n,
                format!(
                    "Gateway `{}` führt zusammen und verzweigt zugleich.",
                    n.label()
                ),
                "Teilen Sie es in ein zusammenführendes und ein verzweigendes Gateway.",
            ));
        }
    }
}
