//! P018 `superfluous-gateway`.

use super::prelude::*;

/// P018 `superfluous-gateway`: Reports gateways with exactly one incoming and one outgoing sequence flow.
///
/// ## Why is this bad?
/// Such a gateway neither splits nor joins (bpmnlint `superfluous-gateway`).
#[derive(Debug, Clone, Copy)]
pub struct SuperfluousGateway;

/// Code, name, category and docs of [`SuperfluousGateway`].
pub static META: RuleMeta = RuleMeta {
    code: "P018",
    name: "superfluous-gateway",
    category: Category::Warnung,
    summary: "überflüssiges Gateway",
    docs: "## What it does\nReports gateways with exactly one incoming and one outgoing sequence flow.\n\n## Why is this bad?\nSuch a gateway neither splits nor joins (bpmnlint `superfluous-gateway`).\n\nbpmnlint twin: superfluous-gateway.\n\n## Examples\nWrong: `a -> <exclusiveGateway/> -> b`\n\nRight: `a -> b`\n",
};

impl<'a> Rule<Subject<'a>> for SuperfluousGateway {
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
        if n.gateway().is_some() && g.in_degree(ix) == 1 && g.out_degree(ix) == 1 {
            out.push(node_finding(
                &META,
                n,
                format!(
                    "Gateway `{}` hat nur einen eingehenden und einen ausgehenden Fluss.",
                    n.label()
                ),
                "Entfernen Sie das Gateway und verbinden Sie die Elemente direkt.",
            ));
        }
    }
}
