//! P102 `fim-legal-basis`.

use super::prelude::*;

/// P102 `fim-legal-basis`: With XProzess metadata: reports every Aktivitätengruppe (BPMN sub-process of a FIM process) without a legal basis (`handlungsgrundlage`), and every top-level sub-process that no Aktivitätengruppe describes. Without XProzess metadata the rule does nothing: plain BPMN has no place for legal bases.
///
/// ## Why is this bad?
/// The FIM notation links each step of a Stammprozess to its legal basis; without it the step has no justification (FIM Baustein Prozesse, XProzess `aktivitaetengruppe/handlungsgrundlage`).
#[derive(Debug, Clone, Copy)]
pub struct FimLegalBasis;

/// Code, name, category and docs of [`FimLegalBasis`].
pub static META: RuleMeta = RuleMeta {
    code: "P102",
    name: "fim-legal-basis",
    category: Category::FehlerMethodisch,
    summary: "Aktivitätengruppe ohne Handlungsgrundlage (FIM)",
    docs: "## What it does\nWith XProzess metadata: reports every Aktivitätengruppe (BPMN sub-process of a FIM process) without a legal basis (`handlungsgrundlage`), and every top-level sub-process that no Aktivitätengruppe describes. Without XProzess metadata the rule does nothing: plain BPMN has no place for legal bases.\n\n## Why is this bad?\nThe FIM notation links each step of a Stammprozess to its legal basis; without it the step has no justification (FIM Baustein Prozesse, XProzess `aktivitaetengruppe/handlungsgrundlage`).\n\nbpmnlint twin: (FIM notation, needs XProzess metadata).\n\n## Examples\nWrong: `an aktivitaetengruppe without handlungsgrundlage`\n\nRight: `an aktivitaetengruppe with `<handlungsgrundlage><name>§ 27 MuSchG</name>``\n",
};

impl<'a> Rule<Subject<'a>> for FimLegalBasis {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, s: &Subject<'a>, out: &mut Vec<Diagnostic>) {
        let Some(meta) = s.meta else { return };
        for scope in s.scopes().iter().filter(|x| x.owner.is_none()) {
            for n in &scope.graph.container.nodes {
                if n.sub_process()
                    .is_none_or(|sp| sp.kind != SubProcessKind::Embedded)
                {
                    continue;
                }
                match meta.activity_groups.iter().find(|g| g.sub_process_id == n.id) {
                None => out.push(node_finding(&META, n,
                    format!("Teilprozess `{}` ist keiner Aktivitätengruppe zugeordnet und hat daher keine Handlungsgrundlage.", n.label()),
                    "Beschreiben Sie den Teilprozess in XProzess als Aktivitätengruppe mit Handlungsgrundlage.")),
                Some(g) if g.legal_bases.iter().all(|l| l.name.trim().is_empty()) => out.push(node_finding(&META, n,
                    format!("Die Aktivitätengruppe `{}` hat keine Handlungsgrundlage.", g.name),
                    "Tragen Sie die Rechtsnorm ein, auf der der Schritt beruht (`handlungsgrundlage`).")),
                Some(_) => {}
            }
            }
        }
    }
}
