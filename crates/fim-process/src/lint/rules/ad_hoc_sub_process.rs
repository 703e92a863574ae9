//! P021 `ad-hoc-sub-process`.

use super::prelude::*;

/// P021 `ad-hoc-sub-process`: Reports start and end events inside ad-hoc sub-processes.
///
/// ## Why is this bad?
/// An ad-hoc sub-process has no defined start and end; BPMN 2.0 (10.3.5) forbids start and end events there (bpmnlint `ad-hoc-sub-process`).
#[derive(Debug, Clone, Copy)]
pub struct AdHocSubProcess;

/// Code, name, category and docs of [`AdHocSubProcess`].
pub static META: RuleMeta = RuleMeta {
    code: "P021",
    name: "ad-hoc-sub-process",
    category: Category::FehlerMethodisch,
    summary: "Start- oder Endereignis im Ad-hoc-Teilprozess",
    docs: "## What it does\nReports start and end events inside ad-hoc sub-processes.\n\n## Why is this bad?\nAn ad-hoc sub-process has no defined start and end; BPMN 2.0 (10.3.5) forbids start and end events there (bpmnlint `ad-hoc-sub-process`).\n\nbpmnlint twin: ad-hoc-sub-process.\n\n## Examples\nWrong: `<adHocSubProcess><startEvent/></adHocSubProcess>`\n\nRight: `<adHocSubProcess><task/><task/></adHocSubProcess>`\n",
};

impl<'a> Rule<Subject<'a>> for AdHocSubProcess {
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
    if scope.sub_kind() != Some(SubProcessKind::AdHoc) {
        return;
    }
    for n in &scope.graph.container.nodes {
        if n.is_event(EventPosition::Start) || n.is_event(EventPosition::End) {
            out.push(node_finding(
                &META,
                n,
                format!(
                    "{} `{}` ist im Ad-hoc-Teilprozess nicht erlaubt.",
                    n.kind_word(),
                    n.label()
                ),
                "Entfernen Sie Start- und Endereignisse aus dem Ad-hoc-Teilprozess.",
            ));
        }
    }
}
