//! P017 `event-sub-process-typed-start-event`.

use super::prelude::*;

/// P017 `event-sub-process-typed-start-event`: Reports blank start events inside event sub-processes.
///
/// ## Why is this bad?
/// An event sub-process is started by its trigger; a blank start event has none (BPMN 2.0, 10.3.5; bpmnlint `event-sub-process-typed-start-event`).
#[derive(Debug, Clone, Copy)]
pub struct EventSubProcessTypedStartEvent;

/// Code, name, category and docs of [`EventSubProcessTypedStartEvent`].
pub static META: RuleMeta = RuleMeta {
    code: "P017",
    name: "event-sub-process-typed-start-event",
    category: Category::FehlerMethodisch,
    summary: "Ereignis-Teilprozess mit Blanko-Startereignis",
    docs: "## What it does\nReports blank start events inside event sub-processes.\n\n## Why is this bad?\nAn event sub-process is started by its trigger; a blank start event has none (BPMN 2.0, 10.3.5; bpmnlint `event-sub-process-typed-start-event`).\n\nbpmnlint twin: event-sub-process-typed-start-event.\n\n## Examples\nWrong: `<subProcess triggeredByEvent=\"true\"><startEvent/></subProcess>`\n\nRight: `<subProcess triggeredByEvent=\"true\"><startEvent><errorEventDefinition/></startEvent></subProcess>`\n",
};

impl<'a> Rule<Subject<'a>> for EventSubProcessTypedStartEvent {
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
    if scope.sub_kind() != Some(SubProcessKind::Event) {
        return;
    }
    for n in &scope.graph.container.nodes {
        if n.event()
            .is_some_and(|e| e.position == EventPosition::Start && e.definitions.is_empty())
        {
            out.push(node_finding(
                &META,
                n,
                format!(
                    "Startereignis `{}` eines Ereignis-Teilprozesses hat keinen Auslöser.",
                    n.label()
                ),
                "Typisieren Sie das Startereignis (z. B. Nachricht, Fehler, Zeit).",
            ));
        }
    }
}
