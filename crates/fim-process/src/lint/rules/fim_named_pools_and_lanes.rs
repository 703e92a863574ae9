//! P101 `fim-named-pools-and-lanes`.

use super::prelude::*;

/// P101 `fim-named-pools-and-lanes`: Reports participants (pools) without a name. In a FIM process every pool and lane stands for a process participant (Prozessteilnehmer: Antragsteller, zuständige Stelle, ...), so it must be named. Lanes are covered by P011.
///
/// ## Why is this bad?
/// The FIM notation shows who acts; an unnamed pool hides the participant (FIM Baustein Prozesse, Modellierungsrichtlinien).
#[derive(Debug, Clone, Copy)]
pub struct FimNamedPoolsAndLanes;

/// Code, name, category and docs of [`FimNamedPoolsAndLanes`].
pub static META: RuleMeta = RuleMeta {
    code: "P101",
    name: "fim-named-pools-and-lanes",
    category: Category::FehlerMethodisch,
    summary: "Pool oder Lane ohne Namen (FIM)",
    docs: "## What it does\nReports participants (pools) without a name. In a FIM process every pool and lane stands for a process participant (Prozessteilnehmer: Antragsteller, zuständige Stelle, ...), so it must be named. Lanes are covered by P011.\n\n## Why is this bad?\nThe FIM notation shows who acts; an unnamed pool hides the participant (FIM Baustein Prozesse, Modellierungsrichtlinien).\n\nbpmnlint twin: (FIM notation; bpmnlint `label-required` covers lanes too).\n\n## Examples\nWrong: `<participant id=\"p\" processRef=\"x\"/>`\n\nRight: `<participant id=\"p\" name=\"Zuständige Stelle\" processRef=\"x\"/>`\n",
};

impl<'a> Rule<Subject<'a>> for FimNamedPoolsAndLanes {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, s: &Subject<'a>, out: &mut Vec<Diagnostic>) {
        for c in &s.defs.collaborations {
            for p in &c.participants {
                if blank(p.name.as_deref()) {
                    out.push(finding(
                        &META,
                        &p.id,
                        p.span,
                        format!("Pool `{}` hat keinen Namen.", p.id),
                        "Benennen Sie den Prozessteilnehmer, für den der Pool steht.",
                    ));
                }
            }
        }
    }
}
