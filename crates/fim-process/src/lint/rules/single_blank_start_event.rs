//! P015 `single-blank-start-event`.

use super::prelude::*;

/// P015 `single-blank-start-event`: Reports a process or sub-process with more than one blank start event (reported on each after the first).
///
/// ## Why is this bad?
/// Blank start events cannot be told apart: which one starts the process is undefined (bpmnlint `single-blank-start-event`).
#[derive(Debug, Clone, Copy)]
pub struct SingleBlankStartEvent;

/// Code, name, category and docs of [`SingleBlankStartEvent`].
pub static META: RuleMeta = RuleMeta {
    code: "P015",
    name: "single-blank-start-event",
    category: Category::FehlerMethodisch,
    summary: "mehrere Blanko-Startereignisse",
    docs: "## What it does\nReports a process or sub-process with more than one blank start event (reported on each after the first).\n\n## Why is this bad?\nBlank start events cannot be told apart: which one starts the process is undefined (bpmnlint `single-blank-start-event`).\n\nbpmnlint twin: single-blank-start-event.\n\n## Examples\nWrong: `<startEvent id=\"s1\"/><startEvent id=\"s2\"/>`\n\nRight: `one blank start event, others typed`\n",
};

impl<'a> Rule<Subject<'a>> for SingleBlankStartEvent {
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
    let blanks: Vec<_> = scope
        .graph
        .container
        .nodes
        .iter()
        .filter(|n| {
            n.event()
                .is_some_and(|e| e.position == EventPosition::Start && e.definitions.is_empty())
        })
        .collect();
    for n in blanks.iter().skip(1) {
        out.push(node_finding(
            &META,
            n,
            format!(
                "`{}` hat mehr als ein Blanko-Startereignis; `{}` ist eines davon.",
                scope.id(),
                n.label()
            ),
            "Behalten Sie ein Blanko-Startereignis und typisieren oder entfernen Sie die übrigen.",
        ));
    }
}
