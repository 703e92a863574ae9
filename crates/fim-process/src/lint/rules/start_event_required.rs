//! P001 `start-event-required`.

use super::prelude::*;

/// P001 `start-event-required`: Reports a process or (non ad-hoc, non-empty) sub-process without a start event.
///
/// ## Why is this bad?
/// Without a start event it is unclear where the process begins (BPMN 2.0, 10.5.2; bpmnlint `start-event-required`).
#[derive(Debug, Clone, Copy)]
pub struct StartEventRequired;

/// Code, name, category and docs of [`StartEventRequired`].
pub static META: RuleMeta = RuleMeta {
    code: "P001",
    name: "start-event-required",
    category: Category::FehlerMethodisch,
    summary: "Prozess oder Teilprozess ohne Startereignis",
    docs: "## What it does\nReports a process or (non ad-hoc, non-empty) sub-process without a start event.\n\n## Why is this bad?\nWithout a start event it is unclear where the process begins (BPMN 2.0, 10.5.2; bpmnlint `start-event-required`).\n\nbpmnlint twin: start-event-required. Unlike bpmnlint, sub-processes without any flow node (collapsed placeholders, such as the Aktivitätengruppen of FIM exports from ADONIS) are not reported.\n\n## Examples\nWrong: `<process id=\"p\"><task id=\"t\"/></process>`\n\nRight: `<process id=\"p\"><startEvent id=\"s\"/>...</process>`\n",
};

impl<'a> Rule<Subject<'a>> for StartEventRequired {
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
    let nodes = &scope.graph.container.nodes;
    // Ad-hoc sub-processes have no start and end; empty (collapsed, not modelled)
    // sub-processes, like the Aktivitätengruppen of FIM exports, are not checked.
    if scope.sub_kind() == Some(SubProcessKind::AdHoc)
        || (scope.owner.is_some() && nodes.is_empty())
    {
        return;
    }
    if !nodes.iter().any(|n| n.is_event(EventPosition::Start)) {
        out.push(finding(
            &META,
            scope.id(),
            scope.span(),
            format!("`{}` hat kein Startereignis.", scope.id()),
            "Beginnen Sie den Ablauf mit einem Startereignis.",
        ));
    }
}
