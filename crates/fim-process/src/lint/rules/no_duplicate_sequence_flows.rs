//! P010 `no-duplicate-sequence-flows`.

use super::prelude::*;

/// P010 `no-duplicate-sequence-flows`: Reports a sequence flow that repeats an earlier one: same source, same target and same condition. Unlike bpmnlint it does not count repeated `bpmn:incoming`/`bpmn:outgoing` references (tool exports repeat those), only the flows themselves.
///
/// ## Why is this bad?
/// Two identical flows create two tokens where one is meant (bpmnlint `no-duplicate-sequence-flows`).
#[derive(Debug, Clone, Copy)]
pub struct NoDuplicateSequenceFlows;

/// Code, name, category and docs of [`NoDuplicateSequenceFlows`].
pub static META: RuleMeta = RuleMeta {
    code: "P010",
    name: "no-duplicate-sequence-flows",
    category: Category::FehlerMethodisch,
    summary: "doppelter Sequenzfluss",
    docs: "## What it does\nReports a sequence flow that repeats an earlier one: same source, same target and same condition. Unlike bpmnlint it does not count repeated `bpmn:incoming`/`bpmn:outgoing` references (tool exports repeat those), only the flows themselves.\n\n## Why is this bad?\nTwo identical flows create two tokens where one is meant (bpmnlint `no-duplicate-sequence-flows`).\n\nbpmnlint twin: no-duplicate-sequence-flows.\n\n## Examples\nWrong: `two <sequenceFlow sourceRef=\"a\" targetRef=\"b\"/>`\n\nRight: `one flow from a to b`\n",
};

impl<'a> Rule<Subject<'a>> for NoDuplicateSequenceFlows {
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
    let mut seen = std::collections::HashMap::new();
    for f in &scope.graph.container.flows {
        let key = (
            f.source_ref.as_str(),
            f.target_ref.as_str(),
            f.condition.as_deref(),
        );
        if let Some(first) = seen.insert(key, f.id.as_str()) {
            out.push(finding(
                &META,
                &f.id,
                f.span,
                format!("Sequenzfluss `{}` wiederholt `{first}` (gleiche Quelle, gleiches Ziel, gleiche Bedingung).", f.id),
                "Entfernen Sie einen der beiden Flüsse.",
            ));
        }
    }
}
