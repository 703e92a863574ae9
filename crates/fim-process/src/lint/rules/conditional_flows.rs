//! P020 `conditional-flows`.

use super::prelude::*;

/// P020 `conditional-flows`: Reports outgoing flows without condition that are not the default flow, at conditional forks: gateways or activities with a default flow or at least one conditional outgoing flow. Like bpmnlint 11, an exclusive gateway whose outgoing flows have no condition at all is not reported here.
///
/// ## Why is this bad?
/// Without a condition it is undefined when the path is taken (bpmnlint `conditional-flows`).
#[derive(Debug, Clone, Copy)]
pub struct ConditionalFlows;

/// Code, name, category and docs of [`ConditionalFlows`].
pub static META: RuleMeta = RuleMeta {
    code: "P020",
    name: "conditional-flows",
    category: Category::FehlerMethodisch,
    summary: "ausgehender Fluss einer Entscheidung ohne Bedingung",
    docs: "## What it does\nReports outgoing flows without condition that are not the default flow, at conditional forks: gateways or activities with a default flow or at least one conditional outgoing flow. Like bpmnlint 11, an exclusive gateway whose outgoing flows have no condition at all is not reported here.\n\n## Why is this bad?\nWithout a condition it is undefined when the path is taken (bpmnlint `conditional-flows`).\n\nbpmnlint twin: conditional-flows.\n\n## Examples\nWrong: `<exclusiveGateway/> with two flows, one without condition`\n\nRight: `both flows with conditions, or one of them the default`\n",
};

impl<'a> Rule<Subject<'a>> for ConditionalFlows {
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
        // A conditional fork: a default flow or at least one conditional outgoing flow.
        if !(n.default_flow.is_some() || g.outgoing(ix).any(|f| f.condition.is_some())) {
            continue;
        }
        for f in g.outgoing(ix) {
            if f.condition.is_none() && n.default_flow.as_deref() != Some(f.id.as_str()) {
                out.push(finding(&META, &f.id, f.span,
                    format!("Sequenzfluss `{}` aus `{}` hat keine Bedingung.", f.id, n.label()),
                    "Geben Sie eine Bedingung an oder machen Sie den Fluss zum Standardfluss (`default`)."));
            }
        }
    }
}
