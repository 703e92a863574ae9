//! P025 `duplicate-id`.

use super::prelude::*;
use fim_core::Span;

/// P025 `duplicate-id`: Reports an element (definitions, collaboration, pool, message flow, process, lane, flow node, sequence flow, data element) whose id repeats an earlier one anywhere in the file.
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
    docs: "## What it does\nReports an element (definitions, collaboration, pool, message flow, process, lane, flow node, sequence flow, data element) whose id repeats an earlier one anywhere in the file.\n\n## Why is this bad?\nBPMN ids are XML IDs and must be unique; references to a repeated id are ambiguous.\n\nbpmnlint twin: (none; bpmn-moddle reports duplicate ids as import warnings).\n\n## Examples\nWrong: `<task id=\"a\"/><task id=\"a\"/>`\n\nRight: `unique ids`\n",
};

impl<'a> Rule<Subject<'a>> for DuplicateId {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, s: &Subject<'a>, out: &mut Vec<Diagnostic>) {
        let d = s.defs;
        // Everything with an id and a span, in document order of its kind.
        let mut items: Vec<(&str, Span)> = Vec::new();
        if let Some(id) = d.id.as_deref() {
            items.push((id, d.span));
        }
        for c in &d.collaborations {
            items.push((c.id.as_str(), c.span));
            items.extend(c.participants.iter().map(|p| (p.id.as_str(), p.span)));
            items.extend(c.message_flows.iter().map(|m| (m.id.as_str(), m.span)));
        }
        for p in &d.processes {
            items.push((p.id.as_str(), p.span));
            items.extend(p.all_lanes().into_iter().map(|l| (l.id.as_str(), l.span)));
        }
        for scope in s.scopes() {
            let c = scope.graph.container;
            items.extend(c.nodes.iter().map(|n| (n.id.as_str(), n.span)));
            items.extend(c.flows.iter().map(|f| (f.id.as_str(), f.span)));
            items.extend(c.data.iter().map(|x| (x.id.as_str(), x.span)));
        }
        let mut seen = std::collections::HashSet::new();
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
