use crate::lint::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports a `relation` whose `objekt` has no id.
    ///
    /// ## Why is this bad?
    /// A relation to nothing carries no information (QS 1091, FehlerKritisch).
    ///
    /// ## Examples
    /// Wrong: `<objekt><id/></objekt>`. Right: `<objekt><id>F60000000227</id>…`.
    pub struct RelationObjectMissing {
        code: "1091",
        name: "relation-object-missing",
        category: FehlerKritisch,
        versions: [V3],
        summary: "In einer Relation ist kein Objekt angegeben.",
    }
}

impl QsRule for RelationObjectMissing {
    rule_meta!();

    fn check_element(&self, _cx: &LintContext<'_>, v: &Visit<'_>, out: &mut Vec<Diagnostic>) {
        let a = v.element.angaben();
        for r in &a.relation {
            if r.objekt
                .id
                .as_ref()
                .is_some_and(|i| !i.as_str().trim().is_empty())
            {
                continue;
            }
            out.push(
                diag(
                    &Self::META,
                    a,
                    r.span,
                    format!("Eine Relation von {} nennt kein Objekt.", label(a)),
                )
                .with_help(
                    "Tragen Sie in `objekt/id` das Element ein, auf das sich die Relation bezieht.",
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::*;

    #[test]
    fn vectors() {
        let rel = |p: &str, id: Option<&str>| Relation {
            praedikat: code(p),
            objekt: crate::model::Identifikation {
                id: id.map(crate::ids::ElementId::new),
                ..Default::default()
            },
            span: Default::default(),
        };
        let mut bad = field("F60000000001");
        bad.angaben.relation = vec![rel("ABL", None)];
        assert_eq!(
            ids(&RelationObjectMissing, &v3(vec![f(bad.clone())])),
            ["F60000000001"]
        );
        bad.angaben.relation = vec![rel("ABL", Some("F60000000009"))];
        assert!(ids(&RelationObjectMissing, &v3(vec![f(bad)])).is_empty());
    }
}
