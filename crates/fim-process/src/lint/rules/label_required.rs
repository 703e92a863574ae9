//! P011 `label-required`.

use super::prelude::*;

/// P011 `label-required`: Reports flow nodes without a name (except parallel and event-based gateways, joining gateways and sub-processes), conditional sequence flows without a name, and unnamed participants and lanes.
///
/// ## Why is this bad?
/// A model is read by people; an unlabelled task or decision says nothing (bpmnlint `label-required`).
#[derive(Debug, Clone, Copy)]
pub struct LabelRequired;

/// Code, name, category and docs of [`LabelRequired`].
pub static META: RuleMeta = RuleMeta {
    code: "P011",
    name: "label-required",
    category: Category::FehlerMethodisch,
    summary: "Element ohne Beschriftung",
    docs: "## What it does\nReports flow nodes without a name (except parallel and event-based gateways, joining gateways and sub-processes), conditional sequence flows without a name, and unnamed participants and lanes.\n\n## Why is this bad?\nA model is read by people; an unlabelled task or decision says nothing (bpmnlint `label-required`).\n\nbpmnlint twin: label-required.\n\n## Examples\nWrong: `<task id=\"t\"/>`\n\nRight: `<task id=\"t\" name=\"Antrag prüfen\"/>`\n",
};

impl<'a> Rule<Subject<'a>> for LabelRequired {
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
    for ix in g.graph.node_indices() {
        let n = g.node(ix);
        let exempt = match n.gateway() {
            Some(GatewayKind::Parallel | GatewayKind::EventBased) => true,
            Some(_) => g.out_degree(ix) <= 1,
            None => n.sub_process().is_some(),
        };
        if !exempt && blank(n.name.as_deref()) {
            out.push(node_finding(
                &META,
                n,
                format!("{} `{}` hat keine Beschriftung.", n.kind_word(), n.id),
                "Geben Sie dem Element einen Namen (Attribut `name`).",
            ));
        }
    }
    for f in &g.container.flows {
        if f.condition.is_some() && blank(f.name.as_deref()) {
            out.push(finding(
                &META,
                &f.id,
                f.span,
                format!("Bedingter Sequenzfluss `{}` hat keine Beschriftung.", f.id),
                "Beschriften Sie die Bedingung, damit Lesende die Entscheidung verstehen.",
            ));
        }
    }
    if scope.owner.is_none() {
        for l in scope.process.all_lanes() {
            if blank(l.name.as_deref()) {
                out.push(finding(
                    &META,
                    &l.id,
                    l.span,
                    format!("Lane `{}` hat keine Beschriftung.", l.id),
                    "Benennen Sie die Rolle oder Stelle der Lane.",
                ));
            }
        }
    }
}
