//! P025 `duplicate-id`.

#[allow(unused_imports)]
use super::prelude::*;

/// P025 `duplicate-id`: Reports a flow node or sequence flow whose id repeats an earlier one anywhere in the file.
///
/// ## Why is this bad?
/// BPMN ids are XML IDs and must be unique; references to a repeated id are ambiguous.
#[derive(Debug, Clone, Copy)]
pub struct DuplicateId;

/// Code, name, category and docs of [`DuplicateId`].
pub static META: RuleMeta = RuleMeta {
    code: "P025",
    name: "duplicate-id",
    category: Category::FehlerKritisch,
    summary: "doppelte ID",
    docs: "## What it does\nReports a flow node or sequence flow whose id repeats an earlier one anywhere in the file.\n\n## Why is this bad?\nBPMN ids are XML IDs and must be unique; references to a repeated id are ambiguous.\n\nbpmnlint twin: (none; bpmn-moddle reports duplicate ids as import warnings).\n\n## Examples\nWrong: `<task id=\"a\"/><task id=\"a\"/>`\n\nRight: `unique ids`\n",
};

impl<'a> Rule<Subject<'a>> for DuplicateId {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, s: &Subject<'a>, out: &mut Vec<Diagnostic>) {
        let mut seen = std::collections::HashSet::new();
        for scope in s.scopes() {
            let c = scope.graph.container;
            let items = c
                .nodes
                .iter()
                .map(|n| (n.id.as_str(), n.span))
                .chain(c.flows.iter().map(|f| (f.id.as_str(), f.span)));
            for (id, span) in items {
                if !id.is_empty() && !seen.insert(id) {
                    out.push(finding(
                        &META,
                        id,
                        span,
                        format!("Die ID `{id}` kommt mehrfach vor."),
                        "Vergeben Sie eindeutige IDs.",
                    ));
                }
            }
        }
    }
}
