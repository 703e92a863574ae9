//! P014 `sub-process-blank-start-event`.

use super::prelude::*;

/// P014 `sub-process-blank-start-event`: Reports start events with an event definition inside embedded sub-processes (not event sub-processes).
///
/// ## Why is this bad?
/// An embedded sub-process is started by its parent flow, so its start event must be blank (BPMN 2.0, 10.5.2; bpmnlint `sub-process-blank-start-event`).
#[derive(Debug, Clone, Copy)]
pub struct SubProcessBlankStartEvent;

/// Code, name, category and docs of [`SubProcessBlankStartEvent`].
pub static META: RuleMeta = RuleMeta {
    code: "P014",
    name: "sub-process-blank-start-event",
    category: Category::FehlerMethodisch,
    summary: "Teilprozess mit typisiertem Startereignis",
    docs: "## What it does\nReports start events with an event definition inside embedded sub-processes (not event sub-processes).\n\n## Why is this bad?\nAn embedded sub-process is started by its parent flow, so its start event must be blank (BPMN 2.0, 10.5.2; bpmnlint `sub-process-blank-start-event`).\n\nbpmnlint twin: sub-process-blank-start-event.\n\n## Examples\nWrong: `<subProcess><startEvent><timerEventDefinition/></startEvent></subProcess>`\n\nRight: `<subProcess><startEvent/></subProcess>`\n",
};

impl<'a> Rule<Subject<'a>> for SubProcessBlankStartEvent {
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
    if !matches!(
        scope.sub_kind(),
        Some(SubProcessKind::Embedded | SubProcessKind::Transaction)
    ) {
        return;
    }
    for n in &scope.graph.container.nodes {
        if n.event()
            .is_some_and(|e| e.position == EventPosition::Start && !e.definitions.is_empty())
        {
            out.push(node_finding(
                &META,
                n,
                format!(
                    "Startereignis `{}` eines Teilprozesses ist typisiert.",
                    n.label()
                ),
                "Verwenden Sie im Teilprozess ein Blanko-Startereignis.",
            ));
        }
    }
}
