//! P002 `end-event-required`.

use super::prelude::*;

/// P002 `end-event-required`: Reports a process or (non ad-hoc, non-empty) sub-process without an end event.
///
/// ## Why is this bad?
/// Without an end event the outcome of the process is not shown (bpmnlint `end-event-required`).
#[derive(Debug, Clone, Copy)]
pub struct EndEventRequired;

/// Code, name, category and docs of [`EndEventRequired`].
pub static META: RuleMeta = RuleMeta {
    code: "P002",
    name: "end-event-required",
    category: Category::FehlerMethodisch,
    summary: "Prozess oder Teilprozess ohne Endereignis",
    docs: "## What it does\nReports a process or (non ad-hoc, non-empty) sub-process without an end event.\n\n## Why is this bad?\nWithout an end event the outcome of the process is not shown (bpmnlint `end-event-required`).\n\nbpmnlint twin: end-event-required. Unlike bpmnlint, sub-processes without any flow node (collapsed placeholders, such as the Aktivitätengruppen of FIM exports from ADONIS) are not reported.\n\n## Examples\nWrong: `<process id=\"p\"><startEvent id=\"s\"/></process>`\n\nRight: `<process id=\"p\">...<endEvent id=\"e\"/></process>`\n",
};

impl<'a> Rule<Subject<'a>> for EndEventRequired {
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
    if !nodes.iter().any(|n| n.is_event(EventPosition::End)) {
        out.push(finding(
            &META,
            scope.id(),
            scope.span(),
            format!("`{}` hat kein Endereignis.", scope.id()),
            "Schließen Sie jeden Pfad mit einem Endereignis ab.",
        ));
    }
}
