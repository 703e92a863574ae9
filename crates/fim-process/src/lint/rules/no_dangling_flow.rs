//! P009 `no-dangling-flow`.

use super::prelude::*;

/// P009 `no-dangling-flow`: Reports sequence flows whose `sourceRef` or `targetRef` is empty or names no flow node of the same process or sub-process.
///
/// ## Why is this bad?
/// BPMN 2.0 requires both ends of a sequence flow in the same container; a dangling flow cannot be drawn or executed.
#[derive(Debug, Clone, Copy)]
pub struct NoDanglingFlow;

/// Code, name, category and docs of [`NoDanglingFlow`].
pub static META: RuleMeta = RuleMeta {
    code: "P009",
    name: "no-dangling-flow",
    category: Category::FehlerKritisch,
    summary: "Sequenzfluss mit fehlender Quelle oder fehlendem Ziel",
    docs: "## What it does\nReports sequence flows whose `sourceRef` or `targetRef` is empty or names no flow node of the same process or sub-process.\n\n## Why is this bad?\nBPMN 2.0 requires both ends of a sequence flow in the same container; a dangling flow cannot be drawn or executed.\n\nbpmnlint twin: (none; bpmn-moddle reports unresolved references as import warnings).\n\n## Examples\nWrong: `<sequenceFlow sourceRef=\"s\" targetRef=\"nirgends\"/>`\n\nRight: `<sequenceFlow sourceRef=\"s\" targetRef=\"t\"/>`\n",
};

impl<'a> Rule<Subject<'a>> for NoDanglingFlow {
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
    for &i in &g.dangling {
        let f = &g.container.flows[i];
        let missing = if g.find(&f.source_ref).is_none() {
            ("Quelle", f.source_ref.as_str())
        } else {
            ("Ziel", f.target_ref.as_str())
        };
        out.push(finding(
            &META,
            &f.id,
            f.span,
            format!(
                "Sequenzfluss `{}`: {} `{}` gibt es in diesem Ablauf nicht.",
                f.id, missing.0, missing.1
            ),
            "Verweisen Sie auf einen Flussknoten desselben Prozesses oder Teilprozesses.",
        ));
    }
}
