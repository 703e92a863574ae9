//! P012 `no-inclusive-gateway`.

use super::prelude::*;

/// P012 `no-inclusive-gateway`: Reports inclusive (OR) gateways.
///
/// ## Why is this bad?
/// The OR join waits for tokens that might still come, which is hard to understand and to analyse; the FIM modelling guidance prefers exclusive and parallel gateways (bpmnlint `no-inclusive-gateway`).
#[derive(Debug, Clone, Copy)]
pub struct NoInclusiveGateway;

/// Code, name, category and docs of [`NoInclusiveGateway`].
pub static META: RuleMeta = RuleMeta {
    code: "P012",
    name: "no-inclusive-gateway",
    category: Category::FehlerMethodisch,
    summary: "inklusives Gateway",
    docs: "## What it does\nReports inclusive (OR) gateways.\n\n## Why is this bad?\nThe OR join waits for tokens that might still come, which is hard to understand and to analyse; the FIM modelling guidance prefers exclusive and parallel gateways (bpmnlint `no-inclusive-gateway`).\n\nbpmnlint twin: no-inclusive-gateway.\n\n## Examples\nWrong: `<inclusiveGateway id=\"g\"/>`\n\nRight: `<exclusiveGateway/> or <parallelGateway/>`\n",
};

impl<'a> Rule<Subject<'a>> for NoInclusiveGateway {
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
    for n in &scope.graph.container.nodes {
        if n.gateway() == Some(GatewayKind::Inclusive) {
            out.push(node_finding(
                &META,
                n,
                format!("Inklusives Gateway `{}` ist nicht erlaubt.", n.label()),
                "Ersetzen Sie es durch exklusive und parallele Gateways.",
            ));
        }
    }
}
