//! P023 `link-event`.

use super::prelude::*;

/// P023 `link-event`: Reports link events without a name, link throw events without a catch event of the same name in the same scope, and catch names used more than once.
///
/// ## Why is this bad?
/// Links jump within one process level by name; an unmatched link leads nowhere (BPMN 2.0, 10.5.5; bpmnlint `link-event`).
#[derive(Debug, Clone, Copy)]
pub struct LinkEvent;

/// Code, name, category and docs of [`LinkEvent`].
pub static META: RuleMeta = RuleMeta {
    code: "P023",
    name: "link-event",
    category: Category::FehlerMethodisch,
    summary: "Link-Ereignis ohne Gegenstück",
    docs: "## What it does\nReports link events without a name, link throw events without a catch event of the same name in the same scope, and catch names used more than once.\n\n## Why is this bad?\nLinks jump within one process level by name; an unmatched link leads nowhere (BPMN 2.0, 10.5.5; bpmnlint `link-event`).\n\nbpmnlint twin: link-event.\n\n## Examples\nWrong: `<intermediateThrowEvent><linkEventDefinition name=\"A\"/></intermediateThrowEvent> alone`\n\nRight: `the throw event and an intermediateCatchEvent with a link named A`\n",
};

impl<'a> Rule<Subject<'a>> for LinkEvent {
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
    let links = |pos| {
        nodes.iter().filter(move |n: &&FlowNode| {
            n.event().is_some_and(|e| {
                e.position == pos && e.definitions.contains(&EventDefinition::Link)
            })
        })
    };
    let link_name = |n: &FlowNode| {
        n.event()
            .and_then(|e| e.link_name.clone())
            .filter(|s| !s.trim().is_empty())
            .or_else(|| n.name.clone())
            .filter(|s| !s.trim().is_empty())
    };
    let mut catches = std::collections::HashMap::new();
    for n in links(EventPosition::IntermediateCatch) {
        match link_name(n) {
            None => out.push(node_finding(
                &META,
                n,
                format!("Link-Ereignis `{}` hat keinen Namen.", n.id),
                "Benennen Sie den Link.",
            )),
            Some(name) => {
                if catches.insert(name.clone(), n.id.clone()).is_some() {
                    out.push(node_finding(
                        &META,
                        n,
                        format!("Der Link-Name `{name}` wird mehrfach gefangen."),
                        "Verwenden Sie jeden Link-Namen nur für ein fangendes Ereignis.",
                    ));
                }
            }
        }
    }
    for n in links(EventPosition::IntermediateThrow) {
        match link_name(n) {
            None => out.push(node_finding(
                &META,
                n,
                format!("Link-Ereignis `{}` hat keinen Namen.", n.id),
                "Benennen Sie den Link.",
            )),
            Some(name) if !catches.contains_key(&name) => out.push(node_finding(
                &META,
                n,
                format!("Zum auslösenden Link `{name}` gibt es kein fangendes Link-Ereignis."),
                "Legen Sie auf derselben Ebene ein fangendes Link-Ereignis gleichen Namens an.",
            )),
            Some(_) => {}
        }
    }
}
