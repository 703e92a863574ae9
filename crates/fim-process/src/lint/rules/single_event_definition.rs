//! P016 `single-event-definition`.

use super::prelude::*;

/// P016 `single-event-definition`: Reports events with more than one event definition.
///
/// ## Why is this bad?
/// Multiple definitions make a multiple event whose trigger readers cannot see (bpmnlint `single-event-definition`).
#[derive(Debug, Clone, Copy)]
pub struct SingleEventDefinition;

/// Code, name, category and docs of [`SingleEventDefinition`].
pub static META: RuleMeta = RuleMeta {
    code: "P016",
    name: "single-event-definition",
    category: Category::FehlerMethodisch,
    summary: "Ereignis mit mehreren Ereignisdefinitionen",
    docs: "## What it does\nReports events with more than one event definition.\n\n## Why is this bad?\nMultiple definitions make a multiple event whose trigger readers cannot see (bpmnlint `single-event-definition`).\n\nbpmnlint twin: single-event-definition.\n\n## Examples\nWrong: `<startEvent><messageEventDefinition/><timerEventDefinition/></startEvent>`\n\nRight: `one event definition per event`\n",
};

impl<'a> Rule<Subject<'a>> for SingleEventDefinition {
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
        if let Some(e) = n.event() {
            if e.definitions.len() > 1 {
                out.push(node_finding(
                    &META,
                    n,
                    format!(
                        "Ereignis `{}` hat {} Ereignisdefinitionen.",
                        n.label(),
                        e.definitions.len()
                    ),
                    "Verwenden Sie genau eine Ereignisdefinition je Ereignis.",
                ));
            }
        }
    }
}
