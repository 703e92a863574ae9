//! P013 `no-complex-gateway`.

use super::prelude::*;

/// P013 `no-complex-gateway`: Reports complex gateways.
///
/// ## Why is this bad?
/// The semantics of a complex gateway live in an expression no reader sees (bpmnlint `no-complex-gateway`).
#[derive(Debug, Clone, Copy)]
pub struct NoComplexGateway;

/// Code, name, category and docs of [`NoComplexGateway`].
pub static META: RuleMeta = RuleMeta {
    code: "P013",
    name: "no-complex-gateway",
    category: Category::FehlerMethodisch,
    summary: "komplexes Gateway",
    docs: "## What it does\nReports complex gateways.\n\n## Why is this bad?\nThe semantics of a complex gateway live in an expression no reader sees (bpmnlint `no-complex-gateway`).\n\nbpmnlint twin: no-complex-gateway.\n\n## Examples\nWrong: `<complexGateway id=\"g\"/>`\n\nRight: `exclusive and parallel gateways`\n",
};

impl<'a> Rule<Subject<'a>> for NoComplexGateway {
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
        if n.gateway() == Some(GatewayKind::Complex) {
            out.push(node_finding(
                &META,
                n,
                format!("Komplexes Gateway `{}` ist nicht erlaubt.", n.label()),
                "Drücken Sie die Regel mit exklusiven und parallelen Gateways aus.",
            ));
        }
    }
}
